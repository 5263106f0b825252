"""One arm of the declared fold-chain test: the default re-selected from saved fits with FOLD_STARTS set.

usage: arm.py own|parent SOURCE_DIR OUT_DIR [SEED ...]
(bench/preregistered/2026-12-03-fold-chain-starts.md; R = own, F = parent)"""
import sys
from pathlib import Path
import iblearn.search.crossval as crossval
from iblearn.bench import runner

crossval.FOLD_STARTS = sys.argv[1]
src, out = Path(sys.argv[2]), Path(sys.argv[3])
seeds = [int(s) for s in sys.argv[4:]] or None
runner.copy_fits(src, out)  # the saved fits' baseline and default rows, models and logs
for r in runner.reselect_rows(out, "default+crossval_distilled_in_range", None, seeds):
    print(sys.argv[1], r["dataset"], r["seed"], round(r["metrics"]["roc_auc"], 5),
          round(r["reselect_seconds"], 1), flush=True)
