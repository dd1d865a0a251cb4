import IeleNumerics

// Local memory (iele.md "Local Memory"; iele-gas.md "Memory operations", "Local Memory").
// Cells are byte strings, little-endian, indexed by the chopped cell number.

extension Machine {
    /// `%a = load %b`: the whole cell as a signed integer.
    mutating func loadCell(_ i: Instr) throws(ExitStatus) {
        let cell = reg(i.b).chopped
        let bytes = frame.memory[cell]
        let words = bytesInWords(bytes?.count ?? 0)
        try registerDelta(i.a, words)
        try charge(
            bytes == nil ? schedule.gLoadCell : sat(schedule.gLoadCell, plus: sat(words, times: schedule.gLoadWord)))
        guard let bytes else {
            load(i.a, .zero)
            return
        }
        // Read in place, into the register's own storage when it is not shared: a big cell loaded
        // every iteration then costs one pass over its words, not an allocation as well.
        bytes.withUnsafeBytes { loadInteger(i.a, bytes: $0, bigEndian: false, signed: true) }
    }

    /// `%a = load %b, %c(OFFSET), %d(WIDTH)`: WIDTH bytes from OFFSET, unsigned.
    ///
    /// A negative offset or width has no K rule (`substrBytes` is undefined); it is USER_ERROR here.
    /// A negative width is refused before the charge (see `refuseNegativeWidth`).
    mutating func loadBytes(_ i: Instr) throws(ExitStatus) {
        let cell = reg(i.b).chopped
        let (offsetValue, widthValue) = (reg(i.c), reg(i.d))
        try registerDelta(i.a, bytesInWords(chopToInt(widthValue)))
        try refuseNegativeWidth(widthValue)
        try charge(sat(schedule.gLoad, plus: sat(bytesInWords(saturatedInt(widthValue)), times: schedule.gLoadWord)))
        guard let bytes = frame.memory[cell] else {
            load(i.a, .zero)
            return
        }
        guard let offset = offsetValue.asInt, let width = widthValue.asInt, offset >= 0, width >= 0 else {
            throw .userError
        }
        if offset >= bytes.count || width == 0 {
            load(i.a, .zero)
            return
        }
        let end = offset + Swift.min(width, bytes.count - offset)
        bytes.withUnsafeBytes { cell in
            let field = UnsafeRawBufferPointer(rebasing: cell[offset..<end])
            loadInteger(i.a, bytes: field, bigEndian: false, signed: false)
        }
    }

    /// `store %a(VALUE), %b(CELL)`: replaces the cell with the value's shortest signed bytes.
    mutating func storeCell(_ i: Instr) throws(ExitStatus) {
        let (value, cell) = (reg(i.a), reg(i.b).chopped)
        let size = value.words
        let oldCount = frame.memory.count(of: cell)
        try memoryDelta(sat(size, minus: bytesInWords(oldCount ?? 0)))
        try charge(sat(schedule.gStoreCell, plus: sat(size, times: schedule.gStoreWord)))
        if value.isZero && oldCount == nil { return }
        // The cell's bytes are rewritten where they are (no intermediate array; the cell's storage
        // is reused when nothing else shares it), the value read from its register.
        let count = value.signedByteCount
        let source = UnsafePointer(frameRegisters + Int(i.a))
        frame.memory.update(cell) { bytes in
            if bytes.count > count {
                bytes.removeLast(bytes.count - count)
            } else if bytes.count < count {
                bytes.append(contentsOf: repeatElement(0, count: count - bytes.count))
            }
            bytes.withUnsafeMutableBytes { IeleInt.copyBytes(of: source, into: $0, bigEndian: false) }
        }
    }

    /// `store %a(VALUE), %b(CELL), %c(OFFSET), %d(WIDTH)`: writes WIDTH bytes of the value at OFFSET.
    mutating func storeBytes(_ i: Instr) throws(ExitStatus) {
        let cell = cellNumber(i.b)
        if let offset = smallValue(i.c), let width = smallValue(i.d), offset >= 0, width >= 0 {
            // Word-sized, non-negative offset and width (every compiled store) are their own `chop`.
            // When the cell already holds the field, `#memoryExpand` changes no size and charges
            // nothing, so it is skipped.
            let end = sat(offset, plus: width)
            if width > 0, end > (frame.memory.count(of: cell) ?? -1) { try expandMemory(cell, to: end) }
            try charge(sat(schedule.gStore, plus: sat(bytesInWords(width), times: schedule.gStoreWord)))
            if width == 0 { return }
            guard offset <= Int.max - width else { throw .userError }
            writeField(of: i.a, into: cell, at: offset, width: width)
            return
        }
        let (offsetValue, widthValue) = (reg(i.c), reg(i.d))
        let chopWidth = chopToInt(widthValue)
        if chopWidth > 0 { try expandMemory(cell, to: sat(chopToInt(offsetValue), plus: chopWidth)) }
        try refuseNegativeWidth(widthValue)
        try charge(sat(schedule.gStore, plus: sat(bytesInWords(saturatedInt(widthValue)), times: schedule.gStoreWord)))
        if widthValue.isZero { return }
        guard let offset = offsetValue.asInt, offset >= 0, offset <= Int.max - chopWidth else { throw .userError }
        writeField(of: i.a, into: cell, at: offset, width: chopWidth)
    }

    /// Writes `Int2Bytes(WIDTH, twos(WIDTH, VALUE), LE)` of register `r` at `offset` of the cell.
    /// The cell is changed in place and the value read where it is: neither is copied. (The register
    /// file is reached through a pointer taken first, as `frame.memory` is being changed.)
    @inline(__always)
    private mutating func writeField(of r: Int32, into cell: IeleInt, at offset: Int, width: Int) {
        let value = UnsafePointer(frameRegisters + Int(r))
        frame.memory.update(cell) { Machine.write(value, width: width, at: offset, into: &$0) }
    }

    /// USER_ERROR for a ranged load's or store's negative WIDTH, raised after `#memory` and in
    /// place of the charge. K prices WIDTH bytes at `Gload + bytesInWords(WIDTH) * Gloadword` (or
    /// `Gstore`/`Gstoreword`), which a negative WIDTH makes negative, and K would add that to the
    /// gas. No negative WIDTH gets this far with a non-negative cost: a WIDTH above about -2^256
    /// has a `chop(WIDTH)` near 2^256 and `#memory` is OUT_OF_GAS first. USER_ERROR, not
    /// OUT_OF_GAS, because nothing is unpayable: the argument is invalid, as a negative width of
    /// `load` already was here (no K rule) and as the precompiles' rejected arguments are.
    @inline(__always)
    private func refuseNegativeWidth(_ width: IeleInt) throws(ExitStatus) {
        if width.isNegative { throw .userError }
    }

    /// iele-gas.md `#memoryExpand(CELL, NEWSIZE)` for a ranged store ending at byte `end`: the cell's
    /// size in words grows to `bytesInWords(end)` (an absent cell counts from nothing); it never shrinks.
    @inline(__always)
    private mutating func expandMemory(_ cell: IeleInt, to end: Int) throws(ExitStatus) {
        let newSize = bytesInWords(end)
        let oldCount = frame.memory.count(of: cell)
        let oldPeak = frame.peakMemory
        let growth = Swift.max(0, sat(newSize, minus: bytesInWords(oldCount ?? 0)))
        frame.currentMemory = sat(frame.currentMemory, plus: oldCount == nil ? newSize : growth)
        if frame.currentMemory > oldPeak { frame.peakMemory = frame.currentMemory }
        try deductMemory(from: oldPeak)
    }

    /// The cell number in register `r`, chopped (K `chop`): a non-negative word is read as it is.
    @inline(__always)
    func cellNumber(_ r: Int32) -> IeleInt {
        if let n = smallValue(r), n >= 0 { return IeleInt(n) }
        return reg(r).chopped
    }

    /// `LM [ OFFSET := Int2Bytes(WIDTH, twos(WIDTH, VALUE), LE) ]`, padding the cell with zeros.
    private static func write(_ value: UnsafePointer<IeleInt>, width: Int, at offset: Int, into bytes: inout [UInt8]) {
        guard width > 0 else { return }
        if bytes.count < offset + width {
            bytes.append(contentsOf: repeatElement(0, count: offset + width - bytes.count))
        }
        bytes.withUnsafeMutableBytes { cell in
            let field = UnsafeMutableRawBufferPointer(rebasing: cell[offset..<offset + width])
            IeleInt.copyBytes(of: value, into: field, bigEndian: false)
        }
    }
}
