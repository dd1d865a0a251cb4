#!/usr/bin/env python3
"""Generate Sources/IeleCrypto/KeccakState.swift: the Keccak-f[1600] permutation with an unrolled round body.

Usage: python3 scripts/generate-keccak.py > Sources/IeleCrypto/KeccakState.swift

The rotation offsets and round constants are computed here from their definitions in the Keccak reference
(FIPS 202, sections 3.2.2 and 3.2.5) rather than typed in, so the generated tables cannot carry a typo.
"""

import itertools
import sys

RATE_LANES = 17  # Keccak-256: rate 1088 bits = 136 bytes = 17 lanes.

# Rounds written out per iteration of the round loop (a divisor of 24). Unrolling lets the register
# allocator carry lanes from one round into the next instead of shuffling them back into the loop's
# fixed locations every round. Measured (callgrind instructions per permutation; wall time, best of
# 25 interleaved runs on the 2-core dev machine): 1 round ~5,630 and 350 ns, 2 rounds ~5,600 and
# 355 ns, 4 rounds ~5,330 and 340 ns, 8 rounds ~5,320 but 410 ns (likely: the body no longer fits the
# decoded-instruction cache), 24 rounds ~8,000. The old layout (lanes outside the constants closure,
# 1 round) was ~5,810 and 362 ns.
ROUNDS_PER_ITERATION = 4

# Lane complementing ("Keccak implementation overview" 3.0, section 2.2): the permutation keeps these lanes
# complemented in its locals, which lets chi be written with AND/OR and only a few NOTs per round instead of
# one NOT per lane. The chi formulas are derived (and checked on every input bit combination) below.
COMPLEMENTED = {(1, 0), (2, 0), (3, 1), (2, 2), (2, 3), (0, 4)}


def rotation_offsets():
    """r[x][y] for lane (x, y), from the rho step's walk over the lanes."""
    r = [[0] * 5 for _ in range(5)]
    x, y = 1, 0
    for t in range(24):
        r[x][y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    return r


def round_constants():
    """The 24 iota constants, from the degree-8 LFSR rc(t)."""
    def rc(t):
        if t % 255 == 0:
            return 1
        reg = 1
        for _ in range(t % 255):
            reg <<= 1
            if reg & 0x100:
                reg ^= 0x171
        return reg & 1

    constants = []
    for i in range(24):
        value = 0
        for j in range(7):
            if rc(j + 7 * i):
                value |= 1 << ((1 << j) - 1)
        constants.append(value)
    return constants


def lane(x, y):
    return f"a{x % 5 + 5 * (y % 5)}"


def rotl(expr, n):
    if n == 0:
        return expr
    return f"({expr} &<< {n} | {expr} &>> {64 - n})"


def complement_masks():
    """(B masks, E masks): which B lanes (after theta, rho, pi) and chi outputs are stored complemented."""
    def mask(x, y):
        return 1 if (x % 5, y % 5) in COMPLEMENTED else 0
    parity = [sum(mask(x, y) for y in range(5)) % 2 for x in range(5)]
    d = [parity[(x - 1) % 5] ^ parity[(x + 1) % 5] for x in range(5)]
    b = {}
    for x in range(5):
        for y in range(5):
            b[(y, (2 * x + 3 * y) % 5)] = mask(x, y) ^ d[x]
    return b, {(x, y): mask(x, y) for x in range(5) for y in range(5)}


def chi_row(b_mask, e_mask, y):
    """For row y, per x: (negate b0, negate b1, negate b2, op) with the fewest distinct NOTs in the row.

    Stored lane s = true lane ^ mask. The output must satisfy, for every bit combination,
    s_E = (B0 ^ (~B1 & B2)) ^ mask_E, computed as [~]s0 ^ ([~]s1 op [~]s2).
    """
    options = []
    for x in range(5):
        m0, m1, m2 = b_mask[(x, y)], b_mask[((x + 1) % 5, y)], b_mask[((x + 2) % 5, y)]
        valid = []
        for n0, n1, n2, op in itertools.product((0, 1), (0, 1), (0, 1), ("&", "|")):
            def holds(b0, b1, b2):
                s0, s1, s2 = b0 ^ m0, b1 ^ m1, b2 ^ m2
                t1, t2 = s1 ^ n1, s2 ^ n2
                value = (t1 & t2) if op == "&" else (t1 | t2)
                return ((s0 ^ n0) ^ value) == ((b0 ^ ((1 - b1) & b2)) ^ e_mask[(x, y)])
            if all(holds(*bits) for bits in itertools.product((0, 1), repeat=3)):
                valid.append((n0, n1, n2, op))
        assert valid, f"no chi formula for lane ({x}, {y})"
        options.append(valid)
    best = None
    for choice in itertools.product(*options):
        negated = set()
        for x, (n0, n1, n2, _) in enumerate(choice):
            for k, n in enumerate((n0, n1, n2)):
                if n:
                    negated.add((x + k) % 5)
        if best is None or len(negated) < best[0]:
            best = (len(negated), choice)
    return best[1]


def emit_round(emit, r, k):
    """Round `first + k` of the loop body, in its own scope so each round's temporaries are local."""
    emit(" " * 16 + f"do {{  // round first + {k}")
    ind = " " * 20
    emit(ind + "// theta")
    for x in range(5):
        emit(ind + f"let c{x} = " + " ^ ".join(lane(x, y) for y in range(5)))
    for x in range(5):
        emit(ind + f"let d{x} = c{(x - 1) % 5} ^ " + rotl(f"c{(x + 1) % 5}", 1))
    for y in range(5):
        for x in range(5):
            emit(ind + f"{lane(x, y)} ^= d{x}")
    emit(ind + "// rho and pi: B[y, 2x + 3y] = rotl(A[x, y], r[x, y])")
    b = {}
    for x in range(5):
        for y in range(5):
            bx, by = y, (2 * x + 3 * y) % 5
            b[(bx, by)] = rotl(lane(x, y), r[x][y])
    for y in range(5):
        for x in range(5):
            emit(ind + f"let b{x + 5 * y} = {b[(x, y)]}")
    emit(ind + "// chi, on complemented lanes")
    b_mask, e_mask = complement_masks()
    for y in range(5):
        choice = chi_row(b_mask, e_mask, y)
        negated = sorted({(x + k) % 5 for x, ns in enumerate(choice) for k, n in enumerate(ns[:3]) if n})
        for x in negated:
            emit(ind + f"let n{x + 5 * y} = ~b{x + 5 * y}")
        for x, (n0, n1, n2, op) in enumerate(choice):
            def term(k, n):
                index = (x + k) % 5 + 5 * y
                return f"n{index}" if n else f"b{index}"
            emit(ind + f"{lane(x, y)} = {term(0, n0)} ^ ({term(1, n1)} {op} {term(2, n2)})")
    emit(ind + "// iota")
    emit(ind + f"a0 ^= constants[first + {k}]" if k else ind + "a0 ^= constants[first]")
    emit(" " * 16 + "}")


def rotl_c(expr, n):
    if n == 0:
        return expr
    return f"ROTL({expr}, {n})"


def emit_round_c(emit, r, k, source, target):
    """Round `i + k` of the C loop: reads lanes from array `source`, writes them to array `target`.

    Plane by plane: output row y needs one lane of each column, so only D, one row of B and the next
    round's column parities C are live at a time. C enters the round already computed (by the previous round
    or before the loop); D follows from it, and C for the next round is accumulated from the outputs.
    """
    ind = " " * 8
    emit(ind + f"{{  /* round i + {k}: {source} -> {target} */")
    for x in range(5):
        emit(ind + f"    const uint64_t d{x} = c{(x - 1) % 5} ^ " + rotl_c(f"c{(x + 1) % 5}", 1) + ";")
    b_mask, e_mask = complement_masks()
    for y in range(5):
        emit(ind + f"    {{  /* output row {y} */")
        for x in range(5):
            # theta, rho and pi: B[x, y] = rotl(A[x', x] ^ D[x'], r[x', x]) with 2x' + 3x = y (mod 5).
            source_x = next(q for q in range(5) if (2 * q + 3 * x) % 5 == y)
            lane_expr = f"({source}[{source_x + 5 * x}] ^ d{source_x})"
            emit(ind + f"        const uint64_t b{x} = " + rotl_c(lane_expr, r[source_x][x]) + ";")
        choice = chi_row(b_mask, e_mask, y)
        negated = sorted({(x + k2) % 5 for x, ns in enumerate(choice) for k2, n in enumerate(ns[:3]) if n})
        for x in negated:
            emit(ind + f"        const uint64_t n{x} = ~b{x};")
        for x, (n0, n1, n2, op) in enumerate(choice):
            def term(kk, n):
                index = (x + kk) % 5
                return f"n{index}" if n else f"b{index}"
            value = f"{term(0, n0)} ^ ({term(1, n1)} {op} {term(2, n2)})"
            if x == 0 and y == 0:
                value += f" ^ round_constants[i + {k}]"  # iota
            emit(ind + f"        const uint64_t e{x} = {value};")
            emit(ind + f"        {target}[{x + 5 * y}] = e{x};")
            emit(ind + (f"        c{x} = e{x};" if y == 0 else f"        c{x} ^= e{x};"))
        emit(ind + "    }")
    emit(ind + "}")


def main_c():
    """The C source of the CKeccak target: the same permutation plus the Keccak-256 sponge."""
    r = rotation_offsets()
    rcs = round_constants()
    out = []
    emit = out.append
    emit("/* GENERATED by scripts/generate-keccak.py c — do not edit; change the script and regenerate. */")
    emit("")
    emit("/*")
    emit(" * Keccak-f[1600] and the Keccak-256 sponge (rate 136 bytes, pad byte 0x01) behind IeleCrypto's Keccak256.")
    emit(" * In C because the same unrolled round body runs at a higher IPC here than as Swift (see the generator).")
    emit(" * Lane aN is lane (x, y) = (N % 5, N / 5) of FIPS 202, section 3.1; lanes "
         + ", ".join(f"a{x + 5 * y}" for (x, y) in sorted(COMPLEMENTED, key=lambda p: p[0] + 5 * p[1])))
    emit(" * are held complemented inside the round loop (lane complementing), so chi needs few NOTs.")
    emit(" */")
    emit("")
    emit('#include "CKeccak.h"')
    emit("")
    emit("#include <string.h>")
    emit("")
    emit("#define ROTL(x, n) (((x) << (n)) | ((x) >> (64 - (n))))")
    emit("")
    emit("/* The 24 iota round constants (FIPS 202, section 3.2.5). */")
    emit("static const uint64_t round_constants[24] = {")
    for i in range(0, 24, 3):
        emit("    " + ", ".join(f"UINT64_C(0x{c:016X})" for c in rcs[i:i + 3]) + ",")
    emit("};")
    emit("")
    emit("/* Reads a little-endian 64-bit word from any address. */")
    emit("static inline uint64_t load_le64(const unsigned char *bytes) {")
    emit("#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__")
    emit("    uint64_t word;")
    emit("    memcpy(&word, bytes, sizeof word);")
    emit("    return word;")
    emit("#else")
    emit("    uint64_t word = 0;")
    emit("    for (int i = 7; i >= 0; i--) {")
    emit("        word = word << 8 | bytes[i];")
    emit("    }")
    emit("    return word;")
    emit("#endif")
    emit("}")
    emit("")
    emit("/* Writes a 64-bit word little-endian to any address. */")
    emit("static inline void store_le64(unsigned char *bytes, uint64_t word) {")
    emit("#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__")
    emit("    memcpy(bytes, &word, sizeof word);")
    emit("#else")
    emit("    for (int i = 0; i < 8; i++) {")
    emit("        bytes[i] = (unsigned char)(word >> (8 * i));")
    emit("    }")
    emit("#endif")
    emit("}")
    emit("")
    emit("void iele_keccak_f1600(uint64_t lanes[IELE_KECCAK_LANES]) {")
    emit("    uint64_t a[IELE_KECCAK_LANES], t[IELE_KECCAK_LANES];")
    for i in range(25):
        neg = "~" if (i % 5, i // 5) in COMPLEMENTED else ""
        emit(f"    a[{i}] = {neg}lanes[{i}];")
    for x in range(5):
        emit(f"    uint64_t c{x} = " + " ^ ".join(f"a[{x + 5 * y}]" for y in range(5)) + ";")
    emit("    for (int i = 0; i < 24; i += 2) {")
    emit_round_c(emit, r, 0, "a", "t")
    emit_round_c(emit, r, 1, "t", "a")
    emit("    }")
    for i in range(25):
        neg = "~" if (i % 5, i // 5) in COMPLEMENTED else ""
        emit(f"    lanes[{i}] = {neg}a[{i}];")
    emit("}")
    emit("")
    emit("void iele_keccak256(const void *message, size_t count, void *digest) {")
    emit("    const unsigned char *bytes = message;")
    emit("    uint64_t lanes[IELE_KECCAK_LANES] = {0};")
    emit(f"    while (count >= {RATE_LANES * 8}) {{")
    emit(f"        for (int i = 0; i < {RATE_LANES}; i++) {{")
    emit("            lanes[i] ^= load_le64(bytes + 8 * i);")
    emit("        }")
    emit("        iele_keccak_f1600(lanes);")
    emit(f"        bytes += {RATE_LANES * 8};")
    emit(f"        count -= {RATE_LANES * 8};")
    emit("    }")
    emit("    /* The last, partial block (possibly empty): whole words, the leftover bytes, then pad10*1 with the")
    emit("       0x01 domain bit, XORed straight into the lanes instead of through a zeroed block. */")
    emit("    size_t words = count / 8;")
    emit("    for (size_t i = 0; i < words; i++) {")
    emit("        lanes[i] ^= load_le64(bytes + 8 * i);")
    emit("    }")
    emit("    size_t rest = count % 8;")
    emit("    uint64_t last = 0;")
    emit("    for (size_t i = 0; i < rest; i++) {")
    emit("        last |= (uint64_t)bytes[8 * words + i] << (8 * i);")
    emit("    }")
    emit("    lanes[words] ^= last ^ (UINT64_C(0x01) << (8 * rest));")
    emit(f"    lanes[{RATE_LANES - 1}] ^= UINT64_C(0x80) << 56;")
    emit("    iele_keccak_f1600(lanes);")
    emit("    unsigned char *out = digest;")
    emit("    for (int i = 0; i < 4; i++) {")
    emit("        store_le64(out + 8 * i, lanes[i]);")
    emit("    }")
    emit("}")
    print("\n".join(out))


def main():
    r = rotation_offsets()
    rcs = round_constants()
    out = []
    emit = out.append
    emit("// GENERATED by scripts/generate-keccak.py — do not edit; change the script and regenerate.")
    emit("")
    emit("/// The 1600-bit Keccak state as 25 little-endian lanes, with the Keccak-f[1600] permutation.")
    emit("///")
    emit("/// The lanes are stored properties of a value type so that a sponge keeps the whole state in")
    emit("/// registers or on the stack: hashing allocates nothing besides its output. Lane `aN` is lane")
    emit("/// (x, y) = (N % 5, N / 5) of FIPS 202, section 3.1.")
    emit("struct KeccakState {")
    for i in range(25):
        emit(f"    var a{i}: UInt64 = 0")
    emit("")
    emit("    /// The 24 iota round constants (FIPS 202, section 3.2.5).")
    emit("    static let roundConstants: [UInt64] = [")
    for i in range(0, 24, 4):
        emit("        " + ", ".join(f"0x{c:016X}" for c in rcs[i:i + 4]) + ",")
    emit("    ]")
    emit("")
    emit(f"    /// XORs one {RATE_LANES * 8}-byte block (the Keccak-256 rate) into the first {RATE_LANES} lanes.")
    emit("    ///")
    emit("    /// - Parameter block: at least 136 readable bytes; read little-endian, unaligned.")
    emit("    @inline(__always)")
    emit("    mutating func absorb(block: UnsafeRawPointer) {")
    for i in range(RATE_LANES):
        emit(f"        a{i} ^= UInt64(littleEndian: block.loadUnaligned(fromByteOffset: {8 * i}, as: UInt64.self))")
    emit("    }")
    emit("")
    emit("    /// Applies Keccak-f[1600]: 24 rounds of theta, rho, pi, chi and iota (FIPS 202, section 3.3).")
    emit("    ///")
    emit("    /// The lanes are copied into locals so the optimiser keeps them in registers; the round body is")
    emit(f"    /// unrolled over the lanes, and the loop over rounds does {ROUNDS_PER_ITERATION} rounds per iteration"
         " (see the")
    emit("    /// generator for the measurements). Lanes "
         + ", ".join(f"a{x + 5 * y}" for (x, y) in sorted(COMPLEMENTED, key=lambda p: p[0] + 5 * p[1])))
    emit("    /// are held complemented inside the loop (lane complementing), so chi needs few NOTs.")
    emit("    mutating func permute() {")
    # The whole permutation, lanes included, runs inside the closure: the unrolled loop is too big for
    # the inliner, and an outlined closure that captured the lanes as outer locals would reach every
    # lane through a pointer (~8,000 instructions per permutation instead of ~5,200).
    emit("        Self.roundConstants.withUnsafeBufferPointer { constants in")
    for i in range(25):
        if (i % 5, i // 5) in COMPLEMENTED:
            emit(f"            var a{i} = ~self.a{i}")
        else:
            emit(f"            var a{i} = self.a{i}")
    emit(f"            for first in stride(from: 0, to: 24, by: {ROUNDS_PER_ITERATION}) {{")
    for k in range(ROUNDS_PER_ITERATION):
        emit_round(emit, r, k)
    emit("            }")
    for i in range(25):
        if (i % 5, i // 5) in COMPLEMENTED:
            emit(f"            self.a{i} = ~a{i}")
        else:
            emit(f"            self.a{i} = a{i}")
    emit("        }")
    emit("    }")
    emit("}")
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "c":
        main_c()
    else:
        main()
