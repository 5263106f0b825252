"""Re-select saved fits by the default with training inputs as given and moved by 2e-16; do the artifacts' numbers differ?

usage: bits.py OUT.json DIR:DATASET:SEED ...   (run with PYTHONPATH pointing at the code to check)"""
import json, re, sys, time
from pathlib import Path
import pandas as pd
import iblearn
from iblearn.bench import datasets
from iblearn.bench.runner import read_rows, RUNS
from iblearn.estimators import load_fitted
import iblearn.estimators as E

out = Path(sys.argv[1]); results = []
for spec in sys.argv[2:]:
    d, name, seed = spec.split(":"); d, seed = Path(d), int(seed)
    row = next(r for r in read_rows(d / RUNS) if r["method"] == "iblearn[default]" and r["dataset"] == name and r["seed"] == seed)
    ds = datasets.load(name, seed); sp = datasets.split(ds, row["n"], seed, row["n_sub"])
    codes = []
    for bit in (0.0, 2e-16):
        est = load_fitted(d / "models" / Path(row["model_path"]).name, random_state=seed)
        X = sp.X_train * (1 + bit)
        E.fingerprint = lambda *a, _fp=est.model_.provenance['data_fingerprint']: _fp  # the rows a last bit apart
        t0 = time.perf_counter()
        try:
            est.reselect(X, pd.Series(sp.y_train, name=ds.target), selection="crossval_distilled_in_range")
            codes.append(est.model_.source)
        finally:
            est.model_.close()
        print(spec, bit, round(time.perf_counter() - t0, 1), flush=True)
    nums = [re.findall(r"=(-?[0-9.e+-]+)", c.split("\n")[c.split("\n").index(next(l for l in c.split("\n") if l.startswith("def predict")))]) for c in codes]
    same = codes[0] == codes[1]
    results.append({"fit": spec, "same_code": same, "numbers": nums, "code": codes})
    print(spec, "SAME" if same else "DIFFERENT", flush=True)
out.write_text(json.dumps({"iblearn": iblearn.__file__, "results": results}, indent=1))
