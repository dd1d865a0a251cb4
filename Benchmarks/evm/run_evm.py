"""Runs the EVM workloads on revm (pyrevm) and py-evm and writes their timings as JSON.

usage: run_evm.py [--out FILE] [--engines revm,py-evm] [--filter TEXT] [--heavy] [--min-time S]

Each workload is first run once and checked (sum, fib, factorial limbs, keccak chain, token balances);
a wrong result is reported and not timed. py-evm is slow (seconds per run), so it gets no warm-up, at
least one run and otherwise --pyevm-time seconds; the heavy workloads (factorial-5000: minutes on
py-evm) are skipped on py-evm unless --heavy is given.
"""

import argparse
import json
import statistics
import sys
import time

from engines import PyEvm, Revm
from workloads import catalog


def quantile(sorted_samples, q):
    position = q * (len(sorted_samples) - 1)
    lower = int(position)
    upper = min(lower + 1, len(sorted_samples) - 1)
    fraction = position - lower
    return sorted_samples[lower] * (1 - fraction) + sorted_samples[upper] * fraction


def measure(engine, warmup, min_runs, min_seconds, max_runs=1000):
    for _ in range(warmup):
        engine.run()
    samples, spent = [], 0.0
    while len(samples) < min_runs or (spent < min_seconds and len(samples) < max_runs):
        start = time.perf_counter_ns()
        engine.run()
        elapsed = time.perf_counter_ns() - start
        samples.append(elapsed)
        spent += elapsed / 1e9
    samples.sort()
    return dict(medianNs=statistics.median(samples), minNs=samples[0], p90Ns=quantile(samples, 0.9),
                runs=len(samples))


def run_one(engine_class, workload, policy):
    record = dict(name=workload["name"], engine=engine_class.name, operations=workload.get("operations", 1))
    try:
        engine = engine_class(workload)
        outputs, storage = engine.run(keep=True)
        problem = workload["check"](outputs, storage)
        if problem:
            record["check"] = "FAILED: " + problem
            return record
        record["gasUsed"] = engine.gas_used()
        record.update(measure(engine, **policy))
        record["check"] = "ok"
    except Exception as error:  # report and go on with the next workload
        record["check"] = f"FAILED: {type(error).__name__}: {error}"
    return record


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out")
    parser.add_argument("--engines", default="revm,py-evm")
    parser.add_argument("--filter")
    parser.add_argument("--heavy", action="store_true")
    parser.add_argument("--min-time", type=float, default=1.0, help="seconds of timing per workload on revm")
    parser.add_argument("--pyevm-time", type=float, default=3.0, help="seconds of timing per workload on py-evm")
    args = parser.parse_args()
    engines = [engine for engine in (Revm, PyEvm) if engine.name in args.engines.split(",")]
    records = []
    for workload in catalog():
        if args.filter and args.filter not in workload["name"]:
            continue
        for engine in engines:
            if engine is PyEvm and workload.get("heavy") and not args.heavy:
                records.append(dict(name=workload["name"], engine=engine.name, check="skipped (heavy; --heavy)"))
                continue
            policy = (dict(warmup=2, min_runs=5, min_seconds=args.min_time) if engine is Revm
                      else dict(warmup=0, min_runs=1, min_seconds=args.pyevm_time))
            print(f"running {workload['name']} on {engine.name}…", file=sys.stderr, flush=True)
            records.append(run_one(engine, workload, policy))
    document = dict(tool="run_evm.py", unit="nanoseconds", results=records)
    text = json.dumps(document, indent=2)
    if args.out:
        with open(args.out, "w") as file:
            file.write(text + "\n")
    else:
        print(text)
    return 0 if all(r["check"] == "ok" or r["check"].startswith("skipped") for r in records) else 1


if __name__ == "__main__":
    sys.exit(main())
