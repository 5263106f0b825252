"""Pruning of the final model's redundant additive terms (iblearn.search.prune).

The answers below are HAND-WRITTEN code models (not LLM output), shaped like what refinement writes:
a straight score plus ``score = score + ...`` terms. The real model's fits prune in
tests/test_real_model.py. Declared before it was built: bench/preregistered/2026-12-03-prune-terms.md.
"""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from sklearn.datasets import make_moons

from iblearn.checks import check_source
from iblearn.codemodel import load
from iblearn.data import column_inputs, infer_schema
from iblearn.llm import LLM, Completion
from iblearn.search import Budget, search
from iblearn.search.prune import PRUNE_TOLERANCE

# a straight term of x1 written again after the bump: the second one is the same term twice
TWICE = """```python
import numpy as np

def predict(x1, x2, w1=1.0, w2=-1.0, bias=0.0, w_b=1.0, t_b=0.5, w3=0.5):
    score = w1 * x1 + w2 * x2 + bias
    score = score + w_b * np.exp(-(x1 - t_b)**2)
    score = score + w3 * x1
    return 1 / (1 + np.exp(-score))
```"""
NEEDED = """```python
import numpy as np

def predict(x1, x2, w1=1.0, bias=0.0, w2=-1.0):
    score = w1 * x1 + bias
    score = score + w2 * x2
    return 1 / (1 + np.exp(-score))
```"""


class Scripted:
    """HAND-WRITTEN answers served in order (not a model)."""

    name, model, max_concurrency = "scripted", "none", 1

    def __init__(self, answers: list[str]):
        self.answers, self.seen = list(answers), []

    def complete(self, messages, params):
        self.seen.append(messages)
        return Completion(self.answers[min(len(self.seen), len(self.answers)) - 1], self.model, self.name, 10, 10,
                          0.0, "stop")


def _moons(n: int = 60, seed: int = 0):
    X, y = make_moons(n_samples=n, noise=0.1, random_state=seed)
    import pandas as pd

    df = pd.DataFrame(np.round(X, 3), columns=["x1", "x2"])
    schema = infer_schema(df, "binary", classes=[0, 1])
    return schema, column_inputs(df, schema), y


def _fit(answer: str, prune: bool = True, task_data=None):
    schema, inputs, y = task_data or _moons()
    res = search(LLM(Scripted([answer])), schema, inputs, y, y, strategy="fit_params", budget=Budget(max_calls=1),
                 prune=prune)
    return schema, inputs, y, res


def test_a_term_written_twice_is_pruned_and_the_predictions_stay_within_the_tolerance():
    _, inputs, _, kept = _fit(TWICE, prune=False)
    _, _, _, pruned = _fit(TWICE)
    try:
        assert "pruned" not in kept.model.provenance and "w3 * x1" in kept.model.source
        assert pruned.model.provenance["pruned"] == ["score = score + w3 * x1"]
        assert "w3" not in pruned.model.source and "np.exp(-(x1 - t_b)**2)" in pruned.model.source
        assert set(kept.model.params) - set(pruned.model.params) == {"w3"}
        check_source(pruned.model.source)
        gap = np.abs(pruned.model.predict_values(inputs) - kept.model.predict_values(inputs))
        assert gap.max() <= PRUNE_TOLERANCE
    finally:
        kept.model.close()
        pruned.model.close()


def test_a_term_that_carries_the_signal_stays():
    _, _, _, res = _fit(NEEDED)
    try:
        assert "pruned" not in res.model.provenance and "w2 * x2" in res.model.source
    finally:
        res.model.close()


def test_the_pruned_artifact_imports_and_runs_alone(tmp_path):
    schema, inputs, _, res = _fit(TWICE)
    try:
        expected = res.model.predict_values(inputs)
        path = res.model.save(tmp_path / "pruned_model.py")
    finally:
        res.model.close()
    assert load(path).provenance["pruned"]
    code = (f"import sys, json; sys.path.insert(0, {str(tmp_path)!r}); import pruned_model; "
            f"print(json.dumps([float(v) for v in pruned_model.predict_table({{'x1': {list(map(float, inputs['x1']))}, "
            f"'x2': {list(map(float, inputs['x2']))}}})]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    import json

    np.testing.assert_allclose(json.loads(out.stdout), expected, rtol=1e-9)


def test_regression_prunes_on_the_targets_scale():
    import pandas as pd

    rng = np.random.default_rng(1)
    df = pd.DataFrame({"a": np.round(rng.uniform(-2, 2, 60), 2)})
    y = 300.0 * df["a"].to_numpy() + 40.0 * df["a"].to_numpy() ** 2 + rng.normal(0, 20, 60)
    schema = infer_schema(df, "regression")
    answer = ("```python\nimport numpy as np\n\ndef predict(a, w=1.0, bias=0.0, w_q1=1.0, w_q2=1.0):\n"
              "    y = w * a + bias\n    y = y + w_q1 * a ** 2\n    y = y + w_q2 * a ** 2\n    return y\n```")
    _, inputs, _, res = _fit(answer, task_data=(schema, column_inputs(df, schema), y))
    try:
        assert res.model.provenance["pruned"] == ["y = y + w_q1 * a ** 2"]
        assert res.model.source.count("a ** 2") == 1
    finally:
        res.model.close()


@pytest.mark.parametrize("prune", [True, False])
def test_the_estimator_and_reselect_pass_prune_on(prune):
    from iblearn import IBLClassifier
    import pandas as pd

    schema, inputs, y = _moons()
    X = pd.DataFrame(inputs)
    est = IBLClassifier(llm=LLM(Scripted([TWICE])), strategy="fit_params", max_calls=1, cache=False, prune=prune)
    est.fit(X, y)
    try:
        assert est.get_params()["prune"] is prune
        assert ("pruned" in est.model_.provenance) is prune
        est.set_params(prune=not prune)
        est.reselect(X, y)
        assert ("pruned" in est.model_.provenance) is (not prune)  # a re-selection does not inherit the old list
    finally:
        est.model_.close()
