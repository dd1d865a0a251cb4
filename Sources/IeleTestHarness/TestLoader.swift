import Foundation
import IeleNumerics
import IeleSyntax
import IeleVM

/// Reads files of the reference JSON test format (iele-testing.md; summary in the conformance
/// corpus README, "Test format, in brief") into `ConformanceTest` values.
///
/// Each `code` (and a create's `contractCode`) is `""`, `0x` hex, or a path relative to the JSON
/// file's folder to an `.iele` source, which is assembled through `assembleSource` (once per path).
public struct TestLoader: Sendable {
    /// Turns source text (read from the given path) into bytecode.
    public typealias Assembler = @Sendable (_ source: String, _ path: String) throws(CodeAssemblyError) -> [UInt8]

    public var assembleSource: Assembler

    public init(assembleSource: @escaping Assembler = SourceAssembly.assemble) {
        self.assembleSource = assembleSource
    }

    /// Loads every test of the file at `path`.
    public func load(fileAt path: String) throws(TestLoadError) -> [ConformanceTest] {
        let data: Data
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw TestLoadError(.unreadable("it is a directory"), at: "", file: path)
        }
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TestLoadError(.unreadable(error.localizedDescription), at: "", file: path)
        }
        // JSON is UTF-8 text (RFC 8259); say where a file stops being that rather than "not JSON".
        if let offset = SourceText.firstInvalidByte(in: [UInt8](data)) {
            throw TestLoadError(.notJSON("\(SourceText.NotUTF8(offset: offset))"), at: "", file: path)
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try load(json: data, baseDirectory: folder, file: path)
    }

    /// Loads every test of a JSON document whose relative code paths start from `baseDirectory`.
    public func load(json: Data, baseDirectory: String, file: String? = nil) throws(TestLoadError)
        -> [ConformanceTest]
    {
        var decoder = TestFileDecoder(assembleSource: assembleSource, baseDirectory: baseDirectory, file: file)
        do {
            return try decoder.decodeFile(json)
        } catch var error {
            error.file = file
            throw error
        }
    }
}

/// The state of one file's decoding: where relative paths start and the code assembled so far.
struct TestFileDecoder {
    let assembleSource: TestLoader.Assembler
    let baseDirectory: String
    let file: String?
    var assembledCode: [String: [UInt8]] = [:]

    init(assembleSource: @escaping TestLoader.Assembler, baseDirectory: String, file: String?) {
        self.assembleSource = assembleSource
        self.baseDirectory = baseDirectory
        self.file = file
    }

    mutating func decodeFile(_ data: Data) throws(TestLoadError) -> [ConformanceTest] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw TestLoadError(.notJSON(error.localizedDescription), at: "")
        }
        guard let tests = root as? [String: Any] else {
            throw TestLoadError(.notJSON("the top level is not an object"), at: "")
        }
        var result: [ConformanceTest] = []
        for name in tests.keys.sorted() {
            result.append(try decodeTest(tests[name], name: name))
        }
        return result
    }

    mutating func decodeTest(_ value: Any?, name: String) throws(TestLoadError) -> ConformanceTest {
        let test = try JSONValue.object(value, at: name)
        let schedule = try decodeSchedule(test["network"], at: name + ".network")
        let pre = try decodeWorld(JSONValue.required(test, "pre", at: name), at: name + ".pre")
        let blocksJSON = try JSONValue.array(JSONValue.required(test, "blocks", at: name), at: name + ".blocks")
        var blocks: [ConformanceTest.Block] = []
        for (index, block) in blocksJSON.enumerated() {
            blocks.append(try decodeBlock(block, at: "\(name).blocks[\(index)]"))
        }
        var blockHashes: [IeleInt] = []
        if let hashes = test["blockhashes"] {
            for (index, hash) in try JSONValue.array(hashes, at: name + ".blockhashes").enumerated() {
                let at = "\(name).blockhashes[\(index)]"
                blockHashes.append(try TestValue.hexWord(JSONValue.string(hash, at: at), field: at))
            }
        }
        let postJSON = test["postState"] ?? test["post"]
        let post = try postJSON.map { json throws(TestLoadError) in try decodeWorld(json, at: name + ".postState") }
        return ConformanceTest(
            name: name, file: file, schedule: schedule, pre: pre, blocks: blocks, blockHashes: blockHashes,
            postState: post)
    }

    func decodeSchedule(_ value: Any?, at path: String) throws(TestLoadError) -> GasScheduleName {
        guard let value else { return .default }
        let name = try JSONValue.string(value, at: path)
        guard let schedule = GasScheduleName(rawValue: name) else {
            throw TestLoadError(.unknownNetwork(name), at: path)
        }
        return schedule
    }

    mutating func decodeWorld(_ value: Any, at path: String) throws(TestLoadError) -> WorldState {
        let accounts = try JSONValue.object(value, at: path)
        var world = WorldState()
        for key in accounts.keys.sorted() {
            let at = "\(path).\(key)"
            let address = try TestValue.address(key, field: at)
            world[address] = try decodeAccount(accounts[key], at: at)
        }
        return world
    }

    mutating func decodeAccount(_ value: Any?, at path: String) throws(TestLoadError) -> Account {
        let fields = try JSONValue.object(value, at: path)
        var account = Account()
        if let nonce = fields["nonce"] {
            account.nonce = try TestValue.word(JSONValue.string(nonce, at: path + ".nonce"), field: path + ".nonce")
        }
        if let balance = fields["balance"] {
            let at = path + ".balance"
            account.balance = try TestValue.word(JSONValue.string(balance, at: at), field: at)
        }
        if let storage = fields["storage"] {
            let cells = try JSONValue.object(storage, at: path + ".storage")
            for (key, cell) in cells {
                let at = "\(path).storage.\(key)"
                let value = try TestValue.hexWord(JSONValue.string(cell, at: at), field: at)
                if !value.isZero { account.storage[try TestValue.hexWord(key, field: at)] = value }
            }
        }
        if let code = fields["code"] {
            account.code = try decodeCode(JSONValue.string(code, at: path + ".code"), at: path + ".code")
        }
        return account
    }

    /// `""` is no code, `0x…` is bytecode, anything else a source path relative to the test's folder.
    mutating func decodeCode(_ text: String, at path: String) throws(TestLoadError) -> [UInt8] {
        if text.isEmpty { return [] }
        if text.hasPrefix("0x") { return try TestValue.bytes(text, field: path) }
        let resolved = URL(fileURLWithPath: text, relativeTo: URL(fileURLWithPath: baseDirectory, isDirectory: true))
            .standardizedFileURL.path
        if let cached = assembledCode[resolved] { return cached }
        let source: String
        guard let data = FileManager.default.contents(atPath: resolved) else {
            throw TestLoadError(.codeUnavailable(path: text, reason: "cannot read \(resolved)"), at: path)
        }
        do {
            source = try SourceText.decode([UInt8](data))
        } catch {
            throw TestLoadError(.codeUnavailable(path: text, reason: "\(resolved): \(error)"), at: path)
        }
        do {
            let code = try assembleSource(source, resolved)
            assembledCode[resolved] = code
            return code
        } catch {
            throw TestLoadError(.codeUnavailable(path: text, reason: error.message), at: path)
        }
    }

    mutating func decodeBlock(_ value: Any, at path: String) throws(TestLoadError) -> ConformanceTest.Block {
        let block = try JSONValue.object(value, at: path)
        let header = try decodeHeader(block["blockHeader"] ?? [String: Any](), at: path + ".blockHeader")
        var transactions: [Transaction] = []
        if let list = block["transactions"] {
            for (index, item) in try JSONValue.array(list, at: path + ".transactions").enumerated() {
                transactions.append(try decodeTransaction(item, at: "\(path).transactions[\(index)]"))
            }
        }
        var results: [ExpectedResult] = []
        if let list = block["results"] {
            for (index, item) in try JSONValue.array(list, at: path + ".results").enumerated() {
                results.append(try decodeResult(item, at: "\(path).results[\(index)]"))
            }
        }
        return ConformanceTest.Block(header: header, transactions: transactions, results: results)
    }

    func decodeHeader(_ value: Any, at path: String) throws(TestLoadError) -> BlockHeader {
        let fields = try JSONValue.object(value, at: path)
        func word(_ key: String) throws(TestLoadError) -> IeleInt {
            guard let value = fields[key] else { return 0 }
            return try TestValue.hexWord(JSONValue.string(value, at: path + "." + key), field: path + "." + key)
        }
        return BlockHeader(
            beneficiary: try word("coinbase"), difficulty: try word("difficulty"), number: try word("number"),
            gasLimit: try word("gasLimit"), timestamp: try word("timestamp"))
    }

    mutating func decodeTransaction(_ value: Any, at path: String) throws(TestLoadError) -> Transaction {
        let fields = try JSONValue.object(value, at: path)
        func text(_ key: String) throws(TestLoadError) -> String {
            guard let value = fields[key] else { return "" }
            return try JSONValue.string(value, at: path + "." + key)
        }
        func word(_ key: String) throws(TestLoadError) -> IeleInt {
            try TestValue.hexWord(text(key), field: path + "." + key)
        }
        let toText = try text("to")
        let to = toText.isEmpty ? nil : try TestValue.address(toText, field: path + ".to")
        var arguments: [IeleInt] = []
        if let list = fields["arguments"] {
            for (index, item) in try JSONValue.array(list, at: path + ".arguments").enumerated() {
                let at = "\(path).arguments[\(index)]"
                arguments.append(try TestValue.hexWord(JSONValue.string(item, at: at), field: at))
            }
        }
        let contractCode = try decodeCode(text("contractCode"), at: path + ".contractCode")
        return Transaction(
            from: try TestValue.address(text("from"), field: path + ".from"), to: to, function: try text("function"),
            arguments: arguments, contractCode: contractCode, value: try word("value"), gasLimit: try word("gasLimit"),
            gasPrice: try word("gasPrice"), nonce: try word("nonce"))
    }

    func decodeResult(_ value: Any, at path: String) throws(TestLoadError) -> ExpectedResult {
        let fields = try JSONValue.object(value, at: path)
        var result = ExpectedResult()
        if let out = fields["out"] {
            result.output = try decodeOutput(out, at: path + ".out")
        }
        if let status = fields["status"] {
            let at = path + ".status"
            result.status = try TestValue.hexWord(JSONValue.string(status, at: at), field: at)
        }
        if let gas = fields["gas"] {
            result.gasLeft = try TestValue.word(JSONValue.string(gas, at: path + ".gas"), field: path + ".gas")
        }
        if let logs = fields["logs"] {
            let at = path + ".logs"
            result.logsHash = try TestValue.bytes(JSONValue.string(logs, at: at), field: at)
        }
        if let refund = fields["refund"] {
            let at = path + ".refund"
            result.refund = try TestValue.hexWord(JSONValue.string(refund, at: at), field: at)
        }
        return result
    }

    /// `out` is a list of hex words, or one hex word (0 meaning "no values", as the reference checks it).
    func decodeOutput(_ value: Any, at path: String) throws(TestLoadError) -> [IeleInt] {
        if let single = value as? String {
            let word = try TestValue.hexWord(single, field: path)
            return word.isZero ? [] : [word]
        }
        var output: [IeleInt] = []
        for (index, item) in try JSONValue.array(value, at: path).enumerated() {
            let at = "\(path)[\(index)]"
            output.append(try TestValue.hexWord(JSONValue.string(item, at: at), field: at))
        }
        return output
    }
}
