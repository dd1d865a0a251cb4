/// One row family of the big-operand table: an instruction with operands of a chosen size, run in
/// a loop by a generated contract, so that the time and gas of the instruction at that size can be
/// read as the difference between a long and an empty loop (`BigOperandTable`).
///
/// Every case's contract gets the same registers from `@run(%bits, %n)`, built from `%bits`
/// (= 64 × words − 2, so a value has exactly `words` limbs and `intSize` = words):
/// - `%x` = 2^bits − 12345 and `%y` = 2^bits − 99999 (positive, almost all bits set),
/// - `%xn` = −x, `%x2` = x · 2^bits (twice the words), `%xc` = x + 0 (equal to x, its own value),
/// - `%h` = 2^(bits − 128) − 5 (two words fewer than x, so |h| < |x| and intSize(h) < intSize(x)),
/// - `%p` = −2^bits (a negative power of two: its `intSize` looks at every lower limb),
/// - `%wb` = 8 × words bytes (every byte of x), `%ws` = 8 × words − 1 bytes (the top bit of that
///   field of x is set, so `sext` must extend), `%shr` = −(bits + 64) (a right shift past the top),
/// - `%m1` = −1, `%k` = −256, `%one` = 1, `%two` = 2,
/// - cell 0 holds x (cell 2 holds −x) for the loads and hashes.
struct BigOperandCase {
    var name: String
    /// The instruction(s) of one loop step, in IELE text; the result goes to `%r`.
    var body: String
    /// The largest size in words this case runs at (superlinear ones stop early).
    var maxWords = Int.max
    /// What the row shows, for the table.
    var note = ""

    /// The reference row: a small-integer `add` (what every other row is divided by).
    static let reference = BigOperandCase(name: "add-small", body: "%r = add %one, %two", note: "the reference")

    static let catalog: [BigOperandCase] = [
        reference,
        BigOperandCase(name: "add", body: "%r = add %x, %y"),
        BigOperandCase(name: "sub", body: "%r = sub %x, %y"),
        BigOperandCase(name: "mul", body: "%r = mul %x, %y", maxWords: 1 << 14),
        BigOperandCase(name: "div", body: "%r = div %x2, %y", maxWords: 1 << 14),
        BigOperandCase(name: "mod", body: "%r = mod %x2, %y", maxWords: 1 << 14),
        BigOperandCase(name: "div-smaller", body: "%r = div %h, %x", note: "|a| < |b|: constant price"),
        BigOperandCase(name: "mod-smaller", body: "%r = mod %h, %x", note: "|a| < |b|: constant price"),
        BigOperandCase(name: "addmod", body: "%r = addmod %x, %y, %x"),
        BigOperandCase(name: "mulmod", body: "%r = mulmod %x, %y, %x", maxWords: 1 << 14),
        BigOperandCase(name: "not", body: "%r = not %x"),
        BigOperandCase(name: "and", body: "%r = and %x, %y"),
        BigOperandCase(name: "and-minus1", body: "%r = and %x, %m1", note: "min-size price"),
        BigOperandCase(name: "and-byte", body: "%r = and %xn, 255", note: "min-size price"),
        BigOperandCase(name: "and-neg-mask", body: "%r = and %x, %k", note: "min-size price, result = size of x"),
        BigOperandCase(name: "or", body: "%r = or %x, %y"),
        BigOperandCase(name: "xor", body: "%r = xor %x, %y"),
        BigOperandCase(name: "shift-left", body: "%r = shift %x, 64"),
        BigOperandCase(name: "shift-right", body: "%r = shift %x, -64"),
        BigOperandCase(name: "shift-past-top", body: "%r = shift %xn, %shr", note: "result −1"),
        BigOperandCase(name: "cmp-lt", body: "%r = cmp lt %x, %y"),
        BigOperandCase(name: "cmp-eq", body: "%r = cmp eq %x, %xc"),
        BigOperandCase(name: "iszero", body: "%r = iszero %x"),
        BigOperandCase(name: "log2", body: "%r = log2 %x"),
        BigOperandCase(name: "byte", body: "%r = byte 1, %x", note: "constant price"),
        BigOperandCase(name: "byte-negative", body: "%r = byte 1, %xn", note: "constant price"),
        BigOperandCase(name: "sext", body: "%r = sext %ws, %x"),
        BigOperandCase(name: "sext-1", body: "%r = sext 1, %x", note: "one-word price"),
        BigOperandCase(name: "twos", body: "%r = twos %wb, %xn"),
        BigOperandCase(name: "twos-1", body: "%r = twos 1, %xn", note: "one-word price"),
        BigOperandCase(name: "bswap", body: "%r = bswap %wb, %x"),
        BigOperandCase(name: "bswap-8", body: "%r = bswap 8, %xn", note: "one-word price"),
        BigOperandCase(name: "move", body: "%r = %x", note: "constant price"),
        BigOperandCase(name: "move-neg-pow2", body: "%r = %p", note: "constant price"),
        BigOperandCase(name: "load", body: "%r = load 0"),
        BigOperandCase(name: "load-negative", body: "%r = load 2"),
        BigOperandCase(name: "load-range", body: "%r = load 0, 0, %wb"),
        BigOperandCase(name: "store", body: "store %x, 1"),
        BigOperandCase(name: "store-range", body: "store %x, 1, 0, %wb"),
        BigOperandCase(name: "sha3", body: "%r = sha3 0"),
        BigOperandCase(name: "call-ret", body: "%r = call @identity(%x)", note: "local call, constant price"),
    ]

    /// The contract that runs `body` four times per loop step, `%n` steps. `body` also runs once
    /// before the loop, so the result register and cells reach their size there: the loop's gas is
    /// the instructions' own, not memory growth (whose price is quadratic).
    var contractText: String {
        let step = String(repeating: "    \(body)\n", count: 4)
        return """
            contract BigOperand {
              define @identity(%a) {
                ret %a
              }

              define public @run(%bits, %n) {
                %one = 1
                %two = 2
                %m1 = -1
                %k = -256
                %t = shift %one, %bits
                %x = sub %t, 12345
                %y = sub %t, 99999
                %xn = sub 0, %x
                %xc = add %x, 0
                %x2 = shift %x, %bits
                %hb = sub %bits, 128
                %ht = shift %one, %hb
                %h = sub %ht, 5
                %p = sub 0, %t
                %words = div %bits, 64
                %words = add %words, 1
                %wb = mul %words, 8
                %ws = sub %wb, 1
                %shr = add %bits, 64
                %shr = sub 0, %shr
                %r = 0
                store %x, 0
                store %xn, 2
                \(body)

              condition:
                %done = cmp le %n, 0
                br %done, exit

              body:
            \(step)    %n = sub %n, 1
                br condition

              exit:
                ret 0
              }

              define @init() {}
            }

            """
    }
}
