"""Pair an exploration's re-selected default rows with the committed reference rows, per seed."""
import json, sys
import numpy as np
ref_path, *dirs = sys.argv[1:]
M = "iblearn[default+crossval_distilled_in_range]"
def rows(p):
    return {r["seed"]: r["metrics"]["roc_auc"] for r in map(json.loads, open(p)) if r["method"] == M}
def lr(p):
    return {r["seed"]: r["metrics"]["roc_auc"] for r in map(json.loads, open(p)) if r["method"] == "LogisticRegression"}
ref, base = rows(ref_path), lr(ref_path)
print("reference", f"{np.mean([ref[s] for s in sorted(ref)]):.4f}", "LogisticRegression", f"{np.mean([base[s] for s in sorted(ref)]):.4f}")
for d in dirs:
    new = rows(d + "/runs.jsonl")
    s = sorted(set(new) & set(ref))
    diff = np.array([new[k] - ref[k] for k in s])
    se = diff.std(ddof=1) / np.sqrt(len(diff)) if len(diff) > 1 else float("nan")
    print(d, f"n={len(s)} mean {np.mean([new[k] for k in s]):.4f} vs ref {np.mean([ref[k] for k in s]):.4f}: "
          f"{diff.mean():+.4f} ± {se:.4f}; better {int((diff > 1e-4).sum())}, worse {int((diff < -1e-4).sum())}",
          " ".join(f"{k}:{v:+.4f}" for k, v in zip(s, diff)))
