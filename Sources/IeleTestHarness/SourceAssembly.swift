import IeleBytecode
import IeleSyntax

/// Why an `.iele` source named by a test could not be turned into bytecode.
public struct CodeAssemblyError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// The one place where the harness turns IELE source text into bytecode: parse, then assemble the
/// main (last) contract, as the reference's `make assemble-iele-test` does with `iele-assemble`.
///
/// No well-formedness check runs here, as in the reference: an ill-formed contract is assembled
/// and it is the machine that rejects it (`CONTRACT_INVALID`), which the ill-formed tests check.
public enum SourceAssembly {
    /// Assembles `source` (read from `path`, used in messages).
    public static func assemble(source: String, path: String) throws(CodeAssemblyError) -> [UInt8] {
        let file: SourceFile
        do {
            file = try Parser.parse(source, fileName: path)
        } catch {
            throw CodeAssemblyError("\(error)")
        }
        do {
            return try Assembler.assemble(file)
        } catch {
            throw CodeAssemblyError("\(path): \(error)")
        }
    }
}
