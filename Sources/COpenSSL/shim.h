// Only libcrypto's digests are used (SHA-256, RIPEMD-160), through EVP with a pre-fetched MD.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <openssl/ripemd.h>
