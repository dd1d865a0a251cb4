import IeleCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Entry point: the commands live in IeleCLI so tests can run them in-process.
@main
enum IeleMain {
    static func main() async {
        let status = await IeleCommand.run(arguments: Array(CommandLine.arguments.dropFirst()))
        exit(status)
    }
}
