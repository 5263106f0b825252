"""The scikit-learn estimators on recorded answers of the real model: the sklearn contract, printing,
saving, loading, and the standalone artifact in an environment that has only numpy."""

from __future__ import annotations

import csv
import io
import json
import os
import pickle
import subprocess
import sys
import venv

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

import iblearn
from iblearn import IBLClassifier, IBLRegressor
from iblearn.checks import check_source
from iblearn.errors import CodeRejected, DataError
from iblearn.llm import LLM
from iblearn.search import DEFAULT_SELECTION

from conftest import (check_average, check_crossval, check_crossval_distilled, check_crossval_distilled_in_range,
                      check_distilled, check_faithful, check_pruned, make_replay)
from replay import SCENARIOS


@pytest.fixture(scope="module")
def moons(fitted):
    return fitted("moons_default")


@pytest.fixture(scope="module")
def iris(fitted):
    return fitted("iris_default")


@pytest.fixture(scope="module")
def diabetes(fitted):
    return fitted("diabetes_default")


# ------------------------------------------------------------------------ the sklearn contract


def test_get_params_set_params_and_clone(moons):
    est = moons.est
    params = est.get_params()
    assert set(params) == {"llm", "strategy", "selection", "prune", "max_calls", "max_tokens", "max_seconds",
                           "validation_fraction", "max_rows", "max_repairs", "random_state", "cache", "progress",
                           "verbose"}
    assert params["max_calls"] == 4 and isinstance(params["llm"], LLM)
    c = clone(est)
    assert not hasattr(c, "model_") and c.get_params()["max_calls"] == 4
    assert c.llm is est.llm  # a loaded model is shared, not copied
    assert c.set_params(max_calls=2, strategy="oneshot") is c
    assert (c.max_calls, c.strategy) == (2, "oneshot") and est.max_calls == 4
    with pytest.raises(ValueError):
        c.set_params(no_such_param=1)


def test_fitted_attributes(moons, iris):
    assert moons.est.classes_.tolist() == [0, 1]
    assert moons.est.n_features_in_ == 2
    assert moons.est.feature_names_in_.tolist() == ["x1", "x2"]
    assert iris.est.classes_.tolist() == ["setosa", "versicolor", "virginica"]
    assert iris.est.feature_names_in_.tolist() == list(iris.X.columns)
    assert iris.est.n_features_in_ == 4
    u = iris.est.usage_
    assert u.calls >= 1 and u.prompt_tokens > 0 and u.completion_tokens > 0
    prov = iris.est.model_.provenance
    for key in ("iblearn_version", "llm", "strategy", "data_fingerprint", "train_score", "validation_score",
                "llm_calls", "created", "prompt_hash"):
        assert key in prov, key


def test_predict_proba_predict_and_score(moons, iris):
    for f in (moons, iris):
        proba = f.est.predict_proba(f.X)
        k = len(f.est.classes_)
        assert proba.shape == (len(f.X), k)
        assert np.all((proba >= 0) & (proba <= 1))
        np.testing.assert_allclose(proba.sum(axis=1), 1.0)
        pred = f.est.predict(f.X)
        assert pred.tolist() == f.est.classes_[proba.argmax(axis=1)].tolist()
        assert f.est.score(f.X, f.y) == pytest.approx(np.mean(pred == f.y))
    # numpy input without column names, in the fitted order
    np.testing.assert_allclose(moons.est.predict_proba(moons.X.to_numpy()), moons.est.predict_proba(moons.X))
    with pytest.raises(DataError, match="3 columns; the model was fitted on 2"):
        moons.est.predict_proba(np.zeros((2, 3)))
    with pytest.raises(DataError, match="missing columns"):
        iris.est.predict(iris.X.drop(columns=["petal width (cm)"]))
    before = moons.X.copy()
    moons.est.predict(moons.X.to_numpy())
    pd.testing.assert_frame_equal(moons.X, before)  # the caller's data is untouched


def test_regressor(diabetes):
    est = diabetes.est
    pred = est.predict(diabetes.X)
    assert pred.shape == (len(diabetes.X),) and np.isfinite(pred).all()
    from sklearn.metrics import r2_score

    assert est.score(diabetes.X, diabetes.y) == pytest.approx(r2_score(diabetes.y, pred))
    assert not hasattr(est, "classes_") and est.feature_names_in_.tolist() == ["bmi", "bp", "s5"]
    assert est.model_.schema.task == "regression"


def test_print_shows_the_code_with_the_real_feature_names(iris, capsys):
    print(iris.est)
    out = capsys.readouterr().out
    assert "#   sepal_length_cm = 'sepal length (cm)'" in out
    assert "#   petal_width_cm = 'petal width (cm)'" in out
    assert "def predict(" in out and iris.est.code_.strip() in out
    assert str(IBLClassifier(max_calls=3)) == repr(IBLClassifier(max_calls=3))  # unfitted: the usual repr


def test_pickle_round_trip_keeps_predictions(moons, iris):
    for f in (moons, iris):
        blob = pickle.dumps(f.est)
        back = pickle.loads(blob)
        try:
            np.testing.assert_array_equal(back.predict_proba(f.X), f.est.predict_proba(f.X))
            assert back.code_ == f.est.code_ and back.llm == f.est.llm.spec  # the LLM pickles as its spec
        finally:
            back.model_.close()


def test_cross_val_score_works():
    """Each fold is a new fit: the recorded moons answers are served in order (oneshot, no fitting)."""
    from sklearn.model_selection import StratifiedKFold, cross_val_score

    llm = make_replay("moons_default", "moons_bagging", in_order=True)
    backend = llm.backend
    X, y = SCENARIOS["moons_default"].data()
    est = IBLClassifier(llm=llm, strategy="oneshot", max_calls=1, max_repairs=0, cache=False)
    scores = cross_val_score(est, X, y, cv=StratifiedKFold(3, shuffle=True, random_state=0), error_score="raise")
    assert scores.shape == (3,) and np.all((scores >= 0) & (scores <= 1))
    assert len(backend.seen) == 3


@pytest.mark.parametrize("method", ["predict", "predict_proba", "regressor"])
def test_unfitted_estimators_raise_not_fitted(method):
    est = IBLRegressor() if method == "regressor" else IBLClassifier()
    with pytest.raises(NotFittedError):
        getattr(est, "predict" if method == "regressor" else method)(np.zeros((2, 2)))


def test_unfitted_code_and_explain_and_bad_targets():
    with pytest.raises(NotFittedError):
        IBLClassifier().code_
    with pytest.raises(NotFittedError):
        IBLClassifier().save("x.py")
    X = np.zeros((4, 2))
    est = IBLClassifier(cache=False)  # every check below fails before an LLM is needed
    with pytest.raises(DataError, match="X has 4 rows but y has 3"):
        est.fit(X, [0, 1, 0])
    with pytest.raises(DataError, match="only one class"):
        est.fit(X, [1, 1, 1, 1])
    with pytest.raises(DataError, match="missing values"):
        est.fit(X, [0, 1, None, 1])
    with pytest.raises(DataError, match="constant"):
        IBLRegressor(cache=False).fit(X, [2.0, 2.0, 2.0, 2.0])
    with pytest.raises(DataError, match="numeric"):
        IBLRegressor(cache=False).fit(X, ["a", "b", "c", "d"])


def test_explain_returns_the_llms_account(moons):
    text = moons.est.explanation_
    assert isinstance(text, str) and text.strip() and text == text.strip()


# ------------------------------------------------------------------------ saving and loading


def test_save_writes_the_module_and_the_search_log(tmp_path, iris):
    path = iris.est.save(tmp_path / "iris_model.py")
    assert path == tmp_path / "iris_model.py" and path.is_file()
    log = json.loads((tmp_path / "iris_model.search.json").read_text())
    assert len(log["candidates"]) == len(iris.est.search_log_)
    assert log["provenance"]["llm"] == iris.est.model_.provenance["llm"]
    assert [c["id"] for c in log["candidates"]] == [c.id for c in iris.est.search_log_]
    assert {"answer", "code", "valid", "error", "parent", "repair_of", "validation"} <= set(log["candidates"][0])
    text = path.read_text()
    assert "features: sepal length (cm), sepal width (cm), petal length (cm), petal width (cm)" in text
    assert "classes: setosa, versicolor, virginica" in text
    loaded = iblearn.load(path)
    try:
        from iblearn.data import column_inputs

        got = loaded.predict_values(column_inputs(iris.X, loaded.schema))
        np.testing.assert_allclose(got, iris.est.predict_proba(iris.X))
        check_source(loaded.source)
    finally:
        loaded.close()


def test_a_saved_fit_loads_back_as_an_estimator_that_predicts_and_reselects(tmp_path, iris):
    from iblearn.estimators import load_fitted

    path = iris.est.save(tmp_path / "iris_model.py")
    est = load_fitted(path)
    try:
        assert isinstance(est, IBLClassifier) and est.strategy == iris.est.strategy
        assert list(est.classes_) == list(iris.est.classes_) and est.split_ == iris.est.split_
        assert [c.id for c in est.search_log_] == [c.id for c in iris.est.search_log_]
        np.testing.assert_allclose(est.predict_proba(iris.X), iris.est.predict_proba(iris.X))
        est.reselect(iris.X, iris.y, selection="best")  # the rows it was fitted on; no LLM asked
        assert est.model_.provenance["selection"] == "best" and "reselected" in est.model_.provenance
    finally:
        est.model_.close()
    assert load_fitted(path, random_state=7).random_state == 7  # estimator parameters can be set
    path.with_suffix(".search.json").unlink()
    with pytest.raises(DataError, match="iris_model.search.json not found"):
        load_fitted(path)


def test_a_hand_edited_model_that_breaks_the_allow_list_is_refused(tmp_path, moons):
    path = moons.est.save(tmp_path / "m.py")
    text = path.read_text()
    edited = text.replace("import numpy as np\n", "import numpy as np\nimport subprocess\n", 1)
    edited = edited.replace("def predict(", "_ = subprocess.run(['id'])\n\n\ndef predict(", 1)
    assert edited != text
    path.write_text(edited)
    with pytest.raises(CodeRejected, match="m.py was refused"):
        iblearn.load(path)


CLEAN_ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}  # no PYTHONPATH=src leaking in


def _python_has(python: str, module: str) -> bool:
    return subprocess.run([python, "-c", f"import {module}"], capture_output=True, env=CLEAN_ENV).returncode == 0


@pytest.mark.venv
def test_saved_model_runs_in_an_environment_with_only_numpy(tmp_path, moons, iris):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = str(env_dir / "bin" / "python")
    pip = subprocess.run([python, "-m", "pip", "install", "-q", "numpy"], capture_output=True, text=True, timeout=600,
                         env=CLEAN_ENV)
    if pip.returncode != 0:
        pytest.skip(f"could not install numpy into a fresh venv: {pip.stderr.strip()[-300:]}")
    assert _python_has(python, "numpy")
    for module in ("pandas", "sklearn", "scipy", "iblearn"):
        assert not _python_has(python, module), f"{module} must not be importable in the numpy-only venv"
    for f in (moons, iris):
        model = f.est.save(tmp_path / f"{f.name}.py")
        data = tmp_path / f"{f.name}.csv"
        f.X.to_csv(data, index=False)
        out = subprocess.run([python, str(model), str(data)], capture_output=True, text=True, timeout=120,
                             cwd=tmp_path, env=CLEAN_ENV)
        assert out.returncode == 0, out.stderr
        rows = list(csv.reader(io.StringIO(out.stdout)))
        classes = [str(c) for c in f.est.classes_]
        proba = f.est.predict_proba(f.X)
        if len(classes) == 2:
            assert rows[0] == ["prediction", f"proba_{classes[1]}"]
            got = np.array([[float(r[1])] for r in rows[1:]])
            np.testing.assert_allclose(got[:, 0], proba[:, 1], rtol=1e-5, atol=1e-7)
        else:
            assert rows[0] == ["prediction"] + [f"proba_{c}" for c in classes]
            got = np.array([[float(x) for x in r[1:]] for r in rows[1:]])
            np.testing.assert_allclose(got, proba, rtol=1e-5, atol=1e-7)
        assert [r[0] for r in rows[1:]] == [str(c) for c in f.est.predict(f.X)]


def test_reselect_chooses_again_from_the_search_log_without_the_llm(moons):
    """Re-ranking needs no LLM: the estimator is unpickled (its LLM is a spec string, never reached)."""
    from iblearn.errors import ConfigError

    est = pickle.loads(pickle.dumps(moons.est))
    seen = len(moons.backend.seen)
    try:
        log, X, y = est.search_log_, moons.X, moons.y
        valid = [c for c in log if c.valid]
        assert len(valid) >= 2
        # the same rule again gives the same model: the split, the logged fits and the refit are deterministic
        est.reselect(X, y)
        assert est.code_ == moons.est.code_
        assert est.model_.provenance["members"] == moons.est.model_.provenance["members"]
        default_prov = est.model_.provenance
        est.reselect(X, y, selection="crossval")
        crossval_prov = est.model_.provenance
        est.reselect(X, y, selection="best")
        best = min(valid, key=lambda c: c.loss)
        assert est.model_.provenance["members"][0] == best.id and est.model_.provenance["selection"] == "best"
        assert est.model_.provenance["llm_calls"] == moons.est.model_.provenance["llm_calls"]  # the fit's, unchanged
        # what only the last choices wrote is not inherited: "best" cross-validates and distils nothing
        assert "cross_validation_score" in crossval_prov and "teachers" in default_prov
        assert "cross_validation_score" not in est.model_.provenance and "teachers" not in est.model_.provenance
        assert "reselected" in est.model_.provenance and est.selection == DEFAULT_SELECTION  # parameters untouched
        worst = max(valid, key=lambda c: c.loss)
        est.reselect(X, y, candidate=worst.id)
        assert est.model_.provenance["members"] == [worst.id] and est.model_.provenance["selection"] == "candidate"
        assert est.model_.provenance["validation_score"]["loss"] == pytest.approx(worst.validation["loss"], abs=1e-3)
        proba = est.predict_proba(X)
        assert proba.shape == (len(y), 2) and np.allclose(proba.sum(axis=1), 1)
        invalid = next((c for c in log if not c.valid), None)
        with pytest.raises(ConfigError, match="is not a valid candidate of this search log; valid ones: "):
            est.reselect(X, y, candidate=invalid.id if invalid else 10_000)
        with pytest.raises(DataError, match="reselect needs the rows fit"):
            est.reselect(X.iloc[:-1], y[:-1])
        with pytest.raises(ConfigError, match="unknown selection"):
            est.reselect(X, y, selection="smallest")
        members = check_average(est, X, y)
        assert len(members) >= 2 and "# average of" in est.code_
        assert check_distilled(est, X, y) == members  # one function, fitted to that average
        assert check_crossval_distilled(est, X, y) == members  # the crossval lead, fitted to it
        if DEFAULT_SELECTION == "crossval_distilled":  # the fit's own rule, again
            assert est.code_ == moons.est.code_
        assert check_crossval_distilled_in_range(est, X, y) == members  # ranked and taught inside the range
        if DEFAULT_SELECTION == "crossval_distilled_in_range":
            assert est.code_ == moons.est.code_
        check_faithful(est, X, y)  # or the candidate that reproduces it best
        check_pruned(est, X, y)  # the default's pick with and without its redundant terms
        members = check_crossval(est, X, y)
        if DEFAULT_SELECTION == "crossval":  # the fit's own rule, again
            assert members == moons.est.model_.provenance["members"]
        assert len(moons.backend.seen) == seen  # not one request reached the back-end
    finally:
        est.model_.close()
