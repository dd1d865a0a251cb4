import IeleSyntax

/// Walks a contract and the contracts embedded in it without recursion, emitting them in the
/// order of `#dasmContract`: an embedded contract (after its own embedded contracts) as soon as
/// its string-table entry is read, its parent once the parent's functions are decoded.
struct ContractWalker {
    let reader: BytecodeReader
    let limits: DecodeLimits
    /// False to validate only (`#isValidContract`): no names, instructions or trees are built.
    let buildsSyntax: Bool
    /// Register operands and parameters still allowed (`DecodeLimits.operandsPerByte`).
    private var operandBudget: Int
    /// `%0 … %(n-1)`, shared by the parameter lists of all functions.
    private var parameterNames: [Name] = []

    init(reader: BytecodeReader, limits: DecodeLimits, buildsSyntax: Bool = true) {
        self.reader = reader
        self.limits = limits
        self.buildsSyntax = buildsSyntax
        self.operandBudget = buildsSyntax ? limits.operandBudget(forInputSize: reader.bytes.count) : Int.max
    }

    /// A contract whose string table is being read.
    private struct Frame {
        var name: Name
        /// Offset of the 4-byte length field.
        var start: Int
        /// The range given to `#dasmContract` (`N`): the end of `code`.
        var rangeEnd: Int
        /// One past the last byte of the contract (`start + 4 + length`).
        var end: Int
        var cursor: Int
        var registerWidth: Int
        var functionNames: [Int: Name] = [0: "init"]
        var embedded: [Int: Name] = [:]
        var declarations: [TopLevelDefinition] = []
        /// `M` of `#dasmContract`: the index of the next string-table entry.
        var nextIndex = 1
    }

    mutating func walk(name: Name) throws(DecodeError) -> [DecodedContract] {
        var output: [DecodedContract] = []
        var stack = [try open(name: name, at: 0, width: reader.bytes.count)]
        while !stack.isEmpty {
            let top = stack.count - 1
            switch try readEntry(&stack[top]) {
            case .name:
                continue
            case .embedded(let name, let start, let width):
                guard stack.count <= limits.maximumNesting else {
                    throw DecodeError(.nestingTooDeep(limit: limits.maximumNesting), at: start)
                }
                stack.append(try open(name: name, at: start, width: width))
                continue
            case .end:
                break
            }
            let frame = stack.removeLast()
            output.append(try finish(frame))
        }
        return output
    }

    /// Checks a contract header (`#isValidContract`) and starts its frame.
    private func open(name: Name, at start: Int, width: Int) throws(DecodeError) -> Frame {
        let bytes = reader.bytes
        guard width >= 6 else { throw DecodeError(.truncatedHeader, at: start) }
        guard bytes[start + 4] == Opcode.registers.rawValue else {
            throw DecodeError(.badMagic(bytes[start + 4]), at: start + 4)
        }
        let length = reader.unsigned(at: start, count: 4)
        guard length >= 2, length <= UInt64(width - 4) else {
            throw DecodeError(.badContractLength(claimed: length, available: width - 4), at: start)
        }
        return Frame(
            name: name, start: start, rangeEnd: start + width, end: start + 4 + Int(length), cursor: start + 6,
            registerWidth: Int(bytes[start + 5]))
    }

    /// What reading the string table found.
    private enum Entry {
        /// A function name, now in the frame's table.
        case name
        /// An embedded contract to open.
        case embedded(name: Name, start: Int, width: Int)
        /// No more entries: the functions follow.
        case end
    }

    /// Reads one string-table entry (`#isValidStringTable`).
    private func readEntry(_ frame: inout Frame) throws(DecodeError) -> Entry {
        let bytes = reader.bytes
        let offset = frame.cursor
        let available = frame.end - offset
        guard available >= 3 else { return .end }
        let kind = bytes[offset]
        guard kind == Opcode.functionName.rawValue || kind == Opcode.contract.rawValue else { return .end }
        let length = reader.uint16(at: offset + 1)
        guard length <= available - 3 else {
            throw DecodeError(.entryPastEnd(claimed: length, available: available - 3), at: offset)
        }
        let index = frame.nextIndex
        frame.nextIndex += 1
        frame.cursor = offset + 3 + length
        if kind == Opcode.functionName.rawValue {
            if buildsSyntax {
                frame.functionNames[index] = Name(bytes: Array(bytes[(offset + 3)..<(offset + 3 + length)]))
            }
            return .name
        }
        guard length != 0 else { throw DecodeError(.emptyEmbeddedContract, at: offset) }
        guard buildsSyntax else { return .embedded(name: frame.name, start: offset + 3, width: length) }
        let name = InstructionDecoder.join(frame.name, BytecodeReader.numericName(index))
        frame.embedded[index] = name
        frame.declarations.append(.externalContract(name, location: .unknown))
        return .embedded(name: name, start: offset + 3, width: length)
    }

    /// Decodes the functions after the string table (`#isValidFunctions`, `#dasmFunctions`).
    private mutating func finish(_ frame: Frame) throws(DecodeError) -> DecodedContract {
        let decoder = InstructionDecoder(
            reader: reader, registerWidth: frame.registerWidth, limits: limits, functionNames: frame.functionNames,
            contractName: frame.name, embeddedContracts: frame.embedded, buildsSyntax: buildsSyntax)
        var definitions = frame.declarations
        var functions: [DecodedFunction] = []
        var cursor = frame.cursor
        while cursor < frame.end {
            let (definition, function, next) = try decodeFunction(at: cursor, end: frame.end, decoder: decoder)
            definitions.append(.function(definition))
            functions.append(function)
            cursor = next
        }
        let contract = Contract(name: frame.name, definitions: definitions)
        return DecodedContract(
            name: frame.name, contract: contract, offset: frame.start, size: frame.end - frame.start,
            code: reader.bytes[frame.start..<frame.rangeEnd], registerWidth: frame.registerWidth,
            functionNames: frame.functionNames, embeddedContracts: frame.embedded, functions: functions)
    }

    /// One function: header, then items up to the next header or the end of the contract.
    private mutating func decodeFunction(at offset: Int, end: Int, decoder: InstructionDecoder) throws(DecodeError)
        -> (FunctionDefinition, DecodedFunction, Int)
    {
        let bytes = reader.bytes
        let header = bytes[offset]
        guard header == Opcode.functionHeader.rawValue || header == Opcode.publicFunctionHeader.rawValue else {
            throw DecodeError(.expectedFunctionHeader(found: header), at: offset)
        }
        guard end - offset >= 5 else { throw DecodeError(.truncatedFunctionHeader, at: offset) }
        let index = reader.uint16(at: offset + 1)
        let arity = reader.uint16(at: offset + 3)
        let name = decoder.functionNames[index] ?? BytecodeReader.numericName(index)
        if buildsSyntax {
            guard arity <= operandBudget else { throw DecodeError(.tooManyOperands, at: offset) }
            operandBudget -= arity
            while parameterNames.count < arity {
                parameterNames.append(BytecodeReader.numericName(parameterNames.count))
            }
        }
        var cursor = offset + 5
        var largestRegister = -1
        var body = BlockBuilder()
        while cursor < end, bytes[cursor] != Opcode.functionHeader.rawValue,
            bytes[cursor] != Opcode.publicFunctionHeader.rawValue
        {
            let (item, width) = try decoder.decode(
                at: cursor, end: end, largestRegister: &largestRegister, operandBudget: &operandBudget)
            if let item { body.add(item, at: cursor) }
            cursor += width
        }
        if limits.requiresDefinedLabels, let jump = body.undefinedJump {
            throw DecodeError(.undefinedLabel(jump.label), at: jump.offset)
        }
        let definition = FunctionDefinition(
            name: name, isPublic: header == Opcode.publicFunctionHeader.rawValue,
            parameters: buildsSyntax ? Array(parameterNames[0..<arity]) : [], blocks: body.blocks)
        let registerCount = largestRegister == Int.max ? Int.max : largestRegister + 1
        let function = DecodedFunction(
            name: name, index: index, isPublic: definition.isPublic, arity: arity, offset: offset,
            registerCount: registerCount)
        return (definition, function, cursor)
    }
}

/// Groups decoded items into blocks as `#toBlocks` does: items before the first label form an
/// unlabelled block (none if there are no such items), and each label starts a block.
struct BlockBuilder {
    private(set) var blocks: [Block] = []
    private var labels = Set<Int>()
    private var jumps: [(label: Int, offset: Int)] = []

    mutating func add(_ item: DecodedItem, at offset: Int) {
        switch item {
        case .label(let label):
            labels.insert(label)
            blocks.append(Block(label: BytecodeReader.numericName(label), instructions: []))
        case .instruction(let instruction):
            switch instruction {
            case .jump(let label), .conditionalJump(_, let label):
                jumps.append((label.number ?? -1, offset))
            default:
                break
            }
            if blocks.isEmpty { blocks.append(Block(label: nil, instructions: [])) }
            blocks[blocks.count - 1].instructions.append(LocatedInstruction(instruction))
        }
    }

    /// The first jump whose label no block defines.
    var undefinedJump: (label: Int, offset: Int)? {
        jumps.first { !labels.contains($0.label) }
    }
}
