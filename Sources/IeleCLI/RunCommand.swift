import ArgumentParser
import Foundation
import IeleNumerics
import IeleTestHarness
import IeleVM

/// `iele run FILE.iele --call NAME ARG…`: assembles a contract, deploys it on an in-memory chain and
/// calls one public function.
///
/// Exit status: 0 when the call succeeds, 1 on invalid input or a failed call (non-zero status),
/// 2 on a usage error.
public struct RunCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Deploy a contract on an in-memory chain and call one of its public functions.",
        discussion: """
            Integer arguments are decimal or 0x hex, negative allowed. --json, --value, --gas and --init may \
            also come after the call's arguments. With --json the output includes the gas used and the wall time \
            of the call itself in nanoseconds (parsing, assembly and deployment excluded).
            """)

    @OptionGroup var target: ContractCallOptions

    @Option(name: .long, help: "Value sent with the call (default 0).")
    var value: String?

    @Option(name: .long, help: "Gas limit of the call (default 100000000).")
    var gas: String?

    @Option(
        name: .customLong("init"), parsing: .unconditional,
        help: "Comma-separated integer arguments of @init for the deployment (default none).")
    var initArguments: String?

    public init() {}

    public func run() throws {
        let diagnostics = CommandDiagnostics("run", file: target.file)
        let request: CallRequest
        do {
            request = try CallRequest(
                tokens: target.call, json: target.json, value: value, gas: gas, initArguments: initArguments)
        } catch {
            diagnostics.report("\(error)")
            throw ExitCode(error.isUsage ? 2 : 1)
        }
        let source = try InputFiles.readText(target.file, command: "run")
        let code: [UInt8]
        do {
            code = try SourceAssembly.assemble(source: source, path: target.file)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        var chain = LocalChain()
        let deployment = chain.deploy(code, arguments: request.initArguments)
        guard deployment.status.isZero, let address = deployment.output.first else {
            diagnostics.reportStatus(function: "init", "deployment failed", status: deployment.status)
            throw ExitCode(1)
        }
        let outcome = chain.call(address, request)
        StandardOutput.write((request.json ? outcome.json(request) : outcome.text) + "\n")
        if !outcome.result.status.isZero {
            diagnostics.reportStatus(function: request.function, "call failed", status: outcome.result.status)
            throw ExitCode(1)
        }
    }
}

/// The call `iele run` makes, read from the tokens after `--call`.
struct CallRequest {
    typealias Problem = CallTokens.Problem

    var function: String
    var arguments: [IeleInt]
    var json: Bool
    var value: IeleInt
    var gasLimit: IeleInt
    /// The arguments of `@init` for the deployment.
    var initArguments: [IeleInt]

    /// Takes `NAME ARG…` and any `--json`, `--value V`, `--gas G`, `--init A,B…` among them.
    init(tokens: [String], json: Bool, value: String?, gas: String?, initArguments: String?) throws(Problem) {
        let call = try CallTokens(tokens, optionsWithOperand: ["--value", "--gas", "--init"])
        function = call.function
        arguments = call.arguments
        self.json = json || call.json
        let valueText = call.options["--value"] ?? value
        let gasText = call.options["--gas"] ?? gas
        let initText = call.options["--init"] ?? initArguments
        self.value = try valueText.map { text throws(Problem) in try CallTokens.integer(text) } ?? 0
        gasLimit = try gasText.map { text throws(Problem) in try CallTokens.integer(text) } ?? 100_000_000
        guard !gasLimit.isNegative else { throw Problem(description: "--gas must not be negative", isUsage: false) }
        guard !self.value.isNegative else { throw Problem(description: "--value must not be negative", isUsage: false) }
        let initTokens = (initText ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        self.initArguments = try initTokens.filter { !$0.isEmpty }.map { text throws(Problem) in
            try CallTokens.integer(text)
        }
    }
}

/// A one-account in-memory chain: a funded sender that deploys and calls.
struct LocalChain {
    static let sender: IeleInt = 0x1000
    var world = WorldState(accounts: [sender: Account(balance: IeleInt(Int.max) * IeleInt(Int.max))])
    let machine = VirtualMachine(schedule: .danse)
    let block = BlockHeader(number: 1, gasLimit: IeleInt(Int.max), timestamp: 1)

    mutating func deploy(_ code: [UInt8], arguments: [IeleInt]) -> TransactionResult {
        let transaction = Transaction(
            from: LocalChain.sender, to: nil, arguments: arguments, contractCode: code, gasLimit: IeleInt(1 << 40),
            gasPrice: 1,
            nonce: world[LocalChain.sender]?.nonce ?? 0)
        return machine.execute(transaction, in: &world, block: block)
    }

    mutating func call(_ address: IeleInt, _ request: CallRequest) -> CallOutcome {
        let transaction = Transaction(
            from: LocalChain.sender, to: address, function: request.function, arguments: request.arguments,
            value: request.value, gasLimit: request.gasLimit, gasPrice: 1, nonce: world[LocalChain.sender]?.nonce ?? 0)
        let clock = ContinuousClock()
        let start = clock.now
        let result = machine.execute(transaction, in: &world, block: block)
        let elapsed = clock.now - start
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        return CallOutcome(result: result, gasUsed: request.gasLimit - result.gasLeft, nanoseconds: nanoseconds)
    }
}

/// What `iele run` prints.
struct CallOutcome {
    var result: TransactionResult
    var gasUsed: IeleInt
    var nanoseconds: Int64

    /// Every piece is converted once (decimal through GMP, hex through ``Hex``) and appended to one
    /// string, so megabyte results and logs print in linear time.
    var text: String {
        var lines = [
            "returned: "
                + (result.output.isEmpty ? "(nothing)" : result.output.map(\.description).joined(separator: " ")),
            "status: " + StatusName.describe(result.status),
            "gas used: \(gasUsed)",
        ]
        if result.logs.isEmpty {
            lines.append("logs: (none)")
        }
        for (index, log) in result.logs.enumerated() {
            let topics = log.topics.map(\.hexString).joined(separator: " ")
            lines.append(
                "log \(index): address \(log.address.hexString) topics [\(topics)] data "
                    + Hex.encode(log.data, prefix: "0x"))
        }
        return lines.joined(separator: "\n")
    }

    func json(_ request: CallRequest) -> String {
        let logs = result.logs.map { log in
            let topics = log.topics.map { quoted($0.hexString) }.joined(separator: ",")
            return "{\"address\":\"\(log.address.hexString)\",\"topics\":[\(topics)],\"data\":\""
                + Hex.encode(log.data, prefix: "0x") + "\"}"
        }
        let fields = [
            "\"function\":\(quoted(request.function))",
            "\"arguments\":[\(request.arguments.map { quoted($0.description) }.joined(separator: ","))]",
            "\"output\":[\(result.output.map { quoted($0.description) }.joined(separator: ","))]",
            "\"status\":\(number(result.status))",
            "\"statusName\":\(StatusName.name(of: result.status).map(quoted) ?? "null")",
            "\"gasUsed\":\(number(gasUsed))",
            "\"wallTimeNanoseconds\":\(nanoseconds)",
            "\"logs\":[\(logs.joined(separator: ","))]",
        ]
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// A JSON number when it fits a machine word, else a decimal string.
    private func number(_ value: IeleInt) -> String {
        value.asInt.map(String.init) ?? quoted(value.description)
    }

    private func quoted(_ text: String) -> String {
        // Numbers and hex, the bulk of the output, need no escaping: copied whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default:
                if scalar.value < 0x20 {
                    escaped += String(format: "\\u%04x", scalar.value)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped + "\""
    }
}
