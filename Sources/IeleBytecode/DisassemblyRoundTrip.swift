import IeleSyntax

/// The promise of `iele disassemble`: the text of any bytecode the disassembler accepts assembles
/// back to the same program.
///
/// "The same program" is the same disassembly: equal syntax trees (functions in order, each with
/// its name, visibility, parameters, labels, registers, constants and call targets), up to the
/// names of embedded contracts, which are `PARENT.M` after their string-table entry `M` and are
/// compared by their position among the parent's embedded contracts. That tree is what the
/// reference semantics runs (K decodes bytecode with `#dasmContract` and executes the result),
/// and what the VM's decoder reads: a function is its name, a call goes to a name.
///
/// Bytes need not be identical: the text cannot say how the bytecode laid out what does not
/// change the program (string-table order and unused or repeated entries, function indices with
/// the same name, register widths, non-minimal constant encodings, unused register-field bits,
/// bytes after the declared length). Bytecode the assembler wrote is in that canonical layout,
/// so its round trip is byte for byte (`Outcome.identical`), and the round trip of any bytecode
/// is: `assemble(disassemble(B))` is such a fixed point.
public enum DisassemblyRoundTrip {
    /// How assembling the disassembly of some bytecode compares with it.
    public enum Outcome: Hashable, Sendable {
        /// The same bytes.
        case identical
        /// Other bytes, the same program.
        case same
        /// The promise is broken; the text says how.
        case failed(String)
    }

    /// Disassembles `bytes`, assembles the printed text and compares the programs.
    /// - Returns: nil when the disassembler rejects `bytes` (or they are empty: the reference's
    ///   code of an account without code, whose text describes it rather than encoding it).
    public static func check(_ bytes: [UInt8]) -> Outcome? {
        guard !bytes.isEmpty, let original = try? Disassembler.disassemble(bytes) else { return nil }
        let text = Printer.print(original)
        let again: [UInt8]
        do {
            again = try Assembler.assemble(try Parser.parse(text))
        } catch {
            return .failed("the text does not assemble: \(error)\n\(text)")
        }
        if again == bytes { return .identical }
        let decoded: SourceFile
        do {
            decoded = try Disassembler.disassemble(again)
        } catch {
            return .failed("the reassembled bytecode does not decode: \(error)\n\(text)")
        }
        guard canonicalNames(decoded) == canonicalNames(original) else {
            return .failed("another program:\n\(text)\nbecame\n\(Printer.print(decoded))")
        }
        guard let fixed = try? Assembler.assemble(decoded), fixed == again else {
            return .failed("the reassembled bytecode is not a fixed point of the round trip:\n\(text)")
        }
        return .same
    }

    /// `file` with every embedded contract renamed `PARENT.#K`, K its position among the parent's
    /// `external contract` declarations (the disassembler lists children before their parent).
    static func canonicalNames(_ file: SourceFile) -> SourceFile {
        var renamed: [Name: Name] = [:]
        for contract in file.contracts.reversed() {
            let parent = renamed[contract.name] ?? contract.name
            var position = 0
            for definition in contract.definitions {
                guard case .externalContract(let name, _) = definition else { continue }
                renamed[name] = InstructionDecoder.join(parent, Name("#\(position)"))
                position += 1
            }
        }
        var result = file
        for index in result.contracts.indices {
            result.contracts[index] = rename(result.contracts[index], renamed)
        }
        return result
    }

    private static func rename(_ contract: Contract, _ names: [Name: Name]) -> Contract {
        var contract = contract
        contract.name = names[contract.name] ?? contract.name
        contract.definitions = contract.definitions.map { definition in
            switch definition {
            case .externalContract(let name, let location):
                return .externalContract(names[name] ?? name, location: location)
            case .function(var function):
                for b in function.blocks.indices {
                    for i in function.blocks[b].instructions.indices {
                        guard
                            case .create(let status, let address, let name, let arguments, let value) =
                                function.blocks[b].instructions[i].instruction
                        else { continue }
                        function.blocks[b].instructions[i].instruction = .create(
                            status: status, address: address, contract: names[name] ?? name, arguments: arguments,
                            value: value)
                    }
                }
                return .function(function)
            case .global:
                return definition
            }
        }
        return contract
    }
}
