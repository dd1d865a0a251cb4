import Foundation
import IeleNumerics

/// Reading the files and hex strings commands are given, with errors that name the input.
enum InputFiles {
    /// Reads a text file, or reports why it cannot be read.
    static func readText(_ path: String) throws(CommandFailure) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("error: cannot read '\(path)'")
            throw .invalidInput
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads raw bytes from a file.
    static func readBytes(_ path: String) throws(CommandFailure) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("error: cannot read '\(path)'")
            throw .invalidInput
        }
        return [UInt8](data)
    }

    /// Bytecode given as a hex string, a file of hex text, or a file of raw bytes.
    ///
    /// A file whose content is hex text (with an optional `0x` and surrounding whitespace) is
    /// read as hex, since that is what `iele assemble` prints; anything else is raw bytes.
    static func readBytecode(_ argument: String) throws(CommandFailure) -> [UInt8] {
        if FileManager.default.fileExists(atPath: argument) {
            let bytes = try readBytes(argument)
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if let decoded = Hex.decode(text), !text.isEmpty { return decoded }
            return bytes
        }
        guard let decoded = Hex.decode(argument) else {
            printError("error: '\(argument)' is neither a file nor hex bytecode")
            throw .invalidInput
        }
        return decoded
    }
}
