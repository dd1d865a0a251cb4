#!/usr/bin/env python3
"""Generate Sources/CKeccak/Keccak.c: Keccak-f[1600] with an unrolled round body, and the Keccak-256 sponge.

Usage: python3 scripts/generate-keccak.py > Sources/CKeccak/Keccak.c

The rotation offsets and round constants are computed here from their definitions in the Keccak reference
(FIPS 202, sections 3.2.2 and 3.2.5) rather than typed in, so the generated tables cannot carry a typo.

Why C: the same unrolled round body, generated as Swift (KeccakState.swift until this change), ran at a similar
instruction count (~5,300 per permutation) but ~1.2x the wall time of the C build. Why this shape: rounds are
computed output plane by output plane, from array A into array T and back (2 rounds per loop iteration), with
the column parities C of the next round accumulated from the outputs. Measured (KeccakLoop hashChain, release,
interleaved runs on the loaded 2-core dev machine, best of 15 x 20 runs): Swift permutation 5.51 ms; C with
all 25 lanes in locals, 4 rounds per iteration (the Swift layout) ~5.4 ms; this layout 5.12 ms. Stand-alone
(clang -O2, 32-byte messages): 4-round lane-locals ~340 ns per hash, plane by plane ~322 ns; 1, 2, 3, 6 and
24 rounds in the lane-locals form were no better, and -O3 no better than -O2 (SwiftPM builds C at -O2).
"""

import itertools

RATE_LANES = 17  # Keccak-256: rate 1088 bits = 136 bytes = 17 lanes.

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


def rotl_c(expr, n):
    if n == 0:
        return expr
    return f"ROTL({expr}, {n})"


def emit_round_c(emit, r, k, source, target, digest_only=False):
    """Round `i + k` of the C loop: reads lanes from array `source`, writes them to array `target`.

    Plane by plane: output row y needs one lane of each column, so only D, one row of B and the next
    round's column parities C are live at a time. C enters the round already computed (by the previous round
    or before the loop); D follows from it, and C for the next round is accumulated from the outputs.
    With `digest_only` (the last round of a Keccak-256 digest) only lanes 0-3 are computed: the digest
    reads nothing else, and the other 21 lanes are most of the round's work.
    """
    ind = " " * 8
    emit(ind + f"{{  /* round i + {k}: {source} -> {target} */")
    for x in range(5):
        emit(ind + f"    const uint64_t d{x} = c{(x - 1) % 5} ^ " + rotl_c(f"c{(x + 1) % 5}", 1) + ";")
    b_mask, e_mask = complement_masks()
    for y in (0,) if digest_only else range(5):
        emit(ind + f"    {{  /* output row {y} */")
        for x in range(5):
            # theta, rho and pi: B[x, y] = rotl(A[x', x] ^ D[x'], r[x', x]) with 2x' + 3x = y (mod 5).
            source_x = next(q for q in range(5) if (2 * q + 3 * x) % 5 == y)
            lane_expr = f"({source}[{source_x + 5 * x}] ^ d{source_x})"
            emit(ind + f"        const uint64_t b{x} = " + rotl_c(lane_expr, r[source_x][x]) + ";")
        choice = chi_row(b_mask, e_mask, y)
        if digest_only:
            choice = choice[:4]
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
            if not digest_only:
                emit(ind + (f"        c{x} = e{x};" if y == 0 else f"        c{x} ^= e{x};"))
        emit(ind + "    }")
    emit(ind + "}")


def main():
    """The C source of the CKeccak target: the same permutation plus the Keccak-256 sponge."""
    r = rotation_offsets()
    rcs = round_constants()
    out = []
    emit = out.append
    emit("/* GENERATED by scripts/generate-keccak.py — do not edit; change the script and regenerate. */")
    emit("")
    emit("/*")
    emit(" * Keccak-f[1600] and the Keccak-256 sponge (rate 136 bytes, pad byte 0x01) behind IeleCrypto's Keccak256.")
    emit(" * In C because the same unrolled round body ran ~1.2x slower as Swift; measurements in the generator.")
    emit(" * Lane N is lane (x, y) = (N % 5, N / 5) of FIPS 202, section 3.1; lanes "
         + ", ".join(f"{x + 5 * y}" for (x, y) in sorted(COMPLEMENTED, key=lambda p: p[0] + 5 * p[1])))
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
    def emit_permutation(name, digest_only):
        emit(name)
        emit("    uint64_t a[IELE_KECCAK_LANES], t[IELE_KECCAK_LANES];")
        for i in range(25):
            neg = "~" if (i % 5, i // 5) in COMPLEMENTED else ""
            emit(f"    a[{i}] = {neg}lanes[{i}];")
        for x in range(5):
            emit(f"    uint64_t c{x} = " + " ^ ".join(f"a[{x + 5 * y}]" for y in range(5)) + ";")
        emit(f"    for (int i = 0; i < {22 if digest_only else 24}; i += 2) {{")
        emit_round_c(emit, r, 0, "a", "t")
        emit_round_c(emit, r, 1, "t", "a")
        emit("    }")
        if digest_only:
            emit("    {  /* rounds 22 and 23; the last computes only the digest's lanes */")
            emit("        const int i = 22;")
            emit_round_c(emit, r, 0, "a", "t")
            emit_round_c(emit, r, 1, "t", "a", digest_only=True)
            emit("    }")
        for i in range(4 if digest_only else 25):
            neg = "~" if (i % 5, i // 5) in COMPLEMENTED else ""
            emit(f"    lanes[{i}] = {neg}a[{i}];")
        emit("}")
        emit("")

    emit_permutation("void iele_keccak_f1600(uint64_t lanes[IELE_KECCAK_LANES]) {", digest_only=False)
    emit("/* Keccak-f[1600] for the last block of a Keccak-256 digest: only lanes 0-3 of the result are")
    emit("   written (the digest), which spares most of the last round (~2 % of the instructions, ~3 % of")
    emit("   the time of a 32-byte hash, interleaved stand-alone runs). Kept out of line: inlined into")
    emit("   iele_keccak256, clang -O2 spilled more and the saving was gone. */")
    emit("#if defined(__GNUC__)")
    emit("__attribute__((noinline))")
    emit("#endif")
    emit_permutation("static void keccak_f1600_digest(uint64_t lanes[IELE_KECCAK_LANES]) {", digest_only=True)
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
    emit("    keccak_f1600_digest(lanes);")
    emit("    unsigned char *out = digest;")
    emit("    for (int i = 0; i < 4; i++) {")
    emit("        store_le64(out + 8 * i, lanes[i]);")
    emit("    }")
    emit("}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
