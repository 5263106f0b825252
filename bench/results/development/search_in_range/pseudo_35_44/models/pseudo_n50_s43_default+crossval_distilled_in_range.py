"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 0388a6f3249780e7
data_fingerprint: 7a6e96ccdc59bfc8
train_score: {'loss': 0.1249, 'log_loss': 0.1249, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0739, 'log_loss': 0.0739, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T15:01:48+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-0.7724, w_b=-0.4792, w_c=1.369, w_d=0.0953, bias=0.08286, w_new1=-0.5541, t_new1a=-0.4036, w_new2=-0.1573, t_new2b=-0.103, w_new3=0.3757, t_new3c=-0.8164, w_r0_1=0.0426, t_r0_1a=0.2672, w_r0_2=-0.04013, t_r0_2b=-0.05864, w_r1_1=0.03921, t_r1_1a=0.2658, w_r1_2=-0.02508, t_r1_2b=-0.05706, w_r2_1=0.04207, t_r2_1a=0.2661, w_r2_2=-0.0202, t_r2_2b=-0.05658, w_r3_1=0.04538, t_r3_1a=0.2665, w_r3_2=-0.01741, t_r3_2b=-0.05654, cal_scale=1.031, cal_shift=0.04115):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -2.85, 2.08)
    b = np.clip(b, -1.63, 2.07)
    c = np.clip(c, -2.78, 1.92)
    d = np.clip(d, -2.93, 2.66)
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
                         'min': -2.85,
                         'max': 2.08,
                         'mean': 0.15419999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.63,
                         'max': 2.07,
                         'mean': -0.0692,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.78,
                         'max': 1.92,
                         'mean': -0.05060000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.93,
                         'max': 2.66,
                         'mean': 0.13260000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': -0.7724133616650407,
            'w_b': -0.47923849254916173,
            'w_c': 1.369022590756626,
            'w_d': 0.09529656599143793,
            'bias': 0.08285899268693094,
            'w_new1': -0.5540637447891344,
            't_new1a': -0.40362892670664946,
            'w_new2': -0.15734616878009786,
            't_new2b': -0.10304019110960737,
            'w_new3': 0.3757056389015484,
            't_new3c': -0.8163524532550115,
            'w_r0_1': 0.04259807366079337,
            't_r0_1a': 0.2672034274802651,
            'w_r0_2': -0.040128512643266924,
            't_r0_2b': -0.05864266486208308,
            'w_r1_1': 0.03920653155469823,
            't_r1_1a': 0.2657602137876453,
            'w_r1_2': -0.025083810170881363,
            't_r1_2b': -0.05705739955412131,
            'w_r2_1': 0.042069955092793807,
            't_r2_1a': 0.26614817201156155,
            'w_r2_2': -0.020197711370378672,
            't_r2_2b': -0.056577046135003944,
            'w_r3_1': 0.045383519979535145,
            't_r3_1a': 0.26654563927927694,
            'w_r3_2': -0.017410019977827963,
            't_r3_2b': -0.0565356189205348,
            'cal_scale': 1.0308548902749342,
            'cal_shift': 0.041151434240294896},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [9],
                'prompt_hash': '0388a6f3249780e7',
                'train_score': {'loss': 0.1249, 'log_loss': 0.1249, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0739,
                                     'log_loss': 0.0739,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '7a6e96ccdc59bfc8',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 29075,
                'completion_tokens': 1431,
                'fit_seconds': 307.73,
                'created': '2026-12-01T15:01:48+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 43,
                          'validation_fraction': 0.3},
                'teachers': [9, 8, 7, 6, 3, 14, 4, 11, 13, 10, 15, 12, 5, 2, 1, 0],
                'reselected': '2026-12-02T14:54:40+00:00'}}


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
