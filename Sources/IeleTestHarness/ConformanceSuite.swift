/// Loads and runs test files: what `iele test` and the conformance tests share.
public struct ConformanceSuite: Sendable {
    public var loader: TestLoader
    public var runner: TestRunner

    public init(loader: TestLoader = TestLoader(), runner: TestRunner = TestRunner()) {
        self.loader = loader
        self.runner = runner
    }

    /// One report per test of the file; a file that cannot be loaded gives one failing report
    /// carrying the load error.
    public func run(fileAt path: String) -> [TestReport] {
        do {
            return try loader.load(fileAt: path).map(runner.run)
        } catch {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return [TestReport(name: name, file: path, mismatches: [], loadError: error)]
        }
    }
}
