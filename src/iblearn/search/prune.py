"""Take redundant terms out of the final model, keeping what it predicts.

Refinement grows a model term by term, and a small LLM often writes the same term again (a bump
at the same centre, a second product of the same columns); after fitting, such terms share one
effect between them, cost the reader lines and leave the numbers in flat valleys. Each additive
term (``s = s + E``) is removed in turn, smallest effect first, the remaining numbers are fitted to
the unpruned model's own predictions, and the removal is kept if no prediction moves by more than
:data:`PRUNE_TOLERANCE`. Declared before it was built: bench/preregistered/2026-12-03-prune-terms.md.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ..codegen import Term, additive_terms, drop_terms, set_params
from ..errors import SandboxError
from .base import Candidate, Data, FitContext, predict_candidate, refit_candidate

# Largest change a removal may make to any prediction on the rows it is judged on: a probability
# (per class), or for regression this share of the training targets' standard deviation.
PRUNE_TOLERANCE = 0.02


def without(cand: Candidate, terms: list[Term], values: dict[str, float]) -> Candidate:
    """``cand`` without ``terms`` (found in ``cand.code``), its parameters set to ``values`` where kept."""
    code, dropped = drop_terms(cand.code or "", terms)
    params = {k: v for k, v in values.items() if k not in dropped}
    return replace(cand, code=set_params(code, params), params=params,
                   defaults={k: v for k, v in cand.defaults.items() if k not in dropped})


def _moved(ctx: FitContext, cand: Candidate, rows: Data, reference: np.ndarray) -> float:
    """The largest change from ``reference`` in ``cand``'s predictions on ``rows`` (inf if it fails)."""
    try:
        pred = predict_candidate(ctx, cand, rows)
    except SandboxError:
        return float("inf")
    gap = np.abs(np.asarray(pred, dtype=float) - reference)
    return float(np.max(gap)) if gap.size and np.all(np.isfinite(gap)) else float("inf")


def prune(ctx: FitContext, cand: Candidate, rows: Data, y_spread: float = 1.0,
          restarts: int = 1) -> tuple[Candidate, list[str]]:
    """``cand`` with every additive term removed whose removal, after refitting, moves no prediction
    on ``rows`` by more than :data:`PRUNE_TOLERANCE` (times ``y_spread`` for regression), and the
    removed statements' text.

    ``rows`` are the rows the model is judged on (the training rows and jittered copies of them).
    Terms are tried once each, in order of how much their removal alone (numbers unchanged) moves a
    prediction, smallest first; each trial refits every remaining number, from the numbers kept so
    far, to the unpruned model's predictions, so the change never adds up past the tolerance.
    """
    terms = additive_terms(cand.code or "", cand.params)
    if not terms:
        return cand, []
    reference = np.asarray(predict_candidate(ctx, cand, rows), dtype=float)
    tol = PRUNE_TOLERANCE * (y_spread if ctx.schema.task == "regression" else 1.0)
    effect = [_moved(ctx, without(cand, [t], cand.params), rows, reference) for t in terms]
    order = sorted(range(len(terms)), key=lambda i: (effect[i], i))
    current, removed = cand, []
    for i in order:
        trial = without(cand, removed + [terms[i]], current.params)
        try:
            trial = refit_candidate(ctx, trial, rows, restarts=restarts, targets=reference,
                                    calibration=trial.calibration)
        except SandboxError:
            continue
        if _moved(ctx, trial, rows, reference) <= tol:
            current, removed = trial, removed + [terms[i]]
    return current, [t.text for t in sorted(removed, key=lambda t: t.line)]
