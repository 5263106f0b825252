"""The benchmark: the IBL paper's experiment done honestly, plus real data, ICL and a speed check.

    python -m iblearn.bench --quick          # CI smoke grid: moon, n=20, one seed (minutes)
    python -m iblearn.bench                  # the full grid (hours on the embedded model)
    iblearn bench --datasets moon,iris --sizes 20,50 --n-seeds 3 --strategy default,oneshot
    iblearn bench --data my.csv --target label

Writes ``runs.jsonl`` (one line per dataset, training size, seed and method; a re-run skips the
lines already there), ``summary.md``, ``plots/*.png``, ``speed.json``, ``meta.json`` (machine,
back-end, commands, wall time) and the fitted code models under ``models/``.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import Any, Sequence

from .datasets import ALL, PAPER_SIZES

STRATEGIES = ("default", "oneshot", "best_of_n", "fit_params", "refine", "bagging")
QUICK = dict(datasets=["moon"], sizes=[20], seeds=[0], strategies=["oneshot", "default"], max_calls=4, icl_rows=30,
             speed_rows=100_000, speed_loop_rows=5_000, speed_repeat=2, out="bench/results/quick")


def _ints(text: str) -> list[int]:
    try:
        return [int(x) for x in text.replace(" ", "").split(",") if x]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, got {text!r}") from exc


def _names(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m iblearn.bench",
        description="Benchmark iblearn against scikit-learn baselines and in-context learning "
                    "(the IBL paper's experiment, with honest model selection).")
    p.add_argument("--quick", action="store_true",
                   help="smoke grid for CI: moon, n=20, seed 0, strategies oneshot and default with 4 LLM calls, ICL on "
                        "30 test rows, speed check on 100,000 rows (explicit options still override)")
    g = p.add_argument_group("grid")
    g.add_argument("--datasets", type=_names, default=None,
                   help=f"comma-separated, from {', '.join(ALL)} (default: all; with --data: only the CSV)")
    g.add_argument("--data", default=None, help="a CSV/Parquet file to add to the grid (needs --target)")
    g.add_argument("--target", default=None, help="target column of --data")
    g.add_argument("--sizes", type=_ints, default=None,
                   help=f"training sizes (default {','.join(map(str, PAPER_SIZES))}); sizes that leave too few test "
                        "rows are skipped")
    g.add_argument("--seeds", type=_ints, default=None, help="explicit seeds, e.g. 3655,3656,3657")
    g.add_argument("--n-seeds", type=int, default=5, help="seeds 0..N-1 when --seeds is not given (default 5)")
    g = p.add_argument_group("methods")
    g.add_argument("--llm", default=None, help="back-end spec for iblearn and ICL (default: $IBLEARN_LLM or local)")
    g.add_argument("--strategy", type=_names, action="extend", default=None,
                   help=f"iblearn strategies, comma-separated or repeated, from {', '.join(STRATEGIES)} "
                        "(default: default)")
    g.add_argument("--max-calls", type=int, default=None, help="LLM calls per iblearn fit (default: the estimator's)")
    g.add_argument("--max-seconds", type=float, default=None, help="wall-time budget per iblearn fit")
    g.add_argument("--baselines", type=_names, default=None,
                   help="subset of baselines: lr, knn, svc, rf, hgb (default: all)")
    g.add_argument("--no-icl", action="store_true", help="skip in-context learning")
    g.add_argument("--icl-batch", type=int, default=10, help="test rows per ICL prompt (default 10)")
    g.add_argument("--icl-rows", type=int, default=None,
                   help="size of the test subsample ICL predicts (default 100; 30 with --quick)")
    g = p.add_argument_group("where the grid runs")
    g.add_argument("--dask", default=None, metavar="ADDRESS",
                   help="run the grid's cells as tasks on a Dask cluster: a scheduler address, or 'local' for a "
                        "LocalCluster on this machine (extra iblearn[dask]); results match the serial run")
    g.add_argument("--dask-workers", type=int, default=2, help="worker processes of --dask local (default 2)")
    g = p.add_argument_group("speed check")
    g.add_argument("--no-speed", action="store_true", help="skip the prediction-speed check")
    g.add_argument("--speed-rows", type=int, default=None, help="rows to predict (default 1,000,000)")
    g.add_argument("--speed-loop-rows", type=int, default=None,
                   help="rows the iterrows loop is timed on (default: all speed rows)")
    g.add_argument("--speed-dataset", default=None, help="dataset whose code model is timed (default: first binary)")
    g.add_argument("--speed-model", default=None, help="time this saved code model instead of one from the run")
    g = p.add_argument_group("output")
    g.add_argument("--out", default=None, help="results directory (default bench/results/full, or .../quick)")
    cache = g.add_mutually_exclusive_group()
    cache.add_argument("--cache", default=None, help="LLM response cache file (default: the user cache)")
    cache.add_argument("--no-cache", action="store_true", help="do not read or write the response cache")
    g.add_argument("--quiet", action="store_true", help="no progress bar")
    g.add_argument("--report-only", action="store_true", help="rewrite summary.md and plots from runs.jsonl")
    g.add_argument("--from-logs", action="extend", type=_names, default=None, metavar="STRATEGY+RULE",
                   help="choose again among the candidates of the saved STRATEGY fits in --out with selection RULE "
                        "(e.g. default+crossval), no LLM calls; adds iblearn[STRATEGY+RULE] rows and rewrites the report")
    return p


def config_from_args(args: argparse.Namespace, argv: Sequence[str]) -> Any:
    from pathlib import Path

    from .runner import Config

    quick: dict[str, Any] = dict(QUICK) if args.quick else {}
    if args.data and not args.target:
        raise SystemExit("bench: --data needs --target COLUMN")
    if args.datasets is not None:
        names = args.datasets
    elif args.data:
        names = []
    else:
        names = quick.get("datasets", list(ALL))
    unknown = [d for d in names if d not in ALL]
    if unknown:
        raise SystemExit(f"bench: unknown dataset(s) {', '.join(unknown)}; choose from {', '.join(ALL)} or use --data")
    if args.data:
        if Path(args.data).stem in ALL:
            raise SystemExit(f"bench: rename {args.data}: its name clashes with the bundled dataset {Path(args.data).stem!r}")
        names = names + [Path(args.data).stem]
    strategies = args.strategy or quick.get("strategies", ["default"])
    bad = [s for s in strategies if s not in STRATEGIES]
    if bad:
        raise SystemExit(f"bench: unknown strategy {', '.join(bad)}; choose from {', '.join(STRATEGIES)}")
    seeds = args.seeds if args.seeds else quick.get("seeds", list(range(args.n_seeds)))
    return Config(
        datasets=names,
        sizes=args.sizes or quick.get("sizes", list(PAPER_SIZES)),
        seeds=seeds,
        strategies=strategies,
        llm=args.llm,
        max_calls=args.max_calls if args.max_calls is not None else quick.get("max_calls"),
        max_seconds=args.max_seconds,
        baselines=args.baselines,
        icl=not args.no_icl,
        icl_batch=args.icl_batch,
        icl_rows=args.icl_rows or quick.get("icl_rows", 100),
        speed=not args.no_speed,
        speed_rows=args.speed_rows or quick.get("speed_rows", 1_000_000),
        speed_loop_rows=args.speed_loop_rows or quick.get("speed_loop_rows", args.speed_rows or 1_000_000),
        speed_repeat=quick.get("speed_repeat", 3),
        speed_dataset=args.speed_dataset,
        speed_model=args.speed_model,
        out=args.out or quick.get("out", "bench/results/full"),
        cache=False if args.no_cache else (args.cache or True),
        progress=not args.quiet,
        csv=args.data,
        target=args.target,
        quick=args.quick,
        command=" ".join(["python -m iblearn.bench", *map(shlex.quote, argv)]),
        dask=args.dask,
        dask_workers=args.dask_workers,
    )


def main(argv: Sequence[str] | None = None, *, llm: Any = None) -> int:
    """Run the benchmark; ``llm`` (an :class:`iblearn.llm.LLM`) replaces ``--llm``, e.g. in tests."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--"]:  # `iblearn bench -- --quick`: the separator the top-level parser passes through
        argv = argv[1:]
    args = build_parser().parse_args(argv)
    try:
        cfg = config_from_args(args, argv)
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return 2
    from pathlib import Path

    from . import report, runner

    if args.from_logs:
        return _from_logs(args, cfg, argv)
    if args.report_only:
        out = Path(cfg.out)
        rows = runner.read_rows(out / runner.RUNS)
        if not rows:
            print(f"bench: no runs in {out / runner.RUNS}", file=sys.stderr)
            return 1
        path = report.write(out, rows, runner.read_json(out / runner.META) or {}, runner.read_json(out / runner.SPEED))
        print(path)
        return 0
    from ..errors import IblearnError

    try:
        out = runner.run(cfg, llm=llm)
    except IblearnError as exc:
        print(f"bench: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"bench: interrupted; run the same command again to resume ({cfg.out}/{runner.RUNS} keeps "
              "every finished run)", file=sys.stderr)
        return 130
    print(f"bench: results in {out}: {runner.RUNS}, summary.md, plots/", file=sys.stderr)
    print(out / "summary.md")
    return 0


def _from_logs(args: argparse.Namespace, cfg: Any, argv: Sequence[str]) -> int:
    """``--from-logs``: re-select saved fits by other rules, record the session, rewrite the report."""
    from pathlib import Path

    from ..search import SELECTIONS
    from . import report, runner

    out = Path(cfg.out)
    for cell in args.from_logs:
        base, _, rule = cell.partition("+")
        if base not in STRATEGIES or rule not in SELECTIONS:
            print(f"bench: --from-logs takes STRATEGY+RULE with a strategy of {', '.join(STRATEGIES)} and a rule of "
                  f"{', '.join(SELECTIONS)}; got {cell!r}", file=sys.stderr)
            return 2
    if not runner.read_rows(out / runner.RUNS):
        print(f"bench: no runs in {out / runner.RUNS} to re-select", file=sys.stderr)
        return 1
    command = " ".join(["python -m iblearn.bench", *map(shlex.quote, argv)])
    new = runner.reselect_session(out, list(args.from_logs), command, args.datasets, args.seeds or None)
    meta = runner.read_json(out / runner.META) or {}
    print(f"bench: {len(new)} re-selected row(s) added to {out / runner.RUNS}", file=sys.stderr)
    print(report.write(out, runner.read_rows(out / runner.RUNS), meta, runner.read_json(out / runner.SPEED)))
    return 0
