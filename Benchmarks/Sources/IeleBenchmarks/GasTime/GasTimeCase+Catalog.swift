extension GasTimeCase {
    /// The baseline every row is compared with: the small-integer add loop (the `sum-loop` workload's
    /// loop in this harness's shape).
    static let addLoop = GasTimeCase(
        family: "baseline", operation: "add (small integers)", sizing: .fixed, setup: ["%r = 0"],
        body: ["%r = add %r, %n"])

    /// Every instruction family, builtin and precompile, in table order; the baseline first.
    static func catalog() -> [GasTimeCase] {
        [addLoop, GasTimeCase(family: "baseline", operation: "empty loop", sizing: .fixed, body: [])]
            + arithmetic + modular + bitwise + comparisons + byteAccess + hashing + localMemory + storage
            + logging + calls + creation + moves + builtins + precompiles
    }

    /// A one-instruction body `%r = OPERATION` with `liveCopies` operand-sized values live.
    private static func sized(
        _ family: String, _ operation: String, live: Int, setup: [String] = [], _ instruction: String,
        _ pricing: GasPricing
    ) -> GasTimeCase {
        GasTimeCase(
            family: family, operation: operation, sizing: .words(liveCopies: live), setup: setup,
            body: [instruction], pricing: pricing)
    }

    private static func price(_ base: ScheduleConstant..., perSize: [ScheduleConstant] = []) -> GasPricing {
        GasPricing(base: base, perSize: perSize)
    }

    /// A formula that charges a constant (or a size unrelated to the work): no constant can follow.
    private static func constant(_ base: ScheduleConstant, _ why: String) -> GasPricing {
        GasPricing(base: [base], formulaBound: why)
    }

    private static let addition = price(.gAdd, perSize: [.gAddWord])
    private static let division = price(.gDiv, perSize: [.gDivWord, .gDivKara])
    private static let bitwiseOp = price(.gBitwise, perSize: [.gBitwiseWord])
    private static let notOp = price(.gNot, perSize: [.gNotWord])
    private static let comparison = price(.gCmp, perSize: [.gCmpWord])

    private static let y = [secondOperand]
    /// `%h`: `%x` shifted right by half its words, a divisor half the dividend's size.
    private static let halfSize = ["%half = mul %w, -32", "%h = shift %x, %half"]
    /// `%z`: `%x` shifted left by one word, so |x| < |z| and z has one word more.
    private static let widerOperand = ["%z = shift %x, 64"]
    private static let modulus = [secondOperand, "%m = sub %x, 999"]
    /// `%v`: `%x` with bit 64w−1 set too, so `sext` to 8w bytes makes it negative (`sext nb, x`
    /// leaves `%x` as it is, which an engine may return without work).
    private static let signBitSet = ["%top = add %bits, 1", "%v = shift 1, %top", "%v = add %v, %x"]

    static let arithmetic: [GasTimeCase] = [
        sized("arithmetic", "add x, y", live: 3, setup: y, "%r = add %x, %y", addition),
        sized("arithmetic", "sub x, y", live: 3, setup: y, "%r = sub %x, %y", addition),
        sized("arithmetic", "mul x, y", live: 4, setup: y, "%r = mul %x, %y", price(.gMul, perSize: [.gMulWord, .gMulKara])),
        sized("arithmetic", "div x, x/2-sized", live: 3, setup: halfSize, "%r = div %x, %h", division),
        sized("arithmetic", "div x, 7", live: 2, "%r = div %x, 7", division),
        sized("arithmetic", "mod x, 7", live: 2, "%r = mod %x, 7", division),
        sized("arithmetic", "div x, z (z one word wider)", live: 3, setup: widerOperand, "%r = div %x, %z",
            constant(.gDiv, "Cdiv of a shorter dividend is Gdiv alone under DANSE")),
        sized("arithmetic", "mod x, z (z one word wider)", live: 3, setup: widerOperand, "%r = mod %x, %z",
            constant(.gDiv, "Cdiv of a shorter dividend is Gdiv alone under DANSE")),
        sized("arithmetic", "exp 3, 40w (w-word result)", live: 2, setup: ["%e = mul %w, 40"], "%r = exp 3, %e",
            price(.gExp, perSize: [.gExpWord, .gExpKara])),
    ]

    static let modular: [GasTimeCase] = [
        sized("modular", "addmod x, y, m", live: 5, setup: modulus, "%r = addmod %x, %y, %m",
            price(.gAdd, .gDiv, perSize: [.gAddWord, .gDivWord, .gDivKara])),
        sized("modular", "mulmod x, y, m", live: 6, setup: modulus, "%r = mulmod %x, %y, %m",
            price(.gMul, .gDiv, perSize: [.gMulWord, .gMulKara, .gDivWord, .gDivKara])),
        sized("modular", "expmod y, 65537, m", live: 5, setup: modulus, "%r = expmod %y, 65537, %m",
            price(.gExpMod, perSize: [.gExpModKara, .gExpModMod, .gExpModExp])),
        sized("modular", "expmod 3, x, 1000003", live: 2, "%r = expmod 3, %x, 1000003",
            price(.gExpMod, perSize: [.gExpModKara, .gExpModMod, .gExpModExp])),
    ]

    static let bitwise: [GasTimeCase] = [
        sized("bitwise", "not x", live: 2, "%r = not %x", notOp),
        sized("bitwise", "and x, y", live: 3, setup: y, "%r = and %x, %y", bitwiseOp),
        sized("bitwise", "and x, -1", live: 2, "%r = and %x, -1",
            constant(.gBitwise, "and is priced on the smaller operand (one word here)")),
        sized("bitwise", "or x, y", live: 3, setup: y, "%r = or %x, %y", bitwiseOp),
        sized("bitwise", "xor x, y", live: 3, setup: y, "%r = xor %x, %y", notOp),
        sized("shifts", "shift x, 64", live: 2, "%r = shift %x, 64", bitwiseOp),
        sized("shifts", "shift x, -64", live: 2, "%r = shift %x, -64", bitwiseOp),
        sized("log2", "log2 x", live: 2, "%r = log2 %x", price(.gLogarithm, perSize: [.gLogarithmWord])),
    ]

    static let comparisons: [GasTimeCase] = [
        sized("comparison", "cmp lt x, y", live: 3, setup: y, "%r = cmp lt %x, %y", comparison),
        sized("comparison", "cmp eq x, y", live: 3, setup: y, "%r = cmp eq %x, %y", comparison),
        sized("comparison", "iszero x", live: 2, "%r = iszero %x",
            constant(.gIsZero, "iszero is Giszero alone")),
    ]

    static let byteAccess: [GasTimeCase] = [
        sized("byte access", "byte 1, x", live: 2, "%r = byte 1, %x", constant(.gByte, "byte is Gbyte alone")),
        sized("byte access", "sext nb, x", live: 2, "%r = sext %nb, %x", price(.gSext, perSize: [.gSextWord])),
        sized(
            "byte access", "sext nb, v (sign bit set)", live: 3, setup: signBitSet, "%r = sext %nb, %v",
            price(.gSext, perSize: [.gSextWord])),
        sized("byte access", "twos nb, x", live: 2, "%r = twos %nb, %x", price(.gTwos, perSize: [.gTwosWord])),
        sized(
            "byte access", "twos nb, -x", live: 3, setup: ["%nx = sub 0, %x"], "%r = twos %nb, %nx",
            price(.gTwos, perSize: [.gTwosWord])),
        sized("byte access", "bswap nb, x", live: 2, "%r = bswap %nb, %x", price(.gBswap, perSize: [.gBswapWord])),
    ]

    static let hashing: [GasTimeCase] = [
        sized("sha3", "sha3 of an x-sized cell", live: 2, setup: ["store %x, 0"], "%r = sha3 0",
            price(.gSha3, perSize: [.gSha3Word]))
    ]

    static let localMemory: [GasTimeCase] = [
        sized("local memory", "load cell", live: 3, setup: ["store %x, 0"], "%r = load 0", price(.gLoadCell, perSize: [.gLoadWord])),
        sized("local memory", "load 0, 0, nb", live: 3, setup: ["store %x, 0"], "%r = load 0, 0, %nb",
            price(.gLoad, perSize: [.gLoadWord])),
        sized("local memory", "store x, cell", live: 3, "store %x, 0", price(.gStoreCell, perSize: [.gStoreWord])),
        sized("local memory", "store x, 0, 0, nb", live: 3, "store %x, 0, 0, %nb", price(.gStore, perSize: [.gStoreWord])),
    ]

    static let storage: [GasTimeCase] = [
        // Every sstore counts its key, value and journal entry (about w + 7 words) against the
        // live-memory cap (`Machine.storedWords`): 2^24 bytes a run keeps a run of one-word values
        // under half the cap.
        GasTimeCase(
            family: "storage", operation: "sstore x (same value)", sizing: .words(liveCopies: 3),
            setup: ["sstore %x, 1"], body: ["sstore %x, 1"], bytesPerRunLimit: 1 << 24,
            pricing: price(.gSstore, perSize: [.gSstoreWord])),
        sized("storage", "sload (x-sized value)", live: 3, setup: ["sstore %x, 1"], "%r = sload 1",
            price(.gSload, perSize: [.gSloadWord])),
    ]

    static let logging: [GasTimeCase] = [
        GasTimeCase(
            family: "log", operation: "log an x-sized cell", sizing: .words(liveCopies: 4), setup: ["store %x, 0"],
            body: ["log 0"], bytesPerRunLimit: 1 << 27, pricing: price(.gLog, perSize: [.gLogData])),
        GasTimeCase(
            family: "log", operation: "log cell, 4 topics", sizing: .words(liveCopies: 4), setup: ["store %x, 0"],
            body: ["log 0, 1, 2, 3, 4"], bytesPerRunLimit: 1 << 27,
            pricing: price(.gLog, perSize: [.gLogData])),
    ]

    /// The local-call row is bounded to 2^28 argument bytes per run: measured on main (b3bfd8d),
    /// each call and return of a big argument leaves the frame's current memory higher by about
    /// the argument's words, so a long loop reaches the live-memory cap (OUT_OF_GAS) and its
    /// memory gas grows with the iteration count. Six live copies keep its largest size (85 MiB)
    /// two iterations below the cap.
    static let calls: [GasTimeCase] = [
        GasTimeCase(
            family: "calls", operation: "local call + ret (x)", sizing: .words(liveCopies: 6),
            body: ["%r = call @echoLocal(%x)"], bytesPerRunLimit: 1 << 27,
            pricing: constant(.gLocalCall, "a local call is priced per register, not per word, under DANSE")),
        GasTimeCase(
            family: "calls", operation: "account call + ret (x)", sizing: .words(liveCopies: 4),
            setup: [selfAddress], body: ["%s, %r = call @echo at %self (%x) send 0, gaslimit \(anyGas)", "br %s, fail"],
            pricing: constant(.gCall, "Ccallarg counts registers (#sizeRegs), not words")),
    ]

    static let creation: [GasTimeCase] = [
        GasTimeCase(
            family: "create", operation: "create Child ()", sizing: .fixed,
            body: ["%s, %a = create Child () send 0", "br %s, fail"], pricing: price(.gCreate))
    ]

    static let moves: [GasTimeCase] = [
        sized("moves", "%r = %x", live: 2, "%r = %x", constant(.gMove, "a move is Gmove per register under DANSE (Gnewmove)")),
        GasTimeCase(
            family: "moves", operation: "%r = constant", sizing: .fixed, body: ["%r = 123456789"]),
    ]

    static let builtins: [GasTimeCase] = {
        let reads = [
            "gas", "gasprice", "gaslimit", "beneficiary", "timestamp", "number", "difficulty", "address", "origin",
            "caller", "callvalue", "msize", "codesize",
        ]
        var cases = reads.map {
            GasTimeCase(
                family: "builtins", operation: "@iele.\($0)", sizing: .fixed, body: ["%r = call @iele.\($0)()"],
                pricing: price(.gReadState))
        }
        cases += [
            GasTimeCase(
                family: "builtins", operation: "@iele.blockhash", sizing: .fixed,
                body: ["%r = call @iele.blockhash(0)"], pricing: price(.gBlockhash)),
            GasTimeCase(
                family: "builtins", operation: "@iele.balance", sizing: .fixed, setup: [selfAddress],
                body: ["%r = call @iele.balance(%self)"], pricing: price(.gBalance)),
            GasTimeCase(
                family: "builtins", operation: "@iele.extcodesize", sizing: .fixed, setup: [selfAddress],
                body: ["%r = call @iele.extcodesize(%self)"], pricing: price(.gExtCodeSize)),
            GasTimeCase(
                family: "builtins", operation: "calladdress", sizing: .fixed, setup: [selfAddress],
                body: ["%r = calladdress @echo at %self"], pricing: price(.gCallAddress)),
        ]
        return cases
    }()

    /// `%s, RESULTS = staticcall @iele.NAME at 1 (ARGUMENTS)`, failing the run on a non-zero status.
    private static func precompile(_ name: String, _ arguments: String, results: String = "%r") -> [String] {
        ["%s, \(results) = staticcall @iele.\(name) at 1 (\(arguments)) gaslimit \(anyGas)", "br %s, fail"]
    }

    static let precompiles: [GasTimeCase] = [
        GasTimeCase(
            family: "precompile", operation: "ecrec", sizing: .fixed,
            setup: [
                "%hash = 0x18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c",
                "%rr = 0x73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f",
                "%ss = 0xeeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549",
            ],
            body: precompile("ecrec", "%hash, 28, %rr, %ss"), pricing: price(.gEcrec)),
        GasTimeCase(
            family: "precompile", operation: "sha256 of nb bytes", sizing: .words(liveCopies: 3),
            body: precompile("sha256", "%nb, %x"), pricing: price(.gSha256, perSize: [.gSha256Word])),
        GasTimeCase(
            family: "precompile", operation: "rip160 of nb bytes", sizing: .words(liveCopies: 3),
            body: precompile("rip160", "%nb, %x"), pricing: price(.gRip160, perSize: [.gRip160Word])),
        GasTimeCase(
            family: "precompile", operation: "id (x)", sizing: .words(liveCopies: 3), body: precompile("id", "%x"),
            pricing: constant(.gCall, "ID costs 0 (only the call's Cextra)")),
        GasTimeCase(
            family: "precompile", operation: "ecadd", sizing: .fixed,
            body: precompile("ecadd", "1, 2, 1, 2", results: "%r1, %r2"), pricing: price(.gEcadd)),
        GasTimeCase(
            family: "precompile", operation: "ecmul (256-bit scalar)", sizing: .fixed,
            setup: ["%k = 0x73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f"],
            body: precompile("ecmul", "1, 2, %k", results: "%r1, %r2"), pricing: price(.gEcmul)),
        GasTimeCase(
            family: "precompile", operation: "ecpairing, 2 pairs", sizing: .fixed, setup: pairingInput,
            body: precompile("ecpairing", "2, %g1, %g2"), pricing: price(.gEcpairing, perSize: [.gEcpairingPair])),
    ]

    /// Two pairs (G1 generator and its negation, each with the same G2 point) whose pairing product is
    /// 1: `%g1` (2 × 64 bytes) and `%g2` (2 × 128 bytes) as the precompile reads them (EIP-197 points,
    /// big-endian coordinates laid out little-endian in the integer, as in the conformance test).
    static let pairingInput: [String] = [
        "%one = bswap 32, 1",
        "%two = bswap 32, 2",
        "store %one, 0, 0, 32",
        "store %two, 0, 32, 32",
        "store %one, 0, 64, 32",
        "%p = 21888242871839275222246405745257275088696311157297823662689037894645226208583",
        "%ny = sub %p, 2",
        "%ny = bswap 32, %ny",
        "store %ny, 0, 96, 32",
        "%g1 = load 0, 0, 128",
        "%x1 = bswap 32, 11559732032986387107991004021392285783925812861821192530917403151452391805634",
        "%x2 = bswap 32, 10857046999023057135944570762232829481370756359578518086990519993285655852781",
        "%y1 = bswap 32, 4082367875863433681332203403145435568316851327593401208105741076214120093531",
        "%y2 = bswap 32, 8495653923123431417604973247489272438418190587263600148770280649306958101930",
        "store %x1, 1, 0, 32",
        "store %x2, 1, 32, 32",
        "store %y1, 1, 64, 32",
        "store %y2, 1, 96, 32",
        "store %x1, 1, 128, 32",
        "store %x2, 1, 160, 32",
        "store %y1, 1, 192, 32",
        "store %y2, 1, 224, 32",
        "%g2 = load 1, 0, 256",
    ]
}
