"""Print the declared comparison from compare.jsonl (bench/preregistered/2026-12-02-distill-noise.md)."""
import json
from pathlib import Path

import numpy as np

rows = [json.loads(line) for line in open(Path(__file__).with_name("compare.jsonl"))]
for dataset in ("pseudo", "moon"):
    R = sorted((r for r in rows if r["dataset"] == dataset), key=lambda r: r["seed"])
    print(f"{dataset}: {len(R)} seeds")
    print(f"{'seed':>5} {'params':>6} {'LR':>7} {'noise 0.2':>9} {'noise 0.5':>9} {'diff':>8}")
    for r in R:
        print(f"{r['seed']:>5} {r['params']:>6} {r['lr']:.4f} {r['default']:>9.4f} {r['rule']:>9.4f} {r['rule'] - r['default']:>+8.4f}")
    d = np.array([r["rule"] - r["default"] for r in R])
    lr = np.array([r["lr"] for r in R])
    print(f"mean  {'':>6} {lr.mean():.4f} {np.mean([r['default'] for r in R]):>9.4f} {np.mean([r['rule'] for r in R]):>9.4f}"
          f" {d.mean():>+8.4f} ± {d.std(ddof=1) / np.sqrt(len(d)):.4f} (paired SE)")
    print(f"better on {(d > 0.0005).sum()}, worse on {(d < -0.0005).sum()}, within 0.0005 on {(abs(d) <= 0.0005).sum()}")
    for arm in ("default", "rule"):
        e = np.array([r[arm] for r in R]) - lr
        print(f"  {arm} - LogisticRegression: {e.mean():+.4f} ± {e.std(ddof=1) / np.sqrt(len(e)):.4f}")
    print()
