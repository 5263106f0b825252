"""Exploration: the default re-selected with another strength of the pull towards the defaults (params.REG)."""
import json, shutil, sys
from pathlib import Path
import iblearn.search.params as params
from iblearn.bench import runner

reg = float(sys.argv[1]); src = Path(sys.argv[2]); out = Path(sys.argv[3])
seeds = [int(s) for s in sys.argv[4:]] or None
params.REG = reg
out.mkdir(parents=True, exist_ok=True); (out / "models").mkdir(exist_ok=True)
if not (out / "runs.jsonl").exists():
    rows = [json.loads(l) for l in open(src / "runs.jsonl")]
    keep = [r for r in rows if "+" not in r["method"]]
    with open(out / "runs.jsonl", "w") as f:
        for r in keep: f.write(json.dumps(r) + "\n")
    for p in (src / "models").iterdir():
        if "+" not in p.name: shutil.copy(p, out / "models" / p.name)
    if (src / "meta.json").exists(): shutil.copy(src / "meta.json", out / "meta.json")
new = runner.reselect_rows(out, "default+crossval_distilled_in_range", None, seeds)
for r in new:
    print(reg, r["dataset"], r["seed"], round(r["metrics"]["roc_auc"], 5), round(r["reselect_seconds"], 1), flush=True)
