import ArgumentParser
import Foundation
import IeleTestHarness

/// `iele test PATH…`: runs reference JSON tests and reports every mismatch.
///
/// Exit status: 0 when every test passes, 1 when any fails (or cannot be loaded), 2 on a usage error.
public struct TestCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run reference JSON tests (*.iele.json, *.test-assembled) and report mismatches.",
        discussion: """
            Each PATH is a test file or a folder searched recursively. Prints one line per failing test \
            with its mismatches (expected vs actual), then "N passed, N failed".
            """)

    @Argument(help: "Test files or folders.")
    var paths: [String] = []

    @Flag(name: .customLong("vm-mode"), help: "Run in the reference's VMTESTS mode (calls and creates not executed).")
    var vmMode = false

    public init() {}

    public func run() throws {
        guard !paths.isEmpty else {
            printError("iele test: expected at least one PATH\nUsage: iele test PATH… [--vm-mode]")
            throw ExitCode(2)
        }
        let files: [String]
        do {
            files = try TestDiscovery.files(in: paths)
        } catch {
            printError("iele test: \(error)")
            throw ExitCode(2)
        }
        let suite = ConformanceSuite(runner: TestRunner(mode: vmMode ? .vmTests : .normal))
        var passed = 0
        var failed = 0
        for file in files {
            for report in suite.run(fileAt: file) {
                if report.passed {
                    passed += 1
                } else {
                    failed += 1
                    print(TestCommand.line(for: report))
                }
            }
        }
        print("\(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }

    /// `FAIL name (file): mismatch; mismatch; …`
    static func line(for report: TestReport) -> String {
        if let loadError = report.loadError {
            return "FAIL \(report.name): cannot load: \(loadError)"
        }
        let place = report.file.map { " (\($0))" } ?? ""
        return "FAIL \(report.name)\(place): " + report.mismatches.map(\.description).joined(separator: "; ")
    }
}

