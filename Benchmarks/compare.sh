#!/usr/bin/env bash
# Runs the contract workloads on the IELE VM (release build), revm (pyrevm) and py-evm in one go and
# prints, per workload, the three median times and the ratios ours/revm and ours/py-evm.
#
#   Benchmarks/compare.sh [--heavy] [--filter TEXT] [--quick] [--rounds N] [--pairs N]
#
# --heavy also runs factorial-5000 on py-evm (minutes); --quick shortens every timing budget.
# --rounds N (default 3) alternates our suite and revm's N times and reports, per workload and
# engine, the median of the N medians: on this shared machine speed drifts between two levels for
# seconds at a time, and a single pass can put one engine in each. py-evm runs once (its ratio
# is in the thousandths either way).
# --pairs N (default 40; 0 skips it) then runs the paired comparison (evm/paired.py): our VM and revm
# timed in alternating ~20 ms batches, the ratio taken per pair, so that both sides of every ratio
# see the same machine speed. Its median ratio is the figure least moved by the machine's drift.
# Creates Benchmarks/.venv (gitignored) with the pinned EVMs on first use. Results: Benchmarks/results/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

heavy=()
filter=()
ours_time=1.0
revm_time=1.0
pyevm_time=3.0
rounds=3
pairs=40
while [[ $# -gt 0 ]]; do
    case "$1" in
        --heavy) heavy=(--heavy) ;;
        --filter) filter=(--filter "$2"); shift ;;
        --quick) ours_time=0.3; revm_time=0.3; pyevm_time=0 ;;
        --rounds)
            [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "--rounds needs a positive integer" >&2; exit 2; }
            rounds="$2"; shift ;;
        --pairs)
            [[ "${2:-}" =~ ^[0-9]+$ && "$2" != 1 ]] || { echo "--pairs needs 0 or an integer ≥ 2" >&2; exit 2; }
            pairs="$2"; shift ;;
        *) echo "usage: $0 [--heavy] [--filter TEXT] [--quick] [--rounds N] [--pairs N]" >&2; exit 2 ;;
    esac
    shift
done

if [[ ! -x .venv/bin/python ]] || ! .venv/bin/python -c "import pyrevm, eth" 2>/dev/null; then
    echo "setting up Benchmarks/.venv with pinned pyrevm and py-evm…" >&2
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check -r evm/requirements.txt
fi

mkdir -p results
commit="$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "commit $commit, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

echo "building the IELE benchmarks (release)…" >&2
swift build -c release --package-path "$here" --product iele-benchmarks >&2
# Both engines on the same CPU (the last one), as in the paired comparison: the two cores of this
# machine do not run at the same speed.
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c "$(( $(nproc) - 1 ))"); fi
rm -f results/iele-round-*.json results/evm-round-*.json
for round in $(seq 1 "$rounds"); do
    echo "round $round of $rounds" >&2
    "${pin[@]}" "$here/.build/release/iele-benchmarks" --contracts --json --min-time "$ours_time" "${filter[@]}" \
        > "results/iele-round-$round.json" \
        || echo "warning: some IELE workloads failed (see results/iele-round-$round.json)" >&2
    engines=revm
    if [[ $round -eq 1 ]]; then engines=revm,py-evm; fi
    (cd evm && "${pin[@]}" ../.venv/bin/python run_evm.py --out "../results/evm-round-$round.json" --engines "$engines" \
        --min-time "$revm_time" --pyevm-time "$pyevm_time" "${heavy[@]}" "${filter[@]}") \
        || echo "warning: some EVM workloads failed (see results/evm-round-$round.json)" >&2
done
.venv/bin/python evm/merge_rounds.py results/iele.json results/iele-round-*.json
.venv/bin/python evm/merge_rounds.py results/evm.json results/evm-round-*.json

echo
echo "commit $commit, median of $rounds rounds"
.venv/bin/python evm/compare.py results/iele.json results/evm.json | tee results/compare.txt

if [[ $pairs -gt 0 ]]; then
    echo
    echo "paired: ours and revm in alternating ~20 ms batches on one CPU, $pairs pairs; ratio = median over pairs"
    echo "(the ratio to quote: the rounds above time each engine for seconds, and can catch them at different speeds)"
    (cd evm && ../.venv/bin/python paired.py --server "$here/.build/release/iele-benchmarks" --pairs "$pairs" \
        --out ../results/paired.json "${filter[@]}") | tee results/paired.txt \
        || echo "warning: some paired workloads failed (see results/paired.json)" >&2
fi
