"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: eb6818166f0b4cb5
data_fingerprint: 69eb3302442de8d8
train_score: {'loss': 0.1281, 'log_loss': 0.1281, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0531, 'log_loss': 0.0531, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-02T17:59:35+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=1.973, w_b=-6.995, bias=0.6697, w_new1=4.574, w_new2=-3.545, w_new3=-5.277, t_new1a=0.3027, t_new2b=-0.04744, t_new3a=0.7541, w_r0_1=0.3301, w_r0_2=2.262, t_r0_1a=0.2475, t_r0_2b=0.493, w_r1_1=0.1201, w_r1_2=1.008, t_r1_1a=0.3671, t_r1_2b=0.6334, w_r2_1=0.08207, w_r2_2=0.2218, t_r2_1a=0.3888, t_r2_2b=0.4107, w_r3_1=0.05781, w_r3_2=0.09214, t_r3_1a=0.3991, t_r3_2b=0.2914, w_r4_1=0.03825, w_r4_2=0.02689, t_r4_1a=0.4052, t_r4_2b=0.2356, cal_scale=1.015, cal_shift=-0.04852):
    score = w_a * a + w_b * b + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(b - t_r0_2b)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(b - t_r1_2b)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(b - t_r2_2b)**2)
    score = score + w_r3_1 * np.exp(-(a - t_r3_1a)**2)
    score = score + w_r3_2 * np.exp(-(b - t_r3_2b)**2)
    score = score + w_r4_1 * np.exp(-(a - t_r4_1a)**2)
    score = score + w_r4_2 * np.exp(-(b - t_r4_2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.985,
                         'max': 2.026,
                         'mean': 0.37565999999999994,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.555,
                         'max': 0.971,
                         'mean': 0.21286000000000005,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 1.9728765993241888,
            'w_b': -6.994570990550408,
            'bias': 0.6697243423687584,
            'w_new1': 4.574110812199737,
            'w_new2': -3.5449633472336215,
            'w_new3': -5.27657060160965,
            't_new1a': 0.3026985607728877,
            't_new2b': -0.04743843423885613,
            't_new3a': 0.7541242309061841,
            'w_r0_1': 0.3300815052346341,
            'w_r0_2': 2.262017283463396,
            't_r0_1a': 0.24753054505347122,
            't_r0_2b': 0.4930161987110111,
            'w_r1_1': 0.12014566487882325,
            'w_r1_2': 1.007715490967658,
            't_r1_1a': 0.36711482035636,
            't_r1_2b': 0.6334120034942171,
            'w_r2_1': 0.08206845958806513,
            'w_r2_2': 0.22182891463706667,
            't_r2_1a': 0.38884459146732114,
            't_r2_2b': 0.41065137668756413,
            'w_r3_1': 0.05780680029325371,
            'w_r3_2': 0.09214116942572058,
            't_r3_1a': 0.399135295893436,
            't_r3_2b': 0.29143064903091825,
            'w_r4_1': 0.038248411540264274,
            'w_r4_2': 0.026888250220906375,
            't_r4_1a': 0.4052245651153182,
            't_r4_2b': 0.2355889174717948,
            'cal_scale': 1.0151578723318113,
            'cal_shift': -0.048517682997939036},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [10],
                'teachers': [9, 8, 10, 7, 6, 1, 13, 12, 14, 4, 0, 11, 3],
                'prompt_hash': 'eb6818166f0b4cb5',
                'train_score': {'loss': 0.1281, 'log_loss': 0.1281, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0531,
                                     'log_loss': 0.0531,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '69eb3302442de8d8',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 23805,
                'completion_tokens': 1227,
                'fit_seconds': 1682.58,
                'created': '2026-12-02T17:59:35+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 66,
                          'validation_fraction': 0.3}}}


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
