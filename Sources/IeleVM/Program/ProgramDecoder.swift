import IeleNumerics

/// Why bytecode could not be decoded into a `Program`.
struct DecodeFailure: Error, Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case truncated, badHeader, badOpcode(UInt8), tooManyRegisters
        /// Contracts embedded deeper than `ProgramDecoder.maximumNesting`.
        case nestingTooDeep
        /// More register operands than `ProgramDecoder.operandBudget` allows for the input size.
        case tooManyOperands
    }
    var kind: Kind
    /// Byte offset in the bytecode where decoding stopped.
    var offset: Int
}

/// Decodes IELE bytecode into a `Program` in one pass, following iele-binary.md `#dasmContract`.
///
/// Layout: a 4-byte big-endian length, the byte 99, NBITS (bits per register operand), then the
/// string table (105 = function name, 106 = nested contract), then functions (103 private, 104
/// public: name entry, parameter count), each a run of instructions until the next function.
/// Register operands of an instruction are packed NBITS each into ⌈k·NBITS/8⌉ big-endian bytes,
/// operand 0 in the lowest bits.
struct ProgramDecoder {
    private let bytes: [UInt8]
    private var constants: [IeleInt] = []
    /// How deep this contract is embedded (the main contract is 0).
    private let depth: Int
    /// Register operands and parameters still allowed (see `operandBudget(forInputSize:)`).
    private var operandsLeft: Int

    /// The highest register count a function may use; every account call allocates that many
    /// registers before any gas pays for them, so this matches `DecodeLimits.standard` (which
    /// `VirtualMachine.isDeployable` applies) rather than the reference's unbounded count.
    static let maximumRegisters = 1 << 16
    /// How deep contracts may be embedded (`DecodeLimits.standard.maximumNesting`): each level is
    /// decoded by a recursive call, so without a bound 60 KB of nested headers (7000 levels)
    /// overflowed the stack of a test thread (and decoding took time quadratic in the depth).
    static let maximumNesting = 32

    /// Register operands plus parameters a program of `size` bytes may decode to, as
    /// `DecodeLimits.standard`: with NBITS 0 a register field is empty whatever its count, so a
    /// 7-byte `LOCALCALL` could otherwise name 131070 registers.
    static func operandBudget(forInputSize size: Int) -> Int { (1 << 16) + 16 * size }

    init(bytes: [UInt8], depth: Int = 0) {
        self.bytes = bytes
        self.depth = depth
        self.operandsLeft = ProgramDecoder.operandBudget(forInputSize: bytes.count)
    }

    /// Decodes the main contract of `bytes` (which may be empty: the empty program).
    static func decode(_ bytes: [UInt8]) throws(DecodeFailure) -> Program {
        try decode(bytes, depth: 0)
    }

    private static func decode(_ bytes: [UInt8], depth: Int) throws(DecodeFailure) -> Program {
        if bytes.isEmpty { return Program.empty }
        guard depth <= maximumNesting else { throw DecodeFailure(kind: .nestingTooDeep, offset: 0) }
        // Keeps every index of the decoded form within Int32 (contracts are kilobytes in practice).
        guard bytes.count < 1 << 26 else { throw DecodeFailure(kind: .truncated, offset: 0) }
        var decoder = ProgramDecoder(bytes: bytes, depth: depth)
        return try decoder.decodeContract()
    }

    private func byte(_ i: Int) throws(DecodeFailure) -> UInt8 {
        guard i >= 0, i < bytes.count else { throw DecodeFailure(kind: .truncated, offset: i) }
        return bytes[i]
    }

    private func unsigned(_ i: Int, count: Int) throws(DecodeFailure) -> Int {
        guard i >= 0, count >= 0, i + count <= bytes.count else { throw DecodeFailure(kind: .truncated, offset: i) }
        var value = 0
        for k in 0..<count {
            guard value <= (Int.max >> 8) else { throw DecodeFailure(kind: .truncated, offset: i) }
            value = value << 8 | Int(bytes[i + k])
        }
        return value
    }

    private mutating func decodeContract() throws(DecodeFailure) -> Program {
        let length = try unsigned(0, count: 4)
        guard bytes.count >= 6, try byte(4) == 99, length + 4 <= bytes.count, length >= 2 else {
            throw DecodeFailure(kind: .badHeader, offset: 0)
        }
        let end = 4 + length
        let nbits = Int(try byte(5))
        var position = 6
        var names: [Int: [UInt8]] = [0: Program.initName]
        var contracts: [Int: [UInt8]] = [:]
        var entry = 1
        // String table.
        while position < end, bytes[position] == 105 || bytes[position] == 106 {
            let count = try unsigned(position + 1, count: 2)
            let start = position + 3
            guard start + count <= end else { throw DecodeFailure(kind: .truncated, offset: position) }
            let slice = Array(bytes[start..<start + count])
            if bytes[position] == 105 {
                names[entry] = slice
            } else {
                guard count > 0 else { throw DecodeFailure(kind: .badHeader, offset: position) }
                _ = try ProgramDecoder.decode(slice, depth: depth + 1)  // nested contracts must be valid too
                contracts[entry] = slice
            }
            entry += 1
            position = start + count
        }
        // Functions.
        var headers: [(name: [UInt8], isPublic: Bool, parameters: Int, start: Int)] = []
        var starts: [Int] = []
        // First pass: find function boundaries by decoding instruction widths.
        var cursor = position
        while cursor < end {
            let opcode = bytes[cursor]
            if opcode == 103 || opcode == 104 {
                let nameIndex = try unsigned(cursor + 1, count: 2)
                let parameters = try unsigned(cursor + 3, count: 2)
                guard cursor + 5 <= end else { throw DecodeFailure(kind: .truncated, offset: cursor) }
                let name = names[nameIndex] ?? Array(String(nameIndex).utf8)
                guard parameters <= operandsLeft else { throw DecodeFailure(kind: .tooManyOperands, offset: cursor) }
                operandsLeft -= parameters
                headers.append((name, opcode == 104, parameters, cursor + 5))
                cursor += 5
                starts.append(cursor)
                continue
            }
            guard !headers.isEmpty else { throw DecodeFailure(kind: .badOpcode(opcode), offset: cursor) }
            cursor += try width(at: cursor, nbits: nbits)
            guard cursor <= end else { throw DecodeFailure(kind: .truncated, offset: cursor) }
        }
        var functions: [Program.Function] = []
        for (index, header) in headers.enumerated() {
            let functionEnd = index + 1 < headers.count ? headers[index + 1].start - 5 : end
            var function = try decodeFunction(from: header.start, to: functionEnd, nbits: nbits, names: names)
            function.name = header.name
            function.isPublic = header.isPublic
            function.parameterCount = header.parameters
            functions.append(function)
        }
        // Resolve the callee of named local calls to a function index (-1: no such function).
        var byName: [[UInt8]: Int] = [:]
        for (index, function) in functions.enumerated() where byName[function.name] == nil {
            byName[function.name] = index
        }
        for f in functions.indices {
            for k in functions[f].code.indices where functions[f].code[k].kind == .localCall {
                let entry = Int(functions[f].code[k].imm)
                let name = names[entry] ?? Array(String(entry).utf8)
                functions[f].code[k].imm = Int32(byName[name] ?? -1)
            }
        }
        return Program(
            bytes: Array(bytes[0..<end]), size: end, functions: functions, constants: constants,
            contracts: contracts, names: names)
    }

    /// `#opCodeWidth` and `#numArgs` of the instruction at `i`.
    private func shape(at i: Int) throws(DecodeFailure) -> (codeWidth: Int, registers: Int) {
        let opcode = try byte(i)
        switch opcode {
        case 97, 98:
            let (length, offset) = try loadLength(at: i + 1)
            return (1 + length + offset, 1)
        case 100, 102: return (3, 0)
        case 101: return (3, 1)
        case 240: return (5, 3 + (try unsigned(i + 3, count: 2)))
        case 241: return (3, 4 + (try unsigned(i + 1, count: 2)))
        case 242: return (7, 4 + (try unsigned(i + 3, count: 2)) + (try unsigned(i + 5, count: 2)))
        case 243: return (5, 5 + (try unsigned(i + 1, count: 2)) + (try unsigned(i + 3, count: 2)))
        case 244: return (7, 3 + (try unsigned(i + 3, count: 2)) + (try unsigned(i + 5, count: 2)))
        case 245: return (5, 4 + (try unsigned(i + 1, count: 2)) + (try unsigned(i + 3, count: 2)))
        case 246: return (3, try unsigned(i + 1, count: 2))
        case 248: return (7, (try unsigned(i + 3, count: 2)) + (try unsigned(i + 5, count: 2)))
        case 249: return (5, 1 + (try unsigned(i + 1, count: 2)) + (try unsigned(i + 3, count: 2)))
        case 250: return (3, 2)
        case 254: return (1, 0)
        case 48, 50, 51, 52, 56, 58, 65, 66, 67, 68, 69, 86, 87, 160, 247, 255: return (1, 1)
        case 21, 25, 32, 81, 83, 84, 28, 59, 64, 49, 85, 96, 161: return (1, 2)
        case 1, 2, 3, 4, 6, 7, 11, 12, 13, 16, 18, 17, 19, 20, 15, 22, 23, 24, 27, 26, 162: return (1, 3)
        case 8, 9, 10, 80, 82, 163: return (1, 4)
        case 164: return (1, 5)
        default: throw DecodeFailure(kind: .badOpcode(opcode), offset: i)
        }
    }

    /// data.md `#loadLen` / `#loadOffset` of the constant after a LOADPOS/LOADNEG opcode.
    private func loadLength(at i: Int) throws(DecodeFailure) -> (length: Int, offset: Int) {
        let first = Int(try byte(i))
        if first < 128 || first >= 192 { return (1, 0) }
        if first < 184 { return (first - 128, 1) }
        let lengthOfLength = first - 183
        let length = try unsigned(i + 1, count: lengthOfLength)
        guard length <= bytes.count else { throw DecodeFailure(kind: .truncated, offset: i) }
        return (length, first - 182)
    }

    private func width(at i: Int, nbits: Int) throws(DecodeFailure) -> Int {
        let (codeWidth, registers) = try shape(at: i)
        return codeWidth + (nbits * registers + 7) / 8
    }

    /// Operand `index` of a register field of `count` bytes starting at `start`.
    private func register(_ index: Int, fieldStart start: Int, fieldBytes count: Int, nbits: Int) -> Int {
        var value = 0
        for bit in 0..<nbits {
            let position = index * nbits + bit  // bit number from the least significant end
            let byteIndex = start + count - 1 - position / 8
            guard byteIndex >= start else { break }
            if bytes[byteIndex] >> UInt8(position % 8) & 1 == 1 { value |= 1 << bit }
        }
        return value
    }

    private mutating func decodeFunction(
        from start: Int, to end: Int, nbits: Int, names: [Int: [UInt8]]
    ) throws(DecodeFailure) -> Program.Function {
        guard nbits <= 32 else { throw DecodeFailure(kind: .tooManyRegisters, offset: start) }
        var code: [Instr] = []
        var operands: [Int32] = []
        var labels: [Int: Int] = [:]
        var jumps: [(instruction: Int, label: Int)] = []
        var maxRegister = -1
        var i = start
        while i < end {
            let opcode = bytes[i]
            let (codeWidth, registerCount) = try shape(at: i)
            let fieldStart = i + codeWidth
            let fieldBytes = (nbits * registerCount + 7) / 8
            guard fieldStart + fieldBytes <= end else { throw DecodeFailure(kind: .truncated, offset: i) }
            guard registerCount <= operandsLeft else { throw DecodeFailure(kind: .tooManyOperands, offset: i) }
            operandsLeft -= registerCount
            var regs: [Int32] = []
            regs.reserveCapacity(registerCount)
            for k in 0..<registerCount {
                let r = register(k, fieldStart: fieldStart, fieldBytes: fieldBytes, nbits: nbits)
                guard r < ProgramDecoder.maximumRegisters else {
                    throw DecodeFailure(kind: .tooManyRegisters, offset: i)
                }
                maxRegister = max(maxRegister, r)
                regs.append(Int32(r))
            }
            func r(_ k: Int) -> Int32 { regs[k] }
            var instr: Instr
            switch opcode {
            case 97, 98:
                let (length, offset) = try loadLength(at: i + 1)
                var value = IeleInt(bigEndianUnsigned: bytes[(i + 1 + offset)..<(i + 1 + offset + length)])
                if opcode == 98 { value = value.negated() }
                if let small = value.asInt {
                    instr = Instr(.loadSmallConstant)
                    instr.smallConstant = small
                } else {
                    instr = Instr(.loadConstant)
                    instr.imm = Int32(constants.count)
                    constants.append(value)
                }
                instr.a = r(0)
            case 100, 101:
                instr = Instr(opcode == 100 ? .br : .brc)
                if opcode == 101 { instr.a = r(0) }
                jumps.append((code.count, try unsigned(i + 1, count: 2)))
            case 102:
                let label = try unsigned(i + 1, count: 2)
                if labels[label] == nil { labels[label] = code.count }
                i = fieldStart + fieldBytes
                continue
            case 254: instr = Instr(.invalid)
            case 246:
                instr = Instr(.ret)
                instr.list = Int32(operands.count)
                instr.argumentCount = Int32(registerCount)
                operands.append(contentsOf: regs)
            case 248, 249:
                let arguments = try unsigned(i + (opcode == 248 ? 3 : 1), count: 2)
                let results = try unsigned(i + (opcode == 248 ? 5 : 3), count: 2)
                if opcode == 248 {
                    instr = Instr(.localCall)
                    instr.imm = Int32(try unsigned(i + 1, count: 2))
                    instr.list = Int32(operands.count)
                    operands.append(contentsOf: regs[0..<results])
                    operands.append(contentsOf: regs[results..<results + arguments])
                } else {
                    instr = Instr(.localCallDynamic)
                    instr.b = r(results)
                    instr.list = Int32(operands.count)
                    operands.append(contentsOf: regs[0..<results])
                    operands.append(contentsOf: regs[(results + 1)..<(results + 1 + arguments)])
                }
                instr.resultCount = Int32(results)
                instr.argumentCount = Int32(arguments)
            case 242, 243, 244, 245:
                let isStatic = opcode == 244 || opcode == 245
                let isDynamic = opcode == 243 || opcode == 245
                let arguments = try unsigned(i + (isDynamic ? 1 : 3), count: 2)
                let results = try unsigned(i + (isDynamic ? 3 : 5), count: 2)
                instr = Instr(
                    isStatic ? (isDynamic ? .staticCallDynamic : .staticCall) : (isDynamic ? .callDynamic : .call))
                var k = results + 1
                if isDynamic {
                    instr.b = r(k)  // function pointer
                    k += 1
                } else {
                    instr.imm = Int32(try unsigned(i + 1, count: 2))
                }
                instr.c = r(k)  // gas limit
                instr.d = r(k + 1)  // address
                k += 2
                if !isStatic {
                    instr.e = r(k)  // value
                    k += 1
                }
                instr.list = Int32(operands.count)
                operands.append(contentsOf: regs[0...results])
                operands.append(contentsOf: regs[k..<k + arguments])
                instr.resultCount = Int32(results + 1)
                instr.argumentCount = Int32(arguments)
            case 250:
                instr = Instr(.callAddress)
                instr.a = r(0)
                instr.b = r(1)
                instr.imm = Int32(try unsigned(i + 1, count: 2))
            case 240, 241:
                let arguments = registerCount - (opcode == 240 ? 3 : 4)
                instr = Instr(opcode == 240 ? .create : .copyCreate)
                instr.a = r(0)
                instr.b = r(1)
                instr.c = r(2)  // value
                if opcode == 240 {
                    instr.imm = Int32(try unsigned(i + 1, count: 2))
                } else {
                    instr.d = r(3)  // code address
                }
                let first = opcode == 240 ? 3 : 4
                instr.list = Int32(operands.count)
                operands.append(contentsOf: regs[first..<first + arguments])
                instr.argumentCount = Int32(arguments)
            case 160, 161, 162, 163, 164:
                instr = Instr(.log)
                instr.a = r(0)
                instr.imm = Int32(opcode - 160)
                instr.list = Int32(operands.count)
                operands.append(contentsOf: regs[1...])
            default:
                guard let kind = ProgramDecoder.simpleKinds[opcode] else {
                    throw DecodeFailure(kind: .badOpcode(opcode), offset: i)
                }
                instr = Instr(kind)
                if registerCount > 0 { instr.a = r(0) }
                if registerCount > 1 { instr.b = r(1) }
                if registerCount > 2 { instr.c = r(2) }
                if registerCount > 3 { instr.d = r(3) }
            }
            code.append(instr)
            i = fieldStart + fieldBytes
        }
        code.append(Instr(.ret))  // falling off the end is `ret void` (iele.md, execution cycle)
        for jump in jumps {
            // A jump to a label the function lacks cannot be well-formed; it lands on an `invalid`.
            if let target = labels[jump.label] {
                code[jump.instruction].imm = Int32(target)
            } else {
                code[jump.instruction].imm = Int32(code.count)
            }
        }
        if jumps.contains(where: { labels[$0.label] == nil }) { code.append(Instr(.invalid)) }
        return Program.Function(
            name: [], isPublic: false, parameterCount: 0, registerCount: maxRegister + 1, code: code,
            operands: operands)
    }

    /// Opcodes whose operands are plain registers in K order (iele-binary.md `#dasmInstruction`).
    private static let simpleKinds: [UInt8: OpKind] = [
        1: .add, 2: .mul, 3: .sub, 4: .div, 6: .mod, 7: .exp, 8: .addmod, 9: .mulmod, 10: .expmod,
        11: .sext, 12: .twos, 13: .bswap, 15: .ne, 16: .lt, 17: .gt, 18: .le, 19: .ge, 20: .eq,
        21: .iszero, 22: .and, 23: .or, 24: .xor, 25: .not, 26: .byte, 27: .shift, 28: .log2, 32: .sha3,
        48: .address, 49: .balance, 50: .origin, 51: .caller, 52: .callvalue, 56: .codesize, 58: .gasprice,
        59: .extcodesize, 64: .blockhash, 65: .beneficiary, 66: .timestamp, 67: .number, 68: .difficulty,
        69: .gaslimit, 80: .loadBytes, 81: .loadCell, 82: .storeBytes, 83: .storeCell, 84: .sload,
        85: .sstore, 86: .msize, 87: .gas, 96: .move, 247: .revert, 255: .selfdestruct,
    ]
}
