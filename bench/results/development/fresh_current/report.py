"""Report the declared measurement (bench/preregistered/2026-12-02-fresh-dev-measurement.md).

Reads ``pseudo/runs.jsonl`` and ``moon/runs.jsonl`` here and prints, per dataset, every finished
seed: the default's held-out ROC-AUC next to LogisticRegression, KNN and linear SVC on the same
rows; the paired mean difference to each baseline with its standard error and the seeds above and
below; valid first answers, calls, tokens and wall time per fit. No LLM calls; nothing is refitted.

    python bench/results/development/fresh_current/report.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))  # bench/, for the harness's paired difference
from search_strategies import paired_difference  # noqa: E402

DEFAULT = "iblearn[default]"
BASELINES = ("LogisticRegression", "KNeighbors", "SVC(linear)")


def report(dataset: str) -> list[str]:
    path = HERE / dataset / "runs.jsonl"
    if not path.exists():
        return [f"## {dataset}: not run"]
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by = {m: {r["seed"]: r for r in rows if r["method"] == m} for m in (DEFAULT, *BASELINES)}
    seeds = sorted(by[DEFAULT])
    out = [f"## {dataset}: {len(seeds)} finished seed(s) {seeds}", "",
           "| seed | default | " + " | ".join(BASELINES) + " | valid first | calls | prompt + completion tokens | fit s |",
           "|---" * (6 + len(BASELINES)) + "|"]
    for s in seeds:
        d = by[DEFAULT][s]
        base = " | ".join(f"{by[b][s]['score']:.4f}" for b in BASELINES)
        out.append(f"| {s} | {d['score']:.4f} | {base} | {d['valid_first']}/{d['first_answers']} | {d['llm_calls']} | "
                   f"{d['prompt_tokens']} + {d['completion_tokens']} | {d['fit_seconds']:.0f} |")
    if not seeds:
        return out
    a = {s: by[DEFAULT][s]["score"] for s in seeds}
    out += ["", f"default mean {sum(a.values()) / len(a):.4f}"]
    for b in BASELINES:
        o = {s: by[b][s]["score"] for s in seeds}
        diff = paired_difference(a, o)
        assert diff is not None
        above = sum(a[s] > o[s] for s in seeds)
        out.append(f"- against {b} ({sum(o.values()) / len(o):.4f}): {diff[0]:+.4f} ± {diff[1]:.4f} "
                   f"(above on {above} of {len(seeds)} seeds, below on {len(seeds) - above})")
    return out


if __name__ == "__main__":
    print("\n".join(line for ds in ("pseudo", "moon") for line in [*report(ds), ""]))
