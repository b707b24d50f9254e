#!/usr/bin/env python3
"""The Python side of scripts/bench-trace.sh: how long Python needs only to format the
numbers of a trace, nothing else (no recording, no layout, no file).

    python3 scripts/bench-trace-python.py TRACE.json

reads the JSON document `unroll trace --format json` wrote (not timed), then times
  text: '%.4f' % v for every number in it, joined into one string;
  json: json.dumps(document), the same document;
and prints `python_text_seconds S` and `python_json_seconds S` (best of RUNS, default 3).
"""
import json
import os
import sys
import time


def numbers(value, out):
    """Every number in `value`, depth first, in the order the document holds them."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        out.append(float(value))
    elif isinstance(value, list):
        for item in value:
            numbers(item, out)
    elif isinstance(value, dict):
        for item in value.values():
            numbers(item, out)
    return out


def best(runs, work):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    with open(sys.argv[1]) as f:
        document = json.load(f)
    values = numbers(document, [])
    runs = int(os.environ.get("RUNS", "3"))
    text = best(runs, lambda: "\n".join(["%.4f" % v for v in values]))
    dumped = best(runs, lambda: json.dumps(document))
    print(f"python_values {len(values)}")
    print(f"python_text_seconds {text:.4f}")
    print(f"python_json_seconds {dumped:.4f}")


if __name__ == "__main__":
    main()
