#!/usr/bin/env python3
"""NumPy references for the objectives of issue 18: the loss at every step, truncated
BPTT, and training with clipping and shuffling.

Writes Tests/UnrollKitTests/Fixtures/objectives.json. Every gradient is checked here,
in float64, against centred differences of the objective it belongs to before it is
written: the sum of the exact BCE terms (every step) or the last one, and, when BPTT is
truncated to K, the same loss with the hidden state (and the LSTM's cell state) held at
its unperturbed value where each chunk of K steps begins, the chunks counted from the
last step (T-K+1..T, T-2K+1..T-K, ...), which is what PyTorch's h.detach() every K
steps differentiates.

Training: the notes' loop (SGD or Adam as PyTorch's, batches averaged) with
  clip-norm MAX: the batch's mean gradient g, all parameters together, times
    min(1, MAX / ||g||) (d2l's grad_clipping; PyTorch's clip_grad_norm_ adds 1e-6 to
    the norm, this does not);
  clip-value MAX: every entry of g put into [-MAX, MAX] (min-char-rnn's np.clip, +-5);
  shuffle SEED: each epoch a Fisher-Yates pass (i from N-1 down to 1, j uniform in 0..i
    by rejection) over the previous epoch's order, drawn from Unroll's generator
    (xoshiro256** seeded by SplitMix64 of SEED ^ (3 * 0xD1B54A32D192ED03), stream 3),
    written out below.
Usage: python3 scripts/reference/objectives.py
"""
import json
import os

import numpy as np

M64 = (1 << 64) - 1


def sigmoid(z):
    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))


def bce(z, y):
    # The exact BCE from the logit, stably: max(z, 0) - z*y + log(1 + exp(-|z|)).
    return max(z, 0.0) - z * y + np.log1p(np.exp(-abs(z)))


def cut_steps(T, K):
    """1-based steps t whose flow to t-1 is cut."""
    if K is None:
        return set()
    return {t for t in range(2, T + 1) if (T - t + 1) % K == 0}


# ---------------------------------------------------------------- the cells

def rnn_step(P, h, C, x):
    return np.tanh(P["Wxh"] @ x + P["Whh"] @ h + P["bh"]), None


def lstm_step(P, h, C, x):
    concat = np.vstack((h, x))
    f = sigmoid(P["Wf"] @ concat + P["bf"])
    i = sigmoid(P["Wi"] @ concat + P["bi"])
    Ct = np.tanh(P["WC"] @ concat + P["bC"])
    C = f * C + i * Ct
    o = sigmoid(P["Wo"] @ concat + P["bo"])
    return o * np.tanh(C), C


def forward(kind, P, x, labels, loss, K=None, frozen=None):
    """The loss; with `frozen` (the unperturbed states), the truncated objective: the
    state entering each chunk is the frozen one."""
    H = P["Why"].shape[1]
    T = x.shape[0]
    step = rnn_step if kind == "rnn" else lstm_step
    h = np.zeros((H, 1))
    C = np.zeros((H, 1)) if kind == "lstm" else None
    cuts = cut_steps(T, K)
    hs, Cs, total = [h], [C], 0.0
    for t in range(1, T + 1):
        if frozen is not None and t in cuts:
            h = frozen[0][t - 1]
            C = frozen[1][t - 1]
        h, C = step(P, h, C, x[t - 1].reshape(-1, 1))
        hs.append(h)
        Cs.append(C)
        if loss == "every-step" or t == T:
            z = float((P["Why"] @ h + P["by"])[0, 0])
            total += bce(z, labels[t - 1])
    return total, (hs, Cs)


def backward(kind, P, x, labels, loss, K=None):
    """Analytic gradients by BPTT with the chunked truncation."""
    T = x.shape[0]
    H = P["Why"].shape[1]
    g = {k: np.zeros_like(v) for k, v in P.items()}
    h = np.zeros((H, 1))
    C = np.zeros((H, 1))
    cache = []
    for t in range(1, T + 1):
        xt = x[t - 1].reshape(-1, 1)
        if kind == "rnn":
            hn = np.tanh(P["Wxh"] @ xt + P["Whh"] @ h + P["bh"])
            cache.append((h, xt, hn))
            h = hn
        else:
            concat = np.vstack((h, xt))
            f = sigmoid(P["Wf"] @ concat + P["bf"])
            i = sigmoid(P["Wi"] @ concat + P["bi"])
            Ct = np.tanh(P["WC"] @ concat + P["bC"])
            Cn = f * C + i * Ct
            o = sigmoid(P["Wo"] @ concat + P["bo"])
            hn = o * np.tanh(Cn)
            cache.append((concat, f, i, Ct, C, Cn, o, hn))
            h, C = hn, Cn
    cuts = cut_steps(T, K)
    dh_next = np.zeros((H, 1))
    dC_next = np.zeros((H, 1))
    for t in range(T, 0, -1):
        ht = cache[t - 1][-1]
        dh = dh_next.copy()
        if loss == "every-step" or t == T:
            p = float(sigmoid(P["Why"] @ ht + P["by"])[0, 0])
            dy = np.array([[p - labels[t - 1]]])
            g["Why"] += dy @ ht.T
            g["by"] += dy
            dh += P["Why"].T @ dy
        if kind == "rnn":
            hprev, xt, hn = cache[t - 1]
            draw = dh * (1 - hn ** 2)
            g["Wxh"] += draw @ xt.T
            g["Whh"] += draw @ hprev.T
            g["bh"] += draw
            dh_next = P["Whh"].T @ draw
        else:
            concat, f, i, Ct, Cprev, Cn, o, hn = cache[t - 1]
            tc = np.tanh(Cn)
            dC = dC_next + dh * o * (1 - tc ** 2)
            do = dh * tc * o * (1 - o)
            df = dC * Cprev * f * (1 - f)
            di = dC * Ct * i * (1 - i)
            dCt = dC * i * (1 - Ct ** 2)
            dconcat = np.zeros_like(concat)
            for name, d in (("f", df), ("i", di), ("C", dCt), ("o", do)):
                g["W" + name] += d @ concat.T
                g["b" + name] += d
                dconcat += P["W" + name].T @ d
            dh_next = dconcat[:H]
            dC_next = dC * f
        if t in cuts:
            dh_next = np.zeros((H, 1))
            dC_next = np.zeros((H, 1))
    return g


def numeric(kind, P, x, labels, loss, K, eps=1e-3):
    """The five-point centred difference, as Unroll's gradient check."""
    _, (hs, Cs) = forward(kind, P, x, labels, loss)
    frozen = (hs, Cs) if K is not None else None
    g = {}
    for name, value in P.items():
        d = np.zeros_like(value)
        for idx in np.ndindex(value.shape):
            for offset, weight in ((2, -1), (1, 8), (-1, -8), (-2, 1)):
                Q = {k: v.copy() for k, v in P.items()}
                Q[name][idx] += offset * eps
                d[idx] += weight * forward(kind, Q, x, labels, loss, K, frozen)[0]
            d[idx] /= 12 * eps
        g[name] = d
    return g


def checked(kind, P, x, labels, loss, K):
    analytic = backward(kind, P, x, labels, loss, K)
    approx = numeric(kind, P, x, labels, loss, K)
    for name in P:
        a, n = analytic[name], approx[name]
        rel = np.max(np.abs(a - n) / np.maximum(np.maximum(np.abs(a), np.abs(n)), 1e-7))
        assert rel < 1e-7, (kind, loss, K, name, rel)
    return analytic


# ---------------------------------------------------------------- Unroll's generator

class Generator:
    def __init__(self, seed, stream=0):
        s = (seed ^ ((stream * 0xD1B54A32D192ED03) & M64)) & M64
        out = []
        for _ in range(4):
            s = (s + 0x9E3779B97F4A7C15) & M64
            z = s
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
            out.append(z ^ (z >> 31))
        self.s = out

    @staticmethod
    def rot(x, k):
        return ((x << k) | (x >> (64 - k))) & M64

    def next(self):
        s = self.s
        result = (self.rot((s[1] * 5) & M64, 7) * 9) & M64
        t = (s[1] << 17) & M64
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = self.rot(s[3], 45)
        return result

    def shuffle(self, order):
        for i in range(len(order) - 1, 0, -1):
            bound = i + 1
            limit = M64 - (M64 % bound)
            draw = self.next()
            while draw >= limit:
                draw = self.next()
            j = draw % bound
            order[i], order[j] = order[j], order[i]


# ---------------------------------------------------------------- training

def note_loss(p, y):
    return -(y * np.log(p + 1e-8) + (1 - y) * np.log(1 - p + 1e-8))


def predictions(kind, P, x, loss):
    _, (hs, _) = forward(kind, P, x, [0.0] * x.shape[0], loss)
    steps = range(1, x.shape[0] + 1) if loss == "every-step" else [x.shape[0]]
    return [(t, float(sigmoid(P["Why"] @ hs[t] + P["by"])[0, 0])) for t in steps]


def train(kind, P, data, loss, K, lr, epochs, batch, optimizer, clip_norm=None,
          clip_value=None, shuffle=None):
    P = {k: v.copy() for k, v in P.items()}
    names = list(P)
    m = {k: np.zeros_like(v) for k, v in P.items()}
    v = {k: np.zeros_like(v) for k, v in P.items()}
    step = 0
    order = list(range(len(data)))
    gen = Generator(shuffle, 3) if shuffle is not None else None
    history, clipped, updates, orders = [], 0, 0, []
    for epoch in range(1, epochs + 1):
        if gen is not None:
            gen.shuffle(order)
        orders.append(list(order))
        total, hits, count = 0.0, 0, 0
        for start in range(0, len(data), batch):
            idx = order[start:start + batch]
            gsum = {k: np.zeros_like(w) for k, w in P.items()}
            for i in idx:
                x, labels = data[i]
                for t, p in predictions(kind, P, x, loss):
                    total += note_loss(p, labels[t - 1])  # summed over the steps' terms
                    hits += int((p > 0.5) == (labels[t - 1] > 0.5))
                    count += 1
                gi = backward(kind, P, x, labels, loss, K)
                for k in names:
                    gsum[k] += gi[k]
            g = {k: gsum[k] / len(idx) for k in names}
            updates += 1
            if clip_value is not None:
                if any(np.any(np.abs(g[k]) > clip_value) for k in names):
                    clipped += 1
                g = {k: np.clip(g[k], -clip_value, clip_value) for k in names}
            if clip_norm is not None:
                norm = np.sqrt(sum(np.sum(g[k] ** 2) for k in names))
                if norm > clip_norm:
                    clipped += 1
                    g = {k: g[k] * (clip_norm / norm) for k in names}
            if optimizer == "sgd":
                for k in names:
                    P[k] = P[k] - lr * g[k]
            else:
                step += 1
                c1 = 1 - 0.9 ** step
                c2 = 1 - 0.999 ** step
                for k in names:
                    m[k] = 0.9 * m[k] + 0.1 * g[k]
                    v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k]
                    P[k] = P[k] - lr / c1 * m[k] / (np.sqrt(v[k]) / np.sqrt(c2) + 1e-8)
        history.append({"epoch": epoch, "loss": total / len(data), "accuracy": hits / count})
    return {"history": history, "params": {k: P[k].tolist() for k in names},
            "clipped": clipped, "updates": updates, "orders": orders}


# ---------------------------------------------------------------- cases

def draw_params(rng, kind, i, h):
    if kind == "rnn":
        shapes = [("Wxh", (h, i)), ("Whh", (h, h)), ("Why", (1, h)), ("bh", (h, 1)), ("by", (1, 1))]
    else:
        g = (h, h + i)
        shapes = [("Wf", g), ("Wi", g), ("WC", g), ("Wo", g), ("bf", (h, 1)), ("bi", (h, 1)),
                  ("bC", (h, 1)), ("bo", (h, 1)), ("Why", (1, h)), ("by", (1, 1))]
    return {n: rng.standard_normal(s) * (0.1 if n.startswith("b") else 0.6) for n, s in shapes}


def step_labels(x):
    return [1.0 if s > 0 else 0.0 for s in np.cumsum(x.sum(axis=1))]


def main():
    rng = np.random.default_rng(18)
    gradients = []
    for kind, i, h, T, loss, K in [
        ("rnn", 2, 4, 7, "every-step", None),
        ("rnn", 2, 4, 7, "last", 3),
        ("rnn", 2, 4, 7, "every-step", 3),
        ("rnn", 1, 6, 9, "every-step", 1),
        ("lstm", 3, 5, 6, "every-step", None),
        ("lstm", 3, 5, 6, "every-step", 2),
        ("lstm", 2, 3, 8, "last", 4),
    ]:
        P = draw_params(rng, kind, i, h)
        x = rng.standard_normal((T, i))
        labels = step_labels(x)
        if loss == "every-step":
            labels[1] = 1.0 - labels[1]  # a label the rule would not give: read from the file
        total, _ = forward(kind, P, x, labels, loss)
        g = checked(kind, P, x, labels, loss, K)
        gradients.append({
            "model": kind, "loss": loss, "tbptt": K, "params": {k: v.tolist() for k, v in P.items()},
            "x": x.tolist(), "y": labels, "expected": {
                "loss": total, "gradients": {k: v.tolist() for k, v in g.items()},
                "cuts": sorted(cut_steps(T, K), reverse=True)}})

    training = []
    for kind, i, h, T, n, loss, K, opts in [
        ("rnn", 2, 4, 6, 12, "last", None,
         dict(lr=0.5, epochs=3, batch=3, optimizer="sgd", clip_norm=0.3)),
        ("rnn", 2, 4, 6, 12, "last", None,
         dict(lr=0.5, epochs=3, batch=2, optimizer="sgd", clip_value=0.15, shuffle=11)),
        ("rnn", 1, 5, 8, 10, "every-step", 3,
         dict(lr=0.05, epochs=3, batch=1, optimizer="sgd", shuffle=5)),
        ("lstm", 2, 3, 5, 10, "last", None,
         dict(lr=0.05, epochs=3, batch=4, optimizer="adam", clip_norm=0.2, shuffle=2)),
        ("lstm", 2, 3, 5, 10, "every-step", 2,
         dict(lr=0.3, epochs=2, batch=2, optimizer="sgd", clip_value=0.4)),
    ]:
        P = draw_params(rng, kind, i, h)
        data = []
        for _ in range(n):
            x = rng.standard_normal((T, i))
            data.append((x, step_labels(x)))
        result = train(kind, P, data, loss, K, **opts)
        print(kind, loss, K, result["clipped"], "of", result["updates"], "clipped", result["history"][-1])
        training.append({
            "model": kind, "loss": loss, "tbptt": K, "options": opts,
            "params": {k: v.tolist() for k, v in P.items()},
            "x": [x.tolist() for x, _ in data], "expected": result})

    out = os.path.join(os.path.dirname(__file__), "../../Tests/UnrollKitTests/Fixtures/objectives.json")
    with open(out, "w") as f:
        json.dump({"gradients": gradients, "training": training}, f, indent=1)
        f.write("\n")
    print("wrote", os.path.normpath(out))


if __name__ == "__main__":
    main()
