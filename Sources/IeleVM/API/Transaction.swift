import IeleNumerics

/// A transaction: a call of a public function of an account, or the creation of a contract.
public struct Transaction: Hashable, Sendable {
    public var from: IeleInt
    /// The called account; nil creates a contract from `contractCode`.
    public var to: IeleInt?
    /// The called function's name (without `@`); ignored for a create, which runs `@init`.
    public var function: String
    public var arguments: [IeleInt]
    /// The bytecode to deploy, for a create.
    public var contractCode: [UInt8]
    public var value: IeleInt
    public var gasLimit: IeleInt
    public var gasPrice: IeleInt
    public var nonce: IeleInt

    public init(
        from: IeleInt, to: IeleInt?, function: String = "", arguments: [IeleInt] = [], contractCode: [UInt8] = [],
        value: IeleInt = 0, gasLimit: IeleInt, gasPrice: IeleInt = 0, nonce: IeleInt = 0
    ) {
        self.from = from
        self.to = to
        self.function = function
        self.arguments = arguments
        self.contractCode = contractCode
        self.value = value
        self.gasLimit = gasLimit
        self.gasPrice = gasPrice
        self.nonce = nonce
    }
}
