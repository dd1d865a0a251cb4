// GMP's public API is mostly macros (mpz_add -> __gmpz_add) and inline functions that Swift
// cannot import; these wrappers expose the few function-like macros the numerics need.
#include <gmp.h>
static inline int cgmp_sgn(mpz_srcptr z) { return mpz_sgn(z); }
static inline int cgmp_fits_slong(mpz_srcptr z) { return mpz_fits_slong_p(z); }
static inline long cgmp_get_si(mpz_srcptr z) { return mpz_get_si(z); }
static inline size_t cgmp_sizeinbase2(mpz_srcptr z) { return mpz_sizeinbase(z, 2); }
