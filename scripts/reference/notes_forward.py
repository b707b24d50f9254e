#!/usr/bin/env python3
"""The notes' own forward passes, to check Unroll's against.

Reads a weights file in Unroll's format (model, params, x, y), runs the forward
pass with the code of the notes (RNN: seeds/000 `SimpleRNN.forward`; LSTM:
seeds/003 `LSTM.forward`, with the RNN note's head on the last h), and writes
the inputs plus every intermediate as a fixture for Tests/UnrollKitTests.

    python3 scripts/reference/notes_forward.py IN.json OUT.json
"""
import json
import sys

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-np.clip(z, -250, 250)))  # the RNN note's own


def rnn_forward(P, x):
    # seeds/000: SimpleRNN.forward, x as (steps, input, 1)
    h = np.zeros((P["Whh"].shape[0], 1))
    out = {"h_t": []}
    for t in range(x.shape[0]):
        h = np.tanh(np.dot(P["Wxh"], x[t]) + np.dot(P["Whh"], h) + P["bh"])
        out["h_t"].append(h)
    return h, out


def lstm_forward(P, x):
    # seeds/003: LSTM.forward, one step at a time via forward_sequence's loop
    hidden = P["Wf"].shape[0]
    h = np.zeros((hidden, 1))
    C = np.zeros((hidden, 1))
    names = ["concat", "f_t", "i_t", "C_tilde", "C_t", "o_t", "h_t"]
    out = {n: [] for n in names}
    lsig = lambda z: 1 / (1 + np.exp(-z))  # the LSTM note's sigmoid has no clip
    for t in range(x.shape[0]):
        concat = np.vstack((h, x[t]))
        f_t = lsig(np.dot(P["Wf"], concat) + P["bf"])
        i_t = lsig(np.dot(P["Wi"], concat) + P["bi"])
        C_tilda = np.tanh(np.dot(P["WC"], concat) + P["bC"])
        C = f_t * C + i_t * C_tilda
        o_t = lsig(np.dot(P["Wo"], concat) + P["bo"])
        h = o_t * np.tanh(C)
        for n, v in zip(names, [concat, f_t, i_t, C_tilda, C, o_t, h]):
            out[n].append(v)
    return h, out


def main(src, dst):
    spec = json.load(open(src))
    P = {k: np.array(v, dtype=np.float64) for k, v in spec["params"].items()}
    x = np.array(spec["x"], dtype=np.float64)
    x = x.reshape(x.shape[0], x.shape[1], 1)
    y = float(spec["y"])
    h, out = (rnn_forward if spec["model"] == "rnn" else lstm_forward)(P, x)
    y_pred = np.dot(P["Why"], h) + P["by"]
    p = sigmoid(y_pred)
    # The exact BCE (no 1e-8): what Unroll's `loss` record holds.
    loss = -(y * np.log(p) + (1 - y) * np.log(1 - p))
    spec["expected"] = {
        "records": {n: [v.flatten().tolist() for v in vs] for n, vs in out.items()},
        "y_pred": y_pred.item(),
        "p": p.item(),
        "loss": loss.item(),
    }
    json.dump(spec, open(dst, "w"), indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:3])
