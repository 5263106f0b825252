"""Probe (no LLM): how well do fixed structures fit pseudo's 50 training rows, with iblearn's own fitting?

Usage: python probe.py DIR OUT.jsonl SEED...   (DIR: saved default fits of pseudo, for their rows and scores)
Structures: linear (5 numbers); linear plus K bumps around points in all four columns at once
(multivariate, K = 1, 2, 4: `np.exp(-((a - ta)**2 + ... + (d - td)**2))`), centres starting at
training rows of alternating classes. Each is fitted exactly as a candidate is refitted
(fit_parameters, smoothing, light pull, 3 restarts) and scored on the 950 test rows.
A record of an exploration on development seeds, not part of the harness.
"""
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

from iblearn.bench import datasets as bench_datasets
from iblearn.bench import runner
from iblearn.codegen import set_params
from iblearn.codemodel import CodeModel
from iblearn.data import column_inputs
from iblearn.estimators import load_fitted
from iblearn.search.base import Data
from iblearn.search.params import fit_parameters


def structure(cols, k, centres):
    params = [f"w_{c}=0.0" for c in cols] + ["bias=0.0"]
    lines = [f"    score = {' + '.join(f'w_{c} * {c}' for c in cols)} + bias"]
    for j in range(k):
        params += [f"v{j}=0.0"] + [f"t{j}_{c}={centres[j][i]:.3f}" for i, c in enumerate(cols)]
        lines.append(f"    score = score + v{j} * np.exp(-(" + " + ".join(f"({c} - t{j}_{c})**2" for c in cols) + "))")
    src = (f"import numpy as np\n\n\ndef predict({', '.join(cols)}, {', '.join(params)}):\n" + "\n".join(lines)
           + "\n    return 1 / (1 + np.exp(-score))\n")
    return src, {p.split("=")[0]: float(p.split("=")[1]) for p in params}


out, dest, seeds = Path(sys.argv[1]), Path(sys.argv[2]), [int(s) for s in sys.argv[3:]]
rows = {(r["seed"], r["method"]): r for r in runner.read_rows(out / runner.RUNS)}
for seed in seeds:
    r = rows[(seed, "iblearn[default]")]
    ds = bench_datasets.load("pseudo", seed)
    sp = bench_datasets.split(ds, r["n"], seed, r["n_sub"])
    est = load_fitted(out / "models" / Path(r["model_path"]).name, random_state=seed)
    _, schema, inputs, y_enc, y_arr = est._training_rows(sp.X_train, pd.Series(sp.y_train, name=ds.target))
    test_in = column_inputs(pd.DataFrame(sp.X_test).set_axis(schema.names, axis=1), schema)
    classes = list(est.classes_)
    y_test = np.array([classes.index(v) for v in sp.y_test])
    data = Data(inputs, y_enc, y_arr)
    cols = list(schema.idents)
    X = np.column_stack([inputs[c] for c in cols])
    rng = np.random.default_rng(seed)
    order = [rng.choice(np.flatnonzero(y_enc == cls)) for _ in range(2) for cls in (0, 1)]
    res = {"seed": seed, "lr": rows[(seed, "LogisticRegression")]["score"]}
    for name, k in (("linear", 0), ("rbf1", 1), ("rbf2", 2), ("rbf4", 4)):
        src, init = structure(cols, k, [X[i] for i in order])
        model = CodeModel(src, schema, cols, None, init)
        try:
            params, _ = fit_parameters(model.worker(), model, data, "binary", 2, "identity", init, restarts=3, seed=seed)
        finally:
            model.close()
        fitted = CodeModel(set_params(src, params), schema, cols, None, params)
        try:
            p = fitted.predict_values(test_in)
        finally:
            fitted.close()
        res[name] = float(roc_auc_score(y_test, p))
    print(res, flush=True)
    with open(dest, "a") as f:
        f.write(json.dumps(res) + "\n")
    est.model_.close()
