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

    /// The length of a cell in bytes (nil when absent), read without copying the cell.
    @inline(__always)
    func count(of cell: IeleInt) -> Int? {
        if let i = MemoryCells.directIndex(cell) { return i < direct.count ? direct[i]?.count : nil }
        return others[cell]?.count
    }

    /// Calls `body` with a cell's bytes in place (no bytes when the cell is absent), so a reader such
    /// as `sha3` neither copies the cell nor takes a reference to it. Mutating only so that a direct
    /// cell is reached through the array's in-place accessor (its getter would retain the cell).
    mutating func withBytes<R>(of cell: IeleInt, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let i = MemoryCells.directIndex(cell) {
            if i < direct.count, let result = direct[i]?.inPlace({ $0.withUnsafeBytes(body) }) { return result }
            return body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
        if let bytes = others[cell] { return bytes.withUnsafeBytes(body) }
        return body(UnsafeRawBufferPointer(start: nil, count: 0))
    }

    /// Changes a cell in place (creating it empty first), without copying its bytes.
    mutating func update(_ cell: IeleInt, _ body: (inout [UInt8]) -> Void) {
        if let i = MemoryCells.directIndex(cell) {
            if i >= direct.count { direct.append(contentsOf: repeatElement(nil, count: i + 1 - direct.count)) }
            if direct[i] == nil { direct[i] = [] }
            // Optional chaining mutates the stored array itself: no copy, no reference taken.
            direct[i]?.inPlace(body)
        } else {
            body(&others[cell, default: []])
        }
    }
}

extension Array {
    /// Runs `body` on the array in place; with optional chaining (`cells[i]?.inPlace(body)`) this
    /// reaches an array stored inside an optional without moving or copying it.
    @inline(__always)
    fileprivate mutating func inPlace<R>(_ body: (inout Self) -> R) -> R {
        body(&self)
    }
}
