import sys
from pathlib import Path
import iblearn.estimators as E
from iblearn.bench import runner
prune = sys.argv[1] == "1"; out = Path(sys.argv[2])
orig = E.load_fitted
E.load_fitted = lambda path, **kw: orig(path, prune=prune, **kw)
runner.copy_fits(Path("/work/main/bench/results/full_current"), out)
for r in runner.reselect_rows(out, "default+crossval_distilled_in_range", ["iris", "diabetes"]):
    print(prune, r["dataset"], r["seed"], r["score"], r["metrics"], round(r["reselect_seconds"], 1), flush=True)
