// libsecp256k1 with its recovery module, for the ECREC precompile.
#include <secp256k1.h>
#include <secp256k1_recovery.h>
