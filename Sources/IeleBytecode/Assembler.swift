import IeleSyntax

/// Assembles IELE source into bytecode, byte for byte as the reference assembler
/// (iele-assemble, `compileContracts`) does.
///
/// The main contract is the last of the file. Each `external contract X` inside a contract embeds
/// the bytecode of the latest contract named X that comes before it in the file. Like the
/// reference, which builds contracts lazily, only the main contract and the contracts it embeds
/// (transitively) are assembled: errors in other contracts are not reported.
///
/// Where the reference would silently truncate a field (a name longer than 65535 bytes, more than
/// 65535 arguments, a contract over 4 GiB) this assembler reports `fieldOverflow` instead.
public enum Assembler {
    /// The bytecode of the file's main contract, with the contracts it declares embedded.
    public static func assemble(_ file: SourceFile) throws(AssembleError) -> [UInt8] {
        let contracts = file.contracts
        guard let mainIndex = contracts.indices.last else { throw AssembleError(.noContract) }
        let needed = try neededContracts(contracts, main: mainIndex)
        var compiled: [Int: [UInt8]] = [:]
        var available: [Name: [UInt8]] = [:]
        var result: [UInt8] = []
        for index in contracts.indices {
            if needed.contains(index) {
                let bytes = try ContractAssembler(contract: contracts[index], available: available).assemble()
                compiled[index] = bytes
                available[contracts[index].name.numberingKey] = bytes
                if index == mainIndex { result = bytes }
            } else {
                // A later contract that embeds this name must not see an older definition.
                available[contracts[index].name.numberingKey] = nil
            }
        }
        return result
    }

    /// NBITS for a contract whose largest register number is `maximumRegister`: the reference's
    /// `neededBits`, `ceiling (logBase 2 (max + 1))` in `Double`. Equal to the bit length of
    /// `maximumRegister` except where rounding bites (2^29 - 1 needs 30 bits, not 29).
    public static func registerWidth(forMaximumRegister maximumRegister: Int) -> Int {
        LocalNumbering.neededBits(forMaximumRegister: maximumRegister)
    }

    /// The indices of the main contract and of every contract it embeds, transitively.
    private static func neededContracts(_ contracts: [Contract], main: Int) throws(AssembleError) -> Set<Int> {
        var needed: Set<Int> = [main]
        var pending = [main]
        while let index = pending.popLast() {
            for definition in contracts[index].definitions {
                guard case .externalContract(let name, let location) = definition else { continue }
                let key = name.numberingKey
                guard let source = contracts[..<index].lastIndex(where: { $0.name.numberingKey == key }) else {
                    throw AssembleError(
                        .missingExternalContract(name), contract: contracts[index].name, location: location)
                }
                if needed.insert(source).inserted { pending.append(source) }
            }
        }
        return needed
    }
}
