"""Average several code models into one plain function (what bagging ships as its artifact).

Each member keeps its own code; its top-level names get a ``_m<i>`` suffix so members cannot
clash, and a new ``predict`` calls every member, applies its output link and averages.
"""

from __future__ import annotations

import ast
from typing import Sequence

from ..codegen import ENTRY, _apply_edits


def _suffix_names(source: str, suffix: str) -> tuple[list[str], str]:
    """(import lines, body with every top-level def/constant renamed ``name + suffix``)."""
    tree = ast.parse(source)
    top = set()
    imports = []
    body_nodes = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imports.append(ast.unparse(node))
        else:
            body_nodes.append(node)
            if isinstance(node, ast.FunctionDef):
                top.add(node.name)
            elif isinstance(node, ast.Assign):
                top |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    edits = []
    text_lines = source.splitlines()
    for node in body_nodes:
        for n in ast.walk(node):
            if isinstance(n, ast.Name) and n.id in top:
                edits.append((n.lineno, n.col_offset, n.end_lineno or n.lineno, n.end_col_offset or 0, n.id + suffix))
            elif isinstance(n, ast.FunctionDef) and n.name in top:
                line = text_lines[n.lineno - 1].encode()
                col = line.index(b"def") + 4
                edits.append((n.lineno, col, n.lineno, col + len(n.name.encode()), n.name + suffix))
    renamed = _apply_edits(source, edits)
    lines = renamed.splitlines()
    first = min(n.lineno for n in body_nodes) - 1
    while first > 0 and lines[first - 1].lstrip().startswith("#"):
        first -= 1
    return imports, "\n".join(lines[first:]).strip()


def combine(members: Sequence[dict], task: str, idents: Sequence[str], classes: Sequence[object]) -> str:
    """Source of one ``predict(<all columns>)`` averaging ``members``.

    Each member is a dict with ``code``, ``columns``, ``matrix_arg`` and ``link``.
    """
    imports: list[str] = ["import numpy as np"]
    parts: list[str] = []
    calls: list[str] = []
    for i, m in enumerate(members, 1):
        imp, body = _suffix_names(m["code"], f"_m{i}")
        imports += [x for x in imp if x not in imports]
        parts.append(f"# member {i}\n{body}")
        if m.get("matrix_arg"):
            args = "np.column_stack([" + ", ".join(idents) + "]).astype(float)"
        else:
            args = ", ".join(f"{c}={c}" for c in m["columns"])
        raw = f"np.asarray({ENTRY}_m{i}({args}), dtype=float)"
        calls.append(_linked(raw, m["link"], task, m.get("calibration")))
    lines = [f"def {ENTRY}({', '.join(idents)}):",
             f"    # average of {len(members)} code models, each turned into probabilities first" if task != "regression"
             else f"    # average of {len(members)} code models"]
    for i, c in enumerate(calls, 1):
        lines.append(f"    p{i} = {c}")
    lines.append("    return (" + " + ".join(f"p{i}" for i in range(1, len(calls) + 1)) + f") / {len(calls)}")
    helpers = MULTICLASS_HELPERS if task == "multiclass" else (LOGIT_HELPER if any("logit(" in c for c in calls) else "")
    return "\n".join(imports) + "\n\n\n" + "\n\n\n".join(parts) + helpers + "\n\n\n" + "\n".join(lines) + "\n"


def _linked(raw: str, link: str, task: str, cal: Sequence[float] | None) -> str:
    if task == "regression":
        return f"{raw}.reshape(-1)" if cal is None else f"{cal[0]!r} * {raw}.reshape(-1) + {cal[1]!r}"
    if task == "binary":
        if cal is not None:
            z = f"{raw}.reshape(-1)" if link == "sigmoid" else f"logit({raw}.reshape(-1))"
            return f"1 / (1 + np.exp(-np.clip({cal[0]!r} * {z} + {cal[1]!r}, -500, 500)))"
        if link == "sigmoid":
            return f"1 / (1 + np.exp(-np.clip({raw}.reshape(-1), -500, 500)))"
        return f"np.clip({raw}.reshape(-1), 0, 1)"
    if link == "softmax":
        return f"softmax_rows({raw})"
    return f"normalize_rows({raw})"


MULTICLASS_HELPERS = '''


def softmax_rows(s):
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def normalize_rows(s):
    s = np.clip(s, 0, None)
    t = s.sum(axis=1, keepdims=True)
    return np.where(t > 0, s / np.where(t > 0, t, 1), 1.0 / s.shape[1])
'''


LOGIT_HELPER = '''


def logit(p):
    q = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(q / (1 - q))
'''
