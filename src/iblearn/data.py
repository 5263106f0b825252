"""Table in, schema and prompt-ready rows out.

Everything the LLM sees about the data is made here: column identifiers it can use as argument
names, types, short statistics, categories, and a budgeted sample of rows as compact CSV. The same
schema turns any later table into the keyword arrays the code model is called with.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import keyword
import math
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Sequence

import numpy as np

from .errors import DataError

Task = Literal["binary", "multiclass", "regression"]
RESERVED = {"np", "math", "predict", "numpy", "x", "y", "self"} | set(dir(builtins))
MAX_CATEGORIES = 30
NA = "NA"


@dataclass
class Column:
    """One feature as the code model sees it."""

    name: str  # as in the user's table
    ident: str  # Python identifier used as the argument name
    kind: Literal["numeric", "categorical"]
    decimals: int = 3
    min: float | None = None
    max: float | None = None
    mean: float | None = None
    categories: list[str] | None = None
    missing: int = 0
    datetime: bool = False

    def describe(self) -> str:
        """One line for the prompt."""
        miss = f", {self.missing} missing (NaN)" if self.missing else ""
        if self.kind == "numeric":
            unit = " (days since 1970-01-01)" if self.datetime else ""
            return (f"- {self.ident}: number{unit}, min {_fmt(self.min, self.decimals)}, "
                    f"max {_fmt(self.max, self.decimals)}, mean {_fmt(self.mean, self.decimals)}{miss}")
        cats = ", ".join(repr(c) for c in (self.categories or [])[:MAX_CATEGORIES])
        more = " (and others)" if self.categories and len(self.categories) > MAX_CATEGORIES else ""
        miss = f", missing shown as {NA!r}" if self.missing else ""
        return f"- {self.ident}: text category, one of {cats}{more}{miss}"


@dataclass
class Schema:
    """Columns plus target description; stored in every artifact so predict can rebuild inputs."""

    columns: list[Column]
    task: Task
    target: str = "y"
    classes: list[Any] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def idents(self) -> list[str]:
        return [c.ident for c in self.columns]

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["classes"] = [_jsonable(c) for c in self.classes]
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Schema":
        return cls([Column(**c) for c in d["columns"]], d["task"], d.get("target", "y"), list(d.get("classes", [])))


def _jsonable(v: Any) -> Any:
    if isinstance(v, np.generic):
        return v.item()
    return v


def _fmt(v: float | None, decimals: int) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return NA
    s = f"{v:.{decimals}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def make_identifiers(names: Sequence[Any]) -> list[str]:
    """Valid, distinct, readable Python identifiers for column names ('sepal length (cm)' -> sepal_length_cm)."""
    out: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(names):
        s = re.sub(r"[^0-9a-zA-Z_]+", "_", str(raw)).strip("_").lower()
        s = re.sub(r"_+", "_", s)
        if not s:
            s = f"x{i}"
        if s[0].isdigit():
            s = f"x{s}" if str(raw).strip().isdigit() else f"x_{s}"
        if keyword.iskeyword(s) or s in RESERVED or s.startswith("_"):
            s = f"{s}_col"
        base, k = s, 2
        while s in seen:
            s, k = f"{base}_{k}", k + 1
        seen.add(s)
        out.append(s)
    return out


# --------------------------------------------------------------------------- loading


def read_table(source: Any) -> Any:
    """A pandas DataFrame from a DataFrame (pandas/polars), a 2-D array, a list of rows or a CSV/Parquet path."""
    import pandas as pd

    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.exists():
            raise DataError(f"file {path} does not exist")
        if path.suffix.lower() in (".parquet", ".pq"):
            try:
                return pd.read_parquet(path)
            except ImportError as exc:
                raise DataError("reading Parquet needs pyarrow; run: pip install pyarrow") from exc
        try:
            return _parse_iso_dates(pd.read_csv(path))
        except UnicodeDecodeError as exc:
            raise DataError(
                f"{path} is not UTF-8 text (byte {exc.start}: {exc.object[exc.start:exc.start + 1]!r}); "
                "re-save it as UTF-8, or read it with pandas.read_csv(..., encoding=...) and pass the DataFrame"
            ) from exc
        except pd.errors.EmptyDataError as exc:
            raise DataError(f"{path} is empty") from exc
        except pd.errors.ParserError as exc:
            raise DataError(f"{path} is not a readable CSV: {exc}") from exc
    if isinstance(source, pd.DataFrame):
        return source
    if type(source).__module__.startswith("polars"):
        return source.to_pandas()
    if isinstance(source, pd.Series):
        return source.to_frame()
    arr = np.asarray(source, dtype=object if _has_text(source) else None)
    if arr.ndim == 1:
        arr = arr.reshape(-1, 1)
    if arr.ndim != 2:
        raise DataError(f"X must be 2-D (rows x columns), got an array of shape {arr.shape}")
    return pd.DataFrame(arr, columns=[f"x{i}" for i in range(arr.shape[1])])


_ISO_DATE = r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$"


def _parse_iso_dates(df: Any) -> Any:
    """Text columns whose every value is an ISO-8601 date become datetimes, as they would be in a DataFrame.

    A CSV has no date type; without this a date column would reach the LLM as hundreds of
    unrelated categories instead of a number (days since 1970).
    """
    import pandas as pd

    for name in df.columns:
        s = df[name]
        if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s):
            continue
        text = s.dropna().astype(str)
        if text.empty or not text.str.fullmatch(_ISO_DATE).all():
            continue
        try:
            df[name] = pd.to_datetime(s, format="ISO8601")
        except (ValueError, TypeError):
            try:  # mixed UTC offsets
                df[name] = pd.to_datetime(s, format="ISO8601", utc=True)
            except (ValueError, TypeError):
                pass
    return df


def _has_text(source: Any) -> bool:
    try:
        np.asarray(source, dtype=float)
        return False
    except (ValueError, TypeError):
        return True


def split_target(df: Any, target: str) -> tuple[Any, np.ndarray]:
    if target not in df.columns:
        cols = ", ".join(map(str, list(df.columns)[:20]))
        raise DataError(f"target column {target!r} is not in the data; its columns are: {cols}")
    return df.drop(columns=[target]), df[target].to_numpy()


# --------------------------------------------------------------------------- schema


def infer_task(y: np.ndarray) -> Task:
    """Binary for two labels, multiclass for few discrete labels, regression for numbers."""
    values = y[~_isna(y)]
    uniq = np.unique(values.astype(str)) if values.dtype == object else np.unique(values)
    if values.dtype.kind in "fc":
        if len(uniq) == 2:
            return "binary"
        integral = np.all(np.equal(np.mod(values, 1), 0))
        return "multiclass" if integral and 2 < len(uniq) <= 20 else "regression"
    if values.dtype.kind in "iu":
        return "binary" if len(uniq) == 2 else ("multiclass" if len(uniq) <= 20 else "regression")
    return "binary" if len(uniq) == 2 else "multiclass"


def _isna(a: np.ndarray) -> np.ndarray:
    import pandas as pd

    return np.asarray(pd.isna(a), dtype=bool)


def check_features(X: Any) -> Any:
    """Reject tables iblearn cannot use, with the reason; return a frame with string column names.

    Names become strings because columns are matched by name at predict time and the schema
    stores them as JSON; object columns holding only numbers become numeric (a list of rows that
    mixes numbers and text arrives as all-object). The caller's frame is never modified.
    """
    if X.shape[1] == 0:
        raise DataError("X has no columns")
    if X.shape[0] == 0:
        raise DataError("X has no rows; fit needs at least a few labelled rows")
    names = [str(c) for c in X.columns]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise DataError(f"duplicate column names: {dup}; rename them so each column has its own name")
    X = X.copy(deep=False)
    X.columns = names
    return X.infer_objects()


def infer_schema(X: Any, task: Task, target: str = "y", classes: Sequence[Any] = ()) -> Schema:
    import pandas as pd

    X = check_features(X)
    idents = make_identifiers(list(X.columns))
    cols = []
    for name, ident in zip(X.columns, idents):
        s = X[name]
        is_dt = pd.api.types.is_datetime64_any_dtype(s)
        if is_dt:
            s = _datetime_days(s)
        if pd.api.types.is_bool_dtype(s):
            s = s.astype(float)
        if pd.api.types.is_numeric_dtype(s):
            v = s.to_numpy(dtype=float)
            if np.isinf(v).any():
                raise DataError(f"column {name!r} contains infinite values; replace them (e.g. with NaN or a cap)")
            ok = v[~np.isnan(v)]
            if ok.size == 0:
                raise DataError(f"column {name!r} has no values (all missing); drop it")
            cols.append(Column(str(name), ident, "numeric", _decimals(ok), float(ok.min()), float(ok.max()),
                               float(ok.mean()), None, int(np.isnan(v).sum()), is_dt))
        else:
            text = s.astype("string")
            counts = text.value_counts(dropna=True)
            cats = [str(c) for c in counts.index]
            cols.append(Column(str(name), ident, "categorical", 0, categories=cats, missing=int(text.isna().sum())))
    return Schema(cols, task, str(target), list(classes))


def _datetime_days(s: Any) -> Any:
    import pandas as pd

    ts = pd.to_datetime(s)
    if getattr(ts.dt, "tz", None) is not None:
        ts = ts.dt.tz_convert("UTC").dt.tz_localize(None)
    epoch = pd.Timestamp("1970-01-01")
    return (ts - epoch) / pd.Timedelta(days=1)


def _decimals(v: np.ndarray) -> int:
    """Decimals that keep about three significant digits of the column's spread, and no more than it has."""
    spread = float(np.std(v)) or float(np.max(np.abs(v))) or 1.0
    want = max(0, min(6, math.ceil(-math.log10(spread)) + 2))
    have = 0
    for d in range(0, 7):
        if np.allclose(v, np.round(v, d), rtol=0, atol=1e-9):
            have = d
            break
    else:
        have = 6
    return min(want, have)


def column_inputs(X: Any, schema: Schema) -> dict[str, np.ndarray]:
    """The keyword arrays a code model is called with: float64 for numbers, str for categories.

    Columns are matched by name (as strings, like the schema stores them); extra columns are ignored.
    """
    if not all(isinstance(c, str) for c in X.columns):
        X = X.rename(columns=str)
    missing = [c.name for c in schema.columns if c.name not in X.columns]
    if missing:
        raise DataError(f"missing columns at predict time: {missing}; the model was fitted on {schema.names}")
    out: dict[str, np.ndarray] = {}
    for c in schema.columns:
        s = X[c.name]
        if c.kind == "numeric":
            out[c.ident] = _numeric_input(s, c)
        else:
            text = s.astype("string").fillna(NA)
            out[c.ident] = np.asarray(text.to_numpy(dtype=str), dtype=str)
    return out


def input_ranges(schema: Schema, inputs: dict[str, np.ndarray]) -> dict[str, tuple[float, float]]:
    """[min, max] of each numeric column over ``inputs`` (missing values ignored), by identifier."""
    out = {}
    for c in schema.columns:
        v = inputs.get(c.ident)
        if c.kind == "numeric" and v is not None and np.isfinite(v).any():
            out[c.ident] = (float(np.nanmin(v)), float(np.nanmax(v)))
    return out


def held_to(inputs: dict[str, np.ndarray], ranges: dict[str, tuple[float, float]]) -> dict[str, np.ndarray]:
    """``inputs`` with each column of ``ranges`` clipped to its (low, high): what a clamped code model sees."""
    return {k: np.clip(v, *ranges[k]) if k in ranges else v for k, v in inputs.items()}


def _numeric_input(s: Any, c: Column) -> np.ndarray:
    """One numeric column as float64; NaN passes through (the code decides), infinity is refused."""
    import pandas as pd

    try:
        if c.datetime or pd.api.types.is_datetime64_any_dtype(s):
            s = _datetime_days(s)
        v = pd.to_numeric(s, errors="raise").to_numpy(dtype=float)
    except (ValueError, TypeError) as exc:
        was = "dates" if c.datetime else "numeric"
        raise DataError(f"column {c.name!r} must be {was}, as it was at fit time: {exc}") from exc
    if np.isinf(v).any():
        raise DataError(f"column {c.name!r} contains {int(np.isinf(v).sum())} infinite values; "
                        "replace them (e.g. with NaN or a cap)")
    return v


# --------------------------------------------------------------------------- rows for the prompt


def sample_rows(y: np.ndarray, task: Task, max_rows: int, seed: int = 0) -> np.ndarray:
    """Indices of at most ``max_rows`` rows: class-stratified, or spread over the target's quantiles."""
    n = len(y)
    if n <= max_rows:
        return np.arange(n)
    rng = np.random.default_rng(seed)
    if task == "regression":
        order = np.argsort(y, kind="stable")
        pos = np.linspace(0, n - 1, max_rows).round().astype(int)
        return np.sort(order[np.unique(pos)])
    labels, inv = np.unique(y.astype(str), return_inverse=True)
    picks = []
    share = np.bincount(inv) / n
    quota = np.maximum(1, np.floor(share * max_rows)).astype(int)
    for k in range(len(labels)):
        idx = np.flatnonzero(inv == k)
        picks.append(rng.choice(idx, size=min(len(idx), quota[k]), replace=False))
    chosen = np.concatenate(picks)
    if len(chosen) < max_rows:
        rest = np.setdiff1d(np.arange(n), chosen)
        chosen = np.concatenate([chosen, rng.choice(rest, size=max_rows - len(chosen), replace=False)])
    return np.sort(chosen[:max_rows])


def rows_csv(inputs: dict[str, np.ndarray], y: np.ndarray | None, schema: Schema, idx: np.ndarray) -> str:
    """Compact CSV of the chosen rows, rounded per column, with missing values as NA."""
    buf = io.StringIO()
    header = schema.idents + ([schema.target] if y is not None else [])
    buf.write(",".join(header) + "\n")
    for i in idx:
        cells = []
        for c in schema.columns:
            v = inputs[c.ident][i]
            cells.append(_fmt(float(v), c.decimals) if c.kind == "numeric" else _csv_text(str(v)))
        if y is not None:
            yv = y[i]
            cells.append(_fmt(float(yv), 4) if schema.task == "regression" else _csv_text(str(_jsonable(yv))))
        buf.write(",".join(cells) + "\n")
    return buf.getvalue()


def _csv_text(s: str) -> str:
    return f'"{s}"' if ("," in s or '"' in s or "\n" in s) else s


def estimate_tokens(text: str) -> int:
    """Conservative token count for budgeting prompts: many tokenizers (Qwen's among them) split
    numbers into single digits, so numeric CSV runs at about two characters a token."""
    return len(text) // 2 + 1


def fingerprint(inputs: dict[str, np.ndarray], y: np.ndarray | None) -> str:
    """SHA-256 over the training columns and target: ties an artifact to the data it was fitted on."""
    h = hashlib.sha256()
    for k in sorted(inputs):
        h.update(k.encode())
        h.update(np.ascontiguousarray(inputs[k]).tobytes())
    if y is not None:
        h.update(np.asarray(y).astype(str).astype("U").tobytes())
    return h.hexdigest()
