/// One row family of the gas–time table: an IELE operation executed in a counted loop by the real
/// interpreter, so the gas is the schedule's real charge and the time includes everything the VM
/// does for it (decoding, memory accounting, result placement).
///
/// Every case runs in the same program shape (`GasTimeProgram`): a prelude builds the operand `%x`
/// of `%w` words (and `%nb` = its size in bytes), the case's setup builds the rest, then a loop
/// runs the case's body `%n` times. The loop's own `iszero`/`br`/`sub`/`br` are measured in, for
/// every row and for the small-integer add loop the rows are compared with.
struct GasTimeCase {
    /// How the operand size of a case is chosen.
    enum Sizing {
        /// The operation has no operand size to vary (a builtin, a fixed precompile input): one row.
        case fixed
        /// The operand is `%w` words, on the size ladder. `liveCopies` is how many values of that
        /// size are live at once (operands, result, memory cell, temporaries), which bounds the
        /// largest size below the live-memory cap.
        case words(liveCopies: Int)
    }

    var family: String
    var operation: String
    var sizing: Sizing
    /// IELE lines run once, after the prelude.
    var setup: [String] = []
    /// IELE lines run once per loop iteration: the measured operation.
    var body: [String]
    /// At most this many bytes of operand may be processed over a whole run (log data, which a
    /// transaction may write at most `Machine.logLimit` bytes of; storage writes, which count
    /// against the live-memory cap), or nil.
    var bytesPerRunLimit: Int? = nil
    /// The constants iele-gas.md prices the body with, for `calibrate`.
    var pricing = GasPricing.none

    /// Literal operands in the body: the assembler loads each into a temporary register first,
    /// which K charges as a move (`Gmove`), so they are part of the row's fixed gas.
    var constantOperands: Int {
        body.reduce(0) { count, line in
            let tokens = line.split(whereSeparator: { " ,()".contains($0) })
            return count + tokens.filter { token in
                let digits = token.hasPrefix("-") ? token.dropFirst() : token[...]
                return !digits.isEmpty && (digits.allSatisfy(\.isNumber) || digits.hasPrefix("0x"))
            }.count
        }
    }

    /// The row label of the case, `family/operation`, which `--filter` matches.
    var name: String { "\(family)/\(operation)" }
}

extension GasTimeCase {
    /// A second big operand `%y`, the same size as `%x` and a little smaller.
    static let secondOperand = "%y = sub %x, 12345"
    /// The contract's own address, for the account-call and account-query rows.
    static let selfAddress = "%self = call @iele.address()"
    /// A gas limit for inner calls far above what any run has (capped by the 63/64 rule).
    static let anyGas = "1000000000000"
}
