import IeleNumerics
import IeleSyntax

// Small builders for hand-written syntax trees. Every construct gets an explicit line so that
// tests can assert where a diagnostic points.

/// The syntax tree's location type, named apart from Testing's `SourceLocation`.
typealias IeleLocation = IeleSyntax.SourceLocation

func at(_ line: Int, _ column: Int = 1) -> IeleLocation {
    SourceLocation(line: line, column: column)
}

func reg(_ name: Name) -> Operand { .register(name) }
func global(_ name: Name) -> Operand { .global(name) }
func int(_ value: Int) -> Operand { .constant(IeleInt(value)) }

func program(_ contracts: Contract...) -> SourceFile {
    SourceFile(contracts: contracts)
}

func contract(_ name: Name, line: Int = 1, _ definitions: TopLevelDefinition...) -> Contract {
    Contract(name: name, definitions: definitions, location: at(line))
}

/// `define @init(PARAMS) { BLOCKS }`, by default empty.
func initFunction(line: Int = 2, parameters: [Name] = [], blocks: [Block] = []) -> TopLevelDefinition {
    .function(
        FunctionDefinition(name: "init", isPublic: false, parameters: parameters, blocks: blocks, location: at(line)))
}

func function(
    _ name: Name, public isPublic: Bool = false, parameters: [Name] = [], line: Int, _ blocks: Block...
) -> TopLevelDefinition {
    .function(
        FunctionDefinition(
            name: name, isPublic: isPublic, parameters: parameters, blocks: blocks, location: at(line)))
}

func globalDefinition(_ name: Name, _ value: Int, line: Int) -> TopLevelDefinition {
    .global(GlobalDefinition(name: name, value: IeleInt(value), location: at(line)))
}

func external(_ name: Name, line: Int) -> TopLevelDefinition {
    .externalContract(name, location: at(line))
}

func block(_ label: Name? = nil, line: Int, _ instructions: LocatedInstruction...) -> Block {
    Block(label: label, instructions: instructions, location: at(line))
}

/// An instruction at column 5 of `line`.
func line(_ line: Int, _ instruction: Instruction) -> LocatedInstruction {
    LocatedInstruction(instruction, at: at(line, 5))
}
