import Foundation
import IeleTestSupport

/// The `.iele` sources of the reference conformance corpus, split by what the reference expects.
enum ConformanceSources {
    static var root: URL? { ConformanceCorpus.root }

    /// The sources the reference CI expects to pass the checker (`test-wellformed` in its
    /// Makefile, plus the SHA-3 benchmark), relative to the corpus root.
    static var wellFormed: [String] {
        ["iele-examples", "benchmark", "tests/iele/danse/unit"].flatMap(ConformanceCorpus.sources(in:))
    }

    /// The sources the reference CI expects to fail (`test-illformed`).
    static var illFormed: [String] {
        ConformanceCorpus.sources(in: "tests/iele/danse/ill-formed")
    }

    static func read(_ path: String) -> String? { ConformanceCorpus.readText(path) }
}
