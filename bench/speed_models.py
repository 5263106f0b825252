#!/usr/bin/env python
"""Issue 3: predicting 1,000,000 rows with saved code models, side by side with LogisticRegression.

Times each given saved model (``.py`` artifacts from the benchmark runs) on 1,000,000 rows of the
dataset it was fitted on, with :func:`iblearn.bench.speed.measure`: sandboxed (``iblearn.load`` +
warm worker, validated predictions), the saved module imported in-process, its bare function, and
``LogisticRegression.predict_proba`` fitted on the same training rows, in one process. The
model's file name says its dataset, size and seed (``pseudo_n50_s0_default.py``). No LLM is used.

    PYTHONPATH=src python bench/speed_models.py MODEL.py [MODEL.py ...] --out bench/results/speed_models

Writes ``speed_models.json``, ``speed_models.md`` and ``speed_models.png`` into ``--out``.
Run it on an idle machine: the ratios are only as steady as the cores are quiet.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    import iblearn.bench  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from iblearn.bench import datasets, runner, speed  # noqa: E402

NAME = re.compile(r"^(?P<dataset>[a-z_]+)_n(?P<n>\d+)_s(?P<seed>\d+)_(?P<method>[\w+]+)\.py$")


def measure_one(path: Path, rows: int, repeat: int, loop_rows: int) -> dict:
    m = NAME.match(path.name)
    if not m:
        raise SystemExit(f"{path.name}: expected a benchmark model name like pseudo_n50_s0_default.py")
    ds = datasets.load(m["dataset"], int(m["seed"]))
    sp = datasets.split(ds, int(m["n"]), int(m["seed"]))
    big = datasets.big_table(ds, rows, int(m["seed"]))
    y = runner._encode(ds, sp.y_train)
    out = speed.measure(path, sp.X_train, y, big, repeat=repeat, loop_rows=loop_rows)
    text = path.read_text(encoding="utf-8")
    out.update(dataset=m["dataset"], n=int(m["n"]), seed=int(m["seed"]), method=m["method"],
               members=text.count("# member "), calibrated_outside="'calibration': [" in text)
    return out


def markdown(results: list[dict], meta: dict) -> str:
    lines = ["# Prediction speed of saved code models, 1,000,000 rows", "",
             f"- Command: `{meta['command']}`", f"- Date: {meta['date']}",
             f"- Machine: {meta['machine_line']}", "",
             "Seconds are the best of the repeats after a warm-up call, all in one process. `sandboxed` is "
             "`iblearn.load(path).predict_values(...)`: checked code in its warm worker, data in through the "
             "shared arena, validated predictions out (issue 3: at most 3x LogisticRegression.predict_proba). "
             "`module` is the saved .py imported in-process (`predict_table`), `function` its bare `predict`.", "",
             "| model | members | calibration | code lines | LR s | sandboxed s | module s | function s "
             "| sandboxed / LR | module / LR | function / LR |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(
            f"| `{Path(r['model']).name}` ({r['source']}) | {max(1, r['members'])} | "
            f"{'outside the code' if r['calibrated_outside'] else 'in the code / none'} | {r['code_lines']} | "
            f"{r['linear_seconds']:.4f} | {r['sandboxed_seconds']:.4f} | {r['standalone_seconds']:.4f} | "
            f"{r['standalone_function_seconds']:.4f} | **{r['sandboxed_vs_linear']:.2f}** | "
            f"{r['standalone_vs_linear']:.2f} | {r['standalone_function_vs_linear']:.2f} |")
    return "\n".join(lines) + "\n"


def plot(results: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    labels = [Path(r["model"]).stem.replace("_default", "").replace("_n50", "") + f"\n({r['source']})" for r in results]
    keys = [("sandboxed_vs_linear", "sandboxed"), ("standalone_vs_linear", "saved .py imported"),
            ("standalone_function_vs_linear", "bare function")]
    x = np.arange(len(results))
    fig, ax = plt.subplots(figsize=(max(6, 1.6 * len(results)), 4))
    for i, (k, name) in enumerate(keys):
        ax.bar(x + (i - 1) * 0.27, [r[k] for r in results], 0.27, label=name)
    ax.axhline(3.0, color="k", ls="--", lw=1, label="issue 3 limit (3x)")
    ax.axhline(1.0, color="grey", ls=":", lw=1)
    ax.set_xticks(x, labels, fontsize=7)
    ax.set_ylabel("time / LogisticRegression.predict_proba")
    ax.set_title("Predicting 1,000,000 rows")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="+", type=Path)
    ap.add_argument("--rows", type=int, default=speed.ISSUE3_ROWS)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--loop-rows", type=int, default=2000, help="rows for the iterrows loop (reported per row)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "speed_models")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    results = []
    for p in args.models:
        r = measure_one(p, args.rows, args.repeat, args.loop_rows)
        r["source"] = p.parent.parent.name  # the run it came from
        results.append(r)
        print(f"{p}: sandboxed {r['sandboxed_vs_linear']:.2f}x LR, module {r['standalone_vs_linear']:.2f}x, "
              f"function {r['standalone_function_vs_linear']:.2f}x", file=sys.stderr)
    mach = runner.machine()
    meta = {"command": "python bench/speed_models.py " + " ".join(sys.argv[1:] if argv is None else argv),
            "date": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"), "machine": mach,
            "machine_line": f"{mach.get('cpu')}, {mach.get('usable_cores')} cores, {mach.get('ram_gb')} GB RAM; "
                            f"Python {mach.get('python')}, numpy {mach.get('numpy')}; git {mach.get('git_commit')}"}
    runner.write_json(args.out / "speed_models.json", {"meta": meta, "results": results})
    (args.out / "speed_models.md").write_text(markdown(results, meta), encoding="utf-8")
    plot(results, args.out / "speed_models.png")
    print((args.out / "speed_models.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
