/// A program's decoded instructions in one allocation that never moves and is never written after
/// it is built, so that the interpreter can keep a plain pointer to it in a register.
///
/// Why not `[Instr]`: reading an array element reloads the array from the machine after every
/// handler call and checks the index, which sat on the path from one instruction to the next.
/// The index needs no check here: decoding ends every function with a `ret` and points every jump
/// at an instruction of the program (or at an `invalid` it appends), so the program counter never
/// leaves the buffer.
final class InstructionBuffer: @unchecked Sendable {
    /// The first instruction; `count` of them follow. Read-only after `init`.
    let start: UnsafePointer<Instr>
    let count: Int

    init(_ code: [Instr]) {
        assert(code.last.map { $0.kind == .ret || $0.kind == .invalid } ?? true, "code must end in ret or invalid")
        assert(
            code.allSatisfy { ($0.kind != .br && $0.kind != .brc) || (0..<code.count).contains(Int($0.imm)) },
            "a jump leaves the code")
        let buffer = UnsafeMutablePointer<Instr>.allocate(capacity: Swift.max(1, code.count))
        code.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { buffer.initialize(from: base, count: source.count) }
        }
        start = UnsafePointer(buffer)
        count = code.count
    }

    deinit {
        let buffer = UnsafeMutablePointer(mutating: start)
        buffer.deinitialize(count: count)
        buffer.deallocate()
    }
}
