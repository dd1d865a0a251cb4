import IeleNumerics

extension Precompiled {
    /// `@iele.id(DATA)`: returns its argument, for free.
    static let id = Precompiled(
        name: Array("iele.id".utf8), parameterCount: 1, cost: { _, _ in 0 }, run: { a in a })
}
