import Foundation
import IeleTestSupport

/// The corpus sources and the package's examples, as the parser tests use them.
enum Corpus {
    static var root: URL? { ConformanceCorpus.root }

    /// The corpus folders that hold `.iele` sources, relative to the corpus root.
    static let sourceFolders = ["iele-examples", "benchmark", "tests/iele/danse/unit", "tests/iele/danse/ill-formed"]

    /// Every `.iele` source of the corpus, relative to its root (empty when it is absent).
    static var sources: [String] { sourceFolders.flatMap(ConformanceCorpus.sources(in:)) }

    static var examples: [String] { ConformanceCorpus.examples }

    static func read(_ relativePath: String) -> [UInt8]? { ConformanceCorpus.read(relativePath) }

    static func readExample(_ name: String) -> [UInt8]? { ConformanceCorpus.readExample(name) }
}
