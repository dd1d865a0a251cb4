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
        /// The instructions as decoded (function-relative); `Program.init` moves them into the
        /// program-wide `code` and leaves this empty. The last is an implicit `ret void`.
        var code: [Instr]
        /// Register lists of calls and returns, function-relative until `Program.init`.
        var operands: [Int32]
        /// Where the function starts in the program's `code`.
        var entry: Int = 0
        /// Register slots a call of the function needs: `max(nregs, nparams)`.
        var slotCount: Int { Swift.max(registerCount, parameterCount) }
    }

    /// What the interpreter reads of a function on every local call and return, as a plain value:
    /// `Function` holds arrays, and copying one out of `functions` costs a retain and release each.
    struct Layout: Sendable {
        var entry: Int
        var parameterCount: Int
        var registerCount: Int
        var slotCount: Int
    }

    /// Every function's instructions, one after the other, so that a local call or return only
    /// moves the program counter. Jump targets and operand lists are program-wide indices. Held
    /// in the form the interpreter reads (see `InstructionBuffer`).
    let instructions: InstructionBuffer
    /// The same instructions as an array, for tests and tools.
    var code: [Instr] { Array(UnsafeBufferPointer(start: instructions.start, count: instructions.count)) }
    /// Every function's register lists, one after the other.
    let operands: [Int32]

    /// The contract's whole bytecode (`#contractBytes`), kept for nested creation and code queries.
    let bytes: [UInt8]
    /// `<programSize>`: the contract's size in bytes (0 for an account without code).
    let size: Int
    let functions: [Function]
    /// `functions` as `Layout`s, index for index.
    let layouts: [Layout]
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
        var allCode: [Instr] = []
        var allOperands: [Int32] = []
        var placed = functions
        for index in placed.indices {
            let entry = allCode.count
            let operandBase = Int32(allOperands.count)
            placed[index].entry = entry
            for var instr in placed[index].code {
                switch instr.kind {
                case .br, .brc: instr.imm += Int32(entry)
                case .ret, .localCall, .localCallDynamic, .call, .callDynamic, .staticCall, .staticCallDynamic,
                    .create, .copyCreate, .log:
                    instr.list += operandBase
                default: break
                }
                allCode.append(instr)
            }
            allOperands.append(contentsOf: placed[index].operands)
            placed[index].code = []
            placed[index].operands = []
        }
        Superinstructions.fuse(&allCode)
        self.instructions = InstructionBuffer(allCode)
        self.operands = allOperands
        self.functions = placed
        self.layouts = placed.map {
            Layout(
                entry: $0.entry, parameterCount: $0.parameterCount, registerCount: $0.registerCount,
                slotCount: $0.slotCount)
        }
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

    /// The function name that index `index` of a call or `calladdress` stands for: its string-table
    /// entry, or the index in decimal when there is none (iele-binary.md `#dasmInstruction`,
    /// `getIeleName(FUNCS[INDEX] orDefault INDEX)`), as for function headers and local calls, so
    /// that the disassembled text `call @15 at …` means what the bytecode does.
    func functionName(at index: Int) -> [UInt8] { names[index] ?? Array(String(index).utf8) }
}
