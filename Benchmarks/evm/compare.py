"""Prints ours vs revm vs py-evm per workload from the two JSON files of one compare.sh run.

usage: compare.py IELE_JSON EVM_JSON [--json]
A ratio ours/X below 1 means the IELE VM is faster than X on that workload.
"""

import json
import sys


def duration(ns):
    if ns is None:
        return "-"
    for limit, unit, scale in ((1e3, "ns", 1), (1e6, "µs", 1e3), (1e9, "ms", 1e6)):
        if ns < limit:
            return f"{ns / scale:.2f} {unit}"
    return f"{ns / 1e9:.2f} s"


def rate(per_second):
    if per_second is None:
        return "-"
    for limit, unit, scale in ((1e3, "", 1), (1e6, "K", 1e3), (1e9, "M", 1e6)):
        if per_second < limit:
            return f"{per_second / scale:.1f}{unit}"
    return f"{per_second / 1e9:.2f}G"


def ratio(ours, theirs):
    if ours is None or theirs is None or theirs == 0:
        return "-"
    return f"{ours / theirs:.3g}"


def main():
    iele = json.load(open(sys.argv[1]))["results"]
    evm = json.load(open(sys.argv[2]))["results"]
    ours = {r["name"]: r for r in iele if r.get("group") == "contract"}
    theirs = {(r["name"], r["engine"]): r for r in evm}
    names = list(ours) + [name for name, _ in theirs if name not in ours]
    rows = []
    for name in dict.fromkeys(names):
        def median(record):
            return record.get("medianNs") if record and record.get("check") == "ok" else None
        mine = median(ours.get(name))
        revm = median(theirs.get((name, "revm")))
        pyevm = median(theirs.get((name, "py-evm")))
        notes = []
        for label, record in (("ours", ours.get(name)), ("revm", theirs.get((name, "revm"))),
                              ("py-evm", theirs.get((name, "py-evm")))):
            if record is None:
                notes.append(f"{label}: no such workload")
            elif record.get("check") != "ok":
                notes.append(f"{label}: {record.get('check')}")
        instructions = (ours.get(name) or {}).get("instructionsPerSecond") if mine is not None else None
        rows.append(dict(workload=name, oursNs=mine, revmNs=revm, pyevmNs=pyevm,
                         oursInstructionsPerSecond=instructions,
                         oursOverRevm=None if mine is None or not revm else mine / revm,
                         oursOverPyevm=None if mine is None or not pyevm else mine / pyevm,
                         notes="; ".join(notes)))
    if "--json" in sys.argv:
        print(json.dumps(rows, indent=2))
        return
    header = (f"{'workload':<20} {'ours':>10} {'revm':>10} {'py-evm':>10} {'ours/revm':>10} "
              f"{'ours/py-evm':>12} {'instr/s':>9}  notes")
    print(header)
    for row in rows:
        print(f"{row['workload']:<20} {duration(row['oursNs']):>10} {duration(row['revmNs']):>10} "
              f"{duration(row['pyevmNs']):>10} {ratio(row['oursNs'], row['revmNs']):>10} "
              f"{ratio(row['oursNs'], row['pyevmNs']):>12} {rate(row['oursInstructionsPerSecond']):>9}  "
              f"{row['notes']}")
    print("times: per engine, the median over rounds of its median time for one run of the workload (all its transactions); ratios < 1: ours is faster;")
    print("instr/s: IELE instructions of one run (counted in an untimed run) / our median")


if __name__ == "__main__":
    main()
