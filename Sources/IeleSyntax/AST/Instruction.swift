import IeleNumerics

/// One IELE instruction, as in the `Instruction` sort of iele-syntax.md.
///
/// Results (`LValue`s) are register names. Builtins such as `@iele.gas` are written and parsed
/// as local calls (`%g = call @iele.gas()`), exactly as the reference syntax has them; the
/// assembler and the VM recognise them by name.
public enum Instruction: Hashable, Sendable {
    /// `%r = OPERAND`
    case assign(result: Name, value: Operand)
    /// `%r = load CELL` — the whole memory cell.
    case load(result: Name, cell: Operand)
    /// `%r = load CELL, OFFSET, WIDTH` — `width` bytes of a cell from byte `offset`.
    case loadBytes(result: Name, cell: Operand, offset: Operand, width: Operand)
    /// `store VALUE, CELL`
    case store(value: Operand, cell: Operand)
    /// `store VALUE, CELL, OFFSET, WIDTH`
    case storeBytes(value: Operand, cell: Operand, offset: Operand, width: Operand)
    /// `%r = sload INDEX`
    case sload(result: Name, index: Operand)
    /// `sstore VALUE, INDEX`
    case sstore(value: Operand, index: Operand)
    /// `%r = OP A` for the one-operand expressions.
    case unary(UnaryOperation, result: Name, operand: Operand)
    /// `%r = OP A, B` for the two-operand expressions.
    case binary(BinaryOperation, result: Name, lhs: Operand, rhs: Operand)
    /// `%r = OP A, B, M` for the modular expressions.
    case ternary(TernaryOperation, result: Name, first: Operand, second: Operand, modulus: Operand)
    /// `%r = cmp PRED A, B`
    case compare(Predicate, result: Name, lhs: Operand, rhs: Operand)
    /// `br LABEL`
    case jump(label: Name)
    /// `br COND, LABEL` — jumps when the condition is non-zero.
    case conditionalJump(condition: Operand, label: Name)
    /// `%r1, … = call FUNCTION(ARGS)` — a call within the contract, or a builtin `@iele.*`.
    /// `function` is a global name, or a register holding a function pointer.
    case localCall(results: [Name], function: Operand, arguments: [Operand])
    /// `%status, %r1, … = call FUNCTION at ADDRESS(ARGS) send VALUE, gaslimit GAS`, and the
    /// `staticcall` form, which has no `send` (`value` is nil). `results[0]` is the status.
    case accountCall(
        results: [Name], function: Operand, address: Operand, arguments: [Operand], value: Operand?,
        gasLimit: Operand)
    /// `%r = calladdress @FUNCTION at ADDRESS`
    case callAddress(result: Name, function: Name, address: Operand)
    /// `ret A, …`; an empty list is `ret void`.
    case ret(values: [Operand])
    /// `revert VALUE`
    case revert(value: Operand)
    /// `log CELL` with zero to four topics.
    case log(cell: Operand, topics: [Operand])
    /// `%status, %address = create CONTRACT(ARGS) send VALUE`
    case create(status: Name, address: Name, contract: Name, arguments: [Operand], value: Operand)
    /// `%status, %address = copycreate SOURCE(ARGS) send VALUE`
    case copyCreate(status: Name, address: Name, source: Operand, arguments: [Operand], value: Operand)
    /// `selfdestruct BENEFICIARY`
    case selfdestruct(beneficiary: Operand)

    /// Whether this is the static form of an account call.
    public var isStaticCall: Bool {
        if case .accountCall(_, _, _, _, nil, _) = self { return true }
        return false
    }
}

/// One-operand expressions.
public enum UnaryOperation: String, Hashable, Sendable, CaseIterable {
    case iszero, not, log2, sha3
}

/// Two-operand expressions.
public enum BinaryOperation: String, Hashable, Sendable, CaseIterable {
    case add, mul, sub, div, exp, mod, byte, sext, twos, bswap, and, or, xor, shift
}

/// Three-operand modular expressions.
public enum TernaryOperation: String, Hashable, Sendable, CaseIterable {
    case addmod, mulmod, expmod
}

/// Comparison predicates of `cmp`.
public enum Predicate: String, Hashable, Sendable, CaseIterable {
    case lt, le, gt, ge, eq, ne
}
