import ArgumentParser

/// The command line of `iele run` / `iele bench` cut before the call's tokens, which are handed to the
/// command directly rather than through swift-argument-parser.
///
/// The parser gathers the values of a `parsing: .remaining` option one by one, and each is removed from
/// the front of its argument list by shifting the ones after it: quadratic, 32 s for 20,000 call
/// arguments. `CallTokens` reads the same tokens (options after the call's arguments included) in one
/// linear pass, so the parser is only given the command line up to `--call`.
struct CallArgumentSplit {
    /// The arguments up to and without `--call`, for the parser.
    var head: [String]
    /// The tokens after `--call`.
    var call: [String]

    /// The options of each command that take an operand before `--call`, so an operand that happens to be
    /// `--call` is not taken for the option.
    static let optionsWithOperand: [String: Set<String>] = [
        "run": ["--value", "--gas", "--init"],
        "bench": ["--runs", "--warmup"],
    ]

    /// Splits `arguments` (subcommand first) at the first `--call` that is an option, or returns nil when
    /// the command takes no call or `--call` has no tokens after it (the parser then reports it).
    init?(_ arguments: [String]) {
        guard let subcommand = arguments.first, let operands = Self.optionsWithOperand[subcommand] else {
            return nil
        }
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument == "--call" { break }
            index += operands.contains(argument) ? 2 : 1
        }
        guard index + 1 < arguments.count else { return nil }
        head = Array(arguments[..<index])
        call = Array(arguments[(index + 1)...])
    }
}

/// A command whose call tokens can be given after parsing (see ``CallArgumentSplit``).
protocol CallCommand: ParsableCommand {
    var target: ContractCallOptions { get set }
}

extension RunCommand: CallCommand {}
extension BenchCommand: CallCommand {}
