import ArgumentParser
import Foundation
import IeleBytecode
import IeleNumerics
import IeleSyntax

/// `iele assemble FILE`: IELE text to the bytecode the reference assembler produces.
struct AssembleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assemble",
        abstract: "Assemble an IELE source file into bytecode.",
        discussion: """
            Prints the bytecode of the file's main (last) contract as lowercase hex on standard output, \
            or writes raw bytes to the file given with -o. The contracts it declares as external are \
            embedded, as the reference assembler does. -o writes only regular files: a path that exists \
            and is anything else (symbolic link, device, FIFO, socket, directory) is refused, and an \
            existing file is replaced atomically.
            """)

    @Argument(help: "The .iele source file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write raw bytecode to this regular file instead of printing hex.")
    var output: String?

    func run() throws {
        let source = try SourceLoading.parse(file: file, command: "assemble")
        let bytes: [UInt8]
        do {
            bytes = try Assembler.assemble(source)
        } catch {
            printError("\(file): error: \(error)")
            throw CommandFailure.invalidInput
        }
        if let output {
            do {
                try RegularFileWriter.replace(output, with: bytes)
            } catch {
                CommandDiagnostics("assemble", file: output).report("cannot write: \(error)")
                throw CommandFailure.invalidInput
            }
        } else {
            StandardOutput.write(Hex.encode(bytes) + "\n")
        }
    }
}
