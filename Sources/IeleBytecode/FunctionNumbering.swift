import IeleSyntax

/// The index of every function of a contract, and the string table that names them.
///
/// A function's index is what its header and every static call carry; the decoder (and the VM)
/// name index `i` by string-table entry `i`, or by `i` in decimal when there is no such entry,
/// and index 0 is `init`. Text names take the string-table entries 1, 2, … in the order the
/// reference assembler gives them (`numberFunctions`: defined functions, then called ones).
///
/// Numeric names differ from the reference on purpose. The reference gives `@15` the next
/// position without a string-table entry, so the function comes back named after its position
/// or after another function's entry: disassembly printed a header without entry as `@15`, and
/// reassembly sent `call @15` to `@allowance`. Here a numeric name written canonically (no
/// leading zero) between 1 and 65535 keeps its number as its index, unless a string-table entry
/// takes that index; any other numeric name (`0`, `007`, `70000`, or a colliding one) gets an
/// entry like a text name. Either way index and entry name the function by the same bytes, so
/// disassembled text assembles back to the same functions and calls. No reference test names
/// a function by a number.
struct FunctionNumbering {
    /// The function names of the string table: entry `k + 1` holds `stringTable[k]`.
    let stringTable: [Name]
    /// Every function's index by its exact name (`init` is 0).
    let indices: [Name: Int]

    /// - Parameters:
    ///   - names: `init`, then every other function name once, in numbering order.
    ///   - contractCount: the embedded-contract entries that follow the function names.
    init(names: [Name], contractCount: Int) {
        let others = names.dropFirst()
        var keeping = others.compactMap(Self.ownIndex).sorted()
        // Entries are numbered from 1; a kept number at or below the table's size would be an entry.
        var tableSize = others.count - keeping.count + contractCount
        var dropped = 0
        while dropped < keeping.count, keeping[dropped] <= tableSize {
            dropped += 1
            tableSize += 1
        }
        keeping.removeFirst(dropped)
        let kept = Set(keeping)
        var table: [Name] = []
        var indices: [Name: Int] = [names.first ?? "init": 0]
        for name in others {
            if let own = Self.ownIndex(name), kept.contains(own) {
                indices[name] = own
            } else {
                table.append(name)
                indices[name] = table.count
            }
        }
        self.stringTable = table
        self.indices = indices
    }

    /// The index a numeric name can keep: its value, when it is written without leading zero and
    /// is a 16-bit index other than `init`'s.
    static func ownIndex(_ name: Name) -> Int? {
        guard name.isNumeric, name.isPlain, let number = name.number, number >= 1, number <= Int(UInt16.max) else {
            return nil
        }
        return number
    }
}
