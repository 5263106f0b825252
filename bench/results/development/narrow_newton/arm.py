"""One arm of the declared refit test: the default re-selected from saved fits with the refit constants set.

usage: arm.py REFIT_RESTARTS DISTIL_RESTARTS SOURCE_DIR OUT_DIR [SEED ...]
(bench/preregistered/2026-12-02-refit-from-fitted.md; R = 1 1, V1 = 0 1, V2 = 0 0)"""
import json, shutil, sys
from pathlib import Path
import iblearn.search as search
from iblearn.bench import runner

search.REFIT_RESTARTS, search.DISTIL_RESTARTS = int(sys.argv[1]), int(sys.argv[2])
src, out = Path(sys.argv[3]), Path(sys.argv[4])
seeds = [int(s) for s in sys.argv[5:]] or None
out.mkdir(parents=True, exist_ok=True); (out / "models").mkdir(exist_ok=True)
if not (out / "runs.jsonl").exists():  # the saved fits' baseline and default rows, models and logs
    keep = [r for r in map(json.loads, open(src / "runs.jsonl")) if "+" not in r["method"]]
    with open(out / "runs.jsonl", "w") as f:
        for r in keep:
            f.write(json.dumps(r) + "\n")
    for p in (src / "models").iterdir():
        if "+" not in p.name:
            shutil.copy(p, out / "models" / p.name)
    if (src / "meta.json").exists():
        shutil.copy(src / "meta.json", out / "meta.json")
for r in runner.reselect_rows(out, "default+crossval_distilled_in_range", None, seeds):
    print(sys.argv[1], sys.argv[2], r["dataset"], r["seed"], round(r["metrics"]["roc_auc"], 5),
          round(r["reselect_seconds"], 1), flush=True)
