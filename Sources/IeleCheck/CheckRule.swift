/// One well-formedness rule: the reason a contract is rejected.
///
/// Each case is one way the reference checker (well-formedness.md, run by iele.md's
/// `#checkContract`) can fail to accept a contract, so that a rejected contract says *which*
/// rule it broke. A few cases cover shapes the syntax tree can hold but IELE text cannot
/// (their `origin` is `.syntax`), and one covers a check the reference assembler makes
/// (`.assembler`). Identifiers, explanations and messages live in `CheckCatalog.swift`.
public enum CheckRule: String, Hashable, Sendable, CaseIterable {
    // MARK: Contracts (`contract NAME { … }`, `Contract` list)

    /// A program holds no contract at all (`.Contract` has no rule).
    case noContracts
    /// A contract has the name of an earlier contract (`notBool NAME in CONTRACTS`).
    case duplicateContract
    /// A contract, global or function is given a name starting with `iele.` (`checkName`).
    case reservedName
    /// `external contract NAME` names no earlier contract of the file (`NAME in CONTRACTS`).
    case unknownExternalContract
    /// The same contract is declared external twice (`notBool NAME in DECLARED`).
    case duplicateExternalContract
    /// A contract does not define `@init` (`<types> ... init |-> _ -> .Types`).
    case missingInit

    // MARK: Top-level definitions

    /// A global or function name is defined twice (`notBool NAME in_keys(TYPES)`).
    case duplicateDefinition
    /// `@init` is declared `public` (no rule accepts `define public @init`).
    case publicInit
    /// Parameters mix numbered and named registers, or are not numbered 0, 1, 2, … in order
    /// (`checkArgs`, `checkNameArgs`, `checkIntArgs`).
    case parameterNames
    /// A register that is assigned, or a parameter, has a name starting with `iele.`
    /// (`checkLVal`, `checkNameArgs`).
    case reservedRegister

    // MARK: Blocks and jumps

    /// Two blocks of one function have the same label (`notBool NAME in LABELS`).
    case duplicateLabel
    /// A `br` jumps to a label that no block of the function has (`<labels> ... SetItem(NAME)`).
    case undefinedLabel
    /// A block other than the first has no label (syntax: `UnlabeledBlock LabeledBlocks`).
    case unlabeledBlock

    // MARK: Calls and returns

    /// A local call names a function that is neither defined in the contract nor a builtin.
    case undefinedFunction
    /// A local call names a global constant instead of a function.
    case callToConstant
    /// A local call's callee is an integer constant (only `@name` and `%register` have rules).
    case invalidCallee
    /// A local call passes a different number of arguments than the callee takes
    /// (`ints(#sizeRegs(ARGS)) ==K ARGTYPES`).
    case argumentCount
    /// A local call expects a different number of results than the callee returns
    /// (`ints(#sizeLVals(RETS)) ==K RETTYPES`).
    case resultCount
    /// A `ret` returns a different number of values than the function returns elsewhere
    /// (`ints(#sizeRegs(OPS)) ==K RETTYPES`); `@init` returns nothing.
    case returnCount
    /// A local call to `@init` under the ALBE schedule (`checkInit`).
    case initCall
    /// An account call has no register for its status (syntax: `LValues` is a `NeList`).
    case missingCallStatus

    // MARK: Creation, logging, operands

    /// `create` names a contract not declared with `external contract`
    /// (`<declaredContracts> ... SetItem(NAME)`).
    case undeclaredContract
    /// `log` has more than four topics (syntax: `log` takes one to five operands).
    case logTopicCount
    /// An operand `@name` names neither a global constant nor a function of the contract
    /// (the reference assembler stops with "Undefined global"; the K checker accepts it).
    case undefinedGlobal
}

/// Where a rule comes from in the reference.
public enum CheckRuleOrigin: String, Hashable, Sendable {
    /// A rule of the K checker, well-formedness.md: the VM's CONTRACT_INVALID decision.
    case wellFormedness
    /// A shape IELE text cannot have (iele-syntax.md) but a syntax tree can; the K checker has
    /// no rule for it, so it is ill-formed there too.
    case syntax
    /// A check of the reference assembler (iele-assemble) that the K checker does not make.
    case assembler
}
