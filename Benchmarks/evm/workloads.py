"""The EVM side of each workload: bytecode, calldata of each transaction of a run, pre-state, and
the check of the results. Sizes match ContractWorkload+Catalog.swift; change both together."""

import math

from asm import assemble
from contracts import FACTORIAL, FIB, KECCAK, SUM, TOKEN
from eth_hash.auto import keccak

SUM_N = 100_000
FIB_N = 20
KECCAK_ROUNDS = 10_000
TOKEN_SUPPLY = 1_000_000_000
TOKEN_TRANSFERS = 2_000
FIRST_RECIPIENT = 0x10000
SENDER = 0x1000


def word(value):
    return value.to_bytes(32, "big")


def words(*values):
    return b"".join(word(v) for v in values)


def as_int(output):
    return int.from_bytes(output, "big")


def limbs_value(output):
    """The little-endian 256-bit limbs the EVM factorial returns, as one integer."""
    return sum(as_int(output[i:i + 32]) << (256 * (i // 32)) for i in range(0, len(output), 32))


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def keccak_chain(seed, rounds):
    h = word(seed)
    for _ in range(rounds):
        h = keccak(h)
    return as_int(h)


def expect(name, actual, expected):
    if actual == expected:
        return None
    shown = str(actual)
    return f"{name}: got {shown[:40]}{'…' if len(shown) > 40 else ''}, expected {str(expected)[:40]}"


def token_check(outputs, storage, expect_left):
    left = TOKEN_SUPPLY - TOKEN_TRANSFERS
    if expect_left and as_int(outputs[-1]) != left:
        return f"transferMany returned {as_int(outputs[-1])}, expected {left}"
    if storage(SENDER) != left:
        return f"sender balance {storage(SENDER)}, expected {left}"
    for index in (0, TOKEN_TRANSFERS - 1):
        if storage(FIRST_RECIPIENT + index) != 1:
            return f"recipient {index} balance is not 1"
    return None


def catalog():
    """Each workload: name, code, storage (pre-state of the contract), calls (calldata list),
    operations per run, check(outputs, storage_reader) -> None or a problem, and heavy (skip on
    py-evm unless asked: one run would take minutes)."""
    token = assemble(TOKEN)
    return [
        dict(name="sum-loop", code=assemble(SUM), calls=[words(SUM_N)],
             check=lambda o, s: expect("sum", as_int(o[-1]), SUM_N * (SUM_N + 1) // 2)),
        dict(name="fib-recursive", code=assemble(FIB), calls=[words(FIB_N)],
             check=lambda o, s: expect("fib", as_int(o[-1]), fib(FIB_N))),
        dict(name="factorial-1000", code=assemble(FACTORIAL), calls=[words(1000)],
             check=lambda o, s: expect("1000!", limbs_value(o[-1]), math.factorial(1000))),
        dict(name="factorial-5000", code=assemble(FACTORIAL), calls=[words(5000)], heavy=True,
             check=lambda o, s: expect("5000!", limbs_value(o[-1]), math.factorial(5000))),
        dict(name="keccak-chain", code=assemble(KECCAK), calls=[words(0, KECCAK_ROUNDS)],
             check=lambda o, s: expect("keccak chain", as_int(o[-1]), keccak_chain(0, KECCAK_ROUNDS))),
        dict(name="token-loop", code=token, storage={SENDER: TOKEN_SUPPLY},
             calls=[words(2, FIRST_RECIPIENT, TOKEN_TRANSFERS, 1)], operations=TOKEN_TRANSFERS,
             check=lambda o, s: token_check(o, s, True)),
        dict(name="token-transactions", code=token, storage={SENDER: TOKEN_SUPPLY},
             calls=[words(1, FIRST_RECIPIENT + i, 1) for i in range(TOKEN_TRANSFERS)],
             operations=TOKEN_TRANSFERS, check=lambda o, s: token_check(o, s, False)),
    ]
