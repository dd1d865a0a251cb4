import IeleNumerics

/// The tokens after `--call`: `NAME ARG…`, with any of the command's options written among them.
///
/// `--call` takes the rest of the command line (see `ContractCallOptions`), so `iele run` and
/// `iele bench` both read options such as `--json` or `--runs 3` that follow the call's
/// arguments here, with one parser, rather than each with its own loop.
struct CallTokens {
    /// A problem with the tokens; `isUsage` marks the ones that are usage errors (exit 2).
    struct Problem: Error, CustomStringConvertible {
        var description: String
        var isUsage: Bool
    }

    /// The function name, without a leading `@`.
    var function: String
    var arguments: [IeleInt]
    /// Whether `--json` was among the tokens.
    var json: Bool
    /// The operand of each option of `optionsWithOperand` found among the tokens, by option.
    var options: [String: String]

    /// - Parameter optionsWithOperand: the options (with their `--`) the command accepts among
    ///   the tokens, each followed by one operand.
    init(_ tokens: [String], optionsWithOperand: Set<String>) throws(Problem) {
        var rest = tokens[...]
        var json = false
        var options: [String: String] = [:]
        var positional: [String] = []
        while let token = rest.popFirst() {
            if token == "--json" {
                json = true
            } else if optionsWithOperand.contains(token) {
                guard let operand = rest.popFirst() else {
                    throw Problem(description: "missing value for \(token)", isUsage: true)
                }
                options[token] = operand
            } else if let equals = token.firstIndex(of: "="), optionsWithOperand.contains(String(token[..<equals])) {
                // `--gas=N`, the other spelling swift-argument-parser accepts before `--call`.
                options[String(token[..<equals])] = String(token[token.index(after: equals)...])
            } else {
                positional.append(token)
            }
        }
        guard let name = positional.first else {
            throw Problem(description: "expected --call NAME [ARG…]", isUsage: true)
        }
        function = name.hasPrefix("@") ? String(name.dropFirst()) : name
        arguments = try positional.dropFirst().map { text throws(Problem) in try CallTokens.integer(text) }
        self.json = json
        self.options = options
    }

    /// A decimal or `0x` hex integer, negative allowed.
    static func integer(_ text: String) throws(Problem) -> IeleInt {
        guard let value = IeleInt(parsingLiteral: text) else {
            throw Problem(description: "not an integer (decimal or 0x hex): \(text)", isUsage: false)
        }
        return value
    }
}
