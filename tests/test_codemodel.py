"""The code model: output checks and links, running in the sandbox, readable printing, the
standalone ``.py`` artifact and loading it back (re-checked before anything runs).

The code models here are small test fixtures written by hand, not LLM answers.
"""

from __future__ import annotations

import csv
import json
import pickle
import subprocess
import sys
import textwrap

import numpy as np
import pandas as pd
import pytest

from iblearn.codemodel import BEGIN, END, CodeModel, OutputInvalid, finalize, load, logit
from iblearn.data import column_inputs, infer_schema
from iblearn.errors import CodeRejected, DataError, SandboxError

# ------------------------------------------------------------------------ finalize


def test_finalize_rejects_scalars_none_and_wrong_shapes_with_advice():
    with pytest.raises(OutputInvalid, match="single number .*length 5"):
        finalize(np.float64(0.3), "binary", 5)
    with pytest.raises(OutputInvalid, match="length 5"):
        finalize(np.array([None]), "binary", 5)
    with pytest.raises(OutputInvalid, match=r"shape \(4,\), expected \(5,\).*np.dot") as info:
        finalize(np.zeros(4), "regression", 5)
    assert info.value.kind == "result" and isinstance(info.value, SandboxError)
    with pytest.raises(OutputInvalid, match=r"expected \(5, 3\).*np.stack"):
        finalize(np.zeros((5, 2)), "multiclass", 5, k=3)
    with pytest.raises(OutputInvalid, match="NaN or infinite values for 2 of 5 rows"):
        finalize(np.array([0.1, np.nan, np.inf, 0.2, 0.3]), "binary", 5)
    with pytest.raises(OutputInvalid, match="1 of 2 rows"):
        finalize(np.array([[1.0, np.nan], [1.0, 2.0]]), "multiclass", 2, k=2)


def test_finalize_fixes_harmless_shapes():
    p, _ = finalize(np.array([[0.2], [0.8]]), "binary", 2)
    np.testing.assert_allclose(p, [0.2, 0.8])
    p, _ = finalize(np.array([[1.0, 3.0], [2.0, 2.0]]), "binary", 2)  # (n, 2): column 1, normalised
    np.testing.assert_allclose(p, [0.75, 0.5])
    p, _ = finalize(np.array([[1.0, 2.0, 3.0, 4.0], [4.0, 3.0, 2.0, 1.0], [0, 0, 0, 0]]), "multiclass", 4, k=3)
    assert p.shape == (4, 3)  # (k, n) is transposed
    assert finalize(np.array([5.0]), "regression", 1)[0].tolist() == [5.0]  # one row, one value: fine


def test_finalize_links_and_calibration():
    p, link = finalize(np.array([0.0, 0.5, 1.0]), "binary", 3)
    assert link == "identity" and p.tolist() == [0.0, 0.5, 1.0]
    p, link = finalize(np.array([-2.0, 0.0, 2.0]), "binary", 3)
    assert link == "sigmoid"
    np.testing.assert_allclose(p, 1 / (1 + np.exp([2.0, 0.0, -2.0])))
    # calibration acts on log-odds: (1, 0) is the identity
    p, _ = finalize(np.array([0.2, 0.7]), "binary", 2, link="identity", calibration=(1.0, 0.0))
    np.testing.assert_allclose(p, [0.2, 0.7], rtol=1e-6)
    p, _ = finalize(np.array([-1.0, 3.0]), "binary", 2, link="sigmoid", calibration=[2.0, 1.0])
    np.testing.assert_allclose(p, 1 / (1 + np.exp(-np.array([-1.0, 7.0]))))
    v, _ = finalize(np.array([1.0, 2.0]), "regression", 2, calibration=(3.0, -1.0))
    assert v.tolist() == [2.0, 5.0]
    # multiclass: non-negative scores are normalised, others go through softmax
    p, link = finalize(np.array([[1.0, 3.0], [0.0, 0.0]]), "multiclass", 2, k=2)
    assert link == "normalize" and p.tolist() == [[0.25, 0.75], [0.5, 0.5]]
    p, link = finalize(np.array([[-1.0, 1.0], [0.0, 0.0]]), "multiclass", 2, k=2)
    assert link == "softmax"
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    np.testing.assert_allclose(logit(np.array([0.5, 0.0, 1.0])), [0.0, logit(np.array([1e-6]))[0], -logit(np.array([1e-6]))[0]])


# ------------------------------------------------------------------------ the model object

IRIS_COLS = ["sepal length (cm)", "petal width (cm)"]

BINARY = textwrap.dedent('''
    import numpy as np

    WIDE = 1.0


    def predict(sepal_length_cm, petal_width_cm, w=2.0, bias=-1.0):
        # wide petals are positive
        return 1 / (1 + np.exp(-(w * (petal_width_cm - WIDE) + bias * 0.0 + 0.0 * sepal_length_cm)))
''').lstrip()

MULTI = textwrap.dedent('''
    import numpy as np


    def predict(sepal_length_cm, petal_width_cm):
        return np.stack([2.0 - petal_width_cm, np.ones_like(petal_width_cm), petal_width_cm], axis=1)
''').lstrip()

REGRESSION_MATRIX = textwrap.dedent('''
    def predict(X, w=0.5):
        return X[:, 0] * w + X[:, 1]
''').lstrip()

CATEGORY = textwrap.dedent('''
    import numpy as np


    def predict(colour, size, when):
        base = np.where(colour == "red", 0.8, np.where(colour == "NA", 0.5, 0.2))
        return base + 0.01 * np.nan_to_num(size) + 0.0001 * np.nan_to_num(when - 18262.0)
''').lstrip()


def frame(n: int = 6) -> pd.DataFrame:
    return pd.DataFrame({"sepal length (cm)": np.linspace(4.5, 7.0, n).round(2),
                         "petal width (cm)": np.linspace(0.1, 2.4, n).round(2)})


def model(source: str, task: str, classes=(), **kw) -> CodeModel:
    df = frame()
    schema = infer_schema(df, task, target="species" if task != "regression" else "size", classes=list(classes))
    cols = kw.pop("columns", schema.idents)
    return CodeModel(source, schema, cols, **kw)


@pytest.fixture
def binary():
    m = model(BINARY, "binary", [0, 1], params={"w": 2.0, "bias": -1.0}, link="identity")
    yield m
    m.close()


def test_code_model_is_checked_on_construction_and_on_unpickling(binary):
    with pytest.raises(CodeRejected, match="os"):
        model("import os\n\ndef predict(a):\n    return a\n", "binary", [0, 1])
    state = pickle.dumps(binary)
    tampered = state.replace(b"WIDE = 1.0", b"import os;")  # same length: the pickle stays readable
    assert tampered != state
    with pytest.raises(CodeRejected):
        pickle.loads(tampered)


def test_predict_values_runs_in_the_sandbox_and_survives_pickling(binary):
    inputs = column_inputs(frame(), binary.schema)
    p = binary.predict_values(inputs)
    expected = 1 / (1 + np.exp(-(2.0 * (inputs["petal_width_cm"] - 1.0))))
    np.testing.assert_allclose(p, expected)
    assert binary._worker is not None and binary._worker.pid != __import__("os").getpid()
    clone = pickle.loads(pickle.dumps(binary))
    assert clone._worker is None  # processes don't pickle
    np.testing.assert_allclose(clone.predict_values(inputs), p)
    clone.close()
    with pytest.raises(DataError, match="no rows"):
        binary.predict_values({})


def test_matrix_argument_gets_all_columns_stacked():
    m = model(REGRESSION_MATRIX, "regression", columns=[], matrix_arg="X", params={"w": 0.5})
    try:
        df = frame()
        inputs = column_inputs(df, m.schema)
        assert list(m.call_args(inputs)) == ["X"] and m.call_args(inputs)["X"].shape == (6, 2)
        np.testing.assert_allclose(m.predict_values(inputs), df.iloc[:, 0] * 0.5 + df.iloc[:, 1])
    finally:
        m.close()


def test_readable_maps_identifiers_to_the_real_column_names(binary):
    text = binary.readable()
    assert text.startswith("# columns (argument = column in your data):\n")
    assert "#   sepal_length_cm = 'sepal length (cm)'" in text and "#   petal_width_cm = 'petal width (cm)'" in text
    assert BINARY.rstrip() in text
    binary.calibration = [1.5, -0.25]
    assert "calibrates: probability = 1 / (1 + exp(-(1.5 * log-odds of predict(...) + -0.25)))" in binary.readable()
    reg = model(REGRESSION_MATRIX, "regression", columns=[], matrix_arg="X", calibration=[2.0, 1.0])
    assert "value = 2 * predict(...) + 1" in reg.readable()
    # names that are already identifiers need no header
    schema = infer_schema(pd.DataFrame({"a": [1.0, 2.0]}), "regression")
    plain = CodeModel("def predict(a):\n    return a\n", schema, ["a"])
    assert plain.readable() == "def predict(a):\n    return a\n"


# ------------------------------------------------------------------------ the artifact


def test_save_and_load_round_trip(tmp_path, binary):
    binary.provenance = {"llm": "local:qwen", "strategy": "default", "validation_score": {"loss": 0.3},
                         "created": "2024-01-01T00:00:00+00:00", "numpy_value": np.float64(0.5)}
    binary.calibration = [1.2, 0.1]
    path = binary.save(tmp_path / "sub" / "model.py")
    text = path.read_text()
    assert text.startswith('"""Code model predicting `species` (binary)')
    assert "llm: local:qwen" in text and "features: sepal length (cm), petal width (cm)" in text
    assert BEGIN in text and END in text and "IBLEARN_METADATA = " in text
    assert not list(path.parent.glob("*.tmp"))  # atomic write leaves nothing behind
    loaded = load(path)
    try:
        assert loaded.source == binary.source and loaded.schema == binary.schema
        assert (loaded.columns, loaded.params, loaded.link, loaded.calibration) == \
               (binary.columns, binary.params, binary.link, binary.calibration)
        assert loaded.provenance["numpy_value"] == 0.5
        inputs = column_inputs(frame(), binary.schema)
        np.testing.assert_allclose(loaded.predict_values(inputs), binary.predict_values(inputs))
    finally:
        loaded.close()


def test_load_refuses_edited_or_foreign_files(tmp_path, binary):
    path = binary.save(tmp_path / "model.py")
    text = path.read_text()
    evil = tmp_path / "evil.py"
    evil.write_text(text.replace("WIDE = 1.0", "import os\nWIDE = os.getpid()"))
    with pytest.raises(CodeRejected, match=r"evil.py was refused: .*os"):
        load(evil)
    sneaky = tmp_path / "sneaky.py"  # the code between the markers is all that may run
    sneaky.write_text(text.replace("WIDE = 1.0", "WIDE = open('/etc/passwd').read()"))
    with pytest.raises(CodeRejected, match="sneaky.py was refused"):
        load(sneaky)
    meta = tmp_path / "meta.py"
    meta.write_text(text.replace('IBLEARN_METADATA = {', 'IBLEARN_METADATA = dict(x=1) or {', 1))
    with pytest.raises(CodeRejected, match="plain literal|IBLEARN_METADATA"):
        load(meta)
    foreign = tmp_path / "foreign.py"
    foreign.write_text("def predict(a):\n    return a\n")
    with pytest.raises(CodeRejected, match="not an iblearn code model"):
        load(foreign)


def _run_module(path, rows: list[dict]) -> list[list[str]]:
    data = path.parent / "data.csv"
    with open(data, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    out = subprocess.run([sys.executable, str(path), str(data)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return list(csv.reader(out.stdout.splitlines()))


@pytest.mark.parametrize("kind", ["binary", "binary_calibrated", "multiclass", "regression_matrix", "categories"])
def test_standalone_module_predicts_like_the_code_model(tmp_path, kind):
    """``python model.py data.csv`` (numpy only) gives what CodeModel gives, for every output kind."""
    if kind.startswith("binary"):
        m = model(BINARY, "binary", ["no", "yes"], params={"w": 2.0}, link="identity",
                  calibration=[1.5, -0.2] if kind == "binary_calibrated" else None)
        df = frame()
    elif kind == "multiclass":
        m = model(MULTI, "multiclass", ["setosa", "versicolor", "virginica"], link="normalize")
        df = frame()
    elif kind == "regression_matrix":
        m = model(REGRESSION_MATRIX, "regression", columns=[], matrix_arg="X", params={"w": 0.5},
                  calibration=[2.0, 1.0])
        df = frame()
    else:
        df = pd.DataFrame({"colour": ["red", "blue", None, "red"], "size": [1.0, np.nan, 3.0, 4.0],
                           "when": pd.to_datetime(["2020-01-01", "2020-01-02 12:00", "2021-06-01", None], format="ISO8601")})
        schema = infer_schema(df, "binary", target="liked", classes=[False, True])
        m = CodeModel(CATEGORY, schema, schema.idents)
    try:
        expected = m.predict_values(column_inputs(df, m.schema))
        path = m.save(tmp_path / "model.py")
        rows = [{k: ("" if pd.isna(v) else str(v)) for k, v in r.items()} for r in df.to_dict("records")]
        out = _run_module(path, rows)
    finally:
        m.close()
    header, body = out[0], out[1:]
    assert len(body) == len(df)
    if m.schema.task == "regression":
        assert header == ["prediction"]
        np.testing.assert_allclose([float(r[0]) for r in body], expected, rtol=1e-5)
    elif m.schema.task == "binary":
        assert header == ["prediction", f"proba_{m.schema.classes[1]}"]
        np.testing.assert_allclose([float(r[1]) for r in body], expected, rtol=1e-5)
        assert [r[0] for r in body] == [str(m.schema.classes[int(p > 0.5)]) for p in expected]
    else:
        assert header == ["prediction"] + [f"proba_{c}" for c in m.schema.classes]
        np.testing.assert_allclose([[float(x) for x in r[1:]] for r in body], expected, rtol=1e-5)
        assert [r[0] for r in body] == [m.schema.classes[i] for i in expected.argmax(axis=1)]


def test_standalone_module_breaks_ties_like_iblearn(tmp_path):
    # regression: at exactly 0.5 the module said the second class while iblearn says the first
    m = model("import numpy as np\n\ndef predict(sepal_length_cm, petal_width_cm):\n"
              "    return np.full_like(sepal_length_cm, 0.5)\n", "binary", ["no", "yes"])
    path = m.save(tmp_path / "model.py")
    m.close()
    out = _run_module(path, [{"sepal length (cm)": "5", "petal width (cm)": "1"}])
    assert out[1] == ["no", "0.5"]


def test_standalone_module_imports_and_reports_missing_columns(tmp_path, binary):
    path = binary.save(tmp_path / "model_mod.py")
    code = (f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import model_mod, json; "
            "print(json.dumps(list(model_mod.predict_table({'sepal length (cm)': [5.0], 'petal width (cm)': ['2.0']}))));"
            "model_mod.predict_table({'sepal length (cm)': [5.0]})")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert json.loads(out.stdout.splitlines()[0]) == pytest.approx([1 / (1 + np.exp(-2.0))])
    assert "KeyError" in out.stderr and "petal width (cm)" in out.stderr
    usage = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=60)
    assert usage.returncode != 0 and "usage" in usage.stderr


def test_helper_named_like_the_wrapper_survives_in_the_module(tmp_path):
    # regression: the numpy-only wrapper used to overwrite a helper with one of its names
    src = ("import numpy as np\n\n\ndef predict_labels(v):\n    return v * 0.0 + 0.25\n\n\n"
           "def predict(sepal_length_cm, petal_width_cm):\n    return predict_labels(sepal_length_cm)\n")
    m = model(src, "binary", ["no", "yes"])
    path = m.save(tmp_path / "model.py")
    m.close()
    out = _run_module(path, [{"sepal length (cm)": "5", "petal width (cm)": "1"}])
    assert out[1] == ["no", "0.25"]
