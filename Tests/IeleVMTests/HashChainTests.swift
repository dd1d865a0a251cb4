import IeleCrypto
import IeleNumerics
import Testing

@testable import IeleVM

/// The hash-chain path (`bswap` of a word, ranged `store`, `sha3` of the cell) builds its results in
/// the registers' own storage and writes the cell in place; these check the values it computes.
@Suite struct HashChainTests {
    static let chain = """
        contract C {
          define public @f(%h, %n) {
          loop:
            %done = cmp le %n, 0
            br %done, exit
            %w = bswap 32, %h
            store %w, 0, 0, 32
            %h = sha3 0
            %n = sub %n, 1
            br loop
          exit:
            ret %h
          }
          define @init() {}
        }
        """

    /// h <- keccak256(h as 32 big-endian bytes), computed outside the VM.
    static func expectedChain(seed: IeleInt, rounds: Int) -> IeleInt {
        var h = seed
        for _ in 0..<rounds {
            h = IeleInt(bigEndianUnsigned: Keccak256.hash(h.bigEndianBytes(count: 32)))
        }
        return h
    }

    @Test func chainMatchesKeccakOfTheBigEndianWord() throws {
        let big = (IeleInt(1).shiftedLeft(by: 255) ?? .zero) + 12345
        for seed: IeleInt in [0, 7, -5, big, -big] {
            let outcome = try VM.call(Self.chain, "f", [seed, 5])
            #expect(outcome.status == 0)
            #expect(outcome.output == [Self.expectedChain(seed: seed, rounds: 5)], "seed \(seed)")
        }
    }

    /// `bswap` into its own source register, and widths around the word-by-word path (16 to 64 bytes).
    @Test func bswapInPlaceAndAroundTheWordPath() throws {
        let x = (IeleInt(0x0102_0304_0506_0708).shiftedLeft(by: 64) ?? .zero) + 0x090a_0b0c_0d0e_0f10
        for width in [8, 12, 16, 24, 32, 40, 64, 72] {
            let source = """
                contract C { define public @f(%w, %x) { %x = bswap %w, %x \n ret %x } define @init() {} }
                """
            for value in [x, -x, 1, -1] {
                let outcome = try VM.call(source, "f", [IeleInt(width), value])
                #expect(outcome.output == [value.byteSwapped(width: width) ?? .zero], "bswap \(width), \(value)")
            }
        }
    }

    /// A ranged store into a cell that another register's value was loaded from leaves that value alone,
    /// and a register copied from a hash result keeps its value when the hash register is overwritten.
    @Test func sharedValuesAreNotOverwritten() throws {
        let source = """
            contract C {
              define public @f(%x) {
                store %x, 0, 0, 32
                %a = sha3 0
                %b = %a
                store %b, 0, 0, 32
                %a = sha3 0
                %c = bswap 32, %b
                %d = %c
                %c = bswap 32, %a
                ret %a, %b, %c, %d
              }
              define @init() {}
            }
            """
        let x: IeleInt = 0x1234
        let outcome = try VM.call(source, "f", [x])
        let first = IeleInt(bigEndianUnsigned: Keccak256.hash(x.littleEndianBytes(count: 32)))
        let second = IeleInt(bigEndianUnsigned: Keccak256.hash(first.littleEndianBytes(count: 32)))
        #expect(outcome.output == [
            second, first, second.byteSwapped(width: 32) ?? .zero, first.byteSwapped(width: 32) ?? .zero,
        ])
    }
}
