"""Judge the declared pruning test (bench/preregistered/2026-12-03-prune-terms.md): P (pruned) against R.

usage: judge.py R_DIR P_DIR   (each holding pseudo_55_64, pseudo_65_74, moon_55_57, moon_65_67)
Prints per dataset: mean test ROC-AUC, the paired difference with its standard error, seeds better and
worse, the mean count of fitted numbers and code lines of the artifacts, re-selection seconds, and the
declared conditions (a) and (b)."""
import json
import sys
from pathlib import Path

import numpy as np

from iblearn.codemodel import load

M = "iblearn[default+crossval_distilled_in_range]"
GROUPS = {"pseudo": ["pseudo_55_64", "pseudo_65_74"], "moon": ["moon_55_57", "moon_65_67"]}


def rows(arm: Path, dataset: str) -> dict[int, dict]:
    out = {}
    for sub in GROUPS[dataset]:
        for r in map(json.loads, open(arm / sub / "runs.jsonl")):
            if r["method"] in (M, "LogisticRegression"):
                out.setdefault(r["seed"], {})[r["method"]] = {**r, "dir": arm / sub}
    return {s: v for s, v in out.items() if M in v}


def numbers(r: dict) -> tuple[int, int, int]:
    m = load(r["dir"] / "models" / Path(r["model_path"]).name)
    return len(m.params), len(m.source.strip().splitlines()), len(m.provenance.get("pruned", []))


def main(r_dir: str, p_dir: str) -> None:
    verdict = []
    for ds in GROUPS:
        R, P = rows(Path(r_dir), ds), rows(Path(p_dir), ds)
        seeds = sorted(set(R) & set(P))
        auc_r = np.array([R[s][M]["metrics"]["roc_auc"] for s in seeds])
        auc_p = np.array([P[s][M]["metrics"]["roc_auc"] for s in seeds])
        lr = np.array([R[s]["LogisticRegression"]["metrics"]["roc_auc"] for s in seeds])
        d = auc_p - auc_r
        se = d.std(ddof=1) / np.sqrt(len(d)) if len(d) > 1 else float("nan")
        nr = np.array([numbers(R[s][M]) for s in seeds])
        np_ = np.array([numbers(P[s][M]) for s in seeds])
        tr = [R[s][M]["reselect_seconds"] for s in seeds]
        tp = [P[s][M]["reselect_seconds"] for s in seeds]
        print(f"## {ds}: {len(seeds)} fits (seeds {seeds[0]}-{seeds[-1]})")
        print(f"test ROC-AUC  R {auc_r.mean():.4f}  P {auc_p.mean():.4f}  P-R {d.mean():+.4f} ± {se:.4f}  "
              f"better {int((d > 1e-4).sum())}, worse {int((d < -1e-4).sum())}, level {int((abs(d) <= 1e-4).sum())}; "
              f"LogisticRegression {lr.mean():.4f} (P-LR {np.mean(auc_p - lr):+.4f})")
        print(f"fitted numbers  R {nr[:, 0].mean():.1f}  P {np_[:, 0].mean():.1f} "
              f"({100 * (1 - np_[:, 0].mean() / nr[:, 0].mean()):.0f}% fewer); code lines R {nr[:, 1].mean():.1f} "
              f"P {np_[:, 1].mean():.1f}; terms pruned {int(np_[:, 2].sum())} in {int((np_[:, 2] > 0).sum())} fits")
        print(f"re-selection seconds  R {np.mean(tr):.0f}  P {np.mean(tp):.0f} per fit (max {max(tp):.0f})")
        print("| seed | R | P | P-R | numbers R | numbers P | pruned |")
        print("|---|---|---|---|---|---|---|")
        for s, a, b, x, y in zip(seeds, auc_r, auc_p, nr, np_):
            print(f"| {s} | {a:.5f} | {b:.5f} | {b - a:+.5f} | {x[0]} | {y[0]} | {y[2]} |")
        print()
        verdict.append((ds, d.mean() >= -0.001, np_[:, 0].mean() <= 0.9 * nr[:, 0].mean()))
    a = all(v[1] for v in verdict)
    b = next(v[2] for v in verdict if v[0] == "pseudo")
    print(f"(a) not below R by more than 0.001 on pseudo and moon: {a}; (b) >= 10% fewer fitted numbers on pseudo: {b}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
