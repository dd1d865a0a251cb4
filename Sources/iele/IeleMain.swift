import IeleCLI

/// Entry point: the commands live in IeleCLI so tests can run them in-process.
@main
enum IeleMain {
    static func main() async {
        await IeleCommand.main()
    }
}
