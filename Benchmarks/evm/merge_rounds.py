"""Merges the JSON results of several compare.sh rounds into one file of the same shape.

usage: merge_rounds.py OUT ROUND_JSON...
Per (workload, engine) record, `medianNs` becomes the median of the rounds' medians (a record
whose check failed in any round stays failed); `minNs` the smallest minimum; `roundMediansNs`
keeps every round's median so the spread stays visible. Other fields come from the first round.
"""

import json
import statistics
import sys


def key(record):
    return (record.get("name"), record.get("engine"), record.get("group"))


def main():
    out, paths = sys.argv[1], sys.argv[2:]
    documents = [json.load(open(path)) for path in paths]
    merged = dict(documents[0])
    records = {}
    for document in documents:
        for record in document["results"]:
            records.setdefault(key(record), []).append(record)
    results = []
    for group in records.values():
        first = dict(group[0])
        if all(r.get("check") == "ok" for r in group):
            medians = [r["medianNs"] for r in group if r.get("medianNs") is not None]
            if medians:
                first["medianNs"] = statistics.median(medians)
                first["roundMediansNs"] = medians
                minima = [r["minNs"] for r in group if r.get("minNs") is not None]
                if minima:
                    first["minNs"] = min(minima)
                if first.get("instructions") and first["medianNs"]:
                    first["instructionsPerSecond"] = first["instructions"] / (first["medianNs"] / 1e9)
        else:
            first["check"] = next(r.get("check") for r in group if r.get("check") != "ok")
        results.append(first)
    merged["results"] = results
    with open(out, "w") as f:
        json.dump(merged, f, indent=1)


if __name__ == "__main__":
    main()
