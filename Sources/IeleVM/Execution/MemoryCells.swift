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
    /// as `sha3` neither copies the cell nor takes a reference to it (see `withDirectCell`).
    mutating func withBytes<R>(of cell: IeleInt, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let i = MemoryCells.directIndex(cell) {
            guard i < direct.count else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
            return withDirectCell(i) { cell in
                cell?.withUnsafeBytes(body)
                    ?? body(UnsafeRawBufferPointer(start: nil, count: 0))
            }
        }
        if let bytes = others[cell] { return bytes.withUnsafeBytes(body) }
        return body(UnsafeRawBufferPointer(start: nil, count: 0))
    }

    /// Runs `body` on direct cell `i` (below `direct.count`) where it is stored: not through
    /// `direct[i]`, which runs the array's `modify` coroutine, nor through a read-only borrow, which
    /// retains and releases the cell around the call (two atomic operations).
    @inline(__always)
    private mutating func withDirectCell<R>(_ i: Int, _ body: (inout [UInt8]?) -> R) -> R {
        direct.withUnsafeMutableBufferPointer { cells in body(&(cells.baseAddress.unsafelyUnwrapped + i).pointee) }
    }

    /// Changes a cell in place (creating it empty first), without copying its bytes.
    @inline(__always)
    mutating func update(_ cell: IeleInt, _ body: (inout [UInt8]) -> Void) {
        if let i = MemoryCells.directIndex(cell) {
            if i >= direct.count { direct.append(contentsOf: repeatElement(nil, count: i + 1 - direct.count)) }
            withDirectCell(i) { cell in
                if cell == nil { cell = [] }
                cell?.inPlace(body)
            }
        } else {
            body(&others[cell, default: []])
        }
    }
}

extension Array {
    /// Runs `body` on the array in place; with optional chaining (`cell?.inPlace(body)`) this
    /// reaches an array stored inside an optional without moving or copying it.
    @inline(__always)
    fileprivate mutating func inPlace<R>(_ body: (inout Self) -> R) -> R {
        body(&self)
    }
}
