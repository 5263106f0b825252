"""Fuzzing the static allow-list with hypothesis.

Properties:

1. ``check_source`` never raises anything but ``CodeRejected``, whatever it is fed;
2. it never executes anything: ``exec``/``eval`` are never called, ``compile`` is only ever asked
   for an AST, and payloads that would create a file or print leave no trace;
3. whatever it accepts passes an independent, separately written re-walk of the allow-list;
4. inserting a forbidden statement into a valid code model always gets it rejected.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import io
import os
import random
import re
import tempfile
import tokenize

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iblearn.checks import check_source, is_allowed
from iblearn.errors import CodeRejected

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --------------------------------------------------------------------------- the independent walker
# Written from the specification, not from iblearn.checks: its own lists, its own traversal.

_OK_NODES = {
    "Module", "FunctionDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign", "For", "While",
    "If", "With", "Raise", "Try", "Assert", "Import", "ImportFrom", "Expr", "Pass", "Break",
    "Continue", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set",
    "ListComp", "SetComp", "DictComp", "GeneratorExp", "Compare", "Call", "FormattedValue",
    "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
    "comprehension", "ExceptHandler", "arguments", "arg", "keyword", "alias", "withitem",
}  # fmt: skip
_SPEC_BUILTINS = set(
    "abs all any bool dict enumerate float int isinstance len list max min range round set sorted str "
    "sum tuple zip map filter reversed pow divmod print ValueError Exception ZeroDivisionError".split()
)
_EXTRA_BUILTINS = set(  # harmless additions iblearn.checks makes to the brief's list
    "frozenset slice ArithmeticError AssertionError FloatingPointError IndexError KeyError "
    "NotImplementedError OverflowError RuntimeError TypeError".split()
)
_NEVER = set(
    "eval exec compile open getattr setattr delattr globals locals vars input breakpoint help exit "
    "quit memoryview dir type object super classmethod staticmethod property".split()
)
_NEVER_ATTRS = set(
    "load save savez savez_compressed loadtxt savetxt genfromtxt fromfile tofile memmap ctypeslib "
    "DataSource lib f2py testing distutils show_config set_printoptions setbufsize os sys subprocess "
    "builtins ctypes importlib pickle socket shutil pathlib io mmap signal resource gc inspect code "
    "marshal threading multiprocessing core compat dump dumps format gi_frame f_globals f_back "
    "f_builtins f_locals gi_code cr_frame tb_frame co_code func_globals".split()
)


def independent_verify(source: str) -> None:
    tree = ast.parse(source)
    bound: set[str] = set()
    stack = [tree]
    nodes = []
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(ast.iter_child_nodes(node))
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        if isinstance(node, (ast.FunctionDef,)):
            bound.add(node.name)
        if isinstance(node, ast.arg):
            bound.add(node.arg)
        if isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
        if isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    for node in nodes:
        name = type(node).__name__
        if isinstance(node, (ast.expr_context, ast.operator, ast.cmpop, ast.boolop, ast.unaryop)):
            continue
        assert name in _OK_NODES, f"accepted a {name}"
        if isinstance(node, ast.Name):
            assert not node.id.startswith("__") and node.id not in _NEVER, node.id
            if isinstance(node.ctx, ast.Load):
                assert node.id in bound or node.id in _SPEC_BUILTINS | _EXTRA_BUILTINS, node.id
        if isinstance(node, ast.Attribute):
            assert not node.attr.startswith("_"), node.attr
            assert node.attr not in _NEVER_ATTRS and node.attr not in _NEVER, node.attr
            assert isinstance(node.ctx, ast.Load), "attribute assignment accepted"
        if isinstance(node, ast.Import):
            assert all(a.name in ("numpy", "math", "numpy.linalg") for a in node.names)
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0 and node.module in ("numpy", "math", "numpy.linalg")
            assert all(a.name != "*" and not a.name.startswith("_") and a.name not in _NEVER_ATTRS for a in node.names)
        if isinstance(node, (ast.arg, ast.FunctionDef)):
            ident = node.arg if isinstance(node, ast.arg) else node.name
            assert not ident.startswith("__") and ident not in _NEVER
        if isinstance(node, ast.keyword) and node.arg:
            assert not node.arg.startswith("__")
        if isinstance(node, ast.With):
            for item in node.items:
                f = item.context_expr.func if isinstance(item.context_expr, ast.Call) else None
                assert item.optional_vars is None
                assert (isinstance(f, ast.Attribute) and f.attr == "errstate") or (
                    isinstance(f, ast.Name) and f.id == "errstate")
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not re.search(r"__\w+__", node.value)


@contextlib.contextmanager
def nothing_is_executed():
    """exec/eval must never run; compile may only produce an AST (that is how ast.parse works)."""
    real = builtins.exec, builtins.eval, builtins.compile

    def no_exec(*a, **k):
        raise AssertionError("the checker executed code")

    def ast_only_compile(source, filename, mode, flags=0, *a, **k):
        if not flags & ast.PyCF_ONLY_AST:
            raise AssertionError("compile() asked for bytecode, not an AST")
        return real[2](source, filename, mode, flags, *a, **k)

    builtins.exec, builtins.eval, builtins.compile = no_exec, no_exec, ast_only_compile
    try:
        yield
    finally:
        builtins.exec, builtins.eval, builtins.compile = real


def check_outcome(source: str) -> bool:
    """Run check_source; only CodeRejected may come out. True when accepted (then re-verified)."""
    try:
        with nothing_is_executed():
            check_source(source)
    except CodeRejected as exc:
        assert isinstance(exc.reason, str) and exc.reason
        return False
    independent_verify(source)
    return True


# --------------------------------------------------------------------------- material

VALID_MODELS = [
    "import numpy as np\n\ndef predict(x, y, a=1.0):\n    z = a * np.tanh(x) + y ** 2\n    return 1.0 / (1.0 + np.exp(-z))\n",
    "import math\nimport numpy as np\n\ndef helper(v):\n    return np.clip(v, -1, 1)\n\ndef predict(x):\n"
    "    out = np.zeros_like(x)\n    for i in range(3):\n        out += helper(x) * math.pi\n    return out, x\n",
    "import numpy as np\n\ndef predict(color, size):\n    with np.errstate(divide='ignore'):\n"
    "        r = np.where(size > 0, 1 / size, 0.0)\n    return r + (np.char.lower(color) == 'red')\n",
]

FORBIDDEN_SNIPPETS = [
    "import os", "import sys", "import subprocess", "from os import system", "import numpy.lib",
    "__import__('os')", "eval('1')", "exec('x=1')", "compile('1', 'a', 'eval')", "open('/etc/passwd')",
    "getattr(x, 'real')", "x.__class__", "().__class__.__base__.__subclasses__()", "globals()",
    "vars()", "type(x)", "np.load('a')", "np.save('a', x)", "x.tofile('a')", "np.ctypeslib",
    "np.lib.format", "np.testing", "x.ctypes", "np.exp = abs", "del np.exp", "global x",
    "s = '__globals__'", "(i for i in x).gi_frame", "np.core", "np.set_printoptions()",
    "'{0.real}'.format(x)", "breakpoint()", "super()", "object()", "dir()", "input()",
    "class A: pass", "yield 1", "with open('f') as f: pass", "np.os", "math.sys", "x._private",
    "memoryview(x)", "__builtins__", "setattr(np, 'exp', abs)", "np.fromfile('a')", "np.memmap('a')",
]

SIDE_EFFECT_PAYLOADS = [
    "open({path!r}, 'w').write('x')",
    "import os\nos.system('touch {path}')",
    "__import__('os').system('touch {path}')",
    "import pathlib\npathlib.Path({path!r}).touch()",
    "print('SIDE-EFFECT')\nx = [open({path!r}, 'w') for _ in range(1)]",
    "def predict(x):\n    return x\nprint('SIDE-EFFECT')",
]

ATOMS = ["x", "y", "np", "math", "1", "2.5", "'a'", "None", "True", "helper", "eval", "open", "__import__",
         "__builtins__", "getattr", "len", "abs", "print", "range", "sum", "'__class__'", "type", "exec"]
ATTRS = ["exp", "sum", "mean", "tanh", "linalg", "char", "lower", "shape", "T", "load", "save", "os",
         "__class__", "_private", "gi_frame", "f_globals", "ctypes", "tofile", "random", "format", "lib"]


@st.composite
def expressions(draw, depth=0):
    kind = draw(st.integers(0, 6 if depth < 3 else 0))
    if kind == 0:
        return draw(st.sampled_from(ATOMS))
    if kind == 1:
        return f"{draw(expressions(depth + 1))}.{draw(st.sampled_from(ATTRS))}"
    if kind == 2:
        args = draw(st.lists(expressions(depth + 1), max_size=3))
        return f"{draw(expressions(depth + 1))}({', '.join(args)})"
    if kind == 3:
        op = draw(st.sampled_from(["+", "-", "*", "/", "**", "@", "<", "==", "and", "or", "if x else"]))
        return f"({draw(expressions(depth + 1))} {op} {draw(expressions(depth + 1))})"
    if kind == 4:
        return f"{draw(expressions(depth + 1))}[{draw(expressions(depth + 1))}]"
    if kind == 5:
        return f"[{draw(expressions(depth + 1))} for x in {draw(expressions(depth + 1))}]"
    return f"(lambda x: {draw(expressions(depth + 1))})"


@st.composite
def statements(draw, indent=""):
    e = draw(expressions())
    kind = draw(st.integers(0, 12))
    target = draw(st.sampled_from(["x", "y", "z", "np.exp", "x[0]", "__x", "eval"]))
    simple = {
        0: f"{target} = {e}",
        1: f"return {e}",
        2: e,
        3: f"import {draw(st.sampled_from(['numpy', 'math', 'numpy.linalg', 'os', 'numpy.lib', 'sys']))}",
        4: f"from {draw(st.sampled_from(['numpy', 'math', 'os', 'numpy.linalg']))} import "
           f"{draw(st.sampled_from(['exp', 'sqrt', 'load', '*', 'norm', '_x', 'lib']))}",
        5: f"{target} += {e}",
        6: "pass",
        7: f"global {target.split('.')[0].split('[')[0]}",
        8: f"assert {e}",
    }
    if kind in simple:
        return [indent + simple[kind]]
    body = draw(statements(indent + "    "))
    header = {
        9: f"if {e}:",
        10: f"for x in {e}:",
        11: f"def helper(x, y=1.0):",
        12: draw(st.sampled_from([f"while {e}:", "with np.errstate(all='ignore'):", f"with {e}:",
                                   "class K:", "try:"])),
    }[kind]
    lines = [indent + header] + body
    if header == "try:":
        lines += [indent + "except Exception as err:", indent + "    pass"]
    return lines


@st.composite
def programs(draw):
    lines = ["import numpy as np", "import math", "", "def helper(v):", "    return v", ""]
    for _ in range(draw(st.integers(1, 6))):
        lines += draw(statements())
    lines += ["", "def predict(x, y=1.0):"]
    for _ in range(draw(st.integers(1, 4))):
        lines += draw(statements("    "))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- properties


@SETTINGS
@given(st.text(max_size=400))
def test_random_text_never_crashes_the_checker(source):
    check_outcome(source)


@SETTINGS
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126) | st.sampled_from("\n\t"), max_size=600))
def test_random_printable_code_like_text(source):
    check_outcome(source)


@SETTINGS
@given(programs())
def test_generated_programs_accepted_only_if_they_pass_the_independent_walk(source):
    check_outcome(source)


@SETTINGS
@given(st.sampled_from(VALID_MODELS), st.sampled_from(FORBIDDEN_SNIPPETS), st.data())
def test_inserting_a_forbidden_statement_is_always_rejected(model, snippet, data):
    lines = model.splitlines()
    body_lines = [i for i, line in enumerate(lines) if line.startswith("    ") and line.strip()]
    at = data.draw(st.sampled_from(body_lines))
    indent = re.match(r"\s*", lines[at]).group(0)
    mutated = lines[:at] + [indent + s for s in snippet.splitlines()] + lines[at:]
    source = "\n".join(mutated) + "\n"
    assert not check_outcome(source), f"accepted:\n{source}"


@SETTINGS
@given(st.sampled_from(VALID_MODELS), st.randoms(use_true_random=False))
def test_token_shuffles_never_crash_and_never_slip_through(model, rnd: random.Random):
    assert check_outcome(model)
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(model).readline)]
    values = [t.string for t in tokens if t.type in (tokenize.NAME, tokenize.OP, tokenize.NUMBER, tokenize.STRING)]
    i = rnd.randrange(len(values))
    j = min(len(values), i + rnd.randint(2, 8))
    window = values[i:j]
    rnd.shuffle(window)
    values[i:j] = window
    if rnd.random() < 0.5:  # also splice in a random token from the forbidden pool
        values.insert(rnd.randrange(len(values)), rnd.choice(["eval", "__class__", "open", ".", "os", "import"]))
    check_outcome(" ".join(values))
    # and line-preserving variants
    lines = model.splitlines()
    rnd.shuffle(lines)
    check_outcome("\n".join(lines))


@SETTINGS
@given(st.sampled_from(SIDE_EFFECT_PAYLOADS), st.sampled_from(VALID_MODELS), st.booleans())
def test_payloads_have_no_side_effects(payload, model, prepend):
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, "created.txt")
        code = payload.format(path=target)
        source = code + "\n" + model if prepend else model + "\n" + code + "\n"
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            check_outcome(source)
        assert not os.path.exists(target)
        assert os.listdir(tmp) == []
        assert "SIDE-EFFECT" not in out.getvalue()


def test_the_spec_walker_agrees_on_the_valid_models():
    for model in VALID_MODELS:
        assert is_allowed(model)
        independent_verify(model)
