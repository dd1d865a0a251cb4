import IeleNumerics
import IeleSyntax

/// Turns one source instruction into bytecode items, the way the reference parser and
/// desugarer do (iele-assemble `IeleParserImplementation.hs`, `IeleDesugar.hs`):
///
/// - a constant or global operand is loaded into a temporary `iele.tmpN` register by a
///   `LOADPOS`/`LOADNEG` placed just before the instruction (N counts the instruction's
///   constant operands from 0, in encoding order), except that `%r = CONSTANT` and
///   `%r = @global` load straight into `%r`;
/// - builtins (`@iele.gas`, …) become their query opcode and `@iele.invalid` becomes `INVALID`;
/// - calls through a global name use the static form (`LOCALCALL`, `CALL`, `STATICCALL`) with the
///   function's index, any other callee the dynamic form with the callee as first argument.
struct InstructionLowering {
    /// Global constants and function indices by name (globals shadow functions).
    var globals: [Name: IeleInt]
    /// Function indices by name, for the static call forms.
    var functionIndices: [Name: Int]
    /// Embedded contract indices by name, for `create`.
    var contractIndices: [Name: Int]

    /// The items for one instruction.
    func lower(_ located: LocatedInstruction) throws(AssembleError) -> [MachineOp] {
        let at = located.location
        switch located.instruction {
        case .assign(let result, let value):
            switch try resolve(value, at: at) {
            case .constant(let c): return [Self.load(c, into: result, at: at)]
            case .register(let r): return [MachineOp(opcode: .move, results: [result], arguments: [r], location: at)]
            }
        case .load(let result, let cell):
            return try op(.mload, results: [result], [cell], at: at)
        case .loadBytes(let result, let cell, let offset, let width):
            return try op(.mloadN, results: [result], [cell, offset, width], at: at)
        case .store(let value, let cell):
            return try op(.mstore, [value, cell], at: at)
        case .storeBytes(let value, let cell, let offset, let width):
            return try op(.mstoreN, [value, cell, offset, width], at: at)
        case .sload(let result, let index):
            return try op(.sload, results: [result], [index], at: at)
        case .sstore(let value, let index):
            return try op(.sstore, [value, index], at: at)
        case .unary(let operation, let result, let operand):
            return try op(Self.opcode(for: operation), results: [result], [operand], at: at)
        case .binary(let operation, let result, let lhs, let rhs):
            return try op(Self.opcode(for: operation), results: [result], [lhs, rhs], at: at)
        case .ternary(let operation, let result, let first, let second, let modulus):
            return try op(Self.opcode(for: operation), results: [result], [first, second, modulus], at: at)
        case .compare(let predicate, let result, let lhs, let rhs):
            return try op(Self.opcode(for: predicate), results: [result], [lhs, rhs], at: at)
        case .jump(let label):
            return [MachineOp(opcode: .br, label: label, location: at)]
        case .conditionalJump(let condition, let label):
            return try op(.brc, label: label, [condition], at: at)
        case .localCall(let results, let function, let arguments):
            return try localCall(results: results, function: function, arguments: arguments, at: at)
        case .accountCall(let results, let function, let address, let arguments, let value, let gasLimit):
            return try accountCall(
                results: results, function: function, address: address, arguments: arguments, value: value,
                gasLimit: gasLimit, at: at)
        case .callAddress(let result, let function, let address):
            let index = try functionIndex(function, at: at)
            return try op(.callAddress, immediates: [index], results: [result], [address], at: at)
        case .ret(let values):
            return try op(.return, immediates: [try count(values.count, "return count", at)], values, at: at)
        case .revert(let value):
            return try op(.revert, [value], at: at)
        case .log(let cell, let topics):
            guard topics.count <= 4, let opcode = Opcode(rawValue: Opcode.log0.rawValue + UInt8(topics.count)) else {
                throw AssembleError(.tooManyLogTopics(topics.count), location: at)
            }
            return try op(opcode, [cell] + topics, at: at)
        case .create(let status, let address, let contract, let arguments, let value):
            guard let index = contractIndices[contract.numberingKey] else {
                throw AssembleError(.undeclaredContract(contract), location: at)
            }
            let immediates = [index, try count(arguments.count, "argument count", at)]
            return try op(.create, immediates: immediates, results: [status, address], [value] + arguments, at: at)
        case .copyCreate(let status, let address, let source, let arguments, let value):
            let immediates = [try count(arguments.count, "argument count", at)]
            return try op(
                .copyCreate, immediates: immediates, results: [status, address], [value, source] + arguments, at: at)
        case .selfdestruct(let beneficiary):
            return try op(.selfDestruct, [beneficiary], at: at)
        }
    }

    // MARK: - Calls

    private func localCall(
        results: [Name], function: Operand, arguments: [Operand], at: SourceLocation
    ) throws(AssembleError) -> [MachineOp] {
        let counts = [try count(arguments.count, "argument count", at), try count(results.count, "result count", at)]
        guard case .global(let name) = function else {
            return try op(.localCallDynamic, immediates: counts, results: results, [function] + arguments, at: at)
        }
        if name == Opcode.invalidBuiltinName {
            guard results.isEmpty, arguments.isEmpty else {
                throw AssembleError(.builtinMisuse(name, expectedResults: 0, expectedArguments: 0), location: at)
            }
            return [MachineOp(opcode: .invalid, location: at)]
        }
        if let builtin = Opcode.builtinQuery(named: name) {
            guard results.count == 1, arguments.count == builtin.arguments else {
                throw AssembleError(
                    .builtinMisuse(name, expectedResults: 1, expectedArguments: builtin.arguments), location: at)
            }
            return try op(builtin.opcode, results: results, arguments, at: at)
        }
        let index = try functionIndex(name, at: at)
        return try op(.localCall, immediates: [index] + counts, results: results, arguments, at: at)
    }

    private func accountCall(
        results: [Name], function: Operand, address: Operand, arguments: [Operand], value: Operand?,
        gasLimit: Operand, at: SourceLocation
    ) throws(AssembleError) -> [MachineOp] {
        guard !results.isEmpty else { throw AssembleError(.missingStatusResult, location: at) }
        let counts = [
            try count(arguments.count, "argument count", at), try count(results.count - 1, "result count", at),
        ]
        let sent: [Operand] = value.map { [$0] } ?? []
        if case .global(let name) = function {
            let index = try functionIndex(name, at: at)
            let opcode: Opcode = value == nil ? .staticCall : .call
            return try op(
                opcode, immediates: [index] + counts, results: results, [gasLimit, address] + sent + arguments, at: at)
        }
        let opcode: Opcode = value == nil ? .staticCallDynamic : .callDynamic
        return try op(
            opcode, immediates: counts, results: results, [function, gasLimit, address] + sent + arguments, at: at)
    }

    private func functionIndex(_ name: Name, at: SourceLocation) throws(AssembleError) -> Int {
        guard let index = functionIndices[name] else {
            throw AssembleError(.undefinedGlobal(name), location: at)
        }
        return try count(index, "function index", at)
    }

    // MARK: - Operands

    /// Builds the item and the loads of its constant operands (`expandImmediates`).
    private func op(
        _ opcode: Opcode, immediates: [Int] = [], label: Name? = nil, results: [Name] = [], _ operands: [Operand],
        at: SourceLocation
    ) throws(AssembleError) -> [MachineOp] {
        var items: [MachineOp] = []
        var arguments: [Name] = []
        for operand in operands {
            switch try resolve(operand, at: at) {
            case .register(let name):
                arguments.append(name)
            case .constant(let value):
                let temporary = Name.temporary(items.count)
                items.append(Self.load(value, into: temporary, at: at))
                arguments.append(temporary)
            }
        }
        items.append(
            MachineOp(
                opcode: opcode, immediates: immediates, label: label, results: results, arguments: arguments,
                location: at))
        return items
    }

    private func resolve(_ operand: Operand, at: SourceLocation) throws(AssembleError) -> ResolvedOperand {
        switch operand {
        case .register(let name): return .register(name)
        case .constant(let value): return .constant(value)
        case .global(let name):
            guard let value = globals[name] else {
                throw AssembleError(.undefinedGlobal(name), location: at)
            }
            return .constant(value)
        }
    }

    private func count(_ value: Int, _ field: String, _ at: SourceLocation) throws(AssembleError) -> Int {
        guard value <= Int(UInt16.max) else { throw AssembleError(.fieldOverflow(field, value), location: at) }
        return value
    }

    /// `loadImm`: LOADPOS of a non-negative value, LOADNEG of the magnitude of a negative one.
    static func load(_ value: IeleInt, into register: Name, at: SourceLocation) -> MachineOp {
        let opcode: Opcode = value.isNegative ? .loadNegative : .loadPositive
        return MachineOp(opcode: opcode, constant: value.magnitude, results: [register], location: at)
    }

    // MARK: - Opcode choice

    static func opcode(for operation: UnaryOperation) -> Opcode {
        switch operation {
        case .iszero: .isZero
        case .not: .not
        case .log2: .logarithm2
        case .sha3: .sha3
        }
    }

    static func opcode(for operation: BinaryOperation) -> Opcode {
        switch operation {
        case .add: .add
        case .mul: .mul
        case .sub: .sub
        case .div: .div
        case .exp: .exp
        case .mod: .mod
        case .byte: .byte
        case .sext: .signExtend
        case .twos: .twos
        case .bswap: .bswap
        case .and: .and
        case .or: .or
        case .xor: .xor
        case .shift: .shift
        }
    }

    static func opcode(for operation: TernaryOperation) -> Opcode {
        switch operation {
        case .addmod: .addmod
        case .mulmod: .mulmod
        case .expmod: .expmod
        }
    }

    static func opcode(for predicate: Predicate) -> Opcode {
        switch predicate {
        case .lt: .lt
        case .le: .le
        case .gt: .gt
        case .ge: .ge
        case .eq: .eq
        case .ne: .ne
        }
    }
}
