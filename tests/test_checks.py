"""The static allow-list: what it accepts, what it rejects and how it explains itself."""

from __future__ import annotations

import importlib.util
import textwrap
from pathlib import Path

import pytest

from iblearn.checks import ALLOWED_BUILTINS, MAX_SOURCE_CHARS, check_source, is_allowed
from iblearn.errors import CodeRejected, IblearnError


def reason_for(source: str) -> str:
    with pytest.raises(CodeRejected) as info:
        check_source(textwrap.dedent(source))
    assert isinstance(info.value, IblearnError)
    return info.value.reason


GOOD = [
    # the typical shape of a generated model
    """
    import numpy as np

    def predict(sepal_length, petal_width, a=1.0, b=0.5):
        z = a * np.tanh(sepal_length - 5.0) + b * petal_width ** 2
        return 1.0 / (1.0 + np.exp(-z))
    """,
    # several helpers, math, linalg, comprehensions, lambdas, f-strings, try/except, while, assert
    """
    import math
    import numpy as np
    import numpy.linalg
    from numpy.linalg import norm, lstsq
    from math import pi, log as ln

    def _clip(v, lo=-5.0, hi=5.0):
        return np.minimum(np.maximum(v, lo), hi)

    def predict(x, y, *, w=1.0, **extra):
        sq = lambda t: t * t
        parts = [sq(x), np.abs(y), np.full_like(x, math.e)]
        total = sum(parts)
        n = 0
        while n < 3:
            n += 1
        try:
            k = ln(pi) / norm(np.ones(3))
        except (ValueError, ZeroDivisionError) as e:
            k = 0.0
        assert len(x) == len(y), f"lengths differ: {len(x)} != {len(y)}"
        d = {str(i): v for i, v in enumerate((1, 2))}
        s = {round(v) for v in d.values()}
        lin = np.linalg.solve(np.eye(2), np.ones(2))
        return _clip(total * w + k + lin.sum() + len(s)), np.zeros_like(x)
    """,
    # with np.errstate is the one allowed with-form; string ops through np.char are fine
    """
    import numpy as np

    def predict(color, size):
        with np.errstate(divide="ignore", invalid="ignore"):
            r = np.where(size != 0, 1.0 / size, 0.0)
        is_red = (np.char.lower(color) == "red").astype(float)
        return r + is_red
    """,
    # a matrix argument, slicing, subscript assignment on a local copy, np.random with a seed
    """
    import numpy as np

    def predict(X, scale=1.0):
        Z = X.copy()
        Z[:, 0] = Z[:, 0] * scale
        Z[Z < 0] = 0.0
        rng = np.random.default_rng(0)
        noise = rng.normal(size=Z.shape[0]) * 0.0
        return Z[:, :2].mean(axis=1) + noise
    """,
    # decorators from numpy, seterr, raise, isinstance, walrus
    """
    import numpy as np

    @np.vectorize
    def step(v):
        return 1.0 if v > 0 else 0.0

    def predict(x):
        np.seterr(all="ignore")
        if not isinstance(x, np.ndarray):
            raise ValueError("x must be an array")
        if (n := len(x)) == 0:
            return x
        return step(x) * n
    """,
    "",  # an empty module is valid code (the sandbox then reports the missing function)
]


@pytest.mark.parametrize("source", GOOD, ids=[f"good{i}" for i in range(len(GOOD))])
def test_valid_code_models_pass(source):
    check_source(textwrap.dedent(source))
    assert is_allowed(textwrap.dedent(source))


BAD = [
    # imports
    ("import os", "line 1: import of 'os' is not allowed; only numpy and math may be imported"),
    ("import numpy as np\nimport sys", "line 2: import of 'sys' is not allowed"),
    ("import subprocess", "import of 'subprocess'"),
    ("import numpy.ctypeslib", "import of 'numpy.ctypeslib'"),
    ("import numpy.testing", "import of 'numpy.testing'"),
    ("import numpy.f2py", "import of 'numpy.f2py'"),
    ("import numpy.lib.format", "import of 'numpy.lib.format'"),
    ("from numpy.lib import stride_tricks", "import from 'numpy.lib'"),
    ("from os import path", "import from 'os'"),
    ("from . import sibling", "relative imports are not allowed"),
    ("from math import *", "'from math import *' is not allowed"),
    ("from numpy import load", "'load' is not allowed"),
    ("from numpy import ctypeslib", "'ctypeslib' is not allowed"),
    ("from numpy import _core", "'_core' is not allowed"),
    ("import numpy as __np", "'__np' is not allowed"),
    ("import numpy as eval", "'eval' is not allowed"),
    # dunder names and private attributes
    ("x = ().__class__", "attribute '__class__' is not allowed"),
    ("def f(x):\n    return x.__class__.__mro__", "line 2: attribute '__mro__'"),
    ("import numpy as np\nnp._core", "attribute '_core' is not allowed"),
    ("__builtins__", "name '__builtins__' is not allowed"),
    ("__import__('os')", "name '__import__' is not allowed"),
    ("def f(__x):\n    return 1", "argument '__x' is not allowed"),
    ("def __f():\n    return 1", "function name '__f' is not allowed"),
    ("import numpy as np\nnp.sum([1], __x=1)", "keyword argument '__x' is not allowed"),
    ("s = '__class__'", "strings that look like dunder names ('__class__') are not allowed"),
    ("s = 'a' + '__globals__'", "dunder names ('__globals__')"),
    # forbidden builtins and unknown names
    ("eval('1')", "name 'eval' is not allowed"),
    ("exec('1')", "name 'exec' is not allowed"),
    ("compile('1', 'f', 'exec')", "name 'compile' is not allowed"),
    ("open('/etc/passwd')", "name 'open' is not allowed"),
    ("getattr(1, 'real')", "name 'getattr' is not allowed"),
    ("setattr(1, 'a', 2)", "name 'setattr' is not allowed"),
    ("globals()", "name 'globals' is not allowed"),
    ("vars()", "name 'vars' is not allowed"),
    ("type(1)", "name 'type' is not allowed"),
    ("object()", "name 'object' is not allowed"),
    ("breakpoint()", "name 'breakpoint' is not allowed"),
    ("memoryview(b'')", "name 'memoryview' is not allowed"),
    ("dir()", "name 'dir' is not allowed"),
    ("input()", "name 'input' is not allowed"),
    ("f = eval", "name 'eval' is not allowed"),
    ("chr(65)", "name 'chr' is not defined, or is a builtin a code model may not use"),
    ("def predict(x):\n    return helper(x)", "line 2: name 'helper' is not defined"),
    # numpy functions that reach files, pickles, processes or ctypes; global state; module hops
    ("import numpy as np\nnp.load('a.npy')", "attribute 'load' is not allowed"),
    ("import numpy as np\nnp.save('a', 1)", "attribute 'save' is not allowed"),
    ("import numpy as np\nnp.savez_compressed('a', 1)", "'savez_compressed' is not allowed"),
    ("import numpy as np\nnp.loadtxt('a')", "'loadtxt'"),
    ("import numpy as np\nnp.genfromtxt('a')", "'genfromtxt'"),
    ("import numpy as np\nnp.fromfile('a')", "'fromfile'"),
    ("import numpy as np\nnp.zeros(2).tofile('a')", "'tofile'"),
    ("import numpy as np\nnp.zeros(2).dump('a')", "'dump'"),
    ("import numpy as np\nnp.zeros(2).dumps()", "'dumps'"),
    ("import numpy as np\nnp.memmap('a')", "'memmap'"),
    ("import numpy as np\nnp.zeros(2).ctypes.data", "'ctypes'"),
    ("import numpy as np\nnp.ctypeslib", "'ctypeslib'"),
    ("import numpy as np\nnp.DataSource()", "'DataSource'"),
    ("import numpy as np\nnp.lib.stride_tricks", "'lib'"),
    ("import numpy as np\nnp.testing.assert_equal(1, 1)", "'testing'"),
    ("import numpy as np\nnp.f2py", "'f2py'"),
    ("import numpy as np\nnp.show_config()", "'show_config'"),
    ("import numpy as np\nnp.set_printoptions(precision=2)", "'set_printoptions'"),
    ("import numpy as np\nnp.setbufsize(10)", "'setbufsize'"),
    ("import numpy as np\nnp.core.multiarray", "'core'"),
    ("import numpy as np\nnp.os.system('id')", "attribute 'os' is not allowed"),
    ("import math\nmath.sys", "attribute 'sys' is not allowed"),
    ("import numpy as np\nnp.compat", "'compat'"),
    ("'{0.real}'.format(1)", "attribute 'format' is not allowed"),
    ("'{x}'.format_map({})", "'format_map'"),
    # frames, generators, code objects
    ("g = (i for i in [1])\ng.gi_frame", "attribute 'gi_frame' is not allowed (frame, code and generator"),
    ("def f():\n    return 1\nf.func_globals", "'func_globals'"),
    ("e = ValueError()\ne.with_traceback(None)", "'with_traceback'"),
    ("def f(e):\n    return e.tb_frame.f_globals", "'f_globals'"),
    ("def f(c):\n    return c.co_code", "'co_code'"),
    # statements
    ("class A:\n    pass", "line 1: class definitions are not allowed"),
    ("def f():\n    yield 1", "line 2: yield (generators) is not allowed"),
    ("def f():\n    yield from [1]", "yield from"),
    ("x = 1\ndef f():\n    global x\n    x = 2", "line 3: global statements are not allowed"),
    ("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2", "nonlocal"),
    ("async def f():\n    pass", "async functions are not allowed"),
    ("with open('f') as fh:\n    pass", "with statements are not allowed, except 'with np.errstate(...):'"),
    ("import numpy as np\nwith np.errstate(all='ignore') as e:\n    pass", "with statements are not allowed"),
    ("match 1:\n    case 1:\n        pass", "match statements are not allowed"),
    ("import numpy as np\nnp.exp = abs", "line 2: assigning to or deleting the attribute 'exp' is not allowed"),
    ("import numpy as np\nnp.pi += 1", "assigning to or deleting the attribute 'pi'"),
    ("import numpy as np\ndel np.exp", "assigning to or deleting the attribute 'exp'"),
    ("@property\ndef f():\n    return 1", "name 'property' is not allowed"),
]


@pytest.mark.parametrize("source,expected", BAD, ids=[f"bad{i}" for i in range(len(BAD))])
def test_forbidden_code_is_rejected_with_a_clear_reason(source, expected):
    reason = reason_for(source)
    assert expected in reason, reason
    assert not is_allowed(source)


def test_syntax_errors_are_reported_with_their_line():
    assert reason_for("def f(:\n    pass").startswith("the code does not parse: line 1")
    assert reason_for("x = 1\ny = (").startswith("the code does not parse: line 2")


@pytest.mark.parametrize("source", [
    "x = 1\0",
    "(" * 500 + ")" * 500,
    "-" * 45_000 + "x",
    "[" * 200 + "]" * 200,
    "x = " + "+".join(["1"] * 20_000),
    "\ufeffx = 1\n\udcff",
])
def test_pathological_input_is_rejected_or_accepted_but_never_crashes(source):
    try:
        check_source(source)
    except CodeRejected as exc:
        assert exc.reason


def test_size_limit_and_type():
    assert "too long" in reason_for("#" * (MAX_SOURCE_CHARS + 1))
    with pytest.raises(CodeRejected, match="must be a str"):
        check_source(b"x = 1")  # type: ignore[arg-type]
    with pytest.raises(CodeRejected):
        check_source(None)  # type: ignore[arg-type]


def test_the_first_problem_by_line_is_reported_with_a_count():
    reason = reason_for("import numpy as np\nx = eval('1')\nimport os\n")
    assert reason.startswith("line 2: name 'eval' is not allowed")
    assert "(and 1 more problem)" in reason


def test_checking_never_executes_anything(tmp_path, capsys):
    target = tmp_path / "created.txt"
    payloads = [
        f"open({str(target)!r}, 'w').write('x')",
        f"import os\nos.system('touch {target}')",
        f"print('hello')\nx = [open({str(target)!r}, 'w') for _ in range(1)]",
    ]
    for src in payloads:
        assert not is_allowed(src)
    check_source("print('side effect?')\ndef predict(x):\n    return x\n")  # valid, but only parsed
    assert not target.exists()
    assert capsys.readouterr().out == ""


def test_allowed_builtins_match_the_workers_restricted_builtins():
    path = Path(__file__).resolve().parents[1] / "src" / "iblearn" / "_worker.py"
    spec = importlib.util.spec_from_file_location("iblearn_worker_for_test", path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)  # defines things only; main() runs under __main__
    assert set(mod.ALLOWED_BUILTINS) == set(ALLOWED_BUILTINS)
    import builtins

    assert all(hasattr(builtins, name) for name in ALLOWED_BUILTINS)
    assert set(mod._IMPORTABLE) == {"numpy", "math", "numpy.linalg"}
