"""Diagnostic: do cross-validation's fold refits remember the rows the candidate's numbers were fitted on?
Per candidate: out-of-fold log-loss on the fit rows (seen by the LLM and the parent's fits) vs the
validation rows (never seen). Training data only; no test rows."""
import json, sys
from pathlib import Path
import numpy as np, pandas as pd
from iblearn.bench import datasets as bench_datasets, runner
from iblearn.estimators import load_fitted
from iblearn.search import _split
from iblearn.search.base import Budget, Data, FitContext
from iblearn.search.crossval import cross_validated

import os, time
import iblearn.search.crossval as cvm
cvm.FOLD_STARTS = os.environ.get("FOLD_STARTS", "own")
OUTF = os.environ.get("OUTF", "leak_own.jsonl")
out = Path(sys.argv[1]); seeds = [int(s) for s in sys.argv[2:]]
rows = {(r["seed"], r["method"]): r for r in runner.read_rows(out / runner.RUNS) if r["dataset"] == "pseudo"}
for seed in seeds:
    r = rows[(seed, "iblearn[default]")]
    ds = bench_datasets.load("pseudo", seed)
    sp = bench_datasets.split(ds, r["n"], seed, r["n_sub"])
    est = load_fitted(out / "models" / Path(r["model_path"]).name, random_state=seed)
    _, schema, inputs, y_enc, y_arr = est._training_rows(sp.X_train, pd.Series(sp.y_train, name=ds.target))
    all_data = Data(inputs, y_enc, y_arr)
    split = getattr(est, "split_", {})
    fit_idx, val_idx, _ = _split(y_enc, schema.task, "default", split.get("validation_fraction", 0.3), split.get("seed", seed))
    ctx = FitContext(None, schema, all_data.take(fit_idx), all_data.take(val_idx), Budget(max_calls=0), seed=seed, log=list(est.search_log_))
    valid = ctx.best(k=len(ctx.log))
    t0 = time.perf_counter(); ranked = [x for x in cross_validated(ctx, valid, all_data) if x.pred is not None]; secs = time.perf_counter() - t0
    y = all_data.y
    res = []
    for x in ranked:
        p = np.clip(x.pred[:, 1] if x.pred.ndim == 2 else x.pred, 1e-6, 1 - 1e-6)
        l = -(y * np.log(p) + (1 - y) * np.log(1 - p))
        c = x.candidate
        res.append({"id": c.id, "parent": c.parent, "strategy": c.strategy, "k": len(c.params),
                    "cv": float(l.mean()), "seen": float(l[fit_idx].mean()), "unseen": float(l[val_idx].mean()),
                    "val_loss": float(c.loss)})
    print(seed, [(d["id"], d["parent"], d["k"], round(d["seen"], 3), round(d["unseen"], 3)) for d in res], flush=True)
    with open(OUTF, "a") as f:
        f.write(json.dumps({"dir": str(out), "seed": seed, "secs": secs, "cands": res}) + "\n")
    est.model_.close()
