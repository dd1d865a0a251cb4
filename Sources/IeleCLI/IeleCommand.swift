import ArgumentParser

/// The `iele` command: lists the subcommands, each in its own file.
public struct IeleCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "iele",
        abstract: "Assemble, check, disassemble, run and test IELE contracts.",
        subcommands: [
            AssembleCommand.self, DisassembleCommand.self, CheckCommand.self,
            RunCommand.self, TestCommand.self, BenchCommand.self,
        ])

    public init() {}
}
