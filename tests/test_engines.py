"""Scoring at scale: a saved code model streamed over files, on a real Dask LocalCluster and on a
local Spark session, gives exactly the single-process predictions, row for row."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from iblearn import engines
from iblearn.codemodel import CodeModel, load
from iblearn.data import column_inputs, infer_schema
from iblearn.errors import CodeRejected, DataError

ROOT = Path(__file__).resolve().parents[1]
BIG = 1_000_000


@pytest.fixture(scope="module")
def saved(fitted, tmp_path_factory) -> Path:
    """The moons model fitted on recorded LLM answers, saved as a standalone .py."""
    path = tmp_path_factory.mktemp("engines") / "moons.py"
    fitted("moons_default").est.save(path)
    return path


def _rows(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame({"x1": rng.uniform(-1.5, 2.5, n).round(3), "x2": rng.uniform(-1.0, 1.5, n).round(3)})


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory) -> tuple[Path, pd.DataFrame]:
    df = _rows(BIG)
    path = tmp_path_factory.mktemp("big") / "rows.csv"
    df.to_csv(path, index=False)
    return path, pd.read_csv(path)  # what any reader of the file sees


@pytest.fixture(scope="module")
def reference(saved, big_csv) -> pd.DataFrame:
    """Single-process predictions: the whole file in memory, one call."""
    model = load(saved)
    try:
        return engines.predictions_frame(model, big_csv[1])
    finally:
        model.close()


def _same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    assert list(got.columns) == list(want.columns)
    assert len(got) == len(want)
    assert (got["prediction"].to_numpy() == want["prediction"].to_numpy()).all()
    for c in want.columns[1:]:
        np.testing.assert_array_equal(got[c].to_numpy(dtype=float), want[c].to_numpy(dtype=float))


def test_columns_and_dtypes_follow_the_task(saved):
    model = load(saved)
    try:
        cols = engines.output_columns(model)
        assert cols == {"prediction": "int64", "proba_0": "float64", "proba_1": "float64"}
        out = engines.predictions_frame(model, _rows(5))
        assert out["prediction"].dtype == np.int64 and set(out["prediction"]) <= {0, 1}
        np.testing.assert_allclose(out["proba_0"] + out["proba_1"], 1.0)
        empty = engines.predictions_frame(model, _rows(0))
        assert list(empty.columns) == list(cols) and len(empty) == 0
    finally:
        model.close()
    schema = infer_schema(pd.DataFrame({"a": [1.0, 2.0]}), "regression", target="t")
    reg = CodeModel("def predict(a):\n    return a * 2.0\n", schema, ["a"])
    assert engines.output_columns(reg) == {"prediction": "float64"}
    schema = infer_schema(pd.DataFrame({"a": [1.0, 2.0]}), "multiclass", target="t", classes=["x", "y", "z"])
    multi = CodeModel("import numpy as np\n\ndef predict(a):\n    return np.column_stack([a, a, a])\n", schema, ["a"])
    assert engines.output_columns(multi)["prediction"] == "str"


@pytest.mark.parametrize("chunk_rows", [1, 7, 100_000])
def test_stream_matches_memory_for_any_chunking(saved, tmp_path, chunk_rows):
    df = _rows(2_000 if chunk_rows > 1 else 50, seed=chunk_rows)
    src = tmp_path / "in.csv"
    df.to_csv(src, index=False)
    model = load(saved)
    try:
        want = engines.predictions_frame(model, pd.read_csv(src))
    finally:
        model.close()
    blocks = list(engines.score_stream(saved, src, chunk_rows=chunk_rows))
    assert len(blocks) == -(-len(df) // chunk_rows)
    got = pd.concat(blocks)
    assert list(got.index) == list(range(len(df)))
    _same(got, want)


def test_stream_a_million_rows_to_csv_and_parquet(saved, big_csv, reference, tmp_path):
    out = tmp_path / "p.csv"
    assert engines.score_file(saved, big_csv[0], out, chunk_rows=150_000) == BIG
    _same(pd.read_csv(out), reference)
    pq = tmp_path / "in.parquet"
    big_csv[1].to_parquet(pq, index=False)
    out_pq = tmp_path / "p.parquet"
    assert engines.score_file(saved, pq, out_pq, chunk_rows=250_000) == BIG
    _same(pd.read_parquet(out_pq), reference)


def test_a_failing_stream_leaves_no_output_file(saved, tmp_path):
    bad = tmp_path / "bad.csv"
    pd.DataFrame({"x1": [0.1, 0.2], "other": [1, 2]}).to_csv(bad, index=False)
    out = tmp_path / "preds.csv"
    out.write_text("the user's earlier file\n")
    with pytest.raises(DataError, match="missing columns"):
        engines.score_file(saved, bad, out)
    assert out.read_text() == "the user's earlier file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "preds.csv"]
    with pytest.raises(DataError, match="does not exist"):
        list(engines.score_stream(saved, tmp_path / "nope.csv"))


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_file_without_rows_gives_predictions_without_rows(saved, tmp_path, suffix):
    """Header only in, header only out: never a 0-byte file that no reader accepts."""
    src = tmp_path / f"empty{suffix}"
    empty = _rows(0)
    empty.to_csv(src, index=False) if suffix == ".csv" else empty.to_parquet(src, index=False)
    for out_suffix in (".csv", ".parquet"):
        out = tmp_path / f"pred_{suffix[1:]}{out_suffix}"
        assert engines.score_file(saved, src, out) == 0
        got = pd.read_csv(out) if out_suffix == ".csv" else pd.read_parquet(out)
        model = load(saved)
        try:
            assert list(got.columns) == list(engines.predictions_frame(model, empty).columns) and len(got) == 0
        finally:
            model.close()


def test_refused_code_is_caught_before_anything_is_shipped(saved):
    text = saved.read_text().replace("import numpy as np", "import numpy as np\nimport os", 1)
    with pytest.raises(CodeRejected):
        engines.model_from_text(text)
    dd = pytest.importorskip("dask.dataframe")
    with pytest.raises(CodeRejected):
        engines.score_dask(text, dd.from_pandas(_rows(10), npartitions=1))


def test_dask_local_cluster_matches_single_process(saved, big_csv, reference):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        ddf = dd.read_csv(str(big_csv[0]), blocksize=4_000_000)
        assert ddf.npartitions >= 2
        preds = engines.score_dask(saved, ddf)
        got = preds.compute()
        # every worker process scored some partitions, each with its own sandbox worker
        pids = client.run(lambda: os.getpid())
        assert len(pids) == 2
    got = got.reset_index(drop=True)
    _same(got, reference)


def test_dask_threads_share_one_checked_model_per_process(saved):
    dd = pytest.importorskip("dask.dataframe")
    df = _rows(20_000, seed=3)
    model = load(saved)
    try:
        want = engines.predictions_frame(model, df)
    finally:
        model.close()
    got = engines.score_dask(saved, dd.from_pandas(df, npartitions=8)).compute(scheduler="threads", num_workers=4)
    _same(got.sort_index(), want)


@pytest.fixture(scope="module")
def spark():
    if importlib.util.find_spec("pyspark") is None:
        pytest.skip("pyspark is not installed (pip install 'iblearn[spark]')")
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("iblearn-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .config("spark.driver.memory", "2g").getOrCreate())
    yield session
    session.stop()


def test_spark_pandas_function_matches_single_process(spark, saved, big_csv, reference):
    sdf = spark.read.csv(str(big_csv[0]), header=True, inferSchema=True).repartition(4)
    scored = engines.score_spark(saved, sdf)
    assert scored.columns == ["x1", "x2", "prediction", "proba_0", "proba_1"]
    got = scored.toPandas()
    # Spark does not keep row order across partitions: compare row by row after sorting on the inputs
    want = pd.concat([big_csv[1], reference], axis=1)
    key = ["x1", "x2", "prediction", "proba_1"]
    got = got.sort_values(key, kind="stable").reset_index(drop=True)
    want = want.sort_values(key, kind="stable").reset_index(drop=True)
    _same(got[list(reference.columns)], want[list(reference.columns)])
    np.testing.assert_array_equal(got[["x1", "x2"]].to_numpy(), want[["x1", "x2"]].to_numpy())


def test_spark_udf_on_feature_columns(spark, saved):
    df = _rows(500, seed=5)
    model = load(saved)
    try:
        want = engines.predictions_frame(model, df)
    finally:
        model.close()
    sdf = spark.createDataFrame(df).coalesce(1)
    udf = engines.spark_udf(saved, "proba_1")
    got = sdf.withColumn("p", udf("x1", "x2")).toPandas()
    np.testing.assert_array_equal(got["p"].to_numpy(), want["proba_1"].to_numpy())
    with pytest.raises(Exception, match="result must be one of"):
        engines.spark_udf(saved, "proba_7")
    clash = spark.createDataFrame(df.assign(prediction=1))
    with pytest.raises(DataError, match="already has columns"):
        engines.score_spark(saved, clash)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "iblearn.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_cli_engines_write_what_memory_writes(saved, tmp_path):
    df = _rows(30_000, seed=9)
    src = tmp_path / "rows.csv"
    df.to_csv(src, index=False)
    r = _cli("predict", str(saved), str(src), "-o", "mem.csv", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    want = pd.read_csv(tmp_path / "mem.csv")
    r = _cli("predict", str(saved), str(src), "--engine", "stream", "--chunk-rows", "4096", "-o", "s.csv", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    _same(pd.read_csv(tmp_path / "s.csv"), want)
    if importlib.util.find_spec("dask") is not None:
        r = _cli("predict", str(saved), str(src), "--engine", "dask", "--workers", "2", "-o", "d.csv", cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        _same(pd.read_csv(tmp_path / "d.csv"), want)
    r = _cli("predict", str(saved), str(src), "--engine", "spark", cwd=tmp_path)
    assert r.returncode != 0 and "-o DIR" in r.stderr.strip().splitlines()[-1]
    if importlib.util.find_spec("pyspark") is not None:
        r = _cli("predict", str(saved), str(src), "--engine", "spark", "--master", "local[2]", "-o", "sp",
                 cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        got = pd.concat([pd.read_csv(f) for f in sorted((tmp_path / "sp").glob("part-*.csv"))])
        assert list(got.columns) == list(want.columns)  # the prediction columns only, as the other engines
        # Spark does not keep row order across partitions: compare the sorted rows
        order = list(want.columns)
        _same(got.sort_values(order, kind="stable").reset_index(drop=True),
              want.sort_values(order, kind="stable").reset_index(drop=True))
