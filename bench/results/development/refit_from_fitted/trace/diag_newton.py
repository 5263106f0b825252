import sys
from pathlib import Path
import pandas as pd
import iblearn.search as search
import iblearn.search.params as P
import iblearn.estimators as E
from iblearn.bench import datasets
from iblearn.bench.runner import read_rows, RUNS
from iblearn.estimators import load_fitted
search.REFIT_RESTARTS, search.DISTIL_RESTARTS = 0, 0
P.NSTEPS = int(sys.argv[4]) if len(sys.argv) > 4 else 30
orig_refit = search._refit
def refit(ctx, cand, data):
    P.DBG.clear(); r = orig_refit(ctx, cand, data)
    print("  refit", cand.id, len(cand.params), P.DBG, [round(v, 5) for v in list(r.params.values())[:3]], flush=True); return r
search._refit = refit
orig_d = search.distil
def distil(*a, **k):
    P.DBG.clear(); r = orig_d(*a, **k); print("  distil", P.DBG, flush=True); return r
search.distil = distil
d, name, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
row = next(r for r in read_rows(d / RUNS) if r["method"] == "iblearn[default]" and r["dataset"] == name and r["seed"] == seed)
ds = datasets.load(name, seed); sp = datasets.split(ds, row["n"], seed, row["n_sub"])
for bit in (0.0, 2e-16):
    print("bit", bit)
    est = load_fitted(d / "models" / Path(row["model_path"]).name, random_state=seed)
    E.fingerprint = lambda *a, _fp=est.model_.provenance['data_fingerprint']: _fp
    est.reselect(sp.X_train * (1 + bit), pd.Series(sp.y_train, name=ds.target), selection="crossval_distilled_in_range")
    est.model_.close()
