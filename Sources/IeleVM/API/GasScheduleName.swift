/// The gas schedules of iele-gas.md, by the names the reference test files use for networks, and
/// the calibrated schedule this VM adds beyond the reference.
public enum GasScheduleName: String, Hashable, Sendable, CaseIterable {
    case `default` = "Default"
    case albe = "Albe"
    case danse = "Danse"
    /// DANSE with constants measured so that gas buys bounded time (``GasSchedule/calibrated``):
    /// not a reference network; a network chooses it by this name.
    case calibrated = "Calibrated"
}
