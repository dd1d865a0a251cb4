import IeleNumerics
import IeleTestHarness

/// Error messages of one command about one input, all in one form: `iele COMMAND: FILE: WHAT`.
///
/// A line in a script's log then says which tool, which file and (for calls) which function and which
/// status by name, whatever command printed it; statuses are named by the harness's `StatusName`, the
/// one naming `iele test` uses too.
struct CommandDiagnostics {
    /// The subcommand, e.g. `run`.
    var command: String
    /// The input the messages concern (a path), or nil for messages about the command line itself.
    var file: String?

    init(_ command: String, file: String? = nil) {
        self.command = command
        self.file = file
    }

    /// `iele COMMAND: FILE: text`.
    func message(_ text: String) -> String {
        "iele \(command): " + (file.map { "\($0): " } ?? "") + text
    }

    /// Prints `message(text)` on standard error.
    func report(_ text: String) {
        printError(message(text))
    }

    /// `iele COMMAND: FILE: @FUNCTION: WHAT: status N NAME`, e.g.
    /// `iele bench: token.iele: @transfer: call failed: status 1 FUNC_NOT_FOUND`.
    func statusMessage(function: String, _ what: String, status: IeleInt) -> String {
        message("@\(function): \(what): status \(StatusName.describe(status))")
    }

    /// Prints `statusMessage(function:_:status:)` on standard error.
    func reportStatus(function: String, _ what: String, status: IeleInt) {
        printError(statusMessage(function: function, what, status: status))
    }
}
