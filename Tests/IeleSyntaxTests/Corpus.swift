import Foundation

/// Locates the conformance corpus and the package's own example contracts.
enum Corpus {
    /// The package root, derived from this file's path (Tests/IeleSyntaxTests/Corpus.swift).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// `$IELE_CONFORMANCE`, or `../shared/conformance` next to the package root; nil if absent.
    static var root: URL? {
        let path = ProcessInfo.processInfo.environment["IELE_CONFORMANCE"]
        let url =
            path.map { URL(fileURLWithPath: $0, relativeTo: packageRoot) }
            ?? packageRoot.appendingPathComponent("../shared/conformance")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        return url.standardizedFileURL
    }

    /// The corpus folders that hold `.iele` sources, relative to the corpus root.
    static let sourceFolders = ["iele-examples", "benchmark", "tests/iele/danse/unit", "tests/iele/danse/ill-formed"]

    /// Every `.iele` source of the corpus, as paths relative to its root (empty when it is absent).
    static var sources: [String] {
        guard let root else { return [] }
        var found: [String] = []
        for folder in sourceFolders {
            let names =
                (try? FileManager.default.contentsOfDirectory(
                    atPath: root.appendingPathComponent(folder).path)) ?? []
            found += names.filter { $0.hasSuffix(".iele") }.sorted().map { folder + "/" + $0 }
        }
        return found
    }

    /// The package's example contracts (Examples/*.iele).
    static var examples: [String] {
        let folder = packageRoot.appendingPathComponent("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".iele") }.sorted()
    }

    static func read(_ relativePath: String) -> [UInt8]? {
        guard let root else { return nil }
        return FileManager.default.contents(atPath: root.appendingPathComponent(relativePath).path).map(Array.init)
    }

    static func readExample(_ name: String) -> [UInt8]? {
        FileManager.default.contents(atPath: packageRoot.appendingPathComponent("Examples/" + name).path)
            .map(Array.init)
    }
}
