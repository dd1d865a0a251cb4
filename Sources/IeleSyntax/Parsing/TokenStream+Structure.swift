/// Program structure: contracts, top-level definitions, functions and blocks
/// (iele-syntax.md, "IELE Program Structure").
extension TokenStream {
    mutating func parseSourceFile() throws(ParseError) -> SourceFile {
        var contracts: [Contract] = []
        while true {
            if case .end = current.kind { return SourceFile(contracts: contracts) }
            contracts.append(try parseContract())
        }
    }

    /// `contract NAME [!SIZE] { definitions }`. The reference parser accepts an optional `!N`
    /// size annotation after the name and ignores it; so do we.
    mutating func parseContract() throws(ParseError) -> Contract {
        let location = current.location
        try expectKeyword("contract", "'contract'")
        let name = try parseBareName("a contract name")
        if current.kind == .bang {
            advance()
            guard case .number(let literal) = current.kind, literal.isPlainDecimal else {
                throw unexpected("a contract size after '!'")
            }
            advance()
        }
        try expect(.leftBrace, "'{' after the contract name")
        var definitions: [TopLevelDefinition] = []
        while current.kind != .rightBrace {
            definitions.append(try parseTopLevelDefinition())
        }
        advance()
        return Contract(name: name, definitions: definitions, location: location)
    }

    mutating func parseTopLevelDefinition() throws(ParseError) -> TopLevelDefinition {
        let location = current.location
        switch current.kind {
        case .identifier where current.kind.isKeyword("external"):
            advance()
            try expectKeyword("contract", "'contract' after 'external'")
            let name = try parseBareName("a contract name")
            return .externalContract(name, location: location)
        case .identifier where current.kind.isKeyword("define"):
            return .function(try parseFunction())
        case .global(let name):
            advance()
            try expect(.equals, "'=' after the global name")
            let value = try parseConstant("an integer constant")
            return .global(GlobalDefinition(name: name, value: value, location: location))
        default:
            throw unexpected("'define', 'external contract', a global definition or '}'")
        }
    }

    /// `define [public] @NAME(%a, …) { blocks }`.
    mutating func parseFunction() throws(ParseError) -> FunctionDefinition {
        let location = current.location
        try expectKeyword("define")
        var isPublic = false
        if current.kind.isKeyword("public") {
            isPublic = true
            advance()
        }
        let name = try parseGlobal("a function name '@…'")
        try expect(.leftParen, "'(' after the function name")
        var parameters: [Name] = []
        if current.kind != .rightParen {
            parameters.append(try parseLocal("a parameter '%…' or ')'"))
            while current.kind == .comma {
                advance()
                parameters.append(try parseLocal("a parameter '%…' after ','"))
            }
        }
        try expect(.rightParen, "',' or ')' after a parameter")
        try expect(.leftBrace, "'{' before the function body")
        let blocks = try parseBlocks()
        try expect(.rightBrace, "'}'")
        return FunctionDefinition(
            name: name, isPublic: isPublic, parameters: parameters, blocks: blocks, location: location)
    }

    /// Whether a label `NAME:` starts here. Checked before instructions, so keywords can be labels
    /// (`ret:`), which the reference parser cannot read but the K grammar allows.
    var atLabel: Bool {
        bareName(current) != nil && peek(1).kind == .colon
    }

    /// The blocks of a function body, up to (not including) its `}`. The first block may be
    /// unlabeled; an empty unlabeled first block is left out, so `{}` has no blocks.
    mutating func parseBlocks() throws(ParseError) -> [Block] {
        var blocks: [Block] = []
        var block: Block? = nil
        while current.kind != .rightBrace {
            if atLabel, let label = bareName(current) {
                if let finished = block { blocks.append(finished) }
                block = Block(label: label, instructions: [], location: current.location)
                advance()
                advance()
                continue
            }
            let instruction = try parseInstruction()
            if block == nil { block = Block(label: nil, instructions: [], location: instruction.location) }
            block?.instructions.append(instruction)
        }
        if let finished = block { blocks.append(finished) }
        return blocks
    }
}
