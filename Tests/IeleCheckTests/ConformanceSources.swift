import Foundation

/// The `.iele` sources of the reference conformance corpus (see /work/shared/conformance/README.md).
enum ConformanceSources {
    /// `$IELE_CONFORMANCE` (relative paths are taken from the package root), or
    /// `../shared/conformance` beside the package root; nil when neither exists.
    static var root: URL? {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let configured = ProcessInfo.processInfo.environment["IELE_CONFORMANCE"]
        let url =
            configured.map { URL(fileURLWithPath: $0, relativeTo: packageRoot) }
            ?? packageRoot.appendingPathComponent("../shared/conformance")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        return url.standardizedFileURL
    }

    /// The sources the reference CI expects to pass the checker (`test-wellformed` in its
    /// Makefile, plus the SHA-3 benchmark), relative to the corpus root.
    static var wellFormed: [String] {
        ["iele-examples", "benchmark", "tests/iele/danse/unit"].flatMap(sources(in:))
    }

    /// The sources the reference CI expects to fail (`test-illformed`).
    static var illFormed: [String] {
        sources(in: "tests/iele/danse/ill-formed")
    }

    static func read(_ path: String) -> String? {
        guard let root else { return nil }
        return try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    private static func sources(in folder: String) -> [String] {
        guard let root else { return [] }
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path))
            ?? []
        return names.filter { $0.hasSuffix(".iele") }.sorted().map { folder + "/" + $0 }
    }
}
