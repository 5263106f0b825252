"""Exploration on development seeds 55-64 (pseudo) and 55-57 (moon): the default distilled at copy noise 0.2, 0.5, 1.0.

Usage: python explore.py DIR OUT.jsonl SEED...   (run 2026-12-02 before the declaration; a record, not part of the harness)
"""
import sys, time, json
from pathlib import Path
import numpy as np, pandas as pd
from sklearn.metrics import roc_auc_score
from iblearn.bench import datasets as bench_datasets, runner
from iblearn.data import column_inputs
from iblearn.estimators import load_fitted
from iblearn.search import _refit, _split, _teachers, distil, jittered, val_predictions, DISTILL_COPIES
from iblearn.search.base import Budget, Data, FitContext, predict_candidate
from iblearn.search.crossval import cross_validated
out = Path(sys.argv[1]); dest=sys.argv[2]; seeds=[int(s) for s in sys.argv[3:]]
rows = {(r["dataset"], r["seed"], r["method"]): r for r in runner.read_rows(out / runner.RUNS)}
dataset = next(k[0] for k in rows)
for seed in seeds:
    t0=time.time()
    r = rows[(dataset, seed, "iblearn[default]")]
    ds = bench_datasets.load(dataset, seed); sp = bench_datasets.split(ds, r["n"], seed, r["n_sub"])
    est = load_fitted(out / "models" / Path(r["model_path"]).name, random_state=seed)
    _, schema, inputs, y_enc, y_arr = est._training_rows(sp.X_train, pd.Series(sp.y_train, name=ds.target))
    test_in = column_inputs(pd.DataFrame(sp.X_test).set_axis(schema.names, axis=1), schema)
    classes = list(est.classes_); y_test = np.array([classes.index(v) for v in sp.y_test])
    test = Data(test_in, y_test, np.asarray(sp.y_test)); all_data = Data(inputs, y_enc, y_arr)
    split = getattr(est, "split_", {})
    fit_idx, val_idx, _ = _split(y_enc, schema.task, "default", split.get("validation_fraction", 0.3), split.get("seed", seed))
    ctx = FitContext(None, schema, all_data.take(fit_idx), all_data.take(val_idx), Budget(max_calls=0), seed=seed, log=list(est.search_log_))
    valid = ctx.best(k=len(ctx.log)); vp = val_predictions(ctx, valid); teachers = _teachers(ctx, valid, vp)
    ranked = [x for x in cross_validated(ctx, valid, all_data) if x.pred is not None]
    lead = _refit(ctx, ranked[0].candidate, all_data)
    res = {"dataset": dataset, "seed": seed, "n": len(lead.params), "lr": rows[(dataset, seed, "LogisticRegression")]["score"]}
    auc = lambda c: float(roc_auc_score(y_test, predict_candidate(ctx, c, test)))
    if teachers:
        ts = [lead if t.id == lead.id else _refit(ctx, t, all_data) for t in teachers]
        res["teacher"] = float(roc_auc_score(y_test, np.mean([predict_candidate(ctx, t, test) for t in ts], axis=0)))
        for noise in (0.2, 0.5, 1.0):
            jr = jittered(all_data, DISTILL_COPIES, noise, ctx.seed)
            target = np.mean([predict_candidate(ctx, t, jr) for t in ts], axis=0)
            res[f"noise{noise}"] = auc(distil(ctx, lead, ts, all_data, (jr, target)))
    else:
        res["teacher"] = None
        for noise in (0.2, 0.5, 1.0): res[f"noise{noise}"] = auc(lead)
    res["seconds"]=round(time.time()-t0,1)
    print(json.dumps(res), flush=True)
    open(dest,"a").write(json.dumps(res)+"\n")
    est.model_.close()
