"""Judge the crossval_distilled test as declared in bench/preregistered/2026-12-01-crossval-distilled.md.

Reads the saved rows (runs.jsonl) and models of ``pseudo/`` and ``moon/`` here (or of the
directories given) and prints, per dataset: each seed's held-out ROC-AUC for ``crossval`` (the
default) and ``crossval_distilled``, their paired mean difference with its standard error, seeds
better/worse/level (level: within 0.0005), LogisticRegression on the same rows, each pick's
number of fitted numbers, and the declared verdict. No LLM calls; nothing is refitted.

    python bench/results/development/crossval_distilled/compare.py
    python bench/results/development/crossval_distilled/compare.py --pseudo DIR [DIR ...]   # secondary: older fits
"""
from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))  # bench/, for the harness's paired difference
from search_strategies import paired_difference  # noqa: E402

from iblearn.bench import runner  # noqa: E402

RULES = {"crossval": "iblearn[default+crossval]", "crossval_distilled": "iblearn[default+crossval_distilled]"}
LEVEL = 0.0005


def fitted_numbers(model_file: Path) -> int:
    """Keyword defaults of the artifact's ``predict``: the numbers fitting wrote into it."""
    src = model_file.read_text(encoding="utf-8")
    block = src.split("# ---- code model", 1)[1].split("# ---- end of code model", 1)[0].split("\n", 1)[1]
    fn = next(n for n in ast.parse(block).body if isinstance(n, ast.FunctionDef) and n.name == "predict")
    return len(fn.args.defaults) + sum(d is not None for d in fn.args.kw_defaults)


def read(dirs: list[Path]) -> dict[str, dict[int, dict]]:
    """method -> seed -> row (AUC and, for the rules, the pick's fitted numbers)."""
    out: dict[str, dict[int, dict]] = {}
    for d in dirs:
        for r in runner.read_rows(d / runner.RUNS):
            row = {"auc": r["metrics"]["roc_auc"]}
            if r.get("model_path"):
                row["numbers"] = fitted_numbers(d / "models" / Path(r["model_path"]).name)
            out.setdefault(r["method"], {})[r["seed"]] = row
    return out


def judge(name: str, dirs: list[Path]) -> dict | None:
    rows = read(dirs)
    a, b = rows.get(RULES["crossval"], {}), rows.get(RULES["crossval_distilled"], {})
    seeds = sorted(set(a) & set(b))
    if not seeds:
        print(f"{name}: no paired rows yet")
        return None
    lr = rows.get("LogisticRegression", {})
    print(f"\n### {name} (seeds {seeds[0]}-{seeds[-1]}, {len(seeds)} paired)\n")
    print("| seed | crossval | crossval_distilled | difference | LogisticRegression | numbers (crossval / distilled) |")
    print("|---|---|---|---|---|---|")
    better = worse = 0
    for s in seeds:
        d = b[s]["auc"] - a[s]["auc"]
        better += d > LEVEL
        worse += d < -LEVEL
        lr_s = f"{lr[s]['auc']:.4f}" if s in lr else ""
        print(f"| {s} | {a[s]['auc']:.4f} | {b[s]['auc']:.4f} | {d:+.4f} | {lr_s} | "
              f"{a[s].get('numbers', '')} / {b[s].get('numbers', '')} |")
    mean_a = sum(a[s]["auc"] for s in seeds) / len(seeds)
    mean_b = sum(b[s]["auc"] for s in seeds) / len(seeds)
    diff = paired_difference({s: b[s]["auc"] for s in seeds}, {s: a[s]["auc"] for s in seeds})
    lr_seeds = [s for s in seeds if s in lr]
    lr_mean = sum(lr[s]["auc"] for s in lr_seeds) / len(lr_seeds) if lr_seeds else float("nan")
    se = f" +- {diff[1]:.4f}" if diff and diff[1] == diff[1] else ""
    print(f"\nmean: crossval {mean_a:.4f}, crossval_distilled {mean_b:.4f} ({mean_b - mean_a:+.4f}{se}); "
          f"better on {better}, worse on {worse}, level on {len(seeds) - better - worse}; "
          f"LogisticRegression {lr_mean:.4f}")
    return {"mean_a": mean_a, "mean_b": mean_b, "better": better, "worse": worse}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--pseudo", type=Path, nargs="+", default=[HERE / "pseudo"])
    p.add_argument("--moon", type=Path, nargs="+", default=[HERE / "moon"])
    args = p.parse_args(argv)
    pseudo = judge("pseudo", args.pseudo)
    moon = judge("moon", args.moon) if all((d / runner.RUNS).exists() for d in args.moon) else None
    if pseudo and moon:
        a_ok = pseudo["mean_b"] > pseudo["mean_a"] + LEVEL and pseudo["better"] > pseudo["worse"]
        b_ok = moon["mean_b"] >= moon["mean_a"] - 0.002
        print(f"\n(a) pseudo: {'passes' if a_ok else 'fails'}; (b) moon: {'passes' if b_ok else 'fails'}; "
              f"verdict as declared: crossval_distilled {'replaces' if a_ok and b_ok else 'does not replace'} crossval")
    return 0


if __name__ == "__main__":
    sys.exit(main())
