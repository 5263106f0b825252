"""In-context learning: the same LLM predicts test rows itself, with the training rows in its prompt.

This is the method IBL is an alternative to: no code, the LLM is asked for every prediction. Test
rows go in batches (10 per prompt by default) after the labelled rows, which are formatted exactly
as iblearn shows them (same schema lines, same CSV, shuffled) and capped as iblearn caps them (at
most 100 rows, fewer if they exceed a 6,000-token budget, as with many columns). Answers are
read line by line as ``id: value``; a row whose answer cannot be read counts as a failure and is
scored with the fallback (0.5, the training class prior, or the training mean).

Binary: the LLM gives P(label is the positive class). Multiclass: it names a label, which becomes
probability ``LABEL_CONFIDENCE`` on that class and the rest spread evenly (for log-loss).
Regression: it gives a number.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .metrics import Prediction, fallback

LABEL_CONFIDENCE = 0.9
_LINE = re.compile(r"^\s*[-*`]*\s*(?:row|id)?\s*#?\s*(\d+)\s*[:=,)\]|.-]\s*(.*?)\s*$", re.I)
_NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")

SYSTEM = ("You are an expert data scientist. You predict the label of table rows from labelled example rows. "
          "You answer in exactly the format asked, with no code and no explanations.")


@dataclass
class ICLResult:
    """Predictions for the asked rows plus what they cost."""

    prediction: Prediction
    rows: int
    failed: int  # rows whose answer could not be read (scored with the fallback)
    shown: int = 0  # labelled rows in each prompt
    calls: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        per_k = 1000.0 / max(1, self.rows)
        return {
            "icl_rows": self.rows, "icl_failed": self.failed, "icl_shown_rows": self.shown, "llm_calls": self.calls, "cached_calls": self.cached_calls,
            "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
            "tokens_per_1k": round((self.prompt_tokens + self.completion_tokens) * per_k, 1),
            "seconds_per_1k": round(self.seconds * per_k, 2), "errors": self.errors[:5],
        }


def _target_line(task: str, classes: list[Any], y: np.ndarray) -> str:
    if task == "regression":
        yf = y.astype(float)
        return f"a number, min {yf.min():.4g}, max {yf.max():.4g}, mean {yf.mean():.4g}"
    labels, counts = np.unique(y.astype(str), return_counts=True)
    return "one of " + ", ".join(f"{lab} ({c} rows)" for lab, c in zip(labels, counts))


def _ask(task: str, target: str, classes: list[Any], y: np.ndarray) -> tuple[str, str]:
    """The request and an example answer value (for regression, a value in the target's range)."""
    if task == "binary":
        return (f"give the probability (a number between 0 and 1) that `{target}` is {classes[1]}", "0.25")
    if task == "multiclass":
        return (f"give the most likely label of `{target}`: one of {', '.join(map(str, classes))}", str(classes[0]))
    return (f"give the predicted value of `{target}` (a number)", f"{float(np.median(y.astype(float))):.4g}")


def build_messages(schema: Any, train_inputs: dict[str, np.ndarray], y_train: np.ndarray, shown: np.ndarray,
                   test_inputs: dict[str, np.ndarray], batch: np.ndarray) -> list[dict[str, str]]:
    """One ICL prompt: the labelled rows, then the batch of new rows numbered 1..m."""
    from ..data import rows_csv

    examples = rows_csv(train_inputs, y_train, schema, shown)
    new = rows_csv(test_inputs, None, schema, batch).splitlines()
    new_csv = "\n".join(["id," + new[0]] + [f"{i + 1},{line}" for i, line in enumerate(new[1:])])
    ask, example = _ask(schema.task, schema.target, schema.classes, y_train[shown])
    columns = "\n".join(c.describe() for c in schema.columns)
    m = len(batch)
    user = (
        f"Here are {len(shown)} labelled example rows. Each row has the input columns and the label `{schema.target}`.\n\n"
        f"Columns:\n{columns}\nLabel `{schema.target}`: {_target_line(schema.task, schema.classes, y_train[shown])}\n\n"
        f"Example rows (CSV):\n{examples}\n"
        f"New rows (CSV; `id` numbers the row, its label is unknown):\n{new_csv}\n\n"
        f"For each new row, {ask}. Answer with exactly {m} lines, one per new row in order, each written as "
        f"`id: value` (for example `3: {example}`). No code, no explanations."
    )
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def _value(text: str, task: str, classes: list[Any]) -> float | int | None:
    """One answer cell as a probability (binary), a class index (multiclass) or a number; None if unreadable."""
    t = text.strip().strip("`'\"*").strip()
    names = [str(c) for c in classes]
    if task == "multiclass":
        word = t.split()[0].strip(".,;:()[]`'\"") if t else ""
        if word in names:
            return names.index(word)
        num = _NUMBER.match(word)
        if num and num.group(0) == word:
            hits = [j for j, c in enumerate(classes) if isinstance(c, (int, float, np.number)) and float(c) == float(word)]
            return hits[0] if hits else None
        return None
    if task == "binary" and t in names and not _NUMBER.fullmatch(t):
        return float(names.index(t))
    num = _NUMBER.search(t)
    if num is None:
        return None
    v = float(num.group(0))
    if task == "binary":
        if t[num.end():].lstrip().startswith("%"):
            v /= 100.0
        return v if 0.0 <= v <= 1.0 else None
    return v if np.isfinite(v) else None


def parse_answer(text: str, m: int, task: str, classes: list[Any]) -> list[float | int | None]:
    """Values for rows 1..m from an ``id: value`` answer; a bare list of exactly m values is read in order."""
    out: list[float | int | None] = [None] * m
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("```")]
    keyed = False
    for ln in lines:
        mt = _LINE.match(ln)
        if not mt:
            continue
        i = int(mt.group(1)) - 1
        if 0 <= i < m and out[i] is None:
            out[i] = _value(mt.group(2), task, classes)
            keyed = True
    if not keyed and len(lines) == m:
        out = [_value(ln, task, classes) for ln in lines]
    return out


def predict(llm: Any, X_train: Any, y_train: np.ndarray, X_rows: Any, *, task: str, target: str,
            classes: list[Any], batch_size: int = 10, max_rows: int = 100, token_budget: int = 6000,
            seed: int = 0, max_tokens_per_row: int = 16) -> ICLResult:
    """Ask ``llm`` for every row of ``X_rows``; ``y_train`` holds raw labels (or values)."""
    from ..data import column_inputs, estimate_tokens, infer_schema, rows_csv, sample_rows
    from ..errors import LLMError

    schema = infer_schema(X_train, task, target=target, classes=classes)  # type: ignore[arg-type]
    train_inputs = column_inputs(X_train, schema)
    test_inputs = column_inputs(X_rows, schema)
    shown = sample_rows(y_train, task, max_rows, seed)  # type: ignore[arg-type]
    while estimate_tokens(rows_csv(train_inputs, y_train, schema, shown)) > token_budget and len(shown) > 8:
        # as iblearn's prompts do: a smaller sample until the rows fit the token budget
        shown = shown[sample_rows(y_train[shown], task, max(8, int(len(shown) * 0.7)), seed)]  # type: ignore[arg-type]
    # random order: rows sorted by label invite copying the last label
    shown = np.random.default_rng(seed).permutation(shown)
    k = max(2, len(classes))
    index = {c: j for j, c in enumerate(classes)}
    y_idx = np.array([index[v] for v in y_train]) if task != "regression" else y_train
    n = len(X_rows)
    base = fallback(task, y_idx, n, k)
    values = base.values.copy()
    labels = np.full(n, -1) if task == "multiclass" else None
    res = ICLResult(Prediction(values), n, 0, len(shown))
    for start in range(0, n, batch_size):
        batch = np.arange(start, min(n, start + batch_size))
        msgs = build_messages(schema, train_inputs, y_train, shown, test_inputs, batch)
        t0 = time.perf_counter()
        try:
            c = llm.complete(msgs, max_tokens=max_tokens_per_row * len(batch) + 32, tag="icl")
        except LLMError as exc:
            res.seconds += time.perf_counter() - t0
            res.errors.append(str(exc))
            res.failed += len(batch)
            continue
        res.seconds += time.perf_counter() - t0
        res.calls += 1
        res.cached_calls += int(c.cached)
        res.prompt_tokens += c.prompt_tokens
        res.completion_tokens += c.completion_tokens
        for i, v in zip(batch, parse_answer(c.text, len(batch), task, classes)):
            if v is None:
                res.failed += 1
            elif task == "multiclass":
                row = np.full(k, (1 - LABEL_CONFIDENCE) / (k - 1))
                row[int(v)] = LABEL_CONFIDENCE
                values[i] = row
                labels[i] = int(v)  # type: ignore[index]
            else:
                values[i] = float(v)
    if labels is not None:
        labels = np.where(labels >= 0, labels, np.argmax(values, axis=1))
        res.prediction = Prediction(values, None, labels)
    return res
