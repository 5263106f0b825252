import sys, json
from pathlib import Path
import numpy as np, pandas as pd
import scipy.optimize as so
import iblearn.search as search
import iblearn.search.params as P
import iblearn.estimators as E
from iblearn.bench import datasets
from iblearn.bench.runner import read_rows, RUNS
from iblearn.estimators import load_fitted

orig_cv = search.cross_validated
def cv(ctx, valid, data):
    r = orig_cv(ctx, valid, data)
    print("  cv top", [(x.candidate.id, "%.10f" % x.loss) for x in r[:4]], flush=True); return r
search.cross_validated = cv
orig_t = search._teachers
def te(ctx, valid, preds):
    t = orig_t(ctx, valid, preds); print("  teachers", [c.id for c in t], flush=True); return t
search._teachers = te
orig_min = so.minimize
def mn(*a, **k):
    r = orig_min(*a, **k)
    if k.get("method") == "L-BFGS-B": LOG.append("%.12f" % r.fun)
    return r
so.minimize = mn
LOG = []
orig_fit = P._fit_parameters
def fit(*a, **k):
    LOG.clear(); out = orig_fit(*a, **k)
    if k.get("targets") is not None:
        print("  distil ends", LOG, "->", {n: round(v, 4) for n, v in list(out[0].items())[:4]}, out[1], flush=True)
    return out
P._fit_parameters = fit
orig_refit = search._refit
def refit(ctx, cand, data):
    LOG.clear(); r = orig_refit(ctx, cand, data)
    print("  refit", cand.id, len(cand.params), LOG, [round(v, 4) for v in list(r.params.values())[:3]], flush=True); return r
search._refit = refit

d, name, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
row = next(r for r in read_rows(d / RUNS) if r["method"] == "iblearn[default]" and r["dataset"] == name and r["seed"] == seed)
ds = datasets.load(name, seed); sp = datasets.split(ds, row["n"], seed, row["n_sub"])
for bit in (0.0, 2e-16):
    print("bit", bit)
    est = load_fitted(d / "models" / Path(row["model_path"]).name, random_state=seed)
    E.fingerprint = lambda *a, _fp=est.model_.provenance['data_fingerprint']: _fp
    est.reselect(sp.X_train * (1 + bit), pd.Series(sp.y_train, name=ds.target), selection="crossval_distilled_in_range")
    est.model_.close()
