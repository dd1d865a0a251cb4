import Foundation

/// A gas–time run saved as JSON (`--json FILE`), so `calibrate --from FILE` can propose constants
/// again (another target, a changed fitting) without measuring for ten minutes.
struct GasTimeRecord: Codable {
    struct Row: Codable {
        var name: String
        var words: Int
        var gasPerOp: Double
        var nsPerOp: Double
        var iterations: Int
        var note: String?
    }

    var header: [String]
    var rows: [Row]

    init(header: [String], rows: [GasTimeRow]) {
        self.header = header
        self.rows = rows.map {
            Row(
                name: $0.benchCase.name, words: $0.words, gasPerOp: $0.gasPerOp, nsPerOp: $0.nsPerOp,
                iterations: $0.iterations, note: $0.note)
        }
    }

    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path))
    }

    static func read(from path: String) throws -> GasTimeRecord {
        try JSONDecoder().decode(GasTimeRecord.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The rows again, each with its case from the catalog (rows of cases no longer in it are dropped).
    var measuredRows: [GasTimeRow] {
        let cases = Dictionary(GasTimeCase.catalog().map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return rows.compactMap { row in
            cases[row.name].map {
                GasTimeRow(
                    benchCase: $0, words: row.words, gasPerOp: row.gasPerOp, nsPerOp: row.nsPerOp,
                    iterations: row.iterations, note: row.note)
            }
        }
    }
}
