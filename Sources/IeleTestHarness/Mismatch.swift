import IeleNumerics

/// One difference between what a test expects and what the machine did.
public struct Mismatch: Hashable, Sendable, CustomStringConvertible {
    /// A checked field of a transaction's result (`results[i]`).
    public enum ResultField: String, Hashable, Sendable {
        case output = "out"
        case status
        case gasLeft = "gas"
        case logs
        case refund
    }

    /// A checked part of an account of `postState`.
    public enum AccountField: Hashable, Sendable {
        /// The account is expected but absent, or present but not expected.
        case existence
        case nonce
        case balance
        case code
        /// One storage cell (zero-valued cells count as absent).
        case storage(key: IeleInt)
    }

    /// Where the difference is.
    public enum Location: Hashable, Sendable {
        /// Transaction `index` of block `block` (both from 0).
        case result(block: Int, transaction: Int, field: ResultField)
        /// A result listed without a transaction, or a transaction without a result.
        case resultCount(block: Int)
        case account(address: IeleInt, field: AccountField)
    }

    public var location: Location
    /// The expected value, as text (hex where the test writes hex).
    public var expected: String
    public var actual: String
    /// For a result field, the function the transaction called (`init` for a creation), so a failure
    /// line names it.
    public var function: String?

    public init(_ location: Location, expected: String, actual: String, function: String? = nil) {
        self.location = location
        self.expected = expected
        self.actual = actual
        self.function = function
    }

    /// `block 0 tx 2 @transfer status: expected 0 SUCCESS, got 1 FUNC_NOT_FOUND`.
    public var description: String {
        let place = Mismatch.describe(location)
        guard let function, case .result(let block, let transaction, let field) = location else {
            return "\(place): expected \(expected), got \(actual)"
        }
        return "block \(block) tx \(transaction) @\(function) \(field.rawValue): expected \(expected), got \(actual)"
    }

    static func describe(_ location: Location) -> String {
        switch location {
        case .result(let block, let transaction, let field):
            return "block \(block) tx \(transaction) \(field.rawValue)"
        case .resultCount(let block):
            return "block \(block) number of results"
        case .account(let address, let field):
            let account = "account \(address.hexString)"
            switch field {
            case .existence: return account
            case .nonce: return account + " nonce"
            case .balance: return account + " balance"
            case .code: return account + " code"
            case .storage(let key): return account + " storage[\(key.hexString)]"
            }
        }
    }
}
