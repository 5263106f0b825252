"""Print explore.jsonl as a table with paired differences against the default's copies ("ind")."""
import json
from pathlib import Path

import numpy as np

rows = sorted((json.loads(line) for line in Path(__file__).with_name("explore.jsonl").open()), key=lambda r: r["seed"])
cols = ["lr", "undistilled", "teacher", "ind", "cov", "none"]
print("| seed | numbers in the pick | " + " | ".join(cols) + " |")
print("|---" * (len(cols) + 2) + "|")
for r in rows:
    print(f"| {r['seed']} | {r['lead_params']} | " + " | ".join(f"{r.get(c, float('nan')):.4f}" for c in cols) + " |")
print("| mean | | " + " | ".join(f"{np.mean([r[c] for r in rows if c in r]):.4f}" for c in cols) + " |")
print()
for c in ("cov", "none", "teacher", "lr"):
    d = np.array([r[c] - r["ind"] for r in rows if c in r and "ind" in r])
    print(f"- {c} − ind: {d.mean():+.4f} ± {d.std(ddof=1) / np.sqrt(len(d)):.4f} "
          f"(better on {(d > 5e-4).sum()}, worse on {(d < -5e-4).sum()} of {len(d)} seeds)")
