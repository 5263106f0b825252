"""Fit a code model's named parameters to data: the LLM picks the form, the data sets the numbers.

The objective (log-loss on smoothed labels or squared error, plus a light pull towards the LLM's
own defaults) is evaluated in the sandbox, many parameter sets per call where the code allows
(:data:`STACK_VALUES`); gradients are forward differences computed in one batched round trip.
L-BFGS-B from the defaults and a few jittered restarts, then Nelder-Mead polish for step-like
models where gradients vanish, then Newton steps that settle on the minimum itself; starts that end
level are each settled and the earliest is kept. So a CPU's last bits do not move the printed
numbers where a start's path is the same and Newton settles; a path that itself ends in another
minimum a last bit apart, or a step model whose Newton steps are all refused, still can
(bench/results/development/narrow_newton).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..codemodel import apply_link, finalize
from ..errors import SandboxError
from .metrics import EPS

REG = 1e-3  # strength of the pull towards the defaults, relative to their scale
# Classification targets are smoothed while fitting (0/1 become 0.05/0.95): with a few dozen rows
# many structures can separate the classes, and an unpenalised log-loss then drives their numbers
# towards certainty; one confidently wrong row then dominates the validation loss that selection
# ranks by. Smoothing takes away the reward for certainty (a row's best logit is +-log 19)
# without assuming anything about a structure's parameters. Chosen on development seeds (pseudo
# 10-14, candidates refitted offline): mean test ROC-AUC of the logged candidates rose on all five
# seeds (+0.001 to +0.010 at 0.1; 0.05 and 0.2 were within 0.001 of it).
SMOOTHING = 0.1
# Newton steps settle every fit up to this many numbers (parameters plus calibration). Refinement
# grows models past 32 (moon picks of 43-51 numbers on development seeds 45-47): at 32 their printed
# numbers moved with the last bit of the inputs (33 of 51 in one fit), at 64 none did, for 2-5 s
# per fit instead of 1. Wide tables start past 64 (30 columns and a few terms); with stacked
# evaluation a Hessian (about 4n^2 evaluations) became cheap enough to settle them too: a 69-number
# fit on 60 rows printed 22 numbers differently a last bit apart at 64, none at 128, in ~6 s.
MAX_NEWTON = 128
# Parameter sets go to the sandbox stacked, as (m, 1) columns, when the code's results for them
# equal its results one set at a time, bit for bit (checked once per fit on three sets around the
# starting values; element-wise code broadcasts, anything else, such as a Python `if` on a
# parameter or a maximum over all results, is evaluated set by set): one vectorised call instead of m.
# This many output values per stacked call (about 0.5 MB per intermediate array in the sandbox).
STACK_VALUES = 1 << 16
# Starts whose loss ends within NEAR of the lowest are each finished (polish, Newton steps); finished
# losses within TIE of the lowest are level, and the earliest start among them is kept (both
# relative, at least absolute). Declared in bench/preregistered/2026-12-02-start-ties.md.
NEAR = 1e-6
TIE = 1e-9
# Newton's central differences (gradient, and the Hessian from gradients), relative to the scale, and
# its step budget. At 1e-3 and 1e-2 the Hessian was off in nearly flat curved valleys (a squared
# term's centre beside a straight term of the same column, fixed only by the pull towards the
# defaults): steps cycled, the loss up and down by 1e-7, for 30 steps and for 300, ending wherever
# the last bits had led them; every teacher refit seen to move a last bit apart was such an unsettled
# one. At 1e-4 and 1e-3 they settled in 3-7 steps, and 21-25-number refits in 41-50
# (bench/preregistered/2026-12-02-narrow-newton.md).
NEWTON_GRAD_STEP = 1e-4
NEWTON_HESS_STEP = 1e-3
NEWTON_STEPS = 100


def _positive_definite(a: np.ndarray) -> bool:
    try:
        np.linalg.cholesky(a)  # also fails on NaN
    except np.linalg.LinAlgError:
        return False
    return True


def _mean_loss(pred: np.ndarray, task: str, y: np.ndarray, soft: bool) -> Any:
    """Mean loss over the rows of one result's predictions, or of each result in a stack of them
    (rows on the last axis, classes after them); ``soft``: ``y`` holds another model's probabilities,
    used as they are. A stack's means are each result's own, to the last bit (rows are reduced
    alone, as contiguous as one result's)."""
    if task == "regression":
        return np.mean((pred - y) ** 2, axis=-1)
    e = SMOOTHING  # binary: t = y(1 - e) + e/2; multiclass: (1 - e) one-hot + e/k
    if task == "binary":
        p = np.clip(pred, EPS, 1 - EPS)
        t = y if soft else y * (1 - e) + e / 2
        return -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p), axis=-1)
    logp = np.log(np.clip(pred, EPS, 1))
    if soft:
        return -np.mean(np.sum(y * logp, axis=-1), axis=-1)
    return -np.mean((1 - e) * logp[..., np.arange(len(y)), y] + e * logp.mean(axis=-1), axis=-1)


def _loss(raw: Any, task: str, y: np.ndarray, k: int, link: str, cal: Any = None, soft: bool = False) -> float:
    """Mean loss of one evaluation (1e6 if it failed or :func:`finalize` refuses it)."""
    if isinstance(raw, BaseException):
        return 1e6
    try:
        pred, _ = finalize(raw, task, len(y), k, link, cal)  # type: ignore[arg-type]
    except SandboxError:
        return 1e6
    return float(_mean_loss(pred, task, y, soft))


def _block_losses(block: np.ndarray, task: str, y: np.ndarray, k: int, link: str, cals: np.ndarray | None,
                  soft: bool) -> np.ndarray:
    """:func:`_loss` of m stacked results at once, bit for bit (:func:`apply_link` and
    :func:`_mean_loss` treat each result of a stack as they treat it alone); NaN for each result
    that needs :func:`finalize`'s checks (another shape, values that are not finite)."""
    m = block.shape[0]
    want = (m, len(y), k) if task == "multiclass" else (m, len(y))
    out = np.full(m, np.nan)
    if block.shape != want or link not in ("identity", "sigmoid", "softmax", "normalize"):
        return out
    fine = np.isfinite(block).reshape(m, -1).all(axis=1)
    if fine.any():
        cal = None if cals is None else (cals[fine, :1], cals[fine, 1:])
        pred = apply_link(np.ascontiguousarray(block[fine]), task, k, link, cal)  # type: ignore[arg-type]
        out[fine] = _mean_loss(pred, task, y, soft)
    return out


def _weighted_column(name: str, inputs: dict[str, np.ndarray]) -> float | None:
    """The spread of the column a parameter named like ``w_<column>`` or ``w0_<column>`` weighs."""
    if not name.startswith("w"):
        return None
    for ident, values in inputs.items():
        if name.endswith("_" + ident) and values.dtype.kind == "f":
            sd = float(np.nanstd(values))
            return sd if sd > 0 else None
    return None


_BLAS: Any = None  # threadpoolctl's view of the loaded BLAS libraries, made once (3 ms each time)


def one_blas_thread() -> Any:
    """A context in which this process's BLAS libraries run one thread (see :func:`fit_parameters`)."""
    global _BLAS
    if _BLAS is None:
        import scipy.optimize  # noqa: F401 - its BLAS must be loaded before threadpoolctl looks
        from threadpoolctl import ThreadpoolController

        _BLAS = ThreadpoolController()
    return _BLAS.limit(limits=1, user_api="blas")


def fit_parameters(
    worker: Any,
    model: Any,
    data: Any,
    task: str,
    k: int,
    link: str,
    init: dict[str, float],
    *,
    restarts: int = 3,
    seed: int = 0,
    max_evals: int = 4000,
    calibrate: bool = False,
    targets: np.ndarray | None = None,
    calibration: list[float] | None = None,
) -> tuple[dict[str, float], list[float] | None]:
    """Fitted values for ``init``'s parameters, and the output calibration (scale, shift) if asked.

    The defaults are returned when nothing fits better. Calibration applies to binary and
    regression outputs only. ``targets`` replaces ``data.y`` with another model's predictions on
    ``data`` (probabilities, unsmoothed, or values): fitting to them distils that model.
    ``calibration`` is where the calibration starts (default (1, 0): none), for a model refitted
    from numbers that were fitted with their calibration.
    """
    # One BLAS thread in this process while it fits: its algebra is tiny (at most 128 numbers), and
    # an idle BLAS thread spins on a core for a while after each call, the core the sandbox worker
    # needs next. On 2 cores re-fitting a moon fit's 16 candidates took 21.7 s with OpenBLAS's two
    # threads and 7.1 s with one (L-BFGS-B's own calls went from 12.6 s to almost nothing).
    with one_blas_thread():
        return _fit_parameters(worker, model, data, task, k, link, init, restarts=restarts, seed=seed,
                               max_evals=max_evals, calibrate=calibrate, targets=targets,
                               calibration=calibration)


def _fit_parameters(worker: Any, model: Any, data: Any, task: str, k: int, link: str, init: dict[str, float], *,
                    restarts: int, seed: int, max_evals: int, calibrate: bool,
                    targets: np.ndarray | None,
                    calibration: list[float] | None = None) -> tuple[dict[str, float], list[float] | None]:
    from scipy.optimize import minimize

    calibrate = calibrate and task != "multiclass"
    names = list(init)
    cal0 = [float(v) for v in calibration] if calibration is not None else [1.0, 0.0]
    x0 = np.array([init[n] for n in names] + (cal0 if calibrate else []), dtype=float)
    n_par = len(names)
    scale = np.maximum(np.abs(x0), 1.0)
    for i, name in enumerate(names):  # a weight of a column moves on the scale of 1 / that column's spread
        col = _weighted_column(name, data.inputs)
        if col is not None:
            scale[i] = 1.0 / col
    soft = targets is not None
    if soft:
        y = np.asarray(targets, dtype=float)
    else:
        y = data.y.astype(float) if task != "multiclass" else data.y.astype(int)
    y_scale = (float(np.var(y)) or 1.0) if task == "regression" else 1.0
    handle = worker.put(model.call_args(data.inputs))
    evals = 0

    per_call = max(1, STACK_VALUES // (len(y) * (k if task == "multiclass" else 1)))
    stacking: list[bool] = []  # decided at the first evaluation: does this code take stacked parameters?

    def one_by_one(sets: np.ndarray) -> list[Any]:
        return worker.call_batch(handle, [dict(zip(names, map(float, row))) for row in sets])

    def run(sets: np.ndarray) -> list[tuple[np.ndarray | None, list[Any]]]:
        """The sets' raw results in order, as chunks: (a stacked block, []) where the code takes
        stacked parameters, else (None, each set's result or SandboxError)."""
        if not stacking:  # three clearly different sets: code that mixes the sets' results shows it
            probe = np.stack([sets[0] * (1 + 0.1 * j) + 0.01 * j for j in range(3)])
            single = one_by_one(probe)
            try:
                stacked = worker.call_stacked(handle, names, probe) if names else None
            except SandboxError:
                stacked = None
            stacking.append(stacked is not None and all(
                isinstance(a, np.ndarray) and a.shape == b.shape and np.array_equal(a, b, equal_nan=True)
                for a, b in zip(single, stacked)))
        if not stacking[0]:
            return [(None, one_by_one(sets))]
        chunks: list[tuple[np.ndarray | None, list[Any]]] = []
        for start in range(0, len(sets), per_call):
            block = sets[start:start + per_call]
            try:
                chunks.append((worker.call_stacked(handle, names, block), []))
            except SandboxError:  # e.g. one set's error: every set on its own, as without stacking
                chunks.append((None, one_by_one(block)))
        return chunks

    def batch(points: list[np.ndarray]) -> list[float]:
        nonlocal evals
        evals += len(points)
        at = np.array(points, dtype=float).reshape(len(points), len(x0))
        try:
            chunks = run(at[:, :n_par])
        except SandboxError:
            return [1e6] * len(points)
        losses, done = np.empty(len(points)), 0
        for block, singles in chunks:
            size = len(block) if block is not None else len(singles)
            cals = at[done:done + size, n_par:] if calibrate else None
            part = np.full(size, np.nan) if block is None else _block_losses(block, task, y, k, link, cals, soft)
            for i in np.flatnonzero(np.isnan(part)):  # what the block's arithmetic does not cover: one by one
                raw = block[i] if block is not None else singles[i]
                part[i] = _loss(raw, task, y, k, link, None if cals is None else cals[i], soft)
            losses[done:done + size] = part
            done += size
        reg = REG * np.sum(((at - x0) / scale) ** 2, axis=1)
        return list(losses / y_scale + reg)

    # The optimiser works on z with x = x0 + scale * z, so every coordinate moves on a unit scale.
    def fun_and_grad(z: np.ndarray) -> tuple[float, np.ndarray]:
        h = 1e-5 * np.maximum(np.abs(z), 1.0)
        pts = [x0 + scale * z] + [x0 + scale * (z + h[i] * np.eye(len(z))[i]) for i in range(len(z))]
        vals = batch(pts)
        grad = (np.array(vals[1:]) - vals[0]) / h
        return vals[0], np.where(np.isfinite(grad), grad, 0.0)

    def wide_steps(z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return NEWTON_GRAD_STEP * np.maximum(np.abs(z), 1.0), NEWTON_HESS_STEP * np.maximum(np.abs(z), 1.0)

    def slopes(centres: list[np.ndarray], hg: np.ndarray) -> np.ndarray:
        """Gradients at ``centres`` by central differences over steps ``hg``, in one batched round trip."""
        n, eye = len(hg), np.eye(len(hg))
        pts = [x0 + scale * (c + t * hg[i] * eye[i]) for c in centres for i in range(n) for t in (1, -1)]
        vals = np.array(batch(pts)).reshape(len(centres), n, 2)
        return (vals[..., 0] - vals[..., 1]) / (2 * hg)

    def slope(z: np.ndarray) -> np.ndarray:
        return slopes([z], wide_steps(z)[0])[0]

    def slope_and_curvature(z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Gradient and Hessian: slopes at z and at 2n points around it, in one round trip."""
        n, eye, (hg, hh) = len(z), np.eye(len(z)), wide_steps(z)
        grads = slopes([z] + [z + s * hh[j] * eye[j] for j in range(n) for s in (1, -1)], hg)
        hess = (grads[1::2] - grads[2::2]) / (2 * hh[:, None])
        return grads[0], (hess + hess.T) / 2

    # Where the loss is flat in some direction (an output scale times the weights it multiplies, or
    # the common shift of all class scores), only the light pull towards the defaults fixes the
    # minimum, and the optimisers above stop anywhere along the flat stretch their tolerances (or
    # their evaluation budget) allow. Then the last bits of floating-point arithmetic, which differ
    # between CPUs, decide the printed numbers: in refinement prompts (so a response cache recorded
    # on one machine missed on another) and in the artifact. Damped Newton steps on central
    # differences (NEWTON_GRAD_STEP of the scale: wide enough that rounding noise in the loss stays out
    # of them) settle on the point where that gradient vanishes, whatever path led there. A step may raise the
    # loss by 1e-7 of itself: the wide differences put their zero a hair away from the loss's own,
    # and refusing such steps left 17-21-parameter fits wherever the refusals began. The Hessian is
    # kept while the gradient keeps shrinking (a step then costs 2n + 1 evaluations, not 4n^2).
    # Measured on the 50 fits of two replayed searches (5-21 numbers each), inputs moved by 2e-16:
    # the printed numbers differed in 37 fits before, in none after, each ending at a loss no higher.
    def newton(z: np.ndarray, f: float, steps: int = NEWTON_STEPS) -> tuple[np.ndarray, float]:
        n, eye = len(z), np.eye(len(z))
        if n > MAX_NEWTON:
            return z, f
        lam = 0.0  # Levenberg-Marquardt damping: 0 is a plain Newton step
        grad, hess = slope_and_curvature(z)
        fresh = True
        for _ in range(steps):
            if not (np.all(np.isfinite(grad)) and np.all(np.isfinite(hess))):
                break
            floor = 1e-8 * max(1.0, float(np.max(np.abs(np.diag(hess)))))
            for _ in range(12):  # damp until the step is short and does not make the loss worse
                step = np.linalg.solve(hess + lam * eye, grad) if _positive_definite(hess + lam * eye) else None
                if step is not None and np.all(np.isfinite(step)) and np.max(np.abs(step)) <= 0.5:
                    f_trial = batch([x0 + scale * (z - step)])[0]
                    if f_trial <= f + 1e-7 * max(1.0, abs(f)):
                        break
                lam = max(4 * lam, floor)
            else:
                if fresh:
                    return z, f  # no acceptable step even with a fresh Hessian: leave it where it is
                grad, hess = slope_and_curvature(z)
                fresh, lam = True, 0.0
                continue
            z, f = z - step, f_trial
            lam = lam / 4 if lam > floor else 0.0
            if np.max(np.abs(step)) < 1e-9:
                break
            new_grad = slope(z)
            if np.max(np.abs(new_grad)) <= 0.5 * np.max(np.abs(grad)):
                grad, fresh = new_grad, False
            else:  # the old curvature no longer predicts the slope: measure it again
                grad, hess = slope_and_curvature(z)
                fresh = True
        return z, f

    def finish(z: np.ndarray, f: float) -> tuple[np.ndarray, float]:
        if len(x0) <= 12 and evals < max_evals:  # step-shaped models have zero gradients: polish without them
            res = minimize(lambda z: batch([x0 + scale * z])[0], z, method="Nelder-Mead",
                           options={"maxfev": min(100 * (len(x0) + 1), max_evals - evals), "xatol": 1e-4,
                                    "fatol": 1e-6})
            if np.isfinite(res.fun) and res.fun < f:
                z, f = res.x, float(res.fun)
        return newton(z, f)  # settle where the minimum is, not where a tolerance stopped

    rng = np.random.default_rng(seed)
    zero = np.zeros_like(x0)
    ends = [(zero, batch([x0])[0])]  # where each start ended, in order: the defaults themselves first
    starts = [zero] + [rng.normal(0, 0.5, size=len(x0)) for _ in range(restarts)]
    for start in starts:
        if evals >= max_evals:
            break
        try:
            res = minimize(fun_and_grad, start, jac=True, method="L-BFGS-B",
                           options={"maxiter": 200, "maxfun": max(50, (max_evals - evals) // (len(x0) + 1))})
        except (ValueError, FloatingPointError):
            continue
        if np.isfinite(res.fun):
            ends.append((res.x, float(res.fun)))
    # Starts that end level with the lowest (L-BFGS stops within its tolerance, and another CPU's
    # path ends elsewhere within it) are each finished; of the finished ones the earliest within TIE
    # of the lowest is kept. Keeping whichever start ended lowest to the last bit let the CPU choose
    # between level minima (benchmark pseudo seed 3's distillation starts end 1.3e-10 apart; see
    # bench/preregistered/2026-12-02-start-ties.md and the mirror-image test in tests/test_search.py).
    lowest = min(f for _, f in ends)
    finished = [finish(z, f) for z, f in ends if f <= lowest + NEAR * max(1.0, abs(lowest))]
    lowest = min(f for _, f in finished)
    best_z, best_f = next((z, f) for z, f in finished if f <= lowest + TIE * max(1.0, abs(lowest)))
    best_x = x0 + scale * best_z
    params = {n: float(v) for n, v in zip(names, best_x[:n_par])}
    return params, ([float(best_x[n_par]), float(best_x[n_par + 1])] if calibrate else None)
