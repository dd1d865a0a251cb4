import ArgumentParser
import Foundation

/// Exit statuses shared by every `iele` command.
///
/// swift-argument-parser exits with 64 on a usage error; the tool promises 2 instead, as most
/// Unix tools do, so scripts can tell "your input is invalid" (1) from "you called me wrong" (2).
public enum ExitStatus {
    public static let success: Int32 = 0
    public static let invalidInput: Int32 = 1
    public static let usageError: Int32 = 2
}

/// Thrown by a command that has already printed its diagnostics, to exit with a status.
struct CommandFailure: Error {
    var status: Int32
    static let invalidInput = CommandFailure(status: ExitStatus.invalidInput)
}

extension IeleCommand {
    /// Parses `arguments`, runs the chosen command and returns the process exit status.
    ///
    /// Kept apart from `main` so tests can run commands in-process and check their status.
    public static func run(arguments: [String]) async -> Int32 {
        do {
            // The call's tokens bypass the parser (it is quadratic in them); see CallArgumentSplit.
            let split = CallArgumentSplit(arguments)
            var command = try parseAsRoot(split?.head ?? arguments)
            if let split {
                if var call = command as? CallCommand {
                    call.target.call = split.call
                    command = call
                }
            }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return ExitStatus.success
        } catch let failure as CommandFailure {
            return failure.status
        } catch {
            return report(error)
        }
    }

    /// Prints a parser or command error the way swift-argument-parser would, with our statuses.
    private static func report(_ error: Error) -> Int32 {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            return ExitStatus.success
        }
        if !message.isEmpty { printError(message) }
        if code == .validationFailure { return ExitStatus.usageError }
        // A command's own `ExitCode(n)` (e.g. 2 for its usage errors) keeps its status.
        return error is ExitCode ? code.rawValue : ExitStatus.invalidInput
    }
}

/// Writes a line to standard error, or to the task's ``ErrorCapture`` when one is installed.
func printError(_ message: String) {
    var text = message
    if !text.hasSuffix("\n") { text += "\n" }
    if let capture = ErrorCapture.current {
        capture.append(text)
    } else {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Collects what a command writes to standard error, so tests running commands in-process (and in
/// parallel) can check each message; task-local, so concurrent commands never see each other's lines.
public final class ErrorCapture: @unchecked Sendable {
    @TaskLocal static var current: ErrorCapture?

    private let lock = NSLock()
    private var collected = ""

    public init() {}

    /// Everything written so far.
    public var text: String { lock.withLock { collected } }

    func append(_ line: String) {
        lock.withLock { collected += line }
    }

    /// Runs `body` with this capture receiving standard-error messages.
    public func collecting<Result>(_ body: () async throws -> Result) async rethrows -> Result {
        try await ErrorCapture.$current.withValue(self) { try await body() }
    }
}
