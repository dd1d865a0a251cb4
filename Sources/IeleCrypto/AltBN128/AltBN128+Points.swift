extension AltBN128 {
    /// A point of G1 in affine coordinates, as ECADD and ECMUL take and return it: `(x, y)` with
    /// `(0, 0)` standing for the point at infinity (krypto.md, "BN128 Curve Functions").
    public struct G1Point: Hashable, Sendable, CustomStringConvertible {
        public var x: Word
        public var y: Word

        public init(x: Word, y: Word) {
            self.x = x
            self.y = y
        }

        /// `(0, 0)`, the encoding of the point at infinity.
        public static let infinity = G1Point(x: .zero, y: .zero)

        /// The generator (1, 2).
        public static let generator = G1Point(x: Word(1), y: Word(2))

        public var description: String { "(\(x), \(y))" }
    }

    /// An element `real + imaginary·i` of Fp2, one coordinate of a G2 point.
    ///
    /// The K rules write it `real x imaginary` (krypto.md: "x1 and y1 are zero-degree coefficients and
    /// x2 and y2 are first-degree coefficients"); EIP-197 bytes put the imaginary part first.
    public struct G2Coordinate: Hashable, Sendable, CustomStringConvertible {
        public var real: Word
        public var imaginary: Word

        public init(real: Word, imaginary: Word) {
            self.real = real
            self.imaginary = imaginary
        }

        public static let zero = G2Coordinate(real: .zero, imaginary: .zero)

        public var description: String { "\(real) + \(imaginary)·i" }
    }

    /// A point of G2 (on the twist `y² = x³ + 3/(9 + i)` over Fp2) in affine coordinates, with all four
    /// components zero standing for the point at infinity.
    public struct G2Point: Hashable, Sendable, CustomStringConvertible {
        public var x: G2Coordinate
        public var y: G2Coordinate

        public init(x: G2Coordinate, y: G2Coordinate) {
            self.x = x
            self.y = y
        }

        public static let infinity = G2Point(x: .zero, y: .zero)

        public var description: String { "(\(x), \(y))" }
    }
}
