"""Bad input: every case ends in a clear DataError / CodeRejected, or in a documented treatment
(docs/security.md, "Data handling") that these tests pin down.

The LLM here is a test double (:class:`Replay`) that answers every prompt with fixed code and
records what it was sent. These are plumbing tests -- validation, schema, prompt size, file
handling -- not tests of what an LLM would write.

Cases (numbered as in docs/security.md):
 1 empty table                     DataError, before any LLM call
 2 no feature columns              DataError
 3 one row                         DataError
 4 one class                       DataError
 5 NaN in features                 kept: prompt says "missing (NaN)", rows show NA, the code gets NaN
 6 inf in features                 DataError naming the column (fit and predict)
 7 NaN / inf in the target         DataError (classifier and regressor)
 8 unusable targets                constant (regression), continuous (classifier), text (regressor): DataError
 9 text and categorical columns    passed to the code as strings; missing text is the string "NA"
10 datetimes                       days since 1970-01-01 (UTC for tz-aware); NaT is NaN; ISO dates in CSV too
11 duplicate column names          DataError (also when they only clash as strings: 1 and "1")
12 non-string / odd column names   identifiers generated (x0, sepal_length_cm ...); caller's frame untouched
13 X/y length mismatch, bad shapes DataError
14 all-missing column              DataError
15 object columns of numbers       treated as numbers; bool as 0/1
16 target column missing in CSV    DataError naming the columns (and CLI exit 1)
17 CSV not UTF-8, empty, no rows   DataError saying so (and CLI exit 1)
18 wrong/missing columns, predict  DataError naming them; extra columns ignored, order by name
19 bad values at predict time      text in a numeric column, inf, no rows: DataError; NaN the code
                                   cannot handle: DataError naming the columns
20 unseen category at predict      passed through as its string; the code treats it as unknown
21 far more rows than the context  a stratified sample; the prompt says "a sample of N out of M"
22 far more columns than context   DataError before any LLM call (back-ends that report a window)
23 saved model edited by hand      re-checked on load: CodeRejected when it breaks the allow-list;
                                   nothing outside the code-model markers ever runs
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from iblearn import IBLClassifier, IBLRegressor
from iblearn.cli import main as cli_main
from iblearn.codemodel import BEGIN, END, CodeModel, load
from iblearn.data import column_inputs, estimate_tokens, infer_schema, read_table, split_target
from iblearn.errors import CodeRejected, DataError, NoValidModelError
from iblearn.llm import LLM
from iblearn.llm.base import Completion
from iblearn.prompting import build_task_prompt

LOGIT = "import numpy as np\n\ndef predict(a, b):\n    return 1 / (1 + np.exp(-(3.0 * a - 0.5 * b)))"
NAN_AWARE = "import numpy as np\n\ndef predict(a, b):\n    return 1 / (1 + np.exp(-3.0 * np.nan_to_num(a, nan=0.0)))"
COLOR = ("import numpy as np\n\ndef predict(a, color):\n"
         "    return np.where(color == 'red', 0.9, np.where(color == 'blue', 0.2, 0.5))")
LINEAR = "import numpy as np\n\ndef predict(a, b):\n    return 2.0 * a + b"


class Replay:
    """LLM test double: answers every prompt with the same code and records the prompts."""

    name = "replay"
    model = "fixed"
    max_concurrency = 1

    def __init__(self, code: str = LOGIT, context_window: int | None = None):
        self.code = code
        self.context_window = context_window
        self.prompts: list[list[dict[str, str]]] = []

    def complete(self, messages: Any, params: Any) -> Completion:
        self.prompts.append([dict(m) for m in messages])
        return Completion(f"```python\n{self.code}\n```", self.model, self.name, 100, 40)

    @property
    def user_prompt(self) -> str:
        return self.prompts[0][-1]["content"]


def fit(X: Any, y: Any, code: str = LOGIT, cls: type = IBLClassifier, **kw: Any) -> tuple[Any, Replay]:
    replay = Replay(code, kw.pop("context_window", None))
    est = cls(llm=LLM(replay), strategy="oneshot", max_calls=1, cache=False, **kw)
    est.fit(X, y)
    return est, replay


def table(n: int = 40, seed: int = 0) -> tuple[pd.DataFrame, np.ndarray]:
    rng = np.random.default_rng(seed)
    a, b = rng.normal(size=n), rng.normal(size=n)
    return pd.DataFrame({"a": a, "b": b}), (a > 0).astype(int)


def refused(X: Any, y: Any, match: str, cls: type = IBLClassifier) -> Replay:
    """Fit must fail with a DataError matching ``match`` before the LLM is asked anything."""
    replay = Replay()
    with pytest.raises(DataError, match=match):
        cls(llm=LLM(replay), strategy="oneshot", max_calls=1, cache=False).fit(X, y)
    assert replay.prompts == [], "bad data must be refused before any (paid) LLM call"
    return replay


# --------------------------------------------------------------------------- 1-4, 6-8, 11, 13, 14: refused at fit


X0, Y0 = table()
REFUSALS = {
    "1-empty": (X0.iloc[:0], Y0[:0], "no rows", IBLClassifier),
    "2-no-columns": (pd.DataFrame(index=range(40)), Y0, "no columns", IBLClassifier),
    "3-one-row": (X0.iloc[:1], Y0[:1], "at least 2 rows", IBLClassifier),
    "4-one-class": (X0, np.zeros(40, int), r"only one class \(0\)", IBLClassifier),
    "6-inf-feature": (X0.assign(b=np.where(np.arange(40) % 7 == 0, np.inf, X0.b)), Y0, "'b' contains infinite", IBLClassifier),
    "6-minus-inf-feature": (X0.assign(a=np.where(np.arange(40) == 3, -np.inf, X0.a)), Y0, "'a' contains infinite", IBLClassifier),
    "7-nan-target": (X0, np.where(np.arange(40) % 5 == 0, np.nan, Y0), "8 missing values", IBLClassifier),
    "7-none-target": (X0, np.array([None, *["p", "q"] * 19, "p"], dtype=object), "1 missing values", IBLClassifier),
    "7-inf-target": (X0, np.where(np.arange(40) % 5 == 0, np.inf, Y0.astype(float)), "8 infinite values", IBLClassifier),
    "7-nan-target-regression": (X0, np.where(np.arange(40) == 0, np.nan, X0.a), "missing or infinite", IBLRegressor),
    "7-inf-target-regression": (X0, np.where(np.arange(40) == 0, np.inf, X0.a), "missing or infinite", IBLRegressor),
    "8-constant-target-regression": (X0, np.ones(40), "constant", IBLRegressor),
    "8-continuous-target-classifier": (X0, X0.a.to_numpy(), "use IBLRegressor", IBLClassifier),
    "8-text-target-regression": (X0, np.array(["x", "y"] * 20), "must be numeric", IBLRegressor),
    "11-duplicate-columns": (pd.DataFrame(X0.to_numpy(), columns=["a", "a"]), Y0, r"duplicate column names: \['a'\]", IBLClassifier),
    "11-duplicate-as-strings": (pd.DataFrame(X0.to_numpy(), columns=[1, "1"]), Y0, r"duplicate column names: \['1'\]", IBLClassifier),
    "13-length-mismatch": (X0, Y0[:30], "X has 40 rows but y has 30", IBLClassifier),
    "13-y-two-columns": (X0, np.c_[Y0, Y0], "one column", IBLClassifier),
    "13-x-three-dims": (np.zeros((4, 2, 2)), Y0[:4], "must be 2-D", IBLClassifier),
    "14-all-missing-column": (X0.assign(b=np.nan), Y0, "'b' has no values", IBLClassifier),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_unusable_training_data_is_refused_before_any_llm_call(case):
    X, y, match, cls = REFUSALS[case]
    refused(X, y, match, cls)


# --------------------------------------------------------------------------- 5: NaN in features


def test_nan_features_are_kept_shown_as_na_and_reach_the_code():
    X, y = table()
    X.loc[::5, "a"] = np.nan
    est, replay = fit(X, y, NAN_AWARE)
    prompt = replay.user_prompt
    assert "- a: number" in prompt and "8 missing (NaN)" in prompt
    rows = prompt.split("Rows (CSV):\n", 1)[1]
    assert re.search(r"^NA,", rows, re.M), "a missing value is shown as NA in the rows"
    proba = est.predict_proba(pd.DataFrame({"a": [np.nan, 1.0], "b": [0.0, 0.0]}))
    assert np.allclose(proba[0], [0.5, 0.5]) and proba[1, 1] > 0.9  # the code's own NaN rule applied


def test_nan_features_the_code_ignores_give_no_model_and_say_why():
    X, y = table()
    X.loc[::5, "a"] = np.nan
    with pytest.raises(NoValidModelError, match="NaN"):
        fit(X, y, LOGIT)


def test_nan_at_predict_time_the_code_cannot_handle_names_the_columns():
    X, y = table()
    est, _ = fit(X, y, LOGIT)
    with pytest.raises(DataError, match=r"missing values \(NaN\) in \['a'\]"):
        est.predict(pd.DataFrame({"a": [np.nan, 1.0], "b": [0.0, 0.0]}))


# --------------------------------------------------------------------------- 9, 20: text and categories


@pytest.mark.parametrize("as_category", [False, True], ids=["text", "pandas-category"])
def test_text_and_categorical_columns_reach_the_code_as_strings(as_category):
    X, y = table()
    color = np.where(y == 1, "red", "blue").astype(object)
    color[3] = None
    X = pd.DataFrame({"a": X.a, "color": pd.Categorical(color) if as_category else color})
    est, replay = fit(X, y, COLOR)
    schema = est.model_.schema
    assert [c.kind for c in schema.columns] == ["numeric", "categorical"]
    assert "- color: text category, one of" in replay.user_prompt and "missing shown as 'NA'" in replay.user_prompt
    inputs = column_inputs(X, schema)
    assert inputs["color"].dtype.kind == "U" and inputs["color"][3] == "NA"
    p = est.predict_proba(pd.DataFrame({"a": [0.0, 0.0], "color": ["red", "blue"]}))[:, 1]
    assert np.allclose(p, [0.9, 0.2])


def test_unseen_category_at_predict_time_is_passed_as_an_unknown_string():
    X, y = table()
    X = pd.DataFrame({"a": X.a, "color": np.where(y == 1, "red", "blue")})
    est, _ = fit(X, y, COLOR)
    new = pd.DataFrame({"a": [0.0, 0.0], "color": ["green", None]})
    assert column_inputs(new, est.model_.schema)["color"].tolist() == ["green", "NA"]
    assert np.allclose(est.predict_proba(new)[:, 1], [0.5, 0.5])  # the code's "neither" branch


# --------------------------------------------------------------------------- 10: datetimes


def test_datetimes_become_days_since_1970():
    X, y = table()
    when = pd.Series(pd.date_range("2020-01-01", periods=40, freq="D"))
    when[5] = pd.NaT
    X = pd.DataFrame({"a": X.a, "when": when})
    code = "import numpy as np\n\ndef predict(a, when):\n    return 1 / (1 + np.exp(-3.0 * a))"
    est, replay = fit(X, y, code)
    col = est.model_.schema.columns[1]
    assert col.kind == "numeric" and col.datetime and col.missing == 1
    assert "when: number (days since 1970-01-01), min 18262" in replay.user_prompt
    days = column_inputs(X, est.model_.schema)["when"]
    assert days[0] == 18262.0 and days[1] == 18263.0 and np.isnan(days[5])
    # predict time: strings that parse as dates, and tz-aware stamps (converted to UTC) work too
    tz = pd.Series(pd.to_datetime(["2020-01-01 01:00"]).tz_localize("Europe/Berlin"))
    assert column_inputs(pd.DataFrame({"a": [0.0], "when": tz}), est.model_.schema)["when"][0] == 18262.0
    strings = pd.DataFrame({"a": [0.0], "when": ["2020-01-03"]})
    assert column_inputs(strings, est.model_.schema)["when"][0] == 18264.0
    with pytest.raises(DataError, match="'when' must be dates"):
        column_inputs(pd.DataFrame({"a": [0.0], "when": ["soon"]}), est.model_.schema)


def test_iso_dates_in_a_csv_are_read_as_dates(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("when,stamp,label\n2020-01-01,2020-01-01T12:00:00Z,a\n2020-01-02,2020-01-02T12:00:00Z,b\n"
                    "not a date,2020-01-03T00:00:00Z,a\n", encoding="utf-8")
    df = read_table(path)
    assert not pd.api.types.is_datetime64_any_dtype(df["when"])  # one value is not a date: stays text
    assert pd.api.types.is_datetime64_any_dtype(df["stamp"])
    schema = infer_schema(df[["when", "stamp"]], "binary", classes=["a", "b"])
    assert [c.kind for c in schema.columns] == ["categorical", "numeric"] and schema.columns[1].datetime


# --------------------------------------------------------------------------- 12, 15: column names and dtypes


def test_integer_column_names_get_identifiers_and_the_callers_frame_is_untouched():
    X, y = table()
    Xi = pd.DataFrame(X.to_numpy(), columns=[0, 1])
    code = "import numpy as np\n\ndef predict(x0, x1):\n    return 1 / (1 + np.exp(-3.0 * x0))"
    est, replay = fit(Xi, y, code)
    assert est.model_.schema.idents == ["x0", "x1"] and est.model_.schema.names == ["0", "1"]
    assert "def predict(x0, x1)" in replay.user_prompt
    a = est.predict_proba(Xi)
    assert list(Xi.columns) == [0, 1], "predict must not rename the caller's columns"
    assert np.allclose(a, est.predict_proba(Xi.to_numpy()))


def test_odd_column_names_become_distinct_identifiers():
    X, y = table()
    cols = ["sepal length (cm)", "class", "np", "", "1st", "sepal_length_cm"]
    Xo = pd.DataFrame(np.c_[X.a, X.b, X.a, X.b, X.a, X.b], columns=cols)
    schema = infer_schema(Xo, "binary", classes=[0, 1])
    idents = schema.idents
    assert len(set(idents)) == len(idents) and all(i.isidentifier() for i in idents)
    assert idents[0] == "sepal_length_cm" and idents[1] == "class_col" and idents[2] == "np_col"


def test_object_columns_of_numbers_stay_numeric_and_bools_are_0_1():
    rows = [[float(v), "red" if v > 0 else "blue", bool(v > 0)] for v in np.linspace(-1, 1, 20)]
    code = "import numpy as np\n\ndef predict(x0, x1, x2):\n    return 1 / (1 + np.exp(-3.0 * x0))"
    est, replay = fit(rows, (np.linspace(-1, 1, 20) > 0).astype(int), code)
    assert [c.kind for c in est.model_.schema.columns] == ["numeric", "categorical", "numeric"]
    assert "- x2: number, min 0, max 1" in replay.user_prompt


# --------------------------------------------------------------------------- 16, 17: files


def _csv(tmp_path: Path, text: str | bytes, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_target_column_missing_names_the_columns(tmp_path, capsys):
    path = _csv(tmp_path, "a,b,label\n1,2,x\n3,4,y\n")
    with pytest.raises(DataError, match=r"target column 'target' is not in the data; its columns are: a, b, label"):
        split_target(read_table(path), "target")
    rc = cli_main(["fit", str(path), "--target", "target", "--no-cache", "--quiet", "-o", str(tmp_path / "m.py")])
    err = capsys.readouterr().err
    assert rc == 1 and "its columns are: a, b, label" in err and "Traceback" not in err
    assert not (tmp_path / "m.py").exists()


@pytest.mark.parametrize(
    "content,match",
    [
        ("naïve,label\ncafé,1\n".encode("latin-1"), "is not UTF-8 text"),
        (b"", "is empty"),
        (b"a,b,label\n", "has no rows"),
    ],
    ids=["latin-1", "zero-bytes", "header-only"],
)
def test_unreadable_csv_files_are_refused_with_the_reason(tmp_path, capsys, content, match):
    path = _csv(tmp_path, content)
    rc = cli_main(["fit", str(path), "--target", "label", "--no-cache", "--quiet", "-o", str(tmp_path / "m.py")])
    err = capsys.readouterr().err
    assert rc == 1 and match in err and "Traceback" not in err
    with pytest.raises(DataError, match="does not exist"):
        read_table(tmp_path / "missing.csv")


# --------------------------------------------------------------------------- 18, 19: predict time


@pytest.fixture(scope="module")
def logit_model():
    X, y = table()
    est, _ = fit(X, y, LOGIT)
    yield est, X
    est.model_.close()


def test_missing_or_wrong_columns_at_predict_time(logit_model):
    est, X = logit_model
    with pytest.raises(DataError, match=r"missing columns at predict time: \['b'\]"):
        est.predict(X[["a"]].assign(c=1.0))
    with pytest.raises(DataError, match="X has 3 columns; the model was fitted on 2"):
        est.predict(np.zeros((4, 3)))
    reordered = X[["b", "a"]].assign(extra="ignored")
    assert np.allclose(est.predict_proba(reordered), est.predict_proba(X)), "columns are matched by name"


def test_bad_values_at_predict_time(logit_model):
    est, X = logit_model
    with pytest.raises(DataError, match="'a' must be numeric"):
        est.predict(X.assign(a="high"))
    with pytest.raises(DataError, match="'b' contains 1 infinite"):
        est.predict(X.assign(b=np.where(np.arange(40) == 0, np.inf, X.b)))
    with pytest.raises(DataError, match="no rows"):
        est.predict(X.iloc[:0])


def test_cli_predict_with_missing_columns(logit_model, tmp_path, capsys):
    est, X = logit_model
    model = est.save(tmp_path / "model.py")
    path = _csv(tmp_path, "a,c\n1,2\n")
    rc = cli_main(["predict", str(model), str(path)])
    err = capsys.readouterr().err
    assert rc == 1 and "missing columns at predict time: ['b']" in err


# --------------------------------------------------------------------------- 21, 22: beyond the context window


def big_table(n: int = 20_000) -> tuple[pd.DataFrame, np.ndarray]:
    rng = np.random.default_rng(1)
    a, b = rng.normal(size=n), rng.normal(size=n)
    return pd.DataFrame({"a": a, "b": b}), (a > 1.0).astype(int)  # ~16% positives


def test_prompt_builder_shows_a_stratified_sample_within_budget():
    X, y = big_table()
    schema = infer_schema(X, "binary", classes=[0, 1])
    full = estimate_tokens(X.to_csv(index=False))
    assert full > 100_000, "the whole table is far beyond any small model's context window"
    prompt = build_task_prompt(schema, column_inputs(X, schema), y, max_rows=100, token_budget=1500)
    text = prompt.messages[-1]["content"]
    shown = len(prompt.shown_rows)
    assert 8 <= shown <= 100 and f"Here are {shown} training rows (a sample of {shown} out of 20000)" in text
    assert estimate_tokens(text) <= 1500
    share = y[prompt.shown_rows].mean()
    assert 0 < share < 0.5 and abs(share - y.mean()) < 0.1, "the sample keeps both classes in proportion"


def test_fit_on_a_huge_table_sends_a_prompt_that_fits_the_window():
    X, y = big_table()
    est, replay = fit(X, y, LOGIT, context_window=4096)
    sent = replay.prompts[0]
    tokens = sum(estimate_tokens(m["content"]) for m in sent)
    assert tokens <= 0.6 * 4096 + 200, f"prompt of ~{tokens} tokens for a 4096-token window"
    assert "out of 20000)" in sent[-1]["content"]
    assert len(est.predict(X.iloc[:5])) == 5


def test_too_many_columns_for_the_window_are_refused_before_any_call():
    rng = np.random.default_rng(2)
    X = pd.DataFrame(rng.normal(size=(50, 300)), columns=[f"feature_{i}" for i in range(300)])
    y = (X.feature_0 > 0).astype(int).to_numpy()
    replay = Replay(context_window=8192)
    with pytest.raises(DataError, match=r"300 columns.*8,192-token context window.*Select fewer columns"):
        IBLClassifier(llm=LLM(replay), strategy="oneshot", max_calls=1).fit(X, y)
    assert replay.prompts == []
    fit(X.iloc[:, :5], y, "import numpy as np\n\ndef predict(feature_0):\n    return 1 / (1 + np.exp(-feature_0))",
        context_window=8192)  # a narrow table fits


# --------------------------------------------------------------------------- 23: a model file edited by hand


@pytest.fixture
def saved(logit_model, tmp_path):
    est, X = logit_model
    return est.save(tmp_path / "model.py"), X


def _edit_code(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    code, tail = rest.split(END, 1)
    assert old in code
    path.write_text(head + BEGIN + code.replace(old, new, 1) + END + tail, encoding="utf-8")


@pytest.mark.parametrize(
    "old,new,reason",
    [
        ("import numpy as np", "import numpy as np\nimport os", "import of 'os' is not allowed"),
        ("return ", "open('/etc/passwd').read()\n    return ", "'open' is not allowed"),
        ("return ", "np.save('x.npy', a)\n    return ", "not allowed"),
        ("return ", "a.__class__.__bases__\n    return ", "not allowed"),
        ("return ", "exec('import os')\n    return ", "'exec' is not allowed"),
    ],
    ids=["import-os", "open-file", "np-save", "dunder", "exec"],
)
def test_hand_edited_code_breaking_the_rules_is_refused_on_load(saved, old, new, reason, capsys):
    path, _ = saved
    _edit_code(path, old, new)
    with pytest.raises(CodeRejected, match=f"was refused: .*{reason}"):
        load(path)
    assert cli_main(["explain", str(path), "--no-llm"]) == 1
    assert "was refused" in capsys.readouterr().err


def test_hand_edited_metadata_or_markers_are_refused_and_nothing_runs(saved, tmp_path):
    path, _ = saved
    sentinel = tmp_path / "pwned"
    text = path.read_text(encoding="utf-8")
    evil = re.sub(r"IBLEARN_METADATA = \{", f"IBLEARN_METADATA = __import__('os').system('touch {sentinel}') or {{", text, count=1)
    path.write_text(evil, encoding="utf-8")
    with pytest.raises(CodeRejected, match="IBLEARN_METADATA must be a plain literal"):
        load(path)
    path.write_text(text.replace(BEGIN, "# code"), encoding="utf-8")
    with pytest.raises(CodeRejected, match="markers are missing"):
        load(path)
    assert not sentinel.exists()


def test_code_outside_the_markers_never_runs_and_harmless_edits_are_honoured(saved, tmp_path, logit_model):
    path, X = saved
    sentinel = tmp_path / "pwned"
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\nopen({str(sentinel)!r}, 'w').write('ran')\n")
    _edit_code(path, "-(3.0 * a - 0.5 * b)", "(3.0 * a - 0.5 * b)")  # flip the model by hand: passes the checks
    model = load(path)
    try:
        p = model.predict_values(column_inputs(X, model.schema))
    finally:
        model.close()
    assert not sentinel.exists(), "iblearn only parses the file; it never executes it"
    np.testing.assert_allclose(p, 1 - logit_model[0].predict_proba(X)[:, 1])


def test_a_pickled_estimator_with_edited_code_is_refused_on_unpickle(logit_model):
    est, _ = logit_model
    blob = pickle.dumps(est)
    assert pickle.loads(blob).model_.source == est.model_.source
    state = est.model_.__getstate__()
    state["source"] = state["source"].replace("import numpy as np", "import numpy as np\nimport subprocess")
    with pytest.raises(CodeRejected, match="'subprocess' is not allowed"):
        CodeModel.__new__(CodeModel).__setstate__(state)
