import IeleSyntax

/// Why a source file cannot be assembled, and where: the contract, the function (when inside
/// one) and the source location of the offending construct.
public struct AssembleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// The file has no contract.
        case noContract
        /// A global name (`@x`) is neither a global constant nor a function of the contract.
        case undefinedGlobal(Name)
        /// A jump names a label that no block of the function defines.
        case undefinedLabel(Name)
        /// `create` names a contract that is not declared `external contract` here.
        case undeclaredContract(Name)
        /// `external contract X` where no earlier contract of the file is named X.
        case missingExternalContract(Name)
        /// A builtin called with the wrong number of results or arguments.
        case builtinMisuse(Name, expectedResults: Int, expectedArguments: Int)
        /// An account call (`call … at …` / `staticcall`) needs at least the status result.
        case missingStatusResult
        /// `log` takes a cell and at most four topics.
        case tooManyLogTopics(Int)
        /// A register or label named `iele.*`: the assembler reserves those names.
        case reservedName(Name)
        /// A numeric register, label or function name too large for the encoding.
        case numberTooLarge(Name)
        /// A count, length or index does not fit the 16-bit (or 32-bit) field of the encoding.
        case fieldOverflow(String, Int)
    }

    public var kind: Kind
    public var contract: Name?
    public var function: Name?
    public var location: SourceLocation

    public init(_ kind: Kind, contract: Name? = nil, function: Name? = nil, location: SourceLocation = .unknown) {
        self.kind = kind
        self.contract = contract
        self.function = function
        self.location = location
    }

    public var description: String {
        var place: [String] = []
        if let contract { place.append("contract \(contract)") }
        if let function { place.append("function @\(function)") }
        if location.line > 0 { place.append("at \(location)") }
        let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
        return prefix + message
    }

    private var message: String {
        switch kind {
        case .noContract: "the file has no contract"
        case .undefinedGlobal(let name): "undefined global @\(name)"
        case .undefinedLabel(let name): "undefined label \(name)"
        case .undeclaredContract(let name): "contract \(name) is not declared as an external contract"
        case .missingExternalContract(let name): "external contract \(name) is not defined earlier in the file"
        case .builtinMisuse(let name, let results, let arguments):
            "builtin @\(name) takes \(arguments) argument(s) and returns \(results) result(s)"
        case .missingStatusResult: "an account call needs a status result"
        case .tooManyLogTopics(let n): "log takes at most 4 topics, not \(n)"
        case .reservedName(let name): "names beginning with iele. are reserved: \(name)"
        case .numberTooLarge(let name): "number too large for the encoding: \(name)"
        case .fieldOverflow(let field, let value): "\(field) \(value) does not fit its field in the bytecode"
        }
    }
}
