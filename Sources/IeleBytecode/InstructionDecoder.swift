import IeleNumerics
import IeleSyntax

/// One item of a function body: a block label or an instruction.
enum DecodedItem {
    case label(Int)
    case instruction(Instruction)
}

/// Decodes single items of a function body, following iele-binary.md: `#dasmOpCode` for the
/// opcode and its immediates, `#isValidLoad` / `#loadLen` / `#loadOffset` for constants,
/// `#opWidth` for the register field and `#dasmInstruction` for the resulting instruction.
struct InstructionDecoder {
    let reader: BytecodeReader
    /// NBITS of the contract.
    let registerWidth: Int
    let limits: DecodeLimits
    /// The contract's function table (`FUNCS`), for the names of called functions.
    let functionNames: [Int: Name]
    /// The contract's name, prefix of the names of created contracts.
    let contractName: Name
    /// The contract's embedded contracts by index, whose names `create` reuses.
    let embeddedContracts: [Int: Name]
    /// False when only validating: registers are then neither read nor counted, and no item is built.
    let buildsSyntax: Bool

    /// The item starting at `offset` (nil when only validating), and its width; `end` is the end
    /// of the contract.
    /// - Parameters:
    ///   - largestRegister: raised to the largest register number read.
    ///   - operandBudget: how many more register operands may be decoded; lowered by this item's.
    func decode(at offset: Int, end: Int, largestRegister: inout Int, operandBudget: inout Int) throws(DecodeError)
        -> (item: DecodedItem?, width: Int)
    {
        let byte = reader.bytes[offset]
        guard let opcode = Opcode(rawValue: byte), !opcode.traits.isStructural else {
            throw DecodeError(.unknownOpcode(byte), at: offset)
        }
        var cursor = offset + 1
        var constant: IeleInt = .zero
        let traits = opcode.traits
        var immediates = Immediates()
        if opcode == .loadPositive || opcode == .loadNegative {
            let (start, length) = try constantField(at: cursor, end: end)
            constant = reader.bigUnsigned(at: start, count: length)
            cursor = start + length
        } else if let width = traits.fixedImmediateWidth {
            guard end - cursor >= width else {
                throw DecodeError(.truncatedInstruction(opcode, needed: 1 + width, available: end - offset), at: offset)
            }
            for immediate in traits.immediates {
                immediates[immediate] = reader.uint16(at: cursor)
                cursor += 2
            }
        }
        let arguments = immediates.arguments
        let results = immediates.results
        let registerCount = traits.operands.count(arguments: arguments, results: results)
        let fieldWidth = (registerWidth * registerCount + 7) / 8
        guard end - cursor >= fieldWidth else {
            let needed = cursor - offset + fieldWidth
            throw DecodeError(.truncatedInstruction(opcode, needed: needed, available: end - offset), at: offset)
        }
        guard buildsSyntax else { return (nil, cursor + fieldWidth - offset) }
        // With NBITS 0 the field is empty whatever the count: bound what a few bytes can demand.
        guard registerCount <= operandBudget else { throw DecodeError(.tooManyOperands, at: offset) }
        operandBudget -= registerCount
        var registers: [Name] = []
        registers.reserveCapacity(registerCount)
        for index in 0..<registerCount {
            let register = reader.register(index, field: cursor, count: fieldWidth, width: registerWidth)
            if let limit = limits.maximumRegisters {
                guard let number = register.number, number < limit else {
                    throw DecodeError(.registerOutOfRange(limit: limit), at: offset)
                }
            }
            largestRegister = max(largestRegister, register.number ?? Int.max)
            registers.append(register.name)
        }
        if limits.requiresDeclaredTargets {
            try checkTarget(opcode, immediates, at: offset)
        }
        let fields = Fields(
            registers: registers, arguments: arguments, results: results, immediates: immediates, constant: constant)
        let item = self.item(opcode, fields)
        return (item, cursor + fieldWidth - offset)
    }

    /// `DecodeLimits.requiresDeclaredTargets`: a `create` names an embedded contract, and a static
    /// local call to a builtin's name has the builtin's counts. Either text would otherwise name
    /// what the assembler cannot encode (it reads `call @iele.gas()` as the `GAS` opcode).
    private func checkTarget(_ opcode: Opcode, _ immediates: Immediates, at offset: Int) throws(DecodeError) {
        switch opcode {
        case .create:
            guard embeddedContracts[immediates.contract] != nil else {
                throw DecodeError(.undeclaredContract(immediates.contract), at: offset)
            }
        case .localCall:
            let name = functionName(immediates.function)
            let expected: (results: Int, arguments: Int)
            if name == Opcode.invalidBuiltinName {
                expected = (0, 0)
            } else if let builtin = Opcode.builtinQuery(named: name) {
                expected = (1, builtin.arguments)
            } else {
                return
            }
            guard immediates.results == expected.results, immediates.arguments == expected.arguments else {
                throw DecodeError(
                    .builtinMisuse(name: name.text, results: immediates.results, arguments: immediates.arguments),
                    at: offset)
            }
        default:
            return
        }
    }

    /// The offset and length of a constant's bytes (`#isValidLoad`, `#loadLen`, `#loadOffset`).
    private func constantField(at offset: Int, end: Int) throws(DecodeError) -> (start: Int, length: Int) {
        let available = end - offset
        guard available >= 1 else { throw DecodeError(.malformedConstant, at: offset) }
        let first = reader.bytes[offset]
        switch first {
        case 0x80..<0xb8:
            let length = Int(first) - 0x80
            guard available >= 1 + length else { throw DecodeError(.malformedConstant, at: offset) }
            return (offset + 1, length)
        case 0xb8..<0xc0:
            let lengthBytes = Int(first) - 0xb7
            guard available >= 1 + lengthBytes else { throw DecodeError(.malformedConstant, at: offset) }
            let length = reader.unsigned(at: offset + 1, count: lengthBytes)
            guard length <= UInt64(available - 1 - lengthBytes) else {
                throw DecodeError(.malformedConstant, at: offset)
            }
            return (offset + 1 + lengthBytes, Int(length))
        default:
            // Below 0x80 or from 0xc0: the byte is the value itself.
            return (offset, 1)
        }
    }

    /// The 16-bit immediates of one item, by meaning (0 when absent).
    private struct Immediates {
        var label = 0
        var function = 0
        var contract = 0
        var arguments = 0
        var results = 0

        subscript(immediate: Immediate) -> Int? {
            get {
                switch immediate {
                case .label: label
                case .function: function
                case .contract: contract
                case .argumentCount: arguments
                case .resultCount: results
                default: nil
                }
            }
            set {
                let value = newValue ?? 0
                switch immediate {
                case .label: label = value
                case .function: function = value
                case .contract: contract = value
                case .argumentCount: arguments = value
                case .resultCount: results = value
                default: break
                }
            }
        }
    }

    /// The decoded operands of one item.
    private struct Fields {
        var registers: [Name]
        var arguments: Int
        var results: Int
        var immediates: Immediates
        var constant: IeleInt

        func r(_ index: Int) -> Name { registers[index] }
        func operand(_ index: Int) -> Operand { .register(registers[index]) }
        func operands(from start: Int, count: Int) -> [Operand] {
            registers[start..<(start + count)].map { .register($0) }
        }
        func names(from start: Int, count: Int) -> [Name] { Array(registers[start..<(start + count)]) }
        var label: Name { BytecodeReader.numericName(immediates.label) }
    }

    /// `#dasmInstruction`: the instruction an opcode and its fields stand for.
    private func item(_ opcode: Opcode, _ f: Fields) -> DecodedItem {
        if opcode == .label { return .label(f.immediates.label) }
        if let builtin = opcode.builtinName {
            return .instruction(
                .localCall(
                    results: [f.r(0)], function: .global(builtin),
                    arguments: f.operands(from: 1, count: f.registers.count - 1)))
        }
        return .instruction(instruction(opcode, f))
    }

    private func instruction(_ opcode: Opcode, _ f: Fields) -> Instruction {
        switch opcode {
        case .loadPositive: return .assign(result: f.r(0), value: .constant(f.constant))
        case .loadNegative: return .assign(result: f.r(0), value: .constant(-f.constant))
        case .move: return .assign(result: f.r(0), value: f.operand(1))
        case .br: return .jump(label: f.label)
        case .brc: return .conditionalJump(condition: f.operand(0), label: f.label)
        case .invalid: return .localCall(results: [], function: .global(Opcode.invalidBuiltinName), arguments: [])
        case .selfDestruct: return .selfdestruct(beneficiary: f.operand(0))
        case .revert: return .revert(value: f.operand(0))
        case .return: return .ret(values: f.operands(from: 0, count: f.results))
        case .log0, .log1, .log2, .log3, .log4:
            return .log(cell: f.operand(0), topics: f.operands(from: 1, count: f.registers.count - 1))
        case .isZero, .not, .logarithm2, .sha3:
            return .unary(Self.unary[opcode] ?? .iszero, result: f.r(0), operand: f.operand(1))
        case .mload: return .load(result: f.r(0), cell: f.operand(1))
        case .mloadN: return .loadBytes(result: f.r(0), cell: f.operand(1), offset: f.operand(2), width: f.operand(3))
        case .mstore: return .store(value: f.operand(0), cell: f.operand(1))
        case .mstoreN:
            return .storeBytes(value: f.operand(0), cell: f.operand(1), offset: f.operand(2), width: f.operand(3))
        case .sload: return .sload(result: f.r(0), index: f.operand(1))
        case .sstore: return .sstore(value: f.operand(0), index: f.operand(1))
        case .addmod, .mulmod, .expmod:
            return .ternary(
                Self.ternary[opcode] ?? .addmod, result: f.r(0), first: f.operand(1), second: f.operand(2),
                modulus: f.operand(3))
        case .lt, .le, .gt, .ge, .eq, .ne:
            return .compare(Self.predicates[opcode] ?? .eq, result: f.r(0), lhs: f.operand(1), rhs: f.operand(2))
        case .localCall:
            let index = f.immediates.function
            return .localCall(
                results: f.names(from: 0, count: f.results), function: .global(functionName(index)),
                arguments: f.operands(from: f.results, count: f.arguments))
        case .localCallDynamic:
            return .localCall(
                results: f.names(from: 0, count: f.results), function: f.operand(f.results),
                arguments: f.operands(from: f.results + 1, count: f.arguments))
        case .call, .staticCall, .callDynamic, .staticCallDynamic:
            return accountCall(opcode, f)
        case .callAddress:
            return .callAddress(
                result: f.r(0), function: functionName(f.immediates.function), address: f.operand(1))
        case .create:
            let index = f.immediates.contract
            let name = embeddedContracts[index] ?? Self.join(contractName, BytecodeReader.numericName(index))
            return .create(
                status: f.r(0), address: f.r(1), contract: name,
                arguments: f.operands(from: 3, count: f.arguments), value: f.operand(2))
        case .copyCreate:
            return .copyCreate(
                status: f.r(0), address: f.r(1), source: f.operand(3),
                arguments: f.operands(from: 4, count: f.arguments),
                value: f.operand(2))
        default:
            return .binary(Self.binary[opcode] ?? .add, result: f.r(0), lhs: f.operand(1), rhs: f.operand(2))
        }
    }

    /// The four account-call forms; results come first, the status among them.
    private func accountCall(_ opcode: Opcode, _ f: Fields) -> Instruction {
        let results = f.names(from: 0, count: f.results + 1)
        let base = f.results + 1
        switch opcode {
        case .call:
            return .accountCall(
                results: results, function: .global(functionName(f.immediates.function)),
                address: f.operand(base + 1), arguments: f.operands(from: base + 3, count: f.arguments),
                value: f.operand(base + 2), gasLimit: f.operand(base))
        case .staticCall:
            return .accountCall(
                results: results, function: .global(functionName(f.immediates.function)),
                address: f.operand(base + 1), arguments: f.operands(from: base + 2, count: f.arguments), value: nil,
                gasLimit: f.operand(base))
        case .callDynamic:
            return .accountCall(
                results: results, function: f.operand(base), address: f.operand(base + 2),
                arguments: f.operands(from: base + 4, count: f.arguments), value: f.operand(base + 3),
                gasLimit: f.operand(base + 1))
        default:
            return .accountCall(
                results: results, function: f.operand(base), address: f.operand(base + 2),
                arguments: f.operands(from: base + 3, count: f.arguments), value: nil, gasLimit: f.operand(base + 1))
        }
    }

    /// `getIeleName(FUNCS[INDEX] orDefault INDEX)`. The reference has no default for account
    /// calls and `calladdress`; the index as a numeric name is used there too.
    private func functionName(_ index: Int) -> Name {
        functionNames[index] ?? BytecodeReader.numericName(index)
    }

    /// `NAME +.+IeleName SUFFIX`.
    static func join(_ name: Name, _ suffix: Name) -> Name {
        Name(bytes: name.bytes + [UInt8(ascii: ".")] + suffix.bytes)
    }

    private static let unary: [Opcode: UnaryOperation] = [
        .isZero: .iszero, .not: .not, .logarithm2: .log2, .sha3: .sha3,
    ]
    private static let binary: [Opcode: BinaryOperation] = [
        .add: .add, .mul: .mul, .sub: .sub, .div: .div, .exp: .exp, .mod: .mod, .byte: .byte, .signExtend: .sext,
        .twos: .twos, .bswap: .bswap, .and: .and, .or: .or, .xor: .xor, .shift: .shift,
    ]
    private static let ternary: [Opcode: TernaryOperation] = [.addmod: .addmod, .mulmod: .mulmod, .expmod: .expmod]
    private static let predicates: [Opcode: Predicate] = [.lt: .lt, .le: .le, .gt: .gt, .ge: .ge, .eq: .eq, .ne: .ne]
}
