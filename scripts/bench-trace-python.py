#!/usr/bin/env python3
"""The Python side of scripts/bench-trace.sh: how long Python needs only to format the
numbers of a trace, nothing else (no recording, no layout, no file).

    python3 scripts/bench-trace-python.py TRACE.json

reads the JSON document `unroll trace --format json` wrote (not timed), then times
  text: '%.4f' % v for every number in it, joined into one string;
  json: json.dumps(document), the same document;
  printed: the same, but '%.4e' for the values of a matrix the text prints in
    scientific notation (PyTorch's rule, as unroll applies it), '%.4f' for the rest;
and prints `python_text_seconds S`, `python_printed_seconds S` and `python_json_seconds
S` (best of RUNS, default 3).
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


def matrices(document):
    """Each matrix of the document as a flat list: records' values, parameters, grads."""
    found = []
    for record in document.get("records", []):
        found.append(numbers(record["value"], []))
    for key in ("params", "state_dict", "grads"):
        for value in (document.get(key) or {}).values():
            found.append(numbers(value, []))
    return found


def scientific(values):
    """PyTorch's rule: non-zero magnitudes spanning over 1000x, above 1e8 or below 1e-4."""
    magnitudes = [abs(v) for v in values if v == v and abs(v) != float("inf") and v != 0]
    if not magnitudes:
        return False
    largest, smallest = max(magnitudes), min(magnitudes)
    return largest / smallest > 1000 or largest > 1e8 or smallest < 1e-4


def printed(groups):
    lines = []
    for values, form in groups:
        lines += [form % v for v in values]
    return "\n".join(lines)


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
    groups = [(m, "%.4e" if scientific(m) else "%.4f") for m in matrices(document)]
    as_printed = best(runs, lambda: printed(groups))
    dumped = best(runs, lambda: json.dumps(document))
    print(f"python_values {len(values)}")
    print(f"python_text_seconds {text:.4f}")
    print(f"python_printed_seconds {as_printed:.4f}")
    print(f"python_json_seconds {dumped:.4f}")


if __name__ == "__main__":
    main()
