"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: e2b90806c4405679
data_fingerprint: f601467755d5fc4e
train_score: {'loss': 0.285, 'log_loss': 0.285, 'auc': 0.96, 'accuracy': 0.92}
validation_score: {'loss': 0.3678, 'log_loss': 0.3678, 'auc': 0.9375, 'accuracy': 0.9375}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T03:38:13+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


# member 1
def predict_m1(a, b, c, d, w_a=0.3683, w_b=-0.5464, w_c=-0.5922, w_d=-2.104, bias=-1.734, w_new1=2.176, w_new2=5.054, w_new3=-2.324, t_new1a=0.3706, t_new2b=1.796, t_new3c=0.06051, w_r0_1=1.442, w_r0_2=1.321, t_r0_1a=-1.061, t_r0_2b=-0.1911, cal_scale=2.539, cal_shift=-0.2522):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(b - t_r0_2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 2
def predict_m2(a, b, c, d, w_a=0.4716, w_b=-0.7752, w_c=-0.7827, w_d=-3.085, bias=-2.643, w_new1=2.753, w_new2=6.946, w_new3=-2.781, t_new1a=0.3473, t_new2b=1.789, t_new3c=0.04879, w_r0_1=1.93, w_r0_2=1.569, t_r0_1a=-1.057, t_r0_2b=-0.2008, w_r1_1=-0.2991, w_r1_2=0.4925, t_r1_1a=-0.495, t_r1_2b=-0.002861, cal_scale=2.188, cal_shift=-0.07237):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(b - t_r0_2b)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(b - t_r1_2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 3
def predict_m3(a, b, c, d, w_a=0.2372, w_b=-0.2872, w_c=-0.3916, w_d=-0.7629, bias=-0.03651, w_new1=1.861, w_new2=2.906, w_new3=-1.996, t_new1a=-0.04224, t_new2b=1.908, t_new3c=0.1065, cal_scale=2.431, cal_shift=-0.08854):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 4
def predict_m4(a, b, c, d, w_a=0.2534, w_b=0.3032, w_c=-0.1372, w_d=0.9115, bias=1.195, w_new1=1.653, w_new2=-1.32, w_new3=-2.02, t_new1b=0.07671, t_new2b=0.3923, t_new3b=0.001286, cal_scale=2.256, cal_shift=0.1942):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # keep the weights of the columns that matter; drop columns that do not help
    score = score + w_new1 * np.exp(-(a - t_new1b)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 5
def predict_m5(a, b, c, d, w_a=0.2529, w_b=0.3037, w_c=-0.1379, w_d=0.909, bias=1.195, w_new1=1.653, w_new2=-1.32, w_new3=-2.019, t_new1a=0.07671, t_new2b=0.3923, t_new3c=0.001297, cal_scale=2.257, cal_shift=0.1926):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 6
def predict_m6(a, b, c, d, w_a=0.4086, w_b=0.2415, w_c=-0.3373, w_d=2.182, bias=-0.05038, w_new1=0.2873, t_new1a=0.2434, w_new2=1.006, t_new2b=0.1807, w_new3=0.3083, t_new3c=0.06701, cal_scale=1.494, cal_shift=0.01777):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # keep the weights of the columns that matter; drop columns that do not help
    score = score + w_new1 * a * (b - t_new1a)
    score = score + w_new2 * b * (c - t_new2b)
    score = score + w_new3 * c * (d - t_new3c)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 7
def predict_m7(a, b, c, d, w_a=0.2881, w_b=0.3998, w_c=-0.1162, w_d=2.062, bias=-0.1621, w_new1=-0.6612, t_new1a=-0.2135, w_new2=0.3809, t_new2b=0.1204, w_new3=0.7262, t_new3c=0.4781, cal_scale=1.406, cal_shift=-0.03641):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (c - t_new3c) * (c - t_new3c)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 8
def predict_m8(a, b, c, d, w_a=0.2885, w_b=0.3981, w_c=-0.1168, w_d=2.056, bias=-0.1609, w_new1=-0.661, t_new1a=-0.2118, w_new2=0.3808, t_new2b=0.1189, w_new3=0.726, t_new3c=0.4763, cal_scale=1.406, cal_shift=-0.03683):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (c - t_new3c) * (c - t_new3c)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 9
def predict_m9(a, b, c, d, w_a=0.1648, w_b=0.07751, w_c=-0.1683, w_d=1.103, bias=0.03572, w_new1=-0.4834, w_new2=2.97, w_new3=2.522, cal_scale=2.847, cal_shift=0.006207):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    score = score + w_new2 * c * d
    score = score + w_new3 * a * d
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 10
def predict_m10(a, b, c, d, w_a=0.4169, w_b=0.2822, w_c=-0.3167, w_d=2.363, bias=0.1683, cal_scale=1.211, cal_shift=0.07009):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # keep the weights of the columns that matter; drop columns that do not help
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 11
def predict_m11(a, b, c, d, w_a=0.5963, w_b=0.02861, w_c=-0.4645, w_d=0.1741, bias=0.2141, w_new1=-1.545, w_new2=-1.066, w_new3=3.449, t_new1a=-1.604, t_new2b=0.4328, t_new3c=1.566, cal_scale=2.223, cal_shift=0.1896):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 12
def predict_m12(a, b, c, d, w_a=0.5874, w_b=0.03412, w_c=-0.4764, w_d=0.1742, bias=0.2133, w_new1=-1.548, w_new2=-1.068, w_new3=3.457, t_new1a=-1.603, t_new2b=0.4329, t_new3c=1.566, cal_scale=2.219, cal_shift=0.1919):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 13
def predict_m13(a, b, c, d, w_a=0.4348, w_b=0.36, w_c=-0.3263, w_d=2.332, bias=0.2222, w_new1=-0.4059, w_new2=0.009612, w_new3=-0.3967, cal_scale=1.28, cal_shift=0.1063):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    score = score + w_new2 * a * c
    score = score + w_new3 * a * d
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 14
def predict_m14(a, b, c, d, w_a=0.4199, w_b=0.2082, w_c=-0.3567, w_d=1.696, bias=0.4531, w_new1=0.9046, w_new2=-0.9681, w_new3=-1.421, t_new1a=-1.119, t_new2a=-0.5737, t_new3a=1.804, cal_scale=2.161, cal_shift=0.2275):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 15
def predict_m15(a, b, c, d, w_a=0.4204, w_b=0.2087, w_c=-0.3567, w_d=1.692, bias=0.4531, w_new1=0.9046, w_new2=-0.9679, w_new3=-1.421, t_new1a=-1.119, t_new2a=-0.5738, t_new3a=1.804, cal_scale=2.161, cal_shift=0.2272):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


def predict(a, b, c, d):
    # average of 15 code models, each turned into probabilities first
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
    p11 = np.clip(np.asarray(predict_m11(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p12 = np.clip(np.asarray(predict_m12(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p13 = np.clip(np.asarray(predict_m13(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p14 = np.clip(np.asarray(predict_m14(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    p15 = np.clip(np.asarray(predict_m15(a=a, b=b, c=c, d=d), dtype=float).reshape(-1), 0, 1)
    return (p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9 + p10 + p11 + p12 + p13 + p14 + p15) / 15
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.16,
                         'max': 2.41,
                         'mean': -0.21440000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.42,
                         'max': 2.22,
                         'mean': 0.06359999999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.0,
                         'max': 3.23,
                         'mean': 0.22899999999999995,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -0.58,
                         'max': 0.49,
                         'mean': -0.028199999999999992,
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
                'members': [6, 7, 1, 15, 10, 9, 12, 3, 4, 0, 14, 5, 13, 2, 11],
                'prompt_hash': 'e2b90806c4405679',
                'train_score': {'loss': 0.285, 'log_loss': 0.285, 'auc': 0.96, 'accuracy': 0.92},
                'validation_score': {'loss': 0.3678,
                                     'log_loss': 0.3678,
                                     'auc': 0.9375,
                                     'accuracy': 0.9375},
                'selection': 'average',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'f601467755d5fc4e',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 26985,
                'completion_tokens': 1398,
                'fit_seconds': 26.6,
                'created': '2026-11-27T03:38:13+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 2,
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
