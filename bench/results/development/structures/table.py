"""Print probe.jsonl as a table next to the default (from ../jitter/explore.jsonl, column "ind")."""
import json
from pathlib import Path

import numpy as np

here = Path(__file__).parent
rows = sorted((json.loads(line) for line in (here / "probe.jsonl").open()), key=lambda r: r["seed"])
default = {json.loads(line)["seed"]: json.loads(line)["ind"] for line in (here.parent / "jitter" / "explore.jsonl").open()}
cols = ["lr", "linear", "rbf1", "rbf2", "rbf4"]
print("| seed | " + " | ".join(cols) + " | default |")
print("|---" * (len(cols) + 2) + "|")
for r in rows:
    print(f"| {r['seed']} | " + " | ".join(f"{r[c]:.4f}" for c in cols) + f" | {default[r['seed']]:.4f} |")
print("| mean | " + " | ".join(f"{np.mean([r[c] for r in rows]):.4f}" for c in cols)
      + f" | {np.mean([default[r['seed']] for r in rows]):.4f} |")
print()
for c in cols:
    d = np.array([r[c] - default[r["seed"]] for r in rows])
    print(f"- {c} − default: {d.mean():+.4f} ± {d.std(ddof=1) / np.sqrt(len(d)):.4f} "
          f"(better on {(d > 5e-4).sum()}, worse on {(d < -5e-4).sum()} of {len(d)} seeds)")
