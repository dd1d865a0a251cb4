import IeleNumerics
import IeleSyntax

/// One bytecode item of a function body before registers and labels get their numbers: the
/// assembler's intermediate form, close to the reference assembler's `IeleOp`.
///
/// Registers are named; numeric names keep their number, other names are numbered per function
/// by `RegisterNumbering`. Constant operands have already been loaded into temporary registers.
struct MachineOp {
    var opcode: Opcode
    /// The 16-bit immediates other than labels (function index, contract index, counts), in
    /// the order of `opcode.traits.immediates` with the label slot left out.
    var immediates: [Int] = []
    /// The label of `BR`, `BRC` and block labels (`BRLABEL`).
    var label: Name? = nil
    /// The magnitude of a `LOADPOS` / `LOADNEG` constant.
    var constant: IeleInt? = nil
    /// Written registers, encoded first.
    var results: [Name] = []
    /// Read registers, encoded after the results.
    var arguments: [Name] = []
    var location: SourceLocation = .unknown

    /// All registers in encoding order (results, then arguments), as `ieleOpRegs'` visits them.
    var registers: [Name] { results + arguments }
}

/// An operand once globals are resolved: a register or an integer.
enum ResolvedOperand {
    case register(Name)
    case constant(IeleInt)
}

extension Name {
    /// The name's key for numbering: numeric names compare by value (`%007` is `%7`), as the
    /// reference reads them with `read :: Int`.
    var numberingKey: Name {
        guard let number else { return self }
        return Name(String(number))
    }

    /// True for the `iele.` prefix that the reference reserves for builtins and temporaries.
    var isReserved: Bool {
        bytes.starts(with: Array("iele.".utf8))
    }

    /// The temporary register the assembler loads the `index`-th constant operand of an
    /// instruction into (`iele.tmp0`, `iele.tmp1`, …), shared by all instructions of a function.
    static func temporary(_ index: Int) -> Name {
        Name("iele.tmp\(index)")
    }
}
