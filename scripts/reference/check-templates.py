#!/usr/bin/env python3
"""The templates of `unroll check --new rnn|lstm|gru FILE.py`, made from the solutions.

One source of truth: lessons/data/check/solutions/{rnn,lstm,gru}.py. A template is its
solution with a header that says how to run `unroll check`, and in `backward` every line
that computes a gradient (dy, dWhy, dh, dh_raw, dC, do, ..., dP += ..., dh_next, dC_next)
replaced by a TODO line that keeps its name and gives a placeholder of the right shape
(`np.zeros_like(...)`, or `+= 0` for an accumulation), so an untouched template runs and
`check` points at its first TODO. The zeros initialisations, the cache reads and the
updates stay, as do forward and everything else.

    python3 scripts/reference/check-templates.py            # verify Templates.swift
    python3 scripts/reference/check-templates.py --write    # regenerate it

Verifying means: Sources/UnrollKit/Check/Templates.swift holds exactly the generated
templates; each template filled from its solution (each TODO line replaced by the solution's
line at the same place, which must assign the same name) is the solution, line for line
after the header; that filled file passes in NumPy as `unroll check` runs it (every gradient
within 1e-12 of `unroll trace`'s, no departure); and that the untouched template runs too,
its first departure on a TODO line.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_harness as H  # noqa: E402

SOLUTIONS = os.path.join(H.ROOT, "lessons", "data", "check", "solutions")
SWIFT = os.path.join(H.ROOT, "Sources", "UnrollKit", "Check", "Templates.swift")

TITLES = {
    "rnn": "the RNN note's SimpleRNN (seeds/000)",
    "lstm": "note 003's LSTM cell with the RNN note's head",
    "gru": "a GRU in the notes' style (PyTorch's nn.GRU, ARCHITECTURE.md's names)",
}

HIDDEN = {"rnn": "self.h", "lstm": "self.hs[0]", "gru": "self.hs[0]"}

# name -> (placeholder shape source, hint); a (name, "before") key is the line before the loop.
HINTS = {
    "dy": ("self.y_pred", "dL/dy_pred: y_pred is the logit, L the BCE of p"),
    "dWhy": ("self.Why", "y_pred = Why . h_T + by"),
    "dby": ("self.by", "and by's"),
    ("dh_next", "before"): ("HIDDEN", "dL/dh_T, from the head"),
    "dh": ("HIDDEN", "dL/dh_t, all that reaches h_t"),
    "dh_raw": ("dh", "back through the tanh"),
    "dWxh": (None, "step t's share of Wxh's gradient"),
    "dWhh": (None, "step t's share (what did Whh multiply?)"),
    "dbh": (None, "step t's share of bh's gradient"),
    "dC": ("C_t", "dL/dC_t: via C_{t+1} and via h_t"),
    "do": ("o_t", "at o_t's pre-activation"),
    "dC_tilde": ("C_tilda", "at C_tilda's pre-activation"),
    "di": ("i_t", "at i_t's pre-activation"),
    "df": ("f_t", "at f_t's pre-activation"),
    "dconcat": ("concat", "every gate read concat"),
    "dh_next": ("HIDDEN", "what h_{t-1} receives from step t"),
    "dC_next": ("dC", "what C_{t-1} receives from C_t"),
    "dn": ("n_t", "at n_t's pre-activation"),
    "dz": ("z_t", "at z_t's pre-activation"),
    "dr": ("r_t", "at r_t's pre-activation"),
    "dhn": ("hn_t", "dL/dhn_t"),
}
for weight in ["Wf", "Wi", "WC", "Wo", "bf", "bi", "bC", "bo",
               "Wr", "Wz", "Wxn", "Whn", "br", "bz", "bxn", "bhn"]:
    HINTS["d" + weight] = (None, f"step t's share of {weight}'s gradient")

ASSIGNMENT = re.compile(r"^(\s*)([A-Za-z_]\w*) (=|\+=) (.*)$")


def header(model):
    return [
        f"# Your backward pass for {TITLES[model]}.",
        f"# Written by `unroll check --new {model} FILE.py`. forward() is complete; backward()",
        "# has the names to compute, each on a TODO line whose placeholder only has the right",
        "# shape. Replace them one by one, then run",
        "#     unroll check FILE.py",
        "# to see each gradient against the correct one and the first line where yours departs.",
    ] + ([
        "# A gate's gradient (do, di, ...) is taken at its pre-activation, the argument of its",
        "# sigmoid or tanh, since that is what its weights multiply.",
    ] if model != "rnn" else []) + [
        "# The solution: lessons/data/check/solutions/" + model + ".py (try first).",
    ]


def split(lines):
    """The header comment and the body of a file."""
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    return lines[:i], lines[i:]


def template_lines(model):
    lines = open(os.path.join(SOLUTIONS, model + ".py"), encoding="utf-8").read().split("\n")
    _, body = split(lines)
    out = []
    in_backward = False
    in_loop = False
    for line in body:
        if line.startswith("    def "):
            in_backward = line.startswith("    def backward(")
            in_loop = False
        if in_backward and line.strip().startswith("for "):
            in_loop = True
        m = ASSIGNMENT.match(line)
        key = None
        if in_backward and m and not m.group(4).startswith("np.zeros_like(self."):
            name = m.group(2)
            key = (name, "before") if (name, "before") in HINTS and not in_loop else name
            if key not in HINTS:
                key = None
        if key is None:
            out.append(line)
            continue
        indent, name, op = m.group(1), m.group(2), m.group(3)
        shape, hint = HINTS[key]
        if op == "+=":
            placeholder = "0"
        else:
            placeholder = f"np.zeros_like({HIDDEN[model] if shape == 'HIDDEN' else shape})"
        out.append(f"{indent}{name} {op} {placeholder}  # TODO: {hint}")
    return header(model) + out


def fill(template, solution):
    """The template with each TODO line replaced by the solution's line at the same place."""
    _, t_body = split(template)
    _, s_body = split(solution)
    assert len(t_body) == len(s_body)
    filled = []
    todos = 0
    for t, s in zip(t_body, s_body):
        if "# TODO:" in t:
            todos += 1
            tm, sm = ASSIGNMENT.match(t), ASSIGNMENT.match(s)
            assert tm and sm and tm.group(1, 2, 3) == sm.group(1, 2, 3), (t, s)
            filled.append(s)
        else:
            assert t == s, (t, s)
            filled.append(t)
    return filled, todos


def swift_source(templates):
    out = [
        "/// The templates `unroll check --new rnn|lstm|gru FILE.py` writes: the cell's class in",
        "/// the notes' style with `forward` complete and `backward` reduced to the names to fill",
        "/// in, each on a `TODO` line whose placeholder has the right shape, so an untouched",
        "/// template runs and `unroll check` points at its first TODO.",
        "///",
        "/// Generated from lessons/data/check/solutions/ by",
        "/// `python3 scripts/reference/check-templates.py --write`, which also verifies that each",
        "/// template with its TODO lines filled from the solution is the solution, and that it",
        "/// passes in NumPy. Edit the solutions and regenerate, not this file.",
        "public enum CheckTemplates {",
        "  /// The template for `kind`, a whole Python file ending in a newline.",
        "  public static func source(for kind: ModelKind) -> String {",
        "    switch kind {",
        "    case .rnn: return rnn",
        "    case .lstm: return lstm",
        "    case .gru: return gru",
        "    }",
        "  }",
    ]
    for model in ["rnn", "lstm", "gru"]:
        out.append("")
        out.append(f"  /// `unroll check --new {model}`: {TITLES[model]}.")
        out.append(f"  static let {model} = #\"\"\"")
        for line in templates[model]:
            out.append(("    " + line) if line else "")
        out.append("    \"\"\"#")
    out.append("}")
    return "\n".join(out) + "\n"


def main():
    templates = {m: template_lines(m) for m in ["rnn", "lstm", "gru"]}
    for m, lines in templates.items():
        assert lines[-1] == "", m  # the file ends in a newline
        assert all('"""' not in line and "\\" not in line for line in lines), m
    source = swift_source(templates)
    if "--write" in sys.argv:
        os.makedirs(os.path.dirname(SWIFT), exist_ok=True)
        with open(SWIFT, "w", encoding="utf-8") as f:
            f.write(source)
        print(f"wrote {os.path.relpath(SWIFT, H.ROOT)}")
    elif open(SWIFT, encoding="utf-8").read() != source:
        sys.exit(f"{os.path.relpath(SWIFT, H.ROOT)} is not what the solutions generate: "
                 "run with --write")
    failures = 0
    tmp = os.path.join(H.ROOT, ".build", "check-templates")
    os.makedirs(tmp, exist_ok=True)
    for m, lines in templates.items():
        solution = open(os.path.join(SOLUTIONS, m + ".py"), encoding="utf-8").read().split("\n")
        filled, todos = fill(lines, solution)
        correct = H.Correct(H.trace(m))
        paths = {}
        for kind, text in [("template", lines), ("filled", split(lines)[0] + filled)]:
            paths[kind] = os.path.join(tmp, f"{m}-{kind}.py")
            with open(paths[kind], "w", encoding="utf-8") as f:
                f.write("\n".join(text))
        run = H.Run(paths["filled"], correct)
        errors = run.relative_errors(correct)
        ok = run.error is None and run.first_departure(correct) is None and all(
            e is not None and e <= 1e-12 for e in errors.values())
        bare = H.Run(paths["template"], correct)
        d = bare.first_departure(correct)
        on_todo = bare.error is None and d is not None and "# TODO:" in lines[d["line"] - 1]
        print(f"{m:4} {todos:2} TODO lines; filled from the solution: {'ok' if ok else 'FAILED'}, "
              f"max rel_err {max(errors.values()):.1e}; untouched: runs, first departure "
              f"line {d['line'] if d else '-'} `{d['name'] if d else '-'}`"
              f"{' (a TODO)' if on_todo else ' NOT A TODO'}")
        failures += (not ok) + (not on_todo)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
