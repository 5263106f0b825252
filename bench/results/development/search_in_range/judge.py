"""Judge the declared rule (bench/preregistered/2026-12-02-search-in-range.md) from the re-selected rows.

Pairs, per fit, the test ROC-AUC of ``default+crossval_distilled`` (the built default, clamp included:
the reference) and ``default+crossval_distilled_in_range`` (the rule), prints per seed, the paired
difference with its standard error, seeds better/worse/level and the verdict; and checks the
reference against the clamped re-scoring of the same saved fits (`../clamp_inputs/development.json`),
which it should equal wherever its pick is unchanged. Writes judge.txt's numbers to judge.json.

    python bench/results/development/search_in_range/judge.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[3] / "bench"))  # the harness's paired difference
from search_strategies import paired_difference  # noqa: E402

REF, RULE = "iblearn[default+crossval_distilled]", "iblearn[default+crossval_distilled_in_range]"
LEVEL = 0.0005
APART = {70}  # suggested the clamp: reported, not judged


def rows() -> dict[str, dict[int, dict[str, dict]]]:
    found: dict[str, dict[int, dict[str, dict]]] = {"pseudo": {}, "moon": {}}
    for f in sorted(HERE.glob("*/runs.jsonl")):
        for line in f.read_text().splitlines():
            r = json.loads(line)
            r["_models"] = f.parent / "models"
            found[r["dataset"]].setdefault(r["seed"], {})[r["method"]] = r
    return found


def main() -> None:
    clamped = json.loads((HERE.parent / "clamp_inputs/development.json").read_text())
    out: dict = {}
    for name, by_seed in rows().items():
        pairs = {s: (m[REF]["metrics"]["roc_auc"], m[RULE]["metrics"]["roc_auc"], m) for s, m in sorted(by_seed.items())
                 if REF in m and RULE in m}
        print(f"## {name}: {len(pairs)} fits")
        same_as_rescored, gaps = [], []
        for s, (a, b, m) in pairs.items():
            rescored = clamped.get(name, {}).get(str(s))
            note = ""
            if rescored is not None:
                same = abs(rescored[1] - a) < 1e-9
                same_as_rescored.append(same)
                gaps.append(abs(rescored[1] - a))
                note = "  = clamped re-scoring" if same else f"  (clamped re-scoring {rescored[1]:.4f})"
            code_same = _code(m[REF]) == _code(m[RULE])
            print(f"  seed {s}: reference {a:.4f}  in range {b:.4f}  ({b - a:+.4f}){'  same code' if code_same else ''}{note}")
        judged = {s: v for s, v in pairs.items() if s not in APART}
        if not judged:
            continue
        diff = paired_difference({s: v[1] for s, v in judged.items()}, {s: v[0] for s, v in judged.items()})
        better = sum(v[1] - v[0] > LEVEL for v in judged.values())
        worse = sum(v[0] - v[1] > LEVEL for v in judged.values())
        m0, m1 = float(np.mean([v[0] for v in judged.values()])), float(np.mean([v[1] for v in judged.values()]))
        print(f"  judged ({len(judged)} fits{', without seed 70' if APART & set(pairs) else ''}): reference {m0:.4f}, "
              f"in range {m1:.4f}, {diff[0]:+.4f} ± {diff[1]:.4f}; better on {better}, worse on {worse}, "
              f"level on {len(judged) - better - worse}")
        print(f"  reference equals the clamped re-scoring on {sum(same_as_rescored)} of {len(same_as_rescored)} fits"
              + (f" (at most {max(gaps):.5f} apart on the others)" if gaps and max(gaps) > 1e-9 else ""))
        passed = (m1 > m0 and better > worse) if name == "pseudo" else (m1 >= m0 - 0.002)
        print(f"  condition {'(a)' if name == 'pseudo' else '(b)'}: {'passes' if passed else 'fails'}")
        out[name] = {"by_seed": {str(s): [v[0], v[1]] for s, v in pairs.items()}, "reference": m0, "in_range": m1,
                     "difference": diff[0], "se": diff[1], "better": better, "worse": worse, "passes": passed}
    (HERE / "judge.json").write_text(json.dumps(out, indent=1), encoding="utf-8")


def _code(row: dict) -> str:
    """The saved model's function (the file beside its runs.jsonl, whatever path the row recorded)."""
    text = (row["_models"] / Path(row["model_path"]).name).read_text()
    return text.split("# ---- code model", 1)[-1].split("# ---- end of code model", 1)[0]


if __name__ == "__main__":
    main()
