"""From each refinement chain's root to its leaf: change of out-of-fold log-loss on the fit rows (seen by
the LLM and the chain's fits) and on the validation rows (never seen), per arm; and the cross-validated lead.
usage: python summary.py   (reads leak_own.jsonl and leak_parent.jsonl beside it; training rows only)"""
import json
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent


def load(name):
    return {d["seed"]: d for d in map(json.loads, open(HERE / name))}


def deltas(d):
    c = {x["id"]: x for x in d["cands"]}
    out = []
    for x in d["cands"]:
        if x["parent"] is None or any(y["parent"] == x["id"] for y in d["cands"]):
            continue
        r = x
        while r["parent"] is not None and r["parent"] in c:
            r = c[r["parent"]]
        if r is not x:
            out.append((x["seen"] - r["seen"], x["unseen"] - r["unseen"]))
    return out


own, parent = load("leak_own.jsonl"), load("leak_parent.jsonl")
for name, arm in (("own", own), ("parent", parent)):
    d = np.array([v for s in sorted(arm) for v in deltas(arm[s])])
    diff = d[:, 0] - d[:, 1]
    print(f"{name:6s} root->leaf: fit rows {d[:, 0].mean():+.4f}, validation rows {d[:, 1].mean():+.4f}, "
          f"difference {diff.mean():+.4f} ± {diff.std(ddof=1) / np.sqrt(len(diff)):.4f} ({len(diff)} leaves)")
print("seed: lead (id, fitted numbers, out-of-fold log-loss) own | parent")
for s in sorted(parent):
    a, b = own[s]["cands"][0], parent[s]["cands"][0]
    print(f"{s}: {a['id']} {a['k']} {a['cv']:.4f} | {b['id']} {b['k']} {b['cv']:.4f}  ({parent[s]['secs']:.0f} s)")
