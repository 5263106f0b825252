"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: f0bbe4a7a6a12c3f
data_fingerprint: 22b19ef2bbf9e5ea
train_score: {'loss': 0.2011, 'log_loss': 0.2011, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.1954, 'log_loss': 0.1954, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T03:41:10+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


# member 1
def predict_m1(a, b, w_a=2.982, w_b=-3.87, bias=-1.091, w_new1=2.184, w_new2=2.149, w_new3=-3.466, t_new1a=-0.2192, t_new2a=-0.218, t_new3a=1.125, w_r0_1=0.4733, w_r0_2=-0.3028, t_r0_1a=-0.1338, t_r0_2a=0.86, w_r1_1=0.1592, w_r1_2=-0.09085, t_r1_1a=-0.03628, t_r1_2a=0.7672, w_r2_1=0.05256, w_r2_2=-0.03581, t_r2_1a=-0.01112, t_r2_2a=0.7569, cal_scale=1.635, cal_shift=-0.002987):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 2
def predict_m2(a, b, w_a=2.744, w_b=-3.602, bias=-0.9467, w_new1=2.037, w_new2=2.009, w_new3=-3.294, t_new1a=-0.2053, t_new2a=-0.202, t_new3a=1.113, w_r0_1=0.4372, w_r0_2=-0.2908, t_r0_1a=-0.1182, t_r0_2a=0.8575, w_r1_1=0.1266, w_r1_2=-0.07745, t_r1_1a=-0.02677, t_r1_2a=0.7638, cal_scale=1.751, cal_shift=-0.01372):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 3
def predict_m3(a, b, w_a=3.176, w_b=-4.069, bias=-1.22, w_new1=2.3, w_new2=2.262, w_new3=-3.591, t_new1a=-0.2333, t_new2a=-0.234, t_new3a=1.138, w_r0_1=0.4981, w_r0_2=-0.311, t_r0_1a=-0.1457, t_r0_2a=0.8631, w_r1_1=0.1809, w_r1_2=-0.09773, t_r1_1a=-0.04444, t_r1_2a=0.7683, w_r2_1=0.07264, w_r2_2=-0.04243, t_r2_1a=-0.01466, t_r2_2a=0.7573, w_r3_1=0.02419, w_r3_2=-0.01743, t_r3_1a=-0.007759, t_r3_2a=0.7553, cal_scale=1.559, cal_shift=0.00802):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
    score = score + w_r3_1 * np.exp(-(a - t_r3_1a)**2)
    score = score + w_r3_2 * np.exp(-(a - t_r3_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 4
def predict_m4(a, b, w_a=2.435, w_b=-3.23, bias=-0.7785, w_new1=1.853, w_new2=1.827, w_new3=-3.051, t_new1a=-0.1914, t_new2a=-0.1878, t_new3a=1.105, w_r0_1=0.3791, w_r0_2=-0.2671, t_r0_1a=-0.09613, t_r0_2a=0.8518, cal_scale=1.945, cal_shift=-0.02811):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 5
def predict_m5(a, b, w_a=1.982, w_b=-2.64, bias=-0.5822, w_new1=1.625, w_new2=1.603, w_new3=-2.719, t_new1a=-0.1844, t_new2a=-0.176, t_new3a=1.098, cal_scale=2.36, cal_shift=-0.03872):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 6
def predict_m6(a, b, w_a=1.829, w_b=-3.298, bias=0.4155, w_new1=3.015, w_new2=-1.321, w_new3=-2.566, t_new1a=-0.1611, t_new2b=-0.4677, t_new3a=1.084, cal_scale=2.519, cal_shift=0.05718):
    score = w_a * a + w_b * b + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 7
def predict_m7(a, b, w_a=-1.314, w_b=-2.593, bias=1.585, w_new1=0.274, t_new1a=0.07332, w_new2=-1.637, t_new2b=0.6773, w_new3=1.596, t_new3a=1.778, cal_scale=2.145, cal_shift=0.2134):
    score = w_a * a + w_b * b + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * a**2 * (a - t_new1a)
    score = score + w_new2 * b**2 * (b - t_new2b)
    score = score + w_new3 * a**2 * (a - t_new3a)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 8
def predict_m8(a, b, w_a=0.2965, w_b=-2.601, bias=0.3062, w_new1=0.14, t_new1a=-0.06038, w_new2=0.408, t_new2b=0.3688, w_new3=-0.04123, t_new3a=0.7589, cal_scale=1.397, cal_shift=0.03653):
    score = w_a * a + w_b * b + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (a - t_new3a) * (a - t_new3a)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 9
def predict_m9(a, b, w_a=0.2965, w_b=-2.6, bias=0.3063, w_new1=0.1401, t_new1a=-0.06033, w_new2=0.4081, t_new2b=0.3692, w_new3=-0.04123, t_new3a=0.7589, cal_scale=1.397, cal_shift=0.0363):
    score = w_a * a + w_b * b + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (a - t_new3a) * (a - t_new3a)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 10
def predict_m10(a, b, w_a=0.481, w_b=-2.695, bias=0.3516, cal_scale=1.378, cal_shift=0.1056):
    score = w_a * a + w_b * b + bias
    # keep the weights of the columns that matter; drop columns that do not help
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 11
def predict_m11(a, b, w_a=0.321, w_b=-2.708, bias=0.3067, w_new1=0.1471, t_new1a=-0.03336, w_new2=0.377, t_new2b=0.2656, w_new3=-0.05233, t_new3a=0.7887, cal_scale=1.437, cal_shift=0.06933):
    score = w_a * a + w_b * b + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * a * (a - t_new1a)
    score = score + w_new2 * b * (b - t_new2b)
    score = score + w_new3 * a * (a - t_new3a)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 12
def predict_m12(a, b, w_a=0.3211, w_b=-2.708, bias=0.3067, w_new1=0.1469, t_new1a=-0.03351, w_new2=0.3771, t_new2b=0.2657, w_new3=-0.05217, t_new3a=0.7887, cal_scale=1.437, cal_shift=0.06933):
    score = w_a * a + w_b * b + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * a * (a - t_new1a)
    score = score + w_new2 * b * (b - t_new2b)
    score = score + w_new3 * a * (a - t_new3a)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 13
def predict_m13(a, b, w_a=0.3736, w_b=-2.829, bias=0.3982, w_new1=0.3716, cal_scale=1.386, cal_shift=0.1081):
    score = w_a * a + w_b * b + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 14
def predict_m14(a, b, w_a=0.3736, w_b=-2.829, bias=0.3982, w_new1=0.3716, cal_scale=1.386, cal_shift=0.1082):
    score = w_a * a + w_b * b + bias
    # keep the weights of the columns that matter; drop columns that do not help
    score = score + w_new1 * a * b
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 15
def predict_m15(a, b, w_a=0.3791, w_b=-2.83, bias=0.3999, w_new1=0.1186, w_new2=0.1186, w_new3=0.1186, cal_scale=1.383, cal_shift=0.1045):
    score = w_a * a + w_b * b + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    score = score + w_new2 * a * b
    score = score + w_new3 * a * b
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 16
def predict_m16(a, b, w_a=0.6244, w_b=-2.391, bias=0.1739, w_new1=-0.0909, t_new1b=-0.06721, w_new2=0.06286, t_new2b=0.1239, w_new3=0.4192, t_new3b=0.534, t_new1a=-0.08574, t_new2a=0.3883, t_new3a=1.232, cal_scale=1.337, cal_shift=0.05862):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * (b - t_new1a) * (a - t_new1b)
    score = score + w_new2 * (a - t_new2a) * (b - t_new2b)
    score = score + w_new3 * (a - t_new3a) * (b - t_new3b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


def predict(a, b):
    # average of 16 code models, each turned into probabilities first
    p1 = np.clip(np.asarray(predict_m1(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p2 = np.clip(np.asarray(predict_m2(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p3 = np.clip(np.asarray(predict_m3(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p4 = np.clip(np.asarray(predict_m4(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p5 = np.clip(np.asarray(predict_m5(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p6 = np.clip(np.asarray(predict_m6(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p7 = np.clip(np.asarray(predict_m7(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p8 = np.clip(np.asarray(predict_m8(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p9 = np.clip(np.asarray(predict_m9(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p10 = np.clip(np.asarray(predict_m10(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p11 = np.clip(np.asarray(predict_m11(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p12 = np.clip(np.asarray(predict_m12(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p13 = np.clip(np.asarray(predict_m13(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p14 = np.clip(np.asarray(predict_m14(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p15 = np.clip(np.asarray(predict_m15(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    p16 = np.clip(np.asarray(predict_m16(a=a, b=b), dtype=float).reshape(-1), 0, 1)
    return (p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9 + p10 + p11 + p12 + p13 + p14 + p15 + p16) / 16
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.978,
                         'max': 2.05,
                         'mean': 0.4163,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.589,
                         'max': 1.037,
                         'mean': 0.24838000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [8, 7, 9, 6, 2, 1, 11, 3, 13, 0, 15, 5, 14, 10, 4, 12],
                'prompt_hash': 'f0bbe4a7a6a12c3f',
                'train_score': {'loss': 0.2011, 'log_loss': 0.2011, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.1954,
                                     'log_loss': 0.1954,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'average',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '22b19ef2bbf9e5ea',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 22132,
                'completion_tokens': 1245,
                'fit_seconds': 19.09,
                'created': '2026-11-27T03:41:10+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 4,
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
