"""What every search strategy shares: the fit context, the budget, the search log, and one
'ask → extract → check → sandbox → score → repair' step.

Honest selection is built in here: the rows in ``ctx.val`` are never shown to the LLM and never
used to fit parameters; candidates are ranked by their loss on them. The user's test data never
reaches this module.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Callable

import numpy as np

from ..codegen import extract, lift_constants, score_form, set_params, starting_values
from ..codemodel import CodeModel, OutputInvalid, finalize
from ..data import Schema
from ..errors import CodeRejected, LLMError, SandboxError
from ..llm.base import LLM, Completion, Message
from ..prompting import Prompt, repair_messages
from .metrics import scores
from .params import fit_parameters


@dataclass(frozen=True)
class Constraint:
    """Constrained decoding for one call: a GBNF grammar and, where supported, the answer's fixed start."""

    grammar: str
    prefill: str = ""


@dataclass
class Budget:
    """Per-fit limits; a strategy stops asking once any is reached."""

    max_calls: int = 16
    max_tokens: int | None = None
    max_seconds: float | None = None


@dataclass
class Candidate:
    """One attempt, valid or not, with everything needed to re-rank it later without the LLM."""

    id: int
    strategy: str
    answer: str
    code: str | None = None
    valid: bool = False
    error: str | None = None
    stage: str | None = None  # where it failed: extract | checks | sandbox | result
    parent: int | None = None
    repair_of: int | None = None
    hint: str = ""
    params: dict[str, float] = field(default_factory=dict)
    defaults: dict[str, float] = field(default_factory=dict)  # values before fitting: the LLM's, or data-based starts
    link: str = "identity"
    calibration: list[float] | None = None
    columns: list[str] = field(default_factory=list)
    matrix_arg: str | None = None
    train: dict[str, float] = field(default_factory=dict)
    validation: dict[str, float] = field(default_factory=dict)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0
    cached: bool = False
    prompt_hash: str = ""

    @property
    def loss(self) -> float:
        return self.validation.get("loss", float("inf")) if self.valid else float("inf")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Data:
    """Training rows as the code model sees them: column arrays and the encoded target."""

    inputs: dict[str, np.ndarray]
    y: np.ndarray  # class index (classification) or float (regression)
    y_raw: np.ndarray  # labels as the user gave them, for the prompt

    def __len__(self) -> int:
        return len(self.y)

    def take(self, idx: np.ndarray) -> "Data":
        return Data({k: v[idx] for k, v in self.inputs.items()}, self.y[idx], self.y_raw[idx])


class Progress:
    """A one-line progress display on stderr: calls used of the budget and the best validation score."""

    def __init__(self, total: int, enabled: bool, desc: str = "fit"):
        self.total, self.enabled, self.desc = total, enabled, desc
        self.bar: Any = None
        if enabled:
            try:
                from tqdm.auto import tqdm

                self.bar = tqdm(total=total, desc=desc, unit="call", file=sys.stderr, leave=False)
            except ImportError:
                self.bar = None

    def update(self, calls: int, best: str) -> None:
        if self.bar is not None:
            self.bar.n = min(calls, self.total)
            self.bar.set_postfix_str(best, refresh=False)
            self.bar.refresh()
        elif self.enabled:
            print(f"\r{self.desc}: {calls}/{self.total} calls, best {best}", end="", file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.enabled:
            print(file=sys.stderr)


@dataclass
class FitContext:
    """Everything a strategy needs; strategies only add candidates to ``log``."""

    llm: LLM
    schema: Schema
    fit: Data  # rows the LLM may see and parameters are fitted on
    val: Data  # rows held out from prompts and fitting, for selection
    budget: Budget
    seed: int = 0
    max_rows: int = 100
    token_budget: int = 6000
    max_repairs: int = 2
    max_tokens: int = 700
    verbose: bool = False
    log: list[Candidate] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    ledger_mark: int = 0
    progress: Progress | None = None
    stopped: str | None = None  # set when the back-end failed for good: no further calls are made
    on_candidate: Callable[[Candidate], None] | None = None
    # selection "..._in_range": rows a candidate was not fitted on are scored with its inputs held to the
    # range of the rows it was (cross-validation folds, distillation's jittered rows), as its artifact runs
    in_range: bool = False
    # take redundant additive terms out of the final model (search.prune; off: every term the search wrote stays)
    prune: bool = True

    @property
    def supports_grammar(self) -> bool:
        """Whether the back-end honours GBNF grammars (llama.cpp in-process or its server)."""
        return getattr(self.llm.backend, "name", "") in ("local", "llamacpp")

    @property
    def n_classes(self) -> int:
        return max(2, len(self.schema.classes))

    # -- budget -------------------------------------------------------------------------------
    def calls_used(self) -> int:
        return self.llm.ledger.since(self.ledger_mark).calls

    def exhausted(self) -> bool:
        if self.stopped:
            return True
        u = self.llm.ledger.since(self.ledger_mark)
        b = self.budget
        if u.calls >= b.max_calls:
            return True
        if b.max_tokens is not None and u.total_tokens >= b.max_tokens:
            return True
        return b.max_seconds is not None and time.perf_counter() - self.started >= b.max_seconds

    def remaining_calls(self) -> int:
        return max(0, self.budget.max_calls - self.calls_used())

    # -- log ----------------------------------------------------------------------------------
    def best(self, k: int = 1) -> list[Candidate]:
        return sorted((c for c in self.log if c.valid), key=lambda c: c.loss)[:k]

    def add(self, cand: Candidate) -> Candidate:
        self.log.append(cand)
        if self.on_candidate:
            self.on_candidate(cand)
        if self.progress:
            b = self.best()
            self.progress.update(self.calls_used(), f"{b[0].validation.get('loss', float('nan')):.4f} val loss" if b else "none valid yet")
        return cand

    def next_id(self) -> int:
        return len(self.log)


def _answer_tokens(ctx: FitContext, constraint: Constraint | None) -> int:
    """Room for the answer: the outline the model copies grows with the number of columns."""
    from ..data import estimate_tokens
    from ..prompting import skeleton

    outline = estimate_tokens(skeleton(ctx.schema, params=True))
    if constraint is not None:
        return 300 + (0 if constraint.prefill else outline)
    return ctx.max_tokens + outline


def runnable(task: str, code: str, link: str, calibrated: bool) -> tuple[str, str]:
    """The code iblearn runs for a model's ``code`` and the link that goes with it.

    A calibrated binary model whose code ends in ``1 / (1 + np.exp(-S))`` runs as ``S`` with the
    sigmoid link (:func:`~iblearn.codegen.score_form`): its calibration then acts on ``S`` itself,
    as it does in the artifact once folded into the code, and not on the log-odds of a probability
    clipped at 1e-6 (which caps ``|S|`` near 14 and made a fold's artifact predict up to 0.12 apart
    from the model that was fitted and scored). Any other model runs as it is.
    """
    if task == "binary" and link == "identity" and calibrated:
        score = score_form(code)
        if score is not None:
            return score, "sigmoid"
    return code, link


def candidate_model(ctx: FitContext, cand: Candidate) -> tuple[CodeModel, str]:
    """The code model iblearn runs for a logged candidate (its :func:`runnable` code, with its
    parameters) and the link its raw output takes. Close it."""
    code, link = runnable(ctx.schema.task, cand.code or "", cand.link, cand.calibration is not None)
    return CodeModel(code, ctx.schema, cand.columns, cand.matrix_arg, dict(cand.params)), link


def refit_candidate(ctx: FitContext, cand: Candidate, rows: Data, *, restarts: int,
                    targets: np.ndarray | None = None, calibration: list[float] | None = None) -> Candidate:
    """``cand`` with its numbers (and calibration, if it has one) fitted again on ``rows``, from the
    numbers it has: to the labels, or with ``targets`` to another model's predictions (distillation).
    ``calibration`` is where the calibration starts (default: none). A candidate with nothing to fit is
    returned as it is."""
    if not cand.params and cand.calibration is None:
        return cand
    model, link = candidate_model(ctx, cand)
    try:
        params, cal = fit_parameters(model.worker(), model, rows, ctx.schema.task, ctx.n_classes, link,
                                     cand.params, restarts=restarts, seed=ctx.seed,
                                     calibrate=cand.calibration is not None, targets=targets,
                                     calibration=calibration)
    finally:
        model.close()
    return replace(cand, params=params, calibration=cal, code=set_params(cand.code or "", params))


def predict_candidate(ctx: FitContext, cand: Candidate, data: Data) -> np.ndarray:
    """A logged candidate's predictions on ``data`` (its code, parameters, link and calibration)."""
    model, link = candidate_model(ctx, cand)
    try:
        pred, _ = finalize(model.raw(data.inputs), ctx.schema.task, len(data), ctx.n_classes,
                           link, cand.calibration)  # type: ignore[arg-type]
        return pred
    finally:
        model.close()


def messages_hash(messages: list[Message]) -> str:
    return hashlib.sha256(json.dumps(messages, sort_keys=True).encode()).hexdigest()[:16]


def evaluate(
    ctx: FitContext, cand: Candidate, *, fit_params: bool, restarts: int = 3
) -> Candidate:
    """Extract, check, run and score ``cand.answer`` in place; never raises for a bad answer."""
    try:
        ex = extract(cand.answer, ctx.schema.idents, numeric_only=all(c.kind == "numeric" for c in ctx.schema.columns))
        starts = starting_values(ex.source, ex.declared, ctx.fit.inputs)
        if starts:  # placeholders the LLM left open start inside the data, not at an arbitrary 1.0
            ex.source = set_params(ex.source, starts)
            ex.params.update(starts)
        if fit_params:
            ex.source, lifted = lift_constants(ex.source)
            ex.params.update(lifted)
        cand.code, cand.columns, cand.matrix_arg, cand.params = ex.source, ex.columns, ex.matrix_arg, dict(ex.params)
        cand.defaults = dict(ex.params)
        model = CodeModel(ex.source, ctx.schema, ex.columns, ex.matrix_arg, dict(ex.params))
    except CodeRejected as exc:
        cand.stage, cand.error = ("checks" if cand.code else "extract"), exc.reason
        return cand
    try:
        worker = model.worker()
        n = len(ctx.fit)
        raw = worker.call(model.call_args(ctx.fit.inputs))
        _, link = finalize(raw, ctx.schema.task, n, ctx.n_classes)
        if fit_params and ctx.schema.task == "multiclass":
            link = "softmax"  # fitted scores are free to go negative, whatever they are at the defaults
        cand.link = link
        code, link = runnable(ctx.schema.task, ex.source, link, calibrated=fit_params)
        if code != ex.source:  # fitted and scored as it will run once calibrated
            model.close()
            model = CodeModel(code, ctx.schema, ex.columns, ex.matrix_arg, dict(ex.params))
            worker = model.worker()
        if fit_params:
            cand.params, cand.calibration = fit_parameters(
                worker, model, ctx.fit, ctx.schema.task, ctx.n_classes, link, cand.params,
                restarts=restarts, seed=ctx.seed + cand.id, calibrate=True)
        kw = dict(cand.params)
        train_pred, _ = finalize(worker.call(model.call_args(ctx.fit.inputs), kw), ctx.schema.task, n, ctx.n_classes,
                                 link, cand.calibration)
        cand.train = scores(ctx.schema.task, ctx.fit.y, train_pred)
        if len(ctx.val):
            val_pred, _ = finalize(worker.call(model.call_args(ctx.val.inputs), kw), ctx.schema.task, len(ctx.val),
                                   ctx.n_classes, link, cand.calibration)
            cand.validation = scores(ctx.schema.task, ctx.val.y, val_pred)
        else:
            cand.validation = dict(cand.train)
        if fit_params and cand.params:
            cand.code = set_params(cand.code, cand.params)
        cand.valid = True
    except OutputInvalid as exc:
        cand.stage, cand.error = "result", exc.reason
    except SandboxError as exc:
        cand.stage, cand.error = "sandbox", exc.reason
    finally:
        model.close()
    return cand


def _request(ctx: FitContext, messages: list[Message], constraint: "Constraint | None", *, attempt: int,
             temperature: float, sample: int, tag: str) -> dict[str, Any]:
    """The keyword arguments of one ``LLM.complete`` call, shared by :func:`ask` and :func:`ask_many`."""
    sent = messages + ([{"role": "assistant", "content": constraint.prefill}] if constraint and constraint.prefill else [])
    # Repairs sample a little more freely: a deterministic retry of the same prompt cannot progress.
    return dict(messages=sent, temperature=max(temperature, 0.3 * attempt), seed=ctx.seed * 1000 + sample,
                max_tokens=_answer_tokens(ctx, constraint), sample=sample * 10 + attempt, tag=tag,
                grammar=constraint.grammar if constraint else None)


def ask_many(ctx: FitContext, jobs: list[dict[str, Any]]) -> list[Candidate | None]:
    """Several independent candidates (each a dict of :func:`ask` arguments), in order.

    On back-ends that serve requests concurrently (remote servers, a fan-out over several) the
    first answers of all jobs are generated at once, within the call budget; checks, sandbox runs
    and repairs then follow one candidate at a time, so the log and its ids stay deterministic.
    The embedded model serves one request at a time and simply runs the jobs in turn.
    """
    width = min(ctx.llm.max_concurrency, len(jobs), ctx.remaining_calls())
    if width <= 1:
        out: list[Candidate | None] = []
        for job in jobs:
            if ctx.exhausted():
                break
            out.append(ask(ctx, **job))
        return out
    jobs = jobs[:width]
    requests = [_request(ctx, list(j["prompt"]), j.get("constraint"), attempt=0, temperature=j.get("temperature", 0.0),
                         sample=j.get("sample", 0), tag=j["strategy"]) for j in jobs]
    firsts = ctx.llm.complete_many(requests, concurrency=width)
    return [ask(ctx, **job, first=f) for job, f in zip(jobs, firsts)]


def ask(
    ctx: FitContext,
    prompt: list[Message],
    *,
    strategy: str,
    fit_params: bool,
    sample: int = 0,
    temperature: float = 0.0,
    hint: str = "",
    parent: int | None = None,
    constraint: "Constraint | None" = None,
    first: "Completion | BaseException | None" = None,
) -> Candidate | None:
    """One candidate with up to ``ctx.max_repairs`` repair turns; returns the last attempt (or None if no budget).

    ``first`` is an answer (or the back-end's error) already generated for the first attempt by
    :func:`ask_many`; it was paid for when it was generated, so the budget is not checked again.
    """
    messages = list(prompt)
    last: Candidate | None = None
    for attempt in range(ctx.max_repairs + 1):
        ready = first if attempt == 0 else None
        if ready is None and ctx.exhausted():
            break
        try:
            if isinstance(ready, BaseException):
                raise ready
            use = constraint if attempt == 0 else None
            c = ready if ready is not None else ctx.llm.complete(
                **_request(ctx, messages, use, attempt=attempt, temperature=temperature, sample=sample, tag=strategy))
        except LLMError as exc:
            if not ctx.log:
                raise
            # Retries already happened inside the back-end: stop asking and keep what there is.
            ctx.stopped = f"LLM failed: {exc}"
            ctx.add(Candidate(ctx.next_id(), strategy, "", error=str(exc), stage="llm", parent=parent, hint=hint))
            break
        cand = Candidate(ctx.next_id(), strategy, c.text, parent=parent, hint=hint,
                         repair_of=last.id if last else None, prompt_tokens=c.prompt_tokens,
                         completion_tokens=c.completion_tokens, latency_s=c.latency_s, cached=c.cached,
                         prompt_hash=messages_hash(messages))
        if c.finish_reason == "length" and "def " not in c.text:
            cand.stage, cand.error = "extract", "the answer was cut off before any function; write a shorter function"
        else:
            evaluate(ctx, cand, fit_params=fit_params)
        ctx.add(cand)
        if ctx.verbose:
            print(f"[{strategy}] candidate {cand.id}: {'valid, val loss %.4f' % cand.loss if cand.valid else cand.error}",
                  file=sys.stderr)
        last = cand
        if cand.valid:
            return cand
        messages = repair_messages(prompt, c.text, cand.error or "unknown error", ctx.schema)
    return last
