import Foundation
import IeleNumerics
import IeleVM

/// `iele-benchmarks big-operands [--filter TEXT] [--sizes W,W,…] [--seconds S]`: nanoseconds per gas
/// of each instruction at big operand sizes, as a ratio to a small-integer `add` loop measured in
/// the same run (issue 10, "gas buys bounded time").
///
/// For each case and size the generated contract (`BigOperandCase.contractText`) is called once
/// with an empty loop and once with `n` steps; the row is (time difference) / (gas difference), so
/// building the operands, the call and the transaction cancel out. `n` grows fourfold until the
/// loop takes at least `--seconds` (default 0.2) and four times the empty call; each call is then
/// timed three times and the median taken. Times are the thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), not
/// wall time: on a shared machine a wall clock also counts the time other processes held the core.
enum BigOperandTable {
    /// Default sizes in 64-bit words: one word, 1 KiB, 1 MiB, 8 MiB.
    static let defaultSizes = [1, 128, 1 << 17, 1 << 20]

    static func run(_ arguments: [String]) -> Int32 {
        var filter: String?
        var sizes = defaultSizes
        var seconds = 0.2
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--filter": filter = rest.popFirst()
            case "--sizes":
                sizes = (rest.popFirst() ?? "").split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
            case "--seconds": seconds = rest.popFirst().flatMap(Double.init) ?? seconds
            default:
                Console.note("unknown argument \(argument)\n\(usage)")
                return 2
            }
        }
        do {
            let reference = try measure(BigOperandCase.reference, words: 1, seconds: seconds)
            Console.note("add-small: \(format(reference)) ns/gas")
            print(header(sizes))
            var failed = false
            for bigCase in BigOperandCase.catalog where filter.map({ bigCase.name.contains($0) }) ?? true {
                var cells: [String] = []
                for words in sizes {
                    guard words <= bigCase.maxWords else {
                        cells.append("-")
                        continue
                    }
                    do {
                        let nsPerGas = try measure(bigCase, words: words, seconds: seconds)
                        cells.append("\(format(nsPerGas / reference))× (\(format(nsPerGas)))")
                    } catch {
                        failed = true
                        cells.append("error: \(error)")
                    }
                }
                print(row([bigCase.name] + cells + [bigCase.note]))
            }
            let legend = "cells: ratio to add-small's ns/gas (that row's ns/gas in parentheses)"
            print("\(legend); add-small = \(format(reference)) ns/gas")
            return failed ? 1 : 0
        } catch {
            Console.note("big-operands: \(error)")
            return 1
        }
    }

    static let usage = "usage: iele-benchmarks big-operands [--filter TEXT] [--sizes W,W,…] [--seconds S]"

    /// Nanoseconds per gas unit of one case at one size.
    static func measure(_ bigCase: BigOperandCase, words: Int, seconds: Double) throws(BenchError) -> Double {
        let contract = try Deployed(bigCase)
        let bits = IeleInt(64 * words - 2)
        let empty = try contract.time(bits: bits, steps: 0, repeats: 3)
        // The loop must outweigh the setup (building 8 MiB operands takes milliseconds, and varies):
        // steps grow fourfold until the loop takes `seconds` and four times the setup.
        let target = Swift.max(seconds * 1e9, 4 * empty.ns)
        var steps = 1
        while steps < 100_000_000 {
            let probe = try contract.time(bits: bits, steps: steps, repeats: 1)
            if probe.ns - empty.ns >= target { break }
            steps *= 4
        }
        let full = try contract.time(bits: bits, steps: steps, repeats: 3)
        let gas = full.gas - empty.gas
        guard gas > 0 else { throw BenchError("\(bigCase.name) at \(words) words used no gas") }
        return Swift.max(0, full.ns - empty.ns) / Double(gas)
    }

    /// The case's contract deployed on a fresh chain.
    struct Deployed {
        var name: String
        var chain: BenchChain
        var address: IeleInt

        init(_ bigCase: BigOperandCase) throws(BenchError) {
            name = bigCase.name
            let path = NSTemporaryDirectory() + "iele-big-operand-\(getpid())-\(bigCase.name).iele"
            guard FileManager.default.createFile(atPath: path, contents: Data(bigCase.contractText.utf8)) else {
                throw BenchError("cannot write \(path)")
            }
            defer { try? FileManager.default.removeItem(atPath: path) }
            let code = try BenchChain.assemble(path: path)
            var chain = BenchChain()
            address = try chain.deploy(code)
            self.chain = chain
        }

        /// The median time of `repeats` calls of `@run(bits, steps)` from the same pre-state, and the
        /// gas one call used (transaction units).
        func time(bits: IeleInt, steps: Int, repeats: Int) throws(BenchError) -> (ns: Double, gas: Int) {
            var transaction = chain.transaction(to: address, function: "run", arguments: [bits, IeleInt(steps)])
            transaction.gasLimit = IeleInt(1 << 50)
            var samples: [Double] = []
            var gas = 0
            for _ in 0..<repeats {
                var world = chain.world
                let start = BigOperandTable.cpuNanoseconds()
                let result = chain.machine.execute(transaction, in: &world, block: chain.block)
                samples.append(Double(BigOperandTable.cpuNanoseconds() - start))
                guard result.status.isZero else { throw BenchError("\(name): status \(result.status)") }
                gas = (transaction.gasLimit - result.gasLeft).asInt ?? 0
                blackHole(world)
            }
            return (samples.sorted()[samples.count / 2], gas)
        }
    }

    /// CPU time of the calling thread.
    static func cpuNanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    static func header(_ sizes: [Int]) -> String {
        row(["case"] + sizes.map(sizeName) + ["note"])
    }

    static func sizeName(_ words: Int) -> String {
        let bytes = words * 8
        if bytes >= 1 << 20 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
        return words == 1 ? "1 word" : "\(words) words"
    }

    static func format(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }

    static func row(_ cells: [String]) -> String {
        cells.enumerated().map { index, cell in
            let width = index == 0 ? 16 : 20
            return cell.count >= width ? cell : cell + String(repeating: " ", count: width - cell.count)
        }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
