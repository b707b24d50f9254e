#!/usr/bin/env python3
"""PyTorch's own numbers for Unroll's PyTorch-layout tests.

For each cell (nn.RNN, nn.LSTM, nn.GRU), builds the PyTorch note's model (seeds/001:
`self.rnn` with batch_first=True, `self.fc = nn.Linear(hidden, 1)`, a sigmoid and
BCELoss) in float64, runs one sample forward and backward, and writes two files to
Tests/UnrollKitTests/Fixtures/pytorch/:

    CELL.json           the weights file, exported with the README's five lines:
                        {"model", "layout": "pytorch", "state_dict", "x", "y"}
    CELL-expected.json  what PyTorch computed: h (every step's hidden state, one row
                        per step), c (LSTM: every step's cell state), y_pred (the logit
                        fc(out[:, -1, :])), p, loss, and grads keyed by state_dict name

Sizes are not the notes' defaults on purpose (input 2, hidden 3, steps 5), so that a
transposed or swapped block cannot pass by symmetry. Needs torch; the tests do not.

    python3 scripts/reference/make-pytorch-fixtures.py
"""
import json
import os

import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)

INPUT, HIDDEN, STEPS = 2, 3, 5
OUT = os.path.join(os.path.dirname(__file__), "../../Tests/UnrollKitTests/Fixtures/pytorch")


class Model(nn.Module):
    """The PyTorch note's SimpleRNN, with the cell chosen (the note's LSTM variant keeps self.rnn)."""

    def __init__(self, cell):
        super().__init__()
        self.hidden_size = HIDDEN
        self.rnn = cell(INPUT, HIDDEN, batch_first=True)
        self.fc = nn.Linear(HIDDEN, 1)
        self.sigmoid = nn.Sigmoid()

    def forward(self, x):
        out, _ = self.rnn(x)  # zero initial states, as the note's h0 and c0
        return out, self.fc(out[:, -1, :])  # the logit, y_pred in the RNN note's words


def cell_states(model, x):
    """Every step's (h, c) of an nn.LSTM, one step at a time: nn.LSTM returns only the last c."""
    h = torch.zeros(1, 1, HIDDEN)
    c = torch.zeros(1, 1, HIDDEN)
    hs, cs = [], []
    for t in range(STEPS):
        _, (h, c) = model.rnn(x[:, t : t + 1, :], (h, c))
        hs.append(h[0, 0].tolist())
        cs.append(c[0, 0].tolist())
    return hs, cs


def make(name, cell, seed, label):
    torch.manual_seed(seed)
    model = Model(cell)
    x = torch.randn(1, STEPS, INPUT)
    y = torch.tensor([[label]])

    out, logit = model(x)
    p = model.sigmoid(logit)
    loss = nn.BCELoss()(p, y)
    loss.backward()

    # The README's export lines; here x is the one sample, so x[0] and y.item().
    state = {k: v.tolist() for k, v in model.state_dict().items()}
    with open(os.path.join(OUT, f"{name}.json"), "w") as f:
        json.dump({"model": name, "layout": "pytorch", "state_dict": state,
                   "x": x[0].tolist(), "y": y.item()}, f)

    expected = {
        "h": out[0].tolist(),
        "y_pred": logit.item(),
        "p": p.item(),
        "loss": loss.item(),
        "grads": {k: v.grad.tolist() for k, v in model.named_parameters()},
    }
    if name == "lstm":
        with torch.no_grad():
            hs, cs = cell_states(model, x)
        # The step-by-step run must agree with the whole-sequence one it stands beside.
        assert max(abs(a - b) for r, s in zip(hs, expected["h"]) for a, b in zip(r, s)) < 1e-14
        expected["c"] = cs
    with open(os.path.join(OUT, f"{name}-expected.json"), "w") as f:
        json.dump(expected, f)
    print(f"{name}: loss {loss.item():.6f}, p {p.item():.6f}, y {label}")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    print(f"torch {torch.__version__}")
    make("rnn", nn.RNN, seed=1, label=1.0)
    make("lstm", nn.LSTM, seed=2, label=0.0)
    make("gru", nn.GRU, seed=3, label=1.0)
