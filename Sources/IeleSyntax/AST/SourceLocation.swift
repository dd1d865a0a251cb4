/// Where a construct starts in its source text (1-based line and column).
///
/// Locations are carried for error messages only. They never distinguish two syntax trees:
/// `==` always holds and hashing ignores them, so a tree printed and parsed again, or
/// disassembled from bytecode, compares equal to the original.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location of constructs that have no source text (disassembled or synthesised).
    public static let unknown = SourceLocation(line: 0, column: 0)

    public var description: String { "\(line):\(column)" }

    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
