import IeleNumerics

/// Appends the pieces of the encoding to a byte buffer (reference `IeleAssembler.hs`).
struct BytecodeWriter {
    private(set) var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    /// A big-endian 16-bit field; callers have checked the range.
    mutating func uint16(_ value: Int) {
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value))
    }

    mutating func append(_ data: [UInt8]) {
        bytes.append(contentsOf: data)
    }

    /// A LOADPOS/LOADNEG constant: the magnitude's big-endian bytes without leading zeros, in the
    /// RLP-like form of `rlp_put_bytes` (one byte below 0x80 as itself, otherwise a length prefix).
    mutating func constant(_ magnitude: IeleInt) {
        let data = Self.bigEndianBytes(of: magnitude)
        if data.count == 1, data[0] < 0x80 {
            bytes.append(data[0])
        } else if data.count < 56 {
            bytes.append(0x80 + UInt8(data.count))
        } else {
            let length = Self.bigEndianBytes(of: data.count)
            bytes.append(0x80 + 55 + UInt8(length.count))
            bytes.append(contentsOf: length)
        }
        if !(data.count == 1 && data[0] < 0x80) {
            bytes.append(contentsOf: data)
        }
    }

    /// Registers packed `width` bits each, the first in the least significant bits, into
    /// `ceil(count × width / 8)` big-endian bytes (`asm_iele_regs`).
    mutating func registers(_ registers: [Int], width: Int) {
        let byteCount = (registers.count * width + 7) / 8
        var packed = [UInt8](repeating: 0, count: byteCount)
        for (index, register) in registers.enumerated() {
            var value = UInt(register)
            var bit = index * width
            let end = bit + width
            while value != 0, bit < end {
                if value & 1 != 0 {
                    packed[byteCount - 1 - bit / 8] |= UInt8(1) << UInt8(bit % 8)
                }
                value >>= 1
                bit += 1
            }
        }
        bytes.append(contentsOf: packed)
    }

    /// The big-endian bytes of a non-negative value, without leading zeros (empty for 0).
    static func bigEndianBytes(of value: IeleInt) -> [UInt8] {
        if let small = value.asInt { return bigEndianBytes(of: small) }
        var hex = Array(value.text(radix: 16).utf8)
        if hex.count % 2 == 1 { hex.insert(UInt8(ascii: "0"), at: 0) }
        var result: [UInt8] = []
        result.reserveCapacity(hex.count / 2)
        var index = 0
        while index < hex.count {
            result.append(hexValue(hex[index]) << 4 | hexValue(hex[index + 1]))
            index += 2
        }
        return result
    }

    static func bigEndianBytes(of value: Int) -> [UInt8] {
        var result: [UInt8] = []
        var rest = UInt(value)
        while rest != 0 {
            result.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
        return result.reversed()
    }

    private static func hexValue(_ digit: UInt8) -> UInt8 {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: digit &- UInt8(ascii: "A") &+ 10
        }
    }
}
