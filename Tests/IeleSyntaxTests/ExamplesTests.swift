import IeleSyntax
import Testing

/// The package's own example contracts parse, and all-instructions.iele covers every form.
@Suite struct ExamplesTests {
    static func parseExample(_ name: String) throws -> SourceFile {
        let bytes = try #require(Corpus.readExample(name), "Examples/\(name) is missing")
        return try Parser.parse(bytes: bytes, fileName: "Examples/" + name)
    }

    @Test func examplesParseAndRoundTrip() throws {
        #expect(Corpus.examples.contains("sum.iele") && Corpus.examples.contains("all-instructions.iele"))
        for name in Corpus.examples {
            let file = try Self.parseExample(name)
            #expect(try Parser.parse(Printer.print(file)) == file)
        }
    }

    @Test func sumHasPublicSum() throws {
        let contract = try #require(try Self.parseExample("sum.iele").mainContract)
        let sum = try #require(contract.functions.first { $0.name == "sum" })
        #expect(sum.isPublic && sum.parameters == ["n"])
        #expect(contract.functions.contains { $0.name == "init" })
    }

    /// A short tag per instruction form, to compare against the full list.
    static func form(_ instruction: Instruction) -> String {
        switch instruction {
        case .assign(_, let value):
            switch value {
            case .register: return "assign register"
            case .constant: return "assign constant"
            case .global: return "assign global"
            }
        case .load: return "load"
        case .loadBytes: return "load bytes"
        case .store: return "store"
        case .storeBytes: return "store bytes"
        case .sload: return "sload"
        case .sstore: return "sstore"
        case .unary(let operation, _, _): return operation.rawValue
        case .binary(let operation, _, _, _): return operation.rawValue
        case .ternary(let operation, _, _, _, _): return operation.rawValue
        case .compare(let predicate, _, _, _): return "cmp " + predicate.rawValue
        case .jump: return "br"
        case .conditionalJump: return "br cond"
        case .localCall(let results, let function, _):
            if case .global(let name) = function, name.isReserved { return "builtin " + name.text }
            if case .register = function { return "call pointer" }
            return "call \(min(results.count, 2)) results"
        case .accountCall(_, let function, _, _, let value, _):
            if case .global(let name) = function, name.isReserved { return "precompiled " + name.text }
            return value == nil ? "staticcall" : "account call"
        case .callAddress: return "calladdress"
        case .ret(let values): return values.isEmpty ? "ret void" : "ret"
        case .revert: return "revert"
        case .log(_, let topics): return "log \(topics.count)"
        case .create: return "create"
        case .copyCreate: return "copycreate"
        case .selfdestruct: return "selfdestruct"
        }
    }

    static let builtins = [
        "invalid", "gas", "gasprice", "gaslimit", "beneficiary", "timestamp", "number", "difficulty", "address",
        "origin", "caller", "callvalue", "msize", "codesize", "blockhash", "balance", "extcodesize",
    ]
    static let precompiled = ["ecrec", "sha256", "rip160", "id", "ecadd", "ecmul", "ecpairing"]

    @Test func allInstructionsCoversEveryForm() throws {
        let file = try Self.parseExample("all-instructions.iele")
        var seen = Set<String>()
        for contract in file.contracts {
            for function in contract.functions {
                for block in function.blocks {
                    for located in block.instructions { seen.insert(Self.form(located.instruction)) }
                }
            }
        }
        var expected: Set<String> = [
            "assign register", "assign constant", "assign global", "load", "load bytes", "store", "store bytes",
            "sload", "sstore", "br", "br cond", "call 0 results", "call 1 results", "call 2 results", "call pointer",
            "account call", "staticcall", "calladdress", "ret", "ret void", "revert", "log 0", "log 1", "log 2",
            "log 3", "log 4", "create", "copycreate", "selfdestruct",
        ]
        expected.formUnion(UnaryOperation.allCases.map(\.rawValue))
        expected.formUnion(BinaryOperation.allCases.map(\.rawValue))
        expected.formUnion(TernaryOperation.allCases.map(\.rawValue))
        expected.formUnion(Predicate.allCases.map { "cmp " + $0.rawValue })
        expected.formUnion(Self.builtins.map { "builtin iele." + $0 })
        expected.formUnion(Self.precompiled.map { "precompiled iele." + $0 })
        #expect(expected.subtracting(seen).sorted() == [])
        // Structure: a second contract, declared external, globals, a public and a private function.
        let main = try #require(file.mainContract)
        #expect(file.contracts.count == 2 && main.externalContracts == [file.contracts[0].name])
        #expect(!main.globals.isEmpty && main.functions.contains { $0.isPublic })
        #expect(main.functions.contains { $0.name == "init" && !$0.isPublic })
    }
}
