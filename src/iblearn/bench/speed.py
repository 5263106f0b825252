"""Prediction throughput of a saved code model, against LogisticRegression and the reference's row loop.

All timings come from one process in one run, so their ratios are comparable:

- ``linear``: ``LogisticRegression.predict_proba`` (``LinearRegression.predict`` for regression),
  fitted on the same training rows, on a float matrix.
- ``sandboxed``: ``iblearn.load(path).predict_values(inputs)`` — the checked code in its warm sandbox
  worker, column arrays in, validated predictions out (issue 3: at most 3x ``linear``).
- ``standalone``: the saved ``.py`` imported in-process with ``importlib``, ``predict_table(table)`` on a
  dict of column arrays (its numpy-only wrapper converts values one by one, as for CSV input).
- ``standalone_function``: that module's bare ``predict(**columns)`` (the code model alone).
- ``row_loop``: the reference implementation's contract — a function looping over ``df.iterrows()``
  and computing each row's prediction with the same logic (the saved module on that one row);
  timed on ``loop_rows`` rows and reported per row, as the loop is far too slow for a million.

Each vectorised timing is the best of ``repeat`` runs after one warm-up call.
"""

from __future__ import annotations

import importlib.util
import sys
import time
import uuid
from pathlib import Path
from typing import Any, Callable

import numpy as np


ISSUE3_ROWS = 1_000_000


def _best(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm-up: worker start, file transfer paths, caches
    times = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def import_module(path: str | Path) -> Any:
    """Import a saved code model as a module (only ever for code iblearn checked and saved)."""
    name = f"iblearn_bench_model_{uuid.uuid4().hex[:8]}"
    spec = importlib.util.spec_from_file_location(name, str(path))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def row_loop(module: Any, names: list[str]) -> Callable[[Any], np.ndarray]:
    """The reference's contract: ``for index, row in df.iterrows(): ...`` one prediction per row."""

    def predict_iterrows(df: Any) -> np.ndarray:
        out = []
        for _, row in df.iterrows():
            out.append(module.predict_table({c: [row[c]] for c in names})[0])
        return np.asarray(out)

    return predict_iterrows


def measure(model_path: str | Path, X_train: Any, y_train: np.ndarray, X_big: Any, *, repeat: int = 3,
            loop_rows: int = 20_000) -> dict[str, Any]:
    """Timings and ratios on the rows of ``X_big`` (a DataFrame with the model's feature columns)."""
    from sklearn.linear_model import LinearRegression, LogisticRegression

    from ..codemodel import load
    from ..data import column_inputs

    rows = len(X_big)
    model = load(model_path)
    try:
        inputs = column_inputs(X_big, model.schema)
        task = model.schema.task
        out: dict[str, Any] = {"rows": rows, "task": task, "model": str(model_path), "repeat": repeat,
                               "code_lines": len(model.source.strip().splitlines())}
        if all(X_big[c].dtype.kind in "biuf" for c in X_big.columns):
            matrix, train = X_big.to_numpy(dtype=float), X_train.to_numpy(dtype=float)
            ref = LinearRegression() if task == "regression" else LogisticRegression(max_iter=1000)
        else:  # text columns need the baselines' encoding pipeline
            from .baselines import make

            matrix, train = X_big, X_train
            ref = make("Ridge" if task == "regression" else "LogisticRegression", task, len(X_train), 0, X_train)
        ref.fit(train, y_train)
        if task == "regression":
            out["linear_seconds"] = _best(lambda: ref.predict(matrix), repeat)
            out["linear_model"] = f"{type(ref).__name__}.predict"
        else:
            out["linear_seconds"] = _best(lambda: ref.predict_proba(matrix), repeat)
            out["linear_model"] = f"{type(ref).__name__}.predict_proba"
        sandboxed = model.predict_values(inputs)
        out["sandboxed_seconds"] = _best(lambda: model.predict_values(inputs), repeat)
    finally:
        model.close()
    module = import_module(model_path)
    table = {c: X_big[c].to_numpy() for c in X_big.columns}
    standalone = np.asarray(module.predict_table(table))
    out["standalone_seconds"] = _best(lambda: module.predict_table(table), repeat)
    meta = module.IBLEARN_METADATA
    idents = {c["name"]: c["ident"] for c in meta["schema"]["columns"]}
    if meta["matrix_arg"]:
        args = {meta["matrix_arg"]: np.column_stack([inputs[i] for i in idents.values()])}
    else:
        args = {c: inputs[c] for c in meta["columns"]}
    out["standalone_function_seconds"] = _best(lambda: module.predict(**args), repeat)
    out["standalone_matches_sandboxed"] = bool(np.allclose(standalone, sandboxed, rtol=1e-6, atol=1e-9))
    k = min(loop_rows, rows)
    loop = row_loop(module, list(idents))
    head = X_big.iloc[:k]
    t0 = time.perf_counter()
    looped = loop(head)
    loop_s = time.perf_counter() - t0
    out["row_loop_rows"] = k
    out["row_loop_seconds"] = loop_s
    out["row_loop_seconds_extrapolated"] = loop_s * rows / k
    out["row_loop_matches"] = bool(np.allclose(looped, standalone[:k], rtol=1e-6, atol=1e-9))
    lr = out["linear_seconds"]
    for key in ("sandboxed", "standalone", "standalone_function"):
        out[f"{key}_rows_per_s"] = rows / out[f"{key}_seconds"]
        out[f"{key}_vs_linear"] = out[f"{key}_seconds"] / lr
    out["linear_rows_per_s"] = rows / lr
    out["row_loop_rows_per_s"] = k / loop_s
    out["row_loop_vs_sandboxed"] = out["row_loop_seconds_extrapolated"] / out["sandboxed_seconds"]
    out["row_loop_vs_standalone"] = out["row_loop_seconds_extrapolated"] / out["standalone_seconds"]
    out["issue3_ratio"] = out["sandboxed_vs_linear"]
    # the criterion is stated for 1,000,000 rows: on fewer, the worker's fixed per-call cost dominates
    out["issue3_ok"] = out["issue3_ratio"] <= 3.0 if rows >= ISSUE3_ROWS else None
    return out


FALLBACK_SOURCE = {
    # used only when the run produced no valid code model to time; stated in the results
    "binary": "import numpy as np\n\ndef predict({args}):\n    score = {terms} + 0.1\n    return 1 / (1 + np.exp(-score))\n",
    "regression": "import numpy as np\n\ndef predict({args}):\n    return {terms} + 0.1\n",
}


def fallback_model(X_train: Any, y_train: np.ndarray, task: str, target: str, classes: list[Any], path: Path) -> Path:
    """A fixed linear code model over the numeric columns, saved like a fitted one."""
    from ..codemodel import CodeModel
    from ..data import infer_schema

    schema = infer_schema(X_train, task, target=target, classes=classes)  # type: ignore[arg-type]
    cols = [c.ident for c in schema.columns if c.kind == "numeric"]
    terms = " + ".join(f"{0.5 + 0.1 * i:.1f} * {c}" for i, c in enumerate(cols))
    kind = "regression" if task == "regression" else "binary"
    src = FALLBACK_SOURCE[kind].format(args=", ".join(cols), terms=terms)
    if task == "multiclass":
        raise ValueError("the speed check needs a binary or regression dataset")
    model = CodeModel(src, schema, cols, None, {}, "identity", provenance={"strategy": "fixed (speed fallback)"})
    return model.save(path)
