import IeleSyntax

/// The type of a global name in a contract (`Type` in well-formedness.md): an integer constant
/// or a function, whose number of results may still be unknown.
enum GlobalType: Hashable, Sendable {
    /// A global constant, `@name = 42` (`int`).
    case constant
    /// A function or builtin (`ints(N) -> RETTYPES`).
    case function(FunctionType)
}

/// A function's arity: how many arguments it takes and how many values it returns.
///
/// IELE values are all integers, so a type is just two counts. `results` is nil while unknown:
/// the reference fixes it at the first `ret` or local call it checks (`unknown => ints(N)`).
struct FunctionType: Hashable, Sendable {
    var arguments: Int
    var results: Int?

    /// The builtins that can be called locally, with their arities (`intrinsicTypes` in
    /// well-formedness.md). Other `iele.*` names (the precompiles) are only account-call targets.
    static let intrinsics: [Name: FunctionType] = [
        "iele.invalid": FunctionType(arguments: 0, results: 0),
        "iele.gas": FunctionType(arguments: 0, results: 1),
        "iele.gasprice": FunctionType(arguments: 0, results: 1),
        "iele.gaslimit": FunctionType(arguments: 0, results: 1),
        "iele.beneficiary": FunctionType(arguments: 0, results: 1),
        "iele.timestamp": FunctionType(arguments: 0, results: 1),
        "iele.number": FunctionType(arguments: 0, results: 1),
        "iele.difficulty": FunctionType(arguments: 0, results: 1),
        "iele.address": FunctionType(arguments: 0, results: 1),
        "iele.origin": FunctionType(arguments: 0, results: 1),
        "iele.caller": FunctionType(arguments: 0, results: 1),
        "iele.callvalue": FunctionType(arguments: 0, results: 1),
        "iele.msize": FunctionType(arguments: 0, results: 1),
        "iele.codesize": FunctionType(arguments: 0, results: 1),
        "iele.blockhash": FunctionType(arguments: 1, results: 1),
        "iele.balance": FunctionType(arguments: 1, results: 1),
        "iele.extcodesize": FunctionType(arguments: 1, results: 1),
    ]
}
