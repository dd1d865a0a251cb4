import IeleCheck
import IeleSyntax
import Testing

/// The corpus sources: the reference CI checks the `ill-formed` ones fail and all others pass,
/// under DANSE (its Makefile's `test-wellformed` / `test-illformed` targets).
@Suite("Conformance sources")
struct ConformanceSourceTests {
    /// What each ill-formed source breaks.
    static let expectedRules: [String: CheckRule] = [
        "tests/iele/danse/ill-formed/duplicateFuncs.iele": .duplicateDefinition,
        "tests/iele/danse/ill-formed/illFormed.iele": .missingInit,
    ]

    private func parse(_ path: String) throws -> SourceFile? {
        guard let text = ConformanceSources.read(path) else {
            Issue.record("cannot read \(path) in the conformance corpus")
            return nil
        }
        return try Parser.parse(text, fileName: path)
    }

    @Test("The corpus is present and complete")
    func corpusIsPresent() {
        guard ConformanceSources.root != nil else {
            Issue.record("conformance corpus not found: set IELE_CONFORMANCE or provide ../shared/conformance")
            return
        }
        #expect(ConformanceSources.wellFormed.count == 23)
        #expect(Set(ConformanceSources.illFormed) == Set(Self.expectedRules.keys))
    }

    @Test("Sources the reference accepts are well-formed", arguments: ConformanceSources.wellFormed)
    func wellFormed(_ path: String) throws {
        guard let file = try parse(path) else { return }
        let diagnostics = WellFormednessChecker(schedule: .danse).check(file)
        #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.formatted(fileName: path) })")
    }

    @Test("Sources the reference rejects break the expected rule", arguments: ConformanceSources.illFormed)
    func illFormed(_ path: String) throws {
        guard let file = try parse(path) else { return }
        let diagnostics = WellFormednessChecker(schedule: .danse).check(file)
        #expect(diagnostics.map(\.rule) == [Self.expectedRules[path]].compactMap { $0 })
    }

    @Test("The ill-formed sources' diagnostics point at the offending definitions")
    func illFormedLocations() throws {
        let duplicate = "tests/iele/danse/ill-formed/duplicateFuncs.iele"
        if let file = try parse(duplicate) {
            let diagnostics = WellFormednessChecker().check(file).map { $0.formatted(fileName: "d.iele") }
            #expect(
                diagnostics == [
                    "d.iele:7:3: contract test, function @test: @test is already defined in this contract "
                        + "[duplicate-definition]"
                ])
        }
        if let file = try parse("tests/iele/danse/ill-formed/illFormed.iele") {
            let diagnostics = WellFormednessChecker().check(file).map { $0.formatted(fileName: "i.iele") }
            #expect(diagnostics == ["i.iele:1:1: contract Foo: the contract does not define @init [missing-init]"])
        }
    }

    @Test("The corpus is well-formed under every schedule (none of it calls @init)", arguments: CheckSchedule.allCases)
    func everySchedule(_ schedule: CheckSchedule) throws {
        for path in ConformanceSources.wellFormed {
            guard let file = try parse(path) else { continue }
            #expect(WellFormednessChecker(schedule: schedule).check(file).isEmpty, "\(path)")
        }
    }
}
