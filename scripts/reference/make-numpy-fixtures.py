#!/usr/bin/env python3
"""Writes the NDArray fixtures: cases run through real NumPy, for Tests/UnrollPythonTests.

Usage: python3 scripts/reference/make-numpy-fixtures.py
       (writes Tests/UnrollPythonTests/Fixtures/numpy/*.json; seeded, so reruns are identical
       for one NumPy version)

Each file is {"numpy": VERSION, "cases": [...]}; a case is
  {"op": NAME, "args": [...], "expect": ARRAY}  or  {..., "error": {"kind", "message"}}
  or, for repr/str, {..., "text": STRING}.
An ARRAY is {"shape": [...], "dtype": "float64" | "int64" | "bool", "data": [...]} with the
entries in C order as strings (repr of the float, so they read back exactly; "nan", "inf").
An index is a list of ["i", n] | ["s", start, stop, step] (nulls for omitted parts) | ["n"]
(None) | ["e"] (Ellipsis). A nested list for np.array holds {"f": "1.5"} | {"i": "3"} |
{"b": true} leaves.
"""

import json
import os
import sys

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "UnrollPythonTests",
                   "Fixtures", "numpy")
rng = np.random.default_rng(19)


def enc(a):
    a = np.asarray(a)
    if a.dtype == np.float64:
        data = [repr(float(x)) for x in a.ravel()]
    elif a.dtype == np.int64:
        data = [str(int(x)) for x in a.ravel()]
    elif a.dtype == np.bool_:
        data = ["1" if x else "0" for x in a.ravel()]
    else:
        raise TypeError(a.dtype)
    return {"shape": list(a.shape), "dtype": str(a.dtype), "data": data}


def enc_index(index):
    out = []
    for item in index:
        if item is None:
            out.append(["n"])
        elif item is Ellipsis:
            out.append(["e"])
        elif isinstance(item, slice):
            out.append(["s", item.start, item.stop, item.step])
        else:
            out.append(["i", int(item)])
    return out


def run(cases, op, args, thunk, text=False):
    case = {"op": op, "args": args}
    try:
        with np.errstate(all="ignore"):
            result = thunk()
    except Exception as e:  # NumPy's own error, kept word for word
        case["error"] = {"kind": type(e).__name__, "message": str(e)}
    else:
        if text:
            case["text"] = result
        else:
            result = np.asarray(result)
            if result.dtype not in (np.float64, np.int64, np.bool_):
                return  # a dtype outside the subset (int8 from bool ** bool)
            case["expect"] = enc(result)
    cases.append(case)


# ---- random data -------------------------------------------------------------------------

def values(shape, dtype, special=False):
    n = int(np.prod(shape, dtype=np.int64))
    if dtype == "float64":
        x = rng.standard_normal(n) * 10.0 ** rng.integers(-3, 4, n)
        if special and n:
            picks = rng.integers(0, n, max(1, n // 4))
            x[picks] = rng.choice([0.0, -0.0, np.inf, -np.inf, np.nan, 1e-300, 1e300], len(picks))
        return x.reshape(shape)
    if dtype == "int64":
        return rng.integers(-9, 10, n).astype(np.int64).reshape(shape)
    return (rng.random(n) < 0.5).reshape(shape)


def random_shape(ndim, low=1, high=4):
    return tuple(int(d) for d in rng.integers(low, high + 1, ndim))


def broadcast_partner(shape):
    """A shape that broadcasts with `shape`: some axes set to 1, leading ones dropped/added."""
    s = [1 if rng.random() < 0.35 else d for d in shape]
    drop = int(rng.integers(0, len(s) + 1))
    s = s[drop:]
    if rng.random() < 0.2:
        s = [1] * int(rng.integers(1, 3)) + s
    return tuple(s)


def dtype_choice(weights=(0.7, 0.2, 0.1)):
    return str(rng.choice(["float64", "int64", "bool"], p=list(weights)))


# ---- the corpus --------------------------------------------------------------------------

BINARY = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply,
          "divide": np.divide, "power": np.power, "maximum": np.maximum,
          "minimum": np.minimum, "less": np.less, "lessEqual": np.less_equal,
          "greater": np.greater, "greaterEqual": np.greater_equal, "equal": np.equal,
          "notEqual": np.not_equal}
UNARY = {"negative": np.negative, "positive": np.positive, "tanh": np.tanh, "exp": np.exp,
         "log": np.log, "sqrt": np.sqrt, "abs": np.abs}


def elementwise():
    cases = []
    # Hand-picked: the notes' shapes, the promotion table, the error texts.
    z = np.zeros
    hand = [
        (z((2, 1)), z((6, 1))), (z((2, 3, 4)), z((5, 4))), (z((32, 1)), z((1, 32))),
        (z((10, 3, 1)), z((3, 1))), (z(()), z((2, 2))), (z((0, 3)), z((1, 3))),
        (z((0, 3)), z((2, 3))), (np.array([1.5, -2.0]), np.array(2)),
        (np.array([True, False]), np.array([True, True])),
        (np.array([True, False]), np.array(1)), (np.array([1, 2]), np.array(2.5)),
        (np.array([1, 0, -3]), np.array([0, 0, 2])), (np.array([2, 3]), np.array([-1, 2])),
        (np.array([2, 3]), np.array([3, 2])), (np.array([2.0, -8.0]), np.array([0.5, 1 / 3])),
        (np.array([np.nan, 1.0, -0.0]), np.array([1.0, np.nan, 0.0])),
        (np.array([1.0, -1.0, 0.0]), np.array([0.0, 0.0, 0.0])),
    ]
    for a, b in hand:
        for name, f in BINARY.items():
            run(cases, "binary", [name, enc(a), enc(b)], lambda f=f, a=a, b=b: f(a, b))
    # Seeded random shapes for broadcasting, every op, mixed dtypes.
    for _ in range(260):
        shape = random_shape(int(rng.integers(0, 5)))
        other = broadcast_partner(shape) if rng.random() < 0.85 else random_shape(
            int(rng.integers(1, 4)), 2, 5)
        if rng.random() < 0.5:
            shape, other = other, shape
        a = values(shape, dtype_choice(), special=rng.random() < 0.3)
        b = values(other, dtype_choice(), special=rng.random() < 0.3)
        name = str(rng.choice(list(BINARY)))
        if name == "power" and a.dtype == np.float64:
            a = np.abs(a)
        run(cases, "binary", [name, enc(a), enc(b)], lambda n=name, a=a, b=b: BINARY[n](a, b))
    # Unary: dtypes and special values, then many values for the ulp statistics.
    for a in [np.array([0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 1e-310, 710.0, -750.0]),
              np.array([3, -2, 0]), np.array([True, False]), np.array(2.0), np.zeros((0, 2))]:
        for name, f in UNARY.items():
            run(cases, "unary", [name, enc(a)], lambda f=f, a=a: f(a))
    for name in ["tanh", "exp", "log", "sqrt"]:
        for scale in [1e-3, 1.0, 10.0, 300.0]:
            a = rng.standard_normal(200) * scale
            if name in ("log", "sqrt"):
                a = np.abs(a)
            run(cases, "unary", [name, enc(a)], lambda f=UNARY[name], a=a: f(a))
    for _ in range(40):
        a = values(random_shape(int(rng.integers(0, 4))), dtype_choice(), special=True)
        name = str(rng.choice(list(UNARY)))
        run(cases, "unary", [name, enc(a)], lambda n=name, a=a: UNARY[n](a))
    # clip: bounds as arrays or None, broadcasting among all three.
    x = np.array([[-2.0, 0.5, 3.0], [np.nan, 1.0, -0.0]])
    for lo, hi in [(0.0, 1.0), (None, 1.0), (0.0, None), (None, None), (1.0, 0.0),
                   (np.array([0.0, 1.0, 2.0]), 2.5), (np.zeros((2, 1)), np.ones((6, 1))),
                   (np.array(1), np.array(2))]:
        run(cases, "clip", [enc(x), None if lo is None else enc(lo), None if hi is None else enc(hi)],
            lambda lo=lo, hi=hi: np.clip(x, lo, hi))
    zeros = np.array([-0.0, 0.0, -0.0, 0.0, 2.0, np.nan, 1.0])
    lo, hi = np.array([0.0, -0.0, -0.0, 0.0, 3.0, 0.0, np.nan]), np.array([1.0, 1, 0, -0.0, 1, 1, 2])
    for bounds in [(lo, hi), (np.array(0.0), np.array(1.0)), (np.array(-0.0), np.array(0.0)),
                   (lo, np.array(1.0)), (np.array(0.0), hi), (np.array([0.0]), np.array([-0.0]))]:
        run(cases, "clip", [enc(zeros), enc(bounds[0]), enc(bounds[1])],
            lambda b=bounds: np.clip(zeros, b[0], b[1]))
    ints = np.array([-3, 0, 4, 9])
    for lo, hi in [(np.array(0), np.array(5)), (np.array(0.5), np.array(5)), (np.array(-1), None)]:
        run(cases, "clip", [enc(ints), enc(lo), None if hi is None else enc(hi)],
            lambda lo=lo, hi=hi: np.clip(ints, lo, hi))
    run(cases, "clip", [enc(np.zeros((2, 1))), enc(np.zeros(3)), enc(np.zeros((6, 1)))],
        lambda: np.clip(np.zeros((2, 1)), np.zeros(3), np.zeros((6, 1))))
    return cases


def linear_algebra():
    cases = []
    shapes = [((), ()), ((), (3,)), ((2, 2), ()), ((3,), (3,)), ((3,), (4,)), ((2, 3), (3,)),
              ((3,), (3, 2)), ((2, 3), (4,)), ((3,), (4, 2)), ((1, 1), (11, 1)), ((7, 7), (1, 3)),
              ((32, 32), (32, 1)), ((32, 3), (3, 1)), ((1, 32), (32, 1)), ((32, 1), (1, 32)),
              ((2, 3, 4), (4,)), ((2, 3, 4), (4, 2)), ((2, 3, 4), (5, 4, 2)),
              ((2, 3, 4), (5, 3, 2)), ((4,), (2, 4, 3)), ((2, 3, 4), (3,)),
              ((3, 1, 2, 3), (4, 3, 3)), ((2, 2, 3), (3, 3, 1)), ((3, 2, 3), (4,)),
              ((0, 3), (3, 2)), ((2, 0), (0, 3)), ((10, 3, 1), (1, 3)), ((5,), (5, 1))]
    for sa, sb in shapes:
        a, b = values(sa, "float64"), values(sb, "float64")
        run(cases, "dot", [enc(a), enc(b)], lambda a=a, b=b: np.dot(a, b))
        run(cases, "matmul", [enc(a), enc(b)], lambda a=a, b=b: np.matmul(a, b))
    for _ in range(50):
        n, k, m = (int(d) for d in rng.integers(1, 21, 3))
        kind = rng.integers(0, 4)
        sa, sb = [((n, k), (k, m)), ((k,), (k, m)), ((n, k), (k,)), ((k,), (k,))][kind]
        if rng.random() < 0.3:
            sa = (int(rng.integers(1, 4)),) + sa if len(sa) == 2 else sa
        dt = "float64" if rng.random() < 0.85 else "int64"
        a, b = values(sa, dt), values(sb, dtype_choice())
        run(cases, "dot", [enc(a), enc(b)], lambda a=a, b=b: np.dot(a, b))
        run(cases, "matmul", [enc(a), enc(b)], lambda a=a, b=b: np.matmul(a, b))
    # n-d: dot's sum over a's last and b's second-to-last axis; matmul's broadcast batches.
    for _ in range(30):
        k = int(rng.integers(1, 5))
        sa = random_shape(int(rng.integers(1, 4))) + (k,)
        sb = random_shape(int(rng.integers(0, 3))) + (k if rng.random() < 0.85 else k + 1,) + \
            random_shape(int(rng.integers(0, 2)))
        a, b = values(sa, dtype_choice()), values(sb, dtype_choice())
        run(cases, "dot", [enc(a), enc(b)], lambda a=a, b=b: np.dot(a, b))
        batch = random_shape(int(rng.integers(0, 3)))
        sa = tuple(d if rng.random() < 0.7 else 1 for d in batch) + (int(rng.integers(1, 4)), k)
        sb = tuple(d if rng.random() < 0.7 else 1 for d in batch[int(rng.integers(0, 2)):]) + \
            (k if rng.random() < 0.9 else k + 1, int(rng.integers(1, 4)))
        a, b = values(sa, "float64"), values(sb, "float64")
        run(cases, "matmul", [enc(a), enc(b)], lambda a=a, b=b: np.matmul(a, b))
    for sa, sb in [((3,), (4,)), ((2, 2), (3,)), ((32, 1), (10, 1)), ((), (3,)), ((0,), (2,))]:
        a, b = values(sa, "float64"), values(sb, "float64")
        run(cases, "outer", [enc(a), enc(b)], lambda a=a, b=b: np.outer(a, b))
    run(cases, "outer", [enc(np.array([True, False])), enc(np.array([True]))],
        lambda: np.outer(np.array([True, False]), np.array([True])))
    run(cases, "outer", [enc(np.array([1, 2])), enc(np.array([3.5]))],
        lambda: np.outer(np.array([1, 2]), np.array([3.5])))
    return cases


def reductions():
    cases = []
    arrays = [np.array([-0.0]), np.zeros((0,)), np.zeros((0, 3)), np.array(2.5),
              np.array([True, True, False]), np.array([[1, 2], [3, 4]])]
    for n in [1, 7, 8, 9, 15, 16, 17, 31, 32, 100, 127, 128, 129, 130, 255, 256, 257, 300, 1000]:
        a = values((n,), "float64")
        for op, f in [("sum", np.sum), ("mean", np.mean)]:
            run(cases, op, [enc(a), None, False], lambda a=a, f=f: f(a))
    for _ in range(40):
        shape = random_shape(int(rng.integers(1, 5)), 1, 6)
        arrays.append(values(shape, dtype_choice((0.8, 0.15, 0.05))))
    arrays.append(values((10, 32, 1), "float64"))
    arrays.append(values((12, 20), "float64"))
    arrays.append(values((130, 2), "float64"))
    for a in arrays:
        for axis in [None] + list(range(-a.ndim - 1, a.ndim + 1)):
            for keepdims in [False, True]:
                if (keepdims and rng.random() < 0.6) or (a.size > 200 and axis not in (0, 1, -1)):
                    continue
                run(cases, "sum", [enc(a), axis, keepdims],
                    lambda a=a, axis=axis, k=keepdims: np.sum(a, axis=axis, keepdims=k))
                run(cases, "mean", [enc(a), axis, keepdims],
                    lambda a=a, axis=axis, k=keepdims: np.mean(a, axis=axis, keepdims=k))
    return cases


def shapes_and_stacking():
    cases = []
    a = np.arange(6.0)
    for shape in [(2, 3), (3, -1), (-1,), (6,), (4,), (4, 2), (4, -1), (-1, -1), (-2, 3),
                  (1, 6, 1), (-1, 1), (2, 3, 1), (), (1, -1, 3)]:
        run(cases, "reshape", [enc(a), list(shape)], lambda s=shape: a.reshape(s))
    for src, shape in [(np.zeros(0), (-1, 0)), (np.zeros(0), (0, -1)), (np.zeros(0), (-1, 3)),
                       (np.array(5.0), (1, 1)), (np.array(5.0), (-1,)), (np.zeros(7), (-1, 3)),
                       (np.array([[1, 2], [3, 4]]), (4,))]:
        run(cases, "reshape", [enc(src), list(shape)], lambda src=src, s=shape: src.reshape(s))
    for _ in range(30):
        x = values(random_shape(int(rng.integers(0, 5))), dtype_choice())
        run(cases, "T", [enc(x)], lambda x=x: x.T)
        run(cases, "flatten", [enc(x)], lambda x=x: x.flatten())
    for shape in [(3,), (0,), (2, 0), ()]:
        run(cases, "zeros", [list(shape)], lambda s=shape: np.zeros(s))
        run(cases, "ones", [list(shape)], lambda s=shape: np.ones(s))
    run(cases, "zeros", [[2, -1]], lambda: np.zeros((2, -1)))
    for x in [np.array([1, 2]), np.array([True]), np.zeros((2, 1)), np.array(3.0)]:
        run(cases, "zeros_like", [enc(x)], lambda x=x: np.zeros_like(x))
        run(cases, "ones_like", [enc(x)], lambda x=x: np.ones_like(x))
    groups = [
        [np.zeros(3), np.ones(3)], [np.zeros((2, 3)), np.zeros((2, 4))],
        [np.zeros((2, 3)), np.zeros((3, 3))], [np.zeros((2, 3)), np.zeros((2, 3, 1))],
        [np.array(1.0), np.array(2.0)], [np.zeros((3, 1)), np.ones((2, 1))], [],
        [np.array([1, 2]), np.array([0.5, 1.5])], [np.zeros((1, 4)), np.arange(4.0)],
        [np.array([True]), np.array([2])], [np.zeros((2, 2, 2)), np.ones((2, 2, 2))],
        [np.zeros(2), np.zeros(3)], [np.array(1.0), np.zeros(2)],
        [np.zeros((32, 1)), np.zeros((3, 1))], [np.zeros((1, 3)), np.zeros((1, 32))],
    ]
    for _ in range(20):
        nd = int(rng.integers(1, 4))
        base = random_shape(nd)
        arrays = []
        for _ in range(int(rng.integers(1, 4))):
            s = list(base)
            s[int(rng.integers(0, nd))] = int(rng.integers(1, 4))
            arrays.append(values(tuple(s), dtype_choice()))
        groups.append(arrays)
    for g in groups:
        args = [enc(x) for x in g]
        run(cases, "vstack", [args], lambda g=g: np.vstack(g))
        run(cases, "hstack", [args], lambda g=g: np.hstack(g))
        for axis in [0, 1, -1, 2, -3]:
            run(cases, "concatenate", [args, axis], lambda g=g, ax=axis: np.concatenate(g, axis=ax))
    return cases


def tag(value):
    if isinstance(value, list):
        return [tag(v) for v in value]
    if isinstance(value, bool):
        return {"b": value}
    if isinstance(value, int):
        return {"i": str(value)}
    return {"f": repr(float(value))}


def creation():
    cases = []
    nested = [1.5, 3, True, [], [[]], [[], []], [1, 2.5], [1, True], [True, False],
              [[1, 2], [3, 4]], [[1, 2], [3]], [[1, 2], 3], [1, [2, 3]], [[1], [2, 3]],
              [[[1, 2]], [[3]]], [[1, 2], [[3], [4]]], [[[1], [2]], [[3], [4, 5]]],
              [[[0.1, -2.0], [3e-7, 4e10]]], [[1.0], [2.0], [3.0]], [[], [1]]]
    for n in nested:
        run(cases, "array", [tag(n)], lambda n=n: np.array(n))
    return cases


def random_index(shape):
    index = []
    axes = len(shape)
    used = 0
    ellipsis = False
    while used < axes or rng.random() < 0.15:
        r = rng.random()
        if r < 0.08:
            index.append(None)
            continue
        if r < 0.14 and not ellipsis:
            index.append(Ellipsis)
            ellipsis = True
            used = axes
            continue
        length = shape[used] if used < axes else 3
        if r < 0.5:
            i = int(rng.integers(-length - 1, length + 1)) if rng.random() < 0.1 else int(
                rng.integers(-length, length)) if length else 0
            index.append(i)
        else:
            def bound():
                return None if rng.random() < 0.35 else int(rng.integers(-length - 2, length + 3))
            step = None if rng.random() < 0.5 else int(rng.choice([-3, -2, -1, 1, 2, 3]))
            index.append(slice(bound(), bound(), step))
        used += 1
        if rng.random() < 0.25:
            break
    return tuple(index)


def indexing():
    cases = []
    x = np.arange(24.0).reshape(2, 3, 4)
    hand = [(5,), (-4,), (0, 0, 0, 0), (Ellipsis, Ellipsis), (slice(None, None, 0),),
            (slice(None), 3), (1, Ellipsis, None), (None, None), (Ellipsis,), (),
            (slice(None, None, -1),), (-1, slice(-2, None), slice(None, None, -2)),
            (0, 1, 2), (slice(5, 1),), (slice(None), None, 1), (Ellipsis, 0)]
    for index in hand:
        run(cases, "getitem", [enc(x), enc_index(index)], lambda i=index: x[i])
    run(cases, "getitem", [enc(np.array(2.0)), enc_index((0,))], lambda: np.array(2.0)[0])
    run(cases, "getitem", [enc(np.array(2.0)), enc_index((Ellipsis,))], lambda: np.array(2.0)[...])
    run(cases, "getitem", [enc(np.array(2.0)), enc_index((None,))], lambda: np.array(2.0)[None])
    for _ in range(300):
        shape = random_shape(int(rng.integers(1, 5)), 0 if rng.random() < 0.05 else 1, 5)
        a = values(shape, dtype_choice())
        index = random_index(shape)
        run(cases, "getitem", [enc(a), enc_index(index)], lambda a=a, i=index: a[i])
    return cases


def setitem_case(cases, a, index, v):
    def thunk():
        b = a.copy()
        b[index] = v
        return b
    run(cases, "setitem", [enc(a), enc_index(index), enc(v)], thunk)


def setitem():
    cases = []
    x = np.zeros((3, 2))
    hand = [((0, 0), np.zeros((1,))), ((0, 0), np.array(7.5)), ((0, Ellipsis), np.zeros(2)),
            ((0,), np.ones((1, 2))), ((0,), np.zeros((2, 2))), ((slice(None), None), np.zeros((2, 2))),
            ((slice(None),), np.ones((3, 1))), ((slice(None), 1), np.ones((3, 1))),
            ((slice(None), 1), np.array([1.0, 2.0, 3.0])), ((5,), np.array(1.0)),
            ((0, 0, 0), np.array(1.0)), ((slice(None, None, -1),), np.arange(6.0).reshape(3, 2)),
            ((slice(None), 0), np.array([1, 2, 3])), ((1,), np.array([True, False]))]
    for index, v in hand:
        setitem_case(cases, x, index, v)
    ints = np.zeros(3, dtype=np.int64)
    setitem_case(cases, ints, (slice(None),), np.array([1.7, -2.5, 3.0]))
    setitem_case(cases, np.zeros(3, dtype=bool), (slice(None),), np.array([0.5, 0.0, -1.0]))
    setitem_case(cases, np.zeros(3), (slice(None),), np.zeros((3, 1)))
    # The notes' writes: self.hs[:, t + 1] = h, xs[t] = x, dh[:, 0] = ...
    hs = np.zeros((32, 11))
    setitem_case(cases, hs, (slice(None), 4), values((32,), "float64"))
    setitem_case(cases, hs, (slice(None), 4), values((32, 1), "float64"))
    setitem_case(cases, hs, (slice(None), slice(4, 5)), values((32, 1), "float64"))
    for _ in range(220):
        shape = random_shape(int(rng.integers(1, 4)), 1, 5)
        a = values(shape, dtype_choice((0.8, 0.15, 0.05)))
        index = random_index(shape)
        with np.errstate(all="ignore"):
            try:
                target = a[index].shape
            except Exception:
                target = (2,)
        r = rng.random()
        if r < 0.5:
            vshape = target
        elif r < 0.85:
            vshape = broadcast_partner(target) if target else ()
        else:
            vshape = random_shape(int(rng.integers(1, 3)), 2, 4)
        v = values(vshape, dtype_choice((0.8, 0.15, 0.05)))
        setitem_case(cases, a, index, v)
    return cases


def printing():
    cases = []
    hand = [
        np.array(0.5), np.array(-0.0), np.array(1e16), np.array(1e15), np.array(1e-4),
        np.array(1e-5), np.array(np.nan), np.array(-np.inf), np.array(123456789.0),
        np.array(3), np.array(-7), np.array(True), np.array(False), np.array(0.1 + 0.2),
        np.array([1.0, 0.5]), np.array([1.0, 2.0]), np.array([0.1, 0.25, 1 / 3]),
        np.array([1e-5, 1.5]), np.array([1e-5, -1.5, np.nan, -np.inf]),
        np.array([1.5, np.nan, -np.inf]), np.array([np.nan, np.inf]), np.array([np.nan]),
        np.array([-np.inf]), np.array([1e16]), np.array([1e8]), np.array([99999999.0]),
        np.array([1.0, 1000.0]), np.array([1.0, 1000.1]), np.array([0.0001, 0.1]),
        np.array([0.00009999]), np.array([2.0 ** -9]), np.array([1e-300, 1e300]),
        np.array([-0.0, 0.0]), np.array([0.0, 0.0]), np.array([1.23456789012, -9.87654321098]),
        np.array([0.999999999, 1.000000001]), np.array([9.9999999999e-5, 1.0]),
        np.array([5e-324]), np.array([1e100, -1e-100]), np.array([123456.7891234]),
        np.zeros((0, 3)), np.zeros((0,)), np.zeros((2, 0)), np.zeros((0,), dtype=np.int64),
        np.zeros((3, 0, 2), dtype=bool), np.zeros((2, 3)), np.arange(12.0).reshape(2, 3, 2),
        np.arange(24).reshape(2, 3, 4), np.array([True, False]), np.array([[True], [False]]),
        np.array([-1, 20, 300]), np.arange(30.0) * 1.1, np.arange(100) - 50,
        np.linspace(-1, 1, 40).reshape(4, 10), np.tanh(np.linspace(-3, 3, 32)).reshape(32, 1),
        np.arange(1001.0), np.arange(2000).reshape(40, 50), np.ones((32, 32)) / 3,
        np.arange(1200.0).reshape(10, 12, 10), np.zeros((3, 1, 1)), np.arange(8.0).reshape(2, 2, 2, 1),
        np.array([[1e-10, 1.0], [2.0, 3.0]]), np.array([1e7, 1.0]),
    ]
    for a in hand:
        # 0-d arrays stand for NumPy scalars (np.sum(a) is np.float64), so print the scalar.
        shown = a[()] if a.ndim == 0 else a
        run(cases, "repr", [enc(a)], lambda a=shown: repr(a), text=True)
        run(cases, "str", [enc(a)], lambda a=shown: str(a), text=True)
    # Rows long enough to wrap, and summarized arrays (more than 1000 entries).
    for shape in [(40,), (3, 17), (2, 2, 25), (32, 32), (1001,), (10, 32, 4), (4, 300)]:
        for dt in ["float64", "int64", "bool"]:
            a = values(shape, dt, special=rng.random() < 0.2)
            run(cases, "repr", [enc(a)], lambda a=a: repr(a), text=True)
            run(cases, "str", [enc(a)], lambda a=a: str(a), text=True)
    # Rounding at the 8th digit: exact binary ties (m / 2^k), carries through nines,
    # values at powers of ten, in positional and scientific form.
    for _ in range(120):
        kind = int(rng.integers(0, 4))
        n = int(rng.integers(1, 4))
        if kind == 0:
            x = rng.integers(1, 2 ** 12, n) / 2.0 ** rng.integers(8, 14, n)
        elif kind == 1:
            x = 1 - 10.0 ** -rng.integers(8, 12, n) * rng.choice([1, 5, 9], n)
        elif kind == 2:
            x = 10.0 ** rng.integers(-6, 9, n) * (1 + rng.choice([-1, 1], n) * 1e-9)
        else:
            x = np.round(rng.standard_normal(n) * 10.0 ** rng.integers(-5, 8), 9) + 5e-9
        x = x * rng.choice([-1.0, 1.0], n)
        run(cases, "repr", [enc(x)], lambda a=x: repr(a), text=True)
    for _ in range(100):
        shape = random_shape(int(rng.integers(1, 4)), 1, 7)
        dt = dtype_choice((0.75, 0.15, 0.1))
        a = values(shape, dt, special=rng.random() < 0.15)
        if dt == "float64":
            a = a * 10.0 ** float(rng.integers(-6, 9))
            if rng.random() < 0.3:
                a = np.round(a, int(rng.integers(0, 4)))
        run(cases, "repr", [enc(a)], lambda a=a: repr(a), text=True)
        run(cases, "str", [enc(a)], lambda a=a: str(a), text=True)
    return cases


INPLACE = {"add": "__iadd__", "subtract": "__isub__", "multiply": "__imul__",
           "divide": "__itruediv__", "power": "__ipow__"}


def python_protocols():
    cases = []
    z = np.zeros
    hand = [(z((3, 1)), z((3, 3))), (z(3), z((2, 3))), (z(3), z((1, 3))), (z(3), z(4)),
            (z((2, 1)), z((6, 1))), (z(()), z(2)), (z((2, 3)), np.ones((2, 1))),
            (z((32, 1)), values((32, 1), "float64")), (z(3, dtype=np.int64), np.ones(3)),
            (z(3, dtype=np.int64), np.ones(3, dtype=np.int64)), (z(3, dtype=bool), np.array(True)),
            (z(3, dtype=bool), np.array([1.5])), (z(3, dtype=np.int64), np.array([True])),
            (z(3, dtype=np.int64), np.ones((2, 3))), (np.array([2, 3]), np.array([-1, 1])),
            (z(3, dtype=bool), np.ones(3, dtype=bool)), (np.ones(3), np.array([True, False, True]))]
    for a, b in hand:
        for name, method in INPLACE.items():
            if name == "power" and a.dtype == bool and b.dtype == bool:
                continue  # int8 in NumPy, which the subset does not have
            def thunk(a=a, b=b, method=method):
                x = a.copy()
                r = getattr(x, method)(b)
                if r is NotImplemented:
                    raise TypeError("NotImplemented")
                return x
            run(cases, "inplace", [name, enc(a), enc(b)], thunk)
    for _ in range(60):
        shape = random_shape(int(rng.integers(0, 4)))
        other = broadcast_partner(shape) if rng.random() < 0.7 else random_shape(
            int(rng.integers(0, 4)))
        a, b = values(shape, dtype_choice()), values(other, dtype_choice())
        name = str(rng.choice(["add", "subtract", "multiply", "divide"]))
        def thunk(a=a, b=b, method=INPLACE[name]):
            x = a.copy()
            getattr(x, method)(b)
            return x
        run(cases, "inplace", [name, enc(a), enc(b)], thunk)
    for a in [np.array([1.7, -2.5, -0.3, 0.0, np.nan, np.inf, 3e10]), np.array([3, 0, -2]),
              np.array([True, False])]:
        for dt in ["float64", "int64", "bool"]:
            run(cases, "astype", [enc(a), dt], lambda a=a, dt=dt: a.astype(dt))
    for a in [np.zeros(2), np.zeros(0), np.zeros((1, 1)), np.array(np.nan), np.array(0.0),
              np.array([-0.0]), np.array(3), np.array([True]), np.array(False), np.zeros((2, 2))]:
        run(cases, "bool", [enc(a)], lambda a=a: np.array(bool(a)))
        run(cases, "float", [enc(a)], lambda a=a: np.array(float(a)))
        run(cases, "item", [enc(a)], lambda a=a: np.array(a.item()))
        run(cases, "len", [enc(a)], lambda a=a: np.array(len(a)))
        run(cases, "iter", [enc(a)], lambda a=a: np.array(list(a)))
    return cases


def main():
    os.makedirs(OUT, exist_ok=True)
    groups = {"elementwise": elementwise, "linalg": linear_algebra, "reductions": reductions,
              "shape": shapes_and_stacking, "creation": creation, "indexing": indexing,
              "setitem": setitem, "printing": printing, "python": python_protocols}
    total = 0
    for name, make in groups.items():
        cases = make()
        total += len(cases)
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump({"numpy": np.__version__, "cases": cases}, f, separators=(",", ":"))
            f.write("\n")
        print(f"{name}: {len(cases)} cases", file=sys.stderr)
    print(f"total: {total} cases", file=sys.stderr)


if __name__ == "__main__":
    main()
