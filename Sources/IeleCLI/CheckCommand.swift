import ArgumentParser
import IeleCheck
import IeleSyntax

/// `iele check FILE`: the well-formedness rules of the reference, every violation reported.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that an IELE source file is well formed.",
        discussion: """
            Applies every rule of the reference's well-formedness.md and reports each violation as \
            file:line:column with the contract, the function and the rule broken. Exits 1 when any \
            rule is broken.
            """)

    @Argument(help: "The .iele source file.")
    var file: String

    @Option(help: "The schedule whose rules apply: danse, albe or default.")
    var schedule: CheckScheduleArgument = .danse

    func run() throws {
        let source = try SourceLoading.parse(file: file, command: "check")
        let diagnostics = WellFormednessChecker(schedule: schedule.value).check(source)
        for diagnostic in diagnostics {
            printError(diagnostic.formatted(fileName: file))
        }
        guard diagnostics.isEmpty else {
            let plural = diagnostics.count == 1 ? "" : "s"
            CommandDiagnostics("check", file: file).report("\(diagnostics.count) violation\(plural) of well-formedness")
            throw CommandFailure.invalidInput
        }
        print("\(file): well formed")
    }
}

/// The `--schedule` values `iele check` accepts.
enum CheckScheduleArgument: String, ExpressibleByArgument, CaseIterable {
    case danse, albe, `default`

    var value: CheckSchedule {
        switch self {
        case .danse: .danse
        case .albe: .albe
        case .default: .default
        }
    }
}
