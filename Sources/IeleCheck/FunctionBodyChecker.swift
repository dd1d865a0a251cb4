import IeleSyntax

/// Checks the body of one function: its labels, then each instruction (the `check` rules of
/// well-formedness.md, "Instructions").
///
/// Like the K checker, it collects all labels of the function before checking any jump, so
/// jumps forward and backward are alike.
struct FunctionBodyChecker {
    let function: FunctionDefinition
    /// Whether the function's definition was accepted, so that its `ret`s are compared with its
    /// signature (false for a duplicate definition).
    let hasSignature: Bool
    var labels: Set<Name> = []

    init(function: FunctionDefinition, hasSignature: Bool) {
        self.function = function
        self.hasSignature = hasSignature
    }

    mutating func check(in contract: inout ContractChecker) {
        collectLabels(in: &contract)
        for block in function.blocks {
            for located in block.instructions {
                check(located.instruction, at: located.location, in: &contract)
            }
        }
    }

    /// Labels are unique, and only the first block may go without one.
    private mutating func collectLabels(in contract: inout ContractChecker) {
        for (position, block) in function.blocks.enumerated() {
            guard let label = block.label else {
                if position > 0 {
                    contract.report(
                        .unlabeledBlock, in: function.name, at: block.location,
                        CheckMessage.unlabeledBlock(position: position))
                }
                continue
            }
            if !labels.insert(label).inserted {
                contract.report(
                    .duplicateLabel, in: function.name, at: block.location, CheckMessage.duplicateLabel(label))
            }
        }
    }

    // MARK: Instructions

    private func check(_ instruction: Instruction, at location: SourceLocation, in contract: inout ContractChecker) {
        switch instruction {
        case .assign(let result, let value), .load(let result, let value), .sload(let result, let value),
            .unary(_, let result, let value):
            checkResults([result], at: location, in: &contract)
            checkOperands([value], at: location, in: &contract)
        case .loadBytes(let result, let cell, let offset, let width):
            checkResults([result], at: location, in: &contract)
            checkOperands([cell, offset, width], at: location, in: &contract)
        case .store(let value, let cell), .sstore(let value, let cell):
            checkOperands([value, cell], at: location, in: &contract)
        case .storeBytes(let value, let cell, let offset, let width):
            checkOperands([value, cell, offset, width], at: location, in: &contract)
        case .binary(_, let result, let lhs, let rhs), .compare(_, let result, let lhs, let rhs):
            checkResults([result], at: location, in: &contract)
            checkOperands([lhs, rhs], at: location, in: &contract)
        case .ternary(_, let result, let first, let second, let modulus):
            checkResults([result], at: location, in: &contract)
            checkOperands([first, second, modulus], at: location, in: &contract)
        case .jump(let label):
            checkLabel(label, at: location, in: &contract)
        case .conditionalJump(let condition, let label):
            checkOperands([condition], at: location, in: &contract)
            checkLabel(label, at: location, in: &contract)
        case .localCall(let results, let callee, let arguments):
            checkLocalCall(results: results, callee: callee, arguments: arguments, at: location, in: &contract)
        case .accountCall(let results, _, let address, let arguments, let value, let gasLimit):
            if results.isEmpty {
                contract.report(
                    .missingCallStatus, in: function.name, at: location, CheckMessage.missingCallStatus())
            }
            checkResults(results, at: location, in: &contract)
            checkOperands([address] + (value.map { [$0] } ?? []) + [gasLimit] + arguments, at: location, in: &contract)
        case .callAddress(let result, _, let address):
            checkResults([result], at: location, in: &contract)
            checkOperands([address], at: location, in: &contract)
        case .ret(let values):
            checkReturn(values, at: location, in: &contract)
        case .revert(let value), .selfdestruct(let value):
            checkOperands([value], at: location, in: &contract)
        case .log(let cell, let topics):
            if topics.count > 4 {
                contract.report(
                    .logTopicCount, in: function.name, at: location, CheckMessage.logTopicCount(topics.count))
            }
            checkOperands([cell] + topics, at: location, in: &contract)
        case .create(let status, let address, let name, let arguments, let value):
            if !contract.declaredContracts.contains(name) {
                contract.report(
                    .undeclaredContract, in: function.name, at: location, CheckMessage.undeclaredContract(name))
            }
            checkResults([status, address], at: location, in: &contract)
            checkOperands([value] + arguments, at: location, in: &contract)
        case .copyCreate(let status, let address, let source, let arguments, let value):
            checkResults([status, address], at: location, in: &contract)
            checkOperands([source, value] + arguments, at: location, in: &contract)
        }
    }

    /// `checkLVals`: assigned registers are not reserved.
    private func checkResults(_ results: [Name], at location: SourceLocation, in contract: inout ContractChecker) {
        for result in results where result.isReserved {
            contract.report(.reservedRegister, in: function.name, at: location, CheckMessage.reservedRegister(result))
        }
    }

    /// `checkOperands` accepts every operand; the assembler additionally needs each `@name` to
    /// be a global constant or a function of the contract.
    private func checkOperands(_ operands: [Operand], at location: SourceLocation, in contract: inout ContractChecker) {
        guard contract.includesAssemblerRules else { return }
        for case .global(let name) in operands where !contract.definedGlobals.contains(name) {
            contract.report(.undefinedGlobal, in: function.name, at: location, CheckMessage.undefinedGlobal(name))
        }
    }

    /// `br NAME`: a label of this function.
    private func checkLabel(_ label: Name, at location: SourceLocation, in contract: inout ContractChecker) {
        if !labels.contains(label) {
            contract.report(.undefinedLabel, in: function.name, at: location, CheckMessage.undefinedLabel(label))
        }
    }

    /// `RETS = call @NAME(ARGS)`: a function or builtin whose arity matches; `call %REG(ARGS)`
    /// is not checked (the pointer's target is known only at run time).
    private func checkLocalCall(
        results: [Name], callee: Operand, arguments: [Operand], at location: SourceLocation,
        in contract: inout ContractChecker
    ) {
        checkResults(results, at: location, in: &contract)
        checkOperands(arguments, at: location, in: &contract)
        switch callee {
        case .register:
            return
        case .constant:
            contract.report(.invalidCallee, in: function.name, at: location, CheckMessage.invalidCallee())
        case .global(let name):
            switch contract.types[name] {
            case nil:
                contract.report(
                    .undefinedFunction, in: function.name, at: location, CheckMessage.undefinedFunction(name))
            case .constant:
                contract.report(.callToConstant, in: function.name, at: location, CheckMessage.callToConstant(name))
            case .function(var type):
                var matches = true
                if name == .initializer && !contract.schedule.allowsLocalInitCalls {
                    contract.report(.initCall, in: function.name, at: location, CheckMessage.initCall())
                    matches = false
                }
                if type.arguments != arguments.count {
                    contract.report(
                        .argumentCount, in: function.name, at: location,
                        CheckMessage.argumentCount(name, expected: type.arguments, given: arguments.count))
                    matches = false
                }
                if let expected = type.results {
                    if expected != results.count {
                        contract.report(
                            .resultCount, in: function.name, at: location,
                            CheckMessage.resultCount(name, expected: expected, given: results.count))
                    }
                } else if matches {
                    type.results = results.count
                    contract.types[name] = .function(type)
                }
            }
        }
    }

    /// `ret OPS`: as many values as the function returns everywhere else (none for `@init`).
    private func checkReturn(_ values: [Operand], at location: SourceLocation, in contract: inout ContractChecker) {
        checkOperands(values, at: location, in: &contract)
        guard hasSignature, case .function(var type) = contract.types[function.name] else { return }
        if let expected = type.results {
            if expected != values.count {
                contract.report(
                    .returnCount, in: function.name, at: location,
                    CheckMessage.returnCount(function.name, expected: expected, given: values.count))
            }
        } else {
            type.results = values.count
            contract.types[function.name] = .function(type)
        }
    }
}
