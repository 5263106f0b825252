"""Judge the diverse-refinement test as declared in bench/preregistered/2026-12-01-diverse-refinement.md.

Reads the two arms' saved fits (runs.jsonl and every search log) and prints, per dataset: the
per-seed test ROC-AUC of both arms, the paired mean difference with its standard error, seeds
better/worse/level (4 decimals), the declared verdict, and per arm the share of valid refinement
steps that added only term shapes their parent already had, the picks' numbers of parameters,
calls, tokens and seconds per fit. No LLM calls; nothing is refitted.

    python bench/results/development/diverse/compare.py            # both arms, the verdict
    python bench/results/development/diverse/compare.py --steps DIR # only the refinement-step count
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))  # bench/, for the harness's paired difference
from search_strategies import paired_difference  # noqa: E402


def grown_terms(code: str) -> Counter:
    """(target, shape) of every ``t = t + w * factor`` line of ``predict``, parameter names as ``T``."""
    try:
        fn = next(n for n in ast.parse(code).body if isinstance(n, ast.FunctionDef) and n.name == "predict")
    except (SyntaxError, StopIteration):
        return Counter()
    params = {a.arg for a in fn.args.args[len(fn.args.args) - len(fn.args.defaults):]}
    params |= {a.arg for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults) if d is not None}
    out: Counter = Counter()
    for st in fn.body:
        if not (isinstance(st, ast.Assign) and isinstance(st.targets[0], ast.Name)):
            continue
        t, v = st.targets[0].id, st.value
        if isinstance(v, ast.BinOp) and isinstance(v.op, ast.Add) and isinstance(v.left, ast.Name) and v.left.id == t:
            factor = _without_weight(v.right, params)
            if factor is None:
                continue
            for node in ast.walk(factor):
                if isinstance(node, ast.Name) and (node.id in params or re.fullmatch(r"t_\w+", node.id)):
                    node.id = "T"
            out[(t, ast.unparse(factor))] += 1
    return out


def _without_weight(term, params: set[str]):
    """The factor of ``w * factor`` (``w`` a parameter; ``w * a * b`` parses as ``(w * a) * b``), else None."""
    if not (isinstance(term, ast.BinOp) and isinstance(term.op, ast.Mult)):
        return None
    if isinstance(term.left, ast.Name) and term.left.id in params:
        return term.right
    inner = _without_weight(term.left, params)
    return None if inner is None else ast.BinOp(inner, ast.Mult(), term.right)


def refinement_steps(candidates: list[dict]) -> tuple[int, int]:
    """(valid refinement steps, of which added only shapes the parent already had), from a search log's candidates."""
    cands = {str(c["id"]): c for c in candidates}
    steps = repeats = 0
    for c in cands.values():
        if c["strategy"] != "refine" or str(c["valid"]) != "True" or c["parent"] in (None, "None"):
            continue
        parent = grown_terms(cands[str(c["parent"])]["code"])
        new = grown_terms(c["code"]) - parent
        if not new:
            continue
        steps += 1
        repeats += all(key in parent for key in new)
    return steps, repeats


def _num(x):
    return float(x) if x not in (None, "None") else float("nan")


def arm(out: Path) -> dict[int, dict]:
    """Per seed: test AUC, LogisticRegression's, calls, tokens, seconds, pick's parameters, steps."""
    rows = [json.loads(line) for line in (out / "runs.jsonl").read_text().splitlines() if line.strip()]
    lr = {int(r["seed"]): _num(r["score"]) for r in rows if r["method"] == "LogisticRegression"}
    res = {}
    for r in rows:
        if r["method"] != "iblearn[default]":
            continue
        seed = int(r["seed"])
        log = json.loads((out / "models" / f"{r['dataset']}_n{r['n']}_s{seed}_default.search.json").read_text())
        steps, repeats = refinement_steps(log["candidates"])
        members = log["provenance"]["members"]
        cands = {str(c["id"]): c for c in log["candidates"]}
        n_params = sum(len(cands[str(m)]["params"]) for m in members)
        res[seed] = dict(auc=_num(r["score"]), lr=lr.get(seed, float("nan")), calls=int(r["llm_calls"]),
                         prompt_tokens=int(r["prompt_tokens"]), completion_tokens=int(r["completion_tokens"]),
                         seconds=_num(r["fit_seconds"]), params=n_params, steps=steps, repeats=repeats,
                         repeated_terms=sum(int(c.get("repeated_terms", 0) or 0) for c in cands.values()),
                         valid=str(r["valid_final"]) == "True")
    return res


def paired(base: dict, rule: dict) -> dict:
    seeds = sorted(set(base) & set(rule))
    d = [rule[s]["auc"] - base[s]["auc"] for s in seeds]
    mean, se, _ = paired_difference({s: rule[s]["auc"] for s in seeds}, {s: base[s]["auc"] for s in seeds})
    level = [round(rule[s]["auc"], 4) == round(base[s]["auc"], 4) for s in seeds]
    better = sum(1 for x, lv in zip(d, level) if x > 0 and not lv)
    worse = sum(1 for x, lv in zip(d, level) if x < 0 and not lv)
    return dict(seeds=seeds, mean_base=sum(base[s]["auc"] for s in seeds) / len(seeds),
                mean_rule=sum(rule[s]["auc"] for s in seeds) / len(seeds), diff=mean, se=se,
                better=better, worse=worse, level=sum(level))


def table(name: str, base: dict, rule: dict) -> list[str]:
    p = paired(base, rule)
    lines = [f"### {name}", "", "| seed | baseline | rule | rule - baseline | LogisticRegression |",
             "|---|---|---|---|---|"]
    for s in p["seeds"]:
        lines.append(f"| {s} | {base[s]['auc']:.4f} | {rule[s]['auc']:.4f} | "
                     f"{rule[s]['auc'] - base[s]['auc']:+.4f} | {base[s]['lr']:.4f} |")
    lines.append(f"| mean | {p['mean_base']:.4f} | {p['mean_rule']:.4f} | {p['diff']:+.4f} ± {p['se']:.4f} | "
                 f"{sum(base[s]['lr'] for s in p['seeds']) / len(p['seeds']):.4f} |")
    lines += ["", f"Rule better on {p['better']}, worse on {p['worse']}, level on {p['level']} (4 decimals).", "",
              "| arm | valid fits | refinement steps adding only shapes the parent had | answers' repeated terms dropped "
              "| pick's parameters (per seed) | calls/fit | prompt tokens/fit | completion tokens/fit | s/fit |",
              "|---|---|---|---|---|---|---|---|---|"]
    for label, a in (("baseline", base), ("rule", rule)):
        v = [a[s] for s in p["seeds"]]
        steps, reps = sum(x["steps"] for x in v), sum(x["repeats"] for x in v)
        lines.append(
            f"| {label} | {sum(x['valid'] for x in v)}/{len(v)} | {reps}/{steps} | {sum(x['repeated_terms'] for x in v)} "
            f"| {' '.join(str(x['params']) for x in v)} | {sum(x['calls'] for x in v) / len(v):.1f} "
            f"| {sum(x['prompt_tokens'] for x in v) / len(v):,.0f} | {sum(x['completion_tokens'] for x in v) / len(v):,.0f} "
            f"| {min(x['seconds'] for x in v):.0f}-{max(x['seconds'] for x in v):.0f} |")
    return lines + [""]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--steps", nargs="*", type=Path, help="only count refinement steps in these search-log dirs")
    args = ap.parse_args()
    if args.steps:
        for d in args.steps:
            counts = [refinement_steps(json.loads(f.read_text())["candidates"]) for f in sorted(d.glob("*.search.json"))]
            print(f"{d}: {sum(r for _, r in counts)} of {sum(s for s, _ in counts)} valid refinement steps "
                  "added only shapes the parent had")
        return
    arms = {ds: (arm(HERE / "baseline" / ds), arm(HERE / "rule" / ds)) for ds in ("pseudo", "moon")}
    pseudo, moon = paired(*arms["pseudo"]), paired(*arms["moon"])
    out = table("pseudo (seeds 45-54)", *arms["pseudo"]) + table("moon (seeds 45-47)", *arms["moon"])
    a = pseudo["mean_rule"] > pseudo["mean_base"] and pseudo["better"] > pseudo["worse"]
    b = moon["mean_rule"] >= moon["mean_base"] - 0.002
    out.append(f"Declared criterion: (a) pseudo {'passes' if a else 'fails'}, (b) moon {'passes' if b else 'fails'}: "
               f"the rule {'becomes the default' if a and b else 'is not adopted'}.")
    print("\n".join(out))


if __name__ == "__main__":
    main()
