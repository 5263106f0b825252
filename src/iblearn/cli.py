"""``iblearn`` on the command line: fit, predict, reselect, explain, demo, bench.

Results go to stdout, progress and logs to stderr; a failure exits non-zero with one line saying why.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Sequence

from .errors import ConfigError, DataError

# iblearn.search.SELECTIONS, without importing numpy at start-up
SELECTIONS = ("crossval", "simplest", "best", "average", "distilled", "faithful", "crossval_1se",
              "crossval_distilled", "crossval_distilled_in_range")


def _add_fit_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--llm", default=None, help="back-end spec, e.g. local, openai:gpt-4o, ollama:qwen2.5-coder:7b "
                   "(default: $IBLEARN_LLM or local)")
    p.add_argument("--strategy", default="default",
                   choices=["default", "oneshot", "best_of_n", "fit_params", "refine", "bagging"])
    p.add_argument("--selection", default="crossval_distilled_in_range", choices=list(SELECTIONS),
                   help="keep the code of the candidate with the lowest 5-fold cross-validated loss over all "
                   "training rows, its parameters fitted to the average of all candidates, both with inputs held "
                   "to the range of the rows fitted on (crossval_distilled_in_range, the default), the same "
                   "without that (crossval_distilled), that candidate fitted to the labels (crossval), the simplest candidate within "
                   "one standard error of the best on validation, the best on validation, the average of all "
                   "candidates (more accurate, slower to score), the simplest one's code fitted to that average "
                   "(distilled), or of the candidates within one "
                   "standard error, the one that reproduces the average best once fitted to it (faithful), or the "
                   "simplest candidate within one standard error of the lowest cross-validated loss (crossval_1se)")
    p.add_argument("--no-prune", action="store_true", help="keep every term the search wrote (by default, additive "
                   "terms whose removal moves no training prediction by more than 0.02 are taken out)")
    p.add_argument("--max-calls", type=int, default=None, help="LLM calls per fit (default 16; 3 for oneshot)")
    p.add_argument("--max-seconds", type=float, default=None, help="wall-time budget per fit")
    p.add_argument("--max-rows", type=int, default=100, help="rows shown to the LLM at most")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-cache", action="store_true", help="do not read or write the response cache")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iblearn",
        description="Inductive-bias Learning: an LLM writes a small, readable Python model of your table.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("fit", help="fit a code model on a CSV/Parquet file and save it as a .py file")
    p.add_argument("data", help="CSV or Parquet file with the target column")
    p.add_argument("--target", required=True, help="name of the column to predict")
    p.add_argument("--task", default="auto", choices=["auto", "binary", "multiclass", "regression"])
    p.add_argument("-o", "--output", default="model.py", help="where to write the code model (default model.py)")
    _add_fit_options(p)

    p = sub.add_parser("predict", help="predict with a saved code model")
    p.add_argument("model", help="a .py file written by iblearn fit")
    p.add_argument("data", help="CSV or Parquet file with the model's feature columns")
    p.add_argument("-o", "--output", default=None,
                   help="write predictions to this CSV or Parquet file (default: CSV on stdout); "
                        "with --engine spark, a directory of CSV parts")
    g = p.add_argument_group("scale (see README: Scoring large data)")
    g.add_argument("--engine", default="auto", choices=["auto", "memory", "stream", "dask", "spark"],
                   help="memory: read the whole file; stream: chunks with bounded memory; dask/spark: score on "
                        "that engine (extras iblearn[dask], iblearn[spark]); auto: stream files over 256 MB")
    g.add_argument("--chunk-rows", type=int, default=200_000, help="rows per chunk when streaming (default 200000)")
    g.add_argument("--scheduler", default=None, help="Dask scheduler address (default: a LocalCluster on this machine)")
    g.add_argument("--workers", type=int, default=None, help="LocalCluster worker processes (default: CPU count)")
    g.add_argument("--master", default="local[*]", help="Spark master URL (default local[*])")

    p = sub.add_parser("reselect", help="list a saved model's candidates, or choose again among them (no LLM calls)")
    p.add_argument("model", help="a .py file written by iblearn fit, with its search log (.search.json) beside it")
    p.add_argument("data", nargs="?", help="the CSV or Parquet file the model was fitted on (not needed with --list)")
    p.add_argument("--target", help="name of the target column in DATA")
    p.add_argument("--list", action="store_true", help="print the search log's candidates and exit")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--selection", default=None, choices=list(SELECTIONS),
                   help="the rule to apply (default: the one the fit used)")
    g.add_argument("--candidate", type=int, default=None, help="keep this candidate (its id in --list)")
    p.add_argument("--no-prune", action="store_true", help="keep every term of the chosen code")
    p.add_argument("-o", "--output", default=None, help="where to write the new model (never MODEL itself)")

    p = sub.add_parser("explain", help="print a saved model's code, provenance and a plain-language account")
    p.add_argument("model")
    p.add_argument("--llm", default=None, help="back-end that writes the explanation (default: the model's own)")
    p.add_argument("--no-llm", action="store_true", help="only print the code and provenance")

    p = sub.add_parser("demo", help="fit on a bundled real dataset with the embedded model; compare with LogisticRegression")
    p.add_argument("--dataset", default="iris", choices=["iris", "breast_cancer", "wine", "diabetes"],
                   help="bundled scikit-learn dataset (default iris: 4 columns, a fit takes minutes on 2 cores)")
    p.add_argument("--n-train", type=int, default=60, help="training rows (the rest is the held-out test set)")
    _add_fit_options(p)
    p.set_defaults(max_calls=8)

    p = sub.add_parser("bench", help="run the benchmark (the IBL paper's experiment and more)")
    p.add_argument("args", nargs=argparse.REMAINDER, help="options of python -m iblearn.bench (see --help there)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["bench"]:  # every option belongs to the harness, which parses its own
        from .bench import main as bench_main

        return bench_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from . import __version__

        print(__version__)
        return 0
    if not args.command:
        parser.print_help()
        return 2
    from .errors import IblearnError

    try:
        return COMMANDS[args.command](args)
    except IblearnError as exc:
        print(f"iblearn: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"iblearn: interrupted{_interrupted_note(args)}", file=sys.stderr)
        return 130


def _interrupted_note(args: argparse.Namespace) -> str:
    """What an interrupt left behind: outputs are written atomically, answers are cached one by one."""
    if args.command != "fit":
        return ""
    note = f"; {args.output} was not written"
    if not args.no_cache:
        note += " (the LLM answers received so far are cached: run the same command again to resume)"
    return note


def _estimator(task: str, args: argparse.Namespace) -> Any:
    from .estimators import IBLClassifier, IBLRegressor

    cls = IBLRegressor if task == "regression" else IBLClassifier
    return cls(llm=args.llm, strategy=args.strategy, selection=args.selection, prune=not args.no_prune,
               max_calls=args.max_calls,
               max_seconds=args.max_seconds, max_rows=args.max_rows, random_state=args.seed,
               cache=not args.no_cache, progress=not args.quiet)


def cmd_fit(args: argparse.Namespace) -> int:
    from .data import infer_task, read_table, split_target
    from .errors import DataError

    df = read_table(args.data)
    X, y = split_target(df, args.target)
    if len(X) == 0:
        raise DataError(f"{args.data} has no rows")
    task = infer_task(y) if args.task == "auto" else args.task
    if args.task == "multiclass" and infer_task(y) == "binary":
        raise DataError("--task multiclass needs at least three classes")
    import pandas as pd

    est = _estimator(task, args)
    _log(f"fitting a {task} code model of {args.target!r} on {len(X)} rows x {X.shape[1]} columns with "
         f"{est.llm or 'the default LLM'} ({args.strategy})")
    est.fit(X, pd.Series(y, name=args.target))
    out = est.save(args.output)
    print(est.model_.readable())
    prov = est.model_.provenance
    _log(f"saved {out} (search log: {out.with_suffix('.search.json')}); validation {prov.get('validation_score')}, "
         f"{prov.get('llm_calls')} LLM calls, {prov.get('fit_seconds')} s")
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    from .codemodel import load
    from .engines import predictions_frame

    model = load(args.model)
    engine = args.engine
    if engine == "auto":
        big = Path(args.data).exists() and Path(args.data).stat().st_size > 256 * 2**20
        engine = "stream" if big else "memory"
    if engine != "memory":
        model.close()
        return _predict_at_scale(args, engine)
    from .data import read_table

    df = read_table(args.data)
    try:
        out = predictions_frame(model, df)
    finally:
        model.close()
    if args.output:
        from .engines import write_frame

        write_frame(out, args.output)
        _log(f"wrote {len(out)} predictions to {args.output}")
    else:
        out.to_csv(sys.stdout, index=False)
    return 0


def _predict_at_scale(args: argparse.Namespace, engine: str) -> int:
    """Score with bounded memory (stream) or on an engine the user runs (Dask, Spark)."""
    from . import engines

    if engine == "stream":
        rows = engines.score_file(args.model, args.data, args.output, chunk_rows=args.chunk_rows, progress=True)
        if args.output:
            _log(f"wrote {rows} predictions to {args.output}")
        return 0
    if engine == "dask":
        return _predict_dask(args)
    return _predict_spark(args)


def _predict_dask(args: argparse.Namespace) -> int:
    from . import engines

    path = Path(args.data)
    if not path.exists():
        raise DataError(f"file {path} does not exist")
    client, cluster = engines.dask_client(args.scheduler, args.workers)
    try:
        import dask.dataframe as dd

        ddf = dd.read_parquet(str(path)) if path.suffix.lower() in (".parquet", ".pq") else dd.read_csv(str(path))
        preds = engines.score_dask(args.model, ddf)
        _log(f"scoring {ddf.npartitions} partitions on {len(client.scheduler_info()['workers'])} Dask workers")
        if not args.output:
            for i, part in enumerate(preds.to_delayed()):
                part.compute().to_csv(sys.stdout, index=False, header=i == 0)
            return 0
        out = Path(args.output)
        tmp = out.with_name(f".{out.name}.tmp")
        if out.suffix.lower() in (".parquet", ".pq"):
            preds.to_parquet(str(tmp), write_index=False)
        else:
            preds.to_csv(str(tmp), single_file=True, index=False)
        os.replace(tmp, out)
        _log(f"wrote predictions to {out}")  # len(preds) would score every partition a second time
        return 0
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _predict_spark(args: argparse.Namespace) -> int:
    from . import engines

    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ConfigError("--engine spark needs PySpark (and Java 17+); run: pip install 'iblearn[spark]'") from exc
    if not args.output:
        raise ConfigError("--engine spark writes a directory of CSV parts: give one with -o DIR")
    path = Path(args.data)
    if not path.exists():
        raise DataError(f"file {path} does not exist")
    spark = SparkSession.builder.master(args.master).appName("iblearn predict").getOrCreate()
    try:
        if path.suffix.lower() in (".parquet", ".pq"):
            sdf = spark.read.parquet(str(path))
        else:
            sdf = spark.read.csv(str(path), header=True, inferSchema=True)
        scored = engines.score_spark(args.model, sdf)  # the data's columns, then the prediction columns
        scored.select(*scored.columns[len(sdf.columns):]).write.mode("errorifexists").csv(str(args.output), header=True)
        _log(f"wrote predictions to {args.output}/ (CSV parts)")
        return 0
    finally:
        spark.stop()


def cmd_explain(args: argparse.Namespace) -> int:
    from .codemodel import load

    model = load(args.model)
    print(model.readable())
    prov = model.provenance
    rows = [(k, prov[k]) for k in ("llm", "strategy", "validation_score", "train_score", "llm_calls", "created") if k in prov]
    print(_table(["provenance", "value"], [[k, json.dumps(v) if isinstance(v, dict) else str(v)] for k, v in rows]))
    if not args.no_llm:
        from .llm import get_llm
        from .prompting import explain_messages

        spec = args.llm or prov.get("llm") or None
        llm = get_llm(spec)
        _log(f"asking {llm.spec} for an explanation ...")
        print()
        print(llm.complete(explain_messages(model.source, model.schema), max_tokens=400, tag="explain").text.strip())
    return 0


def load_dataset(name: str) -> tuple[Any, Any, str]:
    """A bundled scikit-learn dataset as (X DataFrame, y Series, task)."""
    from sklearn import datasets

    loader = {"breast_cancer": datasets.load_breast_cancer, "iris": datasets.load_iris,
              "wine": datasets.load_wine, "diabetes": datasets.load_diabetes}[name]
    bunch = loader(as_frame=True)
    X, y = bunch.data, bunch.target.rename("target")
    task = "regression" if name == "diabetes" else ("binary" if y.nunique() == 2 else "multiclass")
    return X, y, task


def cmd_demo(args: argparse.Namespace) -> int:
    import numpy as np
    from sklearn.linear_model import LinearRegression, LogisticRegression
    from sklearn.metrics import accuracy_score, r2_score, roc_auc_score
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X, y, task = load_dataset(args.dataset)
    strat = y if task != "regression" else None
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, train_size=args.n_train, random_state=args.seed, stratify=strat)
    est = _estimator(task, args)
    _log(f"demo: {args.dataset} ({task}), {len(X_tr)} training rows, {len(X_te)} held-out test rows, "
         f"LLM {args.llm or 'local (embedded Qwen2.5-Coder-0.5B)'}, strategy {args.strategy}, "
         f"at most {args.max_calls} LLM calls")
    t0 = time.perf_counter()
    est.fit(X_tr, y_tr)
    fit_s = time.perf_counter() - t0
    if task == "regression":
        base = make_pipeline(StandardScaler(), LinearRegression()).fit(X_tr, y_tr)
        metric, ibl, ref = "R2", r2_score(y_te, est.predict(X_te)), r2_score(y_te, base.predict(X_te))
        base_name = "LinearRegression"
    elif task == "binary":
        base = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X_tr, y_tr)
        metric = "ROC-AUC"
        ibl = roc_auc_score(y_te, est.predict_proba(X_te)[:, 1])
        ref = roc_auc_score(y_te, base.predict_proba(X_te)[:, 1])
        base_name = "LogisticRegression"
    else:
        base = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(X_tr, y_tr)
        metric, ibl, ref = "accuracy", accuracy_score(y_te, est.predict(X_te)), accuracy_score(y_te, base.predict(X_te))
        base_name = "LogisticRegression"
    print("The code model iblearn found:\n")
    print(est.model_.readable())
    u = est.usage_
    print(_table(
        ["model", f"held-out {metric}", "notes"],
        [["iblearn code model", f"{ibl:.3f}", f"{u.calls} LLM calls, {u.prompt_tokens}+{u.completion_tokens} tokens, "
          f"{fit_s:.0f} s"],
         [base_name, f"{ref:.3f}", "scikit-learn, same training rows"]],
    ))
    print(f"\n{len(X_te)} test rows never seen during fitting or model selection; seed {args.seed}.")
    del np
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import main as bench_main

    return bench_main(args.args)


def cmd_reselect(args: argparse.Namespace) -> int:
    """Re-rank a fit's logged candidates on the rows it was fitted on; the LLM is never asked."""
    import pandas as pd

    from .data import read_table, split_target
    from .estimators import load_fitted
    from .search.base import Candidate

    model_path = Path(args.model)
    log_path = model_path.with_suffix(".search.json")
    if not log_path.is_file():
        raise DataError(f"{log_path} not found: reselect chooses among the candidates `iblearn fit` logs beside "
                        "the model")
    if args.list:
        saved = json.loads(log_path.read_text(encoding="utf-8"))
        log = [Candidate(**c) for c in saved["candidates"]]
        print(_candidates_table(log, saved.get("provenance", {}).get("members", [])))
        return 0
    if not args.data or not args.target or not args.output:
        raise ConfigError("reselect needs DATA (the rows the model was fitted on), --target and -o/--output "
                          "(or --list)")
    if Path(args.output).resolve() == model_path.resolve():
        raise ConfigError(f"-o {args.output} is the model being read; write the new choice to another file")
    est = load_fitted(model_path, prune=not args.no_prune)
    if "validation_fraction" not in est.split_:
        est.model_.close()
        raise DataError(f"{model_path} does not record its validation split (saved by an older iblearn); refit it")
    X, y = split_target(read_table(args.data), args.target)
    est.reselect(X, pd.Series(y, name=args.target), selection=args.selection, candidate=args.candidate)
    try:
        out = est.save(args.output)
        print(est.model_.readable())
        prov = est.model_.provenance
        _log(f"saved {out}: members {prov.get('members')} ({prov.get('selection')}), validation "
             f"{prov.get('validation_score')}; no LLM calls")
    finally:
        est.model_.close()
    return 0


def _candidates_table(log: list[Any], chosen: list[int]) -> str:
    rows = []
    for c in log:
        loss = c.validation.get("loss") if c.valid else None
        rows.append([str(c.id), ("*" if c.id in chosen else ""), c.strategy, c.hint or "-",
                     "-" if c.parent is None else str(c.parent), "valid" if c.valid else f"{c.stage}",
                     "-" if loss is None else f"{loss:.4f}", str(len(c.params)) if c.valid else "-"])
    return _table(["id", "kept", "strategy", "hint", "parent", "outcome", "validation loss", "parameters"], rows)


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: "  ".join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


COMMANDS = {"fit": cmd_fit, "predict": cmd_predict, "reselect": cmd_reselect, "explain": cmd_explain,
            "demo": cmd_demo, "bench": cmd_bench}

if __name__ == "__main__":
    sys.exit(main())
