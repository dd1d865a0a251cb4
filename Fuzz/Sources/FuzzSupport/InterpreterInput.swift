import IeleBytecode
import IeleNumerics

/// What one input of the interpreter fuzzer means: a transaction against a contract.
///
/// Layout (every field optional; missing bytes read as zero):
/// - byte 0: bit 7 set deploys the code (a create transaction running `@init`, the
///   well-formedness check included); clear calls public function number `byte & 0x7f`
///   (modulo their count) of the code, placed in the world as an account's code;
/// - byte 1: the gas limit, `byte × 10 000` below 8, else `60 000 + 16 × (byte − 8)²` (up to about
///   one million gas, so that an input runs in milliseconds);
/// - byte 2: the argument count, modulo 8;
/// - per argument: a length byte, modulo 33, then that many bytes, a big-endian two's-complement integer;
/// - the rest: the bytecode.
public struct InterpreterInput: Sendable {
    public var deploys: Bool
    public var functionSelector: Int
    public var gasLimit: Int
    public var arguments: [IeleInt]
    public var code: [UInt8]

    public init(_ bytes: [UInt8]) {
        var reader = ByteCursor(bytes)
        let selector = reader.next()
        deploys = selector & 0x80 != 0
        functionSelector = Int(selector & 0x7f)
        let gas = Int(reader.next())
        gasLimit = gas < 8 ? gas * 10_000 : 60_000 + 16 * (gas - 8) * (gas - 8)
        let count = Int(reader.next()) % 8
        arguments = (0..<count).map { _ in
            let length = Int(reader.next()) % 33
            return IeleInt(twosComplement: reader.take(length))
        }
        code = reader.rest()
    }

    /// The input that `init(_:)` reads back as these fields (for seeds).
    public static func encode(
        deploys: Bool, functionSelector: UInt8, gasByte: UInt8, arguments: [[UInt8]], code: [UInt8]
    ) -> [UInt8] {
        var bytes = [(deploys ? 0x80 : 0) | (functionSelector & 0x7f), gasByte, UInt8(arguments.count % 8)]
        for argument in arguments.prefix(7) {
            let field = argument.prefix(32)
            bytes.append(UInt8(field.count))
            bytes += field
        }
        return bytes + code
    }
}

/// Reads an input front to back; past the end it reads zeros.
struct ByteCursor {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func take(_ count: Int) -> [UInt8] {
        let end = min(position + count, bytes.count)
        defer { position = end }
        return Array(bytes[min(position, end)..<end])
    }

    mutating func rest() -> [UInt8] { take(bytes.count) }
}

extension IeleInt {
    /// The value of big-endian two's-complement bytes (0 for none).
    init(twosComplement bytes: [UInt8]) {
        guard let first = bytes.first else {
            self = .zero
            return
        }
        var magnitude = IeleInt.zero
        for byte in bytes { magnitude = magnitude * 256 + IeleInt(Int(byte)) }
        if first & 0x80 != 0 {
            var modulus = IeleInt(1)
            for _ in bytes { modulus = modulus * 256 }
            magnitude = magnitude - modulus
        }
        self = magnitude
    }
}
