"""Score a saved code model where the data lives: a file streamed in chunks, Dask, or Spark.

A code model is a plain numpy function, so scoring scales by splitting rows; iblearn brings no
scheduler of its own. Every engine ships the model as its *artifact text* (the saved ``.py``),
never as a pickle: each process that scores re-checks that text against the allow-list once and
runs the code in its own warm sandbox worker, exactly as ``iblearn predict`` does on one machine.
The predictions are the same numbers a single process computes, row for row.

Dask and Spark are optional extras (``pip install 'iblearn[dask]'`` / ``'iblearn[spark]'``).
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from .codemodel import CodeModel, atomic_target, loads
from .errors import ConfigError, DataError

__all__ = ["artifact_text", "predictions_frame", "write_frame", "score_stream", "score_file", "score_dask", "score_spark",
           "spark_udf"]

DEFAULT_CHUNK_ROWS = 200_000


# -- the model as text, checked once per process ------------------------------------------------
def artifact_text(model: CodeModel | str | os.PathLike[str]) -> str:
    """The standalone module text of ``model`` (a CodeModel, a fitted estimator or a saved path)."""
    model = getattr(model, "model_", model)  # a fitted IBLClassifier/IBLRegressor
    if isinstance(model, CodeModel):
        return model.to_module()
    if isinstance(model, str) and "\n" in model:  # already the text of a saved model
        return model
    if isinstance(model, (str, os.PathLike)) and Path(model).is_file():
        return Path(model).read_text(encoding="utf-8")
    raise DataError(f"cannot score {model!r}: give a fitted estimator, a CodeModel or the path of a saved model")


_MODELS: dict[str, tuple[CodeModel, threading.Lock]] = {}
_MODELS_LOCK = threading.Lock()


def model_from_text(text: str) -> tuple[CodeModel, threading.Lock]:
    """This process's copy of the model: checked on first use, then kept with its warm sandbox worker.

    The lock serialises calls from several threads of one process (a Dask worker with threads)
    onto that one sandbox worker.
    """
    key = hashlib.sha256(text.encode()).hexdigest()
    with _MODELS_LOCK:
        hit = _MODELS.get(key)
        if hit is None:
            hit = (loads(text, origin="the shipped code model"), threading.Lock())
            _MODELS[key] = hit
        return hit


# -- one block of rows -> one block of predictions ---------------------------------------------
def _label_kind(classes: list[Any]) -> str:
    if classes and all(isinstance(c, (bool, np.bool_)) for c in classes):
        return "bool"
    if classes and all(isinstance(c, (int, np.integer)) and not isinstance(c, bool) for c in classes):
        return "int64"
    if classes and all(isinstance(c, (int, float, np.number)) for c in classes):
        return "float64"
    return "str"


def output_columns(model: CodeModel) -> dict[str, str]:
    """Names and dtypes of the prediction columns (``prediction`` plus ``proba_<class>`` for classifiers)."""
    s = model.schema
    if s.task == "regression":
        return {"prediction": "float64"}
    return {"prediction": _label_kind(s.classes), **{f"proba_{c}": "float64" for c in s.classes}}


def predictions_frame(model: CodeModel, df: Any, index: Any = None) -> Any:
    """Predictions for the rows of ``df`` as a DataFrame, the same columns ``iblearn predict`` writes."""
    import pandas as pd

    from .data import column_inputs
    from .estimators import predict_values

    cols = output_columns(model)
    if len(df) == 0:
        return pd.DataFrame({c: pd.Series([], dtype=object if t == "str" else t) for c, t in cols.items()}, index=index)
    values = predict_values(model, column_inputs(df, model.schema))
    s = model.schema
    if s.task == "regression":
        out = pd.DataFrame({"prediction": values}, index=index)
    else:
        proba = np.column_stack([1 - values, values]) if values.ndim == 1 else values
        labels = np.asarray(s.classes, dtype=object)[np.argmax(proba, axis=1)]
        data: dict[str, Any] = {"prediction": labels}
        data.update({f"proba_{c}": proba[:, j] for j, c in enumerate(s.classes)})
        out = pd.DataFrame(data, index=index)
        kind = cols["prediction"]
        out["prediction"] = out["prediction"].astype(object if kind == "str" else kind)
    return out


def _score_block(text: str, df: Any) -> Any:
    model, lock = model_from_text(text)
    with lock:
        return predictions_frame(model, df, index=df.index)


def write_frame(df: Any, output: str | os.PathLike[str]) -> None:
    """Write predictions atomically as CSV, or Parquet when the name ends in .parquet/.pq."""
    out = Path(output)
    with atomic_target(out) as tmp:
        if out.suffix.lower() in (".parquet", ".pq"):
            df.to_parquet(tmp, index=False)
        else:
            df.to_csv(tmp, index=False)


def _score_partition(df: Any, text: str) -> Any:
    return _score_block(text, df)


# -- a file larger than memory ------------------------------------------------------------------
def _read_chunks(source: str | os.PathLike[str], chunk_rows: int) -> Iterator[Any]:
    from .data import _parse_iso_dates

    path = Path(source)
    if not path.exists():
        raise DataError(f"file {path} does not exist")
    if path.suffix.lower() in (".parquet", ".pq"):
        try:
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise DataError("reading Parquet needs pyarrow; run: pip install pyarrow") from exc
        file = pq.ParquetFile(path)
        empty = True
        for batch in file.iter_batches(batch_size=chunk_rows):
            empty = False
            yield batch.to_pandas()
        if empty:  # no rows: one empty chunk still carries the columns, so outputs get their header
            yield file.schema_arrow.empty_table().to_pandas()
        return
    import pandas as pd

    try:
        with pd.read_csv(path, chunksize=chunk_rows) as reader:
            for chunk in reader:
                yield _parse_iso_dates(chunk)
    except pd.errors.EmptyDataError as exc:
        raise DataError(f"{path} is empty") from exc
    except UnicodeDecodeError as exc:
        raise DataError(f"{path} is not UTF-8 text; re-save it as UTF-8") from exc


def score_stream(model: Any, source: str | os.PathLike[str], *, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[Any]:
    """Predictions for a CSV/Parquet file, one DataFrame per chunk: memory stays bounded by the chunk."""
    if chunk_rows < 1:
        raise ConfigError(f"chunk_rows must be at least 1, got {chunk_rows}")
    m, lock = model_from_text(artifact_text(model))
    start = 0
    for chunk in _read_chunks(source, chunk_rows):
        with lock:
            out = predictions_frame(m, chunk)
        out.index = range(start, start + len(out))
        start += len(out)
        yield out


def score_file(model: Any, source: str | os.PathLike[str], output: str | os.PathLike[str] | None = None, *,
               chunk_rows: int = DEFAULT_CHUNK_ROWS, progress: bool = False) -> int:
    """Stream ``source`` through the model into ``output`` (CSV or Parquet; stdout as CSV when None).

    The output file appears only when every row is scored (written beside it, then renamed), so an
    interrupted run never leaves a partial file under the user's name. Returns the number of rows.
    """
    bar = _progress(progress)
    rows = 0
    out_path = Path(output) if output is not None else None
    if out_path is None:
        for block in score_stream(model, source, chunk_rows=chunk_rows):
            block.to_csv(sys.stdout, index=False, header=rows == 0)
            rows += len(block)
            bar(len(block))
        return rows
    blocks = score_stream(model, source, chunk_rows=chunk_rows)
    with atomic_target(out_path) as tmp:
        if out_path.suffix.lower() in (".parquet", ".pq"):
            import pyarrow as pa
            import pyarrow.parquet as pq

            writer = None
            try:
                for block in blocks:
                    table = pa.Table.from_pandas(block, preserve_index=False)
                    writer = writer or pq.ParquetWriter(tmp, table.schema)
                    writer.write_table(table)
                    rows += len(block)
                    bar(len(block))
            finally:
                if writer is not None:
                    writer.close()
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                for block in blocks:
                    block.to_csv(fh, index=False, header=rows == 0)
                    rows += len(block)
                    bar(len(block))
    return rows


def _progress(enabled: bool) -> Any:
    if not enabled:
        return lambda n: None
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return lambda n: None
    bar = tqdm(desc="scoring", unit=" rows", unit_scale=True, file=sys.stderr, leave=False)
    return bar.update


# -- Dask ---------------------------------------------------------------------------------------
def dask_client(address: str | None = None, workers: int | None = None) -> tuple[Any, Any]:
    """(client, cluster): a client of the scheduler at ``address``, or of a new LocalCluster of
    ``workers`` single-threaded processes (cluster is None when connecting to an existing one)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError("Dask is not installed; run: pip install 'iblearn[dask]'") from exc
    if address:
        return Client(address), None
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, dashboard_address=None)
    return Client(cluster), cluster


def score_dask(model: Any, ddf: Any) -> Any:
    """A lazy Dask DataFrame of predictions, partition by partition (same index as ``ddf``).

    The model travels to the workers as text; each worker process checks it once and keeps one
    sandbox worker for all its partitions.
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - pandas comes with dask
        raise ConfigError("scoring on Dask needs pandas") from exc
    text = artifact_text(model)
    m = loads(text, origin="the code model")  # fail here, on the client, if the code is refused
    meta = pd.DataFrame({c: pd.Series([], dtype=object if t == "str" else t) for c, t in output_columns(m).items()})
    return ddf.map_partitions(_score_partition, text, meta=meta)


# -- Spark --------------------------------------------------------------------------------------
def _spark_type(kind: str) -> Any:
    from pyspark.sql import types as T

    return {"float64": T.DoubleType(), "int64": T.LongType(), "bool": T.BooleanType()}.get(kind, T.StringType())


def score_spark(model: Any, sdf: Any) -> Any:
    """``sdf`` with the prediction columns appended, computed by a pandas function on the executors."""
    from pyspark.sql import types as T

    text = artifact_text(model)
    m = loads(text, origin="the code model")
    cols = output_columns(m)
    taken = [c for c in cols if c in sdf.columns]
    if taken:
        raise DataError(f"the data already has columns named {taken}; rename them before scoring")
    schema = T.StructType(list(sdf.schema.fields) + [T.StructField(c, _spark_type(t), True) for c, t in cols.items()])

    def score_batches(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas as pd

        for pdf in batches:
            pdf = pdf.reset_index(drop=True)
            yield pd.concat([pdf, _score_block(text, pdf)], axis=1)

    return sdf.mapInPandas(score_batches, schema=schema)


def spark_udf(model: Any, result: str = "prediction") -> Any:
    """A pandas UDF of the model's feature columns, e.g. ``df.withColumn("p", udf(*feature_names))``.

    ``result`` is ``"prediction"`` (label or value) or ``"proba_<class>"`` for one class's probability.
    """
    import pandas as pd
    from pyspark.sql.functions import pandas_udf, struct

    text = artifact_text(model)
    m = loads(text, origin="the code model")
    cols = output_columns(m)
    if result not in cols:
        raise ConfigError(f"result must be one of {list(cols)}, got {result!r}")
    names = m.schema.names

    def predict(rows):  # type: ignore[no-untyped-def]
        rows = rows.reset_index(drop=True)
        rows.columns = names
        return _score_block(text, rows)[result]

    # Spark reads the UDF's kind from real type hints (a struct of columns in, one column out).
    predict.__annotations__ = {"rows": pd.DataFrame, "return": pd.Series}
    inner = pandas_udf(predict, _spark_type(cols[result]))  # type: ignore[call-overload]

    def apply(*columns: Any) -> Any:
        if len(columns) != len(names):
            raise DataError(f"the model reads {len(names)} columns {names}; got {len(columns)}")
        return inner(struct(*columns))

    return apply
