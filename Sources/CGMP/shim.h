// GMP's public API is mostly macros (mpz_add -> __gmpz_add) and inline functions that Swift
// cannot import; these wrappers expose the few function-like macros the numerics need.
#include <gmp.h>
static inline int cgmp_sgn(mpz_srcptr z) { return mpz_sgn(z); }
static inline size_t cgmp_sizeinbase(mpz_srcptr z, int base) { return mpz_sizeinbase(z, base); }
static inline int cgmp_odd(mpz_srcptr z) { return mpz_odd_p(z); }
/// Number of limbs in use (absolute value of _mp_size).
static inline size_t cgmp_limb_count(mpz_srcptr z) { return mpz_size(z); }
/// The i-th least significant limb of |z| (0 when i is past the end).
static inline mp_limb_t cgmp_limb(mpz_srcptr z, size_t i) { return mpz_getlimbn(z, (mp_size_t)i); }
