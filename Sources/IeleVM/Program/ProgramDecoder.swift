import IeleBytecode
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
/// Layout: a 4-byte big-endian length, `REGISTERS` with NBITS (bits per register operand), then the
/// string table (`FUNCTION` names and nested `CONTRACT`s), then functions (`CALLDEST` private,
/// `EXTCALLDEST` public: name entry, parameter count), each a run of instructions until the next
/// function. Register operands of an instruction are packed NBITS each into ⌈k·NBITS/8⌉ big-endian
/// bytes, operand 0 in the lowest bits.
///
/// Every fact about an opcode (its byte, immediates, register count) comes from the one opcode
/// table, `Opcode` and its traits in IeleBytecode; `OpKind(decoding:)` says what each becomes.
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
        guard bytes.count >= 6, try byte(4) == Opcode.registers.rawValue, length + 4 <= bytes.count, length >= 2 else {
            throw DecodeFailure(kind: .badHeader, offset: 0)
        }
        let end = 4 + length
        let nbits = Int(try byte(5))
        var position = 6
        var names: [Int: [UInt8]] = [0: Program.initName]
        var contracts: [Int: [UInt8]] = [:]
        var entry = 1
        // String table: `FUNCTION` and `CONTRACT` entries, each a 2-byte length and that many bytes.
        while position < end, let kind = Opcode(rawValue: bytes[position]), kind == .functionName || kind == .contract {
            let count = try unsigned(position + 1, count: 2)
            let start = position + 3
            guard start + count <= end else { throw DecodeFailure(kind: .truncated, offset: position) }
            let slice = Array(bytes[start..<start + count])
            if kind == .functionName {
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
        var headers: [(name: [UInt8], isPublic: Bool, parameters: Int, offset: Int, start: Int)] = []
        // First pass: find function boundaries by decoding instruction widths.
        var cursor = position
        while cursor < end {
            let opcode = Opcode(rawValue: bytes[cursor])
            if let opcode, opcode == .functionHeader || opcode == .publicFunctionHeader {
                let header = try functionHeader(opcode, at: cursor)
                guard cursor + header.width <= end else { throw DecodeFailure(kind: .truncated, offset: cursor) }
                let name = names[header.nameIndex] ?? Array(String(header.nameIndex).utf8)
                guard header.parameters <= operandsLeft else {
                    throw DecodeFailure(kind: .tooManyOperands, offset: cursor)
                }
                operandsLeft -= header.parameters
                let isPublic = opcode == .publicFunctionHeader
                headers.append((name, isPublic, header.parameters, cursor, cursor + header.width))
                cursor += header.width
                continue
            }
            guard !headers.isEmpty else { throw DecodeFailure(kind: .badOpcode(bytes[cursor]), offset: cursor) }
            cursor += try width(at: cursor, nbits: nbits)
            guard cursor <= end else { throw DecodeFailure(kind: .truncated, offset: cursor) }
        }
        var functions: [Program.Function] = []
        for (index, header) in headers.enumerated() {
            let functionEnd = index + 1 < headers.count ? headers[index + 1].offset : end
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

    /// The parts of one function-body instruction, as its row of the opcode table lays them out.
    private struct Layout {
        var opcode: Opcode
        /// `#opCodeWidth`: the opcode byte and its immediates.
        var codeWidth: Int
        /// `#numArgs`: the register operands after the immediates.
        var registerCount: Int
        /// The argument and result counts of call-like opcodes (0 when absent).
        var arguments = 0
        var results = 0
        /// Where the 2-byte label, function or contract index starts (0 when absent); read only once
        /// the instruction is known to fit, so that a short input fails where it always did.
        var indexStart = 0
        /// The bytes of the LOADPOS / LOADNEG constant's magnitude.
        var constant: Range<Int> = 0..<0
    }

    /// What `layout(at:)` reads of an opcode's traits, as plain numbers: where its immediates are
    /// and how its registers are counted. Derived from `Opcode.traits` once per byte value and
    /// holding no fact of its own, so that decoding an instruction copies no `OpcodeTraits`
    /// (a string and an array) and makes no call into IeleBytecode to walk its immediates.
    private struct Form {
        var opcode: Opcode
        var operands: OperandShape
        /// The opcode byte and every fixed-width immediate.
        var fixedWidth = 1
        /// Offsets from the opcode byte of the 2-byte argument count, result count and label,
        /// function or contract index, and of a LOADPOS / LOADNEG constant (0 when absent).
        var argumentsAt = 0
        var resultsAt = 0
        var indexAt = 0
        var constantAt = 0

        /// The form of a function-body opcode; nil for structural entries (headers and string-table
        /// entries, never part of a body) and for immediates a body cannot hold. `ProgramDecoderTests`
        /// checks that every opcode of a body has a form.
        init?(_ opcode: Opcode) {
            let traits = opcode.traits
            guard !traits.isStructural else { return nil }
            self.opcode = opcode
            self.operands = traits.operands
            for immediate in traits.immediates {
                guard constantAt == 0 else { return nil }  // a fixed offset after a constant would move
                switch immediate {
                case .argumentCount: argumentsAt = fixedWidth
                case .resultCount: resultsAt = fixedWidth
                case .label, .function, .contract: indexAt = fixedWidth
                case .constant: constantAt = fixedWidth
                case .registerWidth, .lengthPrefixedBytes: return nil
                }
                fixedWidth += immediate.width ?? 0
            }
        }

        /// Every byte value's form (nil: not an opcode of a function body).
        static let byByte: [Form?] = (0...255).map { Opcode(rawValue: UInt8($0)).flatMap(Form.init) }
    }

    /// `#opCodeWidth` and `#numArgs` of the instruction at `i`, from its opcode's `Form` (the
    /// immediates of `Opcode.traits`, then `operands` for their argument and result counts).
    private func layout(at i: Int) throws(DecodeFailure) -> Layout {
        let byte = try byte(i)
        guard let form = Form.byByte[Int(byte)] else { throw DecodeFailure(kind: .badOpcode(byte), offset: i) }
        var layout = Layout(opcode: form.opcode, codeWidth: form.fixedWidth, registerCount: 0)
        if form.argumentsAt > 0 { layout.arguments = try unsigned(i + form.argumentsAt, count: 2) }
        if form.resultsAt > 0 { layout.results = try unsigned(i + form.resultsAt, count: 2) }
        layout.indexStart = form.indexAt > 0 ? i + form.indexAt : 0
        if form.constantAt > 0 {
            let position = i + form.constantAt
            let (length, offset) = try loadLength(at: position)
            layout.constant = (position + offset)..<(position + offset + length)
            layout.codeWidth += offset + length
        }
        layout.registerCount = form.operands.count(arguments: layout.arguments, results: layout.results)
        return layout
    }

    /// The label, function or contract index of an instruction that fits in the code.
    private func index(of layout: Layout) throws(DecodeFailure) -> Int {
        try unsigned(layout.indexStart, count: 2)
    }

    /// The `CALLDEST` / `EXTCALLDEST` header at `i`: its function's string-table entry and parameter
    /// count, read in the order of the opcode's immediates, and the header's width.
    private func functionHeader(
        _ opcode: Opcode, at i: Int
    ) throws(DecodeFailure) -> (nameIndex: Int, parameters: Int, width: Int) {
        var nameIndex = 0
        var parameters = 0
        var position = i + 1
        for immediate in opcode.traits.immediates {
            let width = immediate.width ?? 0
            switch immediate {
            case .function: nameIndex = try unsigned(position, count: width)
            case .argumentCount: parameters = try unsigned(position, count: width)
            default: break
            }
            position += width
        }
        return (nameIndex, parameters, position - i)
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
        let layout = try layout(at: i)
        return layout.codeWidth + (nbits * layout.registerCount + 7) / 8
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
            let layout = try layout(at: i)
            let opcode = layout.opcode
            let registerCount = layout.registerCount
            let fieldStart = i + layout.codeWidth
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
            if opcode == .label {
                let label = try index(of: layout)
                if labels[label] == nil { labels[label] = code.count }
                i = fieldStart + fieldBytes
                continue
            }
            guard let kind = OpKind(decoding: opcode) else {
                throw DecodeFailure(kind: .badOpcode(opcode.rawValue), offset: i)
            }
            var instr = Instr(kind)
            let arguments = layout.arguments
            let results = layout.results
            switch opcode {
            case .loadPositive, .loadNegative:
                var value = IeleInt(bigEndianUnsigned: bytes[layout.constant])
                if opcode == .loadNegative { value = value.negated() }
                if let small = value.asInt {
                    instr.kind = .loadSmallConstant
                    instr.smallConstant = small
                } else {
                    instr.imm = Int32(constants.count)
                    constants.append(value)
                }
                instr.a = r(0)
            case .br, .brc:
                if opcode == .brc { instr.a = r(0) }
                jumps.append((code.count, try index(of: layout)))
            case .return:
                instr.list = Int32(operands.count)
                instr.argumentCount = Int32(registerCount)
                operands.append(contentsOf: regs)
            case .localCall:
                instr.imm = Int32(try index(of: layout))
                instr.list = Int32(operands.count)
                operands.append(contentsOf: regs[0..<results])
                operands.append(contentsOf: regs[results..<results + arguments])
                instr.resultCount = Int32(results)
                instr.argumentCount = Int32(arguments)
            case .localCallDynamic:
                instr.b = r(results)
                instr.list = Int32(operands.count)
                operands.append(contentsOf: regs[0..<results])
                operands.append(contentsOf: regs[(results + 1)..<(results + 1 + arguments)])
                instr.resultCount = Int32(results)
                instr.argumentCount = Int32(arguments)
            case .call, .callDynamic, .staticCall, .staticCallDynamic:
                let isStatic = opcode == .staticCall || opcode == .staticCallDynamic
                let isDynamic = opcode == .callDynamic || opcode == .staticCallDynamic
                var k = results + 1
                if isDynamic {
                    instr.b = r(k)  // function pointer
                    k += 1
                } else {
                    instr.imm = Int32(try index(of: layout))
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
            case .callAddress:
                instr.a = r(0)
                instr.b = r(1)
                instr.imm = Int32(try index(of: layout))
            case .create, .copyCreate:
                instr.a = r(0)
                instr.b = r(1)
                instr.c = r(2)  // value
                let first: Int
                if opcode == .create {
                    instr.imm = Int32(try index(of: layout))  // the embedded contract
                    first = 3
                } else {
                    instr.d = r(3)  // code address
                    first = 4
                }
                instr.list = Int32(operands.count)
                operands.append(contentsOf: regs[first..<first + arguments])
                instr.argumentCount = Int32(arguments)
            case .log0, .log1, .log2, .log3, .log4:
                instr.a = r(0)
                instr.imm = Int32(registerCount - 1)  // topics
                instr.list = Int32(operands.count)
                operands.append(contentsOf: regs[1...])
            default:
                // Plain registers in K order (iele-binary.md `#dasmInstruction`).
                if registerCount > 0 { instr.a = r(0) }
                if registerCount > 1 { instr.b = r(1) }
                if registerCount > 2 { instr.c = r(2) }
                if registerCount > 3 { instr.d = r(3) }
                // A comparison has three registers, so `d` is free for its predicate.
                if kind.isComparison { instr.comparisonMask = kind.comparisonMask }
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
}
