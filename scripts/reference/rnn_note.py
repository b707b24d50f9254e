"""The RNN note's NumPy code (seeds/000, 002, 004), copied so it can be run.

The class below is the note's `SimpleRNN`, line for line, with two switches in
`backward()`: REPAIR_1 (`self.hs[:, -1:].T` for `self.hs[-1:, :].T`) and
REPAIR_2 (`self.hs[:, t:t+1].T` for `self.hs[:, t:t+2].T[:, 0:1]`). With both off
it is the note verbatim; with both on it is "the notes' BPTT" (DESIGN.md's "documents' BPTT").
The only other additions record what `backward()` computes (`self.record`), so
the Swift engine can be compared with it; they change no value.

`CorrectRNN` is our own correct BPTT for the same forward pass, for the training
comparison.

Usage:
  python3 rnn_note.py verify            # checks DESIGN.md's points 1-3 and 6
  python3 rnn_note.py time              # the note's own loop, timed (verbatim sizes)
  python3 rnn_note.py fixture IN OUT    # gradients for weights and x in IN (JSON)
  python3 rnn_note.py train IN OUT      # the notes' loop on weights and data in IN
"""
import json
import sys
import time

import numpy as np

# Hyperparameter (the note's, module-level as in the note)
input_size = 1
hidden_size = 32
output_size = 1
sequence_length = 10
num_samples = 1000
num_epochs = 10
learning_rate = 0.01

REPAIR_1 = True
REPAIR_2 = True


def generate_data(num_samples):
    X = np.random.randn(num_samples, sequence_length, input_size)
    y = (np.sum(X, axis=1) > 0).astype(float).reshape(num_samples, 1)
    return X, y


class SimpleRNN:
    def __init__(self, input_size, hidden_size, output_size):
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.output_size = output_size

        self.Wxh = np.random.randn(hidden_size, input_size) * np.sqrt(1. / input_size)
        self.Whh = np.random.randn(hidden_size, hidden_size) * np.sqrt(1. / hidden_size)
        self.Why = np.random.randn(output_size, hidden_size) * np.sqrt(1. / hidden_size)

        self.bh = np.zeros((hidden_size, 1))
        self.by = np.zeros((output_size, 1))

    def forward(self, x):
        self.x = x
        self.h = np.zeros((self.hidden_size, 1))

        self.hs = np.zeros((self.hidden_size, sequence_length + 1))
        self.hs[:, 0] = self.h.flatten()

        for t in range(sequence_length):
            self.h = np.tanh(np.dot(self.Wxh, x[t]) + np.dot(self.Whh, self.h) + self.bh)
            self.hs[:, t+1] = self.h.flatten()

        self.y_pred = np.dot(self.Why, self.h) + self.by
        return self.sigmoid(self.y_pred)

    def sigmoid(self, z):
        return 1 / (1 + np.exp(-np.clip(z, -250, 250)))

    def backward(self, y_true):
        self.record = {"dh": {}, "dh_raw": {}, "dh_next": {}}
        if REPAIR_1:
            dWhy = np.dot((self.y_pred - y_true) * self.sigmoid_deriv(self.y_pred), self.hs[:, -1:].T)
        else:
            dWhy = np.dot((self.y_pred - y_true) * self.sigmoid_deriv(self.y_pred), self.hs[-1:, :].T)
        dby = (self.y_pred - y_true) * self.sigmoid_deriv(self.y_pred)

        dWhh = np.zeros_like(self.Whh)
        dWxh = np.zeros_like(self.Wxh)
        dbh = np.zeros_like(self.bh)

        dh_next = np.zeros_like(self.h)
        for t in reversed(range(sequence_length)):
            dh = np.dot(self.Why.T, (self.y_pred - y_true) * self.sigmoid_deriv(self.y_pred)) + dh_next
            dh_raw = (1 - self.h**2) * dh
            dWxh += np.dot(dh_raw, self.x[t].T)
            if REPAIR_2:
                dWhh += np.dot(dh_raw, self.hs[:, t:t+1].T)
            else:
                dWhh += np.dot(dh_raw, self.hs[:, t:t+2].T[:, 0:1])
            dbh += dh_raw
            dh_next = np.dot(self.Whh.T, dh_raw)
            self.record["dh"][t + 1] = dh  # 1-based t, as the engine numbers steps
            self.record["dh_raw"][t + 1] = dh_raw
            self.record["dh_next"][t + 1] = dh_next
        self.grads = {"Wxh": dWxh, "Whh": dWhh, "Why": dWhy, "bh": dbh, "by": dby}

        self.Wxh -= learning_rate * dWxh
        self.Whh -= learning_rate * dWhh
        self.Why -= learning_rate * dWhy
        self.bh -= learning_rate * dbh
        self.by -= learning_rate * dby

    def sigmoid_deriv(self, z):
        s = self.sigmoid(z)
        return s * (1 - s)


class CorrectRNN(SimpleRNN):
    """The same forward pass with true BPTT (ours, not the note's)."""

    def backward(self, y_true):
        self.record = {"dh": {}, "dh_raw": {}, "dh_next": {}}
        dy = self.sigmoid(self.y_pred) - y_true          # dL/dlogit for BCE after sigmoid
        dWhy = np.dot(dy, self.hs[:, -1:].T)
        dby = dy
        dWhh = np.zeros_like(self.Whh)
        dWxh = np.zeros_like(self.Wxh)
        dbh = np.zeros_like(self.bh)
        dh_next = np.zeros_like(self.h)
        for t in reversed(range(sequence_length)):
            dh = dh_next + (np.dot(self.Why.T, dy) if t == sequence_length - 1 else 0)
            dh_raw = (1 - self.hs[:, t+1:t+2]**2) * dh     # tanh' at this step's own h
            dWxh += np.dot(dh_raw, self.x[t].T)
            dWhh += np.dot(dh_raw, self.hs[:, t:t+1].T)
            dbh += dh_raw
            dh_next = np.dot(self.Whh.T, dh_raw)
            self.record["dh"][t + 1] = dh
            self.record["dh_raw"][t + 1] = dh_raw
            self.record["dh_next"][t + 1] = dh_next
        self.grads = {"Wxh": dWxh, "Whh": dWhh, "Why": dWhy, "bh": dbh, "by": dby}
        self.Wxh -= learning_rate * dWxh
        self.Whh -= learning_rate * dWhh
        self.Why -= learning_rate * dWhy
        self.bh -= learning_rate * dbh
        self.by -= learning_rate * dby


NAMES = ["Wxh", "Whh", "Why", "bh", "by"]


def train_loop(model, X, y, epochs, log=True):
    """The note's training loop, plus accuracy (p > 0.5 against y, before each update)."""
    n = X.shape[0]
    history = []
    for epoch in range(epochs):
        total_loss = 0
        correct = 0
        for i in range(n):
            pred = model.forward(X[i])
            loss = -np.mean(y[i] * np.log(pred + 1e-8) + (1 - y[i]) * np.log(1 - pred + 1e-8))
            total_loss += loss
            correct += int((pred.item() > 0.5) == (y[i].item() > 0.5))
            model.backward(y[i])
        avg_loss = total_loss / n
        history.append({"epoch": epoch + 1, "loss": float(avg_loss), "accuracy": correct / n})
        if log:
            print(f'Epoch [{epoch+1}/{epochs}], Avg Loss: {avg_loss:.4f}, acc {correct / n:.3f}')
    return history


def set_sizes(inp, hid, steps):
    global input_size, hidden_size, sequence_length
    input_size, hidden_size, sequence_length = inp, hid, steps


def load_model(cls, params):
    m = cls.__new__(cls)
    m.input_size, m.hidden_size, m.output_size = input_size, hidden_size, 1
    for k in NAMES:
        setattr(m, k, np.array(params[k], dtype=float))
    return m


def matrix(a):
    return np.asarray(a, dtype=float).tolist()


def verify():
    global REPAIR_1, REPAIR_2
    np.random.seed(0)
    X, y = generate_data(num_samples)
    X = X.reshape(num_samples, sequence_length, input_size, 1)
    y = y.reshape(num_samples, 1, 1)
    for r1, r2 in [(False, False), (True, False), (False, True), (True, True)]:
        REPAIR_1, REPAIR_2 = r1, r2
        np.random.seed(1)
        model = SimpleRNN(input_size, hidden_size, output_size)
        model.forward(X[0])
        try:
            model.backward(y[0])
            print(f"repairs {r1, r2}: runs")
        except ValueError as e:
            print(f"repairs {r1, r2}: ValueError: {e}")
    REPAIR_1 = REPAIR_2 = True
    for cls in (SimpleRNN, CorrectRNN):
        np.random.seed(1)
        model = cls(input_size, hidden_size, output_size)
        print(cls.__name__)
        train_loop(model, X, y, num_epochs)


def time_note():
    """The note's script as it stands (with the two repairs, else it cannot run)."""
    np.random.seed(0)
    X, y = generate_data(num_samples)
    X = X.reshape(num_samples, sequence_length, input_size, 1)
    y = y.reshape(num_samples, 1, 1)
    model = SimpleRNN(input_size, hidden_size, output_size)
    start = time.perf_counter()
    for epoch in range(num_epochs):
        total_loss = 0
        for i in range(num_samples):
            pred = model.forward(X[i])
            loss = -np.mean(y[i] * np.log(pred + 1e-8) + (1 - y[i]) * np.log(1 - pred + 1e-8))
            total_loss += loss
            model.backward(y[i])
        avg_loss = total_loss / num_samples
        print(f'Epoch [{epoch+1}/{num_epochs}], Avg Loss: {avg_loss:.4f}')
    print(f"numpy_seconds {time.perf_counter() - start:.3f}")


def fixture(path_in, path_out):
    """For each case in IN ({sizes, params, x, y}): the document and correct gradients and
    per-step dh, dh_raw, dh_next, and the verbatim error."""
    global REPAIR_1, REPAIR_2
    cases = json.load(open(path_in))["cases"]
    out = []
    for case in cases:
        set_sizes(case["input"], case["hidden"], case["steps"])
        x = np.array(case["x"], dtype=float).reshape(sequence_length, input_size, 1)
        yv = np.array([[case["y"]]], dtype=float)
        result = dict(case)
        for label, cls, repairs in [("verbatim", SimpleRNN, (False, False)),
                                    ("document", SimpleRNN, (True, True)),
                                    ("correct", CorrectRNN, (True, True))]:
            REPAIR_1, REPAIR_2 = repairs
            m = load_model(cls, case["params"])
            p = m.forward(x)
            try:
                m.backward(yv)
            except ValueError as e:
                result[label] = {"error": str(e)}
                continue
            result[label] = {
                "y_pred": float(m.y_pred.item()), "p": float(p.item()),
                "grads": {k: matrix(v) for k, v in m.grads.items()},
                "steps": {name: {str(t): matrix(v) for t, v in d.items()}
                          for name, d in m.record.items()},
            }
        out.append(result)
    json.dump({"cases": out}, open(path_out, "w"))


def train(path_in, path_out):
    """IN: {runs: [{input, hidden, steps, lr, epochs, params, X (N lists of steps x input), y}]}"""
    global REPAIR_1, REPAIR_2, learning_rate
    REPAIR_1 = REPAIR_2 = True
    runs = json.load(open(path_in))["runs"]
    for run in runs:
        set_sizes(run["input"], run["hidden"], run["steps"])
        learning_rate = run["lr"]
        X = np.array(run["X"], dtype=float).reshape(-1, sequence_length, input_size, 1)
        y = np.array(run["y"], dtype=float).reshape(-1, 1, 1)
        for label, cls in [("document", SimpleRNN), ("correct", CorrectRNN)]:
            m = load_model(cls, run["params"])
            history = train_loop(m, X, y, run["epochs"], log=False)
            run[label] = {"history": history,
                          "params": {k: matrix(getattr(m, k)) for k in NAMES}}
    json.dump({"runs": runs}, open(path_out, "w"))


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "verify"
    if command == "verify":
        verify()
    elif command == "time":
        time_note()
    elif command == "fixture":
        fixture(sys.argv[2], sys.argv[3])
    elif command == "train":
        train(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
