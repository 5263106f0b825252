"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: a89cc3af1606a0fa
data_fingerprint: a32a9ab112436b5b
train_score: {'loss': 0.2217, 'log_loss': 0.2217, 'auc': 0.9824, 'accuracy': 0.92}
validation_score: {'loss': 0.1859, 'log_loss': 0.1859, 'auc': 1.0, 'accuracy': 0.9375}
metric: validation rows held out from prompts and fitting
created: 2026-12-02T11:10:02+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.1103, w_b=-0.4468, w_c=0.8344, w_d=-3.472, bias=-0.03278, w_new1=-0.8358, t_new1a=0.2066, w_new2=-0.2828, t_new2b=0.0689, w_new3=0.2923, t_new3c=-1.134, w_r0_1=-0.1543, t_r0_1a=0.04078, w_r0_2=-0.009773, t_r0_2b=0.3817, w_r1_1=-0.02062, t_r1_1a=0.05001, w_r1_2=-0.003582, t_r1_2b=0.3839, w_r2_1=0.01772, t_r2_1a=0.0585, w_r2_2=0.01217, t_r2_2b=0.387, w_r3_1=0.02916, t_r3_1a=0.06213, w_r3_2=0.02543, t_r3_2b=0.3901, w_r4_1=0.03119, t_r4_1a=0.06292, w_r4_2=0.03509, t_r4_2b=0.3935, cal_scale=1.057, cal_shift=0.04599):
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
    score = score + w_r4_1 * (a - t_r4_1a) * (a - t_r4_1a)
    score = score + w_r4_2 * (b - t_r4_2b) * (b - t_r4_2b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.35,
                         'max': 1.12,
                         'mean': -0.157,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.23,
                         'max': 3.05,
                         'mean': 0.22400000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.91,
                         'max': 3.5,
                         'mean': 0.19899999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -0.72,
                         'max': 0.65,
                         'mean': -0.039999999999999994,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.11026765556865104,
            'w_b': -0.446815197564709,
            'w_c': 0.8344484480327751,
            'w_d': -3.472353356235162,
            'bias': -0.032776579597632756,
            'w_new1': -0.8357863843246697,
            't_new1a': 0.20660018595718344,
            'w_new2': -0.2827749587116923,
            't_new2b': 0.06890015013752374,
            'w_new3': 0.29229094875073897,
            't_new3c': -1.134207708475867,
            'w_r0_1': -0.15426084032671614,
            't_r0_1a': 0.040782435133262115,
            'w_r0_2': -0.009773070514707626,
            't_r0_2b': 0.38166979057787676,
            'w_r1_1': -0.020617305260154317,
            't_r1_1a': 0.050010088437322374,
            'w_r1_2': -0.003581949785267609,
            't_r1_2b': 0.3839498535961084,
            'w_r2_1': 0.017715770052957824,
            't_r2_1a': 0.05849689817900663,
            'w_r2_2': 0.01216977938986976,
            't_r2_2b': 0.3869608286179698,
            'w_r3_1': 0.029158304570617563,
            't_r3_1a': 0.06212703449676045,
            'w_r3_2': 0.02543266673454872,
            't_r3_2b': 0.3901093896948248,
            'w_r4_1': 0.03118703535490834,
            't_r4_1a': 0.06291619909157056,
            'w_r4_2': 0.035094146212721125,
            't_r4_2b': 0.39352891081428387,
            'cal_scale': 1.0567953594280768,
            'cal_shift': 0.04598894821605873},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [10],
                'teachers': [12, 9, 10, 8, 7, 6, 3, 14, 4, 1, 15, 2, 11, 0],
                'prompt_hash': 'a89cc3af1606a0fa',
                'train_score': {'loss': 0.2217,
                                'log_loss': 0.2217,
                                'auc': 0.9824,
                                'accuracy': 0.92},
                'validation_score': {'loss': 0.1859,
                                     'log_loss': 0.1859,
                                     'auc': 1.0,
                                     'accuracy': 0.9375},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'a32a9ab112436b5b',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 30871,
                'completion_tokens': 1431,
                'fit_seconds': 1539.93,
                'created': '2026-12-02T11:10:02+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 65,
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
