import IeleNumerics
import IeleSyntax

/// A bytecode item with every register and label replaced by its number.
struct NumberedOp {
    var opcode: Opcode
    var immediates: [Int]
    var constant: IeleInt?
    var registers: [Int]
}

/// One function, ready to be written: its header fields and its items.
struct AssembledFunction {
    var isPublic: Bool
    var index: Int
    var arity: Int
    var ops: [NumberedOp]

    /// The largest register number used, if any.
    var maximumRegister: Int? {
        ops.lazy.flatMap(\.registers).max()
    }
}

/// Assembles one function definition: lowers its instructions, puts a label item in front of
/// every labelled block, then numbers labels and registers (`flattenFundef`, `numberBlocks`,
/// `numberLocals` of the reference).
struct FunctionAssembler {
    var lowering: InstructionLowering

    func assemble(_ function: FunctionDefinition, index: Int) throws(AssembleError) -> AssembledFunction {
        try checkNames(function)
        var items: [MachineOp] = []
        for block in function.blocks {
            if let label = block.label {
                items.append(MachineOp(opcode: .label, label: label, location: block.location))
            }
            for instruction in block.instructions {
                items += try lowering.lower(instruction)
            }
        }
        let labels = LocalNumbering.labels(function.blocks.compactMap(\.label))
        let registers = LocalNumbering.registers(
            parameters: function.parameters, references: items.flatMap(\.registers))
        var ops: [NumberedOp] = []
        ops.reserveCapacity(items.count)
        for item in items {
            ops.append(try number(item, labels: labels, registers: registers))
        }
        guard function.parameters.count <= Int(UInt16.max) else {
            throw AssembleError(
                .fieldOverflow("parameter count", function.parameters.count), location: function.location)
        }
        return AssembledFunction(isPublic: function.isPublic, index: index, arity: function.parameters.count, ops: ops)
    }

    private func number(_ item: MachineOp, labels: [Name: Int], registers: [Name: Int]) throws(AssembleError)
        -> NumberedOp
    {
        var immediates = item.immediates
        if let label = item.label {
            guard let number = LocalNumbering.number(of: label, in: labels) else {
                let kind: AssembleError.Kind = label.isNumeric ? .numberTooLarge(label) : .undefinedLabel(label)
                throw AssembleError(kind, location: item.location)
            }
            guard number <= Int(UInt16.max) else {
                throw AssembleError(.fieldOverflow("label", number), location: item.location)
            }
            immediates = [number]
        }
        var numbers: [Int] = []
        numbers.reserveCapacity(item.results.count + item.arguments.count)
        for register in item.registers {
            guard let number = LocalNumbering.number(of: register, in: registers) else {
                throw AssembleError(.numberTooLarge(register), location: item.location)
            }
            numbers.append(number)
        }
        return NumberedOp(opcode: item.opcode, immediates: immediates, constant: item.constant, registers: numbers)
    }

    /// The reference parser rejects registers named `%iele.…`; they would clash with the
    /// assembler's temporaries.
    private func checkNames(_ function: FunctionDefinition) throws(AssembleError) {
        for parameter in function.parameters where parameter.isReserved {
            throw AssembleError(.reservedName(parameter), location: function.location)
        }
        for block in function.blocks {
            for located in block.instructions {
                for name in located.instruction.registerNames where name.isReserved {
                    throw AssembleError(.reservedName(name), location: located.location)
                }
            }
        }
    }
}
