/// The IELE contract one gas–time case runs in: `@bench(%n, %w)` builds the operands for `%w` words,
/// then runs the case's body `%n` times. The difference between a run of `%n` = 1 + K and one of
/// `%n` = 1 is K iterations: setup, transaction overhead and the first iteration's one-time costs
/// cancel.
enum GasTimeProgram {
    /// Builds `%x` = 2^(64w−2) − 1 (all ones, `%w` words as `intSize` counts them), `%nb` = 8w
    /// bytes. At `%w` = 1 every value is a machine word.
    static let prelude = [
        "%nb = mul %w, 8",
        "%bits = mul %w, 64",
        "%bits = sub %bits, 2",
        "%x = shift 1, %bits",
        "%x = sub %x, 1",
    ]

    /// The source text of the contract for `benchCase`; `Child` is the contract `create` makes,
    /// `@echo` / `@echoLocal` the callees of the call rows.
    static func source(for benchCase: GasTimeCase) -> String {
        let indent = "    "
        let lines =
            prelude.map { indent + $0 } + benchCase.setup.map { indent + $0 } + ["  loop:"]
            + ["%done = iszero %n", "br %done, exit"].map { indent + $0 }
            + benchCase.body.map { indent + $0 }
            + ["%n = sub %n, 1", "br loop"].map { indent + $0 }
            + ["  exit:", indent + "ret 0", "  fail:", indent + "revert 7"]
        return """
            contract Child {
              define @init() {}
            }

            contract GasTime {
              external contract Child

              define @init() {}

              define public @echo(%a) {
                ret %a
              }

              define @echoLocal(%a) {
                ret %a
              }

              define public @bench(%n, %w) {
            \(lines.joined(separator: "\n"))
              }
            }

            """
    }
}
