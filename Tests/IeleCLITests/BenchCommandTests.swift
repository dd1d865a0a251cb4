import CMallocCounter
import Foundation
import IeleBytecode
import IeleNumerics
import IeleVM
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

    /// `--warmup` given before `--call` is checked like the one after it (a negative count
    /// used to reach the timing loop's range and trap).
    @Test func requestRejectsANegativeWarmupBeforeTheCall() {
        #expect(throws: BenchRequest.Problem.self) {
            try BenchRequest(tokens: ["sum"], json: false, runs: nil, warmup: -1)
        }
        #expect(throws: BenchRequest.Problem.self) {
            try BenchRequest(tokens: ["sum"], json: false, runs: -2, warmup: nil)
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

    @Test func measureCountsTheInstructionsOfTheCall() throws {
        let code = try Assembler.assemble(SourceLoading.parse(file: Self.sumExample, command: "bench"))
        func instructions(_ n: String) throws -> Int {
            let request = try BenchRequest(tokens: ["sum", n, "--runs", "1", "--warmup", "0"],
                                           json: false, runs: nil, warmup: nil)
            return try BenchCommand.measure(code, request).instructions
        }
        let ten = try instructions("10")
        let twenty = try instructions("20")
        #expect(ten > 50)
        // Ten more loop iterations, each the same instructions: at least the five written (cmp, br, add, sub,
        // br), plus whatever loads the assembler adds for the literal operands.
        #expect((twenty - ten) % 10 == 0)
        #expect(twenty - ten >= 50)
    }

    @Test func reportGivesInstructionsPerSecondInTextAndJSON() throws {
        let request = try BenchRequest(tokens: ["sum", "10"], json: true, runs: nil, warmup: nil)
        let result = TransactionResult(status: 0, output: [55], gasLeft: 0, logs: [], refund: 0)
        let report = BenchReport(
            request: request, result: result, gasUsed: 2_000, instructions: 1_000, allocations: 12,
            samples: [1_000_000, 3_000_000])
        #expect(report.instructionsPerSecond == 500_000)
        #expect(report.text.contains("instructions: 1000  instructions/s: 5e+05"))
        #expect(report.json.contains("\"instructions\":1000,"))
        #expect(report.json.contains("\"instructionsPerSecond\":500000.0,"))
        #expect(!report.json.contains("n/a: the engine"))
        #expect(report.text.contains("allocations/call: 12"))
        #expect(report.json.contains("\"allocationsPerCall\":12"))
    }

    @Test func allocationCounterCountsInThisProcess() throws {
        // The test bundle links CMallocCounter through IeleCLI, as `iele` does. Under a sanitizer
        // (scripts/sanitize) the counter steps aside and says so with nil.
        let count = AllocationCount.of {
            let boxes = (0..<100).map { [$0] }
            #expect(boxes.count == 100)
        }
        if iele_malloc_counter_is_active() == 0 {
            #expect(count == nil)
        } else {
            #expect((count ?? 0) >= 100)
        }
    }

    @Test func reportWithoutTimingHasNoRates() throws {
        let request = try BenchRequest(tokens: ["sum"], json: true, runs: nil, warmup: nil)
        let result = TransactionResult(status: 0, output: [], gasLeft: 0, logs: [], refund: 0)
        let report = BenchReport(
            request: request, result: result, gasUsed: 1, instructions: 7, allocations: nil, samples: [])
        #expect(report.instructionsPerSecond == nil)
        #expect(report.json.contains("\"instructionsPerSecond\":null"))
    }

    @Test func reportQuantilesInterpolate() {
        #expect(BenchReport.quantile([10, 20, 30, 40], 0.5) == 25)
        #expect(BenchReport.quantile([10, 20, 30, 40], 0.9) == 37)
        #expect(BenchReport.quantile([], 0.5) == 0)
    }
}
