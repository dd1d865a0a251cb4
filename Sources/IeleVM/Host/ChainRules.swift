import IeleCrypto
import IeleNumerics

/// Everything that differs between IELE networks, as data: the interpreter's handlers read these
/// values and never ask which network they run on (ARCHITECTURE.md "Boundaries that matter").
///
/// ``danse``, ``albe`` and ``default`` are the reference networks (iele-gas.md schedules, data.md
/// addresses). A network with other choices, such as Elrond's (32-byte addresses, contracts
/// starting at nonce 0), is a value built with the memberwise initializer.
public struct ChainRules: Hashable, Sendable {
    /// How a new contract's address is computed from its creator and the creator's nonce.
    public enum AddressDerivation: Hashable, Sendable {
        /// data.md `#newAddr`: the last ``ChainRules/addressWidth`` bytes of
        /// Keccak-256(rlp([creator as `addressWidth` big-endian bytes, nonce])).
        case keccakOfCreatorAndNonce
    }

    /// When an account counts as new, for the `Gnewaccount` part of a call or self-destruct.
    public enum AccountExistence: Hashable, Sendable {
        /// iele.md `#accountEmpty`: an account with no code, nonce 0 and balance 0 counts as new,
        /// whether or not the world has it (the reference).
        case nonEmpty
        /// An account counts as new only when the world does not have it.
        case present
    }

    /// Who charges the intrinsic gas `G0` of a transaction (iele-gas.md `G0`).
    public enum IntrinsicGasCharging: Hashable, Sendable {
        /// The VM subtracts `G0` from the gas limit before running (iele-testing.md `loadTx`).
        case byVM
        /// The node has charged it already; the VM runs with the whole gas limit.
        case byHost
    }

    /// The gas schedule every transaction is charged under.
    public var scheduleName: GasScheduleName
    /// Bytes in an address: 20 on the reference networks, 32 on Elrond's. Clamped to 8…32 (an
    /// address is at most a Keccak-256 hash, and at least a machine word, which `#addr` relies on).
    public var addressWidth: Int {
        didSet {
            addressWidth = Self.clamped(addressWidth)
            addressMask = Self.mask(width: addressWidth)
        }
    }
    public var addressDerivation: AddressDerivation
    /// The nonce a new contract account gets (iele.md `#mkCreate`: 0 + 1 on the reference networks).
    public var contractStartNonce: IeleInt
    public var accountExistence: AccountExistence
    public var intrinsicGas: IntrinsicGasCharging

    public init(
        scheduleName: GasScheduleName, addressWidth: Int = 20,
        addressDerivation: AddressDerivation = .keccakOfCreatorAndNonce, contractStartNonce: IeleInt = 1,
        accountExistence: AccountExistence = .nonEmpty, intrinsicGas: IntrinsicGasCharging = .byVM
    ) {
        self.scheduleName = scheduleName
        self.addressWidth = Self.clamped(addressWidth)
        self.addressMask = Self.mask(width: self.addressWidth)
        self.addressDerivation = addressDerivation
        self.contractStartNonce = contractStartNonce
        self.accountExistence = accountExistence
        self.intrinsicGas = intrinsicGas
    }

    /// The reference network of `schedule`.
    public init(schedule: GasScheduleName) {
        self.init(scheduleName: schedule)
    }

    /// The DANSE network (the reference's current schedule).
    public static let danse = ChainRules(scheduleName: .danse)
    /// The ALBE network.
    public static let albe = ChainRules(scheduleName: .albe)
    /// The reference's DEFAULT schedule.
    public static let `default` = ChainRules(scheduleName: .default)

    /// The gas costs of ``scheduleName``.
    public var gasSchedule: GasSchedule { GasSchedule(scheduleName) }

    /// 2^(8 × addressWidth) − 1: K `#addr(W) = W modInt 2^160` is `W & mask` in two's complement.
    /// Stored (kept in step with `addressWidth`), because every transaction reads it and computing
    /// it is big-integer arithmetic.
    public private(set) var addressMask: IeleInt

    private static func mask(width: Int) -> IeleInt {
        (IeleInt.one.shiftedLeft(by: 8 * width) ?? .zero) - .one
    }

    /// The address of the contract `creator` creates when its nonce is `nonce`.
    public func newAddress(creator: IeleInt, nonce: IeleInt) -> IeleInt {
        switch addressDerivation {
        case .keccakOfCreatorAndNonce:
            let encoded = RLPItem.list([
                .bytes(creator.bigEndianBytes(count: addressWidth)), .bytes(nonce.unsignedBigEndianBytes ?? []),
            ]).encoded
            let hash = Keccak256.hash(encoded)
            return IeleInt(bigEndianUnsigned: hash[(hash.count - addressWidth)...])
        }
    }

    private static func clamped(_ width: Int) -> Int { Swift.min(Swift.max(width, 8), 32) }
}
