import IeleNumerics
import Testing

@testable import IeleVM

/// Local memory, storage and logging: values, memory accounting, refunds and exact gas.
@Suite struct MemoryAndStorageTests {
    static let danse = GasSchedule.danse

    @Test func storeThenLoadWholeCell() throws {
        let source =
            "contract C { define public @f(%v, %c) { store %v, %c \n %r = load %c \n ret %r } define @init() {} }"
        let r = try VM.call(source, "f", [-300, 7])
        #expect(r.output == [-300])
        // store: Gstorecell + 1 word; load: Gloadcell + bytesInWords(2 bytes) words.
        #expect(
            r.gasUsed == Self.danse.gStoreCell + Self.danse.gStoreWord + Self.danse.gLoadCell + Self.danse.gLoadWord)
    }

    @Test func rangedStoreAndLoadAreLittleEndian() throws {
        let source = """
            contract C { define public @f(%v, %c, %o, %w) {
              store %v, %c, %o, %w
              %r = load %c, %o, %w
              %all = load %c
              ret %r, %all
            } define @init() {} }
            """
        let r = try VM.call(source, "f", [0x1234, 0, 1, 2])
        #expect(r.output == [0x1234, 0x123400])
    }

    /// A ranged store inside bytes a cell already holds (direct cell numbers and one past the
    /// direct range) writes them in place: the bytes change, the length does not, and the store costs
    /// `Gstore` plus its words with no memory charge.
    @Test(arguments: [3, 5000]) func rangedStoreInsideACellOverwritesItsBytes(cell: Int) throws {
        let source = """
            contract C { define public @f(%c, %v, %o, %w, %twice) {
              store -1, %c, 0, 8
              br %twice, again
              ret 0
            again:
              store %v, %c, %o, %w
              %all = load %c
              ret %all
            } define @init() {} }
            """
        let once = try VM.call(source, "f", [IeleInt(cell), 0x1234, 2, 2, 0])
        let twice = try VM.call(source, "f", [IeleInt(cell), 0x1234, 2, 2, 1])
        // Bytes FF FF 34 12 FF FF FF FF, read as a signed little-endian integer.
        #expect(twice.output == [-3_989_504_001])
        // The second run also loads the cell (one word) instead of returning the constant 0.
        let load = Self.danse.gLoadCell + Self.danse.gLoadWord
        #expect(twice.gasUsed - once.gasUsed == Self.danse.gStore + Self.danse.gStoreWord + load - Self.danse.gMove)
        #expect(twice.machine.frame.peakMemory == once.machine.frame.peakMemory)
    }

    @Test func loadOfMissingCellIsZero() throws {
        let source = "contract C { define public @f(%c) { %r = load %c \n ret %r } define @init() {} }"
        let r = try VM.call(source, "f", [99])
        #expect(r.output == [0])
        #expect(r.gasUsed == Self.danse.gLoadCell)
    }

    @Test func memoryBeyondTheAllowanceIsCharged() throws {
        // A 5000-word value stored in a cell raises current (and peak) memory by 5000 words.
        let source = "contract C { define public @f(%v) { store %v, 0 \n ret void } define @init() {} }"
        let value = (IeleInt.one.shiftedLeft(by: 64 * 5000 - 2) ?? 0)
        #expect(value.intSize == 5000)
        let r = try VM.call(source, "f", [value])
        let registers = 2  // %v and the constant 0
        let memory = Self.danse.cMem(registers + 5000) - Self.danse.cMem(registers)
        let constant = Self.danse.gMove
        #expect(r.gasUsed == constant + memory + Self.danse.gStoreCell + 5000 * Self.danse.gStoreWord)
        #expect(r.machine.frame.peakMemory == registers + 5000)
    }

    @Test func sstoreChargesCsstoreAndRefundsShrinking() throws {
        let source = """
            contract C { define public @f(%v, %k) { sstore %v, %k \n %r = sload %k \n ret %r } define @init() {} }
            """
        let big = IeleInt.one.shiftedLeft(by: 100) ?? 0  // 2 words
        let first = try VM.call(source, "f", [big, 1])
        #expect(first.output == [big])
        let set = Self.danse.cSstore(index: 1, value: 2, valueIsZero: false, old: 1, oldIsZero: true)
        let sload = Self.danse.gSload + Self.danse.gSloadKey + 2 * Self.danse.gSloadWord
        #expect(first.gasUsed == set + sload)
        var world = first.machine.world
        #expect(world.storage(of: VM.contractAddress, at: 1) == big)

        // Shrinking a stored value from 2 words to 1 earns Rsstoreset per word.
        let shrink = try callWithStorage(source, storage: [1: big], arguments: [5, 1])
        #expect(shrink.machine.refund == Self.danse.rSstoreSet)
    }

    private func callWithStorage(_ source: String, storage: [IeleInt: IeleInt], arguments: [IeleInt]) throws
        -> CallOutcome
    {
        var machineWorld = WorldState()
        machineWorld[VM.contractAddress] = Account(nonce: 1, storage: storage, code: try VM.assemble(source))
        machineWorld[VM.sender] = Account(balance: 100)
        var machine = Machine(
            schedule: .danse, block: BlockHeader(), origin: VM.sender, gasPrice: 1,
            world: WorldJournal(host: machineWorld))
        let entry = machine.enterCall(
            from: VM.sender, to: VM.contractAddress, callee: .name(Array("f".utf8)), gas: 100_000_000, value: 0,
            arguments: arguments, isStatic: false, depth: 0, completion: .transactionCall)
        let (_, left) = machine.runTopLevel(entry)
        return CallOutcome(status: 0, output: machine.output, gasUsed: 100_000_000 - left, machine: machine)
    }

    @Test func logRecordsCellAndChoppedTopics() throws {
        let source =
            "contract C { define public @f(%v, %t) { store %v, 3 \n log 3, %t \n ret void } define @init() {} }"
        let r = try VM.call(source, "f", [0x0102, -1])
        let logs = r.machine.logs
        #expect(logs.count == 1)
        #expect(logs.first?.address == VM.contractAddress)
        #expect(logs.first?.data == [0x02, 0x01])
        #expect(logs.first?.topics == [(IeleInt.one.shiftedLeft(by: 256) ?? 0) - 1])
    }
}
