"""Exploration on saved development fits (no LLM calls): the distilled student with straight terms added.

Usage: python explore.py DIR OUT.jsonl SEED...   (DIR: a results directory with saved default fits of pseudo or moon)
For each seed: crossval's lead distilled from the average (the default), and the same lead with
``w_lin_<column> * <column>`` added to its score for every column (add_linear_terms below), distilled
from the same average on the same rows; test ROC-AUC of both, of the teacher and of LogisticRegression.
A record of the exploration, not part of the harness.
"""
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

from iblearn.bench import datasets as bench_datasets
from iblearn.bench import runner
from iblearn.codegen import _bound_names, _entry, _is_sigmoid, _signature_end, _apply_edits
from iblearn.data import column_inputs
from iblearn.estimators import load_fitted
from iblearn.search import _refit, _split, _teachers, distil, teaching_rows, val_predictions
from iblearn.search.base import Budget, Data, FitContext, predict_candidate
from iblearn.search.crossval import cross_validated


def add_linear_terms(source, task, link, columns):
    """``w_lin_<column> * <column>`` for each column added to the entry's score, each weight starting at 0
    (the score: each ``return X`` of score-returning functions, ``S`` in ``1 / (1 + np.exp(-S))``)."""
    import ast
    tree = ast.parse(source)
    entry = _entry(tree)
    if entry is None or not columns:
        return None
    returns, stack = [], list(entry.body)
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Return):
            returns.append(n)
        if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(n))
    if not returns or any(r.value is None for r in returns):
        return None
    nodes = []
    for r in returns:
        if task == "binary" and link == "sigmoid":
            nodes.append(r.value)
        elif task == "binary" and link == "identity" and (s := _is_sigmoid(r.value)) is not None:
            nodes.append(s)
        else:
            return None
    taken = _bound_names(tree)
    names = [f"w_lin_{c}" for c in columns]
    assert not set(names) & taken
    terms = " + ".join(f"{n} * {c}" for n, c in zip(names, columns))
    edits = []
    for node in nodes:
        seg = ast.get_source_segment(source, node) or ast.unparse(node)
        seg = seg if isinstance(node, (ast.Name, ast.Constant, ast.Call, ast.Attribute, ast.Subscript)) else f"({seg})"
        new = f"{seg} + {terms}"
        edits.append((node.lineno, node.col_offset, node.end_lineno or node.lineno, node.end_col_offset or 0,
                      new if link == "sigmoid" else f"({new})"))
    added = {n: 0.0 for n in names}
    edits.append(_signature_end(entry, source, added))
    return _apply_edits(source, edits), added


out = Path(sys.argv[1])
dest = Path(sys.argv[2])
seeds = [int(s) for s in sys.argv[3:]]
rows = {(r["dataset"], r["seed"], r["method"]): r for r in runner.read_rows(out / runner.RUNS)}
dataset = next(k[0] for k in rows)

for seed in seeds:
    t0 = time.time()
    r = rows[(dataset, seed, "iblearn[default]")]
    ds = bench_datasets.load(dataset, seed)
    sp = bench_datasets.split(ds, r["n"], seed, r["n_sub"])
    est = load_fitted(out / "models" / Path(r["model_path"]).name, random_state=seed)
    _, schema, inputs, y_enc, y_arr = est._training_rows(sp.X_train, pd.Series(sp.y_train, name=ds.target))
    test_in = column_inputs(pd.DataFrame(sp.X_test).set_axis(schema.names, axis=1), schema)
    classes = list(est.classes_)
    y_test = np.array([classes.index(v) for v in sp.y_test])
    test = Data(test_in, y_test, np.asarray(sp.y_test))
    all_data = Data(inputs, y_enc, y_arr)
    split = getattr(est, "split_", {})
    fit_idx, val_idx, _ = _split(y_enc, schema.task, "default", split.get("validation_fraction", 0.3),
                                 split.get("seed", seed))
    ctx = FitContext(None, schema, all_data.take(fit_idx), all_data.take(val_idx), Budget(max_calls=0),
                     seed=seed, log=list(est.search_log_))
    valid = ctx.best(k=len(ctx.log))
    vp = val_predictions(ctx, valid)
    teachers = _teachers(ctx, valid, vp)
    ranked = [x for x in cross_validated(ctx, valid, all_data) if x.pred is not None]
    lead = _refit(ctx, ranked[0].candidate, all_data)
    auc = lambda c: float(roc_auc_score(y_test, predict_candidate(ctx, c, test)))
    res = {"dataset": dataset, "seed": seed, "lr": rows[(dataset, seed, "LogisticRegression")]["score"],
           "lead_id": lead.id, "lead_params": len(lead.params), "teachers": len(teachers),
           "lead_labels": auc(lead)}
    idents = [c for c in lead.columns if all_data.inputs[c].dtype.kind == "f"]
    added = add_linear_terms(lead.code or "", schema.task, lead.link, idents) if not lead.matrix_arg else None
    res["lin_form"] = added is not None
    if added is not None:
        wide = replace(lead, code=added[0], params={**lead.params, **added[1]})
        res["lin_labels"] = auc(_refit(ctx, wide, all_data))
    if teachers:
        refit = {lead.id: lead}
        ts = [refit.get(t.id) or _refit(ctx, t, all_data) for t in teachers]
        res["teacher"] = float(roc_auc_score(y_test, np.mean([predict_candidate(ctx, t, test) for t in ts], axis=0)))
        taught = teaching_rows(ctx, ts, all_data, ctx.seed)
        res["default"] = auc(distil(ctx, lead, ts, all_data, taught))
        if added is not None:
            d = distil(ctx, wide, ts, all_data, taught)
            res["lin"] = auc(d)
            res["lin_code"] = d.code
    else:
        res["default"] = res["lead_labels"]
        res["lin"] = res.get("lin_labels")
    res["seconds"] = round(time.time() - t0, 1)
    print(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in res.items() if k != "lin_code"}),
          flush=True)
    with open(dest, "a") as f:
        f.write(json.dumps(res) + "\n")
    est.model_.close()
