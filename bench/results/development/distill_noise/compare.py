"""The declared test of distil-noise 0.5 (bench/preregistered/2026-12-02-distill-noise.md): both arms from saved fits.

Usage: python compare.py OUT.jsonl DIR:SEED[,SEED...] ...   (DIR: a results directory with saved default fits)
For each fit: the default's choice (selection="crossval_distilled") made as search._final_model makes it,
with the student distilled on jittered copies drawn at noise 0.2 (DISTILL_NOISE now) and at 0.5 (the
rule), everything else shared: the same teachers, the same lead, the same refits, the same copy seed.
One JSON line per fit with both arms' held-out ROC-AUC and LogisticRegression's on the same rows.
No LLM calls: the candidates come from each fit's saved search log.
"""
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

from iblearn.bench import datasets as bench_datasets
from iblearn.bench import runner
from iblearn.data import column_inputs
from iblearn.estimators import load_fitted
from iblearn.search import DISTILL_COPIES, _refit, _split, _teachers, distil, jittered, val_predictions
from iblearn.search.base import Budget, Data, FitContext, predict_candidate
from iblearn.search.crossval import cross_validated

ARMS = {"default": 0.2, "rule": 0.5}
dest = Path(sys.argv[1])
for spec in sys.argv[2:]:
    out, _, seed_list = spec.partition(":")
    rows = {(r["dataset"], r["seed"], r["method"]): r for r in runner.read_rows(Path(out) / runner.RUNS)}
    for seed in map(int, seed_list.split(",")):
        t0 = time.time()
        (dataset,) = {k[0] for k in rows if k[1] == seed and k[2] == "iblearn[default]"}
        r = rows[(dataset, seed, "iblearn[default]")]
        ds = bench_datasets.load(dataset, seed)
        sp = bench_datasets.split(ds, r["n"], seed, r["n_sub"])
        est = load_fitted(Path(out) / "models" / Path(r["model_path"]).name, random_state=seed)
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
        res = {"dir": out, "dataset": dataset, "seed": seed, "params": len(lead.params), "teachers": len(teachers),
               "lr": rows[(dataset, seed, "LogisticRegression")]["score"]}
        ts = [lead if t.id == lead.id else _refit(ctx, t, all_data) for t in teachers]
        for arm, noise in ARMS.items():
            if ts:  # as search._final_model: distil(ctx, lead, teachers, data) on teaching_rows at this noise
                rows_j = jittered(all_data, DISTILL_COPIES, noise, ctx.seed)
                target = np.mean([predict_candidate(ctx, t, rows_j) for t in ts], axis=0)
                model = distil(ctx, lead, ts, all_data, (rows_j, target))
            else:  # fewer than two teachers: the lead as crossval keeps it, in both arms
                model = lead
            res[arm] = float(roc_auc_score(y_test, predict_candidate(ctx, model, test)))
        res["seconds"] = round(time.time() - t0, 1)
        print(json.dumps(res), flush=True)
        with open(dest, "a") as f:
            f.write(json.dumps(res) + "\n")
        est.model_.close()
