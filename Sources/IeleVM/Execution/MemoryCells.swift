import IeleNumerics

/// A frame's local memory, `<localMem>`: byte strings by (chopped, so non-negative) cell index.
///
/// Compiled contracts use small consecutive cell numbers, so cells below `directLimit` live in an
/// array indexed by the number; others fall back to a dictionary. Either way a missing cell reads
/// as absent, which the K rules distinguish from an empty cell.
struct MemoryCells {
    static let directLimit = 1024

    private var direct: [[UInt8]?] = []
    private var others: [IeleInt: [UInt8]] = [:]

    @inline(__always)
    private static func directIndex(_ cell: IeleInt) -> Int? {
        guard let i = cell.asInt, i >= 0, i < directLimit else { return nil }
        return i
    }

    subscript(cell: IeleInt) -> [UInt8]? {
        get {
            if let i = MemoryCells.directIndex(cell) { return i < direct.count ? direct[i] : nil }
            return others[cell]
        }
        set {
            if let i = MemoryCells.directIndex(cell) {
                if i >= direct.count {
                    guard newValue != nil else { return }
                    direct.append(contentsOf: repeatElement(nil, count: i + 1 - direct.count))
                }
                direct[i] = newValue
            } else {
                others[cell] = newValue
            }
        }
    }

    /// Changes a cell in place (creating it empty first), without copying its bytes.
    mutating func update(_ cell: IeleInt, _ body: (inout [UInt8]) -> Void) {
        if let i = MemoryCells.directIndex(cell) {
            if i >= direct.count { direct.append(contentsOf: repeatElement(nil, count: i + 1 - direct.count)) }
            var bytes = direct[i] ?? []
            direct[i] = nil  // leaves `bytes` uniquely referenced
            body(&bytes)
            direct[i] = bytes
        } else {
            body(&others[cell, default: []])
        }
    }
}
