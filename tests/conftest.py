"""Shared fixtures: replayed LLMs, estimators fitted once per session on recorded answers, and a
summary of replay misses (requests that no longer match the recordings) at the end of the run."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from replay import SCENARIOS, ReplayBackend, have_recording  # noqa: E402

from iblearn.llm.base import LLM  # noqa: E402

_BACKENDS: list[tuple[str, ReplayBackend]] = []


@pytest.fixture(autouse=True)
def _no_real_model_outside_llm_tests(request, monkeypatch):
    """A test not marked ``llm`` that reaches the embedded model fails at once instead of running it."""
    if request.node.get_closest_marker("llm") is None:
        import iblearn.llm.local as local
        from iblearn.errors import LLMConnectionError

        def refuse(self, messages, params):
            raise LLMConnectionError("this test is not marked llm but asked the real embedded model")

        monkeypatch.setattr(local.LocalBackend, "complete", refuse)


def make_replay(*scenarios: str, strict: bool = False, cache: Any = None, in_order: bool = False) -> LLM:
    """A replayed LLM; skips the test when a recording is missing.

    ``in_order=True`` is for tests that ask other questions than the recording did (another strategy,
    other folds) and only need real answers for these columns: they are served in recorded order,
    and such misses are expected, so they are not reported at the end of the run.
    """
    if not have_recording(*scenarios):
        pytest.skip(f"no recording of {scenarios}; run: PYTHONPATH=src python tests/record_answers.py")
    backend = ReplayBackend(*scenarios, strict=strict)
    if not in_order:
        _BACKENDS.append(("+".join(scenarios), backend))
    return LLM(backend, cache)


@pytest.fixture
def replay() -> Callable[..., LLM]:
    return make_replay


class Fitted:
    """A scenario's estimator fitted on its recording, with the backend that saw every request."""

    def __init__(self, name: str, cache: Any = None):
        self.name = name
        self.llm = make_replay(name, cache=cache)
        self.backend: ReplayBackend = self.llm.backend  # type: ignore[assignment]
        sc = SCENARIOS[name]
        self.X, self.y = sc.data()
        self.est = sc.make(self.llm).fit(self.X, self.y)  # as run_scenario does, counting the fit's requests
        self.fit_requests = len(self.backend.seen)
        if sc.explain:
            self.est.explanation_ = self.est.explain()


_FITTED: dict[str, Fitted] = {}


@pytest.fixture(scope="session")
def fitted(tmp_path_factory) -> Callable[[str], Fitted]:
    """``fitted("moons_default")``: fitted once per session, shared by the test modules; don't mutate it.

    Each fit writes its answers to a response cache of its own (``Fitted.llm.cache``), so a test can
    repeat the fit from the cache alone.
    """
    from iblearn.llm import ResponseCache

    def get(name: str) -> Fitted:
        if name not in _FITTED:
            cache = ResponseCache(tmp_path_factory.mktemp("cache") / f"{name}.sqlite")
            _FITTED[name] = Fitted(name, cache)
        model = _FITTED[name].est.model_
        if model._worker is not None and model._worker._closed:
            model.close()  # test_sandbox closes every live worker (what atexit does): start a fresh one
        return _FITTED[name]

    yield get
    for f in _FITTED.values():
        if hasattr(f.est, "model_"):
            f.est.model_.close()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    missed = [(name, b.misses, len(b.seen)) for name, b in _BACKENDS if b.misses]
    if missed:
        terminalreporter.write_sep("-", "replay misses")
        for name, m, n in missed:
            terminalreporter.write_line(f"{name}: {m} of {n} requests were not in the recording (answered in order)")
        terminalreporter.write_line("prompts changed since recording; refresh with: PYTHONPATH=src python tests/record_answers.py")


def check_average(est, X, y) -> list[int]:
    """``reselect(selection="average")``: valid members in validation order, and the model is their mean.

    Each member alone (``candidate=``) is refitted the same way, so the average's probabilities
    (or values) must equal the mean of theirs; pruning is off meanwhile, since it takes terms out of a
    single model and never out of an average's members. Leaves ``est`` with the averaged model.
    """
    prune = est.prune
    est.set_params(prune=False)
    by_id = {c.id: c for c in est.search_log_}
    out = (lambda: est.predict_proba(X)) if hasattr(est, "predict_proba") else (lambda: est.predict(X))
    singles = []
    est.reselect(X, y, selection="average")
    members = list(est.model_.provenance["members"])
    assert est.model_.provenance["selection"] == "average" and members
    assert all(by_id[i].valid for i in members)
    assert [by_id[i].loss for i in members] == sorted(by_id[i].loss for i in members)
    for i in members:
        est.reselect(X, y, candidate=i)
        singles.append(out())
    est.reselect(X, y, selection="average")
    np.testing.assert_allclose(out(), np.mean(singles, axis=0), rtol=1e-6, atol=1e-6)
    est.set_params(prune=prune)
    return members


def _shape(code: str) -> str:
    """The code with its numbers blanked: what the LLM wrote, without what fitting wrote into it."""
    import re

    return re.sub(r"-?\d+(\.\d*)?(e[-+]?\d+)?", "N", code)


def check_faithful(est, X, y) -> dict[int, float]:
    """``reselect(selection="faithful")``: the student is one of the one-standard-error pool (simplest,
    the pick, first), taught by the average's members, and the closest to their average as recorded.

    Leaves ``est`` with the faithful model when there was no choice, else with the chosen candidate
    fitted to the labels (its code is compared); returns every student's divergence (empty when
    there was no choice).
    """
    est.reselect(X, y, selection="simplest")
    pick = est.model_.provenance["members"]
    est.reselect(X, y, selection="distilled")
    distilled = est.model_.provenance
    est.reselect(X, y, selection="faithful")
    prov = est.model_.provenance
    assert prov["selection"] == "faithful" and len(prov["members"]) == 1
    assert prov.get("teachers") == distilled.get("teachers")
    if "students" not in prov:  # one student or no teachers: exactly what "distilled" does
        assert prov["members"] == pick == distilled["members"]
        return {}
    gaps = {int(k): v for k, v in prov["students"].items()}
    assert list(gaps)[0] == pick[0] and len(gaps) >= 2 and set(gaps) - set(pick) <= set(prov["teachers"])
    chosen = prov["members"][0]
    assert gaps[chosen] <= min(gaps.values()) + 1e-4
    code = est.code_
    est.reselect(X, y, candidate=chosen)
    assert _shape(code) == _shape(est.code_)  # that candidate's code, other numbers
    return gaps


def _log_context(est, X: Any, y: Any, in_range: bool = False) -> tuple[Any, Any, list]:
    """A fitted estimator's training rows as a search context (fit's seed), the rows, and its valid
    candidates in validation order: what a check needs to redo a selection rule's ranking by hand."""
    from iblearn.search.base import Budget, Data, FitContext

    _, schema, inputs, y_enc, y_raw = est._training_rows(X, y)
    rows = Data(inputs, y_enc, y_raw)
    ctx = FitContext(None, schema, rows, rows, Budget(), seed=est.split_.get("seed", est.random_state),  # type: ignore[arg-type]
                     in_range=in_range, log=list(est.search_log_))
    return ctx, rows, sorted((c for c in est.search_log_ if c.valid), key=lambda c: (c.loss, c.id))


def check_crossval(est, X, y) -> list[int]:
    """``reselect(selection="crossval")``: the model leads with the log's lowest out-of-fold loss.

    The candidates are cross-validated again here over every row given to ``fit``, with the fit's
    seed, and the model's lead must be the first of that ranking; a single-model pick records that
    candidate's out-of-fold loss as its ``cross_validation_score``. ``"crossval_1se"`` must lead
    with the one-standard-error pick of the same ranking, never more complex than the lowest.
    Leaves ``est`` with the crossval model; returns its members.
    """
    from iblearn.search.crossval import cross_validated, one_standard_error_first
    from iblearn.search.metrics import row_losses

    est.reselect(X, y, selection="crossval_1se")
    lead_1se = est.model_.provenance["members"][0]
    assert est.model_.provenance["selection"] == "crossval_1se"
    est.reselect(X, y, selection="crossval")
    prov = est.model_.provenance
    members = list(prov["members"])
    assert prov["selection"] == "crossval" and members
    ctx, rows, valid = _log_context(est, X, y)
    schema = ctx.schema
    if len(valid) < 2:
        return members
    ranked = cross_validated(ctx, valid, rows)
    assert members[0] == ranked[0].candidate.id, ([(r.candidate.id, r.loss) for r in ranked], members)
    pick = one_standard_error_first(schema.task, ranked, rows.y)[0]
    assert lead_1se == pick.candidate.id and len(pick.candidate.params) <= len(ranked[0].candidate.params)
    assert pick.loss <= ranked[0].loss + np.std(
        row_losses(schema.task, rows.y, ranked[0].pred), ddof=1) / np.sqrt(len(rows.y)) + 1e-12
    if len(members) == 1:
        assert prov["cross_validation_score"]["loss"] == pytest.approx(ranked[0].loss, abs=1e-3)
    return members


def check_crossval_distilled(est, X, y) -> list[int]:
    """``reselect(selection="crossval_distilled")``: the crossval lead's code, fitted towards the average.

    As :func:`check_distilled`, with ``"crossval"``'s lead (refitted alone to the labels) as the
    pick, and no cross-validated score recorded for a distilled student. Leaves ``est`` with that
    model; returns the teachers.
    """
    est.reselect(X, y, selection="crossval")
    lead = est.model_.provenance["members"][0]
    est.reselect(X, y, candidate=lead)  # the lead alone, fitted to the labels on all rows
    teachers = _check_student(est, X, y, "crossval_distilled", [lead])
    assert "cross_validation_score" not in est.model_.provenance or not teachers
    return teachers


def check_crossval_distilled_in_range(est, X, y) -> list[int]:
    """``reselect(selection="crossval_distilled_in_range")``: as :func:`check_crossval_distilled`, with the
    lead ranked by out-of-fold losses whose held-out rows were held to their four folds' range.

    The ranking is redone here with ``FitContext.in_range`` set; the lead, refitted alone, must be the
    student, fitted towards the average. Leaves ``est`` with that model; returns the teachers.
    """
    from iblearn.search.crossval import cross_validated

    est.reselect(X, y, selection="crossval")  # any rule: the log and the split are what matter here
    ctx, rows, valid = _log_context(est, X, y, in_range=True)
    lead = cross_validated(ctx, valid, rows)[0].candidate.id if len(valid) >= 2 else est.model_.provenance["members"][0]
    est.reselect(X, y, candidate=lead)
    teachers = _check_student(est, X, y, "crossval_distilled_in_range", [lead])
    assert "cross_validation_score" not in est.model_.provenance or not teachers
    return teachers


def check_distilled(est, X, y) -> list[int]:
    """``reselect(selection="distilled")``: the simplest pick's code, fitted towards the average's predictions.

    The student is the one-standard-error pick (same code, other numbers), its teachers are the
    average's members, and its predictions on the training rows are at least as close to the
    average's as the label-fitted pick's are. Leaves ``est`` with the distilled model; returns the teachers.
    """
    est.reselect(X, y, selection="simplest")
    return _check_student(est, X, y, "distilled", est.model_.provenance["members"])


def _check_student(est, X, y, selection: str, pick: list[int]) -> list[int]:
    """``est`` holds ``pick`` fitted to the labels; ``selection`` must give its code fitted towards the average.

    Pruning is off for the comparison (the pick and the student could each lose other terms); on
    again afterwards, with ``est`` holding the student as the estimator's setting gives it.
    """
    prune = est.prune
    est.set_params(prune=False)
    est.reselect(X, y, candidate=pick[0])
    try:
        return _compare_student(est, X, y, selection, pick)
    finally:
        est.set_params(prune=prune)
        est.reselect(X, y, selection=selection)


def _compare_student(est, X, y, selection: str, pick: list[int]) -> list[int]:
    out = (lambda: est.predict_proba(X)) if hasattr(est, "predict_proba") else (lambda: est.predict(X))
    pick_code, pick_out = est.code_, out()
    est.reselect(X, y, selection="average")
    average, average_out = est.model_.provenance["members"], out()
    est.reselect(X, y, selection=selection)
    prov = est.model_.provenance
    assert prov["selection"] == selection and prov["members"] == pick
    assert _shape(est.code_) == _shape(pick_code)  # the LLM's structure, refitted
    if len(average) < 2:  # nothing to learn from: the pick itself
        assert "teachers" not in prov
        np.testing.assert_allclose(out(), pick_out, atol=1e-9)
        return []
    assert prov["teachers"] == average
    if est.model_.params:
        gap, gap_pick = np.abs(out() - average_out).mean(), np.abs(pick_out - average_out).mean()
        assert gap <= gap_pick + 1e-3, (gap, gap_pick)
    return prov["teachers"]


def check_pruned(est, X, y) -> list[str]:
    """The estimator's own selection again, without and with pruning (bench/preregistered/2026-12-03-prune-terms.md).

    The pruned model keeps a subset of the unpruned one's numbers, lacks exactly the statements its
    provenance lists (each one an additive term of the unpruned code), still passes the checks, and
    predicts every training row within :data:`~iblearn.search.prune.PRUNE_TOLERANCE` of it (the
    training rows are among the rows pruning is judged on). Leaves ``est`` pruned; returns what was removed.
    """
    from iblearn.checks import check_source
    from iblearn.codegen import additive_terms
    from iblearn.search.prune import PRUNE_TOLERANCE

    out = (lambda: est.predict_proba(X)) if hasattr(est, "predict_proba") else (lambda: est.predict(X))
    prune = est.prune
    est.set_params(prune=False)
    est.reselect(X, y)
    full_code, full_params, full_out = est.code_, dict(est.model_.params), out()
    assert "pruned" not in est.model_.provenance
    est.set_params(prune=True)
    est.reselect(X, y)
    removed = list(est.model_.provenance.get("pruned", []))
    assert set(est.model_.params) <= set(full_params)
    full_terms = [t.text for t in additive_terms(full_code, full_params)]
    kept_terms = [t.text for t in additive_terms(est.code_, est.model_.params)]
    assert all(_shape(r) in map(_shape, full_terms) for r in removed), (removed, full_terms)
    assert len(kept_terms) == len(full_terms) - len(removed)
    check_source(est.code_)
    spread = 1.0 if hasattr(est, "predict_proba") else float(np.std(np.asarray(y, dtype=float)))
    assert np.max(np.abs(out() - full_out)) <= PRUNE_TOLERANCE * spread + 1e-3  # + the printed digits
    if not removed:
        assert _shape(est.code_) == _shape(full_code)
    est.set_params(prune=prune)
    return removed


def check_clamped(model: Any, inputs: dict[str, np.ndarray]) -> int:
    """``model``'s code holds every numeric input to the range of ``inputs`` (the rows it was fitted on):
    each column argument has its ``np.clip(a, lo, hi)`` line, and rows pushed far outside the range
    predict exactly what the same rows at its edge predict. Returns how many such lines it has."""
    import re

    from iblearn.data import input_ranges

    ranges = input_ranges(model.schema, inputs)
    assert ranges, "no numeric column to hold"
    if model.matrix_arg:
        lines = len(re.findall(rf"\b{model.matrix_arg} = \w+\.clip\({model.matrix_arg}, \[", model.source))
    else:
        held = [c for c in model.columns if c in ranges]
        for c in held:
            lo, hi = ranges[c]
            assert re.search(rf"\b{c} = \w+\.clip\({c}, {re.escape(repr(lo))}, {re.escape(repr(hi))}\)",
                             model.source), (c, lo, hi, model.source)
        lines = len(held)
    far, edge = dict(inputs), dict(inputs)
    rng = np.random.default_rng(0)
    for c, (lo, hi) in ranges.items():
        span = (hi - lo) or 1.0
        far[c] = np.where(rng.random(len(inputs[c])) < 0.5, lo - 3 * span, hi + 3 * span) + inputs[c] - lo
        edge[c] = np.clip(far[c], lo, hi)
        assert not np.allclose(far[c], edge[c])  # the rows really are outside
    np.testing.assert_array_equal(model.predict_values(far), model.predict_values(edge))
    return lines
