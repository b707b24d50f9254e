"""Writes lessons/data/rnn-exploding.json: an RNN in the notes' layout whose gradients
explode over 30 steps, for lesson 9.

Whh is 1.2 times an orthogonal matrix (a rotation keeps a vector's length, so each step
back through Whhᵀ stretches dh by 1.2), and Wxh is scaled by 0.001 so that the hidden
state stays small over 30 steps, in tanh's linear middle, where tanh' is close to 1 and
does not undo the stretching. Zero biases; Why scaled by 1/√hidden as the notes scale it;
x standard normal, y = 1 when its sum is positive, as the notes label.

    python3 scripts/reference/make-exploding-rnn.py

NumPy only; default_rng(0), so rerunning writes the same file.
"""

import json
import pathlib

import numpy as np

HIDDEN, STEPS, GAIN, INPUT_SCALE = 8, 30, 1.2, 0.001

rng = np.random.default_rng(0)
q, _ = np.linalg.qr(rng.standard_normal((HIDDEN, HIDDEN)))
Whh = GAIN * q
Wxh = rng.standard_normal((HIDDEN, 1)) * INPUT_SCALE
Why = rng.standard_normal((1, HIDDEN)) / np.sqrt(HIDDEN)
x = rng.standard_normal((STEPS, 1))
y = int(x.sum() > 0)

document = {
    "model": "rnn",
    "params": {
        "Wxh": Wxh.tolist(),
        "Whh": Whh.tolist(),
        "Why": Why.tolist(),
        "bh": [[0.0]] * HIDDEN,
        "by": [[0.0]],
    },
    "x": x.tolist(),
    "y": y,
}
out = pathlib.Path(__file__).resolve().parents[2] / "lessons" / "data" / "rnn-exploding.json"
out.write_text(json.dumps(document, indent=1) + "\n")
print(f"wrote {out}")
