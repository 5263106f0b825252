"""Exploration on saved development fits (no LLM calls): teachers and students for distillation.

Usage: python explore.py DIR SEED...   (DIR: a results directory with saved default fits of pseudo)
Appends one JSON line per seed to explore.jsonl beside this script; table.py prints the comparison.
Written and run on 2026-12-02 on development seeds only (see README.md); a record, not part of the harness.
"""
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from sklearn.metrics import roc_auc_score

from iblearn.bench import datasets as bench_datasets
from iblearn.bench import runner
from iblearn.estimators import load_fitted
from iblearn.search import (_refit, _split, _teachers, distil, jittered, one_standard_error, val_predictions,
                            DISTILL_COPIES, DISTILL_NOISE)
from iblearn.search.base import Budget, Data, FitContext, predict_candidate
from iblearn.search.crossval import cross_validated, one_standard_error_first
from iblearn.data import column_inputs

out = Path(sys.argv[1])
seeds = [int(s) for s in sys.argv[2:]]
rows = {(r["seed"], r["method"]): r for r in runner.read_rows(out / runner.RUNS) if r["dataset"] == "pseudo"}


def stack(oof, y):
    P = np.column_stack(oof)
    k = P.shape[1]

    def loss(z):
        w = np.exp(z - z.max()); w /= w.sum()
        p = np.clip(P @ w, 1e-6, 1 - 1e-6)
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    best = min((minimize(loss, z0, method="L-BFGS-B") for z0 in [np.zeros(k)]), key=lambda r: r.fun)
    w = np.exp(best.x - best.x.max()); w /= w.sum()
    return w


for seed in seeds:
    r = rows[(seed, "iblearn[default]")]
    ds = bench_datasets.load("pseudo", seed)
    sp = bench_datasets.split(ds, r["n"], seed, r["n_sub"])
    est = load_fitted(out / "models" / Path(r["model_path"]).name, random_state=seed)
    ytr = pd.Series(sp.y_train, name=ds.target)
    _, schema, inputs, y_enc, y_arr = est._training_rows(sp.X_train, ytr)
    test_in = column_inputs(pd.DataFrame(sp.X_test).set_axis(schema.names, axis=1), schema)
    classes = list(est.classes_)
    y_test = np.array([classes.index(v) for v in sp.y_test])
    test = Data(test_in, y_test, np.asarray(sp.y_test))
    all_data = Data(inputs, y_enc, y_arr)
    split = getattr(est, "split_", {})
    fit_idx, val_idx, _ = _split(y_enc, schema.task, "default", split.get("validation_fraction", 0.3),
                                 split.get("seed", seed))
    ctx = FitContext(None, schema, all_data.take(fit_idx), all_data.take(val_idx), Budget(max_calls=0),
                     seed=seed, log=list(est.search_log_))
    valid = ctx.best(k=len(ctx.log))
    vp = val_predictions(ctx, valid)
    avg_t = _teachers(ctx, valid, vp)
    ranked = [x for x in cross_validated(ctx, valid, all_data) if x.pred is not None]
    one_se = one_standard_error_first("binary", ranked, all_data.y)[0].candidate
    simplest = one_standard_error(ctx, valid, vp)
    refit = {}

    def rf(c):
        if c.id not in refit:
            refit[c.id] = _refit(ctx, c, all_data)
        return refit[c.id]

    auc = lambda p: float(roc_auc_score(y_test, p))
    cand = {}
    for x in ranked:
        c = rf(x.candidate)
        cand[c.id] = {"params": len(c.params), "cv": x.loss, "test": auc(predict_candidate(ctx, c, test)),
                      "val": float(x.candidate.loss)}
    res = {"seed": seed, "lr": rows[(seed, "LogisticRegression")]["score"],
           "default_row": r["score"], "lead": ranked[0].candidate.id, "one_se": one_se.id,
           "simplest": simplest.id, "avg_members": [t.id for t in avg_t], "cands": cand}
    # teachers
    T = {}
    if len(avg_t) >= 2:
        T["avg"] = ([rf(t) for t in avg_t], None)
    ids = [x.candidate.id for x in ranked]
    w = stack([x.pred for x in ranked], all_data.y)
    res["stack_w"] = {i: round(float(v), 3) for i, v in zip(ids, w)}
    keep = [(i, v) for i, v in zip(ids, w) if v > 1e-3]
    T["stack"] = ([rf(next(x.candidate for x in ranked if x.candidate.id == i)) for i, _ in keep],
                  np.array([v for _, v in keep]) / sum(v for _, v in keep))
    T["allcv"] = ([rf(x.candidate) for x in ranked], None)  # every distinct candidate, equal weights
    jit = jittered(all_data, DISTILL_COPIES, DISTILL_NOISE, seed)
    for name, (ts, wts) in T.items():
        P = np.column_stack([predict_candidate(ctx, t, test) for t in ts])
        res[f"teacher_{name}"] = auc(P @ (wts if wts is not None else np.full(len(ts), 1 / len(ts))))
        PJ = np.column_stack([predict_candidate(ctx, t, jit) for t in ts])
        target = PJ @ (wts if wts is not None else np.full(len(ts), 1 / len(ts)))
        for sname, s in {"lead": ranked[0].candidate, "one_se": one_se, "simplest": simplest}.items():
            key = f"{sname}<{name}"
            if sname != "lead" and s.id == ranked[0].candidate.id:
                res[key] = res[f"lead<{name}"]
                continue
            d = distil(ctx, rf(s), ts, all_data, (jit, target))
            res[key] = auc(predict_candidate(ctx, d, test))
        print(seed, name, {k: round(v, 4) for k, v in res.items() if isinstance(v, float)}, flush=True)
    with open(Path(__file__).with_name("explore.jsonl"), "a") as f:
        f.write(json.dumps(res) + "\n")
    est.model_.close()
