#!/usr/bin/env python3
"""The ground truth `unroll check` must reproduce on the bug gallery
(lessons/data/check/gallery/*.py), computed in real NumPy.

Each gallery file is its cell's solution (lessons/data/check/solutions/) with one bug. This
script runs each, and the solution beside it, as `unroll check` would
(scripts/reference/check_harness.py), on the default sizes and seed
(`unroll trace --format json --model M`), and finds:
  - the first departure, by issue 19's rule (see check_harness.py): line, t (1-based, null
    outside a loop) and name;
  - an error, when the file raises (line, t, NumPy's or Python's message);
  - each parameter's relative error ||G - G*|| / ||G*|| (null when there is no gradient).
It asserts that the solution itself is correct on the same recording and that each gallery
file differs from its solution in one place, then writes
lessons/data/check/gallery/expected.json:

  {file: {"line": L, "t": T, "name": N, "error": null | {...}, "gradients": {P: rel_err}}}

    swift build && python3 scripts/reference/check-gallery.py
"""
import difflib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_harness as H  # noqa: E402

CHECK = os.path.join(H.ROOT, "lessons", "data", "check")
GALLERY = os.path.join(CHECK, "gallery")


def body(path):
    """The file's lines after its header comment."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    return lines[i:]


def main():
    corrects = {}
    expected = {}
    for name in sorted(os.listdir(GALLERY)):
        if not name.endswith(".py"):
            continue
        model = name.split("-", 1)[0]
        if model not in corrects:
            corrects[model] = H.Correct(H.trace(model))
            solution = H.Run(os.path.join(CHECK, "solutions", model + ".py"), corrects[model])
            assert solution.error is None and solution.first_departure(corrects[model]) is None
            assert all(e is not None and e <= 1e-12
                       for e in solution.relative_errors(corrects[model]).values())
        correct = corrects[model]
        path = os.path.join(GALLERY, name)
        hunks = [op for op in difflib.SequenceMatcher(
            None, body(os.path.join(CHECK, "solutions", model + ".py")), body(path)).get_opcodes()
            if op[0] != "equal"]
        assert len(hunks) == 1, (name, hunks)
        run = H.Run(path, correct)
        departure = run.first_departure(correct)
        errors = run.relative_errors(correct)
        error = None
        if run.error is not None:
            line, message = run.error
            ts = [a[2][2] for a in run.assignments]
            error = {"line": line, "t": ts[-1] if ts else None, "message": message}
        assert departure is not None or error is not None, name
        expected[name] = {
            "line": departure["line"] if departure else None,
            "t": departure["t"] if departure else None,
            "name": departure["name"] if departure else None,
            "source": departure["source"] if departure else None,
            "error": error,
            "gradients": {p: (None if e is None else float(f"{e:.6g}")) for p, e in errors.items()},
        }
        where = f"line {departure['line']:3}, t = {departure['t']}, {departure['name']:8}" \
            if departure else "no departure before the error"
        print(f"{name:30} {where}  {departure['source'] if departure else ''}")
        if error:
            print(f"{'':30} error at line {error['line']}, t = {error['t']}: {error['message']}")
        shown = ", ".join(f"{p} {'-' if e is None else f'{e:.3g}'}" for p, e in errors.items())
        print(f"{'':30} rel_err: {shown}")
    out = os.path.join(GALLERY, "expected.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")
    print(f"wrote {os.path.relpath(out, H.ROOT)}: {len(expected)} files")


if __name__ == "__main__":
    main()
