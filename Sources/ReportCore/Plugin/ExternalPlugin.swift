import Foundation
import ReportModel

/// A format plugin in its own process: an executable named `reportconv-plugin-<id>`, in any
/// language, speaking the protocol of `docs/plugin-protocol.schema.json`:
///
/// - `reportconv-plugin-<id> --describe` prints `{id, name, version, extensions, mediaTypes, magic}`;
/// - `reportconv-plugin-<id> read FILE` prints the intermediate document as JSON, or exits
///   non-zero with a message on stderr.
///
/// Each read is a process of its own with a time limit, so a plugin that crashes or hangs
/// fails that file only. Its output is checked as strictly as a Swift plugin's types are, and a
/// malformed answer is an error naming the plugin.
public struct ExternalPlugin: FormatPlugin {
    /// What `--describe` prints.
    public struct Description: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var version: String
        public var extensions: [String]
        public var mediaTypes: [String]
        /// Leading bytes that identify the format, as text (`"PK"`) or `hex:` bytes (`"hex:d0cf11e0"`).
        public var magic: [String]
    }

    public let description: Description
    /// The executable's path: where the plugin came from.
    public let executable: String
    /// How long one `read` may take.
    public let timeout: TimeInterval

    public var id: String { description.id }
    public var name: String { description.name }
    public var fileExtensions: [String] { description.extensions.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) } }
    public var mediaTypes: [String] { description.mediaTypes }

    public init(description: Description, executable: String, timeout: TimeInterval = 60) {
        self.description = description
        self.executable = executable
        self.timeout = timeout
    }

    /// Asks an executable to describe itself.
    /// - Throws: `ExternalPluginError` naming the executable and what was wrong.
    public static func load(_ executable: String, timeout: TimeInterval = 60) throws -> ExternalPlugin {
        let name = (executable as NSString).lastPathComponent
        let output: PluginProcess.Output
        do {
            output = try PluginProcess.run(executable, arguments: ["--describe"], timeout: min(timeout, 10))
        } catch {
            throw ExternalPluginError(plugin: name, reason: "cannot run: \(error)")
        }
        guard !output.timedOut else { throw ExternalPluginError(plugin: name, reason: "--describe did not answer within 10 s") }
        guard output.status == 0 else {
            throw ExternalPluginError(plugin: name, reason: "--describe exited with status \(output.status): \(message(output.stderr))")
        }
        let description: Description
        do {
            description = try JSONDecoder().decode(Description.self, from: output.stdout)
        } catch {
            throw ExternalPluginError(plugin: name, reason: "--describe printed malformed JSON: \(error)")
        }
        let expected = name.hasPrefix(ExternalPluginLoader.prefix) ? String(name.dropFirst(ExternalPluginLoader.prefix.count)) : description.id
        guard description.id == expected, !description.id.isEmpty,
              description.id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
            throw ExternalPluginError(plugin: name, reason: "--describe gives id '\(description.id)'; it must be lowercase and match the file name ('\(expected)')")
        }
        return ExternalPlugin(description: description, executable: executable, timeout: timeout)
    }

    public func sniff(_ prefix: Data) -> Bool {
        description.magic.contains { magic in
            guard let bytes = Self.bytes(magic), !bytes.isEmpty else { return false }
            return prefix.starts(with: bytes)
        }
    }

    public func read(_ input: SourceInput) throws -> Document {
        let plugin = (executable as NSString).lastPathComponent
        // The plugin reads the file itself; bytes that did not come from a file (a test) go
        // through a temporary one.
        var path = input.path
        var temporary: URL?
        if !FileManager.default.fileExists(atPath: path) {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("reportconv-\(UUID().uuidString)-\(input.fileName)")
            try? input.data.write(to: url)
            temporary = url
            path = url.path
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        let output: PluginProcess.Output
        do {
            output = try PluginProcess.run(executable, arguments: ["read", path], timeout: timeout)
        } catch {
            throw ConversionError.unreadable(file: input.fileName, format: id, reason: "plugin '\(plugin)' cannot run: \(error)")
        }
        if output.timedOut {
            throw ConversionError.unreadable(file: input.fileName, format: id,
                                             reason: "plugin '\(plugin)' did not finish within \(Int(timeout)) s and was stopped")
        }
        guard output.status == 0 else {
            throw ConversionError.unreadable(file: input.fileName, format: id,
                                             reason: "plugin '\(plugin)' failed (status \(output.status)): \(Self.message(output.stderr))")
        }
        do {
            return try DocumentJSON.decode(output.stdout)
        } catch {
            throw ConversionError.unreadable(file: input.fileName, format: id,
                                             reason: "plugin '\(plugin)' printed a malformed document: \(error)")
        }
    }

    /// `"hex:d0cf"` as bytes, or the UTF-8 bytes of any other string.
    static func bytes(_ magic: String) -> [UInt8]? {
        guard magic.hasPrefix("hex:") else { return Array(magic.utf8) }
        let hex = Array(magic.dropFirst(4).utf8)
        guard hex.count % 2 == 0 else { return nil }
        return stride(from: 0, to: hex.count, by: 2).compactMap { UInt8(String(decoding: hex[$0...$0 + 1], as: UTF8.self), radix: 16) }
    }

    /// The first lines of what a plugin wrote to stderr.
    static func message(_ stderr: Data) -> String {
        let text = String(decoding: stderr.prefix(2000), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "no message" : text
    }
}

/// An executable that looks like a plugin but cannot be used as one.
public struct ExternalPluginError: Error, CustomStringConvertible, Sendable {
    public let plugin: String
    public let reason: String
    public var description: String { "plugin '\(plugin)': \(reason)" }
}
