import Foundation

/// The paths typed on the command line, as the bytes the shell passed.
///
/// Swift decodes `argv` into `CommandLine.arguments` with every invalid UTF-8 byte replaced by
/// U+FFFD, so a GBK name typed or pasted from a Chinese archive (`\xB1\xA8.txt`) would name a
/// file that does not exist. Arguments holding U+FFFD are matched back to the raw `argv` entry
/// they were decoded from, in order, so the same file the shell saw is opened.
public enum CommandLinePaths {
    /// One path per argument; `rawArguments` is `argv` without the program name.
    public static func paths(for arguments: [String], rawArguments: [[UInt8]] = rawArgv()) -> [FilePath] {
        var next = 0
        return arguments.map { argument in
            guard argument.unicodeScalars.contains("\u{FFFD}") else { return FilePath(argument) }
            // The argument parser keeps the command line's order, so the match is the first
            // unused raw argument after the last one matched.
            var k = next
            while k < rawArguments.count {
                if String(decoding: rawArguments[k], as: UTF8.self) == argument {
                    next = k + 1
                    return FilePath(bytes: rawArguments[k])
                }
                k += 1
            }
            return FilePath(argument)
        }
    }

    /// The process's `argv` after the program name, as bytes.
    public static func rawArgv() -> [[UInt8]] {
        guard CommandLine.argc > 1 else { return [] }
        return (1..<Int(CommandLine.argc)).compactMap { i in
            CommandLine.unsafeArgv[i].map { pointer in
                Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
            }
        }
    }
}
