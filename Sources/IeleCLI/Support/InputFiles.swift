import Foundation

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

/// Hex text in both directions.
enum Hex {
    /// Lowercase hex of the bytes, without a prefix.
    static func encode(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes hex with an optional `0x` prefix; nil when any character is not a hex digit or
    /// the number of digits is odd.
    static func decode(_ text: String) -> [UInt8]? {
        var digits = Substring(text)
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
        let utf8 = Array(digits.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = value(of: utf8[index]), let low = value(of: utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func value(of digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
