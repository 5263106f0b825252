"""The search: honest validation split, budgets, the search log, determinism, every strategy,
parameter fitting and ensembles.

LLM answers come from recordings of the real embedded model (``tests/fixtures/recorded``), except
where a test says its answers are hand-written.
"""

from __future__ import annotations

import textwrap
from typing import Sequence

import numpy as np
import pandas as pd
import pytest

from iblearn.checks import check_source
from iblearn.codemodel import CodeModel
from iblearn.data import column_inputs, infer_schema, rows_csv
from iblearn.errors import ConfigError, LLMConnectionError, NoValidModelError, SandboxError
from iblearn.llm import LLM, Completion, GenerationParams, ResponseCache
from iblearn.sandbox import run_code
from iblearn.search import STRATEGIES, Budget, search, validation_split
from iblearn.search.base import Data
from iblearn.search.ensemble import combine
from iblearn.search.metrics import headline, log_loss, r2, rmse, roc_auc, scores
from iblearn.search import params as search_params
from iblearn.search.params import fit_parameters

from conftest import make_replay
from replay import SCENARIOS, ReplayBackend

# ------------------------------------------------------------------------ validation split


@pytest.mark.parametrize("task", ["binary", "multiclass", "regression"])
def test_validation_split_is_disjoint_complete_stratified_and_seeded(task):
    rng = np.random.default_rng(0)
    y = rng.normal(size=60) if task == "regression" else np.arange(60) % (2 if task == "binary" else 3)
    fit, val = validation_split(y, task, 0.3, seed=1)
    assert not set(fit) & set(val)
    assert sorted([*fit, *val]) == list(range(60))
    assert len(val) == 18
    if task != "regression":
        for k in np.unique(y):  # every class on both sides
            assert (y[fit] == k).any() and (y[val] == k).any()
    else:  # spread over the target's range
        assert y[val].min() < np.quantile(y, 0.2) and y[val].max() > np.quantile(y, 0.8)
    again = validation_split(y, task, 0.3, seed=1)
    assert np.array_equal(fit, again[0]) and np.array_equal(val, again[1])
    assert not np.array_equal(val, validation_split(y, task, 0.3, seed=2)[1])


def test_validation_split_keeps_every_row_for_tiny_data_and_a_row_per_class():
    fit, val = validation_split(np.array([0, 1, 0, 1, 0]), "binary", 0.3, 0)
    assert len(val) == 0 and len(fit) == 5
    y = np.array([0] * 20 + [1])  # a class with one row stays on the fit side
    fit, val = validation_split(y, "binary", 0.3, 0)
    assert 20 in fit


# ------------------------------------------------------------------------ metrics


def test_metrics_agree_with_scikit_learn():
    from sklearn import metrics

    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 50)
    p = np.clip(rng.uniform(size=50), 0.01, 0.99)
    assert log_loss(y, p) == pytest.approx(metrics.log_loss(y, p))
    assert roc_auc(y, p) == pytest.approx(metrics.roc_auc_score(y, p))
    assert np.isnan(roc_auc(np.ones(5), p[:5]))
    y3 = rng.integers(0, 3, 50)
    p3 = rng.dirichlet([1, 1, 1], 50)
    assert log_loss(y3, p3) == pytest.approx(metrics.log_loss(y3, p3, labels=[0, 1, 2]))
    t, q = rng.normal(size=30), rng.normal(size=30)
    assert rmse(t, q) == pytest.approx(metrics.root_mean_squared_error(t, q))
    assert r2(t, q) == pytest.approx(metrics.r2_score(t, q))
    s = scores("binary", y, p)
    assert set(s) == {"loss", "log_loss", "auc", "accuracy"} and s["loss"] == s["log_loss"]
    assert set(scores("multiclass", y3, p3)) == {"loss", "log_loss", "accuracy"}
    assert scores("regression", t, q)["loss"] == scores("regression", t, q)["rmse"]
    assert [headline(t) for t in ("binary", "multiclass", "regression")] == ["auc", "accuracy", "r2"]


# ------------------------------------------------------------------------ parameter fitting


def _fit(source: str, inputs: dict, y: np.ndarray, task: str, init: dict, link: str = "identity", k: int = 2, **kw):
    schema = infer_schema(pd.DataFrame(inputs), task, classes=list(range(k)) if task != "regression" else [])
    model = CodeModel(source, schema, list(inputs), params=init)
    try:
        return fit_parameters(model.worker(), model, Data(inputs, y, y), task, k, link, init, **kw)
    finally:
        model.close()


LOGISTIC = textwrap.dedent('''
    import numpy as np


    def predict(a, b, w_a=0.0, w_b=0.0, bias=0.0):
        return 1 / (1 + np.exp(-(w_a * a + w_b * b + bias)))
''')


def test_fit_parameters_recovers_known_logistic_weights(monkeypatch):
    monkeypatch.setattr(search_params, "SMOOTHING", 0.0)  # the plain maximum-likelihood objective
    rng = np.random.default_rng(0)
    a, b = rng.normal(size=3000), rng.normal(size=3000)
    p = 1 / (1 + np.exp(-(2.0 * a - 1.0 * b + 0.5)))
    y = (rng.uniform(size=3000) < p).astype(int)
    params, cal = _fit(LOGISTIC, {"a": a, "b": b}, y, "binary", {"w_a": 0.0, "w_b": 0.0, "bias": 0.0}, restarts=1)
    assert cal is None
    fitted = np.array([params["w_a"], params["w_b"], params["bias"]])
    np.testing.assert_allclose(fitted, [2.0, -1.0, 0.5], atol=0.3)  # the truth, within sampling noise
    from sklearn.linear_model import LogisticRegression

    mle = LogisticRegression(C=1e6).fit(np.c_[a, b], y)
    # the maximum-likelihood fit, up to the light pull towards the defaults (REG)
    np.testing.assert_allclose(fitted, [*mle.coef_[0], mle.intercept_[0]], rtol=0.06)


def test_fit_parameters_smoothing_keeps_separable_fits_finite():
    """Separable rows: plain log-loss pushes the weights without bound, smoothed labels stop at p ~ 0.95."""
    a = np.linspace(-2, 2, 40)
    b = np.zeros(40)
    y = (a > 0).astype(int)
    params, _ = _fit(LOGISTIC, {"a": a, "b": b}, y, "binary", {"w_a": 0.0, "w_b": 0.0, "bias": 0.0}, restarts=1)
    p = 1 / (1 + np.exp(-(params["w_a"] * a + params["bias"])))
    assert params["w_a"] > 0 and np.abs(params["bias"]) < 0.5
    assert 0.9 < p.max() < 0.995 and 0.005 < p.min() < 0.1  # confident, never certain
    assert ((p > 0.5) == (y == 1)).all()  # and still separating the classes


def test_fit_parameters_recovers_a_regression_and_a_threshold():
    rng = np.random.default_rng(1)
    a = rng.uniform(-2, 2, 400)
    y = 3.0 * a - 1.5 + rng.normal(0, 0.05, 400)
    src = "def predict(a, w=1.0, c=0.0):\n    return w * a + c\n"
    params, cal = _fit(src, {"a": a}, y, "regression", {"w": 1.0, "c": 0.0}, calibrate=True)
    assert cal is not None and len(cal) == 2
    # the fitted model (parameters, then calibration) reproduces the truth
    pred = cal[0] * (params["w"] * a + params["c"]) + cal[1]
    assert np.sqrt(np.mean((pred - y) ** 2)) < 0.1
    # a step: the threshold is found where the labels change
    y2 = (a > 0.7).astype(int)
    step = "import numpy as np\n\ndef predict(a, t=0.0, k=5.0):\n    return 1 / (1 + np.exp(-k * (a - t)))\n"
    params, _ = _fit(step, {"a": a}, y2, "binary", {"t": 0.0, "k": 5.0}, link="identity")
    assert params["t"] == pytest.approx(0.7, abs=0.1)


def test_a_threshold_the_llm_left_open_is_fitted_on_a_column_far_from_one(monkeypatch):
    """Hand-written answer using ``x1 > t_s`` without declaring ``t_s``, on a column in the hundreds."""
    from iblearn.search import base
    from iblearn.search.base import Candidate, FitContext, evaluate

    rng = np.random.default_rng(2)
    x = rng.uniform(100, 500, 60).round(1)
    y = (x > 320).astype(int)
    schema = infer_schema(pd.DataFrame({"x1": x}), "binary", target="y", classes=[0, 1])
    ctx = FitContext(None, schema, Data({"x1": x[:40]}, y[:40], y[:40]),  # type: ignore[arg-type]
                     Data({"x1": x[40:]}, y[40:], y[40:]), Budget())
    answer = ("```python\nimport numpy as np\n\ndef predict(x1, bias=-1.0):\n"
              "    return 1 / (1 + np.exp(-(bias + w_s * np.where(x1 > t_s, 1.0, 0.0))))\n```")
    cand = evaluate(ctx, Candidate(0, "t", answer), fit_params=True)
    assert cand.valid and cand.defaults["t_s"] == pytest.approx(np.median(x[:40]), rel=1e-3)
    assert abs(cand.params["t_s"] - 320) < 30 and cand.validation["auc"] >= 0.9
    t_fitted = cand.params["t_s"]
    assert f"t_s={float(f'{t_fitted:.4g}')!r}" in cand.code  # the fitted value is written into the code
    # the old placeholder start (1.0) puts the step below every row: flat, nothing to fit
    monkeypatch.setattr(base, "starting_values", lambda *a: {})
    flat = evaluate(ctx, Candidate(1, "t", answer), fit_params=True)
    assert flat.valid and flat.params["t_s"] < 100 and flat.validation["auc"] == 0.5


def test_fit_parameters_keeps_the_defaults_when_nothing_else_runs():
    src = "import numpy as np\n\ndef predict(a, w=1.0):\n    return a * w if w == 1.0 else a[:1]\n"
    a = np.linspace(-1, 1, 20)
    params, _ = _fit(src, {"a": a}, (a > 0).astype(int), "binary", {"w": 1.0}, link="sigmoid", restarts=1)
    assert params == {"w": 1.0}


# ------------------------------------------------------------------------ ensembles

MEMBERS = [  # small hand-written members; both define `helper` and `K` to test renaming
    dict(code="import numpy as np\n\nK = 2.0\n\n\ndef helper(v):\n    return v * K\n\n\n"
              "def predict(a, b, w=1.0):\n    # member one\n    return helper(a) * w - b\n",
         columns=["a", "b"], matrix_arg=None, link="sigmoid", calibration=None),
    dict(code="import numpy as np\nimport math\n\nK = 0.5\n\n\ndef helper(v):\n    return np.clip(v * K, 0, 1)\n\n\n"
              "def predict(a):\n    return helper(a) * math.pi / 4\n",
         columns=["a"], matrix_arg=None, link="identity", calibration=[1.3, -0.2]),
    dict(code="import numpy as np\n\n\ndef predict(X):\n    return 1 / (1 + np.exp(-X[:, 1]))\n",
         columns=[], matrix_arg="X", link="identity", calibration=None),
]


def _member_prediction(m: dict, schema, inputs: dict) -> np.ndarray:
    cm = CodeModel(m["code"], schema, m["columns"], m["matrix_arg"], link=m["link"], calibration=m["calibration"])
    try:
        return cm.predict_values(inputs)
    finally:
        cm.close()


def test_combine_averages_binary_members_and_passes_the_checks():
    df = pd.DataFrame({"a": np.linspace(-1, 2, 9), "b": np.linspace(1, -1, 9)})
    schema = infer_schema(df, "binary", classes=[0, 1])
    inputs = column_inputs(df, schema)
    src = combine(MEMBERS, "binary", schema.idents, schema.classes)
    check_source(src)
    for name in ("helper_m1", "helper_m2", "K_m1", "K_m2", "predict_m1", "predict_m2", "predict_m3", "def logit"):
        assert name in src
    assert "# member one" in src and src.count("import numpy as np") == 1 and "import math" in src
    got = run_code(src, inputs)
    expected = np.mean([_member_prediction(m, schema, inputs) for m in MEMBERS], axis=0)
    np.testing.assert_allclose(got, expected, rtol=1e-9)


def test_combine_multiclass_and_regression():
    df = pd.DataFrame({"a": np.linspace(-1, 2, 7), "b": np.linspace(1, -1, 7)})
    schema = infer_schema(df, "multiclass", classes=["x", "y", "z"])
    inputs = column_inputs(df, schema)
    members = [
        dict(code="import numpy as np\n\ndef predict(a, b):\n    return np.stack([a, b, a - b], axis=1)\n",
             columns=["a", "b"], matrix_arg=None, link="softmax"),
        dict(code="import numpy as np\n\ndef predict(a, b):\n    return np.stack([a**2, b**2, np.ones_like(a)], axis=1)\n",
             columns=["a", "b"], matrix_arg=None, link="normalize"),
    ]
    src = combine(members, "multiclass", schema.idents, schema.classes)
    check_source(src)
    got = run_code(src, inputs)
    expected = np.mean([_member_prediction({**m, "calibration": None}, schema, inputs) for m in members], axis=0)
    np.testing.assert_allclose(got, expected, rtol=1e-9)
    np.testing.assert_allclose(got.sum(axis=1), 1.0)
    rschema = infer_schema(df, "regression")
    reg = [dict(code="def predict(a):\n    return a * 2\n", columns=["a"], matrix_arg=None, link="identity",
                calibration=[0.5, 1.0]),
           dict(code="def predict(b):\n    return b\n", columns=["b"], matrix_arg=None, link="identity")]
    got = run_code(combine(reg, "regression", rschema.idents, []), inputs)
    np.testing.assert_allclose(got, ((0.5 * inputs["a"] * 2 + 1.0) + inputs["b"]) / 2)


# ------------------------------------------------------------------------ search on recorded answers


def _shown_validation_rows(f) -> list[str]:
    """CSV lines of validation rows that appear in any request sent to the LLM (should be none)."""
    est = f.est
    schema = est.model_.schema
    inputs = column_inputs(f.X, schema)
    y_enc = np.unique(f.y, return_inverse=True)[1] if schema.task != "regression" else f.y.astype(float)
    fit_idx, val_idx = validation_split(y_enc, schema.task, est.validation_fraction, est.random_state)
    assert len(val_idx) > 0 and len(val_idx) + len(fit_idx) == len(f.y)
    assert est.split_ == {"fit_rows": len(fit_idx), "validation_rows": len(val_idx), "seed": est.random_state,
                          "validation_fraction": est.validation_fraction}
    assert est.model_.provenance["split"] == est.split_  # kept in the artifact, for reselect
    fit_lines = {ln for i in fit_idx for ln in rows_csv(inputs, f.y, schema, np.array([i])).splitlines()[1:]}
    text = "\n".join(m["content"] for req in f.backend.seen[:f.fit_requests] for m in req["messages"])
    leaked = []
    for i in val_idx:
        line = rows_csv(inputs, f.y, schema, np.array([i])).splitlines()[1]
        if line in fit_lines:
            continue  # identical to a fit row after rounding: not distinguishable
        features = line.rsplit(",", 1)[0]  # the features alone must not appear either
        if features in text:
            leaked.append(line)
    # and the fit rows do reach the prompt (so the check above is not vacuous)
    assert sum(ln in text for ln in fit_lines) >= min(8, len(fit_lines))
    return leaked


@pytest.mark.parametrize("name", ["moons_default", "iris_default", "diabetes_default"])
def test_validation_rows_never_reach_the_llm(fitted, name):
    f = fitted(name)
    assert f.backend.seen, "the replay saw no requests"
    assert _shown_validation_rows(f) == []


@pytest.mark.parametrize("name", ["moons_default", "iris_default", "diabetes_default", "moons_bagging",
                                  "pseudo_oneshot", "pseudo_repair"])
def test_budget_and_search_log(fitted, name):
    f = fitted(name)
    est = f.est
    params = SCENARIOS[name].params
    max_calls = params.get("max_calls") or 1 + params.get("max_repairs", 2)
    assert est.usage_.calls == f.fit_requests <= max_calls
    log = est.search_log_
    assert [c.id for c in log] == list(range(len(log)))
    assert len(log) == est.usage_.calls  # every call is one attempt in the log
    by_id = {c.id: c for c in log}
    for c in log:
        assert c.answer and c.prompt_hash and c.strategy
        if c.valid:
            assert c.code and c.error is None and "loss" in c.validation and "loss" in c.train
            check_source(c.code)
            # the LLM's own numbers are kept beside the fitted ones, for every fitted parameter
            assert set(c.defaults) == set(c.params)
        else:
            assert c.error and c.stage in ("extract", "checks", "sandbox", "result")
        if c.repair_of is not None:  # a repair answers the failed attempt right before it
            assert c.repair_of < c.id and not by_id[c.repair_of].valid
        if c.parent is not None:  # a refinement starts from an earlier valid model
            assert c.parent < c.id and by_id[c.parent].valid
    chosen = est.model_.provenance["members"]
    assert chosen and all(by_id[i].valid for i in chosen)
    # the default rule ("crossval") ranked the valid candidates by cross-validated loss and records the
    # lead's (check_crossval re-ranks them); with one valid candidate, or no held-out rows (oneshot), there is no choice
    from iblearn.search import DEFAULT_SELECTION

    prov = est.model_.provenance
    assert est.selection == DEFAULT_SELECTION == prov["selection"]
    choice = sum(c.valid for c in log) >= 2 and est.split_["validation_rows"] >= 2
    distilled = "teachers" in prov  # a distilled student's numbers are not the cross-validated ones
    assert ("cross_validation_score" in prov) == (choice and DEFAULT_SELECTION.startswith("crossval") and not distilled)


def test_search_reports_its_lead_members_validation_score(fitted):
    est = fitted("moons_default").est
    by_id = {c.id: c for c in est.search_log_}
    members = est.model_.provenance["members"]
    assert est.model_.provenance["validation_score"]["loss"] == pytest.approx(
        by_id[members[0]].validation["loss"], abs=1e-3) or len(members) > 1


def _se_context(n_val: int):
    """Validation rows drawn from p = sigmoid(3 x1); the exact 5-parameter model and a flatter 1-parameter one."""
    from iblearn.data import infer_schema
    from iblearn.search import one_standard_error
    from iblearn.search.base import Budget, Candidate, Data, FitContext, predict_candidate
    from iblearn.search.metrics import scores

    rng = np.random.default_rng(1)
    x = rng.uniform(-2, 2, n_val).round(3)
    y = (rng.uniform(size=n_val) < 1 / (1 + np.exp(-3 * x))).astype(int)
    schema = infer_schema(pd.DataFrame({"x1": x}), "binary", target="y", classes=[0, 1])
    data = Data({"x1": x}, y, y)
    ctx = FitContext(None, schema, data, data, Budget())  # type: ignore[arg-type]
    exact = Candidate(0, "t", "", code="import numpy as np\n\ndef predict(x1, w=3.0, a=0.0, b=0.0, c=0.0, d=0.0):\n"
                      "    return 1 / (1 + np.exp(-(w * x1 + a * x1**2 + b * x1**3 + c + d * np.sin(x1))))\n",
                      valid=True, params={"w": 3.0, "a": 0.0, "b": 0.0, "c": 0.0, "d": 0.0}, columns=["x1"])
    flat = Candidate(1, "t", "", code="import numpy as np\n\ndef predict(x1, w=2.0):\n"
                     "    return 1 / (1 + np.exp(-w * x1))\n", valid=True, params={"w": 2.0}, columns=["x1"])
    for c in (exact, flat):
        c.validation = scores("binary", y, predict_candidate(ctx, c, data))
    return ctx, sorted([exact, flat], key=lambda c: c.loss), one_standard_error


def test_one_standard_error_rule_prefers_the_simpler_model_when_validation_cannot_tell():
    ctx, valid, rule = _se_context(40)
    assert valid[0].id == 0  # the exact model scores best, but by less than one standard error on 40 rows
    assert rule(ctx, valid).id == 1


def test_one_standard_error_rule_keeps_the_complex_model_when_it_is_clearly_better():
    ctx, valid, rule = _se_context(3000)
    assert valid[0].id == 0 and valid[1].loss - valid[0].loss > 0.015
    assert rule(ctx, valid).id == 0


def test_selection_simplest_is_the_1se_pick_and_best_the_lowest_validation_loss():
    from iblearn.search import lead, val_predictions

    ctx, valid, _ = _se_context(40)
    preds = val_predictions(ctx, valid)
    assert lead(ctx, valid, preds).id == lead(ctx, valid, preds, "simplest").id == 1
    assert lead(ctx, valid, preds, "best").id == 0


def test_reselect_needs_a_valid_candidate_in_the_log():
    from iblearn.search import reselect
    from iblearn.search.base import Candidate

    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    broken = [Candidate(0, "default", "no code", stage="extract", error="the answer holds no code")]
    with pytest.raises(NoValidModelError, match="holds no valid candidate") as info:
        reselect(schema, column_inputs(X, schema), y, y, broken)
    assert info.value.log == broken


def test_unknown_selection_is_a_config_error():
    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    llm = make_replay("moons_default", in_order=True)
    with pytest.raises(ConfigError, match="unknown selection 'smallest'; choose one of crossval, simplest, best"):
        search(llm, schema, column_inputs(X, schema), y, y, selection="smallest")
    assert llm.backend.seen == []


class Counting:
    """Passes requests to a back-end and counts them (the cache should leave almost nothing to pass)."""

    def __init__(self, inner: ReplayBackend):
        for attr in ("name", "model", "max_concurrency", "supports_prefill", "context_window", "prompt_budget"):
            if hasattr(inner, attr):
                setattr(self, attr, getattr(inner, attr))
        self.inner, self.calls = inner, 0

    def complete(self, messages: Sequence[dict], params: GenerationParams) -> Completion:
        self.calls += 1
        return self.inner.complete(messages, params)


def test_same_seed_and_cache_repeat_the_fit_exactly_without_calls(fitted):
    """Same seed + the response cache of an earlier fit: identical code, and the LLM is not asked again
    (except for answers cut off at max_tokens, which the cache never keeps)."""
    first = fitted("moons_default")
    cache = first.llm.cache
    fit_seen = first.backend.seen[:first.fit_requests]
    uncachable = sum(r["finish_reason"] == "length" for r in fit_seen)
    assert len(cache) >= first.fit_requests - uncachable
    counting = Counting(first.backend)
    again = SCENARIOS["moons_default"].make(LLM(counting, cache)).fit(first.X, first.y)
    try:
        assert counting.calls == uncachable
        assert again.usage_.calls == first.est.usage_.calls and again.usage_.cached_calls == again.usage_.calls - uncachable
        assert again.code_ == first.est.code_
        assert [c.answer for c in again.search_log_] == [c.answer for c in first.est.search_log_]
        np.testing.assert_array_equal(again.predict_proba(first.X), first.est.predict_proba(first.X))
    finally:
        again.model_.close()


def _defaults_only(worker, model, data, task, k, link, init, *, calibrate=False, **kw):
    """A stand-in for parameter fitting: keeps the defaults (the flow of a strategy is under test here;
    fitting itself is tested above and in every scenario fit)."""
    return dict(init), ([1.0, 0.0] if calibrate and task != "multiclass" else None)


@pytest.mark.parametrize("strategy", list(STRATEGIES))
def test_every_strategy_respects_its_budget(strategy, monkeypatch):
    """All strategies on the recorded moons answers (served in order where requests differ)."""
    import iblearn.search.base as search_base

    monkeypatch.setattr(search_base, "fit_parameters", _defaults_only)  # evaluation, refits, distillation, pruning
    llm = make_replay("moons_default", "moons_bagging", in_order=True)
    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    inputs = column_inputs(X, schema)
    budget = Budget(max_calls=3)
    try:
        res = search(llm, schema, inputs, y, y, strategy=strategy, budget=budget, seed=0, max_repairs=1)
    except NoValidModelError as exc:
        assert "no valid code model after" in str(exc)
        assert llm.ledger.since(0).calls <= 3
        return
    assert res.usage.calls == len(llm.backend.seen) <= 3
    assert all(c.strategy in (strategy, "refine", "default") for c in res.log)
    check_source(res.model.source)
    pred = res.model.predict_values(inputs)
    res.model.close()
    assert pred.shape == (len(y),) and np.all((pred >= 0) & (pred <= 1))
    if strategy == "oneshot":
        assert res.split["validation_rows"] == 0  # the paper's method: no held-out rows


def test_token_and_time_budgets_stop_the_search():
    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    inputs = column_inputs(X, schema)
    llm = make_replay("moons_default", in_order=True)
    res = search(llm, schema, inputs, y, y, strategy="best_of_n", budget=Budget(max_calls=10, max_tokens=1))
    assert res.usage.calls == 1
    res.model.close()
    llm = make_replay("moons_default", in_order=True)
    with pytest.raises(NoValidModelError, match="after 0 LLM calls"):
        search(llm, schema, inputs, y, y, strategy="best_of_n", budget=Budget(max_calls=10, max_seconds=0.0))
    assert llm.backend.seen == []


def test_unknown_strategy_is_a_config_error():
    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    with pytest.raises(ConfigError, match="unknown strategy 'magic'.*default"):
        search(make_replay("moons_default", in_order=True), schema, column_inputs(X, schema), y, y, strategy="magic")


def test_repair_turn_carries_the_broken_answer_and_its_error(fitted):
    """The first answer of this recording is HAND-WRITTEN (returns one number); the rest is the model's."""
    f = fitted("pseudo_repair")
    log = f.est.search_log_
    first = log[0]
    assert not first.valid and first.stage == "result" and "single number" in first.error
    assert log[1].repair_of == 0
    repair_request = f.backend.seen[1]["messages"]
    assert repair_request[:2] == f.backend.seen[0]["messages"]
    assert repair_request[2] == {"role": "assistant", "content": first.answer}
    assert first.error in repair_request[3]["content"]


class Scripted:
    """HAND-WRITTEN answers (not a model): for failure paths no real answer reliably produces."""

    name, model, max_concurrency = "scripted", "none", 1

    def __init__(self, answers: list[str | Exception]):
        self.answers, self.seen = list(answers), []

    def complete(self, messages, params):
        self.seen.append(messages)
        a = self.answers[min(len(self.seen), len(self.answers)) - 1]
        if isinstance(a, Exception):
            raise a
        return Completion(a, self.model, self.name, 10, 10, 0.0, "stop")


BROKEN = "```python\nimport numpy as np\n\ndef predict(x1, x2):\n    return np.minimum(x1, x2, x1, x2)\n```"


def test_oneshot_starts_a_fresh_answer_when_an_answer_and_its_repairs_fail():
    """Pseudo seed 4 once ended without a model: three calls on one broken answer, five left unused."""
    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    inputs = column_inputs(X, schema)
    scripted = Scripted([BROKEN, BROKEN, OK, BROKEN])
    res = search(LLM(scripted), schema, inputs, y, y, strategy="oneshot", budget=Budget(max_calls=8), max_repairs=1)
    res.model.close()
    assert len(scripted.seen) == 3  # answer, its repair, then a fresh answer that passes; nothing after it
    assert [c.valid for c in res.log] == [False, False, True]
    assert res.log[1].repair_of == 0 and res.log[2].repair_of is None  # the third is a new answer, not a repair
    assert scripted.seen[2] == scripted.seen[0]  # of the same prompt
    assert res.chosen == [2] and "np.minimum(x1, x2, x1, x2)" not in res.model.source
    # with the paper's budget (one answer and its repairs) nothing more is asked
    scripted = Scripted([BROKEN, BROKEN, OK])
    with pytest.raises(NoValidModelError, match="after 2 LLM calls"):
        search(LLM(scripted), schema, inputs, y, y, strategy="oneshot", budget=Budget(max_calls=2), max_repairs=1)
    assert len(scripted.seen) == 2


def test_no_valid_model_after_the_budget_says_why():
    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    inputs = column_inputs(X, schema)
    llm = LLM(Scripted(["I am sorry, I cannot write code.", "```python\ndef predict(x1, x2):\n    return 0.5\n```"]))
    with pytest.raises(NoValidModelError) as info:
        search(llm, schema, inputs, y, y, strategy="best_of_n", budget=Budget(max_calls=4), max_repairs=1)
    msg = str(info.value)
    assert "after 4 LLM calls" in msg and "extract: the code does not parse" in msg and "single number" in msg


def test_llm_failures_propagate_first_and_are_logged_later():
    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    inputs = column_inputs(X, schema)
    with pytest.raises(LLMConnectionError):
        search(LLM(Scripted([LLMConnectionError("refused")])), schema, inputs, y, y, strategy="best_of_n")
    res = search(LLM(Scripted([OK, LLMConnectionError("refused"), OK])), schema, inputs, y, y, strategy="best_of_n",
                 budget=Budget(max_calls=3))
    res.model.close()
    # retries happen inside back-ends, so a failure after a success ends the search with what it has
    assert [c.valid for c in res.log] == [True, False] and res.usage.calls == 1
    assert res.log[1].stage == "llm" and "refused" in res.log[1].error


OK = "```python\nimport numpy as np\n\ndef predict(x1, x2):\n    return 1 / (1 + np.exp(-(x1 - x2)))\n```"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("strategy", list(STRATEGIES))
def test_an_llm_that_keeps_failing_ends_the_search(strategy):
    """Failed calls never reach the usage ledger; the search must still stop (it once looped forever)."""
    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    scripted = Scripted([OK, LLMConnectionError("server went away")])
    res = search(LLM(scripted), schema, column_inputs(X, schema), y, y, strategy=strategy, budget=Budget(max_calls=5),
                 max_repairs=1)
    res.model.close()
    assert len(scripted.seen) == (1 if strategy == "oneshot" else 2)  # oneshot stops at its valid answer
    assert res.log[0].valid and (strategy == "oneshot" or res.log[-1].stage == "llm")


def test_recorded_members_combine_into_a_checked_average(fitted):
    """Ensemble of real recorded candidates: checked code whose output is the members' mean."""
    f = fitted("moons_bagging")
    est = f.est
    valid = [c for c in est.search_log_ if c.valid]
    if len(valid) < 2:
        pytest.skip("fewer than two valid recorded candidates")
    schema = est.model_.schema
    inputs = column_inputs(f.X, schema)
    src = combine([c.__dict__ for c in valid], "binary", schema.idents, schema.classes)
    check_source(src)
    preds = []
    for c in valid:
        cm = CodeModel(c.code, schema, c.columns, c.matrix_arg, c.params, c.link, calibration=c.calibration)
        preds.append(cm.predict_values(inputs))
        cm.close()
    np.testing.assert_allclose(run_code(src, inputs), np.mean(preds, axis=0), rtol=1e-6, atol=1e-9)
    if len(est.model_.provenance["members"]) > 1:  # the search itself chose an average
        assert "average of" in est.model_.source


def _moons_fit_of(answer: str):
    """A one-call ``fit_params`` search of the moons scenario's rows on a hand-written answer:
    the schema, the inputs, the labels and the search result (close its model)."""
    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    inputs = column_inputs(X, schema)
    res = search(LLM(Scripted([answer])), schema, inputs, y, y, strategy="fit_params", budget=Budget(max_calls=1))
    return schema, inputs, y, res


def test_the_final_model_carries_its_calibration_inside_the_code():
    """Fitted (scale, shift) become parameters of the function: no extra pass on the host, one place to read them."""
    schema, inputs, y, res = _moons_fit_of(
        "```python\nimport numpy as np\n\ndef predict(x1, x2, w1=1.0, w2=-1.0, bias=0.0):\n"
        "    score = w1 * x1 + w2 * x2 + bias\n    return 1 / (1 + np.exp(-score))\n```")
    try:
        cand = res.log[0]
        assert cand.valid and cand.calibration is not None  # the candidate was calibrated outside its code
        model = res.model
        assert model.calibration is None
        assert "cal_scale" in model.params and "np.exp(-(cal_scale * score + cal_shift))" in model.source
        check_source(model.source)
        # the same predictions as the refitted candidate with its calibration applied afterwards (up to the
        # 4 significant digits every fitted number is written with)
        from iblearn.search import _refit
        from iblearn.search.base import Data, FitContext

        ctx = FitContext(None, schema, Data(inputs, y, y), Data(inputs, y, y), Budget())  # type: ignore[arg-type]
        refit = _refit(ctx, cand, Data(inputs, y, y))
        expected = CodeModel(refit.code, schema, refit.columns, refit.matrix_arg, refit.params, refit.link,
                             calibration=refit.calibration)
        try:
            np.testing.assert_allclose(model.predict_values(inputs), expected.predict_values(inputs), atol=5e-4)
        finally:
            expected.close()
    finally:
        res.model.close()


def test_the_final_model_holds_its_inputs_to_the_training_range_and_oneshot_keeps_the_code_as_written():
    """A curved term is only known where the rows were (bench/preregistered/2026-12-02-clamp-inputs.md):
    the artifact clips each input to the training range, which changes no training row's prediction."""
    from conftest import check_clamped

    answer = ("```python\nimport numpy as np\n\ndef predict(x1, x2, w1=1.0, w2=-1.0, w3=0.5, bias=0.0):\n"
              "    score = w1 * x1 + w2 * x2 + w3 * x1 * x1 + bias\n    return 1 / (1 + np.exp(-score))\n```")
    schema, inputs, y, res = _moons_fit_of(answer)
    try:
        assert check_clamped(res.model, inputs) == 2
        from iblearn.search import _fold, _refit
        from iblearn.search.base import Data, FitContext

        ctx = FitContext(None, schema, Data(inputs, y, y), Data(inputs, y, y), Budget())  # type: ignore[arg-type]
        free = _fold(ctx, _refit(ctx, res.log[0], Data(inputs, y, y)))  # the same model without the clip lines
        assert "clip" not in (free.code or "") and free.code != res.model.source
        unclamped = CodeModel(free.code or "", schema, free.columns, free.matrix_arg, free.params, free.link)
        try:
            np.testing.assert_array_equal(res.model.predict_values(inputs), unclamped.predict_values(inputs))
        finally:
            unclamped.close()
    finally:
        res.model.close()
    oneshot = search(LLM(Scripted([answer])), schema, inputs, y, y, strategy="oneshot", budget=Budget(max_calls=1))
    try:
        assert "clip" not in oneshot.model.source  # the paper's method: the code as the LLM wrote it
    finally:
        oneshot.model.close()


def test_averages_join_only_when_they_beat_the_model_so_far_by_a_standard_error():
    from iblearn.search import _best_average, _val_losses
    from iblearn.search.base import Candidate, Data, FitContext

    rng = np.random.default_rng(3)
    y = rng.integers(0, 2, 40)
    schema = infer_schema(pd.DataFrame({"x1": np.zeros(40)}), "binary", target="y", classes=[0, 1])
    ctx = FitContext(None, schema, Data({}, y, y), Data({}, y, y), Budget())  # type: ignore[arg-type]
    truth = np.where(y == 1, 0.7, 0.3)
    lead = Candidate(0, "t", "", valid=True)
    # a second model with independent errors: the average validates better, but by less than one SE
    preds = {0: np.clip(truth + rng.normal(0, 0.08, 40), 0.02, 0.98),
             1: np.clip(truth + rng.normal(0, 0.08, 40), 0.02, 0.98)}
    lead_loss, lead_se = _val_losses(ctx, preds[0])
    avg_loss, _ = _val_losses(ctx, (preds[0] + preds[1]) / 2)
    assert lead_loss - lead_se < avg_loss < lead_loss
    assert _best_average(ctx, [lead, Candidate(1, "t", "", valid=True)], preds) == [lead]
    # a member that fixes the lead's confident mistakes clearly helps: it joins
    preds[2] = np.where(y == 1, 0.95, 0.05)
    preds[0] = np.where(np.arange(40) < 8, 1 - preds[2], preds[2])
    chosen = _best_average(ctx, [lead, Candidate(2, "t", "", valid=True)], preds)
    assert [c.id for c in chosen] == [0, 2]


def test_average_keeps_every_distinct_candidate_that_beats_the_training_prior():
    from iblearn.search import MAX_AVERAGE, _val_losses, average_members
    from iblearn.search.base import Candidate, Data, FitContext

    rng = np.random.default_rng(4)
    y_fit, y_val = rng.integers(0, 2, 60), rng.integers(0, 2, 40)
    schema = infer_schema(pd.DataFrame({"x1": np.zeros(40)}), "binary", target="y", classes=[0, 1])
    ctx = FitContext(None, schema, Data({}, y_fit, y_fit), Data({}, y_val, y_val), Budget())  # type: ignore[arg-type]
    good = np.where(y_val == 1, 0.8, 0.2)
    preds = {0: good, 1: good.copy(),  # 1 predicts what 0 does: kept once
             2: np.clip(good + rng.normal(0, 0.1, 40), 0.05, 0.95),
             3: np.full(40, y_fit.mean()), 4: 1 - good}  # the prior itself, and worse than it
    valid = sorted((Candidate(i, "t", "", valid=True) for i in preds), key=lambda c: _val_losses(ctx, preds[c.id])[0])
    prior = _val_losses(ctx, np.full(40, y_fit.mean()))[0]
    assert _val_losses(ctx, preds[3])[0] >= prior and _val_losses(ctx, preds[2])[0] < prior
    assert [c.id for c in average_members(ctx, valid, preds)] == [0, 2]
    # only the prior's equals: nothing to average (the caller keeps its lead)
    assert average_members(ctx, [c for c in valid if c.id in (3, 4)], preds) == []
    many = {i: np.clip(good + 0.01 * i * (2 * y_val - 1), 0.01, 0.99) for i in range(MAX_AVERAGE + 4)}
    ranked = sorted((Candidate(i, "t", "", valid=True) for i in many), key=lambda c: _val_losses(ctx, many[c.id])[0])
    assert [c.id for c in average_members(ctx, ranked, many)] == [c.id for c in ranked[:MAX_AVERAGE]]


def test_average_works_for_regression_and_multiclass_validation_rows():
    from iblearn.search import average_members
    from iblearn.search.base import Candidate, Data, FitContext

    rng = np.random.default_rng(5)
    y = rng.normal(10, 2, 30)
    schema = infer_schema(pd.DataFrame({"x1": np.zeros(30)}), "regression", target="y")
    ctx = FitContext(None, schema, Data({}, y, y), Data({}, y, y), Budget())  # type: ignore[arg-type]
    preds = {0: y + rng.normal(0, 0.5, 30), 1: np.full(30, y.mean() + 3)}
    assert [c.id for c in average_members(ctx, [Candidate(i, "t", "", valid=True) for i in (0, 1)], preds)] == [0]
    k = rng.integers(0, 3, 30)
    schema = infer_schema(pd.DataFrame({"x1": np.zeros(30)}), "multiclass", target="y", classes=[0, 1, 2])
    ctx = FitContext(None, schema, Data({}, k, k), Data({}, k, k), Budget())  # type: ignore[arg-type]
    sharp = np.full((30, 3), 0.1)
    sharp[np.arange(30), k] = 0.8
    preds = {0: sharp, 1: sharp[:, ::-1].copy()}
    assert [c.id for c in average_members(ctx, [Candidate(i, "t", "", valid=True) for i in (0, 1)], preds)] == [0]


# ------------------------------------------------------------------------ distillation


def test_fit_parameters_with_soft_targets_recovers_the_teacher():
    """Fitting to another model's probabilities (no labels, no smoothing) recovers that model."""
    rng = np.random.default_rng(6)
    a, b = rng.normal(size=400), rng.normal(size=400)
    teacher = 1 / (1 + np.exp(-(1.5 * a - 0.5 * b + 0.25)))
    params, _ = _fit(LOGISTIC, {"a": a, "b": b}, np.zeros(400, int), "binary",
                     {"w_a": 0.0, "w_b": 0.0, "bias": 0.0}, restarts=1, targets=teacher)
    # the teacher, up to the light pull towards the defaults (REG)
    np.testing.assert_allclose([params["w_a"], params["w_b"], params["bias"]], [1.5, -0.5, 0.25], rtol=0.04)
    # multiclass: target probabilities per class
    src = "import numpy as np\n\ndef predict(a, w1=0.0, w2=0.0):\n    return np.stack([0 * a, w1 * a, w2 * a], axis=1)\n"
    logits = np.stack([0 * a, 2.0 * a, -1.0 * a], axis=1)
    soft = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    params, _ = _fit(src, {"a": a}, np.zeros(400, int), "multiclass", {"w1": 0.0, "w2": 0.0}, link="softmax",
                     k=3, restarts=1, targets=soft)
    np.testing.assert_allclose([params["w1"], params["w2"]], [2.0, -1.0], rtol=0.05)
    # regression: the teacher's values stand in for y
    reg = "def predict(a, w=1.0, c=0.0):\n    return w * a + c\n"
    params, _ = _fit(reg, {"a": a}, np.zeros(400), "regression", {"w": 1.0, "c": 0.0}, targets=4.0 * a - 2.0)
    np.testing.assert_allclose([params["w"], params["c"]], [4.0, -2.0], rtol=0.03)


def test_jittered_rows_keep_the_originals_and_move_only_numeric_columns():
    from iblearn.search import jittered

    x = np.linspace(0, 10, 20)
    k = np.arange(20) % 3
    rows = jittered(Data({"x": x, "k": k}, k, k), copies=5, noise=0.2, seed=0)
    assert len(rows) == 120 and len(rows.inputs["x"]) == 120
    np.testing.assert_array_equal(rows.inputs["x"][:20], x)  # the training rows themselves come first
    np.testing.assert_array_equal(rows.inputs["k"], np.tile(k, 6))  # integer codes are never moved
    moved = rows.inputs["x"][20:] - np.tile(x, 5)
    assert np.std(moved) == pytest.approx(0.2 * np.std(x), rel=0.2) and np.all(moved != 0)
    again = jittered(Data({"x": x, "k": k}, k, k), copies=5, noise=0.2, seed=0)
    np.testing.assert_array_equal(again.inputs["x"], rows.inputs["x"])  # seeded


def test_distil_fits_the_students_code_to_the_teachers_average():
    """Two teachers of different slopes: the student (their structure) lands between them, near their average."""
    from iblearn.search import distil, jittered
    from iblearn.search.base import Candidate, FitContext, predict_candidate

    rng = np.random.default_rng(7)
    a, b = rng.normal(size=50), rng.normal(size=50)
    y = (a + 0.3 * rng.normal(size=50) > 0).astype(int)
    schema = infer_schema(pd.DataFrame({"a": a, "b": b}), "binary", target="y", classes=[0, 1])
    data = Data({"a": a, "b": b}, y, y)
    ctx = FitContext(None, schema, data, data, Budget(), seed=1)  # type: ignore[arg-type]

    from iblearn.codegen import set_params

    def make(i: int, **p: float) -> Candidate:
        return Candidate(i, "t", "", code=set_params(LOGISTIC, p), valid=True, params=p, columns=["a", "b"])

    t1, t2 = make(1, w_a=1.5, w_b=0.0, bias=0.0), make(2, w_a=3.0, w_b=1.0, bias=0.5)
    student = distil(ctx, make(3, w_a=0.0, w_b=0.0, bias=0.0), [t1, t2], data)
    assert student.id == 3 and student.params != {"w_a": 0.0, "w_b": 0.0, "bias": 0.0}
    w_a = student.params["w_a"]
    assert f"w_a={float(f'{w_a:.4g}')!r}" in student.code  # the fitted numbers are in its code
    assert 1.5 < student.params["w_a"] < 3.0 and 0.0 < student.params["w_b"] < 1.0
    rows = jittered(data, 40, 0.2, seed=1)
    average = (predict_candidate(ctx, t1, rows) + predict_candidate(ctx, t2, rows)) / 2
    gap = np.abs(predict_candidate(ctx, student, rows) - average)
    assert gap.mean() < 0.02  # one logistic function is close to the average of two
    assert gap.mean() < np.abs(predict_candidate(ctx, t1, rows) - average).mean() / 3
    # a student without parameters has nothing to fit: returned as it is
    fixed = Candidate(4, "t", "", code="def predict(a, b):\n    return a * 0 + 0.5\n", valid=True, columns=["a", "b"])
    assert distil(ctx, fixed, [t1, t2], data) is fixed


CURVED = textwrap.dedent('''
    import numpy as np


    def predict(a, b, w_a=0.0, w_b=0.0, q=0.0, bias=0.0):
        return 1 / (1 + np.exp(-(w_a * a + w_b * b + q * a * a + bias)))
''')


def test_the_most_faithful_student_is_the_one_that_can_carry_the_average():
    """A linear and a curved teacher: their average is curved, so the curved student reproduces it
    better on rows neither was fitted to. When the teachers agree on a line, the simpler student wins."""
    from iblearn.codegen import set_params
    from iblearn.search import most_faithful
    from iblearn.search.base import Candidate, FitContext
    from iblearn.search.metrics import divergence

    rng = np.random.default_rng(3)
    a, b = rng.normal(size=60), rng.normal(size=60)
    y = (a + 0.5 * a * a + 0.3 * rng.normal(size=60) > 0.5).astype(int)
    schema = infer_schema(pd.DataFrame({"a": a, "b": b}), "binary", target="y", classes=[0, 1])
    data = Data({"a": a, "b": b}, y, y)
    ctx = FitContext(None, schema, data, data, Budget(), seed=2)  # type: ignore[arg-type]

    def make(i: int, src: str, **p: float) -> Candidate:
        return Candidate(i, "t", "", code=set_params(src, p), valid=True, params=p, columns=["a", "b"])

    line = make(1, LOGISTIC, w_a=2.0, w_b=0.0, bias=-0.5)
    bowl = make(2, CURVED, w_a=1.0, w_b=0.0, q=2.0, bias=-1.5)
    students = [make(3, LOGISTIC, w_a=0.0, w_b=0.0, bias=0.0), make(4, CURVED, w_a=0.0, w_b=0.0, q=0.0, bias=0.0)]
    chosen, gaps = most_faithful(ctx, students, [line, bowl], data)
    assert set(gaps) == {3, 4} and gaps[4] < gaps[3] - 1e-3, gaps
    assert chosen.id == 4 and chosen.params["q"] > 0.3  # the curve, learnt from the teachers
    # the reported gap is the divergence on the check rows, which differ from the fitting rows
    assert divergence("binary", np.array([0.2, 0.7]), np.array([0.2, 0.7])) == pytest.approx(0.0, abs=1e-12)
    assert divergence("binary", np.array([0.2]), np.array([0.5])) == pytest.approx(
        0.2 * np.log(0.2 / 0.5) + 0.8 * np.log(0.8 / 0.5))
    # teachers that agree on a line: both students reproduce it, and the simpler one is kept
    chosen, gaps = most_faithful(ctx, students, [line, line], data)
    assert chosen.id == 3 and abs(gaps[3] - gaps[4]) <= 1e-4, gaps


def _fit_a_last_bit_apart(src: str, inputs: dict, y: np.ndarray, task: str, init: dict, **kw):
    """The same fit twice: on ``inputs``, and on them moved by 2e-16, as another CPU's rounding might."""
    return [_fit(src, {k: v * (1 + bit) for k, v in inputs.items()}, y, task, init, **kw) for bit in (0.0, 2e-16)]


@pytest.mark.parametrize("task,link,soft,cal", [
    (t, link, soft, cal) for t, links in (("binary", ("sigmoid", "identity")), ("regression", ("identity",)),
                                          ("multiclass", ("softmax", "normalize")))
    for link in links for soft in (False, True) for cal in (False, True) if not (t == "multiclass" and cal)])
def test_losses_of_a_stacked_block_equal_each_sets_loss_to_the_last_bit(task, link, soft, cal):
    """A stacked block's losses are computed at once; a fit must not change by a bit for that. A
    result with a NaN goes the general way (finalize refuses it: 1e6), marked NaN here."""
    from iblearn.search.params import _block_losses, _loss

    rng = np.random.default_rng(1)
    n, k, m = 37, 3, 9
    if task == "multiclass":
        block = rng.normal(size=(m, n, k)) * 3
        if link == "normalize":
            block = np.abs(block)
            block[2, 5] = 0  # a row with no score at all: uniform
        y = rng.dirichlet(np.ones(k), n) if soft else rng.integers(0, k, n)
    elif task == "binary":
        block = rng.normal(size=(m, n)) * 4 if link == "sigmoid" else rng.uniform(-0.1, 1.1, (m, n))
        y = rng.uniform(0, 1, n) if soft else rng.integers(0, 2, n).astype(float)
    else:
        block, y = rng.normal(size=(m, n)) * 100, rng.normal(size=n) * 50
    block[3].flat[4] = np.nan
    cals = rng.normal(size=(m, 2)) if cal else None
    got = _block_losses(block, task, y, k, link, cals, soft)
    want = [_loss(block[i], task, y, k, link, None if cals is None else cals[i], soft) for i in range(m)]
    assert np.isnan(got[3]) and want[3] == 1e6
    assert [got[i] for i in range(m) if i != 3] == [want[i] for i in range(m) if i != 3]
    assert np.isnan(_block_losses(block[:, :-1], task, y, k, link, cals, soft)).all()  # another shape: general path


def test_fits_run_with_one_blas_thread_and_give_the_threads_back():
    """An idle BLAS thread of the host spins on the core the sandbox worker needs (refits 3x slower
    on 2 cores); during a fit every BLAS library of this process runs one thread, afterwards as many as before."""
    import scipy.optimize  # noqa: F401 - loads scipy's own OpenBLAS, as every fit does
    from threadpoolctl import threadpool_info

    from iblearn.search.params import one_blas_thread

    before = [(i["filepath"], i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"]
    assert before  # numpy and scipy bring OpenBLAS
    with one_blas_thread():
        assert all(i["num_threads"] == 1 for i in threadpool_info() if i["user_api"] == "blas")
    assert [(i["filepath"], i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"] == before


def test_stacked_parameter_sets_fit_exactly_as_one_by_one(monkeypatch):
    """Fits send their parameter sets stacked when the code broadcasts them; the numbers are the
    ones set-by-set evaluation gives, to the last bit, and code that cannot take them still fits."""
    from iblearn.sandbox import SandboxWorker

    rng = np.random.default_rng(11)
    X = np.round(rng.normal(size=(60, 2)), 2)
    y = (X[:, 0] - 0.5 * X[:, 1] + 0.4 * rng.normal(size=60) > 0).astype(int)
    inputs = {"a": X[:, 0], "b": X[:, 1]}
    init = {"w_a": 0.0, "w_b": 0.0, "bias": 0.0}
    calls = {"stacked": 0, "batch": 0}
    real_stacked, real_batch = SandboxWorker.call_stacked, SandboxWorker.call_batch

    def counting_stacked(self, *a, **kw):
        calls["stacked"] += 1
        return real_stacked(self, *a, **kw)

    def counting_batch(self, handle, sets):
        calls["batch"] += len(sets)
        return real_batch(self, handle, sets)

    monkeypatch.setattr(SandboxWorker, "call_stacked", counting_stacked)
    monkeypatch.setattr(SandboxWorker, "call_batch", counting_batch)
    stacked = _fit(LOGISTIC, inputs, y, "binary", init, restarts=1, seed=0, calibrate=True)
    assert calls["stacked"] > 10 and calls["batch"] == 3  # only the three sets that checked it

    def refuse(self, *a, **kw):
        raise SandboxError("no stacking here", "error")

    monkeypatch.setattr(SandboxWorker, "call_stacked", refuse)
    one_by_one = _fit(LOGISTIC, inputs, y, "binary", init, restarts=1, seed=0, calibrate=True)
    assert stacked == one_by_one  # the same dicts and calibration, bit for bit
    assert calls["batch"] > 300  # every set on its own

    branching = LOGISTIC.replace("        return 1 / (1 + np.exp(-(w_a * a + w_b * b + bias)))",
                                 "        if w_a > 100:\n            return a * 0\n"
                                 "        return 1 / (1 + np.exp(-(w_a * a + w_b * b + bias)))")
    monkeypatch.setattr(SandboxWorker, "call_stacked", real_stacked)
    branched = _fit(branching, inputs, y, "binary", init, restarts=1, seed=0, calibrate=True)
    assert branched == one_by_one


def test_fitted_numbers_do_not_depend_on_the_last_bits_of_the_arithmetic():
    """Other CPUs round differently in the last bit. The fitted numbers, which are printed into
    refinement prompts and the artifact, must not move with that; here the inputs differ by 2e-16.
    Before the final Newton steps this pair ended 1e-4 apart and printed 0.2796 against 0.2797."""
    src = textwrap.dedent('''
        import numpy as np


        def predict(a, b, c, w_a=0.5, w_b=-0.3, w_c=0.2, q=0.1, bias=0.0):
            return 1 / (1 + np.exp(-(w_a * a + w_b * b + w_c * c + q * a * b + bias)))
    ''')
    init = {"w_a": 0.5, "w_b": -0.3, "w_c": 0.2, "q": 0.1, "bias": 0.0}
    rng = np.random.default_rng(3)
    X = np.round(rng.normal(size=(35, 3)), 2)
    y = (X[:, 0] - X[:, 1] + 0.5 * rng.normal(size=35) > 0).astype(int)
    inputs = {k: X[:, i] for i, k in enumerate("abc")}
    (p1, c1), (p2, c2) = _fit_a_last_bit_apart(src, inputs, y, "binary", init, restarts=3, seed=3, calibrate=True)
    np.testing.assert_allclose(list(p1.values()) + c1, list(p2.values()) + c2, rtol=1e-7, atol=1e-9)


def test_starts_that_end_level_do_not_let_the_last_bits_choose_the_minimum(monkeypatch):
    """``w * sin(t * a)`` has two mirror-image minima, (w, t) and (-w, -t), with equal loss. L-BFGS
    stops within its tolerance, so which start ends lowest is noise of the order of 1e-9, and on
    another CPU that noise differs. Here each L-BFGS run's reported loss is moved by up to 1e-8,
    differently in each fit: the kept numbers must not move with it. Before starts that end level
    were each settled, the kept minimum followed the noise (mirror-image signs)."""
    import scipy.optimize

    src = textwrap.dedent('''
        import numpy as np


        def predict(a, w=0.0, t=0.0, bias=0.0):
            return 1 / (1 + np.exp(-(w * np.sin(t * a) + bias)))
    ''')
    rng = np.random.default_rng(0)
    a = np.round(rng.normal(size=40), 2)
    y = (np.sin(1.3 * a) + 0.4 * rng.normal(size=40) > 0).astype(int)
    real = scipy.optimize.minimize
    fits = []
    for noise_seed in range(4):
        noise = np.random.default_rng(noise_seed)

        def noisy(*args, _noise=noise, **kw):
            res = real(*args, **kw)
            if kw.get("method") == "L-BFGS-B":
                res.fun = res.fun + _noise.uniform(-1e-8, 1e-8)
            return res

        monkeypatch.setattr(scipy.optimize, "minimize", noisy)
        params, _ = _fit(src, {"a": a}, y, "binary", {"w": 0.0, "t": 0.0, "bias": 0.0}, restarts=3, seed=0)
        fits.append([f"{v:.4g}" for v in params.values()])
    assert abs(float(fits[0][0])) > 2.0  # it found the wave, on one side or the other
    assert all(f == fits[0] for f in fits), fits


@pytest.mark.parametrize("data_seed", [5, 6])
def test_a_squared_term_beside_a_straight_one_settles_the_same_a_last_bit_apart(data_seed):
    """``w * (a - t)**2`` beside ``w_a * a`` and a bias: the centre is redundant with them, so only
    the light pull towards the defaults fixes it and the loss is nearly flat along a curved valley.
    Newton's differences were once so wide (1e-3 and 1e-2 of the scale) that its Hessian there was
    off, and the steps cycled (the loss up and down by 1e-7) until the step budget ran out, wherever
    a CPU's last bits had led them: the shape of the teacher refits that moved development pseudo
    fits 25 and 57 (bench/preregistered/2026-12-02-narrow-newton.md). Both fits must now settle."""
    from sklearn.datasets import make_classification

    src = textwrap.dedent('''
        import numpy as np


        def predict(a, b, c, d, w_a=0.0, w_b=0.0, w_c=0.0, w_d=0.0, bias=0.0, w_new1=0.0, t_new1a=0.0, w_new2=0.0,
                    t_new2b=0.0, w_new3=0.0, t_new3c=0.0):
            score = w_a * a + w_b * b + w_c * c + w_d * d + bias
            score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
            score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
            score = score + w_new3 * (c - t_new3c) * (c - t_new3c)
            return score
    ''')
    init = {"w_a": 0.0934, "w_b": -0.1974, "w_c": 0.6392, "w_d": -0.6109, "bias": 0.6033, "w_new1": -0.3277,
            "t_new1a": 0.3275, "w_new2": -0.1784, "t_new2b": 0.5534, "w_new3": -2.84, "t_new3c": 1.79}
    X, y = make_classification(n_samples=50, n_features=4, random_state=data_seed)
    inputs = {k: np.round(X[:, i], 2) for i, k in enumerate("abcd")}
    (p1, c1), (p2, c2) = _fit_a_last_bit_apart(src, inputs, y, "binary", init, link="sigmoid", restarts=0, seed=25,
                                               calibrate=True)
    assert [f"{v:.4g}" for v in list(p1.values()) + c1] == [f"{v:.4g}" for v in list(p2.values()) + c2]


def test_fitted_numbers_of_large_models_do_not_depend_on_the_last_bits():
    """The same for a model like those refinement grows: three class scores with quadratic terms,
    17 numbers, where L-BFGS spends its evaluation budget before it reaches the minimum (the
    common shift of all class scores is flat but for the light pull towards the defaults). Before
    Newton steps settled fits of this size, these two fits printed different 4th digits."""
    cols = ["a", "b", "c", "d"]
    args = ", ".join(cols)
    params = [f"w{k}_{c}=0.1" for k in range(3) for c in cols] + ["bias0=0.0", "bias1=0.0", "bias2=0.0",
                                                                  "q0=0.0", "q1=0.0"]
    body = [f"    s{k} = " + " + ".join(f"w{k}_{c} * {c}" for c in cols) + f" + bias{k}" for k in range(3)]
    src = ("import numpy as np\n\n\ndef predict(" + args + ", " + ", ".join(params) + "):\n" + "\n".join(body)
           + "\n    s0 = s0 + q0 * c * c\n    s1 = s1 + q1 * c * c\n    return np.stack([s0, s1, s2], axis=1)\n")
    init = {p.split("=")[0]: float(p.split("=")[1]) for p in params}
    rng = np.random.default_rng(5)
    X = np.round(rng.normal(size=(36, 4)) * [0.8, 0.4, 1.7, 0.7] + [5.8, 3.0, 3.7, 1.2], 1)
    y = np.digitize(X[:, 2] + 0.5 * X[:, 3] + 0.3 * rng.normal(size=36), [3.0, 4.6])
    inputs = {c: X[:, i] for i, c in enumerate(cols)}
    (p1, _), (p2, _) = _fit_a_last_bit_apart(src, inputs, y, "multiclass", init, link="softmax", k=3, restarts=1,
                                             seed=0)
    assert [f"{v:.4g}" for v in p1.values()] == [f"{v:.4g}" for v in p2.values()]
    np.testing.assert_allclose(list(p1.values()), list(p2.values()), rtol=1e-6, atol=1e-8)


def test_fitted_numbers_of_wide_models_past_64_numbers_do_not_depend_on_the_last_bits():
    """A 30-column table starts at 31 numbers, and refinement adds terms: this 69-number model (a
    linear score over 30 columns, 18 bumps, calibration) printed 22 of its numbers differently in
    these two fits while Newton steps stopped at 64 numbers."""
    from iblearn.search.params import MAX_NEWTON

    assert MAX_NEWTON >= 69
    cols = [f"x{i}" for i in range(30)]
    params = [f"w_{c}=0.0" for c in cols] + ["bias=0.0"] + [f"v{i}=0.0" for i in range(18)] + [
        f"t{i}={-1.0 + 0.25 * (i // 2)}" for i in range(18)]
    lines = [f"    score = score + v{i} * np.exp(-({cols[i % 3]} - t{i})**2)" for i in range(18)]
    src = ("import numpy as np\n\n\ndef predict(" + ", ".join(cols) + ", " + ", ".join(params) + "):\n"
           "    score = " + " + ".join(f"w_{c} * {c}" for c in cols) + " + bias\n" + "\n".join(lines)
           + "\n    return 1 / (1 + np.exp(-score))\n")
    init = {p.split("=")[0]: float(p.split("=")[1]) for p in params}
    rng = np.random.default_rng(4)
    X = np.round(rng.normal(size=(60, 30)), 2)
    y = (X[:, 0] + np.sin(2 * X[:, 1]) - 0.5 * X[:, 2] ** 2 + 0.5 * rng.normal(size=60) > 0).astype(int)
    (p1, c1), (p2, c2) = _fit_a_last_bit_apart(src, {c: X[:, i] for i, c in enumerate(cols)}, y, "binary", init,
                                               restarts=1, seed=0, calibrate=True)
    assert len(p1) + len(c1) == 69
    assert [f"{v:.4g}" for v in list(p1.values()) + c1] == [f"{v:.4g}" for v in list(p2.values()) + c2]


def test_fitted_numbers_of_models_refinement_grows_past_32_numbers_do_not_depend_on_the_last_bits():
    """Refinement grows moon models to 35-51 numbers by adding bumps. A 35-number one (33 parameters
    and the calibration): with Newton steps only up to 32 numbers, most of its printed numbers
    differed between these two fits."""
    from iblearn.search.params import MAX_NEWTON

    assert MAX_NEWTON >= 35
    bumps = [c for _ in range(8) for c in ("x1", "x2")][:15]  # columns of the 15 bumps
    params = ["w_x1=0.0", "w_x2=0.0", "bias=0.0"] + [f"w{i}=0.0" for i in range(15)] + [
        f"t{i}={-1.0 + 0.25 * (i // 2)}" for i in range(15)]
    lines = [f"    score = score + w{i} * np.exp(-({c} - t{i})**2)" for i, c in enumerate(bumps)]
    src = ("import numpy as np\n\n\ndef predict(x1, x2, " + ", ".join(params) + "):\n"
           "    score = w_x1 * x1 + w_x2 * x2 + bias\n" + "\n".join(lines) + "\n    return 1 / (1 + np.exp(-score))\n")
    init = {p.split("=")[0]: float(p.split("=")[1]) for p in params}
    rng = np.random.default_rng(7)
    t = rng.uniform(0, np.pi, 40)
    y = rng.integers(0, 2, 40)
    X = np.round(np.where(y[:, None] == 0, np.c_[np.cos(t), np.sin(t)], np.c_[1 - np.cos(t), 0.5 - np.sin(t)])
                 + rng.normal(0, 0.1, (40, 2)), 3)
    (p1, c1), (p2, c2) = _fit_a_last_bit_apart(src, {"x1": X[:, 0], "x2": X[:, 1]}, y, "binary", init, restarts=1,
                                               seed=0, calibrate=True)
    assert [f"{v:.4g}" for v in list(p1.values()) + c1] == [f"{v:.4g}" for v in list(p2.values()) + c2]


@pytest.mark.parametrize("task", ["binary", "multiclass", "regression"])
def test_cross_validation_folds_are_balanced_stratified_and_seeded(task):
    from iblearn.search.crossval import cv_folds

    rng = np.random.default_rng(0)
    y = rng.normal(size=53) if task == "regression" else rng.integers(0, 2 if task == "binary" else 3, 53)
    folds = cv_folds(y, task, 5, seed=4)
    sizes = np.bincount(folds, minlength=5)
    assert len(sizes) == 5 and sizes.max() - sizes.min() <= 1
    if task != "regression":
        for c in np.unique(y):
            per_fold = np.bincount(folds[y == c], minlength=5)
            assert per_fold.max() - per_fold.min() <= 1, (c, per_fold)
    assert np.array_equal(folds, cv_folds(y, task, 5, seed=4))
    assert not np.array_equal(folds, cv_folds(y, task, 5, seed=5))
    assert np.array_equal(np.unique(cv_folds(y[:3], task, 5, seed=0)), [0, 1, 2])  # never more folds than rows


def _bowl_context(seed: int = 3):
    from iblearn.search.base import FitContext

    rng = np.random.default_rng(seed)
    a, b = rng.normal(size=60).round(3), rng.normal(size=60).round(3)
    y = (a + 1.5 * a * a + 0.3 * rng.normal(size=60) > 0.8).astype(int)
    schema = infer_schema(pd.DataFrame({"a": a, "b": b}), "binary", target="y", classes=[0, 1])
    data = Data({"a": a, "b": b}, y, y)
    return FitContext(None, schema, data.take(np.arange(45)), data.take(np.arange(45, 60)),  # type: ignore[arg-type]
                      Budget(), seed=seed), data


def _candidate(i: int, src: str, **p: float):
    from iblearn.codegen import set_params
    from iblearn.search.base import Candidate

    return Candidate(i, "t", "", code=set_params(src, p) if p else src, valid=True, params=dict(p),
                     defaults=dict(p), columns=["a", "b"])


def test_out_of_fold_predictions_never_see_their_own_folds_labels():
    from iblearn.search.crossval import cv_folds, out_of_fold

    ctx, data = _bowl_context()
    folds = cv_folds(data.y, "binary", 5, ctx.seed)
    cand = _candidate(1, LOGISTIC, w_a=0.0, w_b=0.0, bias=0.0)
    pred = out_of_fold(ctx, cand, data, folds)
    assert pred is not None and pred.shape == (60,) and np.all((pred > 0) & (pred < 1))
    flipped = Data(data.inputs, np.where(folds == 0, 1 - data.y, data.y), data.y_raw)
    again = out_of_fold(ctx, cand, flipped, folds)
    assert np.array_equal(again[folds == 0], pred[folds == 0])  # fold 0's rows: fitted without their labels
    assert not np.allclose(again[folds != 0], pred[folds != 0])  # the other folds were fitted on them


def test_out_of_fold_predictions_of_large_candidates_do_not_depend_on_the_last_bits():
    """Out-of-fold losses rank the candidates: a 35-number candidate's fold refits settle like every
    other fit, so rows a last bit apart give the same predictions (until 2026-12-02 folds settled only
    up to 32 numbers, and a pick between near-ties could differ from one CPU to another)."""
    from iblearn.search.base import FitContext
    from iblearn.search.crossval import cv_folds, out_of_fold

    rng = np.random.default_rng(7)  # two moons, as in the test of full fits past 32 numbers
    t = rng.uniform(0, np.pi, 40)
    y = rng.integers(0, 2, 40)
    X = np.round(np.where(y[:, None] == 0, np.c_[np.cos(t), np.sin(t)], np.c_[1 - np.cos(t), 0.5 - np.sin(t)])
                 + rng.normal(0, 0.1, (40, 2)), 3)
    schema = infer_schema(pd.DataFrame({"a": X[:, 0], "b": X[:, 1]}), "binary", target="y", classes=[0, 1])
    data = Data({"a": X[:, 0], "b": X[:, 1]}, y, y)
    ctx = FitContext(None, schema, data.take(np.arange(30)), data.take(np.arange(30, 40)), Budget(),  # type: ignore[arg-type]
                     seed=0)
    cols = [c for _ in range(8) for c in ("a", "b")][:15]
    params = {"w_a": 0.0, "w_b": 0.0, "bias": 0.0, **{f"w{i}": 0.0 for i in range(15)},
              **{f"t{i}": -1.0 + 0.25 * (i // 2) for i in range(15)}}
    src = ("import numpy as np\n\n\ndef predict(a, b, " + ", ".join(f"{k}={v}" for k, v in params.items())
           + "):\n    score = w_a * a + w_b * b + bias\n"
           + "".join(f"    score = score + w{i} * np.exp(-({c} - t{i})**2)\n" for i, c in enumerate(cols))
           + "    return 1 / (1 + np.exp(-score))\n")
    cand = _candidate(1, src, **params)
    cand.calibration = [1.0, 0.0]  # 35 numbers with the calibration
    folds = cv_folds(data.y, "binary", 5, ctx.seed)
    pred = out_of_fold(ctx, cand, data, folds)
    apart = Data({k: v * (1 + 2e-16) for k, v in data.inputs.items()}, data.y, data.y_raw)
    again = out_of_fold(ctx, cand, apart, folds)
    assert pred is not None and again is not None
    np.testing.assert_allclose(again, pred, rtol=1e-7, atol=1e-9)


def _memorising_chain():
    """A parent of one narrow bump per row (labels are coin flips) and its refinement child, written
    around the parent's numbers as fitted on all rows, as refinement writes a child."""
    from iblearn.search.base import FitContext

    rng = np.random.default_rng(5)
    a, b = rng.uniform(-2, 2, 20).round(2), rng.uniform(-2, 2, 20).round(2)
    y = np.tile([0, 1], 10)
    data = Data({"a": a, "b": b}, y, y)
    schema = infer_schema(pd.DataFrame({"a": a, "b": b}), "binary", target="y", classes=[0, 1])
    start = {"bias": 0.0, **{f"w{j}": 0.0 for j in range(20)}}
    src = ("import numpy as np\n\n\ndef predict(a, b, " + ", ".join(f"{k}={v}" for k, v in start.items())
           + "):\n    score = bias\n"
           + "".join(f"    score = score + w{j} * np.exp(-((a - {a[j]})**2 + (b - {b[j]})**2) / 1e-4)\n"
                     for j in range(20))
           + "    return 1 / (1 + np.exp(-score))\n")
    parent = _candidate(1, src, **start)
    fitted = {"bias": 0.0, **{f"w{j}": 6.0 * (2 * y[j] - 1) for j in range(20)}}  # every row's label, learnt
    child = _candidate(2, src, **fitted)
    child.parent = parent.id
    ctx = FitContext(None, schema, data.take(np.arange(14)), data.take(np.arange(14, 20)), Budget(),  # type: ignore[arg-type]
                     seed=0, log=[parent, child])
    return ctx, data, parent, child


@pytest.mark.parametrize("fold_starts", ["own", "parent"])
def test_a_refined_candidates_fold_refits_start_from_its_parents_refit_on_the_same_fold(monkeypatch, fold_starts):
    """A refinement child starts from its parent's numbers as fitted on all rows. Started there, each
    fold's refit keeps the bump of every held-out row (no other row moves it), so the child predicts
    held-out coin flips: the leak that FOLD_STARTS = "parent" closes by replaying the parent's fit on
    the same four folds (bench/preregistered/2026-12-03-fold-chain-starts.md)."""
    from iblearn.search import crossval

    monkeypatch.setattr(crossval, "FOLD_STARTS", fold_starts)
    ctx, data, parent, child = _memorising_chain()
    ranked = {r.candidate.id: r for r in crossval.cross_validated(ctx, [child, parent], data)}
    assert ranked[1].loss == pytest.approx(np.log(2), abs=0.05)  # the parent, from zeros: no held-out row known
    if fold_starts == "own":
        assert ranked[2].loss < 0.05  # held-out rows "predicted" from the numbers that saw them
    else:
        assert ranked[2].loss == pytest.approx(ranked[1].loss, abs=1e-6)
        np.testing.assert_allclose(ranked[2].pred, ranked[1].pred, atol=1e-6)


def test_crossval_ranks_the_structure_that_predicts_held_out_rows_and_breaks_ties_by_simplicity():
    from iblearn.search.crossval import cross_validated

    ctx, data = _bowl_context()
    line = _candidate(1, LOGISTIC, w_a=0.0, w_b=0.0, bias=0.0)
    bowl = _candidate(2, CURVED, w_a=0.0, w_b=0.0, q=0.0, bias=0.0)
    same_start = _candidate(3, CURVED, w_a=0.0, w_b=0.0, q=0.0, bias=0.0)
    same_start.params = {"w_a": 1.0, "w_b": 0.0, "q": 1.0, "bias": 0.0}  # fitted elsewhere, same starting code
    ranked = cross_validated(ctx, [line, bowl, same_start], data)
    assert [r.candidate.id for r in ranked] == [2, 1]  # the duplicate is scored once, under the first
    assert ranked[0].loss < ranked[1].loss - 0.05
    # equal out-of-fold losses: fewer parameters first, then shorter code
    flat = "def predict(a, b):\n    return a * 0 + 0.5\n"
    longer = "def predict(a, b):\n    return a * 0 + b * 0 + 0.5\n"
    idle = "def predict(a, b, c=0.0):\n    return a * 0 + c * 0 + 0.5\n"
    ranked = cross_validated(ctx, [_candidate(4, idle, c=0.0), _candidate(5, longer), _candidate(6, flat)], data)
    assert [r.candidate.id for r in ranked] == [6, 5, 4]
    assert ranked[0].loss == ranked[2].loss == pytest.approx(np.log(2))


def test_crossval_selection_keeps_the_lowest_out_of_fold_loss_and_records_it():
    from iblearn.search import _choose

    ctx, data = _bowl_context()
    line, bowl = _candidate(1, LOGISTIC, w_a=2.0, w_b=0.0, bias=-0.5), _candidate(2, CURVED, w_a=1.0, w_b=0.0,
                                                                                  q=2.0, bias=-1.5)
    from iblearn.search.base import predict_candidate

    for c in (line, bowl):
        c.validation = scores("binary", ctx.val.y, predict_candidate(ctx, c, ctx.val))
    ctx.log = [line, bowl]
    model, members = _choose(ctx, data, "fit_params", "crossval")
    try:
        assert [m.id for m in members] == [2] and model.provenance["selection"] == "crossval"
        assert set(model.provenance["cross_validation_score"]) >= {"auc", "log_loss"}
        assert model.provenance["cross_validation_score"]["auc"] > 0.9
    finally:
        model.close()


def test_crossval_1se_picks_the_simplest_candidate_within_one_standard_error_of_the_lowest_loss():
    from iblearn.search.crossval import CrossValidated, one_standard_error_first
    from iblearn.search.metrics import row_losses

    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 50)
    right = rng.uniform(0.3, 0.97, 50)  # the probability each row's own class gets: some rows go wrong
    sharp = np.where(y == 1, right, 1 - right)  # the lowest out-of-fold loss
    close, far = 0.5 + 0.85 * (sharp - 0.5), 0.5 + 0.2 * (sharp - 0.5)  # less sure of the same ranking

    def ranked_entry(i: int, n_params: int, pred: np.ndarray) -> CrossValidated:
        cand = _candidate(i, LOGISTIC, **{f"p{j}": 0.0 for j in range(n_params)})
        return CrossValidated(cand, pred, float(np.mean(row_losses("binary", y, pred))))

    rows = row_losses("binary", y, sharp)
    se = np.std(rows, ddof=1) / np.sqrt(len(rows))
    big, mid, small = ranked_entry(1, 9, sharp), ranked_entry(2, 5, close), ranked_entry(3, 2, far)
    assert mid.loss - big.loss < se < small.loss - big.loss  # mid is inside the pool, small outside
    order = one_standard_error_first("binary", [big, mid, small], y)
    assert [r.candidate.id for r in order] == [2, 1, 3]  # the pick first, the rest in their order
    assert [r.candidate.id for r in one_standard_error_first("binary", [big], y)] == [1]


def _large_score_candidate(schema):
    """A calibrated candidate ending in a sigmoid whose score passes 14 on most rows (probabilities
    round to within 1e-6 of 0 or 1), its calibration scaling it back to moderate log-odds."""
    from iblearn.search.base import Candidate

    code = "import numpy as np\n\ndef predict(x1, x2, w1=40.0, bias=0.0):\n    return 1 / (1 + np.exp(-(w1 * x1 + bias)))\n"
    return Candidate(0, "fit_params", "", code=code, valid=True, params={"w1": 40.0, "bias": 0.0},
                     defaults={"w1": 40.0, "bias": 0.0}, link="identity", calibration=[0.05, -0.2],
                     columns=["x1", "x2"])


def test_a_calibrated_candidate_predicts_what_its_folded_artifact_predicts_at_any_score():
    """Calibration acts on the sigmoid's argument itself (the code's score form), as in the artifact once
    folded; on the log-odds of a probability clipped at 1e-6 it capped the score near 14, and the saved
    model predicted up to 0.12 apart from the model that was fitted and scored (development fit 28)."""
    from iblearn.search import _fold, _refit
    from iblearn.search.base import FitContext, predict_candidate

    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    data = Data(column_inputs(X, schema), y, y)
    ctx = FitContext(None, schema, data, data, Budget())  # type: ignore[arg-type]
    cand = _large_score_candidate(schema)
    assert np.mean(np.abs(40.0 * data.inputs["x1"]) > 14) > 0.5
    # as logged, then refitted (its numbers are then written with 4 significant digits: up to 5e-4 apart)
    for c, atol in ((cand, 1e-12), (_refit(ctx, cand, data), 5e-4)):
        folded = _fold(ctx, c)
        assert folded.calibration is None and "cal_scale" in (folded.code or "")
        artifact = CodeModel(folded.code or "", schema, folded.columns, None, folded.params, folded.link)
        try:
            np.testing.assert_allclose(predict_candidate(ctx, c, data), artifact.predict_values(data.inputs),
                                       rtol=0, atol=atol)
        finally:
            artifact.close()


def test_a_candidate_is_fitted_and_scored_on_its_score_when_it_ends_in_a_sigmoid(monkeypatch):
    """The validation score the search ranks a candidate by is the score of the code it will ship as,
    also where the score passes 14. The optimiser is replaced by fixed numbers (a large weight, a small
    calibration scale, as real fits sometimes end), so the test does not depend on where it stops;
    it also checks that the fit is handed the score form and the sigmoid link."""
    from iblearn.search import _fold
    from iblearn.search import base as search_base
    from iblearn.search.base import FitContext

    seen = []

    def fixed(worker, model, data, task, k, link, init, *, calibrate=False, **kw):
        seen.append((link, model.source))
        return {"w1": 40.0, "bias": 0.0}, [0.05, -0.2]

    monkeypatch.setattr(search_base, "fit_parameters", fixed)
    schema, inputs, y, res = _moons_fit_of(
        "```python\nimport numpy as np\n\ndef predict(x1, x2, w1=1.0, bias=0.0):\n"
        "    score = w1 * x1 + bias\n    return 1 / (1 + np.exp(-score))\n```")
    try:
        cand = res.log[0]
        assert cand.valid and cand.link == "identity" and cand.calibration == [0.05, -0.2]
        assert seen[0][0] == "sigmoid" and "return np.clip(score, -1e300, 1e300)" in seen[0][1]
        val_idx = validation_split(y, "binary", 0.3, 0)[1]
        val = Data({k: v[val_idx] for k, v in inputs.items()}, y[val_idx], y[val_idx])
        assert np.max(np.abs(40.0 * val.inputs["x1"])) > 14  # the case the fix is about
        ctx = FitContext(None, schema, val, val, Budget())  # type: ignore[arg-type]
        folded = _fold(ctx, cand)
        artifact = CodeModel(folded.code or "", schema, folded.columns, None, folded.params, folded.link)
        try:
            pred = artifact.predict_values(val.inputs)
        finally:
            artifact.close()
        assert cand.validation["log_loss"] == pytest.approx(log_loss(val.y, pred), rel=1e-9)
    finally:
        res.model.close()


def test_a_score_that_overflows_where_the_sigmoid_saturates_still_predicts_like_its_artifact():
    """``1 / (1 + np.exp(-S))`` with ``S`` infinite is a valid 1 (or 0); run as its score, the candidate
    must give the same, not fail the finiteness check."""
    from iblearn.search import _fold
    from iblearn.search.base import Candidate, FitContext, predict_candidate

    X, y = SCENARIOS["moons_default"].data()
    schema = infer_schema(X, "binary", classes=[0, 1])
    data = Data(column_inputs(X, schema), y, y)
    ctx = FitContext(None, schema, data, data, Budget())  # type: ignore[arg-type]
    code = ("import numpy as np\n\ndef predict(x1, x2, w1=1000.0, bias=-1.0):\n"
            "    with np.errstate(over='ignore'):\n        score = np.exp(w1 * x1) + bias\n"
            "    return 1 / (1 + np.exp(-score))\n")
    cand = Candidate(0, "fit_params", "", code=code, valid=True, params={"w1": 1000.0, "bias": -1.0},
                     link="identity", calibration=[0.5, 0.1], columns=["x1", "x2"])
    with np.errstate(over="ignore"):
        assert np.isinf(np.exp(1000.0 * data.inputs["x1"])).any()
    folded = _fold(ctx, cand)
    artifact = CodeModel(folded.code or "", schema, folded.columns, None, folded.params, folded.link)
    try:
        np.testing.assert_allclose(predict_candidate(ctx, cand, data), artifact.predict_values(data.inputs),
                                   rtol=0, atol=1e-12)
    finally:
        artifact.close()


def test_in_range_selection_scores_held_out_folds_and_teaches_inside_the_fitted_rows_range():
    """``selection="..._in_range"``: a held-out fold's rows reach a candidate held to the range of the
    four folds it was refitted on, and distillation's jittered rows stay inside the training range."""
    from iblearn.data import input_ranges
    from iblearn.search import teaching_rows
    from iblearn.search.crossval import cv_folds, out_of_fold

    ctx, data = _bowl_context()
    folds = cv_folds(data.y, "binary", 5, ctx.seed)
    cand = _candidate(1, LOGISTIC, w_a=0.0, w_b=0.0, bias=0.0)
    free = out_of_fold(ctx, cand, data, folds)
    ctx.in_range = True
    held = out_of_fold(ctx, cand, data, folds)
    assert free is not None and held is not None
    expected = np.empty(60)
    for f in range(5):  # each fold's rows clipped by hand to the other folds' range, then predicted by the same fit
        train = data.take(np.flatnonzero(folds != f))
        ranges = input_ranges(ctx.schema, train.inputs)
        rows = np.flatnonzero(folds == f)
        clipped = {k: np.clip(v[rows], *ranges[k]) for k, v in data.inputs.items()}
        inside = Data({k: np.concatenate([train.inputs[k], clipped[k]]) for k in clipped},
                      np.concatenate([train.y, data.y[rows]]), np.concatenate([train.y, data.y[rows]]))
        ctx.in_range = False  # the fit itself is the same; only what the held-out rows look like changes
        again = out_of_fold(ctx, cand, inside, np.r_[np.zeros(len(train.y), int), np.ones(len(rows), int)])
        ctx.in_range = True
        expected[rows] = again[len(train.y):]  # type: ignore[index]
    np.testing.assert_allclose(held, expected, rtol=0, atol=1e-12)
    outside = np.zeros(60, bool)
    for f in range(5):
        ranges = input_ranges(ctx.schema, data.take(np.flatnonzero(folds != f)).inputs)
        outside |= (folds == f) & np.any([(data.inputs[k] < lo) | (data.inputs[k] > hi)
                                          for k, (lo, hi) in ranges.items()], axis=0)
    assert outside.any()  # some held-out rows were past their folds' range: the rule changed them
    assert not np.allclose(held[outside], free[outside]) and np.array_equal(held[~outside], free[~outside])
    teacher = _candidate(2, LOGISTIC, w_a=1.0, w_b=0.5, bias=0.0)
    rows, _ = teaching_rows(ctx, [teacher], data, ctx.seed)
    for k, (lo, hi) in input_ranges(ctx.schema, data.inputs).items():
        assert rows.inputs[k].min() == lo and rows.inputs[k].max() == hi
    ctx.in_range = False
    rows, _ = teaching_rows(ctx, [teacher], data, ctx.seed)
    assert rows.inputs["a"].min() < data.inputs["a"].min()  # without the rule they reach past it
