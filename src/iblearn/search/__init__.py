"""Turn a table and an LLM into the best code model a budget allows, selected on held-out rows.

``search(...)`` splits the training rows into rows the LLM sees (and parameters are fitted on)
and validation rows it never sees, runs a strategy, picks the winner on held-out rows (a single
model, or the average of the top ones where the strategy allows and the held-out rows agree),
refits the winner's parameters on all training rows, holds its inputs to their range, and returns
it with the full search log.

``selection="crossval_distilled_in_range"`` (the default) keeps ``"crossval"``'s lead and fits its
parameters to ``"distilled"``'s average (see below), scoring and teaching every candidate with its
inputs held to the range of the rows it was fitted on, as its artifact runs.
``selection="crossval"`` leads with the lowest 5-fold cross-validated loss over all training rows,
each candidate's parameters refitted per fold (:func:`~.crossval.cross_validated`);
``"simplest"`` with the candidate with fewest parameters among
those within one standard error of the lowest validation loss (:func:`one_standard_error`);
``"best"`` with the lowest validation loss itself; ``"average"`` averages every distinct candidate
that beats the training prior (:func:`average_members`): more accurate on development data, but an
artifact of up to :data:`MAX_AVERAGE` members that scores that many times slower; ``"distilled"``
keeps the one-standard-error pick's code and fits its parameters to that average instead of to the
labels (:func:`distil`): one function, the average's knowledge; ``"faithful"`` distils every
candidate validation cannot tell from the best and keeps the one that reproduces the average most
closely on rows none of them was fitted to (:func:`most_faithful`); ``"crossval_1se"`` applies the
one-standard-error rule to the cross-validated losses (:func:`~.crossval.one_standard_error_first`);
``"crossval_distilled"`` keeps ``"crossval"``'s lead and fits its parameters to ``"distilled"``'s
average (the default from its pre-registered test, bench/preregistered/2026-12-01-crossval-distilled.md,
until 2026-12-02); ``"crossval_distilled_in_range"`` (the default since) does the same while
scoring and teaching every candidate as its artifact runs, with inputs held to the range of the
rows it was fitted on (cross-validation folds, distillation's jittered rows;
bench/preregistered/2026-12-02-search-in-range.md).
Why the default is the default:
README, "How a fit works".
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable

import numpy as np

from ..codegen import clamp_inputs, fold_calibration, set_params
from ..codemodel import CodeModel
from ..data import Schema, held_to, input_ranges
from ..errors import ConfigError, NoValidModelError
from ..llm.base import LLM, Usage
from .base import Budget, Candidate, Data, FitContext, Progress, evaluate, predict_candidate, refit_candidate
from .crossval import cross_validated, one_standard_error_first
from .ensemble import combine
from .metrics import divergence, mean_loss, scores
from .prune import prune as prune_terms
from .strategies import ENSEMBLE_STRATEGIES, STRATEGIES

__all__ = ["Budget", "Candidate", "CHOICE_ONLY_KEYS", "DEFAULT_SELECTION", "SearchResult", "reselect", "search",
           "SELECTIONS", "STRATEGIES", "validation_split"]

SELECTIONS = ("crossval", "simplest", "best", "average", "distilled", "faithful", "crossval_1se", "crossval_distilled",
              "crossval_distilled_in_range")
# pre-registered tests passed: bench/results/development/crossval_distilled, then development/search_in_range
DEFAULT_SELECTION = "crossval_distilled_in_range"
MAX_AVERAGE = 16  # members of selection="average": the default budget's candidates, deduplicated
# selection="distilled": the student is fitted to the average on the training rows and on this many
# copies of them, each numeric column moved by this share of its spread (where the average is defined
# but no row was seen; the copies are made from training rows only)
# provenance keys that only some choices write: a re-selection must not inherit them from the last one
CHOICE_ONLY_KEYS = ("teachers", "students", "cross_validation_score", "pruned")
DISTILL_COPIES = 40
DISTILL_NOISE = 0.2
# jittered L-BFGS starts beside the numbers already fitted, when a teacher is refitted on all rows and
# when the student is distilled; 0 was declared and tested for determinism and did not help, so not
# adopted (bench/preregistered/2026-12-02-refit-from-fitted.md)
REFIT_RESTARTS = 1
DISTIL_RESTARTS = 1


@dataclass
class SearchResult:
    model: CodeModel
    log: list[Candidate]
    usage: Usage
    chosen: list[int]  # candidate ids in the final model (several for an average)
    seconds: float
    split: dict[str, Any] = field(default_factory=dict)


def validation_split(y: np.ndarray, task: str, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Stratified (classification) or target-spread (regression) split into (fit, validation) indices."""
    n = len(y)
    n_val = int(round(n * fraction))
    if n_val < 2 or n - n_val < 4:
        return np.arange(n), np.arange(0)
    rng = np.random.default_rng(seed)
    if task == "regression":
        order = np.argsort(y, kind="stable")
        val = [blk[rng.integers(len(blk))] for blk in np.array_split(order, n_val) if len(blk)]
        val_idx = np.sort(np.asarray(val))
    else:
        val_list = []
        for k in np.unique(y):
            idx = np.flatnonzero(y == k)
            take = int(round(len(idx) * fraction))
            if len(idx) - take < 1:
                take = len(idx) - 1
            val_list.append(rng.choice(idx, size=max(0, take), replace=False))
        val_idx = np.sort(np.concatenate(val_list))
    fit_idx = np.setdiff1d(np.arange(n), val_idx)
    return fit_idx, val_idx


def search(
    llm: LLM,
    schema: Schema,
    inputs: dict[str, np.ndarray],
    y: np.ndarray,
    y_raw: np.ndarray,
    *,
    strategy: str = "default",
    selection: str = DEFAULT_SELECTION,
    budget: Budget | None = None,
    validation_fraction: float = 0.3,
    seed: int = 0,
    max_rows: int = 100,
    max_repairs: int = 2,
    progress: bool = False,
    verbose: bool = False,
    on_candidate: Callable[[Candidate], None] | None = None,
    prune: bool = True,
) -> SearchResult:
    if strategy not in STRATEGIES:
        raise ConfigError(f"unknown strategy {strategy!r}; choose one of {', '.join(STRATEGIES)}")
    _check_selection(selection)
    budget = budget or Budget(max_calls=1 + max_repairs if strategy == "oneshot" else 16)
    all_data = Data(inputs, y, y_raw)
    fit_idx, val_idx, split = _split(y, schema.task, strategy, validation_fraction, seed)
    token_budget = getattr(llm.backend, "prompt_budget", None) or 6000
    if llm.context_window:
        token_budget = max(1500, min(token_budget, int(llm.context_window * 0.6)))
    ctx = FitContext(llm, schema, all_data.take(fit_idx), all_data.take(val_idx), budget, seed=seed,
                     max_rows=max_rows, token_budget=token_budget, max_repairs=max_repairs, verbose=verbose,
                     ledger_mark=llm.ledger.mark(), on_candidate=on_candidate, prune=prune)
    ctx.progress = Progress(budget.max_calls, progress, desc=f"iblearn {strategy}")
    t0 = time.perf_counter()
    try:
        STRATEGIES[strategy](ctx)
    finally:
        ctx.progress.close()
    if not any(c.valid for c in ctx.log):
        reasons = "; ".join(sorted({f"{c.stage}: {c.error}" for c in ctx.log if c.error})[:3])
        raise NoValidModelError(
            f"no valid code model after {ctx.calls_used()} LLM calls ({len(ctx.log)} attempts); "
            f"last problems: {reasons or 'none recorded'}. Raise the budget (max_calls), try strategy='default', "
            "or use a stronger LLM.",
            log=ctx.log,
        )
    model, members = _choose(ctx, all_data, strategy, selection)
    return SearchResult(model, ctx.log, llm.ledger.since(ctx.ledger_mark), [m.id for m in members],
                        time.perf_counter() - t0, split)


def reselect(
    schema: Schema,
    inputs: dict[str, np.ndarray],
    y: np.ndarray,
    y_raw: np.ndarray,
    log: list[Candidate],
    *,
    strategy: str = "default",
    selection: str = DEFAULT_SELECTION,
    candidate: int | None = None,
    validation_fraction: float = 0.3,
    seed: int = 0,
    prune: bool = True,
) -> SearchResult:
    """Choose the final model again from a search log, without any LLM call.

    ``inputs``/``y`` must be the rows the search ran on, split with the same ``validation_fraction``
    and ``seed``: the logged parameters were fitted on its fit rows and the logged scores come
    from its validation rows. ``candidate`` keeps that candidate (refitted on all rows, like any
    winner) instead of applying a selection rule.
    """
    _check_selection(selection)
    t0 = time.perf_counter()
    all_data = Data(inputs, y, y_raw)
    fit_idx, val_idx, split = _split(y, schema.task, strategy, validation_fraction, seed)
    ctx = FitContext(None, schema, all_data.take(fit_idx), all_data.take(val_idx),  # type: ignore[arg-type]
                     Budget(max_calls=0), seed=seed, log=list(log), prune=prune)
    if not any(c.valid for c in ctx.log):
        raise NoValidModelError("the search log holds no valid candidate to choose from", log=ctx.log)
    model, members = _choose(ctx, all_data, strategy, selection, candidate)
    return SearchResult(model, ctx.log, Usage(), [m.id for m in members], time.perf_counter() - t0, split)


def _check_selection(selection: str) -> None:
    if selection not in SELECTIONS:
        raise ConfigError(f"unknown selection {selection!r}; choose one of {', '.join(SELECTIONS)}")


def _split(y: np.ndarray, task: str, strategy: str, validation_fraction: float,
           seed: int) -> tuple[np.ndarray, np.ndarray, dict[str, Any]]:
    """Fit and validation row indices, and the record of the split that :func:`reselect` repeats.

    ``oneshot`` holds out nothing: the paper's method uses its one answer on all rows.
    """
    frac = 0.0 if strategy == "oneshot" else validation_fraction
    fit_idx, val_idx = validation_split(y, task, frac, seed)
    return fit_idx, val_idx, {"fit_rows": len(fit_idx), "validation_rows": len(val_idx), "seed": seed,
                              "validation_fraction": frac}


def _choose(ctx: FitContext, all_data: Data, strategy: str, selection: str,
            candidate: int | None = None) -> tuple[CodeModel, list[Candidate]]:
    """The final model from the logged candidates: a selection rule's pick (and average), or one candidate."""
    valid = ctx.best(k=len(ctx.log))
    rule = selection.removesuffix("_in_range")
    ctx.in_range = rule != selection
    val_preds: dict[int, np.ndarray] = {}
    teachers: list[Candidate] = []
    oof: dict[int, np.ndarray] = {}  # selection="crossval": out-of-fold predictions on all rows
    if candidate is not None:
        members = [c for c in valid if c.id == candidate]
        if not members:
            raise ConfigError(f"candidate {candidate} is not a valid candidate of this search log; valid ones: "
                              f"{', '.join(str(c.id) for c in sorted(valid, key=lambda c: c.id))}")
    else:
        members = [valid[0]]
        if len(valid) >= 2 and len(ctx.val) >= 2:
            val_preds = val_predictions(ctx, valid)  # once: every rule below reads these
            if rule in ("crossval", "crossval_1se", "crossval_distilled"):
                ranked = [r for r in cross_validated(ctx, valid, all_data) if r.pred is not None]
                if rule == "crossval_1se":
                    ranked = one_standard_error_first(ctx.schema.task, ranked, all_data.y)
                oof = {r.candidate.id: r.pred for r in ranked}  # type: ignore[misc]
                members = [r.candidate for r in ranked[:1]] or members
                if rule == "crossval_distilled":  # the lead is the student; no averaging step
                    teachers = _teachers(ctx, valid, val_preds)
                elif strategy in ENSEMBLE_STRATEGIES and len(ranked) >= 2:
                    members = _best_average(ctx, [r.candidate for r in ranked[:5]], oof, all_data.y)
            elif selection == "average":  # the best alone when no candidate beats the prior
                members = average_members(ctx, valid, val_preds) or members
            elif selection in ("distilled", "faithful"):
                near = within_one_standard_error(ctx, valid, val_preds)
                teachers = _teachers(ctx, valid, val_preds)
                members = [near[0]]  # the student ("distilled"), or the students to choose from ("faithful")
                if selection == "faithful" and teachers:
                    taught = {t.id for t in teachers}
                    members += [c for c in near[1:] if c.id in taught and c.params]
            else:
                members = [lead(ctx, valid, val_preds, selection)]
                if strategy in ENSEMBLE_STRATEGIES:
                    ranked = members + [c for c in valid if c.id != members[0].id]
                    members = _best_average(ctx, ranked[:5], val_preds)
    model, members = _final_model(ctx, members, all_data, strategy, val_preds, teachers)
    model.provenance["selection"] = "candidate" if candidate is not None else selection
    if oof and all(m.id in oof for m in members) and not teachers:  # a distilled student has other numbers
        model.provenance["cross_validation_score"] = _round(scores(
            ctx.schema.task, all_data.y, np.mean([oof[m.id] for m in members], axis=0)))
    return model, members


def _val_losses(ctx: FitContext, pred: np.ndarray, y: np.ndarray | None = None) -> tuple[float, float]:
    """Mean per-row validation loss and its standard error (``y``: other rows' targets, e.g. out-of-fold)."""
    return mean_loss(ctx.schema.task, ctx.val.y if y is None else y, pred)


def val_predictions(ctx: FitContext, cands: list[Candidate]) -> dict[int, np.ndarray]:
    """Each candidate's predictions on the validation rows, by candidate id (one sandbox run each)."""
    return {c.id: predict_candidate(ctx, c, ctx.val) for c in cands}


def lead(ctx: FitContext, valid: list[Candidate], preds: dict[int, np.ndarray],
         selection: str = "simplest") -> Candidate:
    """The model the final one is built on: ``valid`` is sorted by validation loss; see :data:`SELECTIONS`."""
    return one_standard_error(ctx, valid, preds) if selection == "simplest" else valid[0]


def one_standard_error(ctx: FitContext, valid: list[Candidate],
                       preds: dict[int, np.ndarray] | None = None) -> Candidate:
    """The simplest candidate whose validation loss is within one standard error of the best's.

    A validation set of a few dozen rows cannot tell apart losses closer than their standard
    error, and the candidate that happens to score best is often the one with the most terms
    (Hastie, Tibshirani & Friedman, *Elements of Statistical Learning*, 7.10: the one-standard-
    error rule). Simplicity is the number of fitted parameters, then the code's length.
    ``preds`` are the candidates' validation predictions (:func:`val_predictions`), if already made.
    """
    return within_one_standard_error(ctx, valid, preds)[0]


def within_one_standard_error(ctx: FitContext, valid: list[Candidate],
                              preds: dict[int, np.ndarray] | None = None) -> list[Candidate]:
    """The candidates whose validation loss is within one standard error of the best's, simplest first
    (fewest fitted parameters, then shortest code, then lowest loss): :func:`one_standard_error`'s pool."""
    preds = preds or val_predictions(ctx, valid)
    mean_best, se = _val_losses(ctx, preds[valid[0].id])
    ok = []
    for c in valid:
        mean = _val_losses(ctx, preds[c.id])[0]
        if mean <= mean_best + se:
            ok.append((len(c.params), len(c.code or ""), mean, c.id, c))
    return [t[4] for t in sorted(ok, key=lambda t: t[:4])]


def average_members(ctx: FitContext, valid: list[Candidate], preds: dict[int, np.ndarray]) -> list[Candidate]:
    """Every distinct valid candidate that validates better than predicting the training prior.

    With a validation set of a few dozen rows, picking one candidate is close to a lottery: on
    development seeds of pseudo (10-19) the one-standard-error pick tested no better than the
    candidates' average (0.957 vs 0.957 mean ROC-AUC), while the plain average of all candidates'
    probabilities tested at 0.966 (better on 9 of 10 seeds). Members that predict the same
    validation values are kept once; at most :data:`MAX_AVERAGE`, in validation order. The price
    is a longer artifact that scores as many times slower as it has members.
    """
    if ctx.schema.task == "regression":
        prior = np.full(len(ctx.val), float(np.mean(ctx.fit.y)))
    else:
        freq = np.bincount(np.asarray(ctx.fit.y, int), minlength=ctx.n_classes) / len(ctx.fit)
        prior = np.full(len(ctx.val), freq[1]) if ctx.schema.task == "binary" else np.tile(freq, (len(ctx.val), 1))
    floor = _val_losses(ctx, prior)[0]
    members: list[Candidate] = []
    for c in valid:  # sorted by validation loss
        if len(members) >= MAX_AVERAGE or _val_losses(ctx, preds[c.id])[0] >= floor:
            break
        if all(np.max(np.abs(preds[c.id] - preds[m.id])) > 1e-6 for m in members):
            members.append(c)
    return members


def _teachers(ctx: FitContext, valid: list[Candidate], preds: dict[int, np.ndarray]) -> list[Candidate]:
    """What a distilled pick is fitted to: :func:`average_members`, or none if fewer than two (one teacher
    has nothing to add to the pick)."""
    members = average_members(ctx, valid, preds)
    return members if len(members) >= 2 else []


def _best_average(ctx: FitContext, ranked: list[Candidate], preds: dict[int, np.ndarray],
                  y: np.ndarray | None = None) -> list[Candidate]:
    """Greedy forward selection of members whose average beats the current model by over one standard error.

    An average is a more complex model than its first member, so it has to earn its place by more
    than validation noise (the reasoning of :func:`one_standard_error`). A looser rule (join while
    the average validates better at all) was tried: +0.007 mean AUC on development seeds 10-12 of
    pseudo, -0.006 on the benchmark's seeds 0-4; no measurable gain, so the simpler, faster model stays.
    ``preds`` are validation predictions, or with ``y`` (all rows' targets) out-of-fold ones.
    """
    chosen = [ranked[0]]
    best, se = _val_losses(ctx, preds[ranked[0].id], y)
    for c in ranked[1:]:
        trial = chosen + [c]
        loss, trial_se = _val_losses(ctx, np.mean([preds[m.id] for m in trial], axis=0), y)
        if loss < best - max(se, 1e-4):
            chosen, best, se = trial, loss, trial_se
    return chosen


def _refit(ctx: FitContext, cand: Candidate, data: Data) -> Candidate:
    """The same structure with parameters fitted on all training rows (fit + validation)."""
    return refit_candidate(ctx, cand, data, restarts=REFIT_RESTARTS)


def _fold(ctx: FitContext, cand: Candidate) -> Candidate:
    """The candidate with its output calibration written into the code, where the code's form allows."""
    if cand.calibration is None or not cand.code:
        return cand
    folded = fold_calibration(cand.code, ctx.schema.task, cand.link, cand.calibration)
    if folded is None:
        return cand
    code, added = folded
    return replace(cand, code=set_params(code, added), params={**cand.params, **added}, calibration=None)


def jittered(data: Data, copies: int, noise: float, seed: int) -> Data:
    """The rows followed by ``copies`` copies of them, each numeric column moved by ``noise`` times its spread."""
    rng = np.random.default_rng(seed)
    idx = np.tile(np.arange(len(data)), copies + 1)
    inputs = {}
    for name, values in data.inputs.items():
        rows = values[idx]
        if values.dtype.kind == "f":
            sd = float(np.nanstd(values))
            rows = rows + np.concatenate([np.zeros(len(data)), rng.normal(0.0, noise * sd, len(idx) - len(data))])
        inputs[name] = rows
    return Data(inputs, data.y[idx], data.y_raw[idx])


def around_rows(ctx: FitContext, data: Data, seed: int) -> Data:
    """``data`` and :data:`DISTILL_COPIES` jittered copies of it: where distillation teaches a model and
    pruning judges one. With ``in_range`` they are held to the range of ``data``, as the artifact never
    runs on inputs past the training rows."""
    rows = jittered(data, DISTILL_COPIES, DISTILL_NOISE, seed)
    if ctx.in_range:
        rows = Data(held_to(rows.inputs, input_ranges(ctx.schema, data.inputs)), rows.y, rows.y_raw)
    return rows


def teaching_rows(ctx: FitContext, teachers: list[Candidate], data: Data, seed: int) -> tuple[Data, np.ndarray]:
    """:func:`around_rows`, with the teachers' average prediction on them."""
    rows = around_rows(ctx, data, seed)
    return rows, np.mean([predict_candidate(ctx, t, rows) for t in teachers], axis=0)


def distil(ctx: FitContext, student: Candidate, teachers: list[Candidate], data: Data,
           taught: tuple[Data, np.ndarray] | None = None) -> Candidate:
    """``student``'s code with parameters fitted to the average of ``teachers``' predictions.

    Everything is fitted on ``data`` (all training rows) and :data:`DISTILL_COPIES` jittered copies
    of it (``taught``: those rows and targets, if :func:`teaching_rows` already made them); the
    teachers are used as given (refit them first). A student without parameters is returned as it is.
    """
    if not student.params:
        return student
    rows, target = taught or teaching_rows(ctx, teachers, data, ctx.seed)
    return refit_candidate(ctx, student, rows, restarts=DISTIL_RESTARTS, targets=target)


def most_faithful(ctx: FitContext, students: list[Candidate], teachers: list[Candidate],
                  data: Data) -> tuple[Candidate, dict[int, float]]:
    """Each student distilled from ``teachers``; the one closest to their average on fresh jittered rows.

    Closeness is :func:`~.metrics.divergence` on a second set of jittered copies of the training
    rows (seed + 1, without the rows themselves), which no student was fitted to: a structure that can only bend towards the
    average where it was shown it loses there. Near-ties (1e-4) go to the simpler student, as in
    :func:`one_standard_error`. Returns the student and every student's divergence by candidate id.
    """
    taught = teaching_rows(ctx, teachers, data, ctx.seed)
    check_rows, check_target = teaching_rows(ctx, teachers, data, ctx.seed + 1)
    copies = np.arange(len(data), len(check_rows))  # the jittered copies only: every student saw the rows
    check_rows, check_target = check_rows.take(copies), check_target[copies]
    ranked = []
    for s in students:
        d = distil(ctx, s, teachers, data, taught)
        gap = divergence(ctx.schema.task, check_target, predict_candidate(ctx, d, check_rows))
        ranked.append((gap, d))
    floor = min(g for g, _ in ranked)
    chosen = next(d for g, d in ranked if g <= floor + 1e-4)  # students come simplest first
    return chosen, {d.id: round(g, 6) for g, d in ranked}


def _final_model(ctx: FitContext, members: list[Candidate], data: Data, strategy: str,
                 val_preds: dict[int, np.ndarray],
                 teachers: list[Candidate] | None = None) -> tuple[CodeModel, list[Candidate]]:
    """The code model of ``members`` (refitted on all rows), or, with ``teachers``, of the student
    distilled from them (``members`` are then the students, simplest first). Returns it and its members.

    Except for ``oneshot`` (the paper's method, kept as the LLM wrote it), the model's code clips
    each numeric input to the range of ``data`` (:func:`~iblearn.codegen.clamp_inputs`): the same
    predictions on every training row, no wild extrapolation beyond them."""
    members = [_refit(ctx, m, data) if len(ctx.val) else m for m in members]
    fidelity: dict[int, float] = {}
    if teachers:  # selection="distilled"/"faithful": the students are teachers too, refitted once
        done = {m.id: m for m in members}
        teachers = [done.get(t.id) or _refit(ctx, t, data) for t in teachers]
        if len(members) == 1:
            members = [distil(ctx, members[0], teachers, data)]
        else:
            student, fidelity = most_faithful(ctx, members, teachers, data)
            members = [student]
    pruned: list[str] = []
    if ctx.prune and strategy != "oneshot" and len(members) == 1 and members[0].params:
        spread = float(np.std(data.y)) if ctx.schema.task == "regression" else 1.0
        pruned_member, pruned = prune_terms(ctx, members[0], around_rows(ctx, data, ctx.seed), spread or 1.0,
                                            restarts=DISTIL_RESTARTS)
        members = [pruned_member]
    members = [_fold(ctx, m) for m in members]
    ranges = {} if strategy == "oneshot" else input_ranges(ctx.schema, data.inputs)  # oneshot: the paper's code as is
    if len(members) == 1:
        m = members[0]
        src = clamp_inputs(m.code or "", ranges, m.matrix_arg, ctx.schema.idents)
        model = CodeModel(src, ctx.schema, m.columns, m.matrix_arg, m.params, m.link,  # type: ignore[arg-type]
                          calibration=m.calibration)
    else:
        src = combine([m.__dict__ for m in members], ctx.schema.task, ctx.schema.idents, ctx.schema.classes)
        link = "identity" if ctx.schema.task != "multiclass" else "normalize"
        model = CodeModel(clamp_inputs(src, ranges), ctx.schema, list(ctx.schema.idents), None, {},  # type: ignore[arg-type]
                          link)
    try:
        pred = model.predict_values(data.inputs)
    except Exception:
        model.close()
        raise
    val_scores = members[0].validation if len(members) == 1 else scores(
        ctx.schema.task, ctx.val.y, np.mean([val_preds[m.id] for m in members], axis=0))
    model.provenance.update(
        strategy=strategy,
        members=[m.id for m in members],
        **({"teachers": [t.id for t in teachers]} if teachers else {}),
        **({"students": {str(k): v for k, v in fidelity.items()}} if fidelity else {}),
        **({"pruned": pruned} if pruned else {}),
        prompt_hash=members[0].prompt_hash,
        train_score=_round(scores(ctx.schema.task, data.y, pred)),
        validation_score=_round(val_scores),
    )
    return model, members


def _round(d: dict[str, float]) -> dict[str, float]:
    return {k: round(float(v), 4) for k, v in d.items()}
