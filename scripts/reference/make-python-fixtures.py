#!/usr/bin/env python3
"""Writes the Python-interpreter fixtures: snippet programs run by real Python 3 and NumPy.

Usage: python3 scripts/reference/make-python-fixtures.py
       (writes Tests/UnrollPythonTests/Fixtures/python/cases.json, and the notes' code blocks
       as notes_rnn.py and notes_lstm.py; deterministic)

Each case is {"name", "source", "expect"} where "expect" is
  {"variables": {NAME: VALUE, ...}, "output": PRINTED}     the program ran to its end, or
  {"error": {"kind", "message", "line", "column"}, "output": PRINTED}
"column" is Python's 1-based offset for SyntaxError and its kin, null otherwise; "line" is the
innermost frame's line (the statement that raised). VALUE is
  {"array": {"shape", "dtype", "data"}}   an ndarray or a NumPy scalar (shape []), the entries
                                          as repr strings ("nan", "inf" included)
  {"list": [VALUE...]} | {"tuple": [...]} | {"dict": [[KEY, VALUE]...]}
  {"instance": CLASS, "attributes": {NAME: VALUE}}
  {"repr": TEXT}                           anything else (ints, floats, str, None, bool, range)
Modules, functions, classes and names starting with "_" are left out of "variables".

The corpus below covers the subset's semantics: unpacking, aliasing and in-place operators on
arrays, NumPy's views, loops over range/reversed/enumerate/zip, classes and self, lists and
dicts, f-strings, Python's and NumPy's errors, and the notes' own RNN class (seed 000) and LSTM
cell (seed 003) run on fixed weights.
"""

import glob
import io
import json
import os
import re
import sys
import traceback
from contextlib import redirect_stdout

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "UnrollPythonTests", "Fixtures", "python")
SEEDS = "/work/shared/seeds"


def encode(value, depth=0):
    if isinstance(value, np.ndarray) or isinstance(value, np.generic):
        a = np.asarray(value)
        return {"array": {"shape": list(a.shape), "dtype": str(a.dtype),
                          "data": [repr(float(x)) if a.dtype == np.float64 else
                                   (repr(bool(x)) if a.dtype == np.bool_ else repr(int(x)))
                                   for x in a.reshape(-1)]}}
    if isinstance(value, list):
        return {"list": [encode(v, depth + 1) for v in value]}
    if isinstance(value, tuple):
        return {"tuple": [encode(v, depth + 1) for v in value]}
    if isinstance(value, dict):
        return {"dict": [[encode(k), encode(v, depth + 1)] for k, v in value.items()]}
    if hasattr(value, "__dict__") and type(value).__module__ == "__main__" and depth < 3:
        return {"instance": type(value).__name__,
                "attributes": {k: encode(v, depth + 1) for k, v in vars(value).items()}}
    return {"repr": repr(value)}


def run(source):
    namespace = {"__name__": "__main__"}
    out = io.StringIO()
    try:
        code = compile(source, "<snippet>", "exec")
        with redirect_stdout(out):
            exec(code, namespace)
    except SyntaxError as e:
        return {"error": {"kind": type(e).__name__, "message": e.msg, "line": e.lineno,
                          "column": e.offset}, "output": out.getvalue()}
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        line = tb[-1].lineno if tb else None
        # NumPy raises from its own files: the line is the snippet's innermost frame.
        for frame in reversed(tb):
            if frame.filename == "<snippet>":
                line = frame.lineno
                break
        return {"error": {"kind": type(e).__name__, "message": str(e),
                          "line": line, "column": None}, "output": out.getvalue()}
    variables = {}
    for name, value in namespace.items():
        if name.startswith("_") or callable(value) or type(value).__name__ == "module":
            continue
        variables[name] = encode(value)
    return {"variables": variables, "output": out.getvalue()}


CASES = []


def case(name, source):
    CASES.append((name, source.strip("\n") + "\n"))


# --- Assignment, unpacking, numbers -------------------------------------------------------
case("ints_and_floats", """
a = 7 // 2
b = -7 // 2
c = 7 % -3
d = 2 ** 10
e = 2 ** -1
f = 7 / 2
g = 1_000 + 0x10 + 0o7 + 0b11
h = 1. + .5 + 1e-8
i = -3.5 // 2
j = -3.5 % 2
k = 10 - 2 * 3 ** 2
m = (1 + 2) * -3
n = True + True
""")
case("chained_assignment", """
a = b = c = 5
a = a + 1
x = y = [1]
y.append(2)
""")
case("tuple_unpacking_swap", """
a, b = 1, 2
a, b = b, a + b
a, b = b, a + b
(c, d), e = (3, 4), 5
[f, g] = [6, 7]
h, = [8]
""")
case("fibonacci_loop", """
a, b = 0, 1
seq = []
for _ in range(10):
    seq.append(a)
    a, b = b, a + b
""")
case("augmented_numbers", """
x = 1
x += 2
x *= 3
x -= 1
x /= 4
y = 10
y //= 3
y **= 2
y %= 5
s = 'ab'
s += 'cd'
s *= 2
""")
case("comparisons_chained", """
a = 1 < 2 < 3
b = 1 < 3 < 2
c = 2 == 2.0
d = 'a' < 'b'
e = [1, 2] < [1, 3]
f = (1, 2) == (1, 2)
g = 1 != 1
h = 3 >= 3 > 2
i = None is None
j = 1 in [1, 2]
k = 'x' not in 'abc'
m = 2 in {2: 'two'}
""")
case("booleans_return_operands", """
a = 0 or 'default'
b = 3 and 4
c = [] or [1]
d = not 0
e = None and 1
f = 1 if a else 2
g = 'yes' if 0 else 'no'
""")
case("strings_and_repr", """
a = 'it\\'s'
b = "say \\"hi\\""
c = '''multi
line'''
d = 'tab\\there'
e = 'a' 'b' "c"
f = r'raw\\n'
g = len('hello')
h = 'abc'[1]
i = 'abcdef'[1:4]
j = 'abcdef'[::-1]
k = str(3.0) + str(10) + str(None) + str(True)
m = repr('x') + repr(1e-08) + repr(1e16) + repr(1e15) + repr(0.1)
""")
case("fstrings", """
x = 0.123456
n = 42
name = 'dh'
a = f'{x:.4f}'
b = f'{n} and {name}'
c = f'{n:5d}|{name:>4}|{name:<4}|{x:.2e}|{x:%}'
d = f'{{literal}} {n!r} {name!r}'
e = f'{x * 2:.3f} {n // 5}'
f = f'{1234567.891:,.2f}'
g = f'{-x:+.1f} {x:+.1f}'
h = f'Epoch [{n+1}/{10}], Avg Loss: {x:.4f}'
""")
case("print_output", """
print('hello', 1, 2.5, None, True)
print('a', 'b', sep='-', end='!\\n')
print([1, 'two', (3,)], {'k': 1.5})
print()
print(f'{3.14159:.2f}')
""")

# --- Lists, dicts, tuples -------------------------------------------------------------------
case("list_methods", """
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
last = a.pop()
first = a.pop(0)
b = a.copy()
b.append(99)
i = a.index(2)
a.insert(1, 7)
n = len(a)
c = a[-1]
d = a[1:3]
e = a[::2]
f = a[::-1]
g = list(range(5))
h = list((1, 2))
k = [0] * 3
m = [1, 2] + [3]
""")
case("list_aliasing", """
a = [1, 2]
b = a
b.append(3)
c = a[:]
c.append(4)
d = [a, a]
d[0].append(5)
e = [1]
e += [2]
f = e
f += [3]
g = (1, 2)
h = g
h += (3,)
""")
case("list_comprehensions", """
a = [x * x for x in range(5)]
b = [x for x in range(10) if x % 3 == 0]
c = [(i, j) for i in range(2) for j in range(3)]
d = [s.upper() for s in ['a', 'b']]
x = 100
e = [x for x in range(3)]
f = sum(x for x in range(4))
""")
case("dict_semantics", """
d = {'Wxh': 1, 'Whh': 2}
d['by'] = 3
a = d['Wxh']
b = d.get('missing')
c = d.get('missing', 0)
d.update({'Wxh': 10, 'bh': 4})
keys = list(d.keys())
values = list(d.values())
items = list(d.items())
e = dict(a=1, b=2)
f = dict([('x', 1), ('y', 2)])
g = 'Wxh' in d
n = len(d)
h = d
h['new'] = 5
p = d.pop('new')
k = {1: 'one', 2.0: 'two', (1, 2): 'pair'}
m = k[2]
""")
case("tuples", """
t = (1, 2, 3)
a = t[0]
b = t[-1]
c = t[1:]
d = len(t)
e = (1,)
f = ()
g = tuple([4, 5])
h = t + (4,)
i = t * 2
""")
case("builtins", """
a = abs(-3)
b = abs(-2.5)
c = min(3, 1, 2)
d = max([4, 7, 1])
e = sum([1, 2, 3])
f = sum([0.5, 0.25], 1)
g = float('1.5')
h = int(3.9)
i = int(-3.9)
j = int('42')
k = float(2)
m = isinstance(1, int)
n = isinstance(1.0, (int, float))
o = isinstance([], dict)
p = round(2.5)
q = round(3.14159, 2)
r = bool([])
s = sorted([3, 1, 2])
t = sorted([3, 1, 2], reverse=True)
u = any([0, 0, 1])
v = all([1, 0])
w = len(range(2, 10, 3))
x = list(reversed([1, 2, 3]))
y = list(enumerate('ab'))
z = list(zip([1, 2, 3], 'ab'))
""")

# --- Control flow -----------------------------------------------------------------------------
case("if_elif_else", """
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0
a = sign(5)
b = sign(-2)
c = sign(0)
""")
case("while_break_continue", """
i = 0
total = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    total += i
n = 0
while n < 3:
    n += 1
else:
    done = True
""")
case("for_else_and_nested", """
found = None
for i in range(3):
    for j in range(3):
        if i * j == 2:
            found = (i, j)
            break
    else:
        continue
    break
for k in []:
    pass
else:
    empty = True
""")
case("loops_reversed_enumerate_zip", """
order = []
for t in reversed(range(4)):
    order.append(t)
pairs = []
for i, c in enumerate(['a', 'b'], 1):
    pairs.append((i, c))
zipped = []
for x, y in zip([1, 2, 3], [4, 5]):
    zipped.append(x * y)
steps = []
for t in range(10, 0, -3):
    steps.append(t)
rev = [t for t in reversed([1, 2, 3])]
total = 0
for k in {'a': 1, 'b': 2}:
    total += len(k)
""")
case("range_forms", """
a = list(range(3))
b = list(range(2, 5))
c = list(range(0, 10, 4))
d = list(range(5, 0, -2))
e = list(range(3, 3))
f = len(range(0, -10, -3))
g = range(4)[-1]
""")

# --- Functions and classes ---------------------------------------------------------------------
case("functions_defaults_keywords", """
def f(a, b=2, c=3):
    return a + b * c
x = f(1)
y = f(1, 5)
z = f(1, c=10)
w = f(c=1, b=1, a=1)
def g():
    pass
n = g()
def h(x):
    def inner(y):
        return y * 2
    return inner(x) + 1
k = h(4)
""")
case("recursion_factorial", """
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
a = fact(10)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
b = fib(15)
""")
case("globals_read_in_functions", """
scale = 3
def f(x):
    return x * scale
a = f(2)
scale = 5
b = f(2)
""")
case("classes_and_self", """
class Counter:
    step = 1
    def __init__(self, start):
        self.value = start
        self.history = []
    def increment(self, by=None):
        self.value += by if by is not None else self.step
        self.history.append(self.value)
        return self
c = Counter(10)
c.increment()
c.increment(5).increment()
v = c.value
h = c.history
s = Counter.step
""")
case("class_inheritance", """
class Base:
    def __init__(self):
        self.kind = 'base'
    def name(self):
        return 'Base:' + self.kind
    def shout(self):
        return self.name().upper()
class Child(Base):
    def name(self):
        return 'Child:' + self.kind
b = Base()
c = Child()
x = b.shout()
y = c.shout()
z = isinstance(c, Base)
""")
case("instance_attribute_aliasing", """
class Box:
    pass
a = Box()
a.items = [1]
b = a
b.items.append(2)
b.label = 'x'
n = len(a.items)
label = a.label
""")
case("method_calls_other_method", """
class Model:
    def sigmoid(self, z):
        return 1 / (1 + 2.718281828459045 ** (-z))
    def forward(self, x):
        self.out = self.sigmoid(x)
        return self.out
m = Model()
y = m.forward(0.0)
""")

# --- NumPy: arrays, aliasing, views ------------------------------------------------------------
case("np_basics", """
import numpy as np
a = np.zeros((2, 3))
b = np.ones((3, 1))
c = np.array([[1.0, 2.0], [3.0, 4.0]])
d = np.array([1, 2, 3])
e = c.T
f = c.shape
g = c.ndim
h = c.size
i = d.dtype == 'int64'
j = c.reshape(4, 1)
k = c.reshape((1, 4))
m = c.flatten()
n = np.zeros_like(c)
o = np.ones_like(d)
p = np.array(5.0)
q = np.pi
r = np.newaxis is None
""")
case("np_arithmetic_broadcasting", """
import numpy as np
a = np.array([[1.0], [2.0], [3.0]])
b = np.array([[10.0, 20.0]])
c = a + b
d = a * 2
e = 1 - a ** 2
f = a / 4
g = -a
h = a @ b
i = np.dot(b, np.array([[1.0], [1.0]]))
j = 2 ** a
k = a - b
m = np.array([1, 2]) * 1.5
n = np.array([3, 4]) // 2
o = np.array([7.0, -7.0]) % 3
""")
case("np_functions", """
import numpy as np
x = np.array([[-2.0], [0.0], [1.5]])
a = np.tanh(x)
b = np.exp(x)
c = np.log(np.array([1.0, 2.0]))
d = np.sqrt(np.array([4.0, 9.0]))
e = np.clip(x, -1, 1)
f = np.maximum(x, 0)
g = np.minimum(x, 0.5)
h = np.abs(x)
i = np.sum(x)
j = np.sum(np.ones((2, 3)), axis=0)
k = np.sum(np.ones((2, 3)), axis=1, keepdims=True)
m = np.mean(x)
n = np.outer(np.array([1.0, 2.0]), np.array([3.0, 4.0, 5.0]))
o = np.vstack((np.zeros((1, 2)), np.ones((1, 2))))
p = np.hstack([np.zeros((2, 1)), np.ones((2, 1))])
q = np.concatenate([np.zeros((1, 2)), np.ones((2, 2))], axis=0)
r = x.sum()
s = x.mean()
t = np.exp(0.5)
u = np.float64(2.5)
v = float(np.sum(x))
w = np.matmul(np.ones((2, 3)), np.ones((3, 1)))
""")
case("np_indexing_read", """
import numpy as np
a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
b = a[0]
c = a[1, 2]
d = a[:, 1]
e = a[:, 0:2]
f = a[-1:, :]
g = a[:, ::-1]
h = a[None, 0]
i = a[:, 1:2]
j = a[..., 0]
k = a[0, None]
x = np.zeros((4, 3, 1))
m = x[2]
n = a[:, 1:3].T[:, 0:1]
o = a[1][2]
""")
case("np_indexing_write", """
import numpy as np
hs = np.zeros((3, 4))
h = np.array([[1.0], [2.0], [3.0]])
hs[:, 0] = h.flatten()
hs[:, 1:2] = h * 2
hs[0, 3] = 7
hs[-1] = 9
hs[1, :] += 1
m = np.zeros((2, 2))
m[0][1] = 5
""")
case("np_alias_inplace", """
import numpy as np
dh_next = np.zeros((2, 1))
dh = dh_next
dh += np.ones((2, 1))
same = dh is dh_next
a = np.ones((2, 2))
b = a
b = b + 1
c = np.ones(2)
d = c
d *= 3
e = np.ones(3)
f = e.copy()
f -= 1
""")
case("np_views_write_through", """
import numpy as np
hs = np.zeros((2, 3))
col = hs[:, 1]
col += 5
row = hs[0]
row[2] = 7
t = hs.T
t[0, 1] = 3
r = hs.reshape(3, 2)
r[2, 1] = -1
W = np.ones((2, 2))
w0 = W[0]
W[0, 0] = 4
seen = w0[0]
flat = hs.flatten()
flat[0] = 100
copy = hs.copy()
copy[1, 1] = 50
""")
case("np_iterate_rows", """
import numpy as np
X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
sums = []
for x in X:
    sums.append(x.sum())
for x in X:
    x *= 2
rows = len(X)
""")
case("np_scalars_immutable", """
import numpy as np
a = np.array([1.0, 2.0])
s = np.sum(a)
t = s
s += 1
u = a[0]
u += 10
v = a[1:].item()
w = int(np.sum(np.array([2, 3])))
""")
case("np_inplace_cast", """
import numpy as np
a = np.zeros(3)
a += np.array([1, 2, 3])
b = np.zeros(3, dtype=int)
b += 2
c = np.array([True, False])
d = (np.array([1.0, 2.0]) > 1.5)
e = np.array([1.0, 2.0]).astype(int)
""")
case("np_truth_and_comparison", """
import numpy as np
a = np.array([3.0])
ok = bool(a > 2)
b = np.array([1.0, 2.0, 3.0])
mask = b > 1.5
eq = b == 2.0
if np.sum(b) > 5:
    big = True
""")
case("np_reshape_negative_one", """
import numpy as np
x = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
a = x.reshape(-1, 1)
b = x.reshape(2, -1)
c = x.reshape(3, 2, 1)
d = c[1]
e = np.reshape(x, (3, 2))
""")
case("np_3d_arrays", """
import numpy as np
X = np.zeros((4, 3, 1))
for t in range(4):
    X[t] = np.ones((3, 1)) * t
x2 = X[2]
s = np.sum(X, axis=0)
m = X[1:3, 0, 0]
""")
case("np_float_meets_array", """
import numpy as np
lr = 0.01
W = np.ones((2, 2))
dW = np.array([[1.0, 2.0], [3.0, 4.0]])
W -= lr * dW
z = 3 + np.float64(0.5)
y = 2 * np.array([1, 2])
q = np.array([1, 2]) / 2
""")
case("np_list_with_arrays", """
import numpy as np
outputs = []
h = np.zeros((2, 1))
for t in range(3):
    h = h + 1
    outputs.append(h)
stacked = np.hstack(outputs)
d = {'h': h}
d['h'] += 1
same = d['h'] is h
""")
case("np_math_module", """
import math
import numpy as np
a = math.exp(1.0)
b = math.log(10.0)
c = math.sqrt(16)
d = math.pi
e = math.tanh(0.5)
f = np.sqrt(2.0)
""")

# --- BPTT-shaped programs ----------------------------------------------------------------------
case("small_rnn_forward_backward", """
import numpy as np
def weights(rows, cols, scale):
    W = np.zeros((rows, cols))
    for r in range(rows):
        for c in range(cols):
            W[r, c] = scale * (((r * 7 + c * 3) % 11) - 5)
    return W
Wxh = weights(3, 1, 0.1)
Whh = weights(3, 3, 0.05)
Why = weights(1, 3, 0.2)
bh = np.zeros((3, 1))
by = np.zeros((1, 1))
xs = [np.array([[0.5]]), np.array([[-1.0]]), np.array([[0.25]])]
hs = {-1: np.zeros((3, 1))}
for t, x in enumerate(xs):
    hs[t] = np.tanh(Wxh @ x + Whh @ hs[t - 1] + bh)
y = Why @ hs[2] + by
p = 1 / (1 + np.exp(-y))
dy = p - 1.0
dWhy = dy @ hs[2].T
dby = dy
dWxh, dWhh, dbh = np.zeros_like(Wxh), np.zeros_like(Whh), np.zeros_like(bh)
dh_next = np.zeros((3, 1))
for t in reversed(range(3)):
    dh = (Why.T @ dy if t == 2 else 0) + dh_next
    dh_raw = (1 - hs[t] ** 2) * dh
    dWxh += dh_raw @ xs[t].T
    dWhh += dh_raw @ hs[t - 1].T
    dbh += dh_raw
    dh_next = Whh.T @ dh_raw
""")
case("dh_alias_bug", """
import numpy as np
dh_next = np.zeros((2, 1))
grads = []
for t in reversed(range(3)):
    dh = dh_next
    dh += np.ones((2, 1)) * (t + 1)
    grads.append(float(dh.sum()))
""")

# --- Errors: Python's own words -------------------------------------------------------------
case("error_name", """
x = 1
y = dh + x
""")
case("error_attribute_instance", """
class SimpleRNN:
    def forward(self, x):
        return self.hs
m = SimpleRNN()
m.forward(1)
""")
case("error_attribute_class", """
class A:
    pass
A.missing
""")
case("error_attribute_list", """
x = [1]
x.push(2)
""")
case("error_type_operands", """
a = 1
b = a + [1]
""")
case("error_too_many_positional", """
class SimpleRNN:
    def forward(self, x):
        return x
m = SimpleRNN()
m.forward(1, 2)
""")
case("error_missing_arguments", """
def g(a, b, c):
    return a
g(1)
""")
case("error_unexpected_keyword", """
def f(a, b=1):
    return a
f(1, c=2)
""")
case("error_multiple_values", """
def f(a, b=1):
    return a
f(1, a=2)
""")
case("error_defaults_range", """
def f(a, b=1):
    return a
f(1, 2, 3)
""")
case("error_not_subscriptable", """
x = 1.5
y = x[0]
""")
case("error_index_list", """
a = [1, 2]
b = a[2]
""")
case("error_index_tuple", """
t = (1,)
t[-2]
""")
case("error_key", """
params = {'Whh': 1}
w = params['Wxh']
""")
case("error_key_int", """
d = {}
d[3]
""")
case("error_zero_division_int", """
x = 1 / 0
""")
case("error_zero_division_float", """
x = 1.0 / 0
""")
case("error_zero_floor", """
x = 5 // 0
""")
case("error_zero_modulo", """
x = 5 % 0
""")
case("error_unpack_too_many", """
a, b = 1, 2, 3
""")
case("error_unpack_not_enough", """
a, b, c = [1, 2]
""")
case("error_unpack_non_iterable", """
a, b = 5
""")
case("error_unbound_local", """
def f():
    y = x + 1
    x = 2
    return y
f()
""")
case("error_not_callable", """
x = 5
x()
""")
case("error_not_iterable", """
for i in 5:
    pass
""")
case("error_len", """
n = len(3)
""")
case("error_unary", """
x = -'a'
""")
case("error_compare", """
x = 'a' < 1
""")
case("error_concat_str", """
x = 'a' + 1
""")
case("error_recursion", """
def f(n):
    return f(n + 1)
f(0)
""")
case("error_list_pop_empty", """
a = []
a.pop()
""")
case("error_list_index_value", """
a = [1, 2]
a.index(5)
""")
case("error_int_parse", """
x = int('abc')
""")
case("error_assert", """
x = 1
assert x == 2, 'x should be 2'
""")
case("error_class_takes_no_arguments", """
class A:
    pass
a = A(1)
""")
case("error_inside_loop_line", """
total = 0
for i in range(5):
    total += i
    if i == 3:
        total = total / 0
""")
case("error_in_method_line", """
class Net:
    def step(self, x):
        y = x * 2
        z = y[0]
        return z
n = Net()
n.step(3)
""")

# --- Errors: NumPy's own words ----------------------------------------------------------------
case("np_error_not_aligned", """
import numpy as np
a = np.ones((1, 1))
b = np.ones((11, 1))
c = np.dot(a, b)
""")
case("np_error_broadcast", """
import numpy as np
a = np.ones((2, 1))
b = np.ones((6, 1))
c = a + b
""")
case("np_error_matmul", """
import numpy as np
a = np.ones((7, 7))
b = np.ones((1, 3))
c = a @ b
""")
case("np_error_inplace_broadcast", """
import numpy as np
a = np.zeros((3, 1))
a += np.ones((3, 3))
""")
case("np_error_inplace_cast", """
import numpy as np
a = np.array([1, 2, 3])
a += 1.5
""")
case("np_error_truth", """
import numpy as np
a = np.array([1.0, 2.0])
if a > 0:
    pass
""")
case("np_error_index_bounds", """
import numpy as np
a = np.zeros(2)
b = a[5]
""")
case("np_error_too_many_indices", """
import numpy as np
a = np.zeros((2, 2))
b = a[0, 0, 0]
""")
case("np_error_reshape", """
import numpy as np
a = np.zeros(6)
b = a.reshape(4, 2)
""")
case("np_error_attribute", """
import numpy as np
a = np.zeros(3)
a.foo
""")
case("np_error_setitem_shape", """
import numpy as np
hs = np.zeros((3, 4))
hs[:, 0] = np.ones((2, 1)).flatten()
""")
case("np_error_scalar_index", """
import numpy as np
s = np.sum(np.ones(3))
s[0]
""")
case("np_error_float_conversion", """
import numpy as np
x = float(np.ones(3))
""")
case("np_error_vstack", """
import numpy as np
c = np.vstack((np.zeros((2, 1)), np.zeros((3, 2))))
""")
case("np_error_axis", """
import numpy as np
s = np.sum(np.zeros((2, 2)), axis=2)
""")

# --- Syntax, indentation and tab errors ---------------------------------------------------------
case("syntax_never_closed", """
x = (1, 2
y = 3
""")
case("syntax_bracket_never_closed_multiline", """
x = [1,
     2,
""")
case("syntax_invalid_end_of_line", """
x = 1 +
""")
case("syntax_expected_colon", """
if x
    y = 1
""")
case("syntax_unexpected_indent", """
x = 1
    y = 2
""")
case("syntax_expected_indented_block_for", """
total = 0
for t in range(3):
total += t
""")
case("syntax_expected_indented_block_def", """
def f():

x = 1
""")
case("syntax_expected_indented_block_if", """
if True:
else:
    pass
""")
case("syntax_unindent_mismatch", """
if True:
    x = 1
  y = 2
""")
case("syntax_tab_error", "if True:\n\tx = 1\n        y = 2\n")
case("syntax_tab_error_reverse", "if True:\n        x = 1\n\ty = 2\n")
case("syntax_unmatched_paren", """
x = 1)
""")
case("syntax_mismatched_bracket", """
x = (1, 2]
""")
case("syntax_unterminated_string", """
s = 'abc
""")
case("syntax_unterminated_triple", '''
s = """abc

x = 1
''')
case("syntax_invalid_decimal", """
x = 1x
""")
case("syntax_leading_zero", """
x = 08
""")
case("syntax_two_values", """
x = 1 2
""")
case("syntax_assign_to_call", """
f() = 3
""")
case("syntax_assign_to_comparison", """
x == 1 = 2
""")
case("syntax_augmented_tuple", """
a, b += 1
""")
case("syntax_print_statement", """
print 'hello'
""")
case("syntax_break_outside", """
break
""")
case("syntax_return_outside", """
return 5
""")
case("syntax_non_default_after_default", """
def f(a=1, b):
    pass
""")
case("syntax_duplicate_argument", """
def f(x, x):
    pass
""")
case("syntax_positional_after_keyword", """
f(a=1, 2)
""")
case("syntax_conditional_without_else", """
x = 1 if True
""")
case("syntax_dict_missing_colon", """
d = {'a': 1, 'b'}
""")
case("syntax_double_operator", """
x = 3 +* 4
""")
case("syntax_backslash_continuation_error", """
x = 1 + \\
    2 +
""")
case("backslash_and_brackets_join_lines", """
total = 1 + \\
    2 + \\
    3
values = [
    1,
    2,   # a comment
    3,
]
call = max(
    4,
    5)
if (total > 1 and
        total < 10):
    ok = True
""")
case("comments_blank_lines_semicolons", """
# a comment

x = 1  # trailing

   # indented comment
y = 2; z = 3
if x: w = 4
def f(): return 5
v = f()
""")


case("string_format_method", """
a = '{} and {:.2f}'.format(1, 2.5)
b = '{0}-{0}-{1}'.format('x', 'y')
c = '{name}: {value:>6.3f}'.format(name='loss', value=0.12345)
d = '{!r} {{}}'.format('q')
""")
case("np_clip_out_and_reductions", """
import numpy as np
dW = np.array([[-7.0, 2.0], [9.0, -0.5]])
db = np.array([[6.0], [-6.0]])
for dparam in [dW, db]:
    np.clip(dparam, -5, 5, out=dparam)
m = np.max(dW)
n = np.min(db)
k = dW.max()
norm = np.linalg.norm(np.array([3.0, 4.0]))
close = np.allclose(dW, dW + 1e-9)
far = np.allclose(dW, dW + 1.0)
""")
case("min_char_rnn_style", """
import numpy as np
hidden_size, vocab_size = 3, 4
def fixed(rows, cols, scale, offset):
    W = np.zeros((rows, cols))
    for r in range(rows):
        for c in range(cols):
            W[r, c] = scale * ((((r + offset) * 7 + c * 3) % 11) - 5)
    return W
Wxh = fixed(hidden_size, vocab_size, 0.1, 0)
Whh = fixed(hidden_size, hidden_size, 0.1, 1)
Why = fixed(vocab_size, hidden_size, 0.1, 2)
bh = np.zeros((hidden_size, 1))
by = np.zeros((vocab_size, 1))
def lossFun(inputs, targets, hprev):
    xs, hs, ys, ps = {}, {}, {}, {}
    hs[-1] = np.copy(hprev)
    loss = 0
    for t in range(len(inputs)):
        xs[t] = np.zeros((vocab_size, 1))
        xs[t][inputs[t]] = 1
        hs[t] = np.tanh(np.dot(Wxh, xs[t]) + np.dot(Whh, hs[t-1]) + bh)
        ys[t] = np.dot(Why, hs[t]) + by
        ps[t] = np.exp(ys[t]) / np.sum(np.exp(ys[t]))
        loss += -np.log(ps[t][targets[t], 0])
    dWxh, dWhh, dWhy = np.zeros_like(Wxh), np.zeros_like(Whh), np.zeros_like(Why)
    dbh, dby = np.zeros_like(bh), np.zeros_like(by)
    dhnext = np.zeros_like(hs[0])
    for t in reversed(range(len(inputs))):
        dy = np.copy(ps[t])
        dy[targets[t]] -= 1
        dWhy += np.dot(dy, hs[t].T)
        dby += dy
        dh = np.dot(Why.T, dy) + dhnext
        dhraw = (1 - hs[t] * hs[t]) * dh
        dbh += dhraw
        dWxh += np.dot(dhraw, xs[t].T)
        dWhh += np.dot(dhraw, hs[t-1].T)
        dhnext = np.dot(Whh.T, dhraw)
    for dparam in [dWxh, dWhh, dWhy, dbh, dby]:
        np.clip(dparam, -5, 5, out=dparam)
    return loss, dWxh, dWhh, dWhy, dbh, dby, hs[len(inputs)-1]
loss, dWxh, dWhh, dWhy, dbh, dby, hprev = lossFun([0, 1, 2, 3], [1, 2, 3, 0], np.zeros((hidden_size, 1)))
""")
case("lstm_backward_with_concat_views", """
import numpy as np
H, D = 2, 1
def fixed(rows, cols, scale, offset):
    W = np.zeros((rows, cols))
    for r in range(rows):
        for c in range(cols):
            W[r, c] = scale * ((((r + offset) * 7 + c * 3) % 11) - 5)
    return W
Wf, Wi, WC, Wo = [fixed(H, H + D, 0.1, k) for k in range(4)]
bf = bi = bC = bo = np.zeros((H, 1))
def sigmoid(z):
    return 1 / (1 + np.exp(-z))
xs = [np.array([[0.5]]), np.array([[-0.3]])]
h, C = np.zeros((H, 1)), np.zeros((H, 1))
cache = []
for x in xs:
    concat = np.vstack((h, x))
    f = sigmoid(Wf @ concat + bf)
    i = sigmoid(Wi @ concat + bi)
    C_tilde = np.tanh(WC @ concat + bC)
    C_prev = C
    C = f * C + i * C_tilde
    o = sigmoid(Wo @ concat + bo)
    h = o * np.tanh(C)
    cache.append((concat, f, i, C_tilde, C_prev, C, o))
dh_next, dC_next = np.ones((H, 1)), np.zeros((H, 1))
dWf = np.zeros_like(Wf)
for t in reversed(range(len(xs))):
    concat, f, i, C_tilde, C_prev, C, o = cache[t]
    dh = dh_next
    do = dh * np.tanh(C) * o * (1 - o)
    dC = dC_next + dh * o * (1 - np.tanh(C) ** 2)
    df = dC * C_prev * f * (1 - f)
    dWf += df @ concat.T
    dconcat = Wf.T @ df + Wo.T @ do
    dh_next = dconcat[:H, :]
    dC_next = dC * f
first_row = dconcat[0]
""")


case("printing_arrays_and_numpy_scalars", """
import numpy as np
a = np.array([[1.0, 2.5], [-3.0, 0.125]])
print(a)
print(np.float64(0.1), np.int64(3), [np.float64(1.5)])
print(f'{np.float64(0.5):.3f} {np.sum(a):g} {a.shape}')
print(a > 0)
s = np.float64(0.5) > 0.2
b = abs(np.float64(-2.0))
c = isinstance(a, np.ndarray)
i = np.sum(np.array([1, 1]))
row = a[i - 1]
z = -0.0
""")
case("python_gotchas", """
def f(x, acc=[]):
    acc.append(x)
    return acc
first = f(1)
second = f(2)
class C:
    count = 0
    def bump(self):
        self.count += 1
        return self.count
c = C()
c.bump()
c.bump()
class_count = C.count
pairs = list(enumerate(reversed(range(3))))
nums = [n for n in range(3)]
n = 'outer'
def g():
    return [n * 2 for n in range(2)]
inner = g()
""")


def notes_code(seed_prefix):
    path = glob.glob(os.path.join(SEEDS, seed_prefix + "_*.txt"))[0]
    text = open(path, encoding="utf-8").read()
    return re.search(r"```python\n(.*?)```", text, re.S).group(1)


def fixed_weights_code():
    lines = ["def fixed(rows, cols, scale, offset):",
             "    W = np.zeros((rows, cols))",
             "    for r in range(rows):",
             "        for c in range(cols):",
             "            W[r, c] = scale * ((((r + offset) * 7 + c * 3) % 11) - 5)",
             "    return W"]
    return "\n".join(lines) + "\n"


# --- The RNN note (seed 000): its class as written, on fixed weights ------------------------------
rnn = notes_code("000")
rnn_class = rnn[rnn.index("class SimpleRNN"):rnn.index("# Training")]
rnn_header = """import numpy as np
input_size = 1
hidden_size = 4
output_size = 1
sequence_length = 5
learning_rate = 0.01
""" + fixed_weights_code()


def rnn_instance(body_after):
    return (rnn_header + rnn_class + """
model = SimpleRNN(input_size, hidden_size, output_size)
model.Wxh = fixed(hidden_size, input_size, 0.1, 0)
model.Whh = fixed(hidden_size, hidden_size, 0.05, 1)
model.Why = fixed(output_size, hidden_size, 0.2, 2)
model.bh = fixed(hidden_size, 1, 0.01, 3)
model.by = fixed(output_size, 1, 0.01, 4)
x = np.zeros((sequence_length, input_size, 1))
for t in range(sequence_length):
    x[t, 0, 0] = 0.3 * t - 0.5
y_true = np.array([[1.0]])
""" + body_after)


# np.random in __init__ is not interpreted: the fixtures' snippets replace __init__'s weights.
rnn_class_no_random = rnn_class.replace(
    "np.random.randn(hidden_size, input_size) * np.sqrt(1. / input_size)",
    "np.zeros((hidden_size, input_size))").replace(
    "np.random.randn(hidden_size, hidden_size) * np.sqrt(1. / hidden_size)",
    "np.zeros((hidden_size, hidden_size))").replace(
    "np.random.randn(output_size, hidden_size) * np.sqrt(1. / hidden_size)",
    "np.zeros((output_size, hidden_size))")
assert "np.random" not in rnn_class_no_random
rnn_class = rnn_class_no_random

case("notes_rnn_forward", rnn_instance("""
p = model.forward(x)
h = model.h
hs = model.hs
y_pred = model.y_pred
"""))
case("notes_rnn_backward_verbatim_fails", rnn_instance("""
p = model.forward(x)
model.backward(y_true)
"""))
# The note's two shape repairs (DocumentRNN.swift's `document` pass).
rnn_repaired = rnn_class.replace("self.hs[-1:, :].T", "self.hs[:, -1:].T").replace(
    "self.hs[:, t:t+2].T[:, 0:1]", "self.hs[:, t:t+1].T")
assert rnn_repaired.count("self.hs[:, -1:].T") == 1 and rnn_repaired.count("self.hs[:, t:t+1].T") == 1
case("notes_rnn_backward_repaired", (rnn_header + rnn_repaired + """
model = SimpleRNN(input_size, hidden_size, output_size)
model.Wxh = fixed(hidden_size, input_size, 0.1, 0)
model.Whh = fixed(hidden_size, hidden_size, 0.05, 1)
model.Why = fixed(output_size, hidden_size, 0.2, 2)
model.bh = fixed(hidden_size, 1, 0.01, 3)
model.by = fixed(output_size, 1, 0.01, 4)
x = np.zeros((sequence_length, input_size, 1))
for t in range(sequence_length):
    x[t, 0, 0] = 0.3 * t - 0.5
y_true = np.array([[1.0]])
for step in range(3):
    p = model.forward(x)
    loss = -np.mean(y_true * np.log(p + 1e-8) + (1 - y_true) * np.log(1 - p + 1e-8))
    model.backward(y_true)
Wxh = model.Wxh
Whh = model.Whh
Why = model.Why
bh = model.bh
by = model.by
print(f'loss {float(loss):.6f}')
"""))

# --- The LSTM note (seed 003): its cell as written, on fixed weights ------------------------------
lstm = notes_code("003")
lstm_class = lstm[lstm.index("class LSTM"):lstm.index("# Beispielverwendung")]
for gate in ["Wf", "Wi", "WC", "Wo"]:
    lstm_class = lstm_class.replace(
        "self.%s = np.random.randn(hidden_size, hidden_size + input_size)" % gate,
        "self.%s = np.zeros((hidden_size, hidden_size + input_size))" % gate)
assert "np.random" not in lstm_class
case("notes_lstm_cell", "import numpy as np\n" + fixed_weights_code() + lstm_class + """
input_size = 3
hidden_size = 5
lstm = LSTM(input_size, hidden_size)
lstm.Wf = fixed(hidden_size, hidden_size + input_size, 0.1, 0)
lstm.Wi = fixed(hidden_size, hidden_size + input_size, 0.1, 1)
lstm.WC = fixed(hidden_size, hidden_size + input_size, 0.1, 2)
lstm.Wo = fixed(hidden_size, hidden_size + input_size, 0.1, 3)
lstm.bf = fixed(hidden_size, 1, 0.05, 4)
x_t = fixed(input_size, 1, 0.2, 5)
h_prev = np.zeros((hidden_size, 1))
C_prev = np.zeros((hidden_size, 1))
h_t, C_t = lstm.forward(x_t, h_prev, C_prev)
X = fixed(4, input_size, 0.15, 6)
outputs = lstm.forward_sequence(X)
print("Sequenzausgaben Form:", outputs.shape)
""")


def main():
    os.makedirs(OUT, exist_ok=True)
    cases = []
    for name, source in CASES:
        cases.append({"name": name, "source": source, "expect": run(source)})
    payload = {"python": sys.version.split()[0], "numpy": np.__version__, "cases": cases}
    with open(os.path.join(OUT, "cases.json"), "w", encoding="utf-8") as f:
        json.dump(payload, f, indent=1, ensure_ascii=False)
        f.write("\n")
    # The notes' code blocks as written, for the tests that run a whole file (runModule).
    for seed, name in [("000", "notes_rnn.py"), ("003", "notes_lstm.py")]:
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(notes_code(seed))
    errors = sum(1 for c in cases if "error" in c["expect"])
    print(f"{len(cases)} cases ({errors} errors) -> {os.path.relpath(OUT)}/cases.json")


if __name__ == "__main__":
    main()
