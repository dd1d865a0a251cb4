/// The gas schedule a contract is checked under.
///
/// The reference checker receives the execution schedule in its `<well-formedness-schedule>` cell
/// (iele.md, `#checkContract`), and exactly one rule reads it: `checkInit` in well-formedness.md,
/// which makes a local call to `@init` ill-formed under ALBE only. DEFAULT and DANSE check alike.
public enum CheckSchedule: String, Hashable, Sendable, CaseIterable {
    /// The DEFAULT schedule of iele-gas.md; checks like DANSE.
    case `default`
    /// The ALBE schedule: local calls to `@init` are ill-formed.
    case albe
    /// The DANSE schedule (the current network); local calls to `@init` are well-formed here and
    /// run `@init` like any other function (only a call through a function pointer to `@init` gets
    /// FUNC_NOT_FOUND at run time).
    case danse

    /// Whether `checkInit(init, SCHED)` of well-formedness.md holds, i.e. `SCHED =/=K ALBE`.
    var allowsLocalInitCalls: Bool { self != .albe }
}
