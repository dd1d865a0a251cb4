import Foundation

/// The reference conformance data (see its README.md): found through `IELE_CONFORMANCE`, or
/// `../shared/conformance` relative to the package root.
enum ConformanceCorpus {
    /// The corpus folder, or nil when it cannot be found.
    static var root: URL? {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = ProcessInfo.processInfo.environment["IELE_CONFORMANCE"] ?? "../shared/conformance"
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : packageRoot.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        return url.standardizedFileURL
    }

    /// One reference-assembled contract: its source path (relative to the corpus) and bytes.
    struct Sample: CustomStringConvertible, Sendable {
        var source: String
        var bytes: [UInt8]
        var description: String { source }
    }

    /// Every `derived/bytecode/**.iele.hex`, sorted by path.
    static let samples: [Sample] = {
        guard let root else { return [] }
        let base = root.appendingPathComponent("derived/bytecode")
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var result: [Sample] = []
        for case let relative as String in walker where relative.hasSuffix(".iele.hex") {
            guard let text = try? String(contentsOf: base.appendingPathComponent(relative), encoding: .utf8),
                let bytes = decodeHex(text)
            else { continue }
            result.append(Sample(source: String(relative.dropLast(4)), bytes: bytes))
        }
        return result.sorted { $0.source < $1.source }
    }()

    /// The source text of a sample's `.iele` file.
    static func sourceText(of sample: Sample) -> String? {
        guard let root else { return nil }
        return try? String(contentsOf: root.appendingPathComponent(sample.source), encoding: .utf8)
    }

    static func decodeHex(_ text: String) -> [UInt8]? {
        var digits = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        if digits.starts(with: Array("0x".utf8)) { digits.removeFirst(2) }
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
