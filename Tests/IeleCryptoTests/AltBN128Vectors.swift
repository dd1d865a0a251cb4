import Foundation
import IeleCrypto

/// The committed alt_bn128 vectors (Vectors/altbn128-*.json, made by scripts/generate-altbn128-vectors.py with
/// py_ecc as the oracle, plus the EIP-196/EIP-197 vectors). A `null` result means "invalid input".
enum AltBN128Vectors {
    struct Add: Decodable {
        var note: String
        var p: [String]
        var q: [String]
        var result: [String]?
    }

    struct Mul: Decodable {
        var note: String
        var p: [String]
        var scalar: String
        var result: [String]?
    }

    struct PairingPair: Decodable {
        var g1: [String]
        var g2: [[String]]
    }

    struct Pairing: Decodable {
        var note: String
        var pairs: [PairingPair]
        var result: Bool?
    }

    struct MissingFile: Error, CustomStringConvertible {
        var name: String
        var description: String { "test vector file Vectors/\(name).json is missing from the test bundle" }
    }

    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> [T] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors") else {
            throw MissingFile(name: name)
        }
        return try JSONDecoder().decode([T].self, from: Data(contentsOf: url))
    }

    /// The bytes of a `0x`-prefixed hexadecimal string (an odd digit count gets a leading zero).
    static func bytes(_ hex: String) -> [UInt8] {
        var digits = Array(hex.hasPrefix("0x") ? hex.dropFirst(2) : Substring(hex))
        if digits.count % 2 == 1 { digits.insert("0", at: 0) }
        return stride(from: 0, to: digits.count, by: 2).map { index in
            UInt8(String(digits[index...index + 1]), radix: 16) ?? 0
        }
    }

    static func word(_ hex: String) -> AltBN128.Word? {
        AltBN128.Word(bigEndian: bytes(hex))
    }

    /// A G1 point, or `nil` when a coordinate does not fit in 256 bits.
    static func g1(_ coordinates: [String]) -> AltBN128.G1Point? {
        guard coordinates.count == 2, let x = word(coordinates[0]), let y = word(coordinates[1]) else { return nil }
        return AltBN128.G1Point(x: x, y: y)
    }

    static func g2(_ coordinates: [[String]]) -> AltBN128.G2Point? {
        guard coordinates.count == 2, coordinates.allSatisfy({ $0.count == 2 }),
            let x0 = word(coordinates[0][0]), let x1 = word(coordinates[0][1]),
            let y0 = word(coordinates[1][0]), let y1 = word(coordinates[1][1])
        else { return nil }
        return AltBN128.G2Point(
            x: AltBN128.G2Coordinate(real: x0, imaginary: x1),
            y: AltBN128.G2Coordinate(real: y0, imaginary: y1))
    }
}
