#!/bin/sh
# Regenerates the NumPy fixtures the Swift tests compare against. Inputs (weights, x, y)
# are drawn here with NumPy's seeded generator and written to JSON; rnn_note.py reads
# them, runs the note's own class on them, and writes the expected values beside them.
# gru_forward.py draws a GRU in PyTorch's layout and writes PyTorch's equations' values.
set -eu
cd "$(dirname "$0")"
out=../../Tests/UnrollKitTests/Fixtures
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" <<'PY'
import json, sys
import numpy as np
tmp = sys.argv[1]
rng = np.random.default_rng(2024)

def params(i, h):
    return {"Wxh": (rng.standard_normal((h, i)) * np.sqrt(1 / i)).tolist(),
            "Whh": (rng.standard_normal((h, h)) * np.sqrt(1 / h)).tolist(),
            "Why": (rng.standard_normal((1, h)) * np.sqrt(1 / h)).tolist(),
            "bh": (0.1 * rng.standard_normal((h, 1))).tolist(),
            "by": (0.1 * rng.standard_normal((1, 1))).tolist()}

cases = []
for i, h, steps, y in [(1, 32, 10, 1.0), (3, 5, 4, 0.0), (2, 7, 13, 1.0)]:
    cases.append({"input": i, "hidden": h, "steps": steps, "params": params(i, h),
                  "x": rng.standard_normal((steps, i)).tolist(), "y": y})
json.dump({"cases": cases}, open(f"{tmp}/gradients-in.json", "w"))

runs = []
for i, h, steps, lr in [(1, 4, 5, 0.1), (2, 4, 3, 0.05)]:
    X = rng.standard_normal((20, steps, i))
    y = (X.sum(axis=(1, 2)) > 0).astype(float)
    runs.append({"input": i, "hidden": h, "steps": steps, "lr": lr, "epochs": 3,
                 "params": params(i, h), "X": X.tolist(), "y": y.tolist()})
json.dump({"runs": runs}, open(f"{tmp}/training-in.json", "w"))
PY

python3 rnn_note.py fixture "$tmp/gradients-in.json" "$out/note-gradients.json"
python3 rnn_note.py train "$tmp/training-in.json" "$out/note-training.json"
python3 gru_forward.py "$out/gru-forward.json" 2026 2 4 5
echo "wrote $out/note-gradients.json $out/note-training.json $out/gru-forward.json"
