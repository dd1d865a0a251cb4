import IeleNumerics

/// Instructions (iele-syntax.md, "Instructions"). An instruction either starts with its result
/// registers (`%a, %b = …`) or with a keyword (`store`, `br`, `call`, …).
extension TokenStream {
    mutating func parseInstruction() throws(ParseError) -> LocatedInstruction {
        let location = current.location
        let instruction: Instruction
        switch current.kind {
        case .local:
            instruction = try parseInstructionWithResults()
        case .identifier(let bytes):
            instruction = try parseInstructionWithoutResults(String(decoding: bytes, as: UTF8.self))
        default:
            throw unexpected("an instruction or a label")
        }
        return LocatedInstruction(instruction, at: location)
    }

    // MARK: - Instructions without results

    private mutating func parseInstructionWithoutResults(_ keyword: String) throws(ParseError) -> Instruction {
        let location = current.location
        switch keyword {
        case "store":
            advance()
            let operands = try parseOperandList()
            switch operands.count {
            case 2: return .store(value: operands[0], cell: operands[1])
            case 4: return .storeBytes(value: operands[0], cell: operands[1], offset: operands[2], width: operands[3])
            default:
                throw error(
                    .wrongOperandCount(
                        instruction: "store", expected: "2 or 4 operands",
                        found: operands.count), at: location)
            }
        case "sstore":
            let operands = try fixedOperands(keyword, count: 2)
            return .sstore(value: operands[0], index: operands[1])
        case "revert":
            return .revert(value: try fixedOperands(keyword, count: 1)[0])
        case "selfdestruct":
            return .selfdestruct(beneficiary: try fixedOperands(keyword, count: 1)[0])
        case "log":
            advance()
            let operands = try parseOperandList()
            guard operands.count <= 5 else {
                throw error(
                    .wrongOperandCount(
                        instruction: "log", expected: "a cell and at most 4 topics",
                        found: operands.count), at: location)
            }
            return .log(cell: operands[0], topics: Array(operands.dropFirst()))
        case "ret":
            advance()
            if current.kind.isKeyword("void") {
                advance()
                return .ret(values: [])
            }
            return .ret(values: try parseOperandList())
        case "br":
            return try parseBranch()
        case "call":
            return try parseCall(results: [], location: location)
        default:
            if atLabel { throw unexpected("an instruction") }
            throw error(.unknownInstruction(keyword), at: location)
        }
    }

    /// `br LABEL` or `br OPERAND, LABEL`. A label can look like an operand (`br 5`, `br true`),
    /// so a following comma decides.
    private mutating func parseBranch() throws(ParseError) -> Instruction {
        advance()
        if peek(1).kind == .comma, let condition = operand(current) {
            advance()
            advance()
            return .conditionalJump(condition: condition, label: try parseBareName("a label after ','"))
        }
        if bareName(current) == nil, operand(current) != nil {
            advance()
            throw unexpected("',' after the condition of 'br'")
        }
        return .jump(label: try parseBareName("a label or a condition operand"))
    }

    // MARK: - Instructions with results

    private mutating func parseInstructionWithResults() throws(ParseError) -> Instruction {
        let resultsLocation = current.location
        var results = [try parseLocal("a register")]
        while current.kind == .comma {
            advance()
            results.append(try parseLocal("a register after ','"))
        }
        try expect(.equals, results.count == 1 ? "'=' or ',' after the register" : "'=' after the registers")
        let location = current.location
        guard case .identifier(let bytes) = current.kind, constant(current) == nil else {
            let result = try single(results, "assignment", at: resultsLocation)
            return .assign(result: result, value: try parseOperand("an operand or an instruction after '='"))
        }
        let keyword = String(decoding: bytes, as: UTF8.self)
        if let operation = UnaryOperation(rawValue: keyword) {
            let result = try single(results, keyword, at: resultsLocation)
            let operands = try fixedOperands(keyword, count: 1)
            return .unary(operation, result: result, operand: operands[0])
        }
        if let operation = BinaryOperation(rawValue: keyword) {
            let result = try single(results, keyword, at: resultsLocation)
            let operands = try fixedOperands(keyword, count: 2)
            return .binary(operation, result: result, lhs: operands[0], rhs: operands[1])
        }
        if let operation = TernaryOperation(rawValue: keyword) {
            let result = try single(results, keyword, at: resultsLocation)
            let operands = try fixedOperands(keyword, count: 3)
            return .ternary(operation, result: result, first: operands[0], second: operands[1], modulus: operands[2])
        }
        switch keyword {
        case "load":
            advance()
            let result = try single(results, keyword, at: resultsLocation)
            let operands = try parseOperandList()
            switch operands.count {
            case 1: return .load(result: result, cell: operands[0])
            case 3: return .loadBytes(result: result, cell: operands[0], offset: operands[1], width: operands[2])
            default:
                throw error(
                    .wrongOperandCount(
                        instruction: "load", expected: "1 or 3 operands",
                        found: operands.count), at: location)
            }
        case "sload":
            let result = try single(results, keyword, at: resultsLocation)
            return .sload(result: result, index: try fixedOperands(keyword, count: 1)[0])
        case "cmp":
            advance()
            let result = try single(results, keyword, at: resultsLocation)
            guard case .identifier(let word) = current.kind,
                let predicate = Predicate(rawValue: String(decoding: word, as: UTF8.self))
            else { throw unexpected("a predicate (lt, le, gt, ge, eq, ne) after 'cmp'") }
            let operands = try fixedOperands("cmp " + predicate.rawValue, count: 2)
            return .compare(predicate, result: result, lhs: operands[0], rhs: operands[1])
        case "call":
            return try parseCall(results: results, location: location)
        case "staticcall":
            return try parseStaticCall(results: results)
        case "calladdress":
            advance()
            let result = try single(results, keyword, at: resultsLocation)
            let function = try parseGlobal("a function name '@…' after 'calladdress'")
            try expectKeyword("at", "'at' after the function name")
            return .callAddress(result: result, function: function, address: try parseOperand())
        case "create", "copycreate":
            return try parseCreate(keyword, results: results, location: location)
        default:
            throw error(.unknownInstruction(keyword), at: location)
        }
    }

    /// The single result register of an instruction that has exactly one.
    private func single(_ results: [Name], _ instruction: String, at location: SourceLocation)
        throws(ParseError) -> Name
    {
        guard results.count == 1, let result = results.first else {
            throw error(
                .wrongResultCount(
                    instruction: instruction, expected: "exactly one result register",
                    found: results.count), at: location)
        }
        return result
    }

    /// Skips the keyword, then reads exactly `count` comma-separated operands.
    private mutating func fixedOperands(_ instruction: String, count: Int) throws(ParseError) -> [Operand] {
        let location = current.location
        advance()
        let operands = try parseOperandList()
        guard operands.count == count else {
            let expected = count == 1 ? "1 operand" : "\(count) operands"
            throw error(
                .wrongOperandCount(instruction: instruction, expected: expected, found: operands.count),
                at: location)
        }
        return operands
    }

    // MARK: - Calls and creation

    /// `call F(ARGS)` (local, builtin or through a function pointer) or
    /// `call F at A (ARGS) send V, gaslimit G` (account call); the cursor is on `call`.
    private mutating func parseCall(results: [Name], location: SourceLocation) throws(ParseError) -> Instruction {
        advance()
        let function = try parseOperand("a function '@…' or '%…' after 'call'")
        guard current.kind.isKeyword("at") else {
            return .localCall(results: results, function: function, arguments: try parseArguments())
        }
        guard !results.isEmpty else { throw error(.missingCallStatus, at: location) }
        advance()
        let address = try parseOperand("an address operand after 'at'")
        let arguments = try parseArguments()
        try expectKeyword("send", "'send' after the arguments of an account call")
        let value = try parseOperand("a value operand after 'send'")
        try expect(.comma, "',' before 'gaslimit'")
        try expectKeyword("gaslimit", "'gaslimit'")
        let gasLimit = try parseOperand("a gas operand after 'gaslimit'")
        return .accountCall(
            results: results, function: function, address: address, arguments: arguments,
            value: value, gasLimit: gasLimit)
    }

    /// `%s, %r… = staticcall F at A (ARGS) gaslimit G`; the cursor is on `staticcall`.
    private mutating func parseStaticCall(results: [Name]) throws(ParseError) -> Instruction {
        advance()
        let function = try parseOperand("a function '@…' or '%…' after 'staticcall'")
        try expectKeyword("at", "'at' after the function of a staticcall")
        let address = try parseOperand("an address operand after 'at'")
        let arguments = try parseArguments()
        try expectKeyword("gaslimit", "'gaslimit' after the arguments of a staticcall")
        let gasLimit = try parseOperand("a gas operand after 'gaslimit'")
        return .accountCall(
            results: results, function: function, address: address, arguments: arguments,
            value: nil, gasLimit: gasLimit)
    }

    /// `%s, %a = create NAME (ARGS) send V` and `%s, %a = copycreate SRC (ARGS) send V`.
    private mutating func parseCreate(_ keyword: String, results: [Name], location: SourceLocation)
        throws(ParseError) -> Instruction
    {
        guard results.count == 2 else {
            throw error(
                .wrongResultCount(
                    instruction: keyword, expected: "two result registers (status, address)",
                    found: results.count), at: location)
        }
        advance()
        if keyword == "create" {
            let contract = try parseBareName("a contract name after 'create'")
            let arguments = try parseArguments()
            try expectKeyword("send", "'send' after the arguments of 'create'")
            let value = try parseOperand("a value operand after 'send'")
            return .create(
                status: results[0], address: results[1], contract: contract, arguments: arguments,
                value: value)
        }
        let source = try parseOperand("a source address operand after 'copycreate'")
        let arguments = try parseArguments()
        try expectKeyword("send", "'send' after the arguments of 'copycreate'")
        let value = try parseOperand("a value operand after 'send'")
        return .copyCreate(
            status: results[0], address: results[1], source: source, arguments: arguments,
            value: value)
    }
}
