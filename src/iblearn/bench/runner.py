"""The benchmark grid: every (dataset, training size, seed, method) cell, fitted, scored and appended
as one JSON line, so an interrupted run resumes where it stopped.

Methods: the scikit-learn baselines, in-context learning with the LLM (``ICL``) and iblearn with
each strategy asked for (``iblearn[default]`` ...). All are fitted on the same training rows and
scored on the same test set, which nothing ever uses for fitting or selection; every method is
also scored on the ICL subsample of the test set (``sub_*``).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import subprocess
import sys
import time
import traceback
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from . import baselines, datasets, icl
from .metrics import PRIMARY, Prediction, compute, fallback

RUNS = "runs.jsonl"
META = "meta.json"
SPEED = "speed.json"


@dataclass
class Config:
    datasets: list[str]
    sizes: list[int]
    seeds: list[int]
    strategies: list[str] = field(default_factory=lambda: ["default"])
    llm: str | None = None
    max_calls: int | None = None
    max_seconds: float | None = None
    baselines: list[str] | None = None  # None: all five
    icl: bool = True
    icl_batch: int = 10
    icl_rows: int = 100
    icl_train_rows: int = 100
    speed: bool = True
    speed_rows: int = 1_000_000
    speed_loop_rows: int = 1_000_000
    speed_repeat: int = 3
    speed_dataset: str | None = None
    speed_model: str | None = None
    out: str = "bench/results/full"
    cache: bool | str = True
    progress: bool = True
    csv: str | None = None
    target: str | None = None
    quick: bool = False
    command: str = ""
    dask: str | None = None  # None: serial; "local": a LocalCluster; else a scheduler address
    dask_workers: int = 2


def method_names(cfg: Config, task: str) -> list[str]:
    out = baselines.names(task, cfg.baselines)
    if cfg.icl:
        out.append("ICL")
    out += [f"iblearn[{s}]" for s in cfg.strategies]
    return out


# --------------------------------------------------------------------------- results file


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Every complete JSON line; a line cut by an interruption is dropped (and its cell re-run)."""
    rows = []
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except ValueError:
            continue
    return rows


def _repair_tail(path: Path) -> None:
    """Cut a half-written last line so the next append starts on a line of its own."""
    if not path.exists() or path.stat().st_size == 0:
        return
    data = path.read_bytes()
    if not data.endswith(b"\n"):
        with open(path, "r+b") as f:
            f.truncate(data.rfind(b"\n") + 1)


def append_row(path: Path, row: dict[str, Any]) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(row, default=_json_default) + "\n")
        f.flush()
        os.fsync(f.fileno())


def _json_default(o: Any) -> Any:
    if isinstance(o, np.generic):
        return o.item()
    if isinstance(o, np.ndarray):
        return o.tolist()
    return str(o)


def cell_key(row: dict[str, Any]) -> tuple[str, int, int, str]:
    return (row["dataset"], int(row["n"]), int(row["seed"]), row["method"])


# --------------------------------------------------------------------------- machine record


def machine() -> dict[str, Any]:
    import sklearn

    info: dict[str, Any] = {
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scikit_learn": sklearn.__version__,
    }
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        info["ram_gb"] = round(pages * size / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        info["cpu"] = platform.processor() or "unknown"
    try:
        import llama_cpp

        info["llama_cpp_python"] = llama_cpp.__version__
    except ImportError:
        pass
    from .. import __version__

    info["iblearn"] = __version__
    try:
        root = Path(__file__).resolve().parents[3]
        commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, timeout=5).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=5).stdout.strip()
        if commit:
            info["git_commit"] = commit + ("+uncommitted changes" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        pass
    return info


def llm_record(llm: Any) -> dict[str, Any]:
    rec = {"spec": llm.spec, "cache": str(llm.cache.path) if getattr(llm, "cache", None) is not None else None}
    backend = llm.backend
    for attr in ("path", "n_threads", "base_url"):
        v = getattr(backend, attr, None)
        if v is not None:
            rec[attr] = str(v)
    return rec


# --------------------------------------------------------------------------- methods


def _encode(ds: datasets.Dataset, y: np.ndarray) -> np.ndarray:
    if ds.task == "regression":
        return y.astype(float)
    index = {c: j for j, c in enumerate(ds.classes)}
    return np.array([index[v] for v in y], dtype=int)


def _scores(ds: datasets.Dataset, sp: datasets.Split, pred: Prediction) -> dict[str, Any]:
    y = _encode(ds, sp.y_test)
    k = max(2, len(ds.classes))
    full = compute(ds.task, y, pred, k)
    sub = compute(ds.task, y[sp.sub], pred.take(sp.sub), k)
    key = PRIMARY[ds.task]
    return {"metrics": full, "sub_metrics": sub, "score": full[key], "sub_score": sub[key]}


def run_baseline(name: str, ds: datasets.Dataset, sp: datasets.Split) -> dict[str, Any]:
    X_tr, X_te = sp.X_train, sp.X_test
    y_tr = _encode(ds, sp.y_train)
    est = baselines.make(name, ds.task, len(y_tr), sp.seed, X_tr)
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        # scikit-learn 1.9 deprecates SVC(probability=True); the paper's baseline is exactly that
        warnings.filterwarnings("ignore", message=".*`probability` parameter was deprecated", category=FutureWarning)
        est.fit(X_tr, y_tr)
    fit_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    pred = baselines.predict(est, ds.task, X_te)
    return {"kind": "baseline", "fit_seconds": fit_s, "predict_seconds": time.perf_counter() - t0,
            **_scores(ds, sp, pred)}


def run_icl(llm: Any, cfg: Config, ds: datasets.Dataset, sp: datasets.Split) -> dict[str, Any]:
    """ICL predicts only the subsample; its full-test metrics are those on the subsample."""
    X_sub = sp.X_test.iloc[sp.sub].reset_index(drop=True)
    res = icl.predict(llm, sp.X_train, sp.y_train, X_sub, task=ds.task, target=ds.target, classes=ds.classes,
                      batch_size=cfg.icl_batch, max_rows=cfg.icl_train_rows, seed=sp.seed)
    y = _encode(ds, sp.y_test)[sp.sub]
    m = compute(ds.task, y, res.prediction, max(2, len(ds.classes)))
    key = PRIMARY[ds.task]
    return {"kind": "icl", "llm": llm.spec, "metrics": m, "sub_metrics": m, "score": m[key], "sub_score": m[key],
            "predict_seconds": res.seconds, "fallback": res.failed == res.rows, **res.to_json()}


def run_iblearn(llm: Any, cfg: Config, strategy: str, ds: datasets.Dataset, sp: datasets.Split,
                models: Path) -> dict[str, Any]:
    import pandas as pd

    from ..errors import NoValidModelError
    from ..estimators import IBLClassifier, IBLRegressor
    from ..search import DEFAULT_SELECTION

    cls = IBLRegressor if ds.task == "regression" else IBLClassifier
    name, _, selection = strategy.partition("+")  # "default+average": a strategy with another selection rule
    est = cls(llm=llm, strategy=name, selection=selection or DEFAULT_SELECTION, max_calls=cfg.max_calls,
              max_seconds=cfg.max_seconds, random_state=sp.seed)
    mark = llm.ledger.mark()
    row: dict[str, Any] = {"kind": "iblearn", "strategy": strategy, "llm": llm.spec, "max_calls": cfg.max_calls}
    t0 = time.perf_counter()
    log = None
    try:
        est.fit(sp.X_train, pd.Series(sp.y_train, name=ds.target))
        log = est.search_log_
        row["valid_final"] = True
    except NoValidModelError as exc:
        row.update(valid_final=False, error=f"NoValidModelError: {exc}")
        log = getattr(exc, "log", None)  # the search log, where the estimator attaches it
    row["fit_seconds"] = time.perf_counter() - t0
    usage = llm.ledger.since(mark)
    row.update(llm_calls=usage.calls, cached_calls=usage.cached_calls, prompt_tokens=usage.prompt_tokens,
               completion_tokens=usage.completion_tokens)
    if log is not None:
        answers = [c for c in log if c.stage != "llm"]  # an LLM failure is no answer
        first = [c for c in answers if c.repair_of is None]
        row.update(candidates=len(answers), valid_candidates=sum(c.valid for c in answers),
                   first_answers=len(first), valid_first=sum(c.valid for c in first),
                   valid_first_share=(sum(c.valid for c in first) / len(first)) if first else None,
                   llm_errors=len(log) - len(answers))
    elif not row["valid_final"]:
        row["valid_first_share"] = 0.0  # nothing in the fit was valid, first answers included
    if row["valid_final"]:
        model = est.model_
        try:
            t1 = time.perf_counter()
            pred = _predict(est, ds, sp)
            row["predict_seconds"] = time.perf_counter() - t1
            path = est.save(models / f"{ds.name}_n{sp.n}_s{sp.seed}_{strategy}.py")
            row["model_path"] = str(path)
            row["code_lines"] = len(model.source.strip().splitlines())
            row["validation_score"] = model.provenance.get("validation_score")
        finally:
            model.close()
    else:
        pred = fallback(ds.task, _encode(ds, sp.y_train), len(sp.test_idx), max(2, len(ds.classes)))
        row["fallback"] = True
    row.update(_scores(ds, sp, pred))
    return row


def _predict(est: Any, ds: datasets.Dataset, sp: datasets.Split) -> Prediction:
    """A fitted estimator's test-set prediction as the metrics take it (class-1 probability when binary)."""
    if ds.task == "regression":
        return Prediction(np.asarray(est.predict(sp.X_test), dtype=float))
    proba = est.predict_proba(sp.X_test)
    return Prediction(proba[:, 1] if ds.task == "binary" else proba)


def copy_fits(src: Path, out: Path) -> bool:
    """Seed ``out`` with the saved fits of ``src`` that a re-selection starts from: its rows of base methods
    (baselines and ``iblearn[base]``, none of ``base+rule``), their models and search logs, and meta.json.

    Does nothing (False) if ``out`` already has rows, so an interrupted re-selection into it resumes.
    """
    import shutil

    out.mkdir(parents=True, exist_ok=True)
    (out / "models").mkdir(exist_ok=True)
    if (out / RUNS).exists():
        return False
    rows = [r for r in read_rows(src / RUNS) if "+" not in r["method"]]
    tmp = out / (RUNS + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, default=_json_default) + "\n")
    for p in (src / "models").iterdir():
        if "+" not in p.name:
            shutil.copy(p, out / "models" / p.name)
    if (src / META).exists():
        shutil.copy(src / META, out / META)
    os.replace(tmp, out / RUNS)  # last: a half-copied directory does not look seeded
    return True


def reselect_rows(out: Path, strategy: str, datasets_: list[str] | None = None,
                  seeds: list[int] | None = None) -> list[dict[str, Any]]:
    """Rows for ``"base+rule"`` made from the saved ``iblearn[base]`` fits in ``out``, without LLM calls.

    Each fit's logged candidates are chosen again by ``rule`` (what a fit replaying the base fit's
    answers from the response cache would give) and scored on the same test set; the new model is
    saved beside the base one. Every task (binary, multiclass, regression) and training size is
    covered; cells already in runs.jsonl are left as they are, so an interrupted re-selection resumes.
    """
    import pandas as pd

    from ..estimators import load_fitted

    base, _, rule = strategy.partition("+")
    if not base or not rule:
        raise ValueError(f"re-selection needs a STRATEGY+RULE cell such as default+crossval, got {strategy!r}")
    rows = read_rows(out / RUNS)
    done = {(r["dataset"], r["n"], r["seed"]) for r in rows if r["method"] == f"iblearn[{strategy}]"}
    new = []
    for r in rows:
        if (r["method"] != f"iblearn[{base}]" or (datasets_ is not None and r["dataset"] not in datasets_)
                or (seeds is not None and r["seed"] not in seeds) or (r["dataset"], r["n"], r["seed"]) in done
                or not r.get("valid_final")):
            continue
        path = out / "models" / Path(r["model_path"]).name
        ds = datasets.load(r["dataset"], r["seed"])
        sp = datasets.split(ds, r["n"], r["seed"], r["n_sub"])
        est = load_fitted(path, random_state=r["seed"])  # older fits record no split: the defaults, as fitted
        try:  # the saved model's worker is closed also when re-selection itself fails
            t0 = time.perf_counter()
            est.reselect(sp.X_train, pd.Series(sp.y_train, name=ds.target), selection=rule)
            seconds = time.perf_counter() - t0
            pred = _predict(est, ds, sp)
            target = est.save(out / "models" / f"{ds.name}_n{sp.n}_s{sp.seed}_{strategy}.py")
            row = {**r, "method": f"iblearn[{strategy}]", "strategy": strategy, "reselected_from": path.name,
                   "reselect_seconds": seconds, "fit_seconds": r["fit_seconds"] + seconds, "model_path": str(target),
                   "code_lines": len(est.model_.source.strip().splitlines()),
                   "validation_score": est.model_.provenance.get("validation_score"), **_scores(ds, sp, pred)}
        finally:
            est.model_.close()
        append_row(out / RUNS, row)
        new.append(row)
    return new


def reselect_session(out: Path, cells: list[str], command: str, datasets_: list[str] | None = None,
                     seeds: list[int] | None = None, **record: Any) -> list[dict[str, Any]]:
    """:func:`reselect_rows` for every ``STRATEGY+RULE`` cell, recorded as one session in meta.json
    (``record``: more keys for it, e.g. the script's config). Returns the new rows."""
    t0, started = time.perf_counter(), _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    new = [row for cell in cells for row in reselect_rows(out, cell, datasets_, seeds)]
    meta = read_json(out / META) or {}
    meta.setdefault("sessions", []).append({
        "command": command, **record, "from_logs": list(cells), "cells_run": len(new), "started": started,
        "finished": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "wall_seconds": round(time.perf_counter() - t0, 1)})
    write_meta(out, meta)
    return new


# --------------------------------------------------------------------------- the grid


@dataclass
class Cell:
    dataset: str
    n: int
    seed: int
    methods: list[str]


def plan(cfg: Config, done: set[tuple[str, int, int, str]]) -> tuple[list[Cell], list[str]]:
    """Pending cells, seeds outermost (a stopped run has whole seeds done), and the sizes skipped."""
    cells, skipped = [], []
    for seed in cfg.seeds:
        for name in cfg.datasets:
            ds = _dataset(cfg, name, seed)
            for n in cfg.sizes:
                if not datasets.feasible(ds, n):
                    note = f"{name}: n={n} skipped ({len(ds)} rows leave too few for a test set)"
                    if note not in skipped:
                        skipped.append(note)
                    continue
                todo = [m for m in method_names(cfg, ds.task) if (ds.name, n, seed, m) not in done]
                if todo:
                    cells.append(Cell(ds.name, n, seed, todo))
    return cells, skipped


_DATASETS: dict[tuple[str, int], datasets.Dataset] = {}


def _dataset(cfg: Config, name: str, seed: int) -> datasets.Dataset:
    key = (name, seed if name in datasets.SYNTHETIC else 0)
    if key not in _DATASETS:
        if cfg.csv and name == Path(cfg.csv).stem:
            _DATASETS[key] = datasets.load_csv(cfg.csv, cfg.target or "")
        else:
            _DATASETS[key] = datasets.load(name, seed)
    return _DATASETS[key]


class LazyLLM:
    """The run's one LLM, built on first need (a run whose LLM cells are all done never loads it)."""

    def __init__(self, cfg: Config, llm: Any = None):
        self.cfg, self.obj = cfg, llm

    def get(self) -> Any:
        if self.obj is None:
            from ..llm import get_llm

            self.obj = get_llm(self.cfg.llm, cache=self.cfg.cache)
        return self.obj


def run_one(cfg: Config, llm: LazyLLM, dataset: str, n: int, seed: int, method: str, models: Path) -> dict[str, Any]:
    """One (dataset, n, seed, method) result row; a failing method is recorded, not raised."""
    ds = _dataset(cfg, dataset, seed)
    sp = datasets.split(ds, n, seed, cfg.icl_rows)
    row = {"dataset": ds.name, "task": ds.task, "n": n, "seed": seed, "method": method,
           "n_train": len(sp.train_idx), "n_test": len(sp.test_idx), "n_sub": len(sp.sub)}
    t0 = time.perf_counter()
    try:
        if method == "ICL":
            row.update(run_icl(llm.get(), cfg, ds, sp))
        elif method.startswith("iblearn["):
            row.update(run_iblearn(llm.get(), cfg, method[len("iblearn["):-1], ds, sp, models))
        else:
            row.update(run_baseline(method, ds, sp))
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # a broken cell is recorded and scored as a failure, not fatal
        row.update(_failure(method, ds, sp, exc))
    row["wall_seconds"] = round(time.perf_counter() - t0, 3)
    row["finished"] = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    return row


def run_grid(cfg: Config, llm: LazyLLM) -> Iterator[dict[str, Any]]:
    """Run every pending cell, appending each result to the JSONL as soon as it exists."""
    out = Path(cfg.out)
    models = out / "models"
    models.mkdir(parents=True, exist_ok=True)
    runs = out / RUNS
    _repair_tail(runs)
    done = {cell_key(r) for r in read_rows(runs)}
    cells, skipped = plan(cfg, done)
    for note in skipped:
        print(f"bench: {note}", file=sys.stderr)
    total = sum(len(c.methods) for c in cells)
    bar = _bar(total, cfg.progress, len(done))
    if cfg.dask:
        yield from _run_grid_dask(cfg, cells, models, runs, bar)
        return
    try:
        for cell in cells:
            for method in cell.methods:
                bar.set_description(f"{cell.dataset} n={cell.n} seed={cell.seed} {method}")
                row = run_one(cfg, llm, cell.dataset, cell.n, cell.seed, method, models)
                append_row(runs, row)
                bar.update(1)
                yield row
    finally:
        bar.close()


# One LLM per Dask worker process, built on its first LLM cell and kept for the next ones.
_WORKER_LLMS: dict[tuple[str | None, str], LazyLLM] = {}


def _remote_one(cfg: Config, dataset: str, n: int, seed: int, method: str, models: str) -> dict[str, Any]:
    key = (cfg.llm, str(cfg.cache))
    llm = _WORKER_LLMS.setdefault(key, LazyLLM(cfg))
    return run_one(cfg, llm, dataset, n, seed, method, Path(models))


def _run_grid_dask(cfg: Config, cells: list[Cell], models: Path, runs: Path, bar: Any) -> Iterator[dict[str, Any]]:
    """The same cells as the serial run, one Dask task per (cell, method); rows land as tasks finish.

    Every task builds its result from the configuration alone (datasets and splits are seeded,
    LLM answers come from the shared response cache or the back-end), so a row does not depend on
    which worker ran it or in which order. The JSONL is appended in completion order; readers key
    rows by (dataset, n, seed, method).
    """
    from ..engines import dask_client

    client, cluster = dask_client(None if cfg.dask == "local" else cfg.dask, cfg.dask_workers)
    try:
        from dask.distributed import as_completed

        bar.set_description(f"grid on {len(client.scheduler_info()['workers'])} Dask workers")
        futures = [client.submit(_remote_one, cfg, c.dataset, c.n, c.seed, m, str(models), pure=False,
                                 key=f"iblearn-bench-{c.dataset}-{c.n}-{c.seed}-{m}-{time.time_ns()}")
                   for c in cells for m in c.methods]
        for fut in as_completed(futures):
            row = fut.result()
            append_row(runs, row)
            bar.update(1)
            yield row
    finally:
        bar.close()
        client.close()
        if cluster is not None:
            cluster.close()


def _failure(method: str, ds: datasets.Dataset, sp: datasets.Split, exc: Exception) -> dict[str, Any]:
    kind = "icl" if method == "ICL" else ("iblearn" if method.startswith("iblearn[") else "baseline")
    pred = fallback(ds.task, _encode(ds, sp.y_train), len(sp.test_idx), max(2, len(ds.classes)))
    row = {"kind": kind, "error": f"{type(exc).__name__}: {exc}", "fallback": True,
           "traceback": traceback.format_exc(limit=6)[-2000:], **_scores(ds, sp, pred)}
    if kind == "iblearn":
        row.update(strategy=method[len("iblearn["):-1], valid_final=False)
    return row


class _NoBar:
    def set_description(self, _: str) -> None: ...
    def update(self, _: int) -> None: ...
    def close(self) -> None: ...


def _bar(total: int, enabled: bool, done: int) -> Any:
    if not enabled:
        return _NoBar()
    try:
        from tqdm.auto import tqdm
    except ImportError:
        print("bench: install tqdm for a progress bar", file=sys.stderr)
        return _NoBar()

    return tqdm(total=total, unit="run", file=sys.stderr, dynamic_ncols=True,
                postfix={"already done": done} if done else None)


# --------------------------------------------------------------------------- speed


def run_speed(cfg: Config, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Time a code model from this run (or ``cfg.speed_model``) on ``cfg.speed_rows`` rows."""
    from . import speed

    name = cfg.speed_dataset or next(
        (d for d in cfg.datasets if _dataset(cfg, d, cfg.seeds[0]).task != "multiclass"), None)
    if name is None:
        print("bench: no binary or regression dataset in the run; speed check skipped", file=sys.stderr)
        return None
    fitted = [r for r in rows if r["dataset"] == name and r.get("valid_final") and r.get("model_path")
              and Path(r["model_path"]).exists()]
    fitted.sort(key=lambda r: (r.get("strategy") != "default", -r["n"], r["seed"]))
    if cfg.speed_model:
        model_path, n, seed, origin = Path(cfg.speed_model), cfg.sizes[0], cfg.seeds[0], "given"
    elif fitted:
        r = fitted[0]
        model_path, n, seed, origin = Path(r["model_path"]), r["n"], r["seed"], f"fitted in this run ({r['method']})"
    else:
        n, seed = cfg.sizes[0], cfg.seeds[0]
        model_path, origin = None, "fixed linear code model (no valid fitted model in this run)"
    ds = _dataset(cfg, name, seed)
    n = n if datasets.feasible(ds, n) else next(s for s in cfg.sizes if datasets.feasible(ds, s))
    sp = datasets.split(ds, n, seed, cfg.icl_rows)
    if model_path is None:
        model_path = speed.fallback_model(sp.X_train, sp.y_train, ds.task, ds.target, ds.classes,
                                          Path(cfg.out) / "models" / "speed_fallback.py")
    big = datasets.big_table(ds, cfg.speed_rows, seed)
    y_tr = _encode(ds, sp.y_train)
    result = speed.measure(model_path, sp.X_train, y_tr, big, repeat=cfg.speed_repeat,
                           loop_rows=cfg.speed_loop_rows)
    result.update(dataset=name, n=n, seed=seed, model_origin=origin, machine=machine())
    return result


# --------------------------------------------------------------------------- entry


def run(cfg: Config, llm: Any = None) -> Path:
    """Run (or resume) the grid, then the speed check, then write the summary and plots."""
    from . import report

    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    _DATASETS.clear()  # a CSV may have changed since an earlier run in this process
    started = _dt.datetime.now(_dt.timezone.utc)
    t0 = time.perf_counter()
    meta = read_json(out / META) or {}
    session: dict[str, Any] = {"command": cfg.command, "argv": list(sys.argv),
                               "started": started.isoformat(timespec="seconds"), "config": asdict(cfg)}
    meta.setdefault("sessions", []).append(session)
    meta["machine"] = machine()
    new = 0
    lazy = LazyLLM(cfg, llm)
    try:
        for _ in run_grid(cfg, lazy):
            new += 1
    finally:
        session["cells_run"] = new
        session["grid_seconds"] = round(time.perf_counter() - t0, 1)
        session["wall_seconds"] = session["grid_seconds"]
        write_meta(out, meta)
    rows = read_rows(out / RUNS)
    speed_result = read_json(out / SPEED)
    if cfg.speed and (speed_result is None or speed_result.get("rows") != cfg.speed_rows or new):
        t1 = time.perf_counter()
        speed_result = run_speed(cfg, rows)
        if speed_result is not None:
            speed_result["seconds"] = round(time.perf_counter() - t1, 1)
            write_json(out / SPEED, speed_result)
    meta["llm"] = sorted({r["llm"] for r in rows if r.get("llm")})
    if lazy.obj is not None:
        session["llm_backend"] = llm_record(lazy.obj)
    session["finished"] = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    session["wall_seconds"] = round(time.perf_counter() - t0, 1)
    write_meta(out, meta)
    report.write(out, rows, meta, speed_result)
    return out


def _session_key(s: dict[str, Any]) -> tuple[Any, ...]:
    return s.get("command"), s.get("started") or s.get("finished")


def write_meta(out: Path, meta: dict[str, Any]) -> None:
    """Write ``meta.json``, keeping sessions another process recorded there since ``meta`` was read.

    A run holds its meta for hours; a ``--from-logs`` re-selection in the same directory meanwhile
    appends its own session, which a plain write at the end of the run would drop.
    """
    ours = {_session_key(s) for s in meta.get("sessions", [])}
    theirs = [s for s in (read_json(out / META) or {}).get("sessions", []) if _session_key(s) not in ours]
    if theirs:
        meta["sessions"] = sorted(meta.get("sessions", []) + theirs,
                                  key=lambda s: str(s.get("started") or s.get("finished") or ""))
    meta["total_wall_seconds"] = round(sum(s.get("wall_seconds", 0) for s in meta.get("sessions", [])), 1)
    write_json(out / META, meta)


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, obj: Any) -> None:
    from ..codemodel import atomic_write

    atomic_write(path, json.dumps(obj, indent=1, default=_json_default))
