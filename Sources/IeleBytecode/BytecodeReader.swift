import IeleNumerics
import IeleSyntax

/// Reads fields of the input at offsets its callers have already checked against the end of
/// the enclosing contract.
struct BytecodeReader {
    let bytes: [UInt8]

    /// `#asUnsigned(at, 2, BS)`.
    func uint16(at offset: Int) -> Int {
        Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
    }

    /// `#asUnsigned(at, count, BS)` for `count` ≤ 8.
    func unsigned(at offset: Int, count: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in offset..<(offset + count) {
            value = value << 8 | UInt64(bytes[index])
        }
        return value
    }

    /// The unsigned big-endian value of `count` bytes, of any length.
    func bigUnsigned(at offset: Int, count: Int) -> IeleInt {
        var start = offset
        let end = offset + count
        while start < end, bytes[start] == 0 { start += 1 }
        if end - start <= 7 { return IeleInt(Int(unsigned(at: start, count: end - start))) }
        let digits = "0123456789abcdef".utf8.map { $0 }
        var hex: [UInt8] = []
        hex.reserveCapacity(2 * (end - start))
        for byte in bytes[start..<end] {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return IeleInt(String(decoding: hex, as: UTF8.self), radix: 16) ?? .zero
    }

    /// Register `index` of the `count`-byte register field at `offset`: bits
    /// `[index × width, (index + 1) × width)` of the field read as a big-endian integer,
    /// counting from its least significant bit (`%(R, W, M, IDX)` of iele-binary.md).
    /// - Returns: the register's number as a numeric name, and the number when it fits in `Int`.
    func register(_ index: Int, field offset: Int, count: Int, width: Int) -> (name: Name, number: Int?) {
        let first = index * width
        let last = first + width  // one past the register's top bit
        // Whole bytes from the least significant end; bits outside [first, last) are masked off.
        var value = 0
        var overflows = false
        var byteIndex = first / 8
        while byteIndex * 8 < last {
            var byte = Int(bytes[offset + count - 1 - byteIndex])
            let low = byteIndex * 8
            if low < first { byte >>= first - low }
            let shift = max(low - first, 0)
            let available = last - max(low, first)
            if available < 8 { byte &= (1 << available) - 1 }
            if byte != 0 {
                if shift + (Int.bitWidth - byte.leadingZeroBitCount) > 62 {
                    overflows = true
                    break
                }
                value |= byte << shift
            }
            byteIndex += 1
        }
        if !overflows { return (Self.numericName(value), value) }
        // A register number beyond 62 bits (only with NBITS over 62): build its bytes.
        var magnitude = [UInt8](repeating: 0, count: (width + 7) / 8)
        for bit in 0..<width where isSet(first + bit, offset, count) {
            magnitude[magnitude.count - 1 - bit / 8] |= UInt8(1) << UInt8(bit % 8)
        }
        let big = BytecodeReader(bytes: magnitude).bigUnsigned(at: 0, count: magnitude.count)
        return (Name(big.description), nil)
    }

    /// The numeric name of a register or label; the small ones come from a table.
    static func numericName(_ value: Int) -> Name {
        value < smallNames.count ? smallNames[value] : Name(String(value))
    }

    private static let smallNames: [Name] = (0..<1024).map { Name(String($0)) }

    /// Bit `bit` (from the least significant end) of the `count`-byte big-endian field at `offset`.
    private func isSet(_ bit: Int, _ offset: Int, _ count: Int) -> Bool {
        let byteIndex = offset + count - 1 - bit / 8
        guard byteIndex >= offset else { return false }
        return (bytes[byteIndex] >> UInt8(bit % 8)) & 1 != 0
    }
}
