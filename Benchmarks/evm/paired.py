"""Paired comparison: our VM and revm timed in alternating short batches, the ratio taken per pair.

usage: paired.py --server PATH [--filter TEXT] [--pairs N] [--batch-ms MS] [--out FILE]

Why: this shared machine runs at one of two speeds and switches every few seconds, so two engines
timed one after the other can each catch a different speed. Here both keep their workloads loaded
(ours in `iele-benchmarks serve`, revm in this process); each pair times a batch of about --batch-ms
on one engine, then on the other (the order alternates between pairs), and the ratio of the two
batch medians is one sample. The report is the median ratio over the pairs and its quartiles.
Both processes are pinned to one CPU (the last this process may use; --cpu to choose, -1 not to
pin): the two engines then also share the core's speed, which on this machine differs between
cores as well as over time.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

from engines import Revm
from workloads import catalog


class OurServer:
    """`iele-benchmarks serve`: one request line `NAME RUNS`, one answer line of run times (ns)."""

    def __init__(self, path, name_filter):
        command = [path, "serve"] + (["--filter", name_filter] if name_filter else [])
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        ready = self.process.stdout.readline().split()
        if not ready or ready[0] != "ready":
            raise RuntimeError(f"iele-benchmarks serve did not start: {ready}")
        self.names = set(ready[1:])

    def batch(self, name, runs):
        self.process.stdin.write(f"{name} {runs}\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().split()
        if not answer or answer[0] == "error":
            raise RuntimeError(f"iele-benchmarks serve: {' '.join(answer) or 'no answer'}")
        return [int(t) for t in answer]

    def close(self):
        self.process.stdin.close()
        self.process.wait()


def revm_batch(engine, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        engine.run()
        times.append(time.perf_counter_ns() - start)
    return times


def quartiles(values):
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def compare(ours, workload, pairs, batch_ms):
    name = workload["name"]
    engine = Revm(workload)
    outputs, storage = engine.run(keep=True)
    problem = workload["check"](outputs, storage)
    if problem:
        return dict(name=name, check="FAILED (revm): " + problem)
    # Warm both up, then size each engine's batch to about batch_ms.
    our_times = ours.batch(name, 3)
    their_times = revm_batch(engine, 3)
    our_runs = max(1, round(batch_ms * 1e6 / statistics.median(our_times)))
    their_runs = max(1, round(batch_ms * 1e6 / statistics.median(their_times)))
    ratios, our_medians, their_medians = [], [], []
    for pair in range(pairs):
        if pair % 2 == 0:
            mine = statistics.median(ours.batch(name, our_runs))
            theirs = statistics.median(revm_batch(engine, their_runs))
        else:
            theirs = statistics.median(revm_batch(engine, their_runs))
            mine = statistics.median(ours.batch(name, our_runs))
        our_medians.append(mine)
        their_medians.append(theirs)
        ratios.append(mine / theirs)
    q1, median, q3 = quartiles(ratios)
    return dict(name=name, check="ok", pairs=pairs, oursRunsPerBatch=our_runs, revmRunsPerBatch=their_runs,
                ratioMedian=median, ratioQ1=q1, ratioQ3=q3, pairsOursFaster=sum(r < 1 for r in ratios),
                oursMedianNs=statistics.median(our_medians), revmMedianNs=statistics.median(their_medians))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True, help="path of the release iele-benchmarks binary")
    parser.add_argument("--filter")
    parser.add_argument("--pairs", type=int, default=40)
    parser.add_argument("--batch-ms", type=float, default=20.0)
    parser.add_argument("--cpu", type=int, help="CPU to pin both engines to (default: the last allowed; -1: none)")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.pairs < 2:
        parser.error("--pairs must be at least 2")
    if args.cpu != -1 and hasattr(os, "sched_setaffinity"):
        cpu = max(os.sched_getaffinity(0)) if args.cpu is None else args.cpu
        os.sched_setaffinity(0, {cpu})  # the server started below inherits it
        print(f"pinned to CPU {cpu}", file=sys.stderr)
    ours = OurServer(args.server, args.filter)
    records = []
    try:
        for workload in catalog():
            if workload["name"] not in ours.names:
                continue
            print(f"pairing {workload['name']}…", file=sys.stderr, flush=True)
            try:
                records.append(compare(ours, workload, args.pairs, args.batch_ms))
            except Exception as error:  # report and go on with the next workload
                records.append(dict(name=workload["name"], check=f"FAILED: {type(error).__name__}: {error}"))
    finally:
        ours.close()
    print(f"{'workload':<22} {'pairs':>5} {'ours/revm':>10} {'quartiles':>15} {'ours faster':>12}")
    for r in records:
        if r["check"] != "ok":
            print(f"{r['name']:<22} {r['check']}")
            continue
        print(f"{r['name']:<22} {r['pairs']:>5} {r['ratioMedian']:>10.3f} "
              f"{r['ratioQ1']:>7.3f}–{r['ratioQ3']:<7.3f} {r['pairsOursFaster']:>6}/{r['pairs']:<5}")
    if args.out:
        with open(args.out, "w") as file:
            json.dump(dict(tool="paired.py", unit="nanoseconds", results=records), file, indent=2)
            file.write("\n")
    return 0 if all(r["check"] == "ok" for r in records) else 1


if __name__ == "__main__":
    sys.exit(main())
