"""A tiny EVM assembler for the benchmark contracts.

Source is whitespace-separated tokens; ';' starts a comment to the end of the line.
  name:     defines a label and emits JUMPDEST there
  @name     pushes the label's address (always PUSH2, so sizes are known in one pass)
  123 0xff  pushes the number with the smallest PUSHn (PUSH1 for 0; PUSH0 is avoided)
  ADD, dup3 mnemonics, case-insensitive
"""

OPCODES = {
    "STOP": 0x00, "ADD": 0x01, "MUL": 0x02, "SUB": 0x03, "DIV": 0x04, "MOD": 0x06,
    "ADDMOD": 0x08, "MULMOD": 0x09, "EXP": 0x0A,
    "LT": 0x10, "GT": 0x11, "EQ": 0x14, "ISZERO": 0x15, "AND": 0x16, "OR": 0x17, "XOR": 0x18,
    "NOT": 0x19, "SHL": 0x1B, "SHR": 0x1C,
    "KECCAK256": 0x20, "CALLER": 0x33, "CALLDATALOAD": 0x35, "CALLDATASIZE": 0x36,
    "POP": 0x50, "MLOAD": 0x51, "MSTORE": 0x52, "SLOAD": 0x54, "SSTORE": 0x55,
    "JUMP": 0x56, "JUMPI": 0x57, "JUMPDEST": 0x5B,
    "LOG0": 0xA0, "LOG1": 0xA1, "LOG2": 0xA2, "LOG3": 0xA3, "LOG4": 0xA4,
    "RETURN": 0xF3, "REVERT": 0xFD,
}
OPCODES.update({f"DUP{i}": 0x7F + i for i in range(1, 17)})
OPCODES.update({f"SWAP{i}": 0x8F + i for i in range(1, 17)})


class AssemblyError(Exception):
    pass


def _tokens(source):
    for line in source.splitlines():
        for token in line.split(";", 1)[0].split():
            yield token


def _push(value):
    if value < 0 or value >= 1 << 256:
        raise AssemblyError(f"push value out of range: {value}")
    width = max(1, (value.bit_length() + 7) // 8)
    return bytes([0x5F + width]) + value.to_bytes(width, "big")


def assemble(source):
    """Returns the bytecode of `source`; raises AssemblyError on an unknown token or label."""
    labels, pending, code = {}, [], bytearray()
    for token in _tokens(source):
        if token.endswith(":"):
            name = token[:-1]
            if name in labels:
                raise AssemblyError(f"label defined twice: {name}")
            labels[name] = len(code)
            code.append(OPCODES["JUMPDEST"])
        elif token.startswith("@"):
            pending.append((len(code) + 1, token[1:]))
            code += bytes([0x61, 0, 0])
        elif token[0].isdigit():
            code += _push(int(token, 0))
        elif token.upper() in OPCODES:
            code.append(OPCODES[token.upper()])
        else:
            raise AssemblyError(f"unknown token: {token}")
    for offset, name in pending:
        if name not in labels:
            raise AssemblyError(f"undefined label: {name}")
        code[offset:offset + 2] = labels[name].to_bytes(2, "big")
    return bytes(code)
