"""The code model: checked source, the schema it reads, how its output becomes a prediction, provenance.

A :class:`CodeModel` never runs its source in the host process: every call goes through one warm
sandbox worker. ``save`` writes a standalone ``.py`` (the function, a numpy-only wrapper and a
provenance header); ``load`` re-checks the code before anything runs.
"""

from __future__ import annotations

import ast
import json
import os
import pprint
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from .checks import check_source
from .data import Schema
from .errors import CodeRejected, DataError, SandboxError

Link = Literal["identity", "sigmoid", "softmax", "normalize"]
BEGIN = "# ---- code model (checked by iblearn before it runs) ----"
END = "# ---- end of code model ----"


class OutputInvalid(SandboxError):
    """The code ran but its result has the wrong shape or values; the message is written for the LLM."""

    def __init__(self, reason: str):
        super().__init__(reason, kind="result")


def finalize(
    raw: np.ndarray, task: str, n: int, k: int = 2, link: Link | None = None,
    calibration: tuple[float, float] | list[float] | None = None,
) -> tuple[np.ndarray, Link]:
    """Check a raw result and turn it into predictions; choose the link when ``link`` is None.

    Binary: probabilities of the positive class, shape (n,). Multiclass: rows summing to 1, shape
    (n, k). Regression: values, shape (n,). ``calibration`` (a, b) is a fitted affine map applied
    to the output's log-odds (binary) or value (regression).
    """
    out = np.asarray(raw, dtype=float)
    if (out.ndim == 0 or out.size == 1) and n > 1 and not np.isfinite(out).all():
        raise OutputInvalid(
            "predict returned nothing (None) or a single NaN instead of one value per row; make sure the function "
            f"ends with `return <array of length {n}>` and is not cut off"
        )
    if out.ndim == 0 or out.size == 1 and n > 1:
        raise OutputInvalid(
            f"predict returned a single number ({out.ravel()[0] if out.size else out!r}) instead of one value per row; "
            f"it must return an array of length {n} (the number of rows)"
        )
    if task == "multiclass":
        if out.shape == (k, n) and n != k:
            out = out.T
        if out.shape != (n, k):
            raise OutputInvalid(
                f"predict returned shape {out.shape}, expected ({n}, {k}): one row per input row and one column per "
                f"class; build it with np.stack([score_0, ..., score_{k - 1}], axis=1) where each score has length {n}"
            )
    else:
        if out.ndim == 2 and out.shape == (n, 1):
            out = out[:, 0]
        elif task == "binary" and out.ndim == 2 and out.shape == (n, 2):
            out = out[:, 1] / np.where(out.sum(axis=1) == 0, 1, out.sum(axis=1))
        if out.shape != (n,):
            raise OutputInvalid(
                f"predict returned shape {out.shape}, expected ({n},): one value per row; every argument is a 1-D "
                f"array of length {n}, so combine them element-wise (for example w1 * a + w2 * b) and do not use "
                "np.dot or matrix products between columns and parameters"
            )
    bad = ~np.isfinite(out)
    if bad.any():
        raise OutputInvalid(
            f"predict returned NaN or infinite values for {int(bad.sum() if out.ndim == 1 else bad.any(axis=1).sum())} "
            f"of {n} rows; guard divisions and logarithms (e.g. np.log(np.maximum(v, 1e-9))) and use np.clip"
        )
    if task == "regression":
        link = "identity"
    elif link is None and task == "binary":
        link = "identity" if out.min() >= 0 and out.max() <= 1 else "sigmoid"
    elif link is None:
        link = "normalize" if out.min() >= 0 else "softmax"
    return apply_link(out, task, k, link, calibration), link


def apply_link(out: np.ndarray, task: str, k: int, link: Link,
               calibration: tuple[Any, Any] | list[float] | None = None) -> np.ndarray:
    """Predictions from checked, finite raw output: one result, or many stacked on leading axes
    (then ``calibration`` may hold one (scale, shift) per result, as columns). Element-wise, with
    class scores on the last axis, so a stack gives each result exactly what it gives alone."""
    if task == "regression":
        return out if calibration is None else calibration[0] * out + calibration[1]
    if task == "binary":
        if calibration is not None:
            z = out.copy() if link == "sigmoid" else logit(out)
            z *= calibration[0]
            z += calibration[1]
            return _sigmoid_inplace(z)
        if link == "sigmoid":
            return _sigmoid_inplace(out.copy())
        return np.clip(out, 0.0, 1.0)
    if link == "softmax":
        z = out - out.max(axis=-1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=-1, keepdims=True)
    s = np.clip(out, 0, None)
    total = s.sum(axis=-1, keepdims=True)
    return np.where(total > 0, s / np.where(total > 0, total, 1), 1.0 / k)


def logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-6, 1 - 1e-6)
    np.divide(q, 1 - q, out=q)
    return np.log(q, out=q)


def _sigmoid_inplace(z: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-z)) in ``z``'s own memory: a million rows cost one buffer, not five."""
    np.clip(z, -500, 500, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    z += 1.0
    return np.reciprocal(z, out=z)


@dataclass
class CodeModel:
    """Everything needed to run, explain and ship one code model."""

    source: str
    schema: Schema
    columns: list[str]  # entry arguments fed from columns (identifiers)
    matrix_arg: str | None = None
    params: dict[str, float] = field(default_factory=dict)
    link: Link = "identity"
    provenance: dict[str, Any] = field(default_factory=dict)
    calibration: list[float] | None = None  # fitted (scale, shift) on log-odds (binary) or values (regression)
    _worker: Any = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        check_source(self.source)

    # -- running ------------------------------------------------------------------------------
    def call_args(self, inputs: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Select the columns the function asks for, or stack all into its one matrix argument."""
        if self.matrix_arg:
            return {self.matrix_arg: np.column_stack([inputs[c] for c in self.schema.idents]).astype(float)}
        return {c: inputs[c] for c in self.columns}

    def worker(self) -> Any:
        from .sandbox import SandboxWorker

        if self._worker is None or getattr(self._worker, "_closed", False):
            # A worker closed elsewhere (e.g. through a shared reference) is replaced, not reused.
            self._worker = SandboxWorker(self.source, "predict")
            if self.schema.task == "multiclass":  # room for one probability per class in the shared result slot
                self._worker.output_width = max(2, len(self.schema.classes))
        return self._worker

    def raw(self, inputs: dict[str, np.ndarray]) -> np.ndarray:
        return self.worker().call(self.call_args(inputs))

    def predict_values(self, inputs: dict[str, np.ndarray]) -> np.ndarray:
        """Probabilities (classification) or values (regression) for the given column arrays."""
        n = len(next(iter(inputs.values()))) if inputs else 0
        if n == 0:
            raise DataError("no rows to predict")
        k = max(2, len(self.schema.classes))
        values, _ = finalize(self.raw(inputs), self.schema.task, n, k, self.link, self.calibration)
        return values

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()
            self._worker = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_worker"] = None  # processes don't pickle; the source does
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        check_source(self.source)

    # -- showing ------------------------------------------------------------------------------
    def readable(self) -> str:
        """The code with a header mapping identifiers to the user's column names where they differ."""
        renamed = [f"#   {c.ident} = {c.name!r}" for c in self.schema.columns if c.ident != c.name]
        head = ["# columns (argument = column in your data):", *renamed] if renamed else []
        tail = []
        if self.calibration is not None:
            a, b = self.calibration
            if self.schema.task == "binary":
                what = "score" if self.link == "sigmoid" else "log-odds of predict(...)"
                tail = [f"# iblearn then calibrates: probability = 1 / (1 + exp(-({a:.4g} * {what} + {b:.4g})))"]
            else:
                tail = [f"# iblearn then calibrates: value = {a:.4g} * predict(...) + {b:.4g}"]
        return "\n".join(head + [self.source.rstrip()] + tail) + "\n"

    def metadata(self) -> dict[str, Any]:
        return {
            "format": 1,
            "task": self.schema.task,
            "schema": self.schema.to_json(),
            "columns": self.columns,
            "matrix_arg": self.matrix_arg,
            "params": self.params,
            "link": self.link,
            "calibration": self.calibration,
            "provenance": self.provenance,
        }

    # -- shipping -----------------------------------------------------------------------------
    def to_module(self) -> str:
        meta = self.metadata()
        prov = self.provenance
        header = [
            f'"""Code model predicting `{self.schema.target}` ({self.schema.task}), written by an LLM and checked by iblearn.',
            "",
            "Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv",
            "Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})",
            "",
        ]
        for key in ("iblearn_version", "llm", "strategy", "prompt_hash", "data_fingerprint", "train_score",
                    "validation_score", "metric", "created"):
            if key in prov:
                header.append(f"{key}: {prov[key]}")
        header.append(f"features: {', '.join(self.schema.names)}")
        if self.schema.classes:
            header.append(f"classes: {', '.join(map(str, self.schema.classes))}")
        header.append('"""')
        meta_src = "IBLEARN_METADATA = " + pprint.pformat(_literal(meta), width=100, sort_dicts=False)
        source = _avoid_wrapper_names(self.source)
        return "\n".join(header) + "\n\n" + BEGIN + "\n" + source.rstrip() + "\n" + END + "\n\n" + meta_src + "\n" + WRAPPER

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the standalone module atomically (a crash never leaves half a file)."""
        path = Path(path)
        atomic_write(path, self.to_module())
        return path


WRAPPER_NAMES = ("_inputs", "_days", "predict_table", "predict_labels", "IBLEARN_METADATA")


def _avoid_wrapper_names(source: str) -> str:
    """Rename model helpers that share a name with the module's wrapper, which would replace them."""
    from .codegen import rename_top_level

    tree = ast.parse(source)
    defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    defined |= {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
    clashes = {name: f"{name.lstrip('_')}_model" for name in WRAPPER_NAMES if name in defined}
    return rename_top_level(source, clashes) if clashes else source


def _literal(obj: Any) -> Any:
    """Plain Python literals only, so the metadata can be read back with ast.literal_eval."""
    return json.loads(json.dumps(obj, default=lambda o: o.item() if isinstance(o, np.generic) else str(o)))


@contextmanager
def atomic_target(path: Path) -> Iterator[str]:
    """A temporary file beside ``path`` to write into; renamed onto ``path`` (after an fsync) when the
    block succeeds and removed when it fails, so a crash never leaves half a file under the user's name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a saved file should be as readable as any file
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def atomic_write(path: Path, text: str) -> None:
    with atomic_target(path) as tmp, open(tmp, "w", encoding="utf-8") as f:
        f.write(text)


def load(path: str | os.PathLike[str]) -> CodeModel:
    """Read a saved model; its code is re-checked against the allow-list before it can ever run."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataError(f"model file {path} does not exist") from exc
    except UnicodeDecodeError as exc:
        raise CodeRejected(f"{path} is not a text file written by iblearn") from exc
    return loads(text, origin=str(path))


def loads(text: str, origin: str = "the model text") -> CodeModel:
    """A model from the text of a saved module (how engines ship models to their workers); checked first."""
    path = origin
    if BEGIN not in text or END not in text:
        raise CodeRejected(f"{path} is not an iblearn code model (its code-model markers are missing)")
    source = text.split(BEGIN, 1)[1].split(END, 1)[0].strip() + "\n"
    try:
        tree = ast.parse(text)
    except SyntaxError as exc:
        raise CodeRejected(f"{path} is not valid Python (line {exc.lineno}: {exc.msg})") from exc
    meta = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "IBLEARN_METADATA" for t in node.targets):
            try:
                meta = ast.literal_eval(node.value)
            except ValueError as exc:
                raise CodeRejected(f"{path}: IBLEARN_METADATA must be a plain literal ({exc})") from exc
    if not isinstance(meta, dict) or meta.get("format") != 1:
        raise CodeRejected(f"{path}: missing or unreadable IBLEARN_METADATA")
    try:
        check_source(source)
    except CodeRejected as exc:
        raise CodeRejected(f"{path} was refused: {exc.reason}") from exc
    return CodeModel(
        source=source,
        schema=Schema.from_json(meta["schema"]),
        columns=list(meta["columns"]),
        matrix_arg=meta.get("matrix_arg"),
        params=dict(meta.get("params") or {}),
        link=meta.get("link", "identity"),
        provenance=dict(meta.get("provenance") or {}),
        calibration=meta.get("calibration"),
    )


WRAPPER = textwrap.dedent(
    '''

    # ---- numpy-only wrapper (generated by iblearn) ----
    def _inputs(table):
        """Column arrays keyed by the code model's argument names, from {column name: values}."""
        import numpy
        schema = IBLEARN_METADATA["schema"]
        out = {}
        for col in schema["columns"]:
            if col["name"] not in table:
                raise KeyError("missing column %r" % col["name"])
            values = table[col["name"]]
            arr = numpy.asarray(values)
            if col["kind"] == "numeric" and arr.dtype.kind in "fiub" and not col.get("datetime"):
                out[col["ident"]] = arr.astype(float)  # already numbers: no per-value conversion
            elif col["kind"] == "numeric":
                conv = _days if col.get("datetime") else float
                out[col["ident"]] = numpy.array(
                    [float("nan") if v in ("", "NA", "nan", "NaT", None) else conv(v) for v in values], dtype=float)
            else:
                out[col["ident"]] = numpy.array(["NA" if v in ("", None) else str(v) for v in values], dtype=str)
        return out


    def _days(v):
        """Days since 1970-01-01 (UTC) of an ISO-8601 date or time, as iblearn encoded dates at fit time."""
        import numpy
        s = str(v).strip().replace(" ", "T")
        shift = 0.0
        if s.endswith("Z"):
            s = s[:-1]
        elif len(s) > 10 and s[-6] in "+-" and s[-3] == ":":
            shift = (int(s[-5:-3]) * 60 + int(s[-2:])) * (1 if s[-6] == "+" else -1) / 1440.0
            s = s[:-6]
        return (numpy.datetime64(s, "ms") - numpy.datetime64("1970-01-01", "ms")) / numpy.timedelta64(1, "D") - shift


    def predict_table(table):
        """Probabilities (classification: shape (rows,) for binary, (rows, classes) for multiclass) or values."""
        import numpy
        meta = IBLEARN_METADATA
        args = _inputs(table)
        n = len(next(iter(args.values())))
        if meta["matrix_arg"]:
            idents = [c["ident"] for c in meta["schema"]["columns"]]
            raw = predict(**{meta["matrix_arg"]: numpy.column_stack([args[i] for i in idents])})
        else:
            raw = predict(**{c: args[c] for c in meta["columns"]})
        out = numpy.asarray(raw, dtype=float)
        task, link = meta["task"], meta["link"]
        if task == "multiclass":
            k = len(meta["schema"]["classes"])
            if out.shape == (k, n) and n != k:
                out = out.T
            if link == "softmax":
                e = numpy.exp(out - out.max(axis=1, keepdims=True))
                return e / e.sum(axis=1, keepdims=True)
            s = numpy.clip(out, 0, None)
            t = s.sum(axis=1, keepdims=True)
            return numpy.where(t > 0, s / numpy.where(t > 0, t, 1), 1.0 / k)
        out = numpy.broadcast_to(out.reshape(-1) if out.size == n else out, (n,)).astype(float)
        cal = meta.get("calibration")
        if task == "binary":
            if cal is not None:
                if link != "sigmoid":
                    q = numpy.clip(out, 1e-6, 1 - 1e-6)
                    out = numpy.log(q / (1 - q))
                out = cal[0] * out + cal[1]
                return 1.0 / (1.0 + numpy.exp(-numpy.clip(out, -500, 500)))
            if link == "sigmoid":
                out = 1.0 / (1.0 + numpy.exp(-numpy.clip(out, -500, 500)))
            return numpy.clip(out, 0.0, 1.0)
        return out if cal is None else cal[0] * out + cal[1]


    def predict_labels(table):
        """Class labels (classification) or values (regression)."""
        import numpy
        meta = IBLEARN_METADATA
        values = predict_table(table)
        classes = meta["schema"]["classes"]
        if meta["task"] == "binary":
            return [classes[1] if p > 0.5 else classes[0] for p in values]  # ties go to the first class, as in iblearn
        if meta["task"] == "multiclass":
            return [classes[i] for i in numpy.argmax(values, axis=1)]
        return list(values)


    if __name__ == "__main__":
        import csv
        import sys
        if len(sys.argv) != 2:
            sys.exit("usage: python %s data.csv" % sys.argv[0])
        with open(sys.argv[1], newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        table = {k: [r[k] for r in rows] for k in (rows[0].keys() if rows else [])}
        labels = predict_labels(table)
        writer = csv.writer(sys.stdout)
        meta = IBLEARN_METADATA
        if meta["task"] == "regression":
            writer.writerow(["prediction"])
            writer.writerows([["%.6g" % v] for v in labels])
        else:
            probs = predict_table(table)
            classes = meta["schema"]["classes"]
            if meta["task"] == "binary":
                writer.writerow(["prediction", "proba_%s" % classes[1]])
                writer.writerows([[lab, "%.6g" % p] for lab, p in zip(labels, probs)])
            else:
                writer.writerow(["prediction"] + ["proba_%s" % c for c in classes])
                writer.writerows([[lab] + ["%.6g" % p for p in row] for lab, row in zip(labels, probs)])
    '''
)
