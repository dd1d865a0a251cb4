import Foundation

/// Finds the reference test files under the paths given to `iele test`.
public enum TestDiscovery {
    /// The name endings of test files: the JSON tests and their pre-assembled form.
    public static let suffixes = [".iele.json", ".test-assembled"]

    /// A path that is neither a file nor a folder.
    public struct MissingPath: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var description: String { "no such file or directory: \(path)" }
    }

    /// Every test file named by `paths`: a file is taken as given, a folder is searched recursively for
    /// names ending in one of `suffixes`. Each folder's files come sorted by path.
    public static func files(in paths: [String]) throws(MissingPath) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw MissingPath(path: path)
            }
            if isDirectory.boolValue {
                result += testFiles(under: path)
            } else {
                result.append(path)
            }
        }
        return result
    }

    static func testFiles(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if suffixes.contains(where: { relative.hasSuffix($0) }) {
                found.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return found.sorted()
    }
}
