import ArgumentParser
import IeleBytecode
import IeleSyntax

/// `iele disassemble HEX-OR-FILE`: bytecode back to IELE text.
struct DisassembleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disassemble",
        abstract: "Validate bytecode and print it as IELE text.",
        discussion: """
            The argument is hex bytecode (with or without 0x), a file holding such hex, or a file of \
            raw bytes. Invalid bytecode is reported with the byte offset where decoding failed. \
            Registers and labels come out as numbers, as in the reference's disassembly; \
            reassembling the text gives the same program (the same bytes for bytecode the \
            assembler wrote).
            """)

    @Argument(help: "Hex bytecode, or a file of hex text or raw bytes.")
    var bytecode: String

    @Option(name: .long, help: "The name given to the main contract.")
    var name: String = "Main"

    func run() throws {
        let bytes = try InputFiles.readBytecode(bytecode, command: "disassemble")
        do {
            let file = try Disassembler.disassemble(bytes, contractName: Name(name))
            print(Printer.print(file), terminator: "")
        } catch {
            CommandDiagnostics("disassemble", file: bytecode.count > 80 ? nil : bytecode)
                .report("invalid bytecode: \(error)")
            throw CommandFailure.invalidInput
        }
    }
}
