#!/usr/bin/env python
"""How long fitting a search's candidates takes, before and after the speed changes of 2026-12-02.

For each saved ``default`` fit in a results directory (pseudo or moon, with its search log), every
valid candidate is refitted on all training rows as selection does (``_refit``), and the first one
is distilled from the average of the others on the rows and their jittered copies (``distil``),
three times: ``before`` (every parameter set one sandbox call, BLAS with its own thread count: the
code before 2026-12-02), ``one_by_one`` (the same with one BLAS thread in the host process) and
``stacked`` (parameter sets stacked into one call where the code allows, one BLAS thread: the
default now). The printed numbers of all arms are compared; they must be identical. No LLM is used.

    PYTHONPATH=src python bench/fit_speed.py DIR [DIR ...] --seeds 55 56 57 --out bench/results/fit_speed

Writes ``fit_speed.json``, ``fit_speed.md`` and ``fit_speed.png`` into ``--out``.
Run it on an idle machine: the times are only as steady as the cores are quiet.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    import iblearn.bench  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from iblearn.bench import datasets, runner  # noqa: E402
from iblearn.errors import SandboxError  # noqa: E402
from iblearn.estimators import load_fitted  # noqa: E402
from iblearn.sandbox import SandboxWorker  # noqa: E402
from iblearn.search import _refit, _split, _teachers, distil, val_predictions  # noqa: E402
from iblearn.search.base import Budget, Data, FitContext  # noqa: E402

_STACKED = SandboxWorker.call_stacked
ARMS = ("before", "one_by_one", "stacked")


def _refuse(self, *args, **kwargs):
    raise SandboxError("stacked evaluation switched off for this measurement", "error")


def _arm(ctx: FitContext, valid: list, data: Data, arm: str) -> dict:
    import contextlib

    from iblearn.search import params

    limits = params.one_blas_thread
    SandboxWorker.call_stacked = _STACKED if arm == "stacked" else _refuse  # type: ignore[method-assign]
    if arm == "before":
        params.one_blas_thread = contextlib.nullcontext  # type: ignore[assignment]
    try:
        t0 = time.perf_counter()
        fits = [_refit(ctx, c, data) for c in valid]
        t1 = time.perf_counter()
        teachers = _teachers(ctx, valid, val_predictions(ctx, valid))
        done = {c.id: c for c in fits}
        student = distil(ctx, fits[0], [done[t.id] for t in teachers], data) if len(teachers) >= 2 else fits[0]
        t2 = time.perf_counter()
    finally:
        SandboxWorker.call_stacked = _STACKED  # type: ignore[method-assign]
        params.one_blas_thread = limits  # type: ignore[assignment]
    printed = [{k: f"{v:.4g}" for k, v in c.params.items()} for c in fits + [student]]
    return {"refit_seconds": t1 - t0, "distil_seconds": t2 - t1, "printed": printed,
            "distilled": len(teachers) >= 2}


def measure(out_dir: Path, seed: int) -> dict:
    row = next(r for r in runner.read_rows(out_dir / runner.RUNS)
               if r["seed"] == seed and r["method"] == "iblearn[default]")
    ds = datasets.load(row["dataset"], seed)
    sp = datasets.split(ds, row["n"], seed, row["n_sub"])
    est = load_fitted(out_dir / "models" / Path(row["model_path"]).name, random_state=seed)
    try:
        _, schema, inputs, y_enc, y_arr = est._training_rows(sp.X_train, pd.Series(sp.y_train, name=ds.target))
        data = Data(inputs, y_enc, y_arr)
        fit_idx, val_idx, _ = _split(y_enc, schema.task, "default", 0.3, seed)
        ctx = FitContext(None, schema, data.take(fit_idx), data.take(val_idx), Budget(max_calls=0), seed=seed,
                         log=list(est.search_log_))
        valid = ctx.best(k=len(ctx.log))
        order = ARMS if seed % 2 == 0 else ARMS[::-1]  # alternate which arm runs first
        arms = {arm: _arm(ctx, valid, data, arm) for arm in order}
    finally:
        est.model_.close()
    same = arms["stacked"]["printed"] == arms["one_by_one"]["printed"] == arms["before"]["printed"]
    return {"dataset": row["dataset"], "seed": seed, "candidates": len(valid),
            "numbers": sorted(len(c.params) for c in valid), "identical_numbers": same,
            "distilled": arms["stacked"]["distilled"],
            **{f"{arm}_{k}": round(v[k], 2) for arm, v in arms.items() for k in ("refit_seconds", "distil_seconds")}}


def report(rows: list[dict], out: Path, meta: dict) -> None:
    lines = ["# Fitting a search's candidates: before and after stacked evaluation", "",
             f"- Command: `{meta['command']}`", f"- Machine: {meta['machine']}; git {meta['git']}; {meta['date']}",
             "- Every valid candidate of a saved 16-call default fit refitted on all 50 training rows, then the "
             "first distilled from the average (2,050 rows with the jittered copies); both arms in one process, "
             "alternating the order. `before`: one sandbox call per parameter set, BLAS threads as they come; "
             "`one_by_one`: the same with one BLAS thread in the host; `stacked`: the current code.", "",
             "| fit | candidates (numbers) | refit s: before | one by one | stacked | × | distil s: before "
             "| one by one | stacked | × | identical numbers |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        rf = r["before_refit_seconds"] / max(r["stacked_refit_seconds"], 1e-9)
        ds = r["before_distil_seconds"] / max(r["stacked_distil_seconds"], 1e-9)
        lines.append(f"| {r['dataset']} {r['seed']} | {r['candidates']} ({r['numbers'][0]}–{r['numbers'][-1]}) "
                     f"| {r['before_refit_seconds']:.1f} | {r['one_by_one_refit_seconds']:.1f} "
                     f"| {r['stacked_refit_seconds']:.1f} | {rf:.1f} | {r['before_distil_seconds']:.1f} "
                     f"| {r['one_by_one_distil_seconds']:.1f} | {r['stacked_distil_seconds']:.1f} | {ds:.1f} "
                     f"| {'yes' if r['identical_numbers'] else '**no**'} |")
    tot = {arm: sum(r[f"{arm}_refit_seconds"] + r[f"{arm}_distil_seconds"] for r in rows) for arm in ARMS}
    lines += ["", "Total: " + ", ".join(f"{arm} {tot[arm]:.0f} s" for arm in ARMS)
              + f"; identical printed numbers in {sum(r['identical_numbers'] for r in rows)} of {len(rows)} fits."]
    (out / "fit_speed.md").write_text("\n".join(lines) + "\n")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(max(6, 0.8 * len(rows) + 2), 4))
    x = np.arange(len(rows))
    arms = ((-0.27, "before", "#999999"), (0.0, "one_by_one", "#ff7f0e"), (0.27, "stacked", "#1f77b4"))
    for off, arm, colour in arms:
        ax.bar(x + off, [r[f"{arm}_refit_seconds"] for r in rows], 0.27, color=colour, label=f"{arm}: refit")
        ax.bar(x + off, [r[f"{arm}_distil_seconds"] for r in rows], 0.27, color=colour, alpha=0.45,
               bottom=[r[f"{arm}_refit_seconds"] for r in rows], label=f"{arm}: distil")
    ax.set_xticks(x, [f"{r['dataset']} {r['seed']}" for r in rows], rotation=45, ha="right")
    ax.set_ylabel("seconds")
    ax.set_title("Refitting and distilling a fit's candidates")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out / "fit_speed.png", dpi=110)
    plt.close(fig)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="results directories with saved default fits")
    ap.add_argument("--seeds", nargs="+", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    machine = runner.machine()  # before the run: the commit whose code is measured
    started = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    rows = []
    for d in args.dirs:
        have = {r["seed"] for r in runner.read_rows(d / runner.RUNS) if r["method"] == "iblearn[default]"}
        for seed in args.seeds:
            if seed in have:
                rows.append(measure(d, seed))
                print(json.dumps(rows[-1]), flush=True)
    meta = {"command": "python bench/fit_speed.py " + " ".join(sys.argv[1:]),
            "machine": f"{machine.get('cpu')}, {machine.get('usable_cores')} usable cores, {machine.get('ram_gb')} GB",
            "git": machine.get("git_commit"), "date": started}
    (args.out / "fit_speed.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=1) + "\n")
    report(rows, args.out, meta)
    print((args.out / "fit_speed.md").read_text())


if __name__ == "__main__":
    main()
