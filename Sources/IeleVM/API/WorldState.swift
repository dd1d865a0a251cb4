import IeleNumerics

/// One account of the world: what the reference keeps in its `<account>` cell.
public struct Account: Hashable, Sendable {
    public var nonce: IeleInt
    public var balance: IeleInt
    /// Storage cells with a non-zero value; a missing key reads as zero.
    public var storage: [IeleInt: IeleInt]
    /// The deployed bytecode; empty for an account without code.
    public var code: [UInt8]

    public init(nonce: IeleInt = 0, balance: IeleInt = 0, storage: [IeleInt: IeleInt] = [:], code: [UInt8] = []) {
        self.nonce = nonce
        self.balance = balance
        self.storage = storage
        self.code = code
    }
}

/// The whole world state as a value: every account by address.
///
/// IELE addresses are integers (20 bytes on Ethereum-style networks, 32 on Elrond's), so the
/// key is an `IeleInt`.
public struct WorldState: Hashable, Sendable {
    public var accounts: [IeleInt: Account]

    public init(accounts: [IeleInt: Account] = [:]) {
        self.accounts = accounts
    }

    public subscript(address: IeleInt) -> Account? {
        get { accounts[address] }
        set { accounts[address] = newValue }
    }
}
