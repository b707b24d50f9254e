#!/usr/bin/env python3
"""Runs lessons/data/check/solutions/{rnn,lstm,gru}.py in real NumPy on the weights and
example of `unroll trace --format json`, on two sizes and seeds per cell, as `unroll check`
would run them (scripts/reference/check_harness.py), and asserts that each gradient equals
the engine's to 1e-12 relative and that no compared value (h, C_t, the gates, y_pred, dy,
dh, dh_raw, dC, ..., the partial sums of each dP) departs from the engine's correct pass.

    swift build && python3 scripts/reference/check-solutions.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_harness as H  # noqa: E402

CASES = {
    "rnn": [[], ["--seed", "7", "--input-size", "3", "--hidden-size", "6", "--steps", "5"]],
    "lstm": [[], ["--seed", "3", "--input-size", "2", "--hidden-size", "7", "--steps", "9"]],
    "gru": [[], ["--seed", "5", "--input-size", "4", "--hidden-size", "3", "--steps", "6"]],
}


def main():
    failures = 0
    for model, cases in CASES.items():
        path = os.path.join(H.ROOT, "lessons", "data", "check", "solutions", model + ".py")
        for options in cases:
            correct = H.Correct(H.trace(model, *options))
            run = H.Run(path, correct)
            errors = run.relative_errors(correct)
            worst = max(e for e in errors.values() if e is not None)
            departure = run.first_departure(correct)
            compared = sum(1 for a in run.assignments if correct.quantity(a[4]))
            ok = run.error is None and departure is None and all(
                e is not None and e <= 1e-12 for e in errors.values())
            sizes = correct.data["sizes"]
            label = " ".join(options) or "defaults, seed 0"
            print(f"{model:4} {label:52} input {sizes['input']} hidden {sizes['hidden']:2} "
                  f"steps {sizes['steps']:2}: max rel_err {worst:.2e} over {len(errors)} gradients, "
                  f"{compared} values compared, {'ok' if ok else 'FAILED'}")
            if not ok:
                failures += 1
                print("   error:", run.error, "departure:", departure, "errors:", errors)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
