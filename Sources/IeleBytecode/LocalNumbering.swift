import IeleSyntax

/// How the reference desugarer numbers the registers and labels of one function
/// (`IeleDesugar.hs`: `assignLocals`, `numberBlocks`, `extendAssignment`).
///
/// Numeric names keep their number. Named parameters take their position (0, 1, …). Every other
/// name gets, in order of first appearance, the smallest number not yet taken by a parameter or
/// by a numeric name used anywhere in the body.
enum LocalNumbering {
    /// Register numbers for a function's named registers.
    /// - Parameters:
    ///   - parameters: the function's parameters, in order.
    ///   - references: every register reference of the body, in encoding order.
    static func registers(parameters: [Name], references: [Name]) -> [Name: Int] {
        var assigned: [Name: Int] = [:]
        for (position, parameter) in parameters.enumerated() where !parameter.isNumeric {
            assigned[parameter] = position
        }
        var taken = Set(assigned.values)
        var unassigned: [Name] = []
        var seen = Set(assigned.keys)
        for name in references {
            if name.isNumeric {
                if let number = name.number { taken.insert(number) }
            } else if seen.insert(name).inserted {
                unassigned.append(name)
            }
        }
        return extend(assigned, taking: unassigned, avoiding: taken)
    }

    /// Label numbers for a function's named labels (numeric labels keep their number).
    static func labels(_ labels: [Name]) -> [Name: Int] {
        var taken = Set<Int>()
        var unassigned: [Name] = []
        var seen = Set<Name>()
        for label in labels {
            if label.isNumeric {
                if let number = label.number { taken.insert(number) }
            } else if seen.insert(label).inserted {
                unassigned.append(label)
            }
        }
        return extend([:], taking: unassigned, avoiding: taken)
    }

    /// Gives each name the next number not in `taken`, ascending from 0.
    private static func extend(_ assigned: [Name: Int], taking names: [Name], avoiding taken: Set<Int>) -> [Name: Int] {
        var result = assigned
        var next = 0
        for name in names {
            while taken.contains(next) { next += 1 }
            result[name] = next
            next += 1
        }
        return result
    }

    /// The number a register or label name stands for under `numbers`.
    static func number(of name: Name, in numbers: [Name: Int]) -> Int? {
        if name.isNumeric { return name.number }
        return numbers[name]
    }

    /// `neededBits` of the reference: `ceiling (logBase 2 (fromIntegral max + 1))`, computed in
    /// `Double` exactly as the reference does (so 2^29 - 1 needs 30 bits there, and here).
    static func neededBits(forMaximumRegister maximum: Int) -> Int {
        let bits = (log(Double(maximum) + 1) / log(2.0)).rounded(.up)
        return Int(bits)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
