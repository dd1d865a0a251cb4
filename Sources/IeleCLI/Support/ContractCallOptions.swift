import ArgumentParser

/// The options `iele run` and `iele bench` share: the contract file, the call and `--json`.
///
/// `--call` takes the rest of the command line, so options written after the call's arguments reach
/// each command's own token parser; that is why `--json` also appears among those tokens.
struct ContractCallOptions: ParsableArguments {
    @Argument(help: "The .iele source file; its last contract is deployed.")
    var file: String

    @Option(name: .long, parsing: .remaining, help: "The function to call, then its integer arguments.")
    var call: [String] = []

    @Flag(name: .long, help: "Print machine-readable JSON.")
    var json = false
}
