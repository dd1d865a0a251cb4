/// The gas schedules of iele-gas.md, by the names the reference test files use for networks.
public enum GasScheduleName: String, Hashable, Sendable, CaseIterable {
    case `default` = "Default"
    case albe = "Albe"
    case danse = "Danse"
}
