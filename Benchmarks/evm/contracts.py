"""EVM versions of the IELE workloads in ../Workloads, hand-written for evm/asm.py.

Calldata is plain 32-byte words (no ABI selectors): the arguments in order; for the token, word 0
is the function (1 = transfer(to, value), 2 = transferMany(firstTo, count, value)).
Stack comments show the stack bottom→top after the line.
"""

SUM = """
    0 calldataload 0            ; n acc
loop:
    dup2 iszero @done jumpi     ; n acc
    dup2 add                    ; n acc+n
    swap1 1 swap1 sub swap1     ; n-1 acc
    @loop jump
done:
    0 mstore 32 0 return
"""

# fib(n) by double recursion; a call pushes its return label, then the argument, and jumps.
FIB = """
    @top 0 calldataload @fib jump
top:
    0 mstore 32 0 return
fib:                            ; ret n
    2 dup2 lt @base jumpi       ; ret n
    @r1 1 dup3 sub @fib jump    ; ret n r1 n-1
r1:                             ; ret n x
    @r2 2 dup4 sub @fib jump    ; ret n x r2 n-2
r2:                             ; ret n x y
    add swap1 pop swap1 jump    ; x+y, back to ret
base:                           ; ret n
    swap1 jump
"""

# Exact n! as little-endian 256-bit limbs at memory 0, 32, …; returns all limbs. The 512-bit
# product limb·k comes from mul (low half) and mulmod(·, ·, 2^256 − 1) (high half).
FACTORIAL = """
    0 calldataload              ; n
    1 0 mstore
    2 32                        ; n k L   (L = limb bytes)
outer:
    dup3 dup3 gt @done jumpi    ; k > n ?
    0 0                         ; n k L off carry
inner:
    dup3 dup3 eq @endinner jumpi
    dup2 mload                  ; … off carry a
    dup5 dup2 mul               ; … carry a lo
    0 not dup7 dup4 mulmod      ; … carry a lo mm
    dup2 dup2 lt                ; … lo mm (mm<lo)
    dup3 dup3 sub sub           ; … lo mm hi
    swap1 pop                   ; … carry a lo hi
    dup4 dup3 add               ; … carry a lo hi lo2
    dup3 dup2 lt                ; … lo hi lo2 (lo2<lo)
    swap1 swap2 add             ; … carry a lo lo2 hi
    swap1 dup6 mstore           ; … off carry a lo hi
    swap3 pop pop pop           ; n k L off hi
    swap1 32 add swap1          ; n k L off+32 hi
    @inner jump
endinner:
    swap1 pop                   ; n k L carry
    dup1 iszero @nocarry jumpi
    dup1 dup3 mstore
    swap1 32 add swap1          ; n k L+32 carry
nocarry:
    pop
    swap1 1 add swap1           ; n k+1 L
    @outer jump
done:
    0 return                    ; memory[0, L)
"""

# h <- keccak256(h as 32 big-endian bytes), n times.
KECCAK = """
    0 calldataload 32 calldataload  ; h n
loop:
    dup1 iszero @done jumpi
    swap1 0 mstore              ; n
    32 0 keccak256              ; n h'
    swap1 1 swap1 sub           ; h' n-1
    @loop jump
done:
    pop 0 mstore 32 0 return
"""

TRANSFER_EVENT = 0xDDF252AD1BE2C89B69C2B068FC378DAA952BA7F163C4A11628F55A4DF523B3EF

# Balances in storage keyed by the holder's address; a Transfer log (LOG3) per transfer. The
# transfer logic is one subroutine `move` (ret from to value → ok) used by both entry points.
TOKEN = f"""
    0 calldataload
    dup1 1 eq @transfer jumpi
    2 eq @many jumpi
    0 0 revert
transfer:
    pop
    @tret caller 32 calldataload 64 calldataload @move jump
tret:
    iszero @fail jumpi
    1 0 mstore 32 0 return
fail:
    0 0 revert
many:
    32 calldataload 64 calldataload         ; to count
mloop:
    dup1 iszero @mdone jumpi
    @mret caller dup4 96 calldataload @move jump
mret:                                       ; to count ok
    iszero @fail jumpi
    1 swap1 sub                             ; to count-1
    swap1 1 add swap1                       ; to+1 count-1
    @mloop jump
mdone:
    caller sload 0 mstore 32 0 return
move:                                       ; ret from to value
    dup3 sload                              ; … value bf
    dup2 dup2 lt @refuse jumpi
    dup2 swap1 sub                          ; … value bf-value
    dup4 sstore                             ; ret from to value
    dup2 sload dup2 add dup3 sstore         ; ret from to value
    0 mstore                                ; ret from to
    dup1 dup3 {TRANSFER_EVENT} 32 0 log3
    pop pop 1 swap1 jump
refuse:
    pop pop pop pop 0 swap1 jump
"""
