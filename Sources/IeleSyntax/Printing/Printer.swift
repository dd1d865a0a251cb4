/// Writes syntax trees as canonical IELE text (iele-syntax.md).
///
/// The output parses back to an equal tree: names are quoted when they are not plain
/// (`Name.spelling`), constants are decimal, `true`/`false` come back as `1`/`0`, and the layout
/// is fixed (two spaces per level, one instruction per line, labels one level out).
/// Trees the parser could not have produced (an unlabeled block after the first, an empty
/// unlabeled first block, a `create` without two results …) are printed as faithfully as the
/// syntax allows but may not round-trip.
public enum Printer {
    /// The whole file: contracts separated by blank lines, ending with a newline.
    public static func print(_ file: SourceFile) -> String {
        file.contracts.map(print).joined(separator: "\n")
    }

    /// One contract, ending with a newline.
    public static func print(_ contract: Contract) -> String {
        var out = "contract \(contract.name.spelling) {\n"
        var previousWasFunction = false
        for (index, definition) in contract.definitions.enumerated() {
            switch definition {
            case .externalContract(let name, _):
                if previousWasFunction { out += "\n" }
                out += "  external contract \(name.spelling)\n"
                previousWasFunction = false
            case .global(let global):
                if previousWasFunction { out += "\n" }
                out += "  @\(global.name.spelling) = \(global.value)\n"
                previousWasFunction = false
            case .function(let function):
                if index > 0 { out += "\n" }
                out += print(function, indent: "  ")
                previousWasFunction = true
            }
        }
        out += "}\n"
        return out
    }

    /// One function definition, each line prefixed by `indent`, ending with a newline.
    public static func print(_ function: FunctionDefinition, indent: String = "") -> String {
        let parameters = function.parameters.map { "%" + $0.spelling }.joined(separator: ", ")
        var out = indent + "define \(function.isPublic ? "public " : "")@\(function.name.spelling)(\(parameters)) {\n"
        for block in function.blocks {
            if let label = block.label { out += indent + "\(label.spelling):\n" }
            for located in block.instructions {
                out += indent + "  " + print(located.instruction) + "\n"
            }
        }
        out += indent + "}\n"
        return out
    }

    /// One operand: `%r`, `@g` or a decimal constant.
    public static func print(_ operand: Operand) -> String {
        switch operand {
        case .register(let name): return "%" + name.spelling
        case .global(let name): return "@" + name.spelling
        case .constant(let value): return value.description
        }
    }

    /// One instruction on one line, without indentation or newline.
    public static func print(_ instruction: Instruction) -> String {
        switch instruction {
        case .assign(let result, let value):
            return "\(register(result)) = \(print(value))"
        case .load(let result, let cell):
            return "\(register(result)) = load \(print(cell))"
        case .loadBytes(let result, let cell, let offset, let width):
            return "\(register(result)) = load \(list([cell, offset, width]))"
        case .store(let value, let cell):
            return "store \(list([value, cell]))"
        case .storeBytes(let value, let cell, let offset, let width):
            return "store \(list([value, cell, offset, width]))"
        case .sload(let result, let index):
            return "\(register(result)) = sload \(print(index))"
        case .sstore(let value, let index):
            return "sstore \(list([value, index]))"
        case .unary(let operation, let result, let operand):
            return "\(register(result)) = \(operation.rawValue) \(print(operand))"
        case .binary(let operation, let result, let lhs, let rhs):
            return "\(register(result)) = \(operation.rawValue) \(list([lhs, rhs]))"
        case .ternary(let operation, let result, let first, let second, let modulus):
            return "\(register(result)) = \(operation.rawValue) \(list([first, second, modulus]))"
        case .compare(let predicate, let result, let lhs, let rhs):
            return "\(register(result)) = cmp \(predicate.rawValue) \(list([lhs, rhs]))"
        case .jump(let label):
            return "br \(label.spelling)"
        case .conditionalJump(let condition, let label):
            return "br \(print(condition)), \(label.spelling)"
        case .localCall(let results, let function, let arguments):
            return "\(assigning(results))call \(print(function))(\(list(arguments)))"
        case .accountCall(let results, let function, let address, let arguments, let value, let gasLimit):
            let head =
                "\(assigning(results))\(value == nil ? "staticcall" : "call") \(print(function))"
                + " at \(print(address)) (\(list(arguments)))"
            if let value { return head + " send \(print(value)), gaslimit \(print(gasLimit))" }
            return head + " gaslimit \(print(gasLimit))"
        case .callAddress(let result, let function, let address):
            return "\(register(result)) = calladdress @\(function.spelling) at \(print(address))"
        case .ret(let values):
            return values.isEmpty ? "ret void" : "ret \(list(values))"
        case .revert(let value):
            return "revert \(print(value))"
        case .log(let cell, let topics):
            return "log \(list([cell] + topics))"
        case .create(let status, let address, let contract, let arguments, let value):
            return "\(assigning([status, address]))create \(contract.spelling) (\(list(arguments)))"
                + " send \(print(value))"
        case .copyCreate(let status, let address, let source, let arguments, let value):
            return "\(assigning([status, address]))copycreate \(print(source)) (\(list(arguments)))"
                + " send \(print(value))"
        case .selfdestruct(let beneficiary):
            return "selfdestruct \(print(beneficiary))"
        }
    }

    private static func register(_ name: Name) -> String { "%" + name.spelling }

    private static func list(_ operands: [Operand]) -> String {
        operands.map(print).joined(separator: ", ")
    }

    /// `%a, %b = ` before a call, or nothing when there are no results.
    private static func assigning(_ results: [Name]) -> String {
        results.isEmpty ? "" : results.map(register).joined(separator: ", ") + " = "
    }
}
