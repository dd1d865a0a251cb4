import Foundation

/// Where the reference conformance corpus and the package's own contracts are, for tests.
///
/// The corpus lives beside the project, not in it: `$IELE_CONFORMANCE` names it (a relative path is
/// taken from the package root), and `../shared/conformance` is the default. Every test target finds
/// it the same way through this one type, and reports its absence with `absenceMessage`.
public enum ConformanceCorpus {
    /// The package root, derived from this file's path (Sources/IeleTestSupport/…).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The configured corpus location, whether or not it exists.
    public static var configuredRoot: URL {
        let configured = ProcessInfo.processInfo.environment["IELE_CONFORMANCE"] ?? "../shared/conformance"
        return URL(fileURLWithPath: configured, relativeTo: packageRoot).standardizedFileURL
    }

    /// The corpus folder, or nil when it is absent.
    public static var root: URL? {
        var isDirectory: ObjCBool = false
        let url = configuredRoot
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        return url
    }

    /// What a test prints when the corpus is absent.
    public static var absenceMessage: String {
        "conformance corpus not found at \(configuredRoot.path); set IELE_CONFORMANCE to its folder"
    }

    /// The `.iele` files directly in `folder` of the corpus, as sorted paths relative to its root.
    public static func sources(in folder: String) -> [String] {
        guard let root else { return [] }
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".iele") }.sorted().map { folder + "/" + $0 }
    }

    /// The bytes of a corpus file, by path relative to its root.
    public static func read(_ relativePath: String) -> [UInt8]? {
        guard let root else { return nil }
        return FileManager.default.contents(atPath: root.appendingPathComponent(relativePath).path).map(Array.init)
    }

    /// The text of a corpus file, by path relative to its root.
    public static func readText(_ relativePath: String) -> String? {
        read(relativePath).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The package's own example contracts (Examples/*.iele), by file name.
    public static var examples: [String] {
        let folder = packageRoot.appendingPathComponent("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".iele") }.sorted()
    }

    /// The bytes of one of the package's example contracts.
    public static func readExample(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Examples/" + name).path)
            .map(Array.init)
    }
}
