import IeleCheck
import IeleSyntax
import Testing

/// One ill-formed program per rule, with the one diagnostic it must produce.
struct RuleCase: CustomTestStringConvertible, Sendable {
    var rule: CheckRule
    var file: SourceFile
    var location: IeleLocation
    var contract: Name = "C"
    var function: Name? = "f"
    var schedule: CheckSchedule = .danse

    var testDescription: String { rule.identifier }
}

/// `contract C { define @init() {} define @f() { BODY } }`, the body starting at line 4.
private func inF(_ instructions: LocatedInstruction..., extra: [TopLevelDefinition] = []) -> SourceFile {
    let f = TopLevelDefinition.function(
        FunctionDefinition(
            name: "f", isPublic: false, parameters: [],
            blocks: [Block(label: nil, instructions: instructions, location: at(4))], location: at(3)))
    return SourceFile(contracts: [
        Contract(name: "C", definitions: [initFunction(line: 2), f] + extra, location: at(1))
    ])
}

let ruleCases: [RuleCase] = [
    RuleCase(rule: .noContracts, file: program(), location: .unknown, contract: Name(bytes: []), function: nil),
    RuleCase(
        rule: .duplicateContract,
        file: program(contract("C", line: 1, initFunction(line: 2)), contract("C", line: 4, initFunction(line: 5))),
        location: at(4), function: nil),
    RuleCase(
        rule: .reservedName, file: program(contract("C", initFunction(), globalDefinition("iele.x", 1, line: 3))),
        location: at(3), function: nil),
    RuleCase(
        rule: .unknownExternalContract, file: program(contract("C", external("B", line: 2), initFunction(line: 3))),
        location: at(2), function: nil),
    RuleCase(
        rule: .duplicateExternalContract,
        file: program(
            contract("A", line: 1, initFunction(line: 2)),
            contract("C", line: 4, external("A", line: 5), external("A", line: 6), initFunction(line: 7))),
        location: at(6), function: nil),
    RuleCase(rule: .missingInit, file: program(contract("C", line: 1)), location: at(1), function: nil),
    RuleCase(
        rule: .duplicateDefinition,
        file: program(contract("C", initFunction(), function("f", line: 3), function("f", public: true, line: 4))),
        location: at(4)),
    RuleCase(
        rule: .publicInit,
        file: program(
            contract(
                "C",
                .function(FunctionDefinition(name: "init", isPublic: true, parameters: [], blocks: [], location: at(2)))
            )),
        location: at(2), function: "init"),
    RuleCase(
        rule: .parameterNames,
        file: program(contract("C", initFunction(), function("f", parameters: ["0", "2"], line: 3))),
        location: at(3)),
    RuleCase(rule: .reservedRegister, file: inF(line(5, .assign(result: "iele.x", value: int(1)))), location: at(5, 5)),
    RuleCase(
        rule: .duplicateLabel,
        file: program(
            contract(
                "C", initFunction(),
                function(
                    "f", line: 3, block(line: 4), block("a", line: 5, line(6, .ret(values: []))),
                    block("a", line: 7, line(8, .ret(values: [])))))),
        location: at(7)),
    RuleCase(rule: .undefinedLabel, file: inF(line(5, .jump(label: "nowhere"))), location: at(5, 5)),
    RuleCase(
        rule: .unlabeledBlock,
        file: program(
            contract(
                "C", initFunction(),
                function(
                    "f", line: 3, block(line: 4, line(5, .ret(values: []))), block(line: 6, line(7, .ret(values: []))))
            )),
        location: at(6)),
    RuleCase(
        rule: .undefinedFunction, file: inF(line(5, .localCall(results: [], function: global("g"), arguments: []))),
        location: at(5, 5)),
    RuleCase(
        rule: .callToConstant,
        file: inF(
            line(5, .localCall(results: [], function: global("k"), arguments: [])),
            extra: [globalDefinition("k", 7, line: 9)]),
        location: at(5, 5)),
    RuleCase(
        rule: .invalidCallee, file: inF(line(5, .localCall(results: [], function: int(5), arguments: []))),
        location: at(5, 5)),
    RuleCase(
        rule: .argumentCount,
        file: inF(line(5, .localCall(results: ["b"], function: global("iele.balance"), arguments: []))),
        location: at(5, 5)),
    RuleCase(
        rule: .resultCount,
        file: inF(line(5, .localCall(results: [], function: global("iele.gas"), arguments: []))),
        location: at(5, 5)),
    RuleCase(
        rule: .returnCount, file: inF(line(5, .ret(values: [int(1)])), line(6, .ret(values: []))),
        location: at(6, 5)),
    RuleCase(
        rule: .initCall, file: inF(line(5, .localCall(results: [], function: global("init"), arguments: []))),
        location: at(5, 5), schedule: .albe),
    RuleCase(
        rule: .missingCallStatus,
        file: inF(
            line(
                5,
                .accountCall(
                    results: [], function: global("g"), address: int(1), arguments: [], value: int(0),
                    gasLimit: int(1000)))),
        location: at(5, 5)),
    RuleCase(
        rule: .undeclaredContract,
        file: inF(line(5, .create(status: "s", address: "a", contract: "C", arguments: [], value: int(0)))),
        location: at(5, 5)),
    RuleCase(
        rule: .logTopicCount,
        file: inF(line(5, .log(cell: int(0), topics: [int(1), int(2), int(3), int(4), int(5)]))),
        location: at(5, 5)),
    RuleCase(
        rule: .undefinedGlobal, file: inF(line(5, .assign(result: "x", value: global("nope")))),
        location: at(5, 5)),
]

@Suite("One ill-formed snippet per rule")
struct CheckRuleTests {
    @Test("Each snippet breaks exactly its rule, at the right place", arguments: ruleCases)
    func snippetBreaksItsRule(_ ruleCase: RuleCase) {
        let diagnostics = WellFormednessChecker(schedule: ruleCase.schedule).check(ruleCase.file)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        guard let diagnostic = diagnostics.first else { return }
        #expect(diagnostic.rule == ruleCase.rule)
        #expect(diagnostic.rule.identifier == ruleCase.rule.identifier)
        #expect(diagnostic.location.line == ruleCase.location.line)
        #expect(diagnostic.location.column == ruleCase.location.column)
        #expect(diagnostic.contract == ruleCase.contract)
        #expect(diagnostic.function == ruleCase.function)
        #expect(diagnostic.description.hasSuffix("[\(ruleCase.rule.identifier)]"))
    }

    @Test("Every rule has a snippet")
    func everyRuleIsCovered() {
        #expect(Set(ruleCases.map(\.rule)) == Set(CheckRule.allCases))
        #expect(ruleCases.count == CheckRule.allCases.count)
    }

    @Test("Identifiers are unique and explanations are written")
    func catalogIsComplete() {
        let identifiers = CheckRule.allCases.map(\.identifier)
        #expect(Set(identifiers).count == identifiers.count)
        for rule in CheckRule.allCases {
            #expect(!rule.explanation.isEmpty)
            #expect(rule.identifier.allSatisfy { $0.isLowercase || $0 == "-" })
        }
    }
}
