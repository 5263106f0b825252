"""LLM answer in, one clean code model out — by reading the syntax tree, never by running it.

Small models wrap their function in prose, example calls, prints and tests, forget
``import numpy as np``, or name arguments after the prompt's example instead of the columns. This
module keeps exactly the entry function, the helpers and constants it uses and the imports they
need, renames the entry to ``predict`` and maps its arguments onto the table's columns.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from .errors import CodeRejected

ENTRY = "predict"
MAX_BLOCK_CHARS = 50_000  # the same bound as iblearn.checks applies to a code model
_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n(.*?)(?:```|\Z)", re.S)
MATRIX_NAMES = {"x", "X", "data", "df", "rows", "features", "inputs", "arr", "array", "matrix"}


@dataclass
class Extracted:
    """The code model as iblearn will check and run it."""

    source: str
    columns: list[str]  # entry arguments bound to feature columns, in signature order
    matrix_arg: str | None = None  # set when the entry takes one 2-D array of all numeric columns
    params: dict[str, float] = field(default_factory=dict)  # numeric keyword defaults: fittable parameters
    declared: list[str] = field(default_factory=list)  # parameters the body used and iblearn declared


def code_blocks(text: str) -> list[str]:
    """Fenced blocks first (python-tagged ones before others), else the whole answer."""
    blocks = [(lang.lower(), body) for lang, body in _FENCE.findall(text)]
    ordered = [b for lang, b in blocks if lang in ("python", "py", "python3")] + [
        b for lang, b in blocks if lang not in ("python", "py", "python3")
    ]
    return ordered or [text]


def _parse_prefix(code: str) -> tuple[ast.Module, str] | None:
    """Parse ``code``; on a syntax error drop lines from the end (truncated answers) or leading prose."""
    lines = code.strip("\n").splitlines()
    for cut in range(len(lines), 0, -1):
        text = "\n".join(lines[:cut])
        try:
            return ast.parse(text), text
        except (SyntaxError, ValueError):
            continue
    for start in range(1, len(lines)):
        if lines[start].startswith(("def ", "import ", "from ")):
            text = "\n".join(lines[start:])
            try:
                return ast.parse(text), text
            except (SyntaxError, ValueError):
                continue
    return None


def _names_used(node: ast.AST) -> set[str]:
    """Names a statement reads or writes; a function's decorators don't count (they are dropped)."""
    if isinstance(node, ast.FunctionDef) and node.decorator_list:
        parts: list[ast.AST] = [node.args, *node.body] + ([node.returns] if node.returns else [])
        return set().union(*(_names_used(p) for p in parts))
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _bound_names(node: ast.AST) -> set[str]:
    """Every name used or bound under ``node`` (variables and arguments): what a new name must avoid."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | {a.arg for a in ast.walk(node) if isinstance(a, ast.arg)}


def _entry(tree: ast.Module) -> ast.FunctionDef | None:
    """The module's top-level entry function, if any."""
    return next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == ENTRY), None)


def _signature_end(entry: ast.FunctionDef, text: str, extra: dict[str, float]) -> tuple[int, int, int, int, str]:
    """An edit appending ``name=value`` keyword parameters to the entry's signature."""
    a = entry.args
    nodes = [x for x in a.posonlyargs + a.args + a.defaults + a.kwonlyargs + a.kw_defaults if x is not None]
    params = ", ".join(f"{k}={v!r}" for k, v in extra.items())
    if nodes:
        last = max(nodes, key=lambda x: (x.end_lineno or x.lineno, x.end_col_offset or 0))
        pos = (last.end_lineno or last.lineno, last.end_col_offset or 0)
        return (*pos, *pos, ", " + params)
    line = text.splitlines()[entry.lineno - 1].encode()  # no arguments at all: right after "("
    col = line.index(b"(", line.index(b"def") + 3) + 1
    return (entry.lineno, col, entry.lineno, col, params)


def _choose_entry(funcs: list[ast.FunctionDef], columns: Sequence[str]) -> ast.FunctionDef:
    by_name = {f.name: f for f in funcs}
    for name in (ENTRY, "predict_proba", "model", "score", "code_model", "predict_label", "f"):
        if name in by_name:
            return by_name[name]

    def overlap(f: ast.FunctionDef) -> int:
        return len({a.arg for a in f.args.args} & set(columns))

    called = set().union(*(_names_used(f) for f in funcs)) if funcs else set()
    roots = [f for f in funcs if f.name not in called] or funcs
    return max(roots, key=lambda f: (overlap(f), roots.index(f)))


def extract(answer: str, columns: Sequence[str], *, numeric_only: bool = True) -> Extracted:
    """Turn an LLM answer into a normalised code model, or raise :class:`CodeRejected` saying why."""
    errors = []
    for block in code_blocks(answer):
        if len(block) > MAX_BLOCK_CHARS:  # parsing prefixes of huge text is quadratic: refuse up front
            errors.append(f"the code is too long ({len(block):,} characters; the limit is {MAX_BLOCK_CHARS:,})")
            continue
        parsed = _parse_prefix(block)
        if parsed is None:
            errors.append("the code does not parse as Python")
            continue
        tree, text = parsed
        funcs = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
        if not funcs:
            errors.append("the answer has no function definition")
            continue
        return _normalise(tree, text, _choose_entry(funcs, columns), columns, numeric_only)
    reason = errors[0] if errors else "the answer is empty"
    raise CodeRejected(f"{reason}; answer with one Python code block that defines `def {ENTRY}(...)`")


def _normalise(tree: ast.Module, text: str, entry: ast.FunctionDef, columns: Sequence[str], numeric_only: bool) -> Extracted:
    defs: dict[str, ast.stmt] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            defs.setdefault(node.name, node)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name):
                    defs.setdefault(t.id, node)
    keep: list[ast.stmt] = []
    todo, seen = [entry.name], set()
    while todo:  # the entry plus whatever it uses, transitively
        name = todo.pop()
        if name in seen or name not in defs:
            continue
        seen.add(name)
        node = defs[name]
        if node not in keep:
            keep.append(node)
        todo.extend(_names_used(node))
    renames: dict[str, str] = {entry.name: ENTRY} if entry.name != ENTRY else {}
    cols, matrix_arg, params, arg_renames = _bind_arguments(entry, columns, numeric_only)
    declared = _declare_parameters(entry, tree, text)
    params.update(declared)
    edits: list[tuple[int, int, int, int, str]] = []
    for node in keep:
        names = {**renames, **arg_renames} if node is entry else renames
        for n in ast.walk(node):
            if isinstance(n, ast.Name) and n.id in names:
                edits.append((n.lineno, n.col_offset, n.end_lineno or n.lineno, n.end_col_offset or 0, names[n.id]))
            elif isinstance(n, ast.arg) and n.arg in names:
                end = n.col_offset + len(n.arg.encode())
                edits.append((n.lineno, n.col_offset, n.lineno, end, names[n.arg]))
    if declared:  # parameters the body uses but the signature forgot: append them with defaults
        edits.append(_signature_end(entry, text, declared))
    if entry.name != ENTRY:
        line = text.splitlines()[entry.lineno - 1].encode()
        col = line.index(b"def") + 3
        col += len(line[col:]) - len(line[col:].lstrip())
        edits.append((entry.lineno, col, entry.lineno, col + len(entry.name.encode()), ENTRY))
    body_text = _apply_edits(text, edits)
    lines = body_text.splitlines()
    order = sorted(keep, key=lambda n: n.lineno)
    segments = [_segment(lines, n) for n in order]
    used = set().union(*(_names_used(n) for n in keep))
    imports: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            aliases = [a for a in node.names if (a.asname or a.name.split(".")[0]) in used]
            if aliases:
                node.names = aliases
                imports.append(ast.unparse(node))
    bound = {a.asname or a.name.split(".")[0] for i in tree.body if isinstance(i, (ast.Import, ast.ImportFrom)) for a in i.names}
    for name, stmt in (("math", "import math"), ("numpy", "import numpy"), ("np", "import numpy as np")):
        if name in used and name not in bound:
            imports.insert(0, stmt)
    source = "\n".join(imports) + "\n\n\n" + "\n\n\n".join(segments) + "\n"
    source = source.lstrip("\n")
    ast.parse(source)  # the edits keep it valid; fail loudly here rather than in the sandbox
    return Extracted(source, cols, matrix_arg, params, list(declared))


def _segment(lines: list[str], node: ast.stmt) -> str:
    """The node's own source lines plus the comment lines right above it, dedented to column 0."""
    start = node.lineno - 1
    if isinstance(node, ast.FunctionDef) and node.decorator_list:
        start = node.decorator_list[0].lineno - 1
    while start > 0 and lines[start - 1].lstrip().startswith("#"):
        start -= 1
    chunk = lines[start:node.end_lineno]
    if isinstance(node, ast.FunctionDef) and node.decorator_list:
        chunk = [ln for ln in chunk if not ln.lstrip().startswith("@")]
    import textwrap

    return textwrap.dedent("\n".join(chunk)).rstrip()


def _line_starts(raw: bytes) -> list[int]:
    """Byte offset of each line's start, for ast positions (UTF-8 byte columns)."""
    starts = [0]
    for ln in raw.split(b"\n")[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    return starts


def _apply_edits(text: str, edits: list[tuple[int, int, int, int, str]]) -> str:
    """Replace (line, col, end_line, end_col) spans — ast positions, UTF-8 byte columns — right to left."""
    raw = text.encode()
    starts = _line_starts(raw)
    for line, col, end_line, end_col, new in sorted(edits, reverse=True):
        a, b = starts[line - 1] + col, starts[end_line - 1] + end_col
        raw = raw[:a] + new.encode() + raw[b:]
    return raw.decode()


PARAM_NAME = re.compile(r"^(w|t|k|c)\w*$|^(bias|intercept|scale|shift|offset)\w*$")


def _declare_parameters(entry: ast.FunctionDef, tree: ast.Module, text: str) -> dict[str, float]:
    """Names the body reads but nothing defines, shaped like parameters (w_*, t_*, bias, ...).

    Small models often use ``w_c`` without adding it to the signature (a NameError at run time);
    they become keyword parameters: weights start at 0 (a new term starts neutral), others at 1.
    """
    import builtins

    defined = {a.arg for a in ast.walk(entry.args) if isinstance(a, ast.arg)}
    defined |= {n.id for n in ast.walk(entry) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            defined |= {a.asname or a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.Assign):
            defined |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    defined |= set(dir(builtins)) | {"np", "math", "numpy"}
    out: dict[str, float] = {}
    for n in ast.walk(entry):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id not in defined and PARAM_NAME.match(n.id):
            out.setdefault(n.id, 0.0 if n.id.startswith("w") else 1.0)
    return out


_CENTRE_OPS = (ast.Sub, ast.Add)
_SCALE_OPS = (ast.Mult, ast.Div)


def starting_values(source: str, names: Iterable[str], inputs: Mapping[str, Any]) -> dict[str, float]:
    """Starts taken from the data for parameters the LLM used without giving them a value.

    A placeholder of 1.0 means nothing for a column in the thousands or in hundredths: a bump
    ``np.exp(-(x - t)**2)`` or a step ``x > t`` placed outside the data is flat there, its gradient
    is zero and fitting cannot move it. So a parameter subtracted from or compared with a column
    starts at that column's median (several on one column spread over its quantiles, so that two
    new terms written alike do not stay alike through fitting), and one multiplying a column starts
    at one over its spread (dividing: at its spread). Weights keep their neutral 0.
    """
    import numpy as np

    wanted = {n for n in names if not n.startswith("w")}
    if not wanted:
        return {}
    numeric = {k for k, v in inputs.items() if getattr(v, "dtype", None) is not None and v.dtype.kind in "fiu"}
    finite: dict[str, Any] = {}  # column -> its finite values, read once and only for columns in use

    def values(col: str) -> Any:
        if col not in finite:
            v = np.asarray(inputs[col], dtype=float)
            finite[col] = v[np.isfinite(v)]
        return finite[col]

    def pair(a: ast.AST, b: ast.AST) -> tuple[str, str] | None:
        for col, par in ((a, b), (b, a)):
            if isinstance(col, ast.Name) and isinstance(par, ast.Name) and col.id in numeric and par.id in wanted:
                return col.id, par.id
        return None

    centres: dict[str, list[str]] = {}  # column -> centre parameters on it, in order of appearance
    out: dict[str, float] = {}
    seen: set[str] = set()
    nodes = sorted((n for n in ast.walk(ast.parse(source)) if isinstance(n, (ast.BinOp, ast.Compare))),
                   key=lambda n: (n.lineno, n.col_offset))
    for node in nodes:
        if isinstance(node, ast.Compare):
            kind = "centre"
            found = pair(node.left, node.comparators[0]) if len(node.comparators) == 1 else None
        else:
            kind = "centre" if isinstance(node.op, _CENTRE_OPS) else "scale" if isinstance(node.op, _SCALE_OPS) else ""
            found = pair(node.left, node.right) if kind else None
        if not found or found[1] in seen:
            continue
        col, par = found
        seen.add(par)
        if not len(values(col)):
            continue
        if kind == "centre":
            centres.setdefault(col, []).append(par)
            continue
        sd = float(np.std(values(col)))
        if sd > 0:
            divides = isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and getattr(node.right, "id", "") == par
            out[par] = sd if divides else 1.0 / sd
    for col, pars in centres.items():
        qs = np.quantile(values(col), [(j + 1) / (len(pars) + 1) for j in range(len(pars))])
        out.update({p: float(q) for p, q in zip(pars, qs)})
    return out


def _bind_arguments(
    entry: ast.FunctionDef, columns: Sequence[str], numeric_only: bool
) -> tuple[list[str], str | None, dict[str, float], dict[str, str]]:
    """Map the entry's arguments onto columns; numeric defaults become fittable parameters.

    Returns (column arguments, matrix argument, parameters, renames of arguments to column names).
    """
    a = entry.args
    if a.vararg or a.kwarg:
        raise CodeRejected(f"`{ENTRY}` must name its arguments; *args/**kwargs are not allowed")
    args = a.posonlyargs + a.args
    n_plain = len(args) - len(a.defaults)
    plain, with_default = args[:n_plain], args[n_plain:]
    params: dict[str, float] = {}
    for arg, default in list(zip(with_default, a.defaults)) + list(zip(a.kwonlyargs, a.kw_defaults)):
        value = _number(default)
        if value is None and arg.arg in columns:
            plain.append(arg)  # a column given a non-numeric default (e.g. None) is still a column
            continue
        if value is None:
            raise CodeRejected(f"argument `{arg.arg}` has a default that is not a number; parameters must default to numbers")
        params[arg.arg] = value
    names = [p.arg for p in plain]
    unknown = [n for n in names if n not in columns]
    if unknown and len(names) == 1 and names[0] in MATRIX_NAMES | {"x"} and numeric_only and len(columns) > 1:
        return [], names[0], params, {}
    if unknown and len(unknown) == len(names) == len(columns):
        # Same count, different names (e.g. x1, x2 for a, b): bind by position and rename in the body.
        renames = dict(zip(names, columns))
        for p in [p for p in params if p in columns]:  # a parameter would clash with a renamed column
            renames[p] = f"{p}_param"
            params[f"{p}_param"] = params.pop(p)
        # A local variable named like a column would capture the renamed argument: rename it too.
        taken = _bound_names(entry)
        local = {n.id for n in ast.walk(entry) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        local |= {x.arg for x in ast.walk(entry) if isinstance(x, ast.arg)} - set(names) - set(params)
        for v in sorted(local & set(columns) - set(renames)):
            new, k = f"{v}_var", 2
            while new in taken or new in columns:
                new, k = f"{v}_var{k}", k + 1
            renames[v] = new
        return list(columns), None, params, renames
    if unknown:
        raise CodeRejected(
            f"arguments {unknown} of `{ENTRY}` are not columns of the data; the arguments must be column names "
            f"from: {', '.join(columns)}"
        )
    return names, None, params, {}


def _number(node: ast.expr | None) -> float | None:
    if node is None:
        return None
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def set_params(source: str, values: dict[str, float], digits: int = 4) -> str:
    """Write fitted parameter values back as the entry's keyword defaults, keeping comments and layout."""
    tree = ast.parse(source)
    edits = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == ENTRY:
            a = node.args
            args = a.posonlyargs + a.args
            pairs = list(zip(args[len(args) - len(a.defaults):], a.defaults)) + list(zip(a.kwonlyargs, a.kw_defaults))
            for arg, default in pairs:
                if arg.arg in values and default is not None:
                    edits.append((default.lineno, default.col_offset, default.end_lineno or default.lineno,
                                  default.end_col_offset or 0, repr(_round(values[arg.arg], digits))))
    return _apply_edits(source, edits)


def _round(v: float, digits: int) -> float:
    """Round to ``digits`` significant digits: readable, and precise enough for the model's score."""
    if v == 0 or not (abs(v) < float("inf")):
        return float(v)
    import math

    return round(float(v), max(0, digits - 1 - int(math.floor(math.log10(abs(v))))))


def lift_constants(source: str, skip: Sequence[float] = (0.0, 1.0)) -> tuple[str, dict[str, float]]:
    """Turn the entry's numeric literals into keyword parameters ``c1, c2, ...`` that can be fitted.

    Small models write good shapes with bad numbers and rarely follow a naming convention; lifting
    their literals lets the data set every number. Kept as literals: 0 and 1 (structure such as
    ``1 / (1 + np.exp(-s))``), exponents, indices, keyword arguments such as ``axis=1`` and integer
    positional arguments of calls (sizes, axes, digits: ``np.ones(3)``, ``x.reshape(-1, 2)``).
    """
    tree = ast.parse(source)
    entry = _entry(tree)
    if entry is None:
        return source, {}
    protected: set[int] = set()
    for n in ast.walk(entry):
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow):
            protected |= {id(x) for x in ast.walk(n.right)}
        elif isinstance(n, ast.Subscript):
            protected |= {id(x) for x in ast.walk(n.slice)}
        elif isinstance(n, ast.keyword):
            protected |= {id(x) for x in ast.walk(n.value)}
        elif isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("range", "round", "int"):
            protected |= {id(x) for x in ast.walk(n)}
        elif isinstance(n, ast.Call):  # integer positional arguments are sizes, axes or digits: np.ones(3)
            for arg in n.args:
                inner = arg.operand if isinstance(arg, ast.UnaryOp) else arg
                if isinstance(inner, ast.Constant) and type(inner.value) is int:
                    protected.add(id(inner))
        elif isinstance(n, ast.arguments):
            protected |= {id(x) for d in n.defaults + [k for k in n.kw_defaults if k] for x in ast.walk(d)}
    taken = _bound_names(tree)
    edits, params, k = [], {}, 0
    found = [n for body_stmt in entry.body for n in ast.walk(body_stmt)
             if isinstance(n, ast.Constant) and type(n.value) in (int, float) and id(n) not in protected
             and float(n.value) not in skip]
    for n in sorted(found, key=lambda n: (n.lineno, n.col_offset)):  # c1, c2, ... in reading order
        k += 1
        while f"c{k}" in taken:
            k += 1
        name = f"c{k}"
        params[name] = float(n.value)
        edits.append((n.lineno, n.col_offset, n.end_lineno or n.lineno, n.end_col_offset or 0, name))
    if not params:
        return source, {}
    edits.append(_signature_end(entry, source, params))
    return _apply_edits(source, edits), params


def rename_top_level(source: str, renames: dict[str, str]) -> str:
    """Rename top-level functions/constants and every reference to them, keeping comments and layout."""
    tree = ast.parse(source)
    lines = source.splitlines()
    edits = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and n.id in renames:
            edits.append((n.lineno, n.col_offset, n.end_lineno or n.lineno, n.end_col_offset or 0, renames[n.id]))
        elif isinstance(n, ast.FunctionDef) and n.name in renames:
            line = lines[n.lineno - 1].encode()
            col = line.index(b"def") + 3
            col += len(line[col:]) - len(line[col:].lstrip())
            edits.append((n.lineno, col, n.lineno, col + len(n.name.encode()), renames[n.name]))
    return _apply_edits(source, edits)


def _is_sigmoid(node: ast.expr) -> ast.expr | None:
    """``S`` when ``node`` is ``1 / (1 + np.exp(-S))`` (the form the prompts' outline ends with)."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and _number(node.left) == 1.0):
        return None
    den = node.right
    if not (isinstance(den, ast.BinOp) and isinstance(den.op, ast.Add) and _number(den.left) == 1.0):
        return None
    call = den.right
    if not (isinstance(call, ast.Call) and len(call.args) == 1 and not call.keywords
            and isinstance(call.func, ast.Attribute) and call.func.attr == "exp"
            and isinstance(call.func.value, ast.Name) and call.func.value.id in ("np", "numpy")):
        return None
    arg = call.args[0]
    if isinstance(arg, ast.UnaryOp) and isinstance(arg.op, ast.USub):
        return arg.operand
    return None


def _returns(entry: ast.FunctionDef) -> list[ast.Return]:
    """The entry's own ``return`` statements, not those of nested functions or lambdas."""
    returns: list[ast.Return] = []
    stack: list[ast.AST] = list(entry.body)
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Return):
            returns.append(n)
        if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(n))
    return returns


def _score_nodes(entry: ast.FunctionDef, task: str, link: str) -> list[ast.expr] | None:
    """The expressions that hold the entry's score: each ``return X`` for regression and score-returning
    (sigmoid-link) binary functions, ``S`` in each ``return 1 / (1 + np.exp(-S))`` for probability-returning
    binary ones. None when there is no such form (another task, a bare ``return``, another ending)."""
    returns = _returns(entry)
    if not returns or any(r.value is None for r in returns):
        return None
    nodes = []
    for r in returns:
        v = r.value
        assert v is not None
        if task == "regression" or (task == "binary" and link == "sigmoid"):
            nodes.append(v)
        elif task == "binary" and link == "identity" and (s := _is_sigmoid(v)) is not None:
            nodes.append(s)
        else:
            return None
    return nodes


def fold_calibration(source: str, task: str, link: str, calibration: Sequence[float]) -> tuple[str, dict[str, float]] | None:
    """Move a fitted output calibration ``(a, b)`` into the code as parameters ``cal_scale``/``cal_shift``.

    The calibration otherwise runs after the code, on the host, as one more pass over every row
    (a logarithm and an exponential per row for probabilities); inside the function it costs a
    multiply and an add, and the artifact shows every fitted number in one place. Regression and
    score-returning (sigmoid-link) functions wrap each ``return X`` as ``cal_scale * (X) + cal_shift``;
    probability-returning binary functions must end in ``1 / (1 + np.exp(-S))``, which becomes
    ``1 / (1 + np.exp(-(cal_scale * (S) + cal_shift)))``. Returns the new source and the added
    parameters, or None when the function has another form (the calibration then stays outside).
    """
    tree = ast.parse(source)
    entry = _entry(tree)
    nodes = None if entry is None else _score_nodes(entry, task, link)
    if entry is None or nodes is None:
        return None
    taken = _bound_names(tree)
    suffix = ""
    while f"cal_scale{suffix}" in taken or f"cal_shift{suffix}" in taken:
        suffix = str(int(suffix or 1) + 1)
    a_name, b_name = f"cal_scale{suffix}", f"cal_shift{suffix}"

    def seg(node: ast.expr) -> str:
        s = ast.get_source_segment(source, node) or ast.unparse(node)
        return s if isinstance(node, (ast.Name, ast.Constant, ast.Call, ast.Attribute, ast.Subscript)) else f"({s})"

    inside_sigmoid = task == "binary" and link == "identity"  # S sits under the minus of np.exp(-S): bracket the sum
    raw = source.encode()
    starts = _line_starts(raw)

    def bracketed(node: ast.expr) -> bool:  # already written as -(S): no second pair of brackets
        begin = starts[node.lineno - 1] + node.col_offset
        end = starts[(node.end_lineno or node.lineno) - 1] + (node.end_col_offset or 0)
        return raw[:begin].rstrip().endswith(b"(") and raw[end:].lstrip().startswith(b")")

    edits = []
    for node in nodes:
        new = f"{a_name} * {seg(node)} + {b_name}"
        edits.append((node.lineno, node.col_offset, node.end_lineno or node.lineno, node.end_col_offset or 0,
                      f"({new})" if inside_sigmoid and not bracketed(node) else new))
    added = {a_name: float(calibration[0]), b_name: float(calibration[1])}
    edits.append(_signature_end(entry, source, added))
    return _apply_edits(source, edits), added


def score_form(source: str) -> str | None:
    """The code with each ``return 1 / (1 + np.exp(-S))`` of the entry turned into
    ``return np.clip(S, -1e300, 1e300)``.

    What iblearn runs while it fits a calibrated binary model that ends in a sigmoid: the calibration
    ``(a, b)`` then acts on ``S`` itself, exactly as it does once :func:`fold_calibration` writes it
    into the code as ``1 / (1 + np.exp(-(a * S + b)))``. Recovering ``S`` from the probability instead
    clips it where the probability rounds to 0 or 1 (``|S|`` above about 14), and the artifact then
    predicts differently from the model that was fitted and scored. The bound keeps a score that
    overflows to infinity (where the sigmoid gives exactly 0 or 1, a valid answer) a finite number
    that the calibration maps to the same 0 or 1. None when an entry's return has another form.
    """
    tree = ast.parse(source)
    entry = _entry(tree)
    nodes = None if entry is None else _score_nodes(entry, "binary", "identity")
    if entry is None or nodes is None:
        return None
    edits = []
    for r, s in zip(_returns(entry), nodes):  # the same returns, in the same order
        assert isinstance(r.value, ast.BinOp) and isinstance(r.value.right, ast.BinOp)
        exp = r.value.right.right
        assert isinstance(exp, ast.Call) and isinstance(exp.func, ast.Attribute) and isinstance(exp.func.value, ast.Name)
        text = ast.get_source_segment(source, s) or ast.unparse(s)
        edits.append((r.value.lineno, r.value.col_offset, r.value.end_lineno or r.value.lineno,
                      r.value.end_col_offset or 0, f"{exp.func.value.id}.clip({text}, -1e300, 1e300)"))
    return _apply_edits(source, edits)


def clamp_inputs(source: str, ranges: Mapping[str, tuple[float, float]],
                 matrix_arg: str | None = None, order: Sequence[str] = ()) -> str:
    """The code with each column argument held to its training range, as plain lines at the top of the entry.

    A code model is only known where its training rows were: outside them a curved term (a square,
    an exponential) keeps growing and can outweigh everything else, so iblearn's artifacts clip every
    numeric input to [min, max] of the rows they were fitted on (declared and judged before it was
    built: bench/preregistered/2026-12-02-clamp-inputs.md). Inside the range nothing changes.
    ``ranges`` maps argument names to (low, high); with ``matrix_arg`` the entry takes one 2-D array
    whose columns are ``order``, clipped column-wise. Arguments without a range are left alone.
    """
    tree = ast.parse(source)
    entry = _entry(tree)
    if entry is None:
        return source
    np_name = next((a.asname or a.name for n in tree.body if isinstance(n, ast.Import)
                    for a in n.names if a.name == "numpy"), None)
    add_import = np_name is None
    np_name = np_name or "np"
    args = [a.arg for a in entry.args.posonlyargs + entry.args.args + entry.args.kwonlyargs]  # signature order
    lines = []
    if matrix_arg:
        if matrix_arg in args and order and all(c in ranges for c in order):
            lo = ", ".join(repr(float(ranges[c][0])) for c in order)
            hi = ", ".join(repr(float(ranges[c][1])) for c in order)
            lines.append(f"{matrix_arg} = {np_name}.clip({matrix_arg}, [{lo}], [{hi}])")
    else:
        lines = [f"{a} = {np_name}.clip({a}, {float(ranges[a][0])!r}, {float(ranges[a][1])!r})"
                 for a in args if a in ranges]
    if not lines:
        return source
    lines.insert(0, "# inputs held to the training rows' range: the fitted shape is only known there")
    body = entry.body
    doc = isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)
    first = body[1] if doc and len(body) > 1 else body[0]
    text_lines = source.splitlines()
    head = text_lines[first.lineno - 1].encode()[:first.col_offset].decode()
    start = first.col_offset
    if head.strip():  # the statement shares its line with the header (`def predict(a): return a`)
        indent = re.match(r"\s*", text_lines[entry.lineno - 1]).group(0) + "    "  # type: ignore[union-attr]
        new = "\n" + "".join(f"{indent}{ln}\n" for ln in lines) + indent
        start = len(head.rstrip().encode())
    else:
        new = "".join(f"{ln}\n{head}" for ln in lines)
    out = _apply_edits(source, [(first.lineno, start, first.lineno, first.col_offset, new)])
    return f"import numpy as np\n{out}" if add_import else out


@dataclass(frozen=True)
class Term:
    """One statement of the entry's body that adds to a running total: ``s = s + E``, ``s -= E``, ...

    ``params`` are the fitted parameters ``E`` reads. Such a statement can be removed without
    breaking the code: the total just no longer has that term (:func:`drop_terms`).
    """

    line: int  # first and last source line of the statement (1-based)
    end_line: int
    text: str
    params: frozenset[str]


def _added_part(stmt: ast.stmt) -> ast.expr | None:
    """What ``stmt`` adds to (or takes from) a name that it also reads first: ``E`` of ``s = s + E`` or ``s += E``.

    ``s = s + E1 - E2`` counts as one term (its leftmost operand is ``s``); None for any other statement.
    """
    if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name) and isinstance(stmt.op, (ast.Add, ast.Sub)):
        return stmt.value
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
        return None
    name, node = stmt.targets[0].id, stmt.value
    chain = []
    while isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        chain.append(node.right)
        node = node.left
    if not chain or not (isinstance(node, ast.Name) and node.id == name):
        return None
    return chain[0] if len(chain) == 1 else stmt.value


def additive_terms(source: str, params: Iterable[str]) -> list[Term]:
    """The entry's removable terms that read at least one of ``params``, in code order.

    Only statements directly in the entry's body, on lines of their own (nothing but a comment
    beside them), qualify: removing their lines removes exactly them.
    """
    tree = ast.parse(source)
    entry = _entry(tree)
    if entry is None:
        return []
    wanted, lines, terms = set(params), source.splitlines(), []
    body_lines = [(s.lineno, s.end_lineno or s.lineno) for s in entry.body]
    for stmt in entry.body:
        added = _added_part(stmt)
        if added is None:
            continue
        read = frozenset(n.id for n in ast.walk(added) if isinstance(n, ast.Name)) & wanted
        end = stmt.end_lineno or stmt.lineno
        first, last = lines[stmt.lineno - 1].encode(), lines[end - 1].encode()
        alone = (not first[:stmt.col_offset].strip() and (not last[stmt.end_col_offset:].strip()
                 or last[stmt.end_col_offset:].strip().startswith(b"#"))
                 and sum(1 for a, b in body_lines if a <= end and b >= stmt.lineno) == 1)
        if read and alone:
            terms.append(Term(stmt.lineno, end, "\n".join(ln.strip() for ln in lines[stmt.lineno - 1:end]), read))
    return terms


def drop_terms(source: str, terms: Sequence[Term]) -> tuple[str, set[str]]:
    """The code without ``terms`` (from :func:`additive_terms` on the same ``source``), and the
    parameters nothing reads any more, which are dropped from the entry's signature too."""
    gone = {ln for t in terms for ln in range(t.line, t.end_line + 1)}
    kept = "\n".join(ln for i, ln in enumerate(source.splitlines(), 1) if i not in gone)
    if source.endswith("\n"):
        kept += "\n"
    tree = ast.parse(kept)
    entry = _entry(tree)
    if entry is None:
        return kept, set()
    read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    candidates = {p for t in terms for p in t.params} - read
    a = entry.args
    args = a.posonlyargs + a.args
    pairs = list(zip(args[len(args) - len(a.defaults):], a.defaults)) + list(zip(a.kwonlyargs, a.kw_defaults))
    spans, dropped = [], set()
    raw = kept.encode()
    starts = _line_starts(raw)
    for arg, default in pairs:
        if arg.arg in candidates and default is not None:
            spans.append([starts[arg.lineno - 1] + arg.col_offset,
                          starts[(default.end_lineno or default.lineno) - 1] + (default.end_col_offset or 0)])
            dropped.add(arg.arg)
    merged: list[list[int]] = []
    for a0, b0 in sorted(spans):  # neighbours (only a comma between them) go as one span
        if merged and re.fullmatch(rb"\s*,\s*", raw[merged[-1][1]:a0]):
            merged[-1][1] = b0
        else:
            merged.append([a0, b0])
    for a0, b0 in reversed(merged):
        after = re.match(rb"\s*,[ \t]*", raw[b0:])  # the comma after the span goes with it, else the one before
        before = None if after else re.search(rb",\s*$", raw[:a0])
        if after:
            b0 += after.end()
        elif before:
            a0 = before.start()
        raw = raw[:a0] + raw[b0:]
    out = raw.decode()
    try:
        new_entry = _entry(ast.parse(out))
    except SyntaxError:  # a signature form the edit does not cover (a lone keyword-only argument): keep them all
        return kept, set()
    assert new_entry is not None
    lines = out.split("\n")  # no trailing blanks left in the signature's lines
    sig = slice(new_entry.lineno - 1, new_entry.body[0].lineno - 1)
    lines[sig] = [ln.rstrip() for ln in lines[sig]]
    return "\n".join(lines), dropped
