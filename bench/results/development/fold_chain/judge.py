"""Judge the declared fold-chain test (bench/preregistered/2026-12-03-fold-chain-starts.md): F (fold refits
of a refined candidate start from its parent's refit on the same fold) against R (from its own starting values).

usage: judge.py   (in this directory: R_pseudo_55_64, R_pseudo_65_74, R_moon_55_57, R_moon_65_67 and F_ likewise)
Prints per dataset: mean test ROC-AUC, the paired difference with its standard error, seeds better, worse and
level, the picks that changed, fitted numbers, re-selection seconds, and the declared conditions (a) and (b)."""
import json
from pathlib import Path

import numpy as np

from iblearn.codemodel import load

HERE = Path(__file__).parent
M = "iblearn[default+crossval_distilled_in_range]"
GROUPS = {"pseudo": ["pseudo_55_64", "pseudo_65_74"], "moon": ["moon_55_57", "moon_65_67"]}
LIMIT = {"pseudo": 0.001, "moon": 0.002}


def rows(arm: str, dataset: str) -> dict[int, dict]:
    out: dict[int, dict] = {}
    for sub in GROUPS[dataset]:
        d = HERE / f"{arm}_{sub}"
        for r in map(json.loads, open(d / "runs.jsonl")):
            if r["method"] in (M, "LogisticRegression"):
                out.setdefault(r["seed"], {})[r["method"]] = {**r, "dir": d}
    return {s: v for s, v in out.items() if M in v}


def model(r: dict):
    return load(r["dir"] / "models" / Path(r["model_path"]).name)


def main() -> None:
    ok = {}
    for ds in GROUPS:
        R, F = rows("R", ds), rows("F", ds)
        seeds = sorted(set(R) & set(F))
        a_r = np.array([R[s][M]["metrics"]["roc_auc"] for s in seeds])
        a_f = np.array([F[s][M]["metrics"]["roc_auc"] for s in seeds])
        lr = np.array([R[s]["LogisticRegression"]["metrics"]["roc_auc"] for s in seeds])
        d = a_f - a_r
        se = d.std(ddof=1) / np.sqrt(len(d))
        print(f"## {ds}: {len(seeds)} fits (seeds {', '.join(map(str, seeds))})")
        print(f"test ROC-AUC  R {a_r.mean():.4f}  F {a_f.mean():.4f}  F-R {d.mean():+.4f} ± {se:.4f}  "
              f"better {int((d > 1e-4).sum())}, worse {int((d < -1e-4).sum())}, level {int((abs(d) <= 1e-4).sum())}; "
              f"LogisticRegression {lr.mean():.4f} (R-LR {np.mean(a_r - lr):+.4f}, F-LR {np.mean(a_f - lr):+.4f})")
        tr = [R[s][M]["reselect_seconds"] for s in seeds]
        tf = [F[s][M]["reselect_seconds"] for s in seeds]
        print(f"re-selection seconds  R {np.mean(tr):.0f}  F {np.mean(tf):.0f} per fit (max R {max(tr):.0f}, F {max(tf):.0f})")
        print("| seed | R | F | F-R | pick changed | numbers R | numbers F |")
        print("|---|---|---|---|---|---|---|")
        nr, nf = [], []
        for s, x, y in zip(seeds, a_r, a_f):
            mr, mf = model(R[s][M]), model(F[s][M])
            nr.append(len(mr.params)); nf.append(len(mf.params))
            changed = "yes" if mr.source != mf.source else "no"
            print(f"| {s} | {x:.5f} | {y:.5f} | {y - x:+.5f} | {changed} | {len(mr.params)} | {len(mf.params)} |")
        print(f"fitted numbers  R {np.mean(nr):.1f}  F {np.mean(nf):.1f}\n")
        ok[ds] = d.mean() >= -LIMIT[ds]
    print(f"(a) pseudo not below R by more than 0.001: {ok['pseudo']}; (b) moon not below R by more than 0.002: {ok['moon']}")


if __name__ == "__main__":
    main()
