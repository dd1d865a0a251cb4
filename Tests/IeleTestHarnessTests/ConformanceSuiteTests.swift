import Foundation
import Testing

@testable import IeleTestHarness

/// Where the reference conformance corpus is, and whether its failures count.
///
/// The corpus is found through `IELE_CONFORMANCE` (default `../shared/conformance` relative to the package
/// root). Every failing case fails the run. A missing corpus is reported and its cases skipped, unless
/// `IELE_CONFORMANCE_REQUIRED=1`, which makes its absence a failure.
enum Corpus {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var root: URL {
        let configured = ProcessInfo.processInfo.environment["IELE_CONFORMANCE"] ?? "../shared/conformance"
        return URL(fileURLWithPath: configured, relativeTo: packageRoot).standardizedFileURL
    }

    static var required: Bool {
        ["1", "true", "yes"].contains(ProcessInfo.processInfo.environment["IELE_CONFORMANCE_REQUIRED"] ?? "")
    }

    static let danseFolder = "tests/iele/danse"
    static let assembledFolder = "derived/assembled/tests/iele/danse"

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(danseFolder).path)
    }

    /// The test files under `folder` of the corpus, relative to the corpus root; empty if it is absent.
    static func files(in folder: String) -> [String] {
        let base = root.appendingPathComponent(folder).path
        let found = (try? TestDiscovery.files(in: [base])) ?? []
        return found.map { String($0.dropFirst(root.path.count + 1)) }
    }

    /// Runs one corpus file and records each failing test with its mismatches.
    static func check(_ relativePath: String) {
        let reports = ConformanceSuite().run(fileAt: root.appendingPathComponent(relativePath).path)
        let failures = reports.filter { !$0.passed }
        guard !failures.isEmpty else { return }
        Issue.record(Comment(rawValue: failures.map(describe).joined(separator: "\n")))
    }

    static func describe(_ report: TestReport) -> String {
        if let loadError = report.loadError { return "\(report.name): cannot load: \(loadError)" }
        return "\(report.name): " + report.mismatches.map(\.description).joined(separator: "; ")
    }
}

@Suite("Reference conformance corpus")
struct ConformanceSuiteTests {
    @Test("the corpus is present with its 96 Danse tests")
    func corpusIsPresent() {
        guard Corpus.isPresent else {
            let message = "conformance corpus not found at \(Corpus.root.path); set IELE_CONFORMANCE"
            if Corpus.required {
                Issue.record(Comment(rawValue: message))
            } else {
                print("warning: \(message) (conformance cases skipped)")
            }
            return
        }
        #expect(Corpus.files(in: Corpus.danseFolder).count == 96)
        #expect(Corpus.files(in: Corpus.assembledFolder).count == 96)
    }

    /// The JSON tests as the reference CI runs them: `.iele` sources assembled on the fly.
    @Test("Danse test", arguments: Corpus.files(in: Corpus.danseFolder))
    func danse(_ file: String) {
        Corpus.check(file)
    }

    /// Loading a test from source gives exactly the test the reference assembler produced (the
    /// corpus's `derived/assembled` copy): checks the loader's path handling and our assembler together.
    @Test("Danse test loads as its pre-assembled form", arguments: Corpus.files(in: Corpus.danseFolder))
    func sourceMatchesAssembled(_ file: String) throws {
        let source = Corpus.root.appendingPathComponent(file).path
        let assembled = Corpus.root.appendingPathComponent("derived/assembled/" + file + ".test-assembled").path
        var fromSource = try TestLoader().load(fileAt: source)
        var fromBytecode = try TestLoader().load(fileAt: assembled)
        for index in fromSource.indices { fromSource[index].file = nil }
        for index in fromBytecode.indices { fromBytecode[index].file = nil }
        #expect(fromSource == fromBytecode)
    }

    /// The same tests with code already assembled by the reference assembler: isolates the engine.
    @Test("Danse test, pre-assembled", arguments: Corpus.files(in: Corpus.assembledFolder))
    func danseAssembled(_ file: String) {
        Corpus.check(file)
    }
}
