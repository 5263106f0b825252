"""Table in, schema and prompt-ready rows out: identifiers, loading, schema, inputs, row samples."""

from __future__ import annotations

import keyword

import numpy as np
import pandas as pd
import pytest

from iblearn.data import (
    NA,
    Schema,
    check_features,
    column_inputs,
    estimate_tokens,
    fingerprint,
    infer_schema,
    infer_task,
    make_identifiers,
    read_table,
    rows_csv,
    sample_rows,
    split_target,
)
from iblearn.errors import DataError


# ------------------------------------------------------------------------ identifiers


def test_identifiers_are_readable_valid_and_distinct():
    names = ["sepal length (cm)", "Age", "age", "1st", "123", "class", "x", "np", "", "__a", "a-b", "a b", "a_b",
             7, "ratio %"]
    ids = make_identifiers(names)
    assert ids[:3] == ["sepal_length_cm", "age", "age_2"]
    assert len(set(ids)) == len(ids)
    for i in ids:
        assert i.isidentifier() and not keyword.iskeyword(i) and not i.startswith("_")
        assert i not in {"np", "math", "x", "y", "predict", "self", "numpy"}
    assert ids[names.index("class")] == "class_col"
    assert ids[names.index("ratio %")] == "ratio"


def test_identifiers_do_not_shadow_builtins():
    # regression: RESERVED once read dir() of the __builtins__ dict, so max, sum, ... stayed usable
    ids = make_identifiers(["max", "sum", "abs", "round", "len", "values"])
    assert ids[:5] == ["max_col", "sum_col", "abs_col", "round_col", "len_col"]
    assert ids[5] == "values"


def test_iris_columns_map_to_snake_case():
    cols = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"]  # load_iris's
    assert make_identifiers(cols) == ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"]


# ------------------------------------------------------------------------ loading


def test_read_table_accepts_frames_arrays_lists_and_files(tmp_path):
    df = pd.DataFrame({"a": [1.0, 2.0], "b": ["u", "v"]})
    assert read_table(df) is df
    arr = read_table(np.arange(6.0).reshape(3, 2))
    assert list(arr.columns) == ["x0", "x1"] and arr.shape == (3, 2)
    assert read_table(np.arange(3.0)).shape == (3, 1)
    assert list(read_table(pd.Series([1, 2], name="s")).columns) == ["s"]
    with pytest.raises(DataError, match="2-D"):
        read_table(np.zeros((2, 2, 2)))
    p = tmp_path / "t.csv"
    df.to_csv(p, index=False)
    pd.testing.assert_frame_equal(read_table(p), df, check_dtype=False)
    assert read_table(str(p)).shape == (2, 2)


def test_read_table_explains_unreadable_files(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        read_table(tmp_path / "nope.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(DataError, match="empty"):
        read_table(empty)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name,v\nGr\xf6\xdfe,1\n".encode("latin-1"))
    with pytest.raises(DataError, match="UTF-8"):
        read_table(latin)


def test_read_table_parquet(tmp_path):
    pytest.importorskip("pyarrow")
    p = tmp_path / "t.parquet"
    pd.DataFrame({"a": [1.0, 2.0]}).to_parquet(p)
    assert read_table(p)["a"].tolist() == [1.0, 2.0]


def test_read_table_list_of_mixed_rows_keeps_numbers_numeric():
    df = read_table([["a", 1.5], ["b", 2.5]])
    schema = infer_schema(df, "binary")
    assert [c.kind for c in schema.columns] == ["categorical", "numeric"]


def test_split_target_names_the_columns_when_the_target_is_missing():
    df = pd.DataFrame({"a": [1], "b": [2]})
    X, y = split_target(df, "b")
    assert list(X.columns) == ["a"] and y.tolist() == [2]
    with pytest.raises(DataError, match=r"target column 'label' is not in the data; its columns are: a, b"):
        split_target(df, "label")


def test_check_features_rejects_unusable_tables():
    with pytest.raises(DataError, match="no columns"):
        check_features(pd.DataFrame(index=[0, 1]))
    with pytest.raises(DataError, match="no rows"):
        check_features(pd.DataFrame({"a": []}))
    with pytest.raises(DataError, match="duplicate column names: \\['a'\\]"):
        check_features(pd.DataFrame([[1, 2]], columns=["a", "a"]))


# ------------------------------------------------------------------------ task and schema


@pytest.mark.parametrize("y, task", [
    ([0, 1, 1, 0], "binary"),
    ([True, False, True], "binary"),
    (["yes", "no", "yes"], "binary"),
    ([0.0, 1.0, np.nan], "binary"),
    (["a", "b", "c"], "multiclass"),
    ([1.0, 2.0, 3.0, 2.0], "multiclass"),
    ([1, 2, 3, 4], "multiclass"),
    ([1.5, 2.5, 3.7], "regression"),
    (list(range(30)), "regression"),
])
def test_infer_task(y, task):
    assert infer_task(np.asarray(y, dtype=object if isinstance(y[0], str) else None)) == task


def test_infer_schema_describes_every_kind_of_column():
    df = pd.DataFrame({
        "Weight (kg)": [1.5, 2.25, np.nan, 4.0],
        "colour": ["red", "blue", None, "red"],
        "when": pd.to_datetime(["2020-01-01", "2020-01-02", "2020-01-03", "2020-01-05"]),
        "flag": [True, False, True, True],
    })
    s = infer_schema(df, "binary", target="label", classes=[np.int64(0), np.int64(1)])
    num, cat, when, flag = s.columns
    assert (num.ident, num.kind, num.min, num.max, num.missing, num.decimals) == ("weight_kg", "numeric", 1.5, 4.0, 1, 2)
    assert cat.kind == "categorical" and cat.categories == ["red", "blue"] and cat.missing == 1
    assert when.kind == "numeric" and when.datetime and when.min == 18262.0 and when.max == 18266.0
    assert flag.kind == "numeric" and (flag.min, flag.max) == (0.0, 1.0)
    assert num.describe() == "- weight_kg: number, min 1.5, max 4, mean 2.58, 1 missing (NaN)"
    assert cat.describe() == "- colour: text category, one of 'red', 'blue', missing shown as 'NA'"
    assert "days since 1970-01-01" in when.describe()
    assert s.names == list(df.columns) and s.idents == ["weight_kg", "colour", "when", "flag"]
    # JSON round trip, with numpy classes turned into plain values
    d = s.to_json()
    assert d["classes"] == [0, 1] and type(d["classes"][0]) is int
    import json

    assert Schema.from_json(json.loads(json.dumps(d))) == Schema(s.columns, "binary", "label", [0, 1])


def test_infer_schema_rejects_infinite_and_empty_columns():
    with pytest.raises(DataError, match="infinite"):
        infer_schema(pd.DataFrame({"a": [1.0, np.inf]}), "binary")
    with pytest.raises(DataError, match="all missing"):
        infer_schema(pd.DataFrame({"a": [np.nan, np.nan]}), "binary")


def test_many_categories_are_cut_in_the_description():
    df = pd.DataFrame({"c": [f"v{i}" for i in range(40)]})
    line = infer_schema(df, "binary").columns[0].describe()
    assert "(and others)" in line and "'v39'" not in line


# ------------------------------------------------------------------------ inputs


def _schema():
    df = pd.DataFrame({"num": [1.5, 2.25], "cat": ["a", "b"], "when": pd.to_datetime(["2020-01-01", "2020-01-02"])})
    return df, infer_schema(df, "binary", classes=[0, 1])


def test_column_inputs_are_float_arrays_and_str_arrays_keyed_by_identifier():
    df, s = _schema()
    new = pd.DataFrame({"when": ["2020-01-03", None], "cat": [None, "z"], "num": ["3", np.nan], "extra": [1, 2]})
    inp = column_inputs(new, s)
    assert list(inp) == ["num", "cat", "when"]  # schema order; extra columns ignored
    assert inp["num"].dtype == np.float64 and inp["num"][0] == 3.0 and np.isnan(inp["num"][1])
    assert inp["cat"].dtype.kind == "U" and inp["cat"].tolist() == [NA, "z"]
    assert inp["when"][0] == 18264.0 and np.isnan(inp["when"][1])


def test_column_inputs_refuses_missing_or_retyped_columns():
    df, s = _schema()
    with pytest.raises(DataError, match=r"missing columns at predict time: \['cat'\]"):
        column_inputs(df.drop(columns=["cat"]), s)
    bad = df.assign(num=["x", "y"])
    with pytest.raises(DataError, match="'num' must be numeric"):
        column_inputs(bad, s)


# ------------------------------------------------------------------------ rows for the prompt


def test_sample_rows_is_stratified_bounded_and_seeded():
    y = np.array([0] * 90 + [1] * 8 + [2] * 2)
    idx = sample_rows(y, "multiclass", 20, seed=3)
    assert len(idx) == 20 and len(set(idx)) == 20 and np.all(np.diff(idx) > 0)
    assert set(y[idx]) == {0, 1, 2}  # even the rare class is shown
    assert np.array_equal(idx, sample_rows(y, "multiclass", 20, seed=3))
    assert not np.array_equal(idx, sample_rows(y, "multiclass", 20, seed=4))
    assert np.array_equal(sample_rows(y[:10], "multiclass", 20), np.arange(10))


def test_sample_rows_for_regression_spans_the_target():
    y = np.random.default_rng(0).normal(size=200)
    idx = sample_rows(y, "regression", 12)
    assert len(idx) == 12
    assert y.argmin() in idx and y.argmax() in idx


def test_rows_csv_rounds_quotes_and_marks_missing_values():
    df = pd.DataFrame({"Weight (kg)": [1.23456, np.nan], "city": ["Paris, FR", 'say "hi"']})
    s = infer_schema(df, "regression")
    s.columns[0].decimals = 2
    text = rows_csv(column_inputs(df, s), np.array([10.123456, -0.00001]), s, np.arange(2))
    assert text.splitlines() == ["weight_kg,city,y", '1.23,"Paris, FR",10.1235', 'NA,"say "hi"",0']
    assert rows_csv(column_inputs(df, s), None, s, np.array([1])).splitlines()[0] == "weight_kg,city"


def test_fingerprint_ties_to_data_and_labels():
    a = {"x": np.arange(3.0)}
    f = fingerprint(a, np.array([0, 1, 0]))
    assert f == fingerprint({"x": np.arange(3.0)}, np.array([0, 1, 0])) and len(f) == 64
    assert f != fingerprint(a, np.array([0, 1, 1]))
    assert f != fingerprint({"x": np.arange(3.0) + 1e-9}, np.array([0, 1, 0]))


def test_estimate_tokens_grows_with_text():
    assert 0 < estimate_tokens("") < estimate_tokens("1.234,5.678\n" * 10) < estimate_tokens("1.234,5.678\n" * 100)
