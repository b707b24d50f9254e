#!/usr/bin/env python3
"""The PyTorch-exported weights files lesson 10 reads, in lessons/data/.

Builds the PyTorch note's model (seeds/001: `self.rnn = nn.RNN(...)`, or the note's
LSTM variant with `self.rnn = nn.LSTM(...)`, batch_first=True, then
`self.fc = nn.Linear(hidden, 1)` and a sigmoid) in float64, draws one sequence and
labels it as note 001 does (1 when its sum is positive), and exports it with the
README's five lines ("From PyTorch"):

    lessons/data/rnn.json    nn.RNN,  input 1, hidden 3, steps 4
    lessons/data/lstm.json   nn.LSTM, input 1, hidden 3, steps 4

Small on purpose, so a lesson can print every parameter. PyTorch's initialisation
(uniform in ±1/sqrt(hidden), both biases drawn) is kept: the lesson is about reading
PyTorch's own tensors. Reproducible: torch.manual_seed per file; rerunning rewrites
the same files.

    python3 scripts/reference/make-lesson-data.py
"""
import json
import os

import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)

INPUT, HIDDEN, STEPS = 1, 3, 4
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../lessons/data")


class SimpleRNN(nn.Module):
    """The PyTorch note's SimpleRNN; `cell` is nn.RNN or nn.LSTM (the note's variant keeps self.rnn)."""

    def __init__(self, cell, input_size, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.rnn = cell(input_size, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, 1)
        self.sigmoid = nn.Sigmoid()

    def forward(self, x):
        out, _ = self.rnn(x)
        out = self.fc(out[:, -1, :])
        return self.sigmoid(out)


def make(name, cell, seed):
    torch.manual_seed(seed)
    model = SimpleRNN(cell, INPUT, HIDDEN)
    X = torch.randn(1, STEPS, INPUT)
    y = (torch.sum(X, dim=1) > 0).double()  # note 001's labels, float64, without .unsqueeze(1)

    # The README's export lines.
    state = {k: v.tolist() for k, v in model.state_dict().items()}
    with open(os.path.join(OUT, f"{name}.json"), "w") as f:
        json.dump({"model": name, "layout": "pytorch", "state_dict": state,
                   "x": X[0].tolist(), "y": y[0].item()}, f)
        f.write("\n")

    # PyTorch's own numbers, to hold beside the lesson's (`unroll gradcheck --weights ...`).
    p = model(X)
    loss = nn.BCELoss()(p, y)
    loss.backward()
    print(f"{name}: y {y[0].item()}, p {p.item():.6f}, loss {loss.item():.6f}")
    for key, value in model.named_parameters():
        print(f"  {key}.grad[0] = {value.grad.flatten()[0].item():.6e}")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    print(f"torch {torch.__version__}")
    make("rnn", nn.RNN, seed=10)
    make("lstm", nn.LSTM, seed=11)
