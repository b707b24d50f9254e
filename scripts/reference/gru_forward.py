#!/usr/bin/env python3
"""PyTorch's GRU forward pass in plain NumPy, to check Unroll's GRU against.

Draws a GRU's parameters in PyTorch's layout (weight_ih_l0 and weight_hh_l0 of
shape (3*hidden, .) with the gates stacked r, z, n; bias_ih_l0, bias_hh_l0),
runs the equations of torch.nn.GRU's documentation on them, one step at a time:

    r_t = sigmoid(W_ir x_t + b_ir + W_hr h_{t-1} + b_hr)
    z_t = sigmoid(W_iz x_t + b_iz + W_hz h_{t-1} + b_hz)
    n_t = tanh(W_in x_t + b_in + r_t * (W_hn h_{t-1} + b_hn))
    h_t = (1 - z_t) * n_t + z_t * h_{t-1}

puts the RNN note's head on the last h (y_pred = Why h_T + by, sigmoid, BCE),
and writes a fixture in Unroll's weights-file layout, mapping the parameters as
ARCHITECTURE.md says (Wr = [W_hr | W_ir], br = b_ir + b_hr, and so for z;
Wxn = W_in, bxn = b_in, Whn = W_hn, bhn = b_hn), with every intermediate.
The biases are drawn non-zero, so that where b_hn sits (inside r_t *) matters.

    python3 scripts/reference/gru_forward.py OUT.json [SEED INPUT HIDDEN STEPS]
"""
import json
import sys

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def main(dst, seed=2026, input_size=2, hidden=4, steps=5):
    rng = np.random.default_rng(seed)
    k = 1 / np.sqrt(hidden)  # PyTorch's init: U(-k, k) for every weight and bias
    w_ih = rng.uniform(-k, k, (3 * hidden, input_size))
    w_hh = rng.uniform(-k, k, (3 * hidden, hidden))
    b_ih = rng.uniform(-k, k, (3 * hidden, 1))
    b_hh = rng.uniform(-k, k, (3 * hidden, 1))
    why = rng.standard_normal((1, hidden)) * np.sqrt(1 / hidden)
    by = 0.1 * rng.standard_normal((1, 1))
    x = rng.standard_normal((steps, input_size))
    y = float(x.sum() > 0)

    # PyTorch stacks the gates r, z, n along the rows.
    W_ir, W_iz, W_in = np.split(w_ih, 3)
    W_hr, W_hz, W_hn = np.split(w_hh, 3)
    b_ir, b_iz, b_in = np.split(b_ih, 3)
    b_hr, b_hz, b_hn = np.split(b_hh, 3)

    names = ["concat", "r_t", "z_t", "hn_t", "n_t", "h_t"]
    out = {n: [] for n in names}
    h = np.zeros((hidden, 1))
    for t in range(steps):
        x_t = x[t].reshape(input_size, 1)
        r = sigmoid(W_ir @ x_t + b_ir + W_hr @ h + b_hr)
        z = sigmoid(W_iz @ x_t + b_iz + W_hz @ h + b_hz)
        hn = W_hn @ h + b_hn
        n = np.tanh(W_in @ x_t + b_in + r * hn)
        concat = np.vstack((h, x_t))
        h = (1 - z) * n + z * h
        for name, v in zip(names, [concat, r, z, hn, n, h]):
            out[name].append(v)

    y_pred = why @ h + by
    p = 1 / (1 + np.exp(-y_pred))
    loss = -(y * np.log(p) + (1 - y) * np.log(1 - p))  # exact BCE, as Unroll's `loss`

    params = {
        "Wr": np.hstack((W_hr, W_ir)), "Wz": np.hstack((W_hz, W_iz)),
        "Wxn": W_in, "Whn": W_hn,
        "br": b_ir + b_hr, "bz": b_iz + b_hz, "bxn": b_in, "bhn": b_hn,
        "Why": why, "by": by,
    }
    spec = {
        "model": "gru",
        "params": {name: v.tolist() for name, v in params.items()},
        "x": x.tolist(),
        "y": y,
        "expected": {
            "records": {n: [v.flatten().tolist() for v in vs] for n, vs in out.items()},
            "y_pred": y_pred.item(),
            "p": p.item(),
            "loss": loss.item(),
        },
    }
    json.dump(spec, open(dst, "w"), indent=1)


if __name__ == "__main__":
    main(sys.argv[1], *map(int, sys.argv[2:6]))
