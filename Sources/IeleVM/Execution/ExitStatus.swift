import IeleNumerics

/// An exceptional end of a contract call: the reference's status codes (iele.md "Exceptions").
///
/// Thrown (typed) by handlers and caught by the interpreter loop, which ends the current account
/// call with it; it never crosses the public API, where it becomes `TransactionResult.status`.
struct ExitStatus: Error, Hashable, Sendable {
    var code: Int

    static let functionNotFound = ExitStatus(code: 1)
    static let functionWrongSignature = ExitStatus(code: 2)
    static let contractNotFound = ExitStatus(code: 3)
    static let userError = ExitStatus(code: 4)
    static let outOfGas = ExitStatus(code: 5)
    static let accountCollision = ExitStatus(code: 6)
    static let outOfFunds = ExitStatus(code: 7)
    static let callStackOverflow = ExitStatus(code: 8)
    static let contractInvalid = ExitStatus(code: 9)
}

/// How an account call ended: K `#end`, `#revert V` or `#exception S`.
enum Halt {
    case end
    case revert(IeleInt)
    case exception(ExitStatus)
}
