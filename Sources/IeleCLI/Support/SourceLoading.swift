import IeleSyntax

/// Reading and parsing a source file for a command, reporting failures on standard error.
enum SourceLoading {
    /// Parses `file`; a syntax error is printed as `FILE:LINE:COLUMN: error: …`, the form editors
    /// jump to, and any other failure as `iele COMMAND: FILE: …`.
    static func parse(file: String, command: String) throws(CommandFailure) -> SourceFile {
        let text = try InputFiles.readText(file, command: command)
        do {
            return try Parser.parse(text, fileName: file)
        } catch {
            printError("\(error)")
            throw .invalidInput
        }
    }
}
