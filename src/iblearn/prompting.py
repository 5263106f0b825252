"""Schema and rows in, chat messages out. Templates live in ``prompts/*.txt`` as package data.

The code contract is stated the same way in every prompt: ``def predict(<columns>)`` receives
whole columns as 1-D numpy arrays and returns one value (binary), one value per class
(multiclass) or one number (regression) for every row at once.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from string import Template
from typing import Sequence

import numpy as np

from .data import Schema, estimate_tokens, rows_csv, sample_rows
from .llm.base import Message

# Framings that steer candidates towards different inductive biases (best_of_n diversity).
HINTS: dict[str, str] = {
    "plain": "",
    "linear": "Hint: a weighted sum of the columns passed through a sigmoid often works; weight the columns that separate the labels most.",
    "threshold": "Hint: look for thresholds on one or two columns that separate the labels, and combine them with np.where.",
    "centres": "Hint: compare each row's distance to a typical point of each label (a centre), and predict the label of the nearer centre.",
    "curve": "Hint: the boundary between labels may be curved; consider squares, products of columns, np.sin or np.cos of a column.",
    "interaction": "Hint: consider products or ratios of two columns as well as the columns themselves.",
}
REGRESSION_HINTS: dict[str, str] = {
    "plain": "",
    "linear": "Hint: start from a weighted sum of the columns plus an intercept.",
    "threshold": "Hint: the value may change in steps; use thresholds with np.where.",
    "curve": "Hint: the relation may be curved; consider squares, logarithms or products of columns.",
    "interaction": "Hint: consider products or ratios of two columns as well as the columns themselves.",
}


@lru_cache(maxsize=None)
def template(name: str) -> Template:
    return Template(resources.files("iblearn.prompts").joinpath(f"{name}.txt").read_text(encoding="utf-8"))


@dataclass
class Prompt:
    """Messages plus what was shown, for provenance."""

    messages: list[Message]
    shown_rows: np.ndarray  # indices into the training rows
    n_total: int

    @property
    def hash(self) -> str:
        return hashlib.sha256(json.dumps(self.messages, sort_keys=True).encode()).hexdigest()[:16]


def describe_target(schema: Schema, y: np.ndarray) -> str:
    if schema.task == "regression":
        yf = y.astype(float)
        return f"a number, min {yf.min():.4g}, max {yf.max():.4g}, mean {yf.mean():.4g}"
    labels, counts = np.unique(y.astype(str), return_counts=True)
    parts = ", ".join(f"{lab!s} ({c} rows)" for lab, c in zip(labels, counts))
    return f"one of {parts}"


def what_and_returns(schema: Schema) -> tuple[str, str, str]:
    """(what to predict, full return rule, short return rule) per task."""
    t = schema.target
    if schema.task == "binary":
        pos = schema.classes[1] if schema.classes else 1
        return (
            f"the probability that `{t}` is {pos}",
            f"a 1-D numpy array with one probability (between 0 and 1) per row that `{t}` is {pos}, "
            "for example `1 / (1 + np.exp(-score))`.",
            f"one probability per row that `{t}` is {pos}.",
        )
    if schema.task == "multiclass":
        classes = ", ".join(str(c) for c in schema.classes)
        k = len(schema.classes)
        return (
            f"the probability of each class of `{t}` ({classes})",
            f"a 2-D numpy array of shape (rows, {k}) built with `np.stack([...], axis=1)`, column j holding a score "
            f"for class j in the order {classes}; higher means more likely (iblearn normalises them).",
            f"an array of shape (rows, {k}), one score per class in the order {classes}.",
        )
    return (
        f"the value of `{t}`",
        f"a 1-D numpy array with one predicted value of `{t}` per row.",
        f"one number per row (a 1-D array).",
    )


def _term_comment(hint: str, cols: list[str]) -> str:
    """The in-code nudge of a framing; small models follow comments in an outline more than prose."""
    a = cols[0]
    b = cols[1] if len(cols) > 1 else cols[0]
    return {
        "linear": "# keep the weights of the columns that matter; drop columns that do not help",
        "curve": f"# add curved terms, e.g. w_{a}2 * {a}**2 or w_sin * np.sin(t_{a} * {a}), each with its own parameter",
        "threshold": f"# add step terms, e.g. w_step * np.where({a} > t_{a}, 1.0, 0.0), each with its own parameter",
        "centres": f"# add distance terms, e.g. w_d * (({a} - t_{a})**2 + ({b} - t_{b})**2), each with its own parameter",
        "interaction": f"# add products of columns, e.g. w_{a}{b} * {a} * {b}, each with its own parameter",
    }.get(hint, "# change or add terms that capture the pattern, each with its own parameter")


def skeleton(schema: Schema, params: bool, hint: str = "plain") -> str:
    """The code outline the model starts from.

    With parameters: a linear model over every column, written out with one named weight per
    column, for the LLM to reshape and extend (small models copy outlines faithfully, so the
    outline carries the contract and a sound starting point). Without: gaps to fill in.
    """
    cols = schema.idents
    sig = ", ".join(cols)
    if not params:
        if schema.task == "multiclass":
            k = len(schema.classes)
            lines = "\n".join(f"    score_{j} = ...  # how much a row looks like class {c}" for j, c in enumerate(schema.classes))
            body = f"{lines}\n    return np.stack([{', '.join(f'score_{j}' for j in range(k))}], axis=1)"
        elif schema.task == "binary":
            body = "    score = ...  # your formula\n    return 1 / (1 + np.exp(-score))"
        else:
            body = "    value = ...  # your formula\n    return value"
        return f"import numpy as np\n\ndef predict({sig}):\n{body}"
    if schema.task == "multiclass":
        k = len(schema.classes)
        params_ = [f"w{j}_{c}=0.0" for j in range(k) for c in cols] + [f"bias{j}=0.0" for j in range(k)]
        lines = "\n".join(
            f"    score_{j} = " + " + ".join(f"w{j}_{c} * {c}" for c in cols) + f" + bias{j}  # class {schema.classes[j]}"
            for j in range(k))
        body = (f"{lines}\n    {_term_comment(hint, cols)}\n"
                f"    return np.stack([{', '.join(f'score_{j}' for j in range(k))}], axis=1)")
    else:
        params_ = [f"w_{c}=0.0" for c in cols] + ["bias=0.0"]
        var = "score" if schema.task == "binary" else "value"
        body = (f"    {var} = " + " + ".join(f"w_{c} * {c}" for c in cols) + " + bias\n"
                f"    {_term_comment(hint, cols)}\n"
                + ("    return 1 / (1 + np.exp(-score))" if schema.task == "binary" else "    return value"))
    return "import numpy as np\n\ndef predict(" + sig + ", " + ", ".join(params_) + "):\n" + body


def build_task_prompt(
    schema: Schema,
    inputs: dict[str, np.ndarray],
    y: np.ndarray,
    *,
    max_rows: int = 100,
    token_budget: int = 6000,
    params: bool = True,
    hint: str = "plain",
    seed: int = 0,
    rows: np.ndarray | None = None,
) -> Prompt:
    """The first prompt of a fit: table summary, rows, contract and skeleton."""
    n = len(y)
    base = rows if rows is not None else sample_rows(y, schema.task, max_rows, seed)
    idx = base
    what, returns, _ = what_and_returns(schema)
    hints = REGRESSION_HINTS if schema.task == "regression" else HINTS
    fixed = dict(
        target=schema.target,
        columns="\n".join(c.describe() for c in schema.columns),
        target_desc=describe_target(schema, y),
        what=what,
        returns=returns,
        signature=", ".join(schema.idents),
        hint=(hints.get(hint, "") + "\n") if hints.get(hint) else "",
        param_rule=template("params_rule").substitute(first=schema.idents[0]) if params else "",
        skeleton=skeleton(schema, params, hint),
        start_line=("Start from this model and improve it: keep the terms that help, and change or add terms that "
                    "capture the pattern you see in the rows:") if params else "Start from this skeleton:",
    )
    while True:  # shrink the sample until the prompt fits the budget
        text = template("task").substitute(
            fixed, rows=rows_csv(inputs, y, schema, idx), n_shown=len(idx),
            n_note=f" (a sample of {len(idx)} out of {n})" if len(idx) < n else "",
        )
        if estimate_tokens(text) <= token_budget or len(idx) <= 8:
            break
        idx = base[sample_rows(y[base], schema.task, max(8, int(len(idx) * 0.7)), seed)]
    messages = [
        {"role": "system", "content": template("system").template.strip()},
        {"role": "user", "content": text},
    ]
    return Prompt(messages, np.asarray(idx), n)


def repair_messages(prompt: Sequence[Message], answer: str, error: str, schema: Schema) -> list[Message]:
    _, _, short = what_and_returns(schema)
    text = template("repair").substitute(error=error, signature=", ".join(schema.idents), returns_short=short)
    return [*prompt, {"role": "assistant", "content": answer}, {"role": "user", "content": text}]


def refine_messages(prompt: Sequence[Message], code: str, score: str, metric: str, errors_csv: str,
                    schema: Schema, params: bool) -> list[Message]:
    text = template("refine").substitute(
        code=code.strip(), score=score, metric=metric, errors=errors_csv, signature=", ".join(schema.idents),
        param_note=" with every number as a keyword argument with a default" if params else "",
    )
    return [*prompt, {"role": "user", "content": text}]


def explain_messages(code: str, schema: Schema, max_sentences: int = 6) -> list[Message]:
    text = template("explain").substitute(
        code=code.strip(), target=schema.target, columns=", ".join(schema.idents), max_sentences=max_sentences
    )
    return [{"role": "user", "content": text}]


def _gbnf_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def term_outline(schema: Schema, base: str | None = None, hint: str = "plain") -> tuple[str, str]:
    """(head, return line): the outline up to where new terms go, and its final return line."""
    code = (base or skeleton(schema, params=True, hint=hint)).rstrip().split("\n")
    ret_at = max(i for i, ln in enumerate(code) if ln.strip().startswith("return"))
    return "```python\n" + "\n".join(code[:ret_at]) + "\n", code[ret_at]


def term_grammar(schema: Schema, min_terms: int = 1, max_terms: int = 3, *, base: str | None = None,
                 hint: str = "plain", tag: str = "new", prefilled: bool = False) -> str:
    """GBNF that makes a small model extend the outline with 1-3 new weighted terms.

    The fixed part is the parameter outline (linear over every column); each added line is
    ``score = score + w_<name> * <factor>`` with factors from a small expression language over the
    columns and named parameters, so every answer parses, has the right shapes and can be fitted.
    Only back-ends that honour grammars (llama.cpp) use it. With ``prefilled`` the outline is sent
    as the start of the answer (:func:`term_outline`) and the grammar covers only the new lines.
    """
    head, ret = term_outline(schema, base, hint)
    if schema.task == "multiclass":
        targets = [f"score_{j}" for j in range(len(schema.classes))]
    else:
        targets = ["score" if schema.task == "binary" else "value"]
    cols = " | ".join(_gbnf_literal(c) for c in schema.idents)
    rules = []
    for i in range(1, max_terms + 1):  # unrolled so each new term gets its own weight and thresholds
        alts = " | ".join(_gbnf_literal(f"    {t} = {t} + w_{tag}{i} * ") + f" factor{i} " + _gbnf_literal("\n") for t in targets)
        rules += [
            f"extra{i} ::= {alts}",
            f'factor{i} ::= atom{i} | atom{i} " * " atom{i} | "np." fn "(" inner{i} ")" | "np.where(" col " > " t{i} ", 1.0, 0.0)"',
            f'atom{i} ::= col | "(" col " - " t{i} ")" | col "**2"',
            f'inner{i} ::= t{i} " * " col | col " - " t{i} | col " * " col | col " + " col | col " - " col | "-(" col " - " t{i} ")**2"',
            f't{i} ::= "t_{tag}{i}" [a-z]',
        ]
    seq = " ".join(f"extra{i}" for i in range(1, min_terms + 1))
    opt = "".join(f" (extra{i}" for i in range(min_terms + 1, max_terms + 1)) + ")?" * (max_terms - min_terms)
    return "\n".join([
        "root ::= " + ("" if prefilled else _gbnf_literal(head)) + f" {seq}{opt} " + _gbnf_literal(ret + "\n```"),
        *rules,
        'fn ::= "sin" | "cos" | "exp" | "tanh" | "abs"',
        f"col ::= {cols}",
]) + "\n"
