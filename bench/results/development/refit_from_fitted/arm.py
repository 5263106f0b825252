"""One arm of the declared refit test: the default re-selected from saved fits with the refit constants set.

usage: arm.py REFIT_RESTARTS DISTIL_RESTARTS SOURCE_DIR OUT_DIR [SEED ...]
(bench/preregistered/2026-12-02-refit-from-fitted.md; R = 1 1, V1 = 0 1, V2 = 0 0)"""
import sys
from pathlib import Path
import iblearn.search as search
from iblearn.bench import runner

search.REFIT_RESTARTS, search.DISTIL_RESTARTS = int(sys.argv[1]), int(sys.argv[2])
src, out = Path(sys.argv[3]), Path(sys.argv[4])
seeds = [int(s) for s in sys.argv[5:]] or None
runner.copy_fits(src, out)  # the saved fits' baseline and default rows, models and logs
for r in runner.reselect_rows(out, "default+crossval_distilled_in_range", None, seeds):
    print(sys.argv[1], sys.argv[2], r["dataset"], r["seed"], round(r["metrics"]["roc_auc"], 5),
          round(r["reselect_seconds"], 1), flush=True)
