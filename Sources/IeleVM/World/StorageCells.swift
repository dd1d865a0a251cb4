import IeleNumerics

/// The storage cells of one account that a transaction has read or written, by key.
///
/// A small open-addressing table rather than a `Dictionary`: `sload` and `sstore` look a key up on
/// every execution, and a `Dictionary` of `IeleInt` keys runs the full SipHash of `Hasher` for
/// each lookup (in the token workloads that hashing was the largest single cost). Here a
/// word-sized key is hashed by one multiplication with a per-process random odd multiplier
/// (multiply-shift hashing, so contract-chosen keys cannot be made to collide without knowing it);
/// a big key uses its `hashValue`.
///
/// Cells are kept in insertion order in `cells` and never move or disappear, so a cell's position
/// is a stable handle: the world journal records it to undo a write without hashing again, and
/// `sstore` reads the old value and writes the new one through it. Up to `linearLimit` cells are
/// found by a linear scan and no bucket array exists.
struct StorageCells {
    /// One cell: its value now, and whether the transaction wrote it (only written cells are
    /// reported in `StateChanges`).
    struct Cell {
        let key: IeleInt
        var value: IeleInt
        var isWritten: Bool
    }

    /// The cells in the order they were first touched.
    private(set) var cells: [Cell] = []
    /// Open-addressing buckets (linear probing): 0 is empty, otherwise a position in `cells` + 1.
    /// Empty until the table holds more than `linearLimit` cells; then a power of two at least
    /// twice the cell count.
    private var buckets: [Int] = []
    /// 64 − log2(buckets.count): multiply-shift keeps the top bits of the product.
    private var shift: UInt = 64

    /// Cells found by scanning before a bucket array is built.
    static let linearLimit = 8
    /// The odd multiplier of the key hash, drawn once per process (from the seeded `Hasher`, so
    /// `SWIFT_DETERMINISTIC_HASHING` makes it repeatable).
    private static let seed: UInt = UInt(bitPattern: 0x5EED.hashValue) | 1
    /// `seed`, copied so that hashing does not check the lazy global's initialisation each time.
    private let multiplier = StorageCells.seed

    var count: Int { cells.count }

    /// Whether any cell was written (and the write not rolled back).
    var hasWrittenCells: Bool { cells.contains { $0.isWritten } }

    /// How many cells were written.
    var writtenCount: Int { cells.reduce(0) { $0 + ($1.isWritten ? 1 : 0) } }

    /// The position of `key`'s cell, or nil when it has not been touched.
    @inline(__always)
    func position(of key: IeleInt) -> Int? {
        if buckets.isEmpty { return scan(for: key) }
        return probe(for: key)
    }

    /// The cell at `position`.
    @inline(__always)
    subscript(position: Int) -> Cell {
        cells[position]
    }

    /// Sets the value (and written flag) of the cell at `position`.
    @inline(__always)
    mutating func set(_ value: IeleInt, isWritten: Bool, at position: Int) {
        cells[position].value = value
        cells[position].isWritten = isWritten
    }

    /// Adds a cell for `key`, which must not be present, and returns its position.
    mutating func append(key: IeleInt, value: IeleInt, isWritten: Bool) -> Int {
        let position = cells.count
        cells.append(Cell(key: key, value: value, isWritten: isWritten))
        if buckets.isEmpty {
            if cells.count > Self.linearLimit { rebuild(bucketCount: 32) }
        } else if cells.count * 2 > buckets.count {
            rebuild(bucketCount: buckets.count * 2)
        } else {
            insertBucket(for: position)
        }
        return position
    }

    private func scan(for key: IeleInt) -> Int? {
        if let small = key.asInt {
            for k in cells.indices where cells[k].key.asInt == small { return k }
            return nil
        }
        for k in cells.indices where cells[k].key == key { return k }
        return nil
    }

    @inline(__always)
    private func home(of key: IeleInt) -> Int {
        let bits = key.asInt.map { UInt(bitPattern: $0) } ?? UInt(bitPattern: key.hashValue)
        return Int(truncatingIfNeeded: (bits &* multiplier) >> shift)
    }

    private func probe(for key: IeleInt) -> Int? {
        let mask = buckets.count - 1
        var b = home(of: key)
        return buckets.withUnsafeBufferPointer { buckets in
            cells.withUnsafeBufferPointer { cells in
                while true {
                    let entry = buckets[b]
                    if entry == 0 { return nil }
                    if cells[entry - 1].key == key { return entry - 1 }
                    b = (b + 1) & mask
                }
            }
        }
    }

    private mutating func insertBucket(for position: Int) {
        let mask = buckets.count - 1
        var b = home(of: cells[position].key)
        buckets.withUnsafeMutableBufferPointer { buckets in
            while buckets[b] != 0 { b = (b + 1) & mask }
            buckets[b] = position + 1
        }
    }

    private mutating func rebuild(bucketCount: Int) {
        buckets = [Int](repeating: 0, count: bucketCount)
        shift = UInt(64 - bucketCount.trailingZeroBitCount)
        for position in cells.indices { insertBucket(for: position) }
    }
}
