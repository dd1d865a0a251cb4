import IeleSyntax

extension Name {
    /// The name `init` of the constructor function every contract must define.
    static let initializer: Name = "init"

    /// Whether this numeric name denotes the integer `value`, as `String2Int` reads it in
    /// `checkIntArgs` of well-formedness.md (so `00` denotes 0). Numbers of any length are
    /// compared without overflow.
    func denotes(_ value: Int) -> Bool {
        guard isNumeric else { return false }
        let digits = bytes.drop { $0 == 0x30 }
        let expected = value == 0 ? [] : Array(String(value).utf8)
        return Array(digits) == expected
    }
}
