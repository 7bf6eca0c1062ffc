import Foundation

/// A failed system call's `errno`, printed as the C library words it ("No space left on
/// device"), not as a Foundation error dump.
public struct SystemError: Error, CustomStringConvertible, Sendable, Equatable {
    public let code: Int32

    public init(code: Int32) { self.code = code }

    /// The error `errno` holds now.
    public static var current: SystemError { SystemError(code: errno) }

    public var description: String { String(cString: strerror(code)) }
}
