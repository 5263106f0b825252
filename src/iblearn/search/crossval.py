"""Rank logged candidates by cross-validated loss over all training rows (``selection="crossval"``).

A validation split of 15 rows cannot tell most candidates apart; five folds over all 50 rows give
every row a held-out prediction. Each candidate's parameters (and output calibration) are fitted
again on four folds, from the values it started with (a refined candidate: from its parent's refit
on the same four folds, see :data:`FOLD_STARTS`), and it predicts the fifth. The rule and its
constants were fixed before any result was seen: bench/preregistered/2026-11-27-crossval-selection.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..codegen import set_params
from ..codemodel import finalize
from ..data import held_to, input_ranges
from ..errors import SandboxError
from .base import Candidate, Data, FitContext, candidate_model
from .metrics import mean_loss
from .params import fit_parameters

CV_FOLDS = 5
# Fold refits settle with Newton steps like every other fit, so out-of-fold losses, which rank the
# candidates, do not move with a CPU's last bits. Until 2026-12-02 they settled only up to 32
# numbers, for time (settling doubled a moon re-ranking, 61 -> 122 s); with stacked evaluation it
# cost 16.5 -> 17.3 s on moon development seed 55 (bench/preregistered/2026-12-02-fold-settle.md).
FOLD_STARTS = "parent"
# Where a refined candidate's fold refits start. A refinement child is written around its parent's
# numbers as fitted on the fit rows, so starting from its own values ("own", until 2026-12-03) began
# every fold at numbers that had already seen the held-out rows, and a bump fitted around a held-out
# row survived the refit. "parent" begins each fold at the parent's refit on the same fold (the
# root's from its own starting values) plus the child's new numbers: the chain of fits replayed on
# the four folds alone. Declared and judged in bench/preregistered/2026-12-03-fold-chain-starts.md
# (pseudo development 55-74 +0.0001 ± 0.0001, moon level; 4 of 20 artifacts changed, each to a smaller lead).


@dataclass
class CrossValidated:
    """One candidate's out-of-fold predictions on all training rows and their mean loss."""

    candidate: Candidate
    pred: np.ndarray | None  # None: the candidate failed on a held-out fold
    loss: float


def cv_folds(y: np.ndarray, task: str, k: int, seed: int) -> np.ndarray:
    """Fold number of every row: shuffled with ``seed``, stratified by class for classification.

    Rows are dealt out class by class, continuing round the folds, so fold sizes differ by at most
    one and every class is spread as evenly as its count allows.
    """
    n = len(y)
    k = max(2, min(k, n))
    rng = np.random.default_rng(seed)
    folds = np.empty(n, dtype=int)
    groups = [np.arange(n)] if task == "regression" else [np.flatnonzero(y == c) for c in np.unique(y)]
    start = 0
    for idx in groups:
        idx = rng.permutation(idx)
        folds[idx] = (start + np.arange(len(idx))) % k
        start += len(idx)
    return folds


def starting_code(cand: Candidate) -> str:
    """The candidate's code at the values it started from: candidates equal here fit to the same numbers."""
    start = cand.defaults or cand.params
    return set_params(cand.code or "", start) if start else (cand.code or "")


def out_of_fold(ctx: FitContext, cand: Candidate, data: Data, folds: np.ndarray) -> np.ndarray | None:
    """Every row's prediction by ``cand`` refitted without that row's fold (None if it fails on a fold).

    Parameters and calibration start from the candidate's starting values each time, with
    ``fit_parameters(restarts=1, seed=ctx.seed)``; a candidate without either predicts as it is.
    """
    return _fold_fits(ctx, cand, data, folds, None)[0]


def _fold_fits(ctx: FitContext, cand: Candidate, data: Data, folds: np.ndarray,
               parent_fits: list[dict[str, float]] | None) -> tuple[np.ndarray | None, list[dict[str, float]]]:
    """:func:`out_of_fold`'s predictions and the numbers fitted on each fold (in fold order).

    ``parent_fits`` (one dict per fold, see :data:`FOLD_STARTS`) replaces the starting values of the
    numbers it names, fold by fold.
    """
    start = dict(cand.defaults or cand.params)
    calibrate = cand.calibration is not None
    model, link = candidate_model(ctx, cand)
    task, k = ctx.schema.task, ctx.n_classes
    pred: np.ndarray | None = None
    fitted: list[dict[str, float]] = []
    try:
        worker = model.worker()
        for i, f in enumerate(np.unique(folds)):
            train, held = data.take(np.flatnonzero(folds != f)), np.flatnonzero(folds == f)
            params, cal = dict(cand.params), cand.calibration
            fold_start = dict(start)
            if parent_fits is not None:
                fold_start.update({n: v for n, v in parent_fits[i].items() if n in fold_start})
            if start or calibrate:
                params, cal = fit_parameters(worker, model, train, task, k, link, fold_start, restarts=1,
                                             seed=ctx.seed, calibrate=calibrate)
            fitted.append(dict(params))
            held_inputs = data.take(held).inputs
            if ctx.in_range:  # as the refitted candidate's artifact would run: held to its four folds' range
                held_inputs = held_to(held_inputs, input_ranges(ctx.schema, train.inputs))
            raw = worker.call(model.call_args(held_inputs), params or None)
            values, _ = finalize(raw, task, len(held), k, link, cal)  # type: ignore[arg-type]
            if pred is None:
                pred = np.zeros((len(data),) + values.shape[1:])
            pred[held] = values
    except SandboxError:
        return None, []
    finally:
        model.close()
    return pred, fitted


def cross_validated(ctx: FitContext, valid: list[Candidate], data: Data) -> list[CrossValidated]:
    """Every valid candidate's out-of-fold predictions and loss, best first.

    Candidates with the same starting code (and, with ``FOLD_STARTS == "parent"``, the same parent)
    are scored once. Ties (within 1e-9) go to fewer parameters, then shorter code; the first
    candidate of ``valid`` stands for its duplicates.
    """
    folds = cv_folds(data.y, ctx.schema.task, CV_FOLDS, ctx.seed)
    chained = FOLD_STARTS == "parent"
    by_id = {c.id: c for c in ctx.log}
    fits: dict[int, tuple[np.ndarray | None, list[dict[str, float]]]] = {}

    def fold_fits(c: Candidate) -> tuple[np.ndarray | None, list[dict[str, float]]]:
        if c.id not in fits:
            parent = by_id.get(c.parent) if (chained and c.parent is not None) else None
            parent_fits = fold_fits(parent)[1] if parent is not None and parent.valid else []
            fits[c.id] = _fold_fits(ctx, c, data, folds, parent_fits or None)
        return fits[c.id]

    seen: set[tuple[str, int | None]] = set()
    results = []
    for c in valid:
        key = (starting_code(c), c.parent if chained else None)
        if key in seen:
            continue
        seen.add(key)
        pred = fold_fits(c)[0]
        loss = mean_loss(ctx.schema.task, data.y, pred)[0] if pred is not None else float("inf")
        results.append(CrossValidated(c, pred, loss if np.isfinite(loss) else float("inf")))
    best = min((r.loss for r in results), default=float("inf"))
    return sorted(results, key=lambda r: (r.loss if r.loss > best + 1e-9 else best,
                                          len(r.candidate.params), len(r.candidate.code or "")))


def one_standard_error_first(task: str, ranked: list[CrossValidated], y: np.ndarray) -> list[CrossValidated]:
    """``ranked`` with the one-standard-error pick on cross-validated loss moved to the front.

    The pool is every candidate whose out-of-fold loss is at most the lowest one plus that
    candidate's standard error (per-row losses, ddof=1, over the square root of the rows); the pick
    is the pool's candidate with fewest parameters, then shortest code, then lowest loss
    (``selection="crossval_1se"``, declared in bench/preregistered/2026-12-01-selection-rematch.md).
    """
    scored = [r for r in ranked if r.pred is not None and np.isfinite(r.loss)]
    if len(scored) < 2:
        return ranked
    se = mean_loss(task, y, scored[0].pred)[1]  # type: ignore[arg-type]
    pool = [r for r in scored if r.loss <= scored[0].loss + se]
    pick = min(pool, key=lambda r: (len(r.candidate.params), len(r.candidate.code or ""), r.loss))
    return [pick] + [r for r in ranked if r is not pick]
