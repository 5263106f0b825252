#!/usr/bin/env python
"""Issue 3: how often does a fit on the embedded model end with a valid code model, and how often
is the LLM's first answer already valid? Binary (breast_cancer), multiclass (iris, wine) and
regression (diabetes), n = 50 training rows, a few seeds.

    PYTHONPATH=src python bench/valid_share.py                    # oneshot, seeds 0-4
    PYTHONPATH=src python bench/valid_share.py --strategy oneshot default --seeds 0 1 2

``oneshot`` is the hardest test of validity: one answer and at most two repairs, no other
candidates to fall back on. The default strategy asks up to 16 times, so it ends valid at least
as often.

Uses the benchmark harness; results resume from ``bench/results/valid_share/runs.jsonl`` and the
summary goes to ``valid_share.json`` and ``valid_share.md`` beside it, with the machine named.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
try:
    import iblearn.bench  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from iblearn.bench import report, runner  # noqa: E402
from iblearn.bench.runner import Config  # noqa: E402

DATASETS = ["breast_cancer", "iris", "wine", "diabetes"]
OUT = ROOT / "bench" / "results" / "valid_share"


def summarize(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    strategies = sorted({r.get("strategy") for r in rows if r.get("kind") == "iblearn"}, key=lambda s: s != "oneshot")
    for strategy in strategies:
        for ds in DATASETS:
            group = [r for r in rows if r["dataset"] == ds and r.get("kind") == "iblearn" and r.get("strategy") == strategy]
            if group:
                out.append(_summary(ds, strategy, group))
    return out


def _summary(ds: str, strategy: str, group: list[dict[str, Any]]) -> dict[str, Any]:
    logged = [r for r in group if r.get("first_answers") is not None]
    firsts = sum(r["first_answers"] for r in logged)
    valid_firsts = sum(r["valid_first"] for r in logged)
    return {
        "dataset": ds, "strategy": strategy, "task": group[0]["task"], "fits": len(group),
        "valid_final": sum(bool(r.get("valid_final")) for r in group),
        "valid_final_share": sum(bool(r.get("valid_final")) for r in group) / len(group),
        "first_answers": firsts, "valid_first_answers": valid_firsts,
        "valid_first_share_pooled": valid_firsts / firsts if firsts else None,
        "fits_without_log": len(group) - len(logged),
        "llm_calls_per_fit": sum(r.get("llm_calls") or 0 for r in group) / len(group),
        "fit_seconds_per_fit": sum(r.get("fit_seconds") or 0 for r in group) / len(group),
        "score_mean": sum(r["score"] for r in group) / len(group),
        "metric": {"binary": "roc_auc", "multiclass": "accuracy", "regression": "r2"}[group[0]["task"]],
        "repairs_used": sum((r.get("llm_calls") or 0) - (r.get("first_answers") or 0) for r in logged),
    }


def markdown(summary: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    sessions = meta.get("sessions", [])
    lines = ["# Valid code models on the embedded model (issue 3)", "",
             f"- Command: {'; '.join('`' + s.get('command', '') + '`' for s in sessions)}",
             f"- LLM: {', '.join(meta.get('llm', []))}",
             f"- Machine: {report._machine_line(meta.get('machine', {}))}",
             f"- Total wall time: {meta.get('total_wall_seconds', 0) / 60:.1f} min", "",
             "- n = 50 training rows per fit; the rest of each dataset is the test set. A *first answer* is the "
             "LLM's answer to a fresh prompt, before any repair turn.", "",
             "| strategy | dataset | task | fits | fits ending valid | first answers valid (pooled) | LLM calls / fit | "
             "fit s / fit | mean test score |", "|---|---|---|---|---|---|---|---|---|"]
    for s in summary:
        first = (f"{s['valid_first_answers']}/{s['first_answers']} = {s['valid_first_share_pooled']:.2f}"
                 if s["first_answers"] else "–")
        if s["fits_without_log"]:
            first += f" (+{s['fits_without_log']} failed fits without a log: none valid)"
        lines.append(f"| {s['strategy']} | {s['dataset']} | {s['task']} | {s['fits']} | {s['valid_final']}/{s['fits']} = "
                     f"{s['valid_final_share']:.2f} | {first} | {s['llm_calls_per_fit']:.1f} | "
                     f"{s['fit_seconds_per_fit']:.0f} | {s['metric']} {s['score_mean']:.3f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--llm", default="local", help="back-end spec (default: the embedded 0.5B model)")
    p.add_argument("--strategy", nargs="+", default=["oneshot"], help="one or more strategies (default oneshot)")
    p.add_argument("--max-calls", type=int, default=None, help="LLM calls per fit (default: the strategy's own)")
    p.add_argument("--n", type=int, default=50, help="training rows (default 50)")
    p.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    p.add_argument("--cache", default=None, help="LLM response cache file (default: the user cache)")
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    command = " ".join(["python bench/valid_share.py", *map(shlex.quote, argv)])
    cfg = Config(datasets=DATASETS, sizes=[args.n], seeds=args.seeds, strategies=list(args.strategy), llm=args.llm,
                 max_calls=args.max_calls, baselines=["lr"], icl=False, speed=False, out=str(args.out),
                 command=command, cache=args.cache or True)
    runner.run(cfg)
    rows = [r for r in runner.read_rows(args.out / runner.RUNS) if r["seed"] in args.seeds and r["n"] == args.n]
    meta = runner.read_json(args.out / runner.META) or {}
    summary = summarize(rows)
    runner.write_json(args.out / "valid_share.json", {"summary": summary, "machine": meta.get("machine"),
                                                     "llm": meta.get("llm"), "sessions": meta.get("sessions")})
    text = markdown(summary, meta)
    (args.out / "valid_share.md").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
