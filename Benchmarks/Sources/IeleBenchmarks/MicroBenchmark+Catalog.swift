import IeleCrypto
import IeleNumerics

/// The micro-benchmarks of issue 3: IeleInt and the crypto primitives the precompiles use.
extension MicroBenchmark {
    static func catalog() -> [MicroBenchmark] {
        [smallAdd(), smallMul(), wideMul(), wideDiv(), wideModexp(), keccak64(), ecrecover(), pairing()]
    }

    /// Inputs read at run time, so the optimiser cannot fold the arithmetic.
    static let smallInputs: [IeleInt] = (0..<64).map { IeleInt($0 * 7 + 3) }
    static let unitInputs: [IeleInt] = (0..<64).map { IeleInt($0 % 3 == 0 ? -1 : 1) }
    static let a256 = IeleInt("f3a1c2d4e5b6978812345678deadbeefcafebabe0123456789abcdef01234567", radix: 16) ?? 0
    static let b256 = IeleInt("9e3779b97f4a7c15f39cc0605cedc8341082276bf3a27251f86c6a11d0c18e95", radix: 16) ?? 0
    static let m256 = IeleInt("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f", radix: 16) ?? 1

    static func smallAdd() -> MicroBenchmark {
        MicroBenchmark(
            name: "ieleint-small-add", summary: "IeleInt add of word-sized values", batch: 1_000_000,
            body: { count in
                var total = IeleInt.zero
                for index in 0..<count { total = total + smallInputs[index & 63] }
                blackHole(total)
            },
            check: { smallInputs[1] + smallInputs[2] == 27 ? nil : "10 + 17 is not 27" },
            mustNotAllocate: true)
    }

    static func smallMul() -> MicroBenchmark {
        MicroBenchmark(
            name: "ieleint-small-mul", summary: "IeleInt mul of word-sized values", batch: 1_000_000,
            body: { count in
                var product = IeleInt(12_345)
                for index in 0..<count { product = product * unitInputs[index & 63] }
                blackHole(product)
            },
            check: { smallInputs[1] * smallInputs[2] == 170 ? nil : "10 × 17 is not 170" },
            mustNotAllocate: true)
    }

    static func wideMul() -> MicroBenchmark {
        MicroBenchmark(
            name: "ieleint-256-mul", summary: "256 × 256-bit IeleInt mul", batch: 100_000,
            body: { count in
                for _ in 0..<count { blackHole(a256 * b256) }
            },
            check: {
                (a256 * b256).quotient(dividingBy: b256) == a256 ? nil : "(a × b) / b is not a"
            })
    }

    static func wideDiv() -> MicroBenchmark {
        let dividend = a256 * b256 + m256
        return MicroBenchmark(
            name: "ieleint-512/256-div", summary: "512-bit / 256-bit IeleInt quotient", batch: 100_000,
            body: { count in
                for _ in 0..<count { blackHole(dividend.quotient(dividingBy: b256)) }
            },
            check: {
                guard let (q, r) = dividend.quotientAndRemainder(dividingBy: b256) else { return "division failed" }
                return q * b256 + r == dividend ? nil : "q × b + r is not the dividend"
            })
    }

    static func wideModexp() -> MicroBenchmark {
        MicroBenchmark(
            name: "ieleint-256-modexp", summary: "256-bit base^exponent mod m (expmod)", batch: 1_000,
            body: { count in
                for _ in 0..<count { blackHole(a256.power(b256, modulo: m256)) }
            },
            check: {
                // Fermat: m is prime, so a^(m-1) ≡ 1 (mod m).
                a256.power(m256 - 1, modulo: m256) == 1 ? nil : "a^(p-1) mod p is not 1"
            })
    }

    static func keccak64() -> MicroBenchmark {
        let input = [UInt8]((0..<64).map { UInt8($0) })
        return MicroBenchmark(
            name: "keccak256-64B", summary: "Keccak-256 of 64 bytes", batch: 100_000,
            body: { count in
                for _ in 0..<count { blackHole(Keccak256.hash(input)) }
            },
            check: {
                let empty = "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
                return Hex.encode(Keccak256.hash([UInt8]())) == empty ? nil : "keccak256 of nothing is wrong"
            })
    }

    static func ecrecover() -> MicroBenchmark {
        // A libsecp256k1 signature from Tests/IeleCryptoTests/Vectors/ecrecover-valid.txt.
        let hash = Hex.decode("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53")
        let r = Hex.decode("28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276")
        let s = Hex.decode("67cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83")
        let address = "9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f"
        return MicroBenchmark(
            name: "ecrecover", summary: "secp256k1 public-key recovery to an address", batch: 200,
            body: { count in
                for _ in 0..<count { blackHole(Secp256k1.recoverAddress(hash: hash, v: 27, r: r, s: s)) }
            },
            check: {
                Secp256k1.recoverAddress(hash: hash, v: 27, r: r, s: s).map(Hex.encode) == address
                    ? nil : "recovered address is not \(address)"
            })
    }

    static func pairing() -> MicroBenchmark {
        let pairs = jeff1Pairs()
        return MicroBenchmark(
            name: "bn128-pairing-2", summary: "alt_bn128 pairing check of 2 pairs (EIP-197 jeff1)", batch: 2,
            body: { count in
                for _ in 0..<count { blackHole(AltBN128.pairingCheck(pairs)) }
            },
            check: { AltBN128.pairingCheck(pairs) == true ? nil : "pairing check is not true" })
    }

    /// EIP-197's jeff1 input (go-ethereum bn256Pairing.json), whose check is true.
    static func jeff1Pairs() -> [(AltBN128.G1Point, AltBN128.G2Point)] {
        func word(_ hex: String) -> AltBN128.Word { AltBN128.Word(bigEndian: Hex.decode(hex)) ?? .zero }
        func g1(_ x: String, _ y: String) -> AltBN128.G1Point { AltBN128.G1Point(x: word(x), y: word(y)) }
        func g2(_ xr: String, _ xi: String, _ yr: String, _ yi: String) -> AltBN128.G2Point {
            AltBN128.G2Point(
                x: AltBN128.G2Coordinate(real: word(xr), imaginary: word(xi)),
                y: AltBN128.G2Coordinate(real: word(yr), imaginary: word(yi)))
        }
        return [
            (g1("1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f59",
                "3034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41"),
             g2("04bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a41678",
                "209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf7",
                "120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550",
                "2bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d")),
            (g1("111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c",
                "2032c61a830e3c17286de9462bf242fca2883585b93870a73853face6a6bf411"),
             g2("1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed",
                "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2",
                "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa",
                "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b")),
        ]
    }
}

/// Hex text of test vectors.
enum Hex {
    static func decode(_ text: String) -> [UInt8] {
        let digits = Array(text.utf8)
        var bytes: [UInt8] = []
        var index = 0
        while index + 1 < digits.count {
            bytes.append(value(digits[index]) << 4 | value(digits[index + 1]))
            index += 2
        }
        return bytes
    }

    static func encode(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    private static func value(_ digit: UInt8) -> UInt8 {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: 0
        }
    }
}
