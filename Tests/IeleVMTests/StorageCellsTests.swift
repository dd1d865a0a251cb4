import IeleNumerics
import Testing

@testable import IeleVM

/// The per-account cell table: lookups by scan and by hash agree with a dictionary, and positions
/// stay valid while the table grows.
@Suite struct StorageCellsTests {
    static let big = IeleInt(1 << 40) * IeleInt(1 << 40)

    @Test func findsEveryKeyAcrossGrowth() {
        var cells = StorageCells()
        var reference: [IeleInt: Int] = [:]
        // Word-sized keys (small, negative, spread out) and big keys, past several rebuilds.
        let keys: [IeleInt] = (0..<600).flatMap { k -> [IeleInt] in
            [IeleInt(k), IeleInt(-k - 1), IeleInt((k + 1) << 40), Self.big + IeleInt(k)]
        }
        for key in keys {
            #expect(cells.position(of: key) == nil)
            reference[key] = cells.append(key: key, value: key + 1, isWritten: false)
            #expect(cells.position(of: key) == reference[key])
        }
        #expect(cells.count == keys.count)
        for (key, position) in reference {
            #expect(cells.position(of: key) == position)
            #expect(cells[position].key == key)
            #expect(cells[position].value == key + 1)
        }
        #expect(cells.position(of: Self.big * Self.big) == nil)
        #expect(cells.position(of: IeleInt(1 << 62)) == nil)
    }

    @Test func writesAreTrackedPerCell() {
        var cells = StorageCells()
        let a = cells.append(key: 1, value: 10, isWritten: false)
        let b = cells.append(key: 2, value: 20, isWritten: false)
        #expect(!cells.hasWrittenCells)
        cells.set(11, isWritten: true, at: a)
        #expect(cells.hasWrittenCells)
        #expect(cells.writtenCount == 1)
        #expect(cells[a].value == 11)
        #expect(cells[b].value == 20)
        cells.set(10, isWritten: false, at: a)
        #expect(!cells.hasWrittenCells)
    }
}
