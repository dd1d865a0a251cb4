import Foundation

/// Files and folders the runner reads, found relative to this source file so the runner works from
/// any current directory.
enum FileText {
    static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Benchmarks/ (this package's root).
    static let packageRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    /// Benchmarks/Workloads, or $IELE_BENCH_WORKLOADS.
    static let workloads: String = {
        ProcessInfo.processInfo.environment["IELE_BENCH_WORKLOADS"] ?? packageRoot + "/Workloads"
    }()

    /// The conformance corpus: $IELE_CONFORMANCE (relative paths from the root package), else
    /// ../shared/conformance from the root package, as the tests find it.
    static let conformance: String = {
        if let path = ProcessInfo.processInfo.environment["IELE_CONFORMANCE"], !path.isEmpty {
            return path.hasPrefix("/") ? path : packageRoot + "/../" + path
        }
        return packageRoot + "/../../shared/conformance"
    }()
}
