"""Judge the declared clamp rule (bench/preregistered/2026-12-02-clamp-inputs.md) without LLM calls.

Each saved default model is scored in iblearn's sandbox on its fit's test rows as saved, and with
the test inputs clamped to the range of that fit's training rows (what the clamp inside the
artifact does). Prints per seed, the paired difference with its standard error, seeds
better/worse/level and the verdict.

    python bench/results/development/clamp_inputs/judge.py            # development judging set
    python bench/results/development/clamp_inputs/judge.py --benchmark
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

HERE = Path(__file__).parent
RESULTS = HERE.parents[1]
sys.path.insert(0, str(HERE.parents[2]))  # bench/, for the harness's paired difference
from search_strategies import paired_difference  # noqa: E402

from iblearn.bench import datasets  # noqa: E402
from iblearn.codemodel import load  # noqa: E402
from iblearn.data import column_inputs, read_table  # noqa: E402

LEVEL = 0.0005


def models(benchmark: bool) -> dict[str, dict[int, Path]]:
    if benchmark:
        files = list((RESULTS / "search_strategies_score_calibration/models").glob("*_default+crossval_distilled.py"))
    else:  # re-selected development fits, and the fresh fits' own models (the default is crossval_distilled)
        files = [*(RESULTS / "development/score_calibration").glob("*/models/*_default+crossval_distilled.py"),
                 *(RESULTS / "development/fresh_current/pseudo/models").glob("*_default.py")]
    found: dict[str, dict[int, Path]] = {"pseudo": {}, "moon": {}}
    for f in files:
        name, seed = re.match(r"(\w+?)_n50_s(\d+)_", f.name).groups()  # type: ignore[union-attr]
        found[name][int(seed)] = f
    return found


def scores(name: str, seed: int, path: Path) -> tuple[float, float, float]:
    """Test ROC-AUC as saved, clamped, and the share of test rows with an input outside the range."""
    ds = datasets.load(name, seed)
    sp = datasets.split(ds, 50, seed, 100)
    model = load(path)
    try:
        schema = model.schema
        train = read_table(sp.X_train)
        test = read_table(sp.X_test)
        lo, hi = train.min(), train.max()
        clamped = test.clip(lo, hi, axis=1)
        outside = float((clamped != test).any(axis=1).mean())
        y = np.asarray(sp.y_test)
        got = [roc_auc_score(y, model.predict_values(column_inputs(t, schema))) for t in (test, clamped)]
    finally:
        model.close()
    return got[0], got[1], outside


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--benchmark", action="store_true")
    args = ap.parse_args()
    found = models(args.benchmark)
    out = {}
    for name, by_seed in found.items():
        rows = {s: scores(name, s, p) for s, p in sorted(by_seed.items())}
        out[name] = rows
        print(f"## {name}: {len(rows)} fits")
        for s, (a, b, o) in rows.items():
            print(f"  seed {s}: as saved {a:.4f}  clamped {b:.4f}  ({b - a:+.4f}; {o:.1%} of test rows outside)")
        judged = {s: v for s, v in rows.items() if s != 70}
        if not judged:
            continue
        diff = paired_difference({s: v[1] for s, v in judged.items()}, {s: v[0] for s, v in judged.items()})
        better = sum(v[1] - v[0] > LEVEL for v in judged.values())
        worse = sum(v[0] - v[1] > LEVEL for v in judged.values())
        mean0 = np.mean([v[0] for v in judged.values()])
        mean1 = np.mean([v[1] for v in judged.values()])
        print(f"  judged ({len(judged)} fits{', without seed 70' if 70 in rows else ''}): as saved {mean0:.4f}, "
              f"clamped {mean1:.4f}, {diff[0]:+.4f} ± {diff[1]:.4f}; better on {better}, worse on {worse}, "
              f"level on {len(judged) - better - worse}")
    (HERE / ("benchmark.json" if args.benchmark else "development.json")).write_text(
        json.dumps({k: {str(s): v for s, v in r.items()} for k, r in out.items()}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
