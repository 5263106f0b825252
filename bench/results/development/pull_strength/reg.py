"""Exploration: the default re-selected with another strength of the pull towards the defaults (params.REG)."""
import sys
from pathlib import Path
import iblearn.search.params as params
from iblearn.bench import runner

reg = float(sys.argv[1]); src = Path(sys.argv[2]); out = Path(sys.argv[3])
seeds = [int(s) for s in sys.argv[4:]] or None
params.REG = reg
runner.copy_fits(src, out)  # the saved fits' baseline and default rows, models and logs
new = runner.reselect_rows(out, "default+crossval_distilled_in_range", None, seeds)
for r in new:
    print(reg, r["dataset"], r["seed"], round(r["metrics"]["roc_auc"], 5), round(r["reselect_seconds"], 1), flush=True)
