import IeleNumerics
import Testing

/// A call index without a string-table entry names the function by the index in decimal, for
/// account calls and `calladdress` as for headers and local calls, so the disassembled text
/// (`calladdress @7 at …`) means what the bytecode does.
@Suite struct FunctionNameTests {
    /// `@7` keeps index 7 and has no entry: `calladdress` finds it as `@7`, the first function
    /// pointer (it used to look the empty name up and find nothing, 0).
    @Test func callAddressOfAnIndexWithoutEntry() throws {
        let source = """
            contract C {
              define public @7() { ret 1 }
              define public @f() {
                %a = call @iele.address()
                %p = calladdress @7 at %a
                ret %p
              }
            }
            """
        let outcome = try VM.call(source, "f")
        #expect(outcome.status == 0)
        #expect(outcome.output == [1])
    }
}
