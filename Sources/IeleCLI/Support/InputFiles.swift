import Foundation
import IeleNumerics
import IeleSyntax

/// Reading the files and hex strings commands are given, with errors that name the command and the input.
enum InputFiles {
    /// Reads a UTF-8 text file, or reports why it cannot be read or where it stops being UTF-8.
    static func readText(_ path: String, command: String) throws(CommandFailure) -> String {
        let bytes = try readBytes(path, command: command)
        do {
            return try SourceText.decode(bytes)
        } catch {
            CommandDiagnostics(command, file: path).report("\(error)")
            throw .invalidInput
        }
    }

    /// Reads raw bytes from a file.
    static func readBytes(_ path: String, command: String) throws(CommandFailure) -> [UInt8] {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard exists, !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            let reason = !exists ? "no such file" : isDirectory.boolValue ? "it is a directory" : "permission denied"
            CommandDiagnostics(command, file: path).report("cannot read: \(reason)")
            throw .invalidInput
        }
        return [UInt8](data)
    }

    /// Bytecode given as a hex string, a file of hex text, or a file of raw bytes.
    ///
    /// A file whose content is hex text (with an optional `0x` and surrounding whitespace) is
    /// read as hex, since that is what `iele assemble` prints; anything else is raw bytes.
    static func readBytecode(_ argument: String, command: String) throws(CommandFailure) -> [UInt8] {
        if FileManager.default.fileExists(atPath: argument) {
            let bytes = try readBytes(argument, command: command)
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if let decoded = Hex.decode(text), !text.isEmpty { return decoded }
            return bytes
        }
        guard let decoded = Hex.decode(argument) else {
            CommandDiagnostics(command).report("'\(argument)' is neither a file nor hex bytecode")
            throw .invalidInput
        }
        return decoded
    }
}
