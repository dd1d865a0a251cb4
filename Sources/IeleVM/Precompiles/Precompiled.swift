import IeleCrypto
import IeleNumerics

/// The precompiled contracts at address 1 (iele.md "Precompiled Contract"), chosen by function
/// name (`call @iele.sha256 at 1(…)`) or by function pointer 1–7 (`<funcLabels>` of `#precompiled`).
///
/// Each runs without a frame: `#memory` is nothing, `#compute` its cost from the arguments, then
/// it ends with its output, or USER_ERROR for arguments the K rule rejects.
struct Precompiled {
    static let address: IeleInt = 1

    let name: [UInt8]
    let parameterCount: Int
    /// `#compute [ OP , SCHED ]`.
    let cost: @Sendable (GasSchedule, [IeleInt]) -> Int
    /// `#exec OP`: the output, or nil for USER_ERROR.
    let run: @Sendable ([IeleInt]) -> [IeleInt]?

    /// The seven contracts in `<funcLabels>` order (function pointer = index + 1).
    static let all: [Precompiled] = [.ecrec, .sha256, .rip160, .id, .ecadd, .ecmul, .ecpairing]

    static func named(_ name: [UInt8]) -> Precompiled? { all.first { $0.name == name } }

    static func labelled(_ label: IeleInt) -> Precompiled? {
        guard let l = label.asInt, l >= 1, l <= all.count else { return nil }
        return all[l - 1]
    }

    /// `bytesInWords(maxInt(LEN, intSize(DATA)))`, the data size the hash precompiles pay for.
    static func hashedWords(_ arguments: [IeleInt]) -> Int {
        bytesInWords(Swift.max(saturatedInt(arguments[0]), arguments[1].words))
    }

    /// The digest of `Int2Bytes(LEN, DATA, BE)` for the hash precompiles, or nil when either is
    /// negative (or LEN above 2^30).
    ///
    /// Memory bound: the string is never built. LEN is the transaction's choice and is not memory
    /// the gas rules count (`#memory` of a precompile is nothing), so building it let 4M gas
    /// allocate 1 GiB. Its bytes go to `digest` in pieces of `IeleInt.byteChunkCount` bytes (zero
    /// padding from one zeroed piece, then DATA's bytes read from its limbs), so the buffer is one
    /// piece whatever LEN.
    ///
    /// nil also when libcrypto cannot hash (`CryptoLibraryFailure`, which no input causes): the
    /// semantics has no outcome for a broken host library, and the call failing beats the process
    /// stopping.
    static func hashInput(
        _ arguments: [IeleInt],
        _ digest: (_ feed: ((UnsafeRawBufferPointer) -> Void) -> Void) throws(CryptoLibraryFailure) -> [UInt8]
    ) -> [UInt8]? {
        guard !arguments[0].isNegative, !arguments[1].isNegative, let length = arguments[0].asInt,
            length <= 1 << 30
        else { return nil }
        return try? digest { update in arguments[1].forEachBigEndianChunk(count: length, update) }
    }
}

extension Machine {
    /// `#call` to address 1: `#callWithCode … #precompiled`, run at once.
    mutating func callPrecompiled(
        from: IeleInt, callee: Callee, gas: Int, value: IeleInt, arguments: [IeleInt], completion: Completion
    ) -> CallEntry {
        let worldCheckpoint = world.checkpoint
        let substate = substateCheckpoint
        func finish(_ halt: Halt, gasLeft: Int = gas) -> CallEntry {
            .done(
                Immediate(
                    halt: halt, gasLeft: gasLeft, completion: completion, worldCheckpoint: worldCheckpoint,
                    substateCheckpoint: substate))
        }
        var contract: Precompiled?
        switch callee {
        case .name(let name): contract = Precompiled.named(name)
        case .label(let label):
            guard let found = Precompiled.labelled(label) else { return finish(.exception(.functionNotFound)) }
            contract = found
        }
        if let status = transfer(from: from, to: Precompiled.address, value: value) {
            return finish(.exception(status))
        }
        output = []
        // `#precompiled` has no <programSize>, so an unknown name is CONTRACT_NOT_FOUND.
        guard let contract else { return finish(.exception(.contractNotFound)) }
        guard contract.parameterCount == arguments.count else { return finish(.exception(.functionWrongSignature)) }
        let cost = contract.cost(schedule, arguments)
        // A negative K cost comes only from arguments that `#exec` then rejects (ecpairing's
        // negative LEN); K would add it to the gas. It is USER_ERROR before any charge, so it
        // never can: the status those arguments get anyway, and an exception keeps no gas.
        guard cost >= 0 else { return finish(.exception(.userError)) }
        guard gas >= cost else { return finish(.exception(.outOfGas)) }
        guard let result = contract.run(arguments) else { return finish(.exception(.userError)) }
        output = result
        return finish(.end, gasLeft: gas - cost)
    }
}
