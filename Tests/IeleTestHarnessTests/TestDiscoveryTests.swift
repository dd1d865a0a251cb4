import Foundation
import Testing

@testable import IeleTestHarness

@Suite("Finding test files")
struct TestDiscoveryTests {
    @Test("folders are searched recursively for *.iele.json and *.test-assembled; files are taken as given")
    func recursion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("discovery-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["a.iele.json", "sub/b.iele.json.test-assembled", "sub/deeper/c.iele.json", "x.iele", "y.json"]
        for name in names {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: url)
        }
        let found = try TestDiscovery.files(in: [folder.path])
        #expect(
            found.map { String($0.dropFirst(folder.path.count + 1)) } == [
                "a.iele.json", "sub/b.iele.json.test-assembled", "sub/deeper/c.iele.json",
            ])
        let explicit = folder.appendingPathComponent("y.json").path
        #expect(try TestDiscovery.files(in: [explicit]) == [explicit])
    }

    @Test("a missing path is an error naming it")
    func missing() {
        #expect(throws: TestDiscovery.MissingPath(path: "/no/such/path")) {
            try TestDiscovery.files(in: ["/no/such/path"])
        }
    }
}
