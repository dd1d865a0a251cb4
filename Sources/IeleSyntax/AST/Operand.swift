import IeleNumerics

/// A right-hand-side operand: a register, an integer constant or a global name.
///
/// `true` and `false` parse as the constants 1 and 0, so they have no case of their own.
/// A global name is either a global constant (`@x = 5`) or a function name, as in the
/// callee position of a call (`call @f(...)`) or a function pointer (`%f = @f`).
public enum Operand: Hashable, Sendable {
    /// A local register, `%name`.
    case register(Name)
    /// An integer constant (decimal, negative or hexadecimal in the source).
    case constant(IeleInt)
    /// A global name, `@name`.
    case global(Name)
}
