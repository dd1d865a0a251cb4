import IeleSyntax

extension Instruction {
    /// The registers the instruction writes, in source order.
    var resultRegisters: [Name] {
        switch self {
        case .assign(let r, _), .load(let r, _), .loadBytes(let r, _, _, _), .sload(let r, _),
            .unary(_, let r, _), .binary(_, let r, _, _), .ternary(_, let r, _, _, _), .compare(_, let r, _, _),
            .callAddress(let r, _, _):
            [r]
        case .localCall(let results, _, _), .accountCall(let results, _, _, _, _, _):
            results
        case .create(let status, let address, _, _, _), .copyCreate(let status, let address, _, _, _):
            [status, address]
        case .store, .storeBytes, .sstore, .jump, .conditionalJump, .ret, .revert, .log, .selfdestruct:
            []
        }
    }

    /// Every operand the instruction reads, in source order (callee included).
    var operands: [Operand] {
        switch self {
        case .assign(_, let v), .load(_, let v), .sload(_, let v), .unary(_, _, let v), .revert(let v),
            .selfdestruct(let v), .conditionalJump(let v, _), .callAddress(_, _, let v):
            [v]
        case .loadBytes(_, let a, let b, let c): [a, b, c]
        case .store(let a, let b), .sstore(let a, let b), .binary(_, _, let a, let b), .compare(_, _, let a, let b):
            [a, b]
        case .storeBytes(let a, let b, let c, let d): [a, b, c, d]
        case .ternary(_, _, let a, let b, let c): [a, b, c]
        case .jump: []
        case .localCall(_, let f, let args): [f] + args
        case .accountCall(_, let f, let address, let args, let value, let gas):
            [f, address] + args + (value.map { [$0] } ?? []) + [gas]
        case .ret(let values): values
        case .log(let cell, let topics): [cell] + topics
        case .create(_, _, _, let args, let value): args + [value]
        case .copyCreate(_, _, let source, let args, let value): [source] + args + [value]
        }
    }

    /// Every register name the instruction mentions.
    var registerNames: [Name] {
        resultRegisters + operands.compactMap { if case .register(let name) = $0 { name } else { nil } }
    }
}
