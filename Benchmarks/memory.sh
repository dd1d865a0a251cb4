#!/usr/bin/env bash
# Peak resident memory of hostile contracts under a gas limit, per word the VM accounts
# (issue 10, item 4; the table and what it means are in Benchmarks/Memory.md).
#
#     Benchmarks/memory.sh [--gas G] [--filter TEXT]
#
# Builds iele-memory in release mode, then runs each contract of Benchmarks/Memory/ in its own
# process (so each peak is its own) with a gas limit of G (default 10^9, DANSE as `iele run`) and
# prints a Markdown table: status, gas used, the process's peak resident set before the call and at
# its end, the VM's accounted words at their peak (frames' memory + kept storage + log data / 8)
# and the growth of the peak resident set per accounted word. Raw JSON lines go to
# Benchmarks/results/memory.jsonl.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gas=1000000000
filter=""
while [ $# -gt 0 ]; do
    case "$1" in
        --gas) gas="$2"; shift 2 ;;
        --filter) filter="$2"; shift 2 ;;
        *) echo "usage: $0 [--gas G] [--filter TEXT]" >&2; exit 2 ;;
    esac
done

swift build -c release --package-path "$here" --product iele-memory >&2
tool="$here/.build/release/iele-memory"
mkdir -p "$here/results"
out="$here/results/memory.jsonl"
: > "$out"

# contract file (in Memory/), function, arguments
cases=(
    "recursion-no-registers f"
    "recursion-one-register f"
    "recursion-256-registers f"
    "recursion-200-arguments f"
    "recursion-wide-registers f"
    "wide-registers f"
    "memory-cells f"
    "storage-cells f"
    "storage-overwrites f"
    "logs f"
    "logs-then-recursion f"
    "sha256-padding f"
    "ecmul-wide-scalar f"
    "exp-and-sha3 f"
    "account-recursion f 0"
)

echo "| contract | gas limit | status | gas used | RSS before (MB) | peak RSS (MB) | accounted words | bytes/word | s |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for case in "${cases[@]}"; do
    set -- $case
    name="$1"; shift
    [[ -n "$filter" && "$name" != *"$filter"* ]] && continue
    line=$("$tool" "$here/Memory/$name.iele" "$@" --gas "$gas")
    echo "$line" >> "$out"
    python3 - "$name" "$line" <<'PY'
import json, sys
name, r = sys.argv[1], json.loads(sys.argv[2])
words = r["peakMemoryWords"] + (r["loggedBytes"] + 7) // 8
mb = lambda b: f"{b / 1e6:.1f}"
print(f"| {name} | {r['gasLimit']:,} | {r['status']} | {r['gasUsed']:,} | {mb(r['rssBefore'])} | "
      f"{mb(r['rssPeak'])} | {words:,} | {r['bytesPerWord']} | {r['seconds']} |")
PY
done
