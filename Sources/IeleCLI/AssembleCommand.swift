import ArgumentParser
import Foundation
import IeleBytecode
import IeleSyntax

/// `iele assemble FILE`: IELE text to the bytecode the reference assembler produces.
struct AssembleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assemble",
        abstract: "Assemble an IELE source file into bytecode.",
        discussion: """
            Prints the bytecode of the file's main (last) contract as lowercase hex on standard output, \
            or writes raw bytes to the file given with -o. The contracts it declares as external are \
            embedded, as the reference assembler does.
            """)

    @Argument(help: "The .iele source file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write raw bytecode to this file instead of printing hex.")
    var output: String?

    func run() throws {
        let source = try SourceLoading.parse(file: file)
        let bytes: [UInt8]
        do {
            bytes = try Assembler.assemble(source)
        } catch {
            printError("\(file): error: \(error)")
            throw CommandFailure.invalidInput
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
                printError("error: cannot write '\(output)'")
                throw CommandFailure.invalidInput
            }
        } else {
            print(Hex.encode(bytes))
        }
    }
}
