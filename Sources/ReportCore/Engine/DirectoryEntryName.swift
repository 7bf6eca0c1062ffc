import Foundation

/// The name of an entry `readdir` returned, as its bytes.
///
/// Not `entry.pointee.d_name`: that copies the whole `struct dirent` (280 bytes), but glibc
/// packs entries into its buffer at their own length (`d_reclen`), so the last entry of a
/// buffer can end a few bytes before an unmapped page, and copying the full struct read past it:
/// `archive add` on a folder of 10,000 files crashed with SIGSEGV in the walker. The name is read
/// in place, up to its NUL, from the field's address.
enum DirectoryEntryName {
    static func bytes(_ entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        let name = (UnsafeRawPointer(entry) + offset).assumingMemoryBound(to: CChar.self)
        return Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
    }
}
