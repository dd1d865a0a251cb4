import IeleNumerics

/// A decoded contract, ready to run: what the K `<program>` cell holds after `#loadCode`.
///
/// Built once per code (see `ProgramCache`) and never mutated, so it is shared freely between
/// frames and threads. Register slots, jump targets, constants and the function table are all
/// resolved at decode time (iele.md "IELE Program Representations").
final class Program: Sendable {
    /// One function: `<function>` with its `<nparams>`, `<nregs>` and code.
    struct Function: Sendable {
        var name: [UInt8]
        var isPublic: Bool
        var parameterCount: Int
        /// `#computeNRegs`: one more than the highest register any instruction names.
        var registerCount: Int
        /// The instructions; the last is an implicit `ret void` (falling off the end returns).
        var code: [Instr]
        /// Register lists of calls and returns.
        var operands: [Int32]
    }

    /// The contract's whole bytecode (`#contractBytes`), kept for nested creation and code queries.
    let bytes: [UInt8]
    /// `<programSize>`: the contract's size in bytes (0 for an account without code).
    let size: Int
    let functions: [Function]
    /// Function index by name (`<funcIds>`).
    let functionsByName: [[UInt8]: Int]
    /// `<funcLabels>`: function index by function pointer value (1-based, `@init` excluded).
    let functionsByLabel: [Int: Int]
    /// `#callAddress` values: function pointer by name, for public functions.
    let callAddresses: [[UInt8]: Int]
    /// Constants loaded by `loadConstant`.
    let constants: [IeleInt]
    /// `intSize` of each constant, computed once (the gas of a constant load depends on it).
    let constantWords: [Int]
    /// Nested contracts by their string-table entry (what `create` deploys), as bytecode.
    let contracts: [Int: [UInt8]]
    /// Function names by string-table entry (callee names of account calls and `calladdress`).
    let names: [Int: [UInt8]]

    init(
        bytes: [UInt8], size: Int, functions: [Function], constants: [IeleInt], contracts: [Int: [UInt8]],
        names: [Int: [UInt8]]
    ) {
        self.bytes = bytes
        self.size = size
        self.functions = functions
        self.constants = constants
        self.constantWords = constants.map(\.intSize)
        self.contracts = contracts
        self.names = names
        var byName: [[UInt8]: Int] = [:]
        var byLabel: [Int: Int] = [:]
        var addresses: [[UInt8]: Int] = [:]
        var label = 1
        for (index, function) in functions.enumerated() {
            if byName[function.name] == nil { byName[function.name] = index }
            if function.name == Program.initName { continue }
            byLabel[label] = index
            if function.isPublic, addresses[function.name] == nil { addresses[function.name] = label }
            label += 1
        }
        functionsByName = byName
        functionsByLabel = byLabel
        callAddresses = addresses
    }

    static let initName: [UInt8] = Array("init".utf8)
    static let depositName: [UInt8] = Array("deposit".utf8)

    /// The code of an account without code: K `#emptyCode`, a contract whose only function is
    /// `define public @deposit() { ret void }` and whose size is 0 (iele.md "Uninitialized Accounts").
    static let empty = Program(
        bytes: [], size: 0,
        functions: [
            Function(
                name: depositName, isPublic: true, parameterCount: 0, registerCount: 0,
                code: [Instr(.ret)], operands: [])
        ],
        constants: [], contracts: [:], names: [:])

    /// The function called `name`, if any.
    func function(named name: [UInt8]) -> Int? { functionsByName[name] }
}
