#!/usr/bin/env python
"""Issue 7: scoring throughput at 10 million rows, and the streaming path's memory.

1. Rows per second for reading a CSV and scoring every row with a saved code model:
   one process (whole file in memory), one process streaming in chunks, and Dask LocalClusters
   with 1 and 2 worker processes (one thread each), as ratios to the single process.
2. Peak memory (resident set of the whole process tree: the CLI and its sandbox worker) of
   ``iblearn predict --engine stream`` on files of 1, 2, 5 and 10 million rows.

    PYTHONPATH=src python bench/scale_out.py                     # ~10 min on 2 cores
    PYTHONPATH=src python bench/scale_out.py --rows 1000000      # a quick look

Writes ``bench/results/scale_out/{scale_out.json,scale_out.md,throughput.png,memory.png}``.
The model is a code model fitted by the benchmark run (moon, n = 50, seed 0, default strategy).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from iblearn import engines  # noqa: E402
from iblearn.bench.runner import machine  # noqa: E402
from iblearn.codemodel import load  # noqa: E402

OUT = ROOT / "bench" / "results" / "scale_out"
MODEL = ROOT / "bench" / "results" / "full" / "models" / "moon_n50_s0_default.py"


def make_csv(path: Path, rows: int, names: Sequence[str], seed: int = 0) -> None:
    """Moon-like rows (two columns at 3 decimals), written in blocks so making the file stays small in memory."""
    rng = np.random.default_rng(seed)
    block = 1_000_000
    with path.open("w", encoding="utf-8") as fh:
        fh.write(",".join(names) + "\n")
        for start in range(0, rows, block):
            n = min(block, rows - start)
            x = np.column_stack([rng.uniform(-1.5, 2.5, n), rng.uniform(-1.0, 1.5, n)])
            np.savetxt(fh, x, fmt="%.3f", delimiter=",")


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, stack, seen = 0, [pid], set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak process-tree RSS (sampled every 20 ms) of one command."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.02)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    done.set()
    t.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {err.decode()[-2000:]}")
    return time.perf_counter() - t0, peak


def warm(text: str) -> int:
    """Check the model and start its sandbox worker in this process, outside the timed part."""
    model, lock = engines.model_from_text(text)
    names = model.schema.names
    with lock:
        engines.predictions_frame(model, pd.DataFrame({n: [0.0, 1.0] for n in names}))
    return os.getpid()


def single_process(model_path: Path, csv: Path) -> tuple[float, float]:
    model = load(model_path)
    try:
        engines.predictions_frame(model, pd.DataFrame({n: [0.0, 1.0] for n in model.schema.names}))  # worker up
        t0 = time.perf_counter()
        df = pd.read_csv(csv)
        out = engines.predictions_frame(model, df)
        total = float(out["proba_1"].sum())
        return time.perf_counter() - t0, total
    finally:
        model.close()


def streaming(model_path: Path, csv: Path, chunk_rows: int) -> tuple[float, float]:
    warm(engines.artifact_text(model_path))
    t0 = time.perf_counter()
    total = sum(float(b["proba_1"].sum()) for b in engines.score_stream(model_path, csv, chunk_rows=chunk_rows))
    return time.perf_counter() - t0, total


def on_dask(model_path: Path, csv: Path, workers: int, blocksize: str) -> tuple[float, float, int]:
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None, processes=True) as cluster, \
            Client(cluster) as client:
        pids = client.run(warm, engines.artifact_text(model_path))  # workers and their sandboxes up first
        assert len(pids) == workers
        t0 = time.perf_counter()
        ddf = dd.read_csv(str(csv), blocksize=blocksize)
        total = float(engines.score_dask(model_path, ddf)["proba_1"].sum().compute())
        return time.perf_counter() - t0, total, ddf.npartitions


def plots(result: dict[str, Any], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tp = result["throughput"]
    names = [r["mode"] for r in tp["runs"]]
    rates = [r["rows_per_second"] / 1e6 for r in tp["runs"]]
    fig, ax = plt.subplots(figsize=(7, 3.6))
    bars = ax.barh(names, rates, color=["#888888", "#aaaaaa", "#4c72b0", "#dd8452"][: len(names)])
    for b, r in zip(bars, tp["runs"]):
        ax.text(b.get_width(), b.get_y() + b.get_height() / 2, f" {r['ratio_to_single']:.2f}x", va="center")
    ax.set_xlabel("million rows per second (read CSV + score)")
    ax.set_title(f"Scoring {tp['rows'] / 1e6:.0f}M rows with a saved code model ({result['machine']['cores']} cores)")
    ax.invert_yaxis()
    fig.tight_layout()
    fig.savefig(out / "throughput.png", dpi=120)
    plt.close(fig)

    mem = result["memory"]["runs"]
    fig, ax = plt.subplots(figsize=(6, 3.6))
    ax.plot([m["rows"] / 1e6 for m in mem], [m["peak_rss_mb"] for m in mem], "o-", label="iblearn predict --engine stream")
    ax.set_xlabel("rows in the file (millions)")
    ax.set_ylabel("peak RSS of process tree (MB)")
    ax.set_ylim(0, max(m["peak_rss_mb"] for m in mem) * 1.3)
    ax.set_title(f"Streaming memory (chunks of {result['memory']['chunk_rows']:,} rows)")
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(out / "memory.png", dpi=120)
    plt.close(fig)


def markdown(result: dict[str, Any]) -> str:
    m = result["machine"]
    tp, mem = result["throughput"], result["memory"]
    lines = ["# Scoring beyond one process (issue 7)", "",
             f"- Command: `{result['command']}`",
             f"- Date: {result['date']}; machine: {m.get('cpu', '?')}, {m['cores']} cores, {m['ram_gb']} GB RAM, "
             f"{m['platform']}, Python {m['python']}",
             f"- Model: `{result['model']}` (a code model fitted by the embedded 0.5B model in the benchmark run)",
             "- Every mode reads the same CSV and scores every row in the sandbox; the sums of the predicted "
             "probabilities agree across modes to 6 decimals (summation order differs by chunking): "
             + ("yes" if tp["all_equal"] else "**no**") + ". Row-for-row equality with one process is what "
             "`tests/test_engines.py` checks, on 1,000,000 rows.", "",
             f"## Throughput, {tp['rows']:,} rows", "",
             "| mode | seconds | rows / s | ratio to one process |", "|---|---|---|---|"]
    for r in tp["runs"]:
        lines.append(f"| {r['mode']} | {r['seconds']:.1f} | {r['rows_per_second']:,.0f} | {r['ratio_to_single']:.2f}x |")
    lines += ["", "![throughput](throughput.png)", "",
              f"## Streaming memory (`iblearn predict --engine stream --chunk-rows {mem['chunk_rows']}`)", "",
              "| rows in file | file MB | seconds | peak RSS of CLI + sandbox worker (MB) |", "|---|---|---|---|"]
    for r in mem["runs"]:
        lines.append(f"| {r['rows']:,} | {r['file_mb']:.0f} | {r['seconds']:.1f} | {r['peak_rss_mb']:.0f} |")
    lines += ["", f"Peak memory grows {mem['growth_ratio']:.2f}x while the file grows "
              f"{mem['runs'][-1]['rows'] / mem['runs'][0]['rows']:.0f}x.", "", "![memory](memory.png)", ""]
    if result.get("notes"):
        lines += ["## Notes", "", *[f"- {n}" for n in result["notes"]], ""]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rows", type=int, default=10_000_000)
    p.add_argument("--memory-rows", type=int, nargs="+", default=[1_000_000, 2_000_000, 5_000_000, 10_000_000])
    p.add_argument("--chunk-rows", type=int, default=200_000)
    p.add_argument("--blocksize", default="64MB", help="Dask read_csv block size")
    p.add_argument("--model", type=Path, default=MODEL)
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--report-only", action="store_true", help="rewrite the markdown and plots from the JSON")
    args = p.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.report_only:
        result = json.loads((args.out / "scale_out.json").read_text())
        (args.out / "scale_out.md").write_text(markdown(result))
        plots(result, args.out)
        return 0
    command = " ".join(["python bench/scale_out.py", *argv])
    tmp = Path(tempfile.mkdtemp(prefix="iblearn-dist-"))
    runs: list[dict[str, Any]] = []
    try:
        big = tmp / f"rows_{args.rows}.csv"
        print(f"writing {args.rows:,} rows to {big}", file=sys.stderr)
        names = load(args.model).schema.names
        make_csv(big, args.rows, names)
        sums = {}
        secs, sums["single process"] = single_process(args.model, big)
        runs.append({"mode": "single process", "seconds": secs})
        secs, sums["single process, streamed"] = streaming(args.model, big, args.chunk_rows)
        runs.append({"mode": "single process, streamed", "seconds": secs})
        for w in (1, 2):
            secs, sums[f"Dask, {w} worker{'s' if w > 1 else ''}"], parts = on_dask(args.model, big, w, args.blocksize)
            runs.append({"mode": f"Dask, {w} worker{'s' if w > 1 else ''}", "seconds": secs, "partitions": parts})
        base = runs[0]["seconds"]
        for r in runs:
            r["rows_per_second"] = args.rows / r["seconds"]
            r["ratio_to_single"] = base / r["seconds"]
            r["sum_proba_1"] = sums[r["mode"]]
            print(f"{r['mode']}: {r['seconds']:.1f} s, {r['rows_per_second']:,.0f} rows/s", file=sys.stderr)
        all_equal = len({round(v, 6) for v in sums.values()}) == 1

        mem_runs = []
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        for n in sorted(args.memory_rows):
            path = big if n == args.rows else tmp / f"rows_{n}.csv"
            if not path.exists():
                make_csv(path, n, names)
            out = tmp / f"preds_{n}.csv"
            secs, peak = run_measured([sys.executable, "-m", "iblearn.cli", "predict", str(args.model), str(path),
                                       "--engine", "stream", "--chunk-rows", str(args.chunk_rows), "-o", str(out)], env)
            mem_runs.append({"rows": n, "file_mb": path.stat().st_size / 2**20, "seconds": secs,
                             "peak_rss_mb": peak / 2**20})
            print(f"stream {n:,} rows: {secs:.1f} s, peak {peak / 2**20:.0f} MB", file=sys.stderr)
            out.unlink()
            if path != big:
                path.unlink()
    finally:
        for f in tmp.iterdir():
            f.unlink()
        tmp.rmdir()
    result = {
        "command": command,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": {**machine(), "platform": platform.platform()},
        "model": str(args.model.relative_to(ROOT)) if args.model.is_relative_to(ROOT) else str(args.model),
        "throughput": {"rows": args.rows, "blocksize": args.blocksize, "chunk_rows": args.chunk_rows, "runs": runs,
                       "all_equal": all_equal},
        "memory": {"chunk_rows": args.chunk_rows, "runs": mem_runs,
                   "growth_ratio": mem_runs[-1]["peak_rss_mb"] / mem_runs[0]["peak_rss_mb"]},
        "notes": [
            "Every mode starts its sandbox worker(s) before the clock (Dask: on every worker process), so the "
            "times compare reading and scoring, not start-up.",
            "On 2 cores the Dask client, scheduler and each worker's sandbox share the same two cores, so "
            "2 workers cannot reach 2x; the point is that scoring spreads over whatever workers a cluster has.",
        ],
    }
    (args.out / "scale_out.json").write_text(json.dumps(result, indent=2) + "\n")
    (args.out / "scale_out.md").write_text(markdown(result))
    plots(result, args.out)
    print(markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
