import IeleNumerics
import IeleSyntax

/// Assembles one contract, given the bytecode of the contracts it may embed
/// (reference `processContract` and `compileContract`).
///
/// Layout: 4-byte length, then `REGISTERS nbits`, the string table (the name of every function
/// but `init`, then each external contract's full bytecode), then each function in source order:
/// its header and its items.
struct ContractAssembler {
    var contract: Contract
    /// Bytecode of the earlier contracts of the file, by name.
    var available: [Name: [UInt8]]

    func assemble() throws(AssembleError) -> [UInt8] {
        do throws(AssembleError) {
            return try assembleUnlabelled()
        } catch {
            var located = error
            if located.contract == nil { located.contract = contract.name }
            throw located
        }
    }

    private func assembleUnlabelled() throws(AssembleError) -> [UInt8] {
        let functions = contract.functions
        let externals = contract.externalContracts
        let numbering = FunctionNumbering(names: Self.functionNames(functions), contractCount: externals.count)
        let functionIndices = numbering.indices
        let stringTable = numbering.stringTable

        var globals: [Name: IeleInt] = [:]
        for (name, index) in functionIndices { globals[name] = IeleInt(index) }
        for global in contract.globals { globals[global.name] = global.value }

        var contractIndices: [Name: Int] = [:]
        for (position, name) in externals.enumerated() {
            contractIndices[name.numberingKey] = stringTable.count + 1 + position
        }

        let assembler = FunctionAssembler(
            lowering: InstructionLowering(
                globals: globals, functionIndices: functionIndices, contractIndices: contractIndices))
        var assembled: [AssembledFunction] = []
        for function in functions {
            do throws(AssembleError) {
                let index = functionIndices[function.name] ?? 0
                assembled.append(try assembler.assemble(function, index: index))
            } catch {
                var located = error
                located.function = function.name
                if located.location.line == 0 { located.location = function.location }
                throw located
            }
        }

        let maximumRegister = assembled.compactMap(\.maximumRegister).max()
        let width = maximumRegister.map { LocalNumbering.neededBits(forMaximumRegister: $0) } ?? 0

        var body = BytecodeWriter()
        body.byte(Opcode.registers.rawValue)
        body.byte(UInt8(truncatingIfNeeded: width))
        for name in stringTable {
            try entry(.functionName, name.bytes, into: &body, what: "function name length")
        }
        for (name, location) in externalDeclarations() {
            guard let code = available[name.numberingKey] else {
                throw AssembleError(.missingExternalContract(name), location: location)
            }
            try entry(.contract, code, into: &body, what: "embedded contract length")
        }
        for function in assembled {
            Self.write(function, width: width, into: &body)
        }
        guard body.bytes.count <= Int(UInt32.max) else {
            throw AssembleError(.fieldOverflow("contract length", body.bytes.count))
        }
        var output = BytecodeWriter()
        output.uint16(body.bytes.count >> 16)
        output.uint16(body.bytes.count & 0xffff)
        output.append(body.bytes)
        return output.bytes
    }

    private func externalDeclarations() -> [(Name, SourceLocation)] {
        contract.definitions.compactMap {
            if case .externalContract(let name, let location) = $0 { (name, location) } else { nil }
        }
    }

    private func entry(_ opcode: Opcode, _ data: [UInt8], into writer: inout BytecodeWriter, what: String)
        throws(AssembleError)
    {
        guard data.count <= Int(UInt16.max) else { throw AssembleError(.fieldOverflow(what, data.count)) }
        writer.byte(opcode.rawValue)
        writer.uint16(data.count)
        writer.append(data)
    }

    /// `init`, then every defined function, then every function named by a call, without repeats
    /// (`numberFunctions`); `FunctionNumbering` gives them their indices. Names are compared as
    /// bytes: the parser has already read an unquoted `@007` as `@7`, and a quoted `@"007"` is a
    /// text name in the reference too.
    static func functionNames(_ functions: [FunctionDefinition]) -> [Name] {
        var names: [Name] = ["init"]
        var seen: Set<Name> = ["init"]
        func add(_ name: Name) {
            if seen.insert(name).inserted { names.append(name) }
        }
        for function in functions { add(function.name) }
        for function in functions {
            for block in function.blocks {
                for located in block.instructions {
                    if let callee = calledFunction(located.instruction) { add(callee) }
                }
            }
        }
        return names
    }

    /// The function an instruction names statically (builtins are opcodes, not functions).
    static func calledFunction(_ instruction: Instruction) -> Name? {
        switch instruction {
        case .localCall(_, .global(let name), _):
            if name == Opcode.invalidBuiltinName || Opcode.builtinQuery(named: name) != nil { return nil }
            return name
        case .accountCall(_, .global(let name), _, _, _, _):
            return name
        case .callAddress(_, let name, _):
            return name
        default:
            return nil
        }
    }

    static func write(_ function: AssembledFunction, width: Int, into writer: inout BytecodeWriter) {
        writer.byte(function.isPublic ? Opcode.publicFunctionHeader.rawValue : Opcode.functionHeader.rawValue)
        writer.uint16(function.index)
        writer.uint16(function.arity)
        for op in function.ops {
            writer.byte(op.opcode.rawValue)
            if let constant = op.constant {
                writer.constant(constant)
            }
            for immediate in op.immediates {
                writer.uint16(immediate)
            }
            writer.registers(op.registers, width: width)
        }
    }
}
