/// Bounds the decoder enforces beyond the reference's `#isValidContract`, so that hostile
/// bytecode cannot make the VM allocate or loop without end.
///
/// `#isValidContract` accepts any register number NBITS can express (up to 2^255) and any depth
/// of embedded contracts; the VM sizes register files by the largest register and names
/// embedded contracts `NAME.1.2…`, so both are bounded here. A jump to a label the function does
/// not define can never run correctly (the well-formedness check rejects it too), so it is
/// rejected at decoding.
public struct DecodeLimits: Hashable, Sendable {
    /// Registers must be numbered below this; nil accepts any number.
    public var maximumRegisters: Int?
    /// How deep contracts may be embedded in one another (the main contract is depth 0).
    public var maximumNesting: Int
    /// Whether every `br` must target a label of its function.
    public var requiresDefinedLabels: Bool

    public init(maximumRegisters: Int? = 1 << 16, maximumNesting: Int = 256, requiresDefinedLabels: Bool = true) {
        self.maximumRegisters = maximumRegisters
        self.maximumNesting = maximumNesting
        self.requiresDefinedLabels = requiresDefinedLabels
    }

    /// The limits the VM uses: 65536 registers per function, 256 levels of nesting, defined labels.
    public static let standard = DecodeLimits()

    /// Exactly `#isValidContract`, apart from a nesting bound of 1024 that keeps names linear.
    public static let reference = DecodeLimits(
        maximumRegisters: nil, maximumNesting: 1024, requiresDefinedLabels: false)
}
