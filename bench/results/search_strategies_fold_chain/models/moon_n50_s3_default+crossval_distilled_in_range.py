"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: fb24310fa4b2591d
data_fingerprint: c97fda4903173340
train_score: {'loss': 0.0946, 'log_loss': 0.0946, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0744, 'log_loss': 0.0744, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T21:02:25+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.264, w_b=-8.702, bias=1.321, w_new1=4.895, w_new2=5.364, w_new3=-5.74, t_new1a=0.2251, t_new2b=0.5445, t_new3a=0.9402, w_r0_2=-5.33, t_r0_2b=-0.05253, cal_scale=1.096, cal_shift=0.007591):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.047, 2.029)
    b = np.clip(b, -0.523, 1.038)
    score = w_a * a + w_b * b + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_2 * np.exp(-(b - t_r0_2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -1.047,
                         'max': 2.029,
                         'mean': 0.47668,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.523,
                         'max': 1.038,
                         'mean': 0.25716,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.2641109960701034,
            'w_b': -8.702217710870281,
            'bias': 1.3213555303035152,
            'w_new1': 4.895383289662451,
            'w_new2': 5.363898002629484,
            'w_new3': -5.740196007805933,
            't_new1a': 0.22506592398488215,
            't_new2b': 0.5445394030204656,
            't_new3a': 0.9402348004682924,
            'w_r0_2': -5.329852653233373,
            't_r0_2b': -0.0525299696599575,
            'cal_scale': 1.0964175871279165,
            'cal_shift': 0.00759126628924767},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'fb24310fa4b2591d',
                'train_score': {'loss': 0.0946, 'log_loss': 0.0946, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0744,
                                     'log_loss': 0.0744,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'c97fda4903173340',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34225,
                'completion_tokens': 1125,
                'fit_seconds': 356.47,
                'created': '2026-12-01T21:02:25+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 3,
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 1, 2, 5, 4, 0, 3],
                'pruned': ['score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)',
                           'score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)',
                           'score = score + w_r1_2 * np.exp(-(b - t_r1_2b)**2)',
                           'score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)',
                           'score = score + w_r2_2 * np.exp(-(b - t_r2_2b)**2)',
                           'score = score + w_r3_1 * np.exp(-(a - t_r3_1a)**2)',
                           'score = score + w_r3_2 * np.exp(-(b - t_r3_2b)**2)',
                           'score = score + w_r4_1 * np.exp(-(a - t_r4_1a)**2)',
                           'score = score + w_r4_2 * np.exp(-(b - t_r4_2b)**2)',
                           'score = score + w_r5_1 * np.exp(-(a - t_r5_1a)**2)',
                           'score = score + w_r5_2 * np.exp(-(b - t_r5_2b)**2)',
                           'score = score + w_r6_1 * np.exp(-(a - t_r6_1a)**2)',
                           'score = score + w_r6_2 * np.exp(-(b - t_r6_2b)**2)',
                           'score = score + w_r7_1 * np.exp(-(a - t_r7_1a)**2)',
                           'score = score + w_r7_2 * np.exp(-(b - t_r7_2b)**2)',
                           'score = score + w_r8_1 * np.exp(-(a - t_r8_1a)**2)',
                           'score = score + w_r8_2 * np.exp(-(b - t_r8_2b)**2)',
                           'score = score + w_r9_1 * np.exp(-(a - t_r9_1a)**2)',
                           'score = score + w_r9_2 * np.exp(-(b - t_r9_2b)**2)'],
                'reselected': '2026-12-03T08:59:57+00:00'}}


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
