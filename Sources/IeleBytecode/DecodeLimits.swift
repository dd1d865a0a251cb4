/// Bounds the decoder enforces beyond the reference's `#isValidContract`, so that hostile
/// bytecode cannot make the VM allocate or loop without end.
///
/// `#isValidContract` accepts any register number NBITS can express (up to 2^255) and any depth
/// of embedded contracts; the VM sizes register files by the largest register, and embedded
/// contracts are named `NAME.1.2…` (a name per `create` too), so both are bounded here. A jump
/// to a label the function does not define can never run correctly (the well-formedness check
/// rejects it too), so it is rejected at decoding. For the same reason, and so that the
/// disassembled text always assembles back to the same program, a `create` of an entry that is
/// no embedded contract, and a static local call to a builtin's name (`@iele.gas`) with other
/// counts than the builtin's, are rejected (`requiresDeclaredTargets`): the text of either
/// names something the assembler cannot encode, and the checker rejects both.
public struct DecodeLimits: Hashable, Sendable {
    /// Registers must be numbered below this; nil accepts any number.
    public var maximumRegisters: Int?
    /// How deep contracts may be embedded in one another (the main contract is depth 0).
    public var maximumNesting: Int
    /// Whether every `br` must target a label of its function.
    public var requiresDefinedLabels: Bool
    /// Register operands plus parameters, summed over the program, may number at most
    /// `operandAllowance` (65536) + this × the input size; nil for no bound. With NBITS 0 a
    /// register field is empty whatever its count, so without this bound 7 bytes (`LOCALCALL` with
    /// 65535 arguments and results) or 5 (a header with 65535 parameters) would decode to 131070
    /// or 65535 names.
    public var operandsPerByte: Int?
    /// Whether every `create` must name an embedded contract of its contract, and every static
    /// local call to a builtin's name must have the builtin's result and argument counts.
    public var requiresDeclaredTargets: Bool
    /// The operands allowed whatever the input size (the 65536 of `operandsPerByte`), so that one
    /// function may have 65535 parameters. Fuzzers lower it to skip such inputs, which are valid
    /// but take a thousand times longer to print and parse than a typical one.
    public var operandAllowance: Int

    public init(
        maximumRegisters: Int? = 1 << 16, maximumNesting: Int = 32, requiresDefinedLabels: Bool = true,
        operandsPerByte: Int? = 16, requiresDeclaredTargets: Bool = true, operandAllowance: Int = 1 << 16
    ) {
        self.maximumRegisters = maximumRegisters
        self.maximumNesting = maximumNesting
        self.requiresDefinedLabels = requiresDefinedLabels
        self.operandsPerByte = operandsPerByte
        self.requiresDeclaredTargets = requiresDeclaredTargets
        self.operandAllowance = operandAllowance
    }

    /// How many operands an input of `size` bytes may decode to.
    func operandBudget(forInputSize size: Int) -> Int {
        guard let operandsPerByte else { return Int.max }
        let (product, overflow) = operandsPerByte.multipliedReportingOverflow(by: size)
        let (sum, overflows) = product.addingReportingOverflow(operandAllowance)
        return overflow || overflows ? Int.max : sum
    }

    /// The limits the VM uses: registers below 65536, 32 levels of nesting, defined labels, 16
    /// operands per input byte, declared `create` and builtin targets.
    public static let standard = DecodeLimits()

    /// `#isValidContract`'s acceptance, apart from a nesting bound of 64 (names of embedded
    /// contracts, and `create` operands naming them, grow with the depth).
    /// Operands are still bounded (`operandsPerByte` 16) when a syntax tree is built;
    /// `Disassembler.isValidContract` builds none and needs no such bound.
    public static let reference = DecodeLimits(
        maximumRegisters: nil, maximumNesting: 64, requiresDefinedLabels: false, requiresDeclaredTargets: false)
}
