import Foundation
import Testing

@testable import IeleCLI

/// `iele bench`: argument handling and a real (untimed-in-the-test) run; no timing is asserted.
@Suite struct BenchCommandTests {
    static let sumExample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/sum.iele").path

    @Test func requestReadsNameArgumentsAndTrailingOptions() throws {
        let request = try BenchRequest(tokens: ["@sum", "100", "-0x10", "--json", "--runs", "3"],
                                       json: false, runs: nil, warmup: nil)
        #expect(request.function == "sum")
        #expect(request.arguments == [100, -16])
        #expect(request.json)
        #expect(request.runs == 3)
        #expect(request.warmup == 3)
    }

    @Test func requestRejectsMissingNameBadIntegerAndZeroRuns() {
        #expect(throws: BenchRequest.Problem.self) {
            try BenchRequest(tokens: [], json: false, runs: nil, warmup: nil)
        }
        #expect(throws: BenchRequest.Problem.self) {
            try BenchRequest(tokens: ["sum", "ten"], json: false, runs: nil, warmup: nil)
        }
        #expect(throws: BenchRequest.Problem.self) {
            try BenchRequest(tokens: ["sum", "--runs", "0"], json: false, runs: nil, warmup: nil)
        }
        #expect(throws: BenchRequest.Problem.self) {
            try BenchRequest(tokens: ["sum", "--warmup"], json: false, runs: nil, warmup: nil)
        }
    }

    @Test func benchRunsASuccessfulCall() throws {
        var command = try BenchCommand.parse([Self.sumExample, "--call", "sum", "10", "--runs", "2", "--warmup", "0"])
        try command.run()
    }

    @Test func benchRefusesAFailingCall() throws {
        var command = try BenchCommand.parse([Self.sumExample, "--call", "nosuch", "--runs", "1"])
        #expect(throws: CommandFailure.self) { try command.run() }
    }

    @Test func reportQuantilesInterpolate() {
        #expect(BenchReport.quantile([10, 20, 30, 40], 0.5) == 25)
        #expect(BenchReport.quantile([10, 20, 30, 40], 0.9) == 37)
        #expect(BenchReport.quantile([], 0.5) == 0)
    }
}
