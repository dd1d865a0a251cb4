#ifndef IELE_CKECCAK_H
#define IELE_CKECCAK_H

#include <stddef.h>
#include <stdint.h>

/// The number of 64-bit lanes in the 1600-bit Keccak state.
#define IELE_KECCAK_LANES 25

/// Applies Keccak-f[1600] (FIPS 202, section 3.3) in place to 25 lanes; lane N is lane (N % 5, N / 5).
void iele_keccak_f1600(uint64_t lanes[IELE_KECCAK_LANES]);

/// Keccak-256 as Ethereum uses it (pad byte 0x01, not SHA3-256's 0x06): hashes `count` bytes at `message`
/// (any alignment; may be NULL when `count` is 0) and writes the 32-byte digest to `digest`.
void iele_keccak256(const void *message, size_t count, void *digest);

#endif
