import Foundation
import IeleNumerics
import IeleTestSupport

/// The reference assembler's bytes for every corpus source (derived/bytecode in the corpus),
/// located through `ConformanceCorpus`.
enum ReferenceBytecode {
    /// The corpus folder, or nil when it cannot be found.
    static var root: URL? { ConformanceCorpus.root }

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
        ConformanceCorpus.readText(sample.source)
    }

    static func decodeHex(_ text: String) -> [UInt8]? { Hex.decode(text) }

    static func hex(_ bytes: [UInt8]) -> String { Hex.encode(bytes) }
}
