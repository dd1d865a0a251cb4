import IeleSyntax

/// Checks one contract, following the order of the K checker: the contract's name, then its
/// top-level definitions (which build the table of global types), then the function bodies.
///
/// Unlike the K checker, which stops at the first rule that fails, it goes on after each
/// violation, so that one pass reports them all.
struct ContractChecker {
    let contract: Contract
    /// The contracts defined before this one in the program.
    let earlierContracts: Set<Name>
    let schedule: CheckSchedule
    let includesAssemblerRules: Bool

    /// The global types (`<types>`): builtins, then the contract's globals and functions.
    var types: [Name: GlobalType] = FunctionType.intrinsics.mapValues { .function($0) }
    /// The globals and functions the contract itself defines (what the assembler can resolve).
    var definedGlobals: Set<Name> = []
    /// The contracts declared with `external contract` (`<declaredContracts>`).
    var declaredContracts: Set<Name> = []
    var hasInit = false
    /// Each function with whether its definition was accepted (a duplicate is not, so its
    /// returns are not compared with the signature of the first definition).
    var functions: [(definition: FunctionDefinition, isAccepted: Bool)] = []
    var diagnostics: [CheckDiagnostic] = []

    init(contract: Contract, earlierContracts: Set<Name>, schedule: CheckSchedule, includesAssemblerRules: Bool) {
        self.contract = contract
        self.earlierContracts = earlierContracts
        self.schedule = schedule
        self.includesAssemblerRules = includesAssemblerRules
    }

    /// Runs every check and returns the violations found.
    mutating func run() -> [CheckDiagnostic] {
        checkContractName()
        for definition in contract.definitions {
            checkDefinition(definition)
        }
        if !hasInit {
            report(.missingInit, at: contract.location, CheckMessage.missingInit())
        }
        inferReturnCounts()
        for (definition, isAccepted) in functions {
            var body = FunctionBodyChecker(function: definition, hasSignature: isAccepted)
            body.check(in: &self)
        }
        return diagnostics
    }

    /// Records a violation.
    mutating func report(_ rule: CheckRule, in function: Name? = nil, at location: SourceLocation, _ message: String) {
        diagnostics.append(
            CheckDiagnostic(
                rule: rule, contract: contract.name, function: function, location: location, message: message))
    }

    // MARK: Contract and top-level definitions

    /// `contract NAME { … }`: a new name, not reserved.
    private mutating func checkContractName() {
        if earlierContracts.contains(contract.name) {
            report(.duplicateContract, at: contract.location, CheckMessage.duplicateContract(contract.name))
        }
        if contract.name.isReserved {
            report(.reservedName, at: contract.location, CheckMessage.reservedContractName(contract.name))
        }
    }

    private mutating func checkDefinition(_ definition: TopLevelDefinition) {
        switch definition {
        case .externalContract(let name, let location):
            checkExternalContract(name, at: location)
        case .global(let global):
            checkGlobal(global)
        case .function(let function):
            checkFunctionSignature(function)
        }
    }

    /// `external contract NAME`: an earlier contract (or this one), declared once.
    private mutating func checkExternalContract(_ name: Name, at location: SourceLocation) {
        if !earlierContracts.contains(name) && name != contract.name {
            report(.unknownExternalContract, at: location, CheckMessage.unknownExternalContract(name))
        } else if declaredContracts.contains(name) {
            report(.duplicateExternalContract, at: location, CheckMessage.duplicateExternalContract(name))
        }
        declaredContracts.insert(name)
    }

    /// `@NAME = VALUE`: a new, unreserved global name of type `int`.
    private mutating func checkGlobal(_ global: GlobalDefinition) {
        definedGlobals.insert(global.name)
        let isNew = types[global.name] == nil
        if global.name.isReserved {
            report(.reservedName, at: global.location, CheckMessage.reservedGlobalName(global.name))
        } else if !isNew {
            report(.duplicateDefinition, at: global.location, CheckMessage.duplicateDefinition(global.name))
        }
        if isNew { types[global.name] = .constant }
    }

    /// `define [public] @NAME(PARAMS)`: a new, unreserved name and well-named parameters;
    /// `@init` is private, returns nothing, and its parameters are not checked (the K rule for
    /// `define @init` has no `checkArgs`).
    private mutating func checkFunctionSignature(_ function: FunctionDefinition) {
        let name = function.name
        definedGlobals.insert(name)
        if name == .initializer {
            hasInit = true
            if function.isPublic {
                report(.publicInit, in: name, at: function.location, CheckMessage.publicInit())
            }
        } else {
            checkParameters(of: function)
        }
        let isNew = types[name] == nil
        if name.isReserved {
            report(.reservedName, in: name, at: function.location, CheckMessage.reservedFunctionName(name))
        } else if !isNew {
            report(.duplicateDefinition, in: name, at: function.location, CheckMessage.duplicateDefinition(name))
        }
        if isNew {
            let results = name == .initializer ? 0 : nil
            types[name] = .function(FunctionType(arguments: function.parameters.count, results: results))
        }
        functions.append((function, isNew))
    }

    /// `checkArgs`: either numbered `%0, %1, …` in order, or named after a first named one,
    /// the later ones unreserved. (The K rule does not check the first named parameter for a
    /// reserved name; neither does this.)
    private mutating func checkParameters(of function: FunctionDefinition) {
        guard let first = function.parameters.first else { return }
        for (position, parameter) in function.parameters.enumerated() {
            if first.isNumeric {
                if !parameter.denotes(position) {
                    report(
                        .parameterNames, in: function.name, at: function.location,
                        CheckMessage.numberedParameter(parameter, position: position))
                }
            } else if position > 0 {
                if parameter.isNumeric {
                    report(
                        .parameterNames, in: function.name, at: function.location,
                        CheckMessage.mixedParameter(parameter, position: position))
                } else if parameter.isReserved {
                    report(
                        .reservedRegister, in: function.name, at: function.location,
                        CheckMessage.reservedParameter(parameter))
                }
            }
        }
    }

    /// Fixes each function's number of results from its first `ret` in source order, so that
    /// disagreeing returns and calls are reported against the function's own returns.
    ///
    /// The K checker fixes it at whichever `ret` or call it meets first; the verdict is the same
    /// (all must agree), only the construct blamed differs.
    private mutating func inferReturnCounts() {
        for (function, isAccepted) in functions where isAccepted {
            guard case .function(var type) = types[function.name], type.results == nil else { continue }
            let firstReturn = function.blocks.lazy.flatMap(\.instructions).compactMap { located -> Int? in
                if case .ret(let values) = located.instruction { values.count } else { nil }
            }.first
            if let firstReturn {
                type.results = firstReturn
                types[function.name] = .function(type)
            }
        }
    }
}
