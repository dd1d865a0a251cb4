import IeleSyntax

/// Reading and parsing a source file for a command, reporting failures on standard error.
enum SourceLoading {
    static func parse(file: String) throws(CommandFailure) -> SourceFile {
        let text = try InputFiles.readText(file)
        do {
            return try Parser.parse(text, fileName: file)
        } catch {
            printError("\(error)")
            throw .invalidInput
        }
    }
}
