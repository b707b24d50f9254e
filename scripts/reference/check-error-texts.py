#!/usr/bin/env python3
"""Writes the error texts `unroll check` must give as Python and NumPy give them.

Usage: python3 scripts/reference/check-error-texts.py
       (writes Tests/UnrollPythonTests/Fixtures/python/check-errors.json; deterministic)

Each case is {"name", "source", "kind", "message", "line", "column"}: the snippet run by
real Python 3 and NumPy, the exception's class and text (str(e), trailing spaces kept),
the line of the innermost frame in the snippet, and for SyntaxError and its kin Python's
1-based column (`offset`). Issue 19's contract names these texts: NumPy's `not aligned`
and `could not be broadcast` messages, matmul's core-dimension message, Python's
AttributeError for a missing attribute or method, TabError, SyntaxError with line and
column, IndexError, NameError. The last case records that NumPy makes a view of
`hs[:, 0].reshape(-1, 1)` (`shares_memory`), which is why the subset refuses writing
into it.
"""

import json
import os
import sys
import traceback

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "UnrollPythonTests", "Fixtures", "python",
                   "check-errors.json")

CASES = [
    ("dot-not-aligned",
     "import numpy as np\na = np.ones((1, 1))\nb = np.ones((11, 1))\nc = np.dot(a, b)\n"),
    ("dot-not-aligned-7-3",
     "import numpy as np\nW = np.ones((7, 7))\nx = np.ones((1, 3))\nh = np.dot(W, x)\n"),
    ("broadcast",
     "import numpy as np\na = np.ones((2, 1))\nb = np.ones((6, 1))\nc = a + b\n"),
    ("broadcast-in-place",
     "import numpy as np\na = np.zeros((5, 8))\na += np.ones((8, 5))\n"),
    ("matmul-core",
     "import numpy as np\nW = np.ones((7, 7))\nx = np.ones((1, 3))\nh = W @ x\n"),
    ("missing-attribute",
     "class RNN:\n    pass\n\nr = RNN()\nw = r.Wxhh\n"),
    ("missing-method",
     "class RNN:\n    def forward(self):\n        return self.step()\n\nRNN().forward()\n"),
    ("tab-error",
     "def f():\n        x = 1\n\ty = 2\n"),
    ("syntax-unclosed",
     "import numpy as np\nx = 1\nh = np.zeros((3, 1)\n"),
    ("syntax-invalid",
     "x = 1 +\n"),
    ("indentation",
     "def f():\nreturn 1\n"),
    ("index",
     "import numpy as np\nh = np.zeros((3, 1))\nv = h[3]\n"),
    ("name",
     "x = 1\ny = dh_next + x\n"),
    ("recursion",
     "def f(n):\n    return f(n + 1)\n\nf(0)\n"),
]


def run(source):
    try:
        compile(source, "<snippet>", "exec")
    except SyntaxError as e:
        return {"kind": type(e).__name__, "message": e.msg, "line": e.lineno,
                "column": e.offset}
    try:
        exec(compile(source, "<snippet>", "exec"), {"__name__": "__main__"})
    except Exception as e:  # noqa: BLE001 - every kind is recorded
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == "<snippet>"]
        message = str(e)
        if isinstance(e, RecursionError):
            message = "maximum recursion depth exceeded"  # CPython adds a context clause
        return {"kind": type(e).__name__, "message": message,
                "line": frames[-1].lineno if frames else None, "column": None}
    return None


def main():
    sys.setrecursionlimit(1000)
    cases = []
    for name, source in CASES:
        result = run(source)
        assert result is not None, name
        cases.append(dict(name=name, source=source, **result))
    hs = np.zeros((4, 3))
    v = hs[:, 0].reshape(-1, 1)
    v[0, 0] = 1.0
    view = {"name": "reshape-of-strided-slice-is-a-view",
            "source": "import numpy as np\nhs = np.zeros((4, 3))\nv = hs[:, 0].reshape(-1, 1)\n"
                      "v[0, 0] = 1.0\n",
            "shares_memory": bool(np.shares_memory(hs, v)), "hs_changed": bool(hs[0, 0] == 1.0)}
    with open(OUT, "w") as f:
        json.dump({"numpy": np.__version__, "python": sys.version.split()[0], "cases": cases,
                   "view": view}, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
