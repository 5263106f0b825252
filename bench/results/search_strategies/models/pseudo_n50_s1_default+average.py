"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 30485fe646f052da
data_fingerprint: cf408d411bd6f9ad
train_score: {'loss': 0.4196, 'log_loss': 0.4196, 'auc': 0.8976, 'accuracy': 0.86}
validation_score: {'loss': 0.5135, 'log_loss': 0.5135, 'auc': 0.7969, 'accuracy': 0.6875}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T03:37:05+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


# member 1
def predict_m1(a, b, c, d, w_a=0.3713, w_b=-0.06456, w_c=0.3441, w_d=0.6701, bias=-0.1554, w_r0_1=-0.2576, t_r0_1c=1.475, w_r0_2=0.6691, t_r0_2c=0.8837, t_r0_1b=-0.7433, t_r0_2b=-0.3875, cal_scale=1.24, cal_shift=-0.03137):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # keep the weights of the columns that matter; drop columns that do not help
    score = score + w_r0_1 * (a - t_r0_1b) * (a - t_r0_1c)
    score = score + w_r0_2 * (b - t_r0_2b) * (b - t_r0_2c)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 2
def predict_m2(a, b, c, d, w_a=0.4033, w_b=-0.09056, w_c=0.4285, w_d=0.6417, bias=-0.1676, w_r0_1=-0.3668, t_r0_1c=1.594, w_r0_2=0.7094, t_r0_2c=0.9103, t_r0_1b=-0.6711, t_r0_2b=-0.3737, w_r2_1=0.08963, t_r2_1c=1.281, w_r2_2=0.01092, t_r2_2c=0.8033, t_r2_1b=-0.9402, t_r2_2b=-0.3504, cal_scale=1.154, cal_shift=-0.01162):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # keep the weights of the columns that matter; drop columns that do not help
    score = score + w_r0_1 * (a - t_r0_1b) * (a - t_r0_1c)
    score = score + w_r0_2 * (b - t_r0_2b) * (b - t_r0_2c)
    score = score + w_r2_1 * (a - t_r2_1b) * (a - t_r2_1c)
    score = score + w_r2_2 * (b - t_r2_2b) * (b - t_r2_2c)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 3
def predict_m3(a, b, c, d, w_a=0.4037, w_b=-0.09029, w_c=0.4286, w_d=0.642, bias=-0.1674, w_r0_1=-0.3662, t_r0_1c=1.594, w_r0_2=0.7095, t_r0_2c=0.9105, t_r0_1b=-0.6718, t_r0_2b=-0.3745, w_r1_1=0.08898, t_r1_1c=1.282, w_r1_2=0.01078, t_r1_2c=0.8031, t_r1_1b=-0.9393, t_r1_2b=-0.3501, cal_scale=1.154, cal_shift=-0.01164):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # keep the weights of the columns that matter; drop columns that do not help
    score = score + w_r0_1 * (a - t_r0_1b) * (a - t_r0_1c)
    score = score + w_r0_2 * (b - t_r0_2b) * (b - t_r0_2c)
    score = score + w_r1_1 * (a - t_r1_1b) * (a - t_r1_1c)
    score = score + w_r1_2 * (b - t_r1_2b) * (b - t_r1_2c)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 4
def predict_m4(a, b, c, d, w_a=0.2868, w_b=-0.05252, w_c=0.2586, w_d=0.7105, bias=-0.03571, cal_scale=1.257, cal_shift=-0.01731):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # keep the weights of the columns that matter; drop columns that do not help
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 5
def predict_m5(a, b, c, d, w_a=0.2756, w_b=0.001688, w_c=0.2634, w_d=0.6268, bias=-0.1071, w_new1=0.5305, w_new2=0.6131, w_new3=-0.8857, t_new1a=-0.7858, t_new2a=0.8632, t_new3a=0.2694, cal_scale=1.404, cal_shift=-0.1027):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 6
def predict_m6(a, b, c, d, w_a=0.06047, w_b=0.08598, w_c=0.4539, w_d=0.5467, bias=-0.5208, w_new1=1.001, w_new2=0.02712, w_new3=0.8324, t_new1a=-1.212, t_new2a=0.89, t_new3a=1.461, cal_scale=1.326, cal_shift=-0.6387):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.where(a > t_new1a, 1.0, 0.0)
    score = score + w_new2 * np.where(a > t_new2a, 1.0, 0.0)
    score = score + w_new3 * np.where(a > t_new3a, 1.0, 0.0)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 7
def predict_m7(a, b, c, d, w_a=0.4136, w_b=-0.2067, w_c=0.399, w_d=0.8292, bias=0.00779, w_new1=0.3217, w_new2=0.04079, w_new3=-0.3633, cal_scale=1.316, cal_shift=-0.09055):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    score = score + w_new2 * a * c
    score = score + w_new3 * a * d
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 8
def predict_m8(a, b, c, d, w_a=0.414, w_b=-0.2094, w_c=0.3974, w_d=0.8293, bias=0.007905, w_new1=0.3236, w_new2=0.04214, w_new3=-0.3635, cal_scale=1.316, cal_shift=-0.09066):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    score = score + w_new2 * a * c
    score = score + w_new3 * a * d
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 9
def predict_m9(a, b, c, d, w_a=0.3844, w_b=0.02747, w_c=0.2826, w_d=0.4148, bias=0.7853, w_new1=1.022, w_new2=-5.766, w_new3=4.643, t_new1a=0.3845, t_new2b=0.4351, t_new3c=-0.5855, cal_scale=2.179, cal_shift=0.1508):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 10
def predict_m10(a, b, c, d, w_a=0.3848, w_b=0.02768, w_c=0.2831, w_d=0.415, bias=0.786, w_new1=1.023, w_new2=-5.77, w_new3=4.646, t_new1a=0.3848, t_new2b=0.4349, t_new3c=-0.5853, cal_scale=2.177, cal_shift=0.1506):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


def predict(a, b, c, d):
    # average of 10 code models, each turned into probabilities first
    p1 = np.clip(np.asarray(predict_m1(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p2 = np.clip(np.asarray(predict_m2(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p3 = np.clip(np.asarray(predict_m3(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p4 = np.clip(np.asarray(predict_m4(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p5 = np.clip(np.asarray(predict_m5(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p6 = np.clip(np.asarray(predict_m6(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p7 = np.clip(np.asarray(predict_m7(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p8 = np.clip(np.asarray(predict_m8(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p9 = np.clip(np.asarray(predict_m9(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p10 = np.clip(np.asarray(predict_m10(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    return (p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9 + p10) / 10
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.75,
                         'max': 2.85,
                         'mean': 0.1986,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.36,
                         'max': 2.35,
                         'mean': 0.12039999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.38,
                         'max': 3.42,
                         'mean': -0.1604,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.31,
                         'max': 3.62,
                         'mean': 0.08080000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [6, 8, 7, 0, 2, 11, 13, 4, 5, 1],
                'prompt_hash': '30485fe646f052da',
                'train_score': {'loss': 0.4196,
                                'log_loss': 0.4196,
                                'auc': 0.8976,
                                'accuracy': 0.86},
                'validation_score': {'loss': 0.5135,
                                     'log_loss': 0.5135,
                                     'auc': 0.7969,
                                     'accuracy': 0.6875},
                'selection': 'average',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'cf408d411bd6f9ad',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 26274,
                'completion_tokens': 1428,
                'fit_seconds': 20.67,
                'created': '2026-11-27T03:37:05+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 1,
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
