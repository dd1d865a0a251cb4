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
            // Atomic: written to a temporary file then renamed, so a killed process never leaves a
            // truncated output behind.
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue {
                printError("error: cannot write '\(output)': it is a directory")
                throw CommandFailure.invalidInput
            }
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                printError("error: cannot write '\(output)': \(error.localizedDescription)")
                throw CommandFailure.invalidInput
            }
        } else {
            print(Hex.encode(bytes))
        }
    }
}
