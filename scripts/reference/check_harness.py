"""Runs a learner's file in real NumPy the way `unroll check` runs it (issue 19), and
holds its values against the engine's correct pass. Shared by check-solutions.py,
check-gallery.py and check-templates.py; not a command itself.

The file contract, as `unroll check` has it:
  - top level: `import numpy as np`, constant assignments, `def` and `class` run; anything
    else is skipped (listed, not run); then the global `sequence_length` is set to T;
  - the class defining `backward` is made without `__init__`; `input_size`,
    `hidden_size`, `output_size` and the parameters by the notes' names are set on it;
  - `forward(x)` with x of shape (T, input, 1), then `backward(y_true)` with (1, 1);
  - gradients: the value G of `self.P -= learning_rate * G`, else locals `dP` when
    backward returns, else a returned dict keyed `P` or `dP`.

The correct values come from `unroll trace --format json` (the engine's records), so
the reference is the engine itself, and NumPy only runs the learner's code.

The first departure follows the issue's rule: at the end of each loop iteration (code
before a loop counts where the loop starts, code after it where it ends) the last value
each compared name took in it is held against every correct value of its quantity, at
any timestep, initial states included; equal means the same shape and
max|a - b| <= 1e-9 * max(max|a|, max|b|). The first iteration with a name that matches
none is the departure, and in it the name whose assigning line ran (finished) first.
"""
import ast
import json
import os
import subprocess
import sys

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
UNROLL = os.environ.get("UNROLL", os.path.join(ROOT, ".build", "debug", "unroll"))

PARAMETERS = {
    "rnn": ["Wxh", "Whh", "Why", "bh", "by"],
    "lstm": ["Wf", "Wi", "WC", "Wo", "bf", "bi", "bC", "bo", "Why", "by"],
    "gru": ["Wr", "Wz", "Wxn", "Whn", "br", "bz", "bxn", "bhn", "Why", "by"],
}

# The learner's spelling -> the quantity it names (a quantity is the engine's record name,
# or "dh" for dh and dh_next together, or "dP" for a parameter's gradient).
QUANTITY = {
    "h": "h_t", "h_t": "h_t", "C_t": "C_t", "concat": "concat",
    "f_t": "f_t", "i_t": "i_t", "C_tilde": "C_tilde", "C_tilda": "C_tilde", "o_t": "o_t",
    "r_t": "r_t", "z_t": "z_t", "hn_t": "hn_t", "n_t": "n_t",
    "y_pred": "y_pred", "p": "p", "dy": "dy_pred", "dy_pred": "dy_pred",
    "dh": "dh", "dh_next": "dh", "dh_raw": "dh_raw",
    "dC": "dC", "dC_next": "dC_next", "do": "do", "di": "di", "df": "df",
    "dC_tilde": "dC_tilde", "dC_tilda": "dC_tilde", "dconcat": "dconcat",
    "dn": "dn", "dz": "dz", "dr": "dr", "dhn": "dhn",
}

# Each parameter's contribution at step t, from the recorded values: (gradient, input).
CONTRIBUTIONS = {
    "rnn": {"Wxh": ("dh_raw", "x_t"), "Whh": ("dh_raw", "h_prev"), "bh": ("dh_raw", None)},
    "lstm": {
        "Wf": ("df", "concat"), "Wi": ("di", "concat"), "WC": ("dC_tilde", "concat"),
        "Wo": ("do", "concat"), "bf": ("df", None), "bi": ("di", None),
        "bC": ("dC_tilde", None), "bo": ("do", None),
    },
    "gru": {
        "Wr": ("dr", "concat"), "Wz": ("dz", "concat"), "Wxn": ("dn", "x_t"),
        "Whn": ("dhn", "h_prev"), "br": ("dr", None), "bz": ("dz", None),
        "bxn": ("dn", None), "bhn": ("dhn", None),
    },
}


def trace(model, *options):
    """The engine's correct pass as `unroll trace --format json` writes it."""
    command = [UNROLL, "trace", "--format", "json", "--model", model, *options]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def close(a, b):
    """Same shape, and max|a - b| <= 1e-9 * max(max|a|, max|b|)."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape:
        return False
    scale = max(np.max(np.abs(a), initial=0.0), np.max(np.abs(b), initial=0.0))
    return bool(np.max(np.abs(a - b), initial=0.0) <= 1e-9 * scale)


def relative_error(g, correct):
    """||G - G*|| / ||G*||, as `unroll compare` measures (0 when both are zero)."""
    g, correct = np.asarray(g, dtype=float), np.asarray(correct, dtype=float)
    if g.shape != correct.shape:
        return None
    n = np.linalg.norm(correct)
    d = np.linalg.norm(g - correct)
    if n == 0:
        return 0.0 if d == 0 else None
    return float(d / n)


# --- the correct values ------------------------------------------------------------------


class Correct:
    """Every correct value of every quantity, from a trace: by quantity, a list of (t, value)."""

    def __init__(self, data):
        self.data = data
        self.model = data["model"]
        steps = data["sizes"]["steps"]
        hidden = data["sizes"]["hidden"]
        self.steps = steps
        self.params = {k: np.array(v, dtype=float) for k, v in data["params"].items()}
        self.grads = {k: np.array(v, dtype=float) for k, v in data["grads"].items()}
        self.x = np.array(data["x"], dtype=float).reshape(steps, -1, 1)
        self.y = np.array([[float(data["y"])]])
        values = {}
        at = {}
        for r in data["records"]:
            v = np.array(r["value"], dtype=float)
            values.setdefault(r["name"], []).append((r["t"], v))
            at[(r["name"], r["t"])] = v
        zero = np.zeros((hidden, 1))
        q = {}
        q["h_t"] = [(0, zero)] + values["h_t"]
        if self.model == "lstm":
            q["C_t"] = [(0, zero)] + values["C_t"]
        for name in ["concat", "f_t", "i_t", "C_tilde", "o_t", "r_t", "z_t", "hn_t", "n_t",
                     "y_pred", "p", "dy_pred", "dh_raw", "dC", "do", "di", "df", "dC_tilde",
                     "dconcat", "dn", "dz", "dr", "dhn"]:
            if name in values:
                q[name] = values[name]
        # dh and dh_next are one quantity, dL/dh at some step, h_0 and the zero start included.
        q["dh"] = [(steps + 1, zero)] + values["dh"] + [(t - 1, v) for t, v in values["dh_next"]]
        if self.model == "lstm":
            q["dC_next"] = [(steps + 1, zero)] + values["dC_next"]
        # A gradient's partial sums, from 0 before the loop down to the whole sum at t = 1.
        h_prev = {t: v for t, v in q["h_t"]}
        for param, (d, on) in CONTRIBUTIONS[self.model].items():
            s = np.zeros_like(self.params[param])
            sums = [(steps + 1, s.copy())]
            for t in range(steps, 0, -1):
                g = at[(d, t)]
                if on is None:
                    s = s + g
                else:
                    u = self.x[t - 1] if on == "x_t" else h_prev[t - 1] if on == "h_prev" else at[(on, t)]
                    s = s + g @ u.T
                sums.append((t, s.copy()))
            q["d" + param] = sums
        for param in ["Why", "by"]:
            q["d" + param] = [(None, np.zeros_like(self.params[param])), (None, self.grads[param])]
        self.quantities = q
        # The sums rebuilt from the records are the engine's gradients.
        for param in CONTRIBUTIONS[self.model]:
            assert close(q["d" + param][-1][1], self.grads[param]), param

    def quantity(self, name):
        if name in QUANTITY:
            return QUANTITY[name]
        if name.startswith("d") and name[1:] in self.params:
            return name
        return None

    def on_track(self, name, value):
        """Whether value equals some correct value of the quantity `name` names."""
        q = self.quantity(name)
        if q is None or q not in self.quantities:
            return True
        try:
            v = np.asarray(value, dtype=float)
        except (TypeError, ValueError):
            return False
        return any(close(v, c) for _, c in self.quantities[q])


# --- running the learner's file ----------------------------------------------------------


def module_source(tree):
    """The top-level statements `unroll check` runs, and the lines of those it skips."""

    def constant(node):
        if isinstance(node, ast.Constant):
            return True
        if isinstance(node, ast.Name):
            return True
        if isinstance(node, ast.UnaryOp):
            return constant(node.operand)
        if isinstance(node, ast.BinOp):
            return constant(node.left) and constant(node.right)
        return False

    kept, skipped = [], []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            kept.append(node)
        elif isinstance(node, ast.Import) and [a.name for a in node.names] == ["numpy"]:
            kept.append(node)
        elif isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets) \
                and constant(node.value):
            kept.append(node)
        else:
            skipped.append(node.lineno)
    return ast.Module(body=kept, type_ignores=[]), skipped


def targets_by_line(tree):
    """For each line holding an assignment: [(name, is_attribute)] it assigns."""

    def names(t):
        if isinstance(t, ast.Name):
            return [(t.id, False)]
        if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self":
            return [(t.attr, True)]
        if isinstance(t, ast.Subscript):
            return names(t.value)
        if isinstance(t, (ast.Tuple, ast.List)):
            return [n for e in t.elts for n in names(e)]
        return []

    lines = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            lines[node.lineno] = [n for t in node.targets for n in names(t)]
        elif isinstance(node, ast.AugAssign):
            lines[node.lineno] = names(node.target)
    return lines


def loops_of(cls_node):
    """For each method: (first, last) line of its top-level for loop's body, and the for line."""
    loops = {}
    for f in cls_node.body:
        if isinstance(f, ast.FunctionDef):
            for s in f.body:
                if isinstance(s, ast.For):
                    loops[f.name] = (s.lineno, s.body[0].lineno, s.end_lineno)
    return loops


def first_element(a):
    return a[0]


class Run:
    """One run of a learner's file: its assignments, in the order they finished, and gradients."""

    def __init__(self, path, correct):
        self.path = os.path.abspath(path)
        source = open(path, encoding="utf-8").read()
        self.lines = source.splitlines()
        tree = ast.parse(source, path)
        module, self.skipped = module_source(tree)
        namespace = {"__name__": "learner"}
        exec(compile(module, self.path, "exec"), namespace)
        namespace["sequence_length"] = correct.steps
        classes = [n for n in tree.body if isinstance(n, ast.ClassDef)
                   and any(isinstance(f, ast.FunctionDef) and f.name == "backward" for f in n.body)]
        cls_node = classes[0]
        self.loops = loops_of(cls_node)
        self.targets = targets_by_line(tree)
        cls = namespace[cls_node.name]
        model = cls.__new__(cls)
        sizes = correct.data["sizes"]
        model.input_size, model.hidden_size, model.output_size = sizes["input"], sizes["hidden"], 1
        for k, v in correct.params.items():
            setattr(model, k, v.copy())
        self.model = model
        self.namespace = namespace
        self.assignments = []  # (order, line, phase, t or None, where, name, value)
        self.error = None
        self.updates = {}
        self.returned_locals = {}
        self.returned = None
        self._segment = None
        self._pending = {}
        self._raised_at = None
        x = correct.x.copy()
        y = correct.y.copy()
        sys.settrace(self._global)
        try:
            self._phase = "forward"
            model.forward(x)
            self._phase = "backward"
            self.returned = model.backward(y)
        except Exception as e:  # noqa: BLE001 (a learner's error is a result here)
            self.error = (self._raised_at, f"{type(e).__name__}: {e}")
        finally:
            sys.settrace(None)
        # A pass that raised read no gradients: backward never reached its updates.
        self.gradients = {} if self.error else self._gradients(correct)

    # The tracer: a line event in a frame means the frame's previous line has finished.

    def _global(self, frame, event, arg):
        if frame.f_code.co_filename != self.path:
            return None
        return self._local

    def _local(self, frame, event, arg):
        code = frame.f_code
        if event == "line":
            self._finish(frame)
            if code.co_name in ("forward", "backward") and frame.f_back is not None \
                    and frame.f_back.f_code.co_filename != self.path:
                self._segment = self._segment_at(code.co_name, frame)
            self._pending[id(frame)] = (frame.f_lineno, self._segment)
        elif event == "return":
            self._finish(frame)
            if code.co_name == "backward":
                self.returned_locals = dict(frame.f_locals)
        elif event == "exception":
            self._pending.pop(id(frame), None)
            if self._raised_at is None:
                self._raised_at = frame.f_lineno  # the innermost of the file's frames
        return self._local

    def _segment_at(self, method, frame):
        line = frame.f_lineno
        loop = self.loops.get(method)
        if loop is None:
            return (method, "once", None)
        for_line, first, last = loop
        if first <= line <= last:
            return (method, "loop", frame.f_locals.get("t", 0) + 1)
        return (method, "before" if line < for_line else "after", None)

    def _finish(self, frame):
        pending = self._pending.pop(id(frame), None)
        if pending is None:
            return
        line, segment = pending
        for name, is_attribute in self.targets.get(line, []):
            if is_attribute:
                value = getattr(frame.f_locals.get("self"), name, None)
            else:
                value = frame.f_locals.get(name)
            if isinstance(value, np.ndarray):
                value = value.copy()
            elif isinstance(value, (int, float, np.floating)):
                value = np.asarray(value, dtype=float)
            order = len(self.assignments)
            self.assignments.append((order, line, segment, frame.f_code.co_name, name, value))
            # `self.P -= learning_rate * G`: the gradient read is G.
            src = self.lines[line - 1].strip()
            if is_attribute and src.startswith(f"self.{name} -= learning_rate * "):
                g = src.split("learning_rate * ", 1)[1].split("#")[0].strip()
                if g in frame.f_locals:
                    self.updates[name] = np.array(frame.f_locals[g], dtype=float)

    def _gradients(self, correct):
        grads = {}
        for p in correct.params:
            if p in self.updates:
                grads[p] = self.updates[p]
            elif "d" + p in self.returned_locals:
                grads[p] = np.array(self.returned_locals["d" + p], dtype=float)
            elif isinstance(self.returned, dict):
                v = self.returned.get(p, self.returned.get("d" + p))
                if v is not None:
                    grads[p] = np.array(v, dtype=float)
        return grads

    # The verdict.

    def relative_errors(self, correct):
        return {p: relative_error(self.gradients[p], correct.grads[p]) if p in self.gradients else None
                for p in correct.params}

    def segments(self):
        """The assignments grouped by iteration, in the order the iterations ran."""
        groups, order = {}, []
        for a in self.assignments:
            seg = a[2]
            if seg not in groups:
                groups[seg] = []
                order.append(seg)
            groups[seg].append(a)
        return [(seg, groups[seg]) for seg in order]

    def first_departure(self, correct):
        for seg, assignments in self.segments():
            last = {}
            for a in assignments:
                last[a[4]] = a
            departing = [a for name, a in last.items() if not correct.on_track(name, a[5])]
            if departing:
                a = min(departing, key=first_element)
                return {"line": a[1], "t": seg[2], "name": a[4], "phase": seg[0],
                        "source": self.lines[a[1] - 1].strip(), "value": a[5]}
        return None
