#!/usr/bin/env python
"""Issue 4: which search strategy earns its LLM calls? (embedded 0.5B model by default)

pseudo and moon (the paper's data), n = 50 class-balanced training rows, seeds 0-4, every other
row the test set. For each dataset: mean held-out ROC-AUC of the default strategy and of each
single strategy (oneshot, best_of_n, fit_params, refine, bagging), beside LogisticRegression,
KNeighborsClassifier and SVC(kernel="linear", probability=True) fitted on the same rows; LLM calls
and wall time per fit; the share of valid first answers; every fit's final validity.

    PYTHONPATH=src python bench/search_strategies.py                 # the full run (hours)
    PYTHONPATH=src python bench/search_strategies.py --seeds 0 --max-calls 4   # a quick look

Uses the benchmark harness (``iblearn.bench``): results resume from
``bench/results/search_strategies/runs.jsonl``; the summary goes to ``search_strategies.json`` and
``search_strategies.md`` beside it (and the harness's own ``summary.md`` and plots).
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
try:
    import iblearn.bench  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

from iblearn.bench import report, runner  # noqa: E402
from iblearn.bench.runner import Config  # noqa: E402

DATASETS = ["pseudo", "moon"]
STRATEGIES = ["default", "oneshot", "best_of_n", "fit_params", "refine", "bagging", "default+average",
              "default+distilled", "default+faithful", "default+simplest", "default+crossval", "default+crossval_1se",
              "default+crossval_distilled", "default+crossval_distilled_in_range"]
# "default+average": the default's search, final model the average of its candidates (selection="average");
# "default+distilled": the same search, the one-standard-error pick's code fitted to that average;
# "default+faithful": of the candidates within one standard error, the one that, fitted to that average, reproduces it best
# "default+simplest": the default's own rule, applied again with --from-logs (the paired reference for another rule);
# "default+crossval": the lowest 5-fold cross-validated loss over all training rows
# "default+crossval_1se": the simplest candidate within one standard error of that lowest loss
# "default+crossval_distilled": the lowest one's code fitted to the average (as default+distilled does)
# "default+crossval_distilled_in_range": the same, each candidate scored and taught with inputs held to the
#   range of the rows it was fitted on, as its artifact runs
BASELINES = ["LogisticRegression", "KNeighbors", "SVC(linear)"]
OUT = ROOT / "bench" / "results" / "search_strategies"


def config(out: Path, llm: str | None = "local", max_calls: int | None = None, seeds: Sequence[int] = range(5),
           command: str = "", strategies: Sequence[str] = STRATEGIES, cache: bool | str = True,
           datasets: Sequence[str] = DATASETS) -> Config:
    return Config(datasets=list(datasets), sizes=[50], seeds=list(seeds), strategies=list(strategies), llm=llm,
                  max_calls=max_calls, baselines=["lr", "knn", "svc"], icl=False, speed=False, out=str(out),
                  command=command, cache=cache)


def reselect_from_logs(out: Path, strategy: str, datasets: Sequence[str], seeds: Sequence[int]) -> list[dict[str, Any]]:
    """Rows for ``"base+rule"`` from the saved ``base`` fits in ``out``, no LLM calls (:func:`runner.reselect_rows`)."""
    return runner.reselect_rows(out, strategy, list(datasets), list(seeds))


def _mean(values: list[float]) -> float | None:
    v = [x for x in values if x is not None]
    return sum(v) / len(v) if v else None


def paired_difference(a: dict[int, float], b: dict[int, float]) -> tuple[float, float, int] | None:
    """Mean of a - b over the seeds both have, its standard error, and the number of seeds.

    Seeds differ far more from each other than methods do on one seed, so a comparison of two
    means hides how much of a gap is noise; the spread of the per-seed differences shows it.
    """
    seeds = sorted(set(a) & set(b))
    if not seeds:
        return None
    d = [a[s] - b[s] for s in seeds]
    mean = sum(d) / len(d)
    se = (sum((x - mean) ** 2 for x in d) / (len(d) - 1) / len(d)) ** 0.5 if len(d) > 1 else float("nan")
    return mean, se, len(d)


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for ds in sorted({r["dataset"] for r in rows}):
        methods: dict[str, Any] = {}
        for m in BASELINES + [f"iblearn[{s}]" for s in STRATEGIES]:
            group = sorted((r for r in rows if r["dataset"] == ds and r["method"] == m), key=lambda r: r["seed"])
            if not group:
                continue
            aucs = [r["metrics"]["roc_auc"] for r in group]
            entry: dict[str, Any] = {"roc_auc_mean": _mean(aucs), "roc_auc_by_seed": dict(zip([r["seed"] for r in group], aucs)),
                                     "fits": len(group)}
            if m.startswith("iblearn["):
                firsts = sum(r.get("first_answers") or 0 for r in group)
                entry.update(
                    llm_calls_per_fit=_mean([r.get("llm_calls") for r in group]),
                    wall_seconds_per_fit=_mean([r.get("fit_seconds") for r in group]),
                    valid_first_share_per_fit=_mean([r.get("valid_first_share") for r in group]),
                    valid_first_answers=f"{sum(r.get('valid_first') or 0 for r in group)}/{firsts}",
                    valid_final_by_seed={r["seed"]: bool(r.get("valid_final")) for r in group},
                    valid_final_share=sum(bool(r.get("valid_final")) for r in group) / len(group),
                    cached_calls=sum(r.get("cached_calls") or 0 for r in group),
                    llm_calls=sum(r.get("llm_calls") or 0 for r in group),
                )
            methods[m] = entry
        lr = methods.get("LogisticRegression")
        for m, entry in methods.items():
            if not lr or m == BASELINES[0]:
                continue
            diff = paired_difference(entry["roc_auc_by_seed"], lr["roc_auc_by_seed"])
            if diff:
                entry["vs_lr"] = {"mean": diff[0], "se": diff[1], "seeds": diff[2]}
        out[ds] = methods
    return out


def _f(v: float | None, digits: int = 3) -> str:
    return "–" if v is None else f"{v:.{digits}f}"


def markdown(summary: dict[str, Any], meta: dict[str, Any]) -> str:
    sessions = meta.get("sessions", [])
    lines = ["# Search strategies (issue 4)", "",
             f"- Command: {'; '.join('`' + s.get('command', '') + '`' for s in sessions)}",
             f"- LLM: {', '.join(meta.get('llm', []))}; machine: {report._machine_line(meta.get('machine', {}))}",
             "- Budgets: " + "; ".join(
                 f"{', '.join(s.get('config', {}).get('strategies', []))}: "
                 f"{s.get('config', {}).get('max_calls') or 'own default (16 calls; oneshot 3)'} LLM calls per fit"
                 for s in sessions if s.get("cells_run")),
             f"- Total wall time: {meta.get('total_wall_seconds', 0) / 60:.1f} min "
             "(LLM answers already in the response cache are replayed, not regenerated: see cached calls)",
             "- Data: n = 50 class-balanced training rows, every other row (950) the test set; ROC-AUC on the test "
             "set, which no method uses for fitting or selection. A fit without a valid model scores 0.5.", ""]
    for ds, methods in summary.items():
        lines += [f"## {ds}", "", "| method | mean ROC-AUC | by seed | − LogisticRegression (± paired SE) | "
                  "LLM calls / fit | wall s / fit | valid first answers (mean share per fit; pooled) | "
                  "final validity by seed | cached calls |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for m, e in methods.items():
            by_seed = " ".join(_f(v) for v in e["roc_auc_by_seed"].values())
            vs = e.get("vs_lr")
            diff = "–" if not vs else f"{vs['mean']:+.3f}" + (f" ± {vs['se']:.3f}" if vs["seeds"] > 1 else "")
            if m.startswith("iblearn["):
                valid = " ".join("✓" if ok else "✗" for ok in e["valid_final_by_seed"].values())
                lines.append(f"| `{m}` | {_f(e['roc_auc_mean'])} | {by_seed} | {diff} | "
                             f"{_f(e['llm_calls_per_fit'], 1)} | "
                             f"{_f(e['wall_seconds_per_fit'], 0)} | {_f(e['valid_first_share_per_fit'], 2)}; "
                             f"{e['valid_first_answers']} | {valid} | {e['cached_calls']}/{e['llm_calls']} |")
            else:
                lines.append(f"| {m} | {_f(e['roc_auc_mean'])} | {by_seed} | {diff} | – | – | – | – | – |")
        lines += ["", "The difference column is the mean over seeds of (method − LogisticRegression) on the same "
                  "rows, with the standard error of those per-seed differences.", ""]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--llm", default="local", help="back-end spec (default: the embedded 0.5B model)")
    p.add_argument("--max-calls", type=int, default=None, help="LLM calls per fit (default: each strategy's own)")
    p.add_argument("--seeds", type=int, nargs="+", default=list(range(5)))
    p.add_argument("--strategies", nargs="+", default=STRATEGIES, choices=STRATEGIES,
                   help="run only these (e.g. the default at its budget, then the single ones with --max-calls)")
    p.add_argument("--cache", default=None, help="LLM response cache file (default: the user cache)")
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--datasets", nargs="+", default=DATASETS, choices=DATASETS,
                   help="run only these (development runs; the issue's result needs both)")
    p.add_argument("--report-only", action="store_true", help="rewrite the summary from runs.jsonl without running")
    p.add_argument("--from-logs", action="store_true",
                   help="for STRATEGY+RULE cells, choose again among the saved STRATEGY fits' candidates (no LLM calls)")
    args = p.parse_args(argv)
    command = " ".join(["python bench/search_strategies.py", *map(shlex.quote, argv)])
    cfg = config(args.out, args.llm, args.max_calls, args.seeds, command, args.strategies, args.cache or True,
                 args.datasets)
    if args.from_logs:
        if any("+" not in s for s in args.strategies):
            p.error("--from-logs re-selects saved fits: name STRATEGY+RULE cells (e.g. default+distilled)")
        runner.reselect_session(args.out, list(args.strategies), command, list(args.datasets), list(args.seeds),
                                config=asdict(cfg))
    elif not args.report_only:
        runner.run(cfg)  # writes the harness's summary.md and plots itself
    meta = runner.read_json(args.out / runner.META) or {}
    saved = runner.read_rows(args.out / runner.RUNS)
    if args.from_logs or args.report_only:  # the harness's summary.md and plots, with the re-selected rows
        report.write(args.out, saved, meta, runner.read_json(args.out / runner.SPEED))
    rows = [r for r in saved if r["seed"] in args.seeds]
    summary = summarize(rows)
    runner.write_json(args.out / "search_strategies.json", {"summary": summary, "machine": meta.get("machine"),
                                                           "llm": meta.get("llm"), "sessions": meta.get("sessions")})
    text = markdown(summary, meta)
    (args.out / "search_strategies.md").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
