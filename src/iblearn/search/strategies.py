"""Search strategies: how LLM calls are spent to find a good code model.

Each strategy only adds candidates to ``ctx.log``; :func:`iblearn.search.search` picks the winner
by validation loss afterwards, so any log can be re-ranked later without new calls.

- ``oneshot``    the paper's method: one answer (plus repairs), used as written; a fresh answer
                 only if that chain fails and the budget allows more calls.
- ``best_of_n``  several diverse answers (framings, row samples, temperature), best on validation.
- ``fit_params`` like best_of_n, but the LLM writes a formula with named parameters that iblearn
                 fits to the rows; the LLM chooses the inductive bias, the data sets the numbers.
- ``refine``     show the LLM its best code, its score and the rows it gets most wrong; iterate.
- ``bagging``    models on different subsamples; the top ones averaged into one function.
- ``default``    fit_params exploration, then refinement, then an average of the top models
                 when that helps on validation (see README: why this is the default).
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from ..prompting import HINTS, REGRESSION_HINTS, build_task_prompt, refine_messages, term_grammar, term_outline
from .base import Candidate, Constraint, FitContext, ask, ask_many, predict_candidate

HINT_ORDER = ["linear", "curve", "threshold", "centres", "interaction", "plain"]


def _hints(ctx: FitContext) -> list[str]:
    table = REGRESSION_HINTS if ctx.schema.task == "regression" else HINTS
    return [h for h in HINT_ORDER if h in table]


def _prompt(ctx: FitContext, *, params: bool, hint: str = "plain", sample: int = 0, subsample: float | None = None):
    rows = None
    if subsample is not None:
        rng = np.random.default_rng(ctx.seed * 7919 + sample)
        n = len(ctx.fit)
        m = max(8, int(round(subsample * n)))
        rows = np.sort(rng.choice(n, size=min(n, m), replace=False))
    return build_task_prompt(ctx.schema, ctx.fit.inputs, ctx.fit.y_raw, max_rows=ctx.max_rows,
                             token_budget=ctx.token_budget, params=params, hint=hint, seed=ctx.seed + sample, rows=rows)


def oneshot(ctx: FitContext) -> None:
    """The first answer that passes, used as written; a fresh answer only if one and its repairs all fail.

    With the default budget (one call plus ``max_repairs``) this is exactly the paper's method.
    A caller who allows more calls gets a new sample of the same prompt after a failed repair
    chain rather than a fit without any model; the answer kept is still one answer, never a pick.
    """
    p = _prompt(ctx, params=False)
    sample = 0
    while not ctx.exhausted():
        got = ask(ctx, p.messages, strategy="oneshot", fit_params=False, sample=sample,
                  temperature=0.0 if sample == 0 else 0.7)
        if got is None or got.valid or ctx.stopped:
            return
        sample += 1


def _width(ctx: FitContext, left: int | None = None) -> int:
    """How many independent candidates to ask for at once: the back-end's concurrency, within budget."""
    w = min(ctx.llm.max_concurrency, max(1, ctx.remaining_calls()))
    return max(1, min(w, left)) if left is not None else w


def _explore_job(ctx: FitContext, i: int, *, params: bool, strategy: str, temperature: float | None = None) -> dict:
    """Candidate ``i`` of an exploration: framings in turn, then the same framings sampled more freely."""
    hints = _hints(ctx)
    hint = hints[i % len(hints)]
    p = _prompt(ctx, params=params, hint=hint, sample=i)
    temp = temperature if temperature is not None else (0.0 if i < len(hints) else 0.7)
    return dict(prompt=p.messages, strategy=strategy, fit_params=params, sample=i, temperature=temp, hint=hint,
                constraint=_grammar(ctx, i, hint) if params else None)


def _explore(ctx: FitContext, *, params: bool, strategy: str, n: int | None = None) -> None:
    i = 0
    while not ctx.exhausted() and (n is None or i < n):
        w = _width(ctx, None if n is None else n - i)
        ask_many(ctx, [_explore_job(ctx, j, params=params, strategy=strategy) for j in range(i, i + w)])
        i += w


def best_of_n(ctx: FitContext, n: int | None = None) -> None:
    _explore(ctx, params=False, strategy="best_of_n", n=n)


def fit_params(ctx: FitContext, n: int | None = None) -> None:
    _explore(ctx, params=True, strategy="fit_params", n=n)


def _worst_rows(ctx: FitContext, cand: Candidate, k: int = 8) -> str:
    """The fit rows the candidate gets most wrong, as CSV with its prediction appended."""
    from ..data import rows_csv

    pred = predict_candidate(ctx, cand, ctx.fit)
    y = ctx.fit.y
    if ctx.schema.task == "regression":
        err = np.abs(pred - y)
        shown = pred
    elif ctx.schema.task == "binary":
        err = np.abs(pred - y)
        shown = pred
    else:
        err = 1 - pred[np.arange(len(y)), y]
        shown = np.array([ctx.schema.classes[j] for j in np.argmax(pred, axis=1)])
    idx = np.argsort(-err, kind="stable")[:k]
    csv = rows_csv(ctx.fit.inputs, ctx.fit.y_raw, ctx.schema, idx).splitlines()
    out = [csv[0] + ",prediction"]
    for line, i in zip(csv[1:], idx):
        v = shown[i]
        out.append(line + "," + (f"{v:.3g}" if isinstance(v, (float, np.floating)) else str(v)))
    return "\n".join(out) + "\n"


def refine(ctx: FitContext, *, params: bool = True, patience: int = 2, start: bool = True) -> None:
    """Iteratively improve the current best candidate; stop after ``patience`` rounds without gain."""
    if start and not ctx.best():
        oneshot_like = _prompt(ctx, params=params, hint="plain")
        ask(ctx, oneshot_like.messages, strategy="refine", fit_params=params)
    misses = 0
    rounds = 0
    while not ctx.exhausted() and misses < patience:
        best = ctx.best()
        if not best:
            # Nothing valid yet: a fresh framing is the best use of the call.
            p = _prompt(ctx, params=params, hint=_hints(ctx)[rounds % len(_hints(ctx))], sample=100 + rounds)
            ask(ctx, p.messages, strategy="refine", fit_params=params, sample=100 + rounds, temperature=0.7)
            rounds += 1
            continue
        b = best[0]
        base = _prompt(ctx, params=params, hint=b.hint or "plain")
        metric = "log-loss" if ctx.schema.task != "regression" else "RMSE"
        msgs = refine_messages(base.messages, b.code or "", f"{b.loss:.4f}", f"{metric}, lower is better",
                               _worst_rows(ctx, b), ctx.schema, params)
        constraint = None
        if params and b.code and b.matrix_arg is None and b.code.rstrip().splitlines()[-1].startswith("    return"):
            # Small local models rewrite badly but extend well: grow the leader by new terms.
            constraint = _constraint(ctx, base=b.code, tag=f"r{rounds}_", max_terms=2)
        new = ask(ctx, msgs, strategy="refine", fit_params=params, sample=200 + rounds, temperature=0.3,
                  parent=b.id, hint=b.hint, constraint=constraint)
        rounds += 1
        misses = 0 if (new is not None and new.valid and new.loss < b.loss - 1e-4) else misses + 1


def bagging(ctx: FitContext, *, subsample: float = 0.7, params: bool = True, n: int | None = None) -> None:
    """Candidates each shown a different random subsample of the fit rows (the reference's IBLBagging)."""
    hints = _hints(ctx)

    def job(i: int) -> dict:
        hint = hints[i % len(hints)]
        p = _prompt(ctx, params=params, hint=hint, sample=300 + i, subsample=subsample)
        return dict(prompt=p.messages, strategy="bagging", fit_params=params, sample=300 + i, temperature=0.5,
                    hint=hint, constraint=_grammar(ctx, i, hint) if params else None)

    i = 0
    while not ctx.exhausted() and (n is None or i < n):
        w = _width(ctx, None if n is None else n - i)
        ask_many(ctx, [job(j) for j in range(i, i + w)])
        i += w


def _constraint(ctx: FitContext, *, base: str | None = None, hint: str = "plain", tag: str = "new",
                max_terms: int = 3) -> Constraint | None:
    """Grow-by-terms decoding on back-ends with grammars; the outline is prefilled where possible."""
    if not ctx.supports_grammar:
        return None
    if getattr(ctx.llm.backend, "supports_prefill", False):
        head, _ = term_outline(ctx.schema, base, hint)
        return Constraint(term_grammar(ctx.schema, base=base, hint=hint, tag=tag, max_terms=max_terms, prefilled=True), head)
    return Constraint(term_grammar(ctx.schema, base=base, hint=hint, tag=tag, max_terms=max_terms))


def _grammar(ctx: FitContext, i: int, hint: str = "plain") -> Constraint | None:
    """Constrained decoding for every answer but the first, free one."""
    return _constraint(ctx, hint=hint) if i > 0 else None


def default(ctx: FitContext) -> None:
    """Explore framings with fitted parameters, refine the best, keep what validation supports.

    About half the calls explore (each framing once; on llama.cpp back-ends answers after the
    first are constrained to add new terms), the rest refine the leader and then explore further;
    :func:`iblearn.search.search` then chooses between the best model and an average of the top ones.
    """
    explore = max(1, min(len(_hints(ctx)), ctx.budget.max_calls // 2))
    mark = ctx.calls_used()
    i = 0
    while not ctx.exhausted() and ctx.calls_used() - mark < explore:
        w = _width(ctx, explore - (ctx.calls_used() - mark))
        ask_many(ctx, [_explore_job(ctx, j, params=True, strategy="default") for j in range(i, i + w)])
        i += w
    refine(ctx, params=True, start=False)
    while not ctx.exhausted():  # refinement stalled early: spend the rest on more diversity
        w = _width(ctx)
        ask_many(ctx, [_explore_job(ctx, j, params=True, strategy="default", temperature=0.7) for j in range(i, i + w)])
        i += w


STRATEGIES: dict[str, Callable[[FitContext], None]] = {
    "oneshot": oneshot,
    "best_of_n": best_of_n,
    "fit_params": fit_params,
    "refine": refine,
    "bagging": bagging,
    "default": default,
}
ENSEMBLE_STRATEGIES = {"bagging", "default"}
