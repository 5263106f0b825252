"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 8cf992cac99c3b55
data_fingerprint: e60f78794fb23571
train_score: {'loss': 0.0928, 'log_loss': 0.0928, 'auc': 1.0, 'accuracy': 0.98}
validation_score: {'loss': 0.0594, 'log_loss': 0.0594, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T20:56:28+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.08529, w_b=0.1686, w_c=0.2482, w_d=-0.4634, bias=-1.082, w_new1=-1.111, t_new1a=1.249, w_new2=-3.521, t_new2b=-0.6579, w_new3=2.355, t_new3c=-2.634, w_r0_1=-1.169, t_r0_1a=1.361, w_r0_2=-0.797, t_r0_2b=-0.08851, w_r1_1=-0.237, t_r1_1a=0.02666, w_r1_2=-0.6768, t_r1_2b=-0.02071, w_r2_1=-0.02576, t_r2_1a=-0.01996, w_r2_2=-0.3127, t_r2_2b=-0.0611, w_r3_1=0.1249, t_r3_1a=-0.02132, w_r3_2=-0.01197, t_r3_2b=-0.08385, cal_scale=-0.2027, cal_shift=-0.001037):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (c - t_new3c) * (c - t_new3c)
    score = score + w_r0_1 * (a - t_r0_1a) * (a - t_r0_1a)
    score = score + w_r0_2 * (b - t_r0_2b) * (b - t_r0_2b)
    score = score + w_r1_1 * (a - t_r1_1a) * (a - t_r1_1a)
    score = score + w_r1_2 * (b - t_r1_2b) * (b - t_r1_2b)
    score = score + w_r2_1 * (a - t_r2_1a) * (a - t_r2_1a)
    score = score + w_r2_2 * (b - t_r2_2b) * (b - t_r2_2b)
    score = score + w_r3_1 * (a - t_r3_1a) * (a - t_r3_1a)
    score = score + w_r3_2 * (b - t_r3_2b) * (b - t_r3_2b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.45,
                         'max': 1.74,
                         'mean': 0.019199999999999988,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.75,
                         'max': 1.96,
                         'mean': -0.04139999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.2,
                         'max': 2.81,
                         'mean': 0.14219999999999997,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.68,
                         'max': 3.21,
                         'mean': -0.13900000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.08529099899328092,
            'w_b': 0.16861145112088338,
            'w_c': 0.2481655213412599,
            'w_d': -0.463416212910032,
            'bias': -1.081723958128186,
            'w_new1': -1.11128799635095,
            't_new1a': 1.2492116823984152,
            'w_new2': -3.5206012689516855,
            't_new2b': -0.6578619251343957,
            'w_new3': 2.354568239743358,
            't_new3c': -2.633577928472888,
            'w_r0_1': -1.169210686937037,
            't_r0_1a': 1.3607429544394443,
            'w_r0_2': -0.7969949150614681,
            't_r0_2b': -0.0885075389711854,
            'w_r1_1': -0.23701391187234158,
            't_r1_1a': 0.026658814439467708,
            'w_r1_2': -0.6768122050573395,
            't_r1_2b': -0.020709473391532236,
            'w_r2_1': -0.025759189603686977,
            't_r2_1a': -0.019958057636320487,
            'w_r2_2': -0.31274148169671323,
            't_r2_2b': -0.06110157355221951,
            'w_r3_1': 0.12485935976860271,
            't_r3_1a': -0.021319539050161814,
            'w_r3_2': -0.011972149532317893,
            't_r3_2b': -0.0838543627478637,
            'cal_scale': -0.20268261083221528,
            'cal_shift': -0.0010370457586297353},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [9],
                'prompt_hash': '8cf992cac99c3b55',
                'train_score': {'loss': 0.0928, 'log_loss': 0.0928, 'auc': 1.0, 'accuracy': 0.98},
                'validation_score': {'loss': 0.0594,
                                     'log_loss': 0.0594,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'e60f78794fb23571',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 30555,
                'completion_tokens': 1442,
                'fit_seconds': 430.22,
                'created': '2026-12-01T20:56:28+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 3,
                          'validation_fraction': 0.3},
                'teachers': [8, 9, 7, 6, 12, 15, 11, 4, 5, 2, 13, 0],
                'reselected': '2026-12-02T05:52:10+00:00'}}


# ---- numpy-only wrapper (generated by iblearn) ----
def _inputs(table):
    """Column arrays keyed by the code model's argument names, from {column name: values}."""
    import numpy
    schema = IBLEARN_METADATA["schema"]
    out = {}
    for col in schema["columns"]:
        if col["name"] not in table:
            raise KeyError("missing column %r" % col["name"])
        values = table[col["name"]]
        arr = numpy.asarray(values)
        if col["kind"] == "numeric" and arr.dtype.kind in "fiub" and not col.get("datetime"):
            out[col["ident"]] = arr.astype(float)  # already numbers: no per-value conversion
        elif col["kind"] == "numeric":
            conv = _days if col.get("datetime") else float
            out[col["ident"]] = numpy.array(
                [float("nan") if v in ("", "NA", "nan", "NaT", None) else conv(v) for v in values], dtype=float)
        else:
            out[col["ident"]] = numpy.array(["NA" if v in ("", None) else str(v) for v in values], dtype=str)
    return out


def _days(v):
    """Days since 1970-01-01 (UTC) of an ISO-8601 date or time, as iblearn encoded dates at fit time."""
    import numpy
    s = str(v).strip().replace(" ", "T")
    shift = 0.0
    if s.endswith("Z"):
        s = s[:-1]
    elif len(s) > 10 and s[-6] in "+-" and s[-3] == ":":
        shift = (int(s[-5:-3]) * 60 + int(s[-2:])) * (1 if s[-6] == "+" else -1) / 1440.0
        s = s[:-6]
    return (numpy.datetime64(s, "ms") - numpy.datetime64("1970-01-01", "ms")) / numpy.timedelta64(1, "D") - shift


def predict_table(table):
    """Probabilities (classification: shape (rows,) for binary, (rows, classes) for multiclass) or values."""
    import numpy
    meta = IBLEARN_METADATA
    args = _inputs(table)
    n = len(next(iter(args.values())))
    if meta["matrix_arg"]:
        idents = [c["ident"] for c in meta["schema"]["columns"]]
        raw = predict(**{meta["matrix_arg"]: numpy.column_stack([args[i] for i in idents])})
    else:
        raw = predict(**{c: args[c] for c in meta["columns"]})
    out = numpy.asarray(raw, dtype=float)
    task, link = meta["task"], meta["link"]
    if task == "multiclass":
        k = len(meta["schema"]["classes"])
        if out.shape == (k, n) and n != k:
            out = out.T
        if link == "softmax":
            e = numpy.exp(out - out.max(axis=1, keepdims=True))
            return e / e.sum(axis=1, keepdims=True)
        s = numpy.clip(out, 0, None)
        t = s.sum(axis=1, keepdims=True)
        return numpy.where(t > 0, s / numpy.where(t > 0, t, 1), 1.0 / k)
    out = numpy.broadcast_to(out.reshape(-1) if out.size == n else out, (n,)).astype(float)
    cal = meta.get("calibration")
    if task == "binary":
        if cal is not None:
            if link != "sigmoid":
                q = numpy.clip(out, 1e-6, 1 - 1e-6)
                out = numpy.log(q / (1 - q))
            out = cal[0] * out + cal[1]
            return 1.0 / (1.0 + numpy.exp(-numpy.clip(out, -500, 500)))
        if link == "sigmoid":
            out = 1.0 / (1.0 + numpy.exp(-numpy.clip(out, -500, 500)))
        return numpy.clip(out, 0.0, 1.0)
    return out if cal is None else cal[0] * out + cal[1]


def predict_labels(table):
    """Class labels (classification) or values (regression)."""
    import numpy
    meta = IBLEARN_METADATA
    values = predict_table(table)
    classes = meta["schema"]["classes"]
    if meta["task"] == "binary":
        return [classes[1] if p > 0.5 else classes[0] for p in values]  # ties go to the first class, as in iblearn
    if meta["task"] == "multiclass":
        return [classes[i] for i in numpy.argmax(values, axis=1)]
    return list(values)


if __name__ == "__main__":
    import csv
    import sys
    if len(sys.argv) != 2:
        sys.exit("usage: python %s data.csv" % sys.argv[0])
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    table = {k: [r[k] for r in rows] for k in (rows[0].keys() if rows else [])}
    labels = predict_labels(table)
    writer = csv.writer(sys.stdout)
    meta = IBLEARN_METADATA
    if meta["task"] == "regression":
        writer.writerow(["prediction"])
        writer.writerows([["%.6g" % v] for v in labels])
    else:
        probs = predict_table(table)
        classes = meta["schema"]["classes"]
        if meta["task"] == "binary":
            writer.writerow(["prediction", "proba_%s" % classes[1]])
            writer.writerows([[lab, "%.6g" % p] for lab, p in zip(labels, probs)])
        else:
            writer.writerow(["prediction"] + ["proba_%s" % c for c in classes])
            writer.writerows([[lab] + ["%.6g" % p for p in row] for lab, row in zip(labels, probs)])
