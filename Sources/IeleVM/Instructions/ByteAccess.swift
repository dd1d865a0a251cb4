import IeleCrypto
import IeleNumerics

// Byte access and hashing (iele.md "Expressions", "Hashing"; iele-gas.md "Byte access", "SHA3").
// Widths and indices are read modulo 2^256 (`chop`).

extension Machine {
    /// `%a = byte %b(INDEX), %c`: byte INDEX (0 = least significant) of the two's complement.
    mutating func byte(_ i: Instr) throws(ExitStatus) {
        let (index, x) = (reg(i.b), reg(i.c))
        try registerDelta(i.a, bytesInWords(1))
        try charge(schedule.gByte)
        load(i.a, IeleInt(Int(x.byte(at: index.chopped))))
    }

    /// `%a = sext %b(WIDTH), %c`: USER_ERROR for a negative value.
    mutating func sext(_ i: Instr) throws(ExitStatus) {
        let (width, x) = (chopToInt(reg(i.b)), reg(i.c))
        let words = bytesInWords(width)
        try registerDelta(i.a, words)
        try charge(sat(schedule.gSext, plus: sat(Swift.max(1, words), times: schedule.gSextWord)))
        guard !x.isNegative else { throw .userError }
        load(i.a, x.signExtended(fromByteWidth: width))
    }

    /// `%a = twos %b(WIDTH), %c`: the value modulo 256^WIDTH.
    mutating func twos(_ i: Instr) throws(ExitStatus) {
        let (width, x) = (chopToInt(reg(i.b)), reg(i.c))
        let words = bytesInWords(width)
        try registerDelta(i.a, words)
        try charge(sat(schedule.gTwos, plus: sat(Swift.max(1, words), times: schedule.gTwosWord)))
        guard let r = x.twos(width: width) else { throw .outOfGas }
        load(i.a, r)
    }

    /// `%a = bswap %b(WIDTH), %c`: USER_ERROR for a negative width.
    mutating func bswap(_ i: Instr) throws(ExitStatus) {
        // A word-sized, non-negative width (every compiled bswap) is its own `chop`.
        let small = smallValue(i.b).flatMap { $0 >= 0 ? $0 : nil }
        let width = small ?? chopToInt(reg(i.b))
        let words = bytesInWords(width)
        let oldWords = frameRegisters[Int(i.a)].words
        try registerDelta(replacing: oldWords, words)
        try charge(sat(schedule.gBswap, plus: sat(Swift.max(1, words), times: schedule.gBswapWord)))
        guard small != nil || !reg(i.b).isNegative else { throw .userError }
        // Whole words from 16 to 64 bytes (a 256-bit word, say): limb by limb, into the result
        // register's own storage. The source is read where it is (it may be the result register).
        let source = UnsafePointer(frameRegisters + Int(i.c))
        var done = false
        loadInPlace(i.a, replacing: oldWords) { done = IeleInt.storeByteSwapped(of: source, width: width, into: $0) }
        if done { return }
        guard let r = reg(i.c).byteSwapped(width: width) else { throw .outOfGas }
        load(i.a, r)
    }

    /// `%a = sha3 %b`: Keccak-256 of a whole memory cell, as an unsigned integer.
    mutating func sha3(_ i: Instr) throws(ExitStatus) {
        let cell = cellNumber(i.b)
        let count = frame.memory.count(of: cell) ?? 0
        let oldWords = frameRegisters[Int(i.a)].words
        try registerDelta(replacing: oldWords, wordCosts.wordsOf256Bits)
        try charge(sat(schedule.gSha3, plus: sat(bytesInWords(count), times: schedule.gSha3Word)))
        // The cell is hashed in place and the digest kept on the stack.
        var digest: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digest) { output in
            frame.memory.withBytes(of: cell) { Keccak256.hash($0, into: output) }
        }
        // The digest is big-endian: its last 8 bytes are the least significant limb.
        var limbs = (
            UInt64(bigEndian: digest.3), UInt64(bigEndian: digest.2), UInt64(bigEndian: digest.1),
            UInt64(bigEndian: digest.0)
        )
        withUnsafePointer(to: &limbs) { tuple in
            tuple.withMemoryRebound(to: UInt64.self, capacity: 4) { start in
                loadInPlace(i.a, replacing: oldWords) {
                    $0.pointee.assign(magnitude: UnsafeBufferPointer(start: start, count: 4))
                }
            }
        }
    }
}
