/// The outcome of one test: passed when it has no mismatches.
public struct TestReport: Hashable, Sendable {
    public var name: String
    public var file: String?
    public var mismatches: [Mismatch]
    /// Set when the file could not be loaded; `name` is then the file's name.
    public var loadError: TestLoadError?

    public init(name: String, file: String?, mismatches: [Mismatch], loadError: TestLoadError? = nil) {
        self.name = name
        self.file = file
        self.mismatches = mismatches
        self.loadError = loadError
    }

    public var passed: Bool { mismatches.isEmpty && loadError == nil }
}
