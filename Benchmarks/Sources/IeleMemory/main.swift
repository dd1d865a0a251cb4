// iele-memory: one contract call under a gas limit, reporting the peak resident memory of the
// process and the memory the VM accounted, for Benchmarks/Memory.md (run by Benchmarks/memory.sh).
//
//     iele-memory FILE.iele FUNCTION [ARG…] [--gas G]
//
// Deploys the file's last contract (DANSE, as `iele run`), calls FUNCTION with the integer
// arguments under G gas (default 10^9) and prints one JSON line: status, gas used, the VM's peak
// of limited memory in words (`ExecutionStatistics.peakMemoryWords`), the log bytes, the process's
// peak resident set before and after the call, and their difference per accounted word.
import Foundation
import IeleBytecode
import IeleNumerics
import IeleSyntax
import IeleVM

/// The process's peak resident set size so far, in bytes (`ru_maxrss` is in KiB on Linux).
func peakResidentBytes() -> Int {
    var usage = rusage()
    #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss
    #else
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    #endif
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("iele-memory: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var gasLimit = IeleInt(1_000_000_000)
if let index = arguments.firstIndex(of: "--gas") {
    guard index + 1 < arguments.count, let gas = IeleInt(arguments[index + 1]) else { fail("--gas needs an integer") }
    gasLimit = gas
    arguments.removeSubrange(index...(index + 1))
}
guard arguments.count >= 2 else { fail("usage: iele-memory FILE.iele FUNCTION [ARG…] [--gas G]") }
let path = arguments[0]
let function = arguments[1]
let callArguments = arguments.dropFirst(2).map { text -> IeleInt in
    let value = text.hasPrefix("0x") ? IeleInt(text.dropFirst(2), radix: 16) : IeleInt(text)
    guard let value else { fail("argument \(text) is not an integer") }
    return value
}

guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
let code: [UInt8]
do {
    code = try Assembler.assemble(try Parser.parse(String(decoding: data, as: UTF8.self), fileName: path))
} catch {
    fail("\(path): \(error)")
}

let sender: IeleInt = 0x1000
var world = WorldState(accounts: [sender: Account(balance: IeleInt(1 << 62) * IeleInt(1 << 62))])
let machine = VirtualMachine(schedule: .danse)
let block = BlockHeader(number: 1, gasLimit: IeleInt(Int.max), timestamp: 1)
let deployment = machine.execute(
    Transaction(
        from: sender, to: nil, arguments: [], contractCode: code, gasLimit: IeleInt(1 << 40), gasPrice: 1, nonce: 0),
    in: &world, block: block)
guard deployment.status.isZero, let address = deployment.output.first else {
    fail("deployment failed with status \(deployment.status)")
}

let before = peakResidentBytes()
var statistics = ExecutionStatistics()
let clock = ContinuousClock()
let start = clock.now
let result = machine.execute(
    Transaction(
        from: sender, to: address, function: function, arguments: callArguments, value: 0, gasLimit: gasLimit,
        gasPrice: 1, nonce: world[sender]?.nonce ?? 0),
    in: &world, block: block, statistics: &statistics)
let seconds = Double((clock.now - start).components.attoseconds) / 1e18 + Double((clock.now - start).components.seconds)
let after = peakResidentBytes()
// Words the VM accounts: the limited memory, plus the log data (8 bytes a word).
let words = statistics.peakMemoryWords + (statistics.loggedBytes + 7) / 8
let perWord = words > 0 ? Double(after - before) / Double(words) : 0
print(
    """
    {"file":"\(path)","function":"\(function)","gasLimit":\(gasLimit),"status":\(result.status),\
    "gasUsed":\(gasLimit - result.gasLeft),"peakMemoryWords":\(statistics.peakMemoryWords),\
    "loggedBytes":\(statistics.loggedBytes),"rssBefore":\(before),"rssPeak":\(after),\
    "bytesPerWord":\(String(format: "%.2f", perWord)),"seconds":\(String(format: "%.2f", seconds))}
    """)
