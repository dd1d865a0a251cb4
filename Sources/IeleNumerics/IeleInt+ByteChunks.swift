// Byte strings fed in pieces, for consumers that must not hold the whole string (a hash of a
// precompile's input, whose length is chosen by the transaction; ECMUL's scalar).

extension IeleInt {
    /// The largest piece `forEachBigEndianChunk` hands over, in bytes (a multiple of 8).
    public static let byteChunkCount = 1 << 14

    /// Hands K `Int2Bytes(count, |I|, BE)` (the magnitude's bytes; for a non-negative value,
    /// `Int2Bytes(count, I, BE)`) to `body`, most significant byte first, in consecutive pieces of
    /// at most `byteChunkCount` bytes, without building the string.
    ///
    /// `count` is chosen by a transaction (the LEN of `@iele.sha256`), so the string may be far
    /// larger than the value and than memory: the zero bytes above the value's own come from one
    /// zeroed piece handed over repeatedly, and the value's bytes are written a piece at a time from
    /// its limbs. The memory used is one piece, whatever `count`. The pieces live only during `body`.
    /// When `count` is at most the value's length (no zero padding), every piece but the first is
    /// exactly `byteChunkCount` bytes long (a multiple of 32, which ECMUL's reduction relies on).
    ///
    /// - Parameters:
    ///   - count: the string's length in bytes; nothing is handed over when it is 0 or less.
    ///   - body: called with each piece, in order.
    public func forEachBigEndianChunk(count: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
        guard count > 0 else { return }
        let chunk = IeleInt.byteChunkCount
        let valueBytes = Swift.min(count, unsignedByteCount)
        withUnsafeTemporaryAllocation(byteCount: chunk, alignment: 8) { buffer in
            var zeros = count &- valueBytes
            if zeros > 0 {
                buffer.initializeMemory(as: UInt8.self, repeating: 0)
                while zeros > 0 {
                    let piece = Swift.min(zeros, chunk)
                    body(UnsafeRawBufferPointer(rebasing: buffer[..<piece]))
                    zeros &-= piece
                }
            }
            // The value's bytes in pieces aligned at multiples of `chunk` from the least significant
            // byte, so that each piece starts at a limb boundary; only the first may be short.
            var high = valueBytes
            while high > 0 {
                let low = (high &- 1) / chunk &* chunk
                let piece = UnsafeMutableRawBufferPointer(rebasing: buffer[..<(high &- low)])
                writeBigEndianBytes(fromLimb: low / 8, into: piece)
                body(UnsafeRawBufferPointer(piece))
                high = low
            }
        }
    }

    /// Writes `Int2Bytes(piece.count, |I| >> (64 * firstLimb), BE)`.
    private func writeBigEndianBytes(fromLimb firstLimb: Int, into piece: UnsafeMutableRawBufferPointer) {
        switch storage {
        case .small(let v):
            // A word-sized value has one limb, so it fits in the first (and only) piece.
            let magnitude = UInt64(v.magnitude)
            WordSink(buffer: piece, bigEndian: true).write { w in w == 0 ? magnitude : 0 }
        case .big(let box):
            withExtendedLifetime(box) {
                let z = box.pointer.pointee
                let used = Int(z._mp_size.magnitude)
                guard let limbs = z._mp_d else { return }
                WordSink(buffer: piece, bigEndian: true).write { w in
                    let limb = firstLimb &+ w
                    return limb < used ? UInt64(limbs[limb]) : 0
                }
            }
        }
    }
}
