"""Exploration on saved default fits (no LLM calls): how distillation's jittered copies are drawn.

Usage: python explore.py DIR OUT.jsonl SEED...   (DIR: a results directory with saved default fits of pseudo)
For each seed, the default's path (crossval's lead as the student, the average as the teacher, both
refitted on all 50 rows) is distilled on copies drawn three ways, everything else equal:
  ind   each numeric column moved independently by 0.2 of its spread (the default, DISTILL_NOISE);
  cov   the moves drawn from the columns' own covariance, scaled by 0.2 (copies stay in the span of
        the rows: pseudo's four columns lie on a plane, two of them are linear mixes of the others);
  none  no copies, the 50 training rows only.
Appends one JSON line per seed to OUT.jsonl. A record, not part of the harness.
"""
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

from iblearn.bench import datasets as bench_datasets
from iblearn.bench import runner
from iblearn.estimators import load_fitted
from iblearn.search import _refit, _split, _teachers, distil, jittered, val_predictions, DISTILL_COPIES, DISTILL_NOISE
from iblearn.search.base import Budget, Data, FitContext, predict_candidate
from iblearn.search.crossval import cross_validated
from iblearn.data import column_inputs


def covariance_jittered(data: Data, copies: int, noise: float, seed: int) -> Data:
    """Rows and ``copies`` copies moved by noise * N(0, the float columns' covariance)."""
    rng = np.random.default_rng(seed)
    n = len(data)
    idx = np.tile(np.arange(n), copies + 1)
    names = [k for k, v in data.inputs.items() if v.dtype.kind == "f"]
    F = np.column_stack([data.inputs[k] for k in names])
    C = np.nan_to_num(F - np.nanmean(F, axis=0))
    moves = rng.standard_normal((len(idx) - n, n)) @ C / np.sqrt(n)  # covariance (1/n) C'C, as np.nanstd
    inputs = dict((k, v[idx]) for k, v in data.inputs.items())
    for j, k in enumerate(names):
        inputs[k] = inputs[k] + np.concatenate([np.zeros(n), noise * moves[:, j]])
    return Data(inputs, data.y[idx], data.y_raw[idx])


out = Path(sys.argv[1])
dest = Path(sys.argv[2])
seeds = [int(s) for s in sys.argv[3:]]
rows = {(r["seed"], r["method"]): r for r in runner.read_rows(out / runner.RUNS) if r["dataset"] in ("pseudo", "moon")}
for seed in seeds:
    r = rows[(seed, "iblearn[default]")]
    ds = bench_datasets.load(r["dataset"], seed)
    sp = bench_datasets.split(ds, r["n"], seed, r["n_sub"])
    est = load_fitted(out / "models" / Path(r["model_path"]).name, random_state=seed)
    _, schema, inputs, y_enc, y_arr = est._training_rows(sp.X_train, pd.Series(sp.y_train, name=ds.target))
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
    teachers = _teachers(ctx, valid, val_predictions(ctx, valid))
    ranked = [x for x in cross_validated(ctx, valid, all_data) if x.pred is not None]
    lead = _refit(ctx, ranked[0].candidate, all_data)
    auc = lambda p: float(roc_auc_score(y_test, p))
    res = {"dataset": r["dataset"], "seed": seed, "lr": rows[(seed, "LogisticRegression")]["score"],
           "lead": lead.id, "lead_params": len(lead.params), "teachers": [t.id for t in teachers],
           "undistilled": auc(predict_candidate(ctx, lead, test))}
    if len(teachers) >= 2:
        ts = [lead if t.id == lead.id else _refit(ctx, t, all_data) for t in teachers]
        res["teacher"] = auc(np.mean([predict_candidate(ctx, t, test) for t in ts], axis=0))
        arms = {"ind": jittered(all_data, DISTILL_COPIES, DISTILL_NOISE, seed),
                "cov": covariance_jittered(all_data, DISTILL_COPIES, DISTILL_NOISE, seed),
                "none": all_data}
        for name, jit in arms.items():
            target = np.mean([predict_candidate(ctx, t, jit) for t in ts], axis=0)
            res[name] = auc(predict_candidate(ctx, distil(ctx, lead, ts, all_data, (jit, target)), test))
    print({k: (round(v, 4) if isinstance(v, float) else v) for k, v in res.items()}, flush=True)
    with open(dest, "a") as f:
        f.write(json.dumps(res) + "\n")
    est.model_.close()
