extension AltBN128 {
    /// The operations shared by the base field and its quadratic extension, so that one generic
    /// Jacobian point type serves both G1 (over Fp) and the twist G2 (over Fp2).
    protocol Field: Equatable, Sendable {
        static var zero: Self { get }
        static var one: Self { get }
        static func + (lhs: Self, rhs: Self) -> Self
        static func - (lhs: Self, rhs: Self) -> Self
        static func * (lhs: Self, rhs: Self) -> Self
        static prefix func - (value: Self) -> Self
        /// `self · self`.
        func squared() -> Self
        /// `self + self`.
        func doubled() -> Self
        /// The multiplicative inverse; zero maps to zero.
        func inverse() -> Self
        var isZero: Bool { get }
    }
}
