import Foundation
import Testing

@testable import IeleCLI

/// `iele assemble -o PATH` writes only regular files: anything else at PATH is refused with a message
/// naming it, and an existing regular file is replaced whole (through a temporary file and a rename).
@Suite struct AssembleOutputTests {
    static let source = "contract A { define public @f() { ret void } define @init() {} }\n"

    /// A fresh folder holding the source `a.iele`.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("iele-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(source.utf8).write(to: folder.appendingPathComponent("a.iele"))
        return folder
    }

    /// Runs `iele assemble a.iele -o output`, returning the status and what it wrote to standard error.
    static func assemble(_ folder: URL, to output: String) async -> (status: Int32, message: String) {
        let capture = ErrorCapture()
        let source = folder.appendingPathComponent("a.iele").path
        let status = await capture.collecting { await IeleCommand.run(arguments: ["assemble", source, "-o", output]) }
        return (status, capture.text)
    }

    static func entries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func writesANewRegularFile() async throws {
        let folder = try Self.folder()
        let output = folder.appendingPathComponent("a.bin").path
        #expect(await Self.assemble(folder, to: output).status == 0)
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(written.count > 8)
        #expect(try Self.entries(folder) == ["a.bin", "a.iele"])
    }

    @Test func replacesAnExistingRegularFileWholeAndKeepsItsMode() async throws {
        let folder = try Self.folder()
        let output = folder.appendingPathComponent("a.bin").path
        try Data(repeating: 0xab, count: 10_000).write(to: URL(fileURLWithPath: output))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: output)
        #expect(await Self.assemble(folder, to: output).status == 0)
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(written.count < 100)
        #expect(!written.contains(0xab))
        let mode = try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try Self.entries(folder) == ["a.bin", "a.iele"])  // no temporary file left
    }

    @Test func refusesASymbolicLinkAndLeavesItsTargetAlone() async throws {
        let folder = try Self.folder()
        let target = folder.appendingPathComponent("target")
        try Data("keep".utf8).write(to: target)
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target.path)
        let outcome = await Self.assemble(folder, to: link)
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("iele assemble: \(link): cannot write: it is a symbolic link"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target.path)
        // A dangling link is refused too: writing would create its target.
        let dangling = folder.appendingPathComponent("dangling").path
        try FileManager.default.createSymbolicLink(
            atPath: dangling, withDestinationPath: folder.appendingPathComponent("nowhere").path)
        #expect(await Self.assemble(folder, to: dangling).status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nowhere").path))
        #expect(try Self.entries(folder) == ["a.iele", "dangling", "link", "target"])
    }

    @Test func refusesAFIFOWithoutOpeningIt() async throws {
        let folder = try Self.folder()
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // Opening a FIFO for writing would block with no reader: the command must not open it.
        let outcome = await Self.assemble(folder, to: fifo)
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("\(fifo): cannot write: it is a FIFO"))
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func refusesADirectory() async throws {
        let folder = try Self.folder()
        let outcome = await Self.assemble(folder, to: folder.path)
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("\(folder.path): cannot write: it is a directory"))
    }

    @Test func reportsAMissingFolder() async throws {
        let folder = try Self.folder()
        let outcome = await Self.assemble(folder, to: folder.appendingPathComponent("no/such/out.bin").path)
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("cannot create a temporary file"))
    }

    @Test func kindsAreNamed() {
        #expect(RegularFileWriter.kind(S_IFCHR) == "a character device")
        #expect(RegularFileWriter.kind(S_IFBLK) == "a block device")
        #expect(RegularFileWriter.kind(S_IFSOCK) == "a socket")
    }
}
