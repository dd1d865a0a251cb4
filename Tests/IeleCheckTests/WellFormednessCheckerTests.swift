import IeleCheck
import IeleSyntax
import Testing

@Suite("Well-formedness checker")
struct WellFormednessCheckerTests {
    let checker = WellFormednessChecker()

    private func ids(_ file: SourceFile, schedule: CheckSchedule = .danse) -> [String] {
        WellFormednessChecker(schedule: schedule).check(file).map(\.rule.identifier)
    }

    // MARK: Well-formed programs

    @Test("A minimal contract is well-formed")
    func minimalContract() {
        #expect(checker.check(program(contract("C", initFunction()))).isEmpty)
    }

    @Test("Jumps may go forward and backward; calls and returns that agree are accepted")
    func wellFormedFunctions() {
        let file = program(
            contract(
                "C", initFunction(),
                globalDefinition("k", 3, line: 3),
                function(
                    "f", parameters: ["a", "b"], line: 4,
                    block(line: 5, line(5, .conditionalJump(condition: reg("a"), label: "end"))),
                    block("loop", line: 6, line(7, .jump(label: "loop"))),
                    block("end", line: 8, line(9, .ret(values: [reg("a"), global("k")])))),
                function(
                    "g", public: true, line: 10,
                    block(
                        line: 11,
                        line(11, .localCall(results: ["x", "y"], function: global("f"), arguments: [int(1), int(2)])),
                        line(12, .localCall(results: ["h"], function: global("iele.blockhash"), arguments: [int(1)])),
                        line(13, .localCall(results: [], function: global("iele.invalid"), arguments: [])),
                        line(14, .assign(result: "p", value: global("f"))),
                        line(15, .localCall(results: [], function: reg("p"), arguments: [int(1)])),
                        line(16, .callAddress(result: "q", function: "elsewhere", address: int(5))),
                        line(17, .ret(values: []))))))
        #expect(checker.check(file).isEmpty)
    }

    @Test("Numbered parameters %0, %1, … are accepted, leading zeros included")
    func numberedParameters() {
        let file = program(contract("C", initFunction(), function("f", parameters: ["00", "1", "2"], line: 3)))
        #expect(checker.check(file).isEmpty)
    }

    @Test("A contract may declare itself and earlier contracts external, and create them")
    func externalContracts() {
        let file = program(
            contract("A", initFunction()),
            contract(
                "B", line: 4, external("A", line: 5), external("B", line: 6), initFunction(line: 7),
                function(
                    "f", line: 8,
                    block(
                        line: 9,
                        line(9, .create(status: "s", address: "a", contract: "A", arguments: [], value: int(0))),
                        line(10, .create(status: "s", address: "a", contract: "B", arguments: [], value: int(0)))))))
        #expect(checker.check(file).isEmpty)
    }

    @Test("An external declaration after the function that creates the contract counts")
    func declarationOrderWithinContract() {
        let file = program(
            contract("A", initFunction()),
            contract(
                "B", initFunction(),
                function(
                    "f", line: 3,
                    block(
                        line: 4,
                        line(4, .create(status: "s", address: "a", contract: "A", arguments: [], value: int(0))))),
                external("A", line: 6)))
        #expect(checker.check(file).isEmpty)
    }

    @Test("A contract may not declare a contract defined after it")
    func laterContractIsUnknown() {
        let file = program(contract("A", external("B", line: 2), initFunction(line: 3)), contract("B", initFunction()))
        #expect(ids(file) == ["unknown-external-contract"])
    }

    // MARK: The schedule

    @Test(
        "Local calls to @init are well-formed under DANSE and DEFAULT, not under ALBE",
        arguments: CheckSchedule.allCases)
    func initCalls(schedule: CheckSchedule) {
        let file = program(
            contract(
                "C", initFunction(parameters: ["n"]),
                function(
                    "f", line: 3,
                    block(line: 4, line(4, .localCall(results: [], function: global("init"), arguments: [int(1)]))))))
        #expect(ids(file, schedule: schedule) == (schedule == .albe ? ["init-call"] : []))
    }

    // MARK: Arities

    @Test("@init returns nothing: `ret` with values and calls expecting results are rejected")
    func initReturnsNothing() {
        let file = program(
            contract(
                "C", initFunction(blocks: [block(line: 3, line(3, .ret(values: [int(1)])))]),
                function(
                    "f", line: 4,
                    block(line: 5, line(5, .localCall(results: ["x"], function: global("init"), arguments: []))))))
        #expect(ids(file) == ["return-count", "result-count"])
    }

    @Test("A function without `ret` returns what its first caller assigns; other callers must agree")
    func returnCountFromCallers() {
        let file = program(
            contract(
                "C", initFunction(),
                function("g", line: 3),
                function(
                    "f", line: 4,
                    block(
                        line: 5,
                        line(5, .localCall(results: ["x"], function: global("g"), arguments: [])),
                        line(6, .localCall(results: [], function: global("g"), arguments: [])),
                        line(7, .localCall(results: ["y"], function: global("g"), arguments: []))))))
        let diagnostics = checker.check(file)
        #expect(diagnostics.map(\.rule) == [.resultCount])
        #expect(diagnostics.first?.location.line == 6)
    }

    @Test("Calls are compared with the function's `ret`, even when the call comes first")
    func callsAgainstReturns() {
        let file = program(
            contract(
                "C", initFunction(),
                function(
                    "f", line: 3,
                    block(line: 4, line(4, .localCall(results: [], function: global("g"), arguments: [])))),
                function("g", line: 5, block(line: 6, line(6, .ret(values: [int(1)]))))))
        let diagnostics = checker.check(file)
        #expect(diagnostics.map(\.rule) == [.resultCount])
        #expect(diagnostics.first?.message == "call to @g assigns 0 results, but @g returns 1")
    }

    @Test("Builtins have the arities of intrinsicTypes")
    func builtinArities() {
        let file = program(
            contract(
                "C", initFunction(),
                function(
                    "f", line: 3,
                    block(
                        line: 4,
                        line(4, .localCall(results: ["g"], function: global("iele.gas"), arguments: [int(1)])),
                        line(
                            5, .localCall(results: ["b", "c"], function: global("iele.balance"), arguments: [int(1)])),
                        line(6, .localCall(results: ["x"], function: global("iele.invalid"), arguments: [])),
                        line(7, .localCall(results: ["x"], function: global("iele.sha256"), arguments: [int(1)]))))))
        #expect(ids(file) == ["argument-count", "result-count", "result-count", "undefined-function"])
    }

    @Test("Calls through a register are not checked")
    func registerCalls() {
        let file = program(
            contract(
                "C", initFunction(),
                function(
                    "f", line: 3,
                    block(
                        line: 4,
                        line(4, .localCall(results: ["a", "b"], function: reg("p"), arguments: [int(1)])),
                        line(5, .localCall(results: [], function: reg("p"), arguments: []))))))
        #expect(checker.check(file).isEmpty)
    }

    // MARK: Names

    @Test("Reserved names: contracts and functions; registers that are assigned")
    func reservedNames() {
        let file = program(
            contract(
                "iele.C", initFunction(),
                function(
                    "iele.f", line: 3,
                    block(
                        line: 4,
                        line(
                            4,
                            .accountCall(
                                results: ["s", "iele.r"], function: global("iele.sha256"), address: int(1),
                                arguments: [], value: int(0), gasLimit: int(10))),
                        line(
                            5,
                            .create(
                                status: "iele.s", address: "a", contract: "iele.C", arguments: [], value: int(0)))))))
        #expect(
            ids(file) == [
                "reserved-name", "reserved-name", "reserved-register", "undeclared-contract",
                "reserved-register",
            ])
    }

    @Test("Redefining a builtin is reported once, as a reserved name")
    func redefiningBuiltin() {
        let file = program(contract("C", initFunction(), function("iele.gas", line: 3)))
        #expect(ids(file) == ["reserved-name"])
    }

    @Test("Globals and functions share one namespace")
    func sharedNamespace() {
        let file = program(
            contract(
                "C", initFunction(), globalDefinition("x", 1, line: 3), function("x", line: 4),
                globalDefinition("x", 2, line: 5), initFunction(line: 6)))
        let diagnostics = checker.check(file)
        #expect(diagnostics.map(\.rule) == [.duplicateDefinition, .duplicateDefinition, .duplicateDefinition])
        #expect(diagnostics.map(\.location.line) == [4, 5, 6])
        #expect(diagnostics.map(\.function) == ["x", nil, "init"])
    }

    @Test("Parameters: named after a named first one, numbered in order after a numbered one")
    func parameterRules() {
        let file = program(
            contract(
                "C", initFunction(),
                function("a", parameters: ["x", "1"], line: 3),
                function("b", parameters: ["0", "x"], line: 4),
                function("c", parameters: ["1"], line: 5),
                function("d", parameters: ["x", "iele.y"], line: 6)))
        #expect(ids(file) == ["parameter-names", "parameter-names", "parameter-names", "reserved-register"])
    }

    @Test("As in the K rules, the first parameter and the parameters of @init are not name-checked")
    func uncheckedParameters() {
        let file = program(
            contract(
                "C", initFunction(parameters: ["iele.a", "3", "x"]),
                function("f", parameters: ["iele.x", "y"], line: 3)))
        #expect(checker.check(file).isEmpty)
    }

    @Test("The assembler rule on global operands can be turned off")
    func assemblerRuleOff() {
        let file = program(
            contract(
                "C", initFunction(),
                function(
                    "f", line: 3,
                    block(line: 4, line(4, .ret(values: [global("nope"), global("iele.gas")]))))))
        #expect(ids(file) == ["undefined-global", "undefined-global"])
        #expect(WellFormednessChecker(includesAssemblerRules: false).check(file).isEmpty)
    }

    // MARK: Reporting

    @Test("Several violations in one program are all reported, in source order")
    func severalViolations() {
        let file = program(
            contract("A", line: 1, initFunction(line: 2)),
            contract(
                "A", line: 4,
                external("Z", line: 5),
                function(
                    "f", parameters: ["a", "iele.b"], line: 6,
                    block(
                        line: 7,
                        line(7, .jump(label: "missing")),
                        line(8, .localCall(results: [], function: global("f"), arguments: [])),
                        line(9, .ret(values: [int(1)]))),
                    block("l", line: 10, line(11, .ret(values: []))),
                    block("l", line: 12)),
                function("f", line: 13)))
        let diagnostics = checker.check(file)
        #expect(
            diagnostics.map(\.rule) == [
                .duplicateContract, .unknownExternalContract, .reservedRegister, .duplicateDefinition, .missingInit,
                .duplicateLabel, .undefinedLabel, .argumentCount, .resultCount, .returnCount,
            ])
        #expect(diagnostics.map(\.location.line) == [4, 5, 6, 13, 4, 12, 7, 8, 8, 11])
        #expect(diagnostics.allSatisfy { $0.contract == "A" })
    }

    @Test("The duplicate of a function is checked, but not against the first definition's returns")
    func duplicateBodies() {
        let file = program(
            contract(
                "C", initFunction(),
                function("f", line: 3, block(line: 4, line(4, .ret(values: [int(1)])))),
                function("f", line: 5, block(line: 6, line(6, .ret(values: [])), line(7, .jump(label: "x"))))))
        #expect(ids(file) == ["duplicate-definition", "undefined-label"])
    }

    @Test("Descriptions name file, line, column, contract, function, message and rule")
    func descriptions() {
        let file = program(
            contract(
                "C", initFunction(),
                function("f", line: 3, block(line: 4, line(4, .jump(label: "out"))))),
            contract("\u{1}D", line: 6))
        let diagnostics = checker.check(file)
        #expect(
            diagnostics.map { $0.formatted(fileName: "a.iele") } == [
                "a.iele:4:5: contract C, function @f: jump to label out, which no block of this function has "
                    + "[undefined-label]",
                "a.iele:6:1: contract \"\\01D\": the contract does not define @init [missing-init]",
            ])
        #expect(diagnostics.first?.description.hasPrefix("4:5: contract C, function @f: ") == true)
        #expect(throws: CheckFailure.self) { try checker.validate(file) }
    }

    @Test("validate accepts a well-formed program")
    func validateAccepts() throws {
        try checker.validate(program(contract("C", initFunction())))
    }

    @Test("checkContract checks one contract against the contracts before it")
    func checkOneContract() {
        let a = contract("A", initFunction())
        let b = contract("B", line: 4, external("A", line: 5), external("C", line: 6), initFunction(line: 7))
        let file = program(a, b)
        #expect(checker.checkContract(b, in: file).map(\.rule) == [.unknownExternalContract])
        #expect(checker.checkContract(a, in: file).isEmpty)
    }
}
