extension AltBN128 {
    /// Scalars modulo the group order
    /// r = 21888242871839275222246405745257275088548364400416034343698204186575808495617.
    ///
    /// Every valid G1 point has order dividing r, so `s·P = (s mod r)·P`: this lets ECMUL accept a scalar of
    /// any length (IELE integers are unbounded) at a cost linear in its length.
    enum Scalar {
        /// The group order r.
        static var order: Word {
            Word(0x43e1_f593_f000_0001, 0x2833_e848_79b9_7091, 0xb850_45b6_8181_585d, 0x3064_4e72_e131_a029)
        }

        /// `-r^-1 mod 2^64`.
        static var orderInverse: UInt64 { 0xc2e1_f593_efff_ffff }

        /// `2^512 mod r`.
        static var rSquared: Word {
            Word(0x1bb8_e645_ae21_6da7, 0x53fe_3ab1_e35c_59e3, 0x8c49_833d_53bb_8085, 0x0216_d0b1_7f4e_44a5)
        }

        /// `value mod r` for any `value < 2^256` (at most five subtractions, since 2^256 < 6r).
        static func reduce(_ value: Word) -> Word {
            var result = value
            while !result.isLess(than: order) {
                result = Montgomery.reduceOnce(result, modulus: order)
            }
            return result
        }

        /// The big-endian unsigned integer `bytes` reduced modulo r, by Horner's rule on 256-bit chunks.
        static func reduce(bigEndian bytes: [UInt8]) -> Word {
            bytes.withUnsafeBytes { reduce(bigEndian: $0, continuing: .zero) }
        }

        /// `(accumulator · 2^(8·bytes.count) + bytes) mod r`, by Horner's rule on 256-bit chunks
        /// aligned on the end of `bytes`: a long scalar is reduced a piece at a time, provided every
        /// piece after the first is a multiple of 32 bytes long (or the accumulator is still zero).
        static func reduce(bigEndian bytes: UnsafeRawBufferPointer, continuing accumulator: Word) -> Word {
            var accumulator = accumulator
            var chunkEnd = bytes.count % 32 == 0 ? min(32, bytes.count) : bytes.count % 32
            var chunkStart = 0
            while chunkStart < bytes.count {
                let chunk = Word(bigEndian: bytes[chunkStart..<chunkEnd]) ?? .zero
                // accumulator·2^256 mod r is the Montgomery product of accumulator and 2^512 mod r.
                let shifted = Montgomery.multiply(accumulator, rSquared, modulus: order, inverse: orderInverse)
                accumulator = Montgomery.add(shifted, reduce(chunk), modulus: order)
                chunkStart = chunkEnd
                chunkEnd += 32
            }
            return accumulator
        }
    }
}
