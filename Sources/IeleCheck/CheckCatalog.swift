import IeleSyntax

// The one catalog of the checker's texts: rule identifiers, explanations and the messages of
// diagnostics. Nothing else in IeleCheck spells user-facing text.

extension CheckRule {
    /// A short, stable identifier, printed in brackets after a diagnostic (`[duplicate-label]`).
    public var identifier: String {
        switch self {
        case .noContracts: "no-contracts"
        case .duplicateContract: "duplicate-contract"
        case .reservedName: "reserved-name"
        case .unknownExternalContract: "unknown-external-contract"
        case .duplicateExternalContract: "duplicate-external-contract"
        case .missingInit: "missing-init"
        case .duplicateDefinition: "duplicate-definition"
        case .publicInit: "public-init"
        case .parameterNames: "parameter-names"
        case .reservedRegister: "reserved-register"
        case .duplicateLabel: "duplicate-label"
        case .undefinedLabel: "undefined-label"
        case .unlabeledBlock: "unlabeled-block"
        case .undefinedFunction: "undefined-function"
        case .callToConstant: "call-to-constant"
        case .invalidCallee: "invalid-callee"
        case .argumentCount: "argument-count"
        case .resultCount: "result-count"
        case .returnCount: "return-count"
        case .initCall: "init-call"
        case .missingCallStatus: "missing-call-status"
        case .undeclaredContract: "undeclared-contract"
        case .logTopicCount: "log-topic-count"
        case .undefinedGlobal: "undefined-global"
        }
    }

    /// The rule in words a contract author understands.
    public var explanation: String {
        switch self {
        case .noContracts:
            "a program must contain at least one contract"
        case .duplicateContract:
            "each contract of a program must have a different name"
        case .reservedName:
            "names starting with \"iele.\" are reserved for the language's builtins and cannot be defined"
        case .unknownExternalContract:
            "an external contract must be defined earlier in the same program (or be the contract itself)"
        case .duplicateExternalContract:
            "a contract may declare each external contract only once"
        case .missingInit:
            "every contract must define the function @init, which runs when the contract is created"
        case .duplicateDefinition:
            "globals and functions of a contract share one namespace, and each name may be defined only once"
        case .publicInit:
            "@init runs only when the contract is created and cannot be public"
        case .parameterNames:
            "parameters must be either all named, or all numbered %0, %1, %2, ... in order"
        case .reservedRegister:
            "registers whose names start with \"iele.\" are reserved and cannot be written to"
        case .duplicateLabel:
            "each block label may appear only once in a function"
        case .undefinedLabel:
            "a jump must target a label of a block of the same function"
        case .unlabeledBlock:
            "every block of a function except the first must start with a label"
        case .undefinedFunction:
            "a local call must name a function of the contract or a builtin that can be called locally"
        case .callToConstant:
            "a local call must name a function, not a global constant"
        case .invalidCallee:
            "a local call must name a function (@name) or a register holding a function (%name)"
        case .argumentCount:
            "a local call must pass exactly as many arguments as the function takes"
        case .resultCount:
            "a local call must assign exactly as many results as the function returns"
        case .returnCount:
            "every ret of a function must return the same number of values, the number its callers assign, "
                + "and @init returns nothing"
        case .initCall:
            "under the ALBE schedule @init cannot be called from within the contract"
        case .missingCallStatus:
            "a call to another account must assign its status to a register"
        case .undeclaredContract:
            "create can only create contracts declared with 'external contract'"
        case .logTopicCount:
            "log takes at most four topics"
        case .undefinedGlobal:
            "a global operand must name a global constant or a function of the contract"
        }
    }

    /// Where the rule comes from in the reference.
    public var origin: CheckRuleOrigin {
        switch self {
        case .unlabeledBlock, .invalidCallee, .missingCallStatus, .logTopicCount, .noContracts: .syntax
        case .undefinedGlobal: .assembler
        default: .wellFormedness
        }
    }
}

/// The messages of diagnostics: what exactly is wrong, with the names and numbers involved.
enum CheckMessage {
    static func noContracts() -> String {
        "the program contains no contract"
    }

    static func duplicateContract(_ name: Name) -> String {
        "contract \(name.spelling) is already defined earlier in the program"
    }

    static func reservedContractName(_ name: Name) -> String {
        "contract name \(name.spelling) starts with \"iele.\", which is reserved"
    }

    static func reservedGlobalName(_ name: Name) -> String {
        "global name @\(name.spelling) starts with \"iele.\", which is reserved"
    }

    static func reservedFunctionName(_ name: Name) -> String {
        "function name @\(name.spelling) starts with \"iele.\", which is reserved"
    }

    static func unknownExternalContract(_ name: Name) -> String {
        "external contract \(name.spelling) is not defined earlier in the program"
    }

    static func duplicateExternalContract(_ name: Name) -> String {
        "external contract \(name.spelling) is already declared"
    }

    static func missingInit() -> String {
        "the contract does not define @init"
    }

    static func duplicateDefinition(_ name: Name) -> String {
        "@\(name.spelling) is already defined in this contract"
    }

    static func publicInit() -> String {
        "@init is declared public"
    }

    static func numberedParameter(_ name: Name, position: Int) -> String {
        "parameter %\(name.spelling) (position \(position)) should be %\(position): "
            + "numbered parameters must be %0, %1, ... in order"
    }

    static func mixedParameter(_ name: Name, position: Int) -> String {
        "parameter %\(name.spelling) (position \(position)) is numbered, but the first parameter is named"
    }

    static func reservedParameter(_ name: Name) -> String {
        "parameter %\(name.spelling) starts with \"iele.\", which is reserved"
    }

    static func reservedRegister(_ name: Name) -> String {
        "register %\(name.spelling) starts with \"iele.\", which is reserved, and cannot be assigned"
    }

    static func duplicateLabel(_ name: Name) -> String {
        "label \(name.spelling) is already used by another block of this function"
    }

    static func undefinedLabel(_ name: Name) -> String {
        "jump to label \(name.spelling), which no block of this function has"
    }

    static func unlabeledBlock(position: Int) -> String {
        "block \(position + 1) of the function has no label"
    }

    static func undefinedFunction(_ name: Name) -> String {
        name.isReserved
            ? "@\(name.spelling) is not a builtin that can be called locally"
            : "call to @\(name.spelling), which is not a function of this contract"
    }

    static func callToConstant(_ name: Name) -> String {
        "call to @\(name.spelling), which is a global constant, not a function"
    }

    static func invalidCallee() -> String {
        "the callee of a local call is an integer constant"
    }

    static func argumentCount(_ name: Name, expected: Int, given: Int) -> String {
        "call to @\(name.spelling) passes \(count(given, "argument")), but @\(name.spelling) takes \(expected)"
    }

    static func resultCount(_ name: Name, expected: Int, given: Int) -> String {
        "call to @\(name.spelling) assigns \(count(given, "result")), but @\(name.spelling) returns \(expected)"
    }

    static func returnCount(_ function: Name, expected: Int, given: Int) -> String {
        if function == .initializer {
            return "ret returns \(count(given, "value")), but @init returns nothing"
        }
        return "ret returns \(count(given, "value")), but @\(function.spelling) returns \(expected) elsewhere"
    }

    static func initCall() -> String {
        "call to @init, which the ALBE schedule forbids"
    }

    static func missingCallStatus() -> String {
        "the account call assigns no status register"
    }

    static func undeclaredContract(_ name: Name) -> String {
        "create names contract \(name.spelling), which is not declared with 'external contract'"
    }

    static func logTopicCount(_ count: Int) -> String {
        "log has \(count) topics"
    }

    static func undefinedGlobal(_ name: Name) -> String {
        "@\(name.spelling) is neither a global constant nor a function of this contract"
    }

    /// "1 argument", "3 arguments".
    private static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}

extension CheckDiagnostic {
    /// The diagnostic as one line: `file:line:column: contract C, function @f: message [rule-id]`.
    ///
    /// The location is left out when it is unknown (contracts disassembled from bytecode), and
    /// the file name when `fileName` is nil.
    /// - Parameter fileName: the name of the checked source file, if any.
    /// - Returns: the formatted line.
    public func formatted(fileName: String?) -> String {
        var prefix = fileName.map { "\($0):" } ?? ""
        if location.line > 0 { prefix += "\(location.line):\(location.column):" }
        var scope = "contract \(contract.spelling)"
        if let function { scope += ", function @\(function.spelling)" }
        return (prefix.isEmpty ? "" : prefix + " ") + "\(scope): \(message) [\(rule.identifier)]"
    }
}
