"""Static allow-list over the AST of a generated code model.

This is the first of two safety layers (the second is :mod:`iblearn.sandbox`, a separate, locked-down
process). It only *parses* the code with :func:`ast.parse` and walks the tree; nothing is ever
compiled to bytecode or executed here.

What a code model may contain
-----------------------------
* imports: ``import numpy``, ``import numpy as np``, ``import math``, ``import numpy.linalg``,
  ``from numpy import ...``, ``from math import ...``, ``from numpy.linalg import ...``
  (no ``*`` imports, no other module — not even other numpy submodules such as ``numpy.lib``,
  ``numpy.ctypeslib``, ``numpy.f2py``, ``numpy.testing``, ``numpy.distutils``);
* plain functions (``def``, ``lambda``, decorators made of allowed names), ``return``, assignments,
  ``if``/``for``/``while``, ``try``/``except``, ``raise``, ``assert``, comprehensions, f-strings;
* ``with np.errstate(...):`` — the one ``with`` form allowed, because numpy code uses it to silence
  floating-point warnings; every other ``with`` is rejected;
* calls and references only to names the code binds itself (its functions, variables, arguments,
  imports) or to the builtins in :data:`ALLOWED_BUILTINS` (an allow-list, not a deny-list).

What is rejected (with a reason that says which line and why)
-------------------------------------------------------------
* any identifier starting with ``__`` (dunders: ``__class__``, ``__import__``, ``__builtins__`` ...),
  any *attribute* starting with ``_`` (``sys._getframe``, private numpy internals), and string
  constants that look like dunder names (``"__class__"``);
* :data:`FORBIDDEN_NAMES` (``eval``, ``exec``, ``getattr``, ``open``, ``type``, ``object`` ...), as
  names *or* as attributes;
* :data:`FORBIDDEN_ATTRIBUTES`: numpy functions that reach files, pickles, processes or ctypes
  (``np.load``, ``np.save``, ``np.fromfile``, ``x.tofile``, ``x.dump``, ``np.memmap``,
  ``np.ctypeslib``, ``x.ctypes``, ``np.lib``, ``np.testing`` ...), numpy global-state setters
  (``set_printoptions``, ``setbufsize``, ``seterrcall``), module hops (``.os``, ``.sys``,
  ``.builtins``, ``.core`` ...) and ``str.format``/``format_map`` (they walk attributes by name);
* attributes with introspection prefixes (``gi_``, ``cr_``, ``ag_``, ``f_``, ``co_``, ``tb_``,
  ``func_``): generator frames, frame globals, code objects, traceback frames;
* assigning to or deleting attributes (``np.exp = ...`` would monkey-patch numpy);
* ``class``, ``global``, ``nonlocal``, ``yield``, ``async``/``await``, ``match``, ``except*``,
  relative and ``*`` imports, and every node type not in the allow-list (new syntax fails closed).

``np.char`` (vectorised string operations) and ``np.strings`` are allowed: they only transform
arrays. ``np.seterr`` is allowed (it only changes how floating-point errors are reported).
"""

from __future__ import annotations

import ast
import re

from .errors import CodeRejected

__all__ = [
    "ALLOWED_BUILTINS",
    "ALLOWED_MODULES",
    "FORBIDDEN_ATTRIBUTES",
    "FORBIDDEN_ATTRIBUTE_PREFIXES",
    "FORBIDDEN_NAMES",
    "MAX_SOURCE_CHARS",
    "check_source",
    "is_allowed",
]

MAX_SOURCE_CHARS = 50_000

#: Modules a code model may import (``import X`` / ``from X import ...``).
ALLOWED_MODULES = frozenset({"numpy", "math", "numpy.linalg"})

#: The only builtins a code model may use. The sandbox worker exposes exactly these (keep in sync
#: with ``_worker.ALLOWED_BUILTINS``; a test checks it).
ALLOWED_BUILTINS = frozenset(
    {
        "abs", "all", "any", "bool", "dict", "divmod", "enumerate", "filter", "float", "frozenset",
        "int", "isinstance", "len", "list", "map", "max", "min", "pow", "print", "range",
        "reversed", "round", "set", "slice", "sorted", "str", "sum", "tuple", "zip",
        # exceptions a code model may raise or catch
        "ArithmeticError", "AssertionError", "Exception", "FloatingPointError", "IndexError",
        "KeyError", "NotImplementedError", "OverflowError", "RuntimeError", "TypeError",
        "ValueError", "ZeroDivisionError",
    }
)  # fmt: skip

#: Names that may not appear at all (not as a name, an attribute, an argument or an alias).
FORBIDDEN_NAMES = frozenset(
    {
        "eval", "exec", "compile", "open", "getattr", "setattr", "delattr", "hasattr", "globals",
        "locals", "vars", "input", "breakpoint", "help", "exit", "quit", "memoryview", "dir",
        "type", "object", "super", "classmethod", "staticmethod", "property", "format", "id",
        "issubclass", "callable", "iter", "next", "aiter", "anext", "copyright", "credits",
        "license", "__import__", "__builtins__", "__loader__", "__spec__",
    }
)  # fmt: skip

#: Attribute names that are rejected on any object.
FORBIDDEN_ATTRIBUTES = frozenset(
    {
        # numpy: files, pickles, processes, ctypes
        "load", "loads", "save", "savez", "savez_compressed", "savetxt", "loadtxt", "genfromtxt",
        "recfromtxt", "recfromcsv", "fromfile", "fromregex", "tofile", "dump", "dumps", "memmap",
        "open_memmap", "ctypeslib", "ctypes", "DataSource", "lib", "f2py", "testing", "distutils",
        "show_config", "show_runtime", "get_include", "info", "source", "lookfor", "who",
        "byte_bounds",
        # numpy global state
        "set_printoptions", "setbufsize", "seterrcall", "set_string_function",
        # module hops
        "os", "sys", "subprocess", "builtins", "importlib", "pickle", "socket", "shutil",
        "pathlib", "io", "mmap", "signal", "resource", "gc", "inspect", "code", "marshal",
        "threading", "multiprocessing", "core", "compat", "ctypes", "tempfile", "warnings",
        "platform", "weakref", "operator", "functools",
        # attribute walks by name / class hierarchy
        "format", "format_map", "mro", "with_traceback",
    }
)  # fmt: skip

#: Attribute prefixes that reach frames, code objects and function internals.
FORBIDDEN_ATTRIBUTE_PREFIXES = ("_", "gi_", "cr_", "ag_", "f_", "co_", "tb_", "func_", "im_")

_DUNDER_STRING = re.compile(r"__[A-Za-z0-9_]*__")

# Node types that may appear anywhere (operators and contexts are matched by base class below).
_ALLOWED_NODES: tuple[type[ast.AST], ...] = (
    ast.Module, ast.FunctionDef, ast.Return, ast.Delete, ast.Assign, ast.AugAssign, ast.AnnAssign,
    ast.For, ast.While, ast.If, ast.With, ast.Raise, ast.Try, ast.Assert, ast.Import,
    ast.ImportFrom, ast.Expr, ast.Pass, ast.Break, ast.Continue,
    ast.BoolOp, ast.NamedExpr, ast.BinOp, ast.UnaryOp, ast.Lambda, ast.IfExp, ast.Dict, ast.Set,
    ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Compare, ast.Call,
    ast.FormattedValue, ast.JoinedStr, ast.Constant, ast.Attribute, ast.Subscript, ast.Starred,
    ast.Name, ast.List, ast.Tuple, ast.Slice,
    ast.comprehension, ast.ExceptHandler, ast.arguments, ast.arg, ast.keyword, ast.alias,
    ast.withitem,
    ast.expr_context, ast.operator, ast.cmpop, ast.boolop, ast.unaryop,
)  # fmt: skip

# Clear words for the node types people (and LLMs) actually write.
_BANNED_NODE_REASONS: dict[str, str] = {
    "ClassDef": "class definitions are not allowed; write plain functions",
    "AsyncFunctionDef": "async functions are not allowed",
    "AsyncFor": "async for is not allowed",
    "AsyncWith": "async with is not allowed",
    "Await": "await is not allowed",
    "Global": "global statements are not allowed; pass values as arguments",
    "Nonlocal": "nonlocal statements are not allowed",
    "Yield": "yield (generators) is not allowed; return an array",
    "YieldFrom": "yield from (generators) is not allowed; return an array",
    "Match": "match statements are not allowed; use if/elif",
    "TryStar": "except* is not allowed",
    "TypeAlias": "type alias statements are not allowed",
}


def _line(node: ast.AST | None) -> str:
    lineno = getattr(node, "lineno", None)
    return f"line {lineno}: " if lineno else ""


def _reject(node: ast.AST | None, reason: str) -> CodeRejected:
    return CodeRejected(_line(node) + reason)


def _check_identifier(node: ast.AST, name: str, what: str) -> None:
    if name.startswith("__"):
        raise _reject(node, f"{what} {name!r} is not allowed (names starting with '__' are reserved)")
    if name in FORBIDDEN_NAMES:
        raise _reject(node, f"{what} {name!r} is not allowed in a code model")


def _check_attribute_name(node: ast.AST, attr: str, what: str = "attribute") -> None:
    if attr.startswith("_"):
        raise _reject(node, f"{what} {attr!r} is not allowed (names starting with '_' are private)")
    if attr in FORBIDDEN_NAMES or attr in FORBIDDEN_ATTRIBUTES:
        raise _reject(node, f"{what} {attr!r} is not allowed in a code model (it can reach files, "
                            "processes, interpreter internals or global state)")
    if attr.startswith(FORBIDDEN_ATTRIBUTE_PREFIXES):
        raise _reject(node, f"{what} {attr!r} is not allowed (frame, code and generator internals)")


def _bound_names(tree: ast.AST) -> set[str]:
    """Every name the code binds somewhere (scope-insensitive: a superset is fine for an allow-list)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names.add(node.id)
        elif isinstance(node, ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.alias):
            names.add(node.asname or node.name.partition(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
    return names


def _is_errstate_call(expr: ast.AST) -> bool:
    if not isinstance(expr, ast.Call):
        return False
    func = expr.func
    return (isinstance(func, ast.Attribute) and func.attr == "errstate") or (
        isinstance(func, ast.Name) and func.id == "errstate"
    )


def _check_node(node: ast.AST, bound: set[str]) -> None:
    kind = type(node).__name__
    if kind in _BANNED_NODE_REASONS:
        raise _reject(node, _BANNED_NODE_REASONS[kind])
    if not isinstance(node, _ALLOWED_NODES):
        raise _reject(node, f"{kind} is not allowed in a code model")

    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name not in ALLOWED_MODULES:
                raise _reject(node, f"import of {alias.name!r} is not allowed; only numpy and math "
                                    "may be imported (and numpy.linalg)")
            if alias.asname:
                _check_identifier(node, alias.asname, "import alias")
    elif isinstance(node, ast.ImportFrom):
        module = node.module or ""
        if node.level:
            raise _reject(node, "relative imports are not allowed; only numpy and math may be imported")
        if module not in ALLOWED_MODULES:
            raise _reject(node, f"import from {module!r} is not allowed; only numpy and math may be "
                                "imported (and numpy.linalg)")
        for alias in node.names:
            if alias.name == "*":
                raise _reject(node, f"'from {module} import *' is not allowed; import the names you use")
            _check_attribute_name(node, alias.name, f"imported name from {module}:")
            if alias.asname:
                _check_identifier(node, alias.asname, "import alias")
    elif isinstance(node, ast.Name):
        _check_identifier(node, node.id, "name")
        if isinstance(node.ctx, ast.Load) and node.id not in bound and node.id not in ALLOWED_BUILTINS:
            raise _reject(node, f"name {node.id!r} is not defined, or is a builtin a code model may not "
                                "use (allowed builtins: " + ", ".join(sorted(ALLOWED_BUILTINS)) + ")")
    elif isinstance(node, ast.Attribute):
        _check_attribute_name(node, node.attr)
        if not isinstance(node.ctx, ast.Load):
            raise _reject(node, f"assigning to or deleting the attribute {node.attr!r} is not allowed "
                                "(it could change numpy for later calls)")
    elif isinstance(node, ast.FunctionDef):
        _check_identifier(node, node.name, "function name")
    elif isinstance(node, ast.arg):
        _check_identifier(node, node.arg, "argument")
    elif isinstance(node, ast.keyword):
        if node.arg is not None:
            _check_identifier(node, node.arg, "keyword argument")
    elif isinstance(node, ast.ExceptHandler):
        if node.name:
            _check_identifier(node, node.name, "exception name")
    elif isinstance(node, ast.With):
        for item in node.items:
            if not _is_errstate_call(item.context_expr) or item.optional_vars is not None:
                raise _reject(node, "with statements are not allowed, except 'with np.errstate(...):'")
    elif isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            m = _DUNDER_STRING.search(node.value)
            if m:
                raise _reject(node, f"strings that look like dunder names ({m.group(0)!r}) are not allowed")
        elif isinstance(node.value, bytes) and _DUNDER_STRING.search(node.value.decode("latin-1")):
            raise _reject(node, "bytes that look like dunder names are not allowed")


def check_source(source: str) -> None:
    """Raise :class:`CodeRejected` unless ``source`` passes the allow-list. Never executes anything."""
    if not isinstance(source, str):
        raise CodeRejected(f"the code must be a str, not {type(source).__name__}")
    if len(source) > MAX_SOURCE_CHARS:
        raise CodeRejected(f"the code is too long ({len(source):,} characters; the limit is "
                           f"{MAX_SOURCE_CHARS:,})")
    try:
        tree = ast.parse(source, filename="<code model>", mode="exec")
    except SyntaxError as exc:
        where = f"line {exc.lineno}: " if exc.lineno else ""
        raise CodeRejected(f"the code does not parse: {where}{exc.msg}") from None
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
        raise CodeRejected(f"the code does not parse: {exc or type(exc).__name__}") from None
    except Exception as exc:  # fail closed on anything unexpected from the parser
        raise CodeRejected(f"the code does not parse: {type(exc).__name__}: {exc}") from None
    try:
        bound = _bound_names(tree)
        problems: list[tuple[int, int, str]] = []
        for node in ast.walk(tree):  # iterative: deep trees cannot overflow the stack here
            try:
                _check_node(node, bound)
            except CodeRejected as exc:
                # nodes without a position (match_case, operators ...) sort after those with one
                problems.append((getattr(node, "lineno", None) or 1 << 30, getattr(node, "col_offset", 0) or 0,
                                 exc.reason))
    except (RecursionError, MemoryError):
        raise CodeRejected("the code is nested too deeply to check") from None
    except Exception as exc:  # fail closed: a checker bug must reject, never accept
        raise CodeRejected(f"the code could not be checked ({type(exc).__name__}: {exc})") from None
    if problems:
        problems.sort(key=lambda p: (p[0], p[1]))
        reason = problems[0][2]
        if len(problems) > 1:
            reason += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
        raise CodeRejected(reason)


def is_allowed(source: str) -> bool:
    """True when :func:`check_source` accepts ``source``."""
    try:
        check_source(source)
    except CodeRejected:
        return False
    return True
