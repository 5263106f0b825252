"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: e7032cb2ac72f1de
data_fingerprint: d35e355e98577e59
train_score: {'loss': 0.0797, 'log_loss': 0.0797, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.1057, 'log_loss': 0.1057, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T03:36:13+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


# member 1
def predict_m1(a, b, c, d, w_a=1.271, w_b=-0.2177, w_c=0.5489, w_d=1.286, bias=1.227, w_new1=-5.3, t_new1a=1.714, w_new2=-4.256, t_new2b=0.4274, w_new3=1.893, t_new3c=-5.317, w_r0_1=-3.739, t_r0_1a=1.425, w_r0_2=-2.444, t_r0_2b=0.6253, w_r1_1=-0.5632, t_r1_1a=0.4105, w_r1_2=-1.177, t_r1_2b=0.8056, cal_scale=0.217, cal_shift=-0.004625):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (c - t_new3c) * (c - t_new3c)
    score = score + w_r0_1 * (a - t_r0_1a) * (a - t_r0_1a)
    score = score + w_r0_2 * (b - t_r0_2b) * (b - t_r0_2b)
    score = score + w_r1_1 * (a - t_r1_1a) * (a - t_r1_1a)
    score = score + w_r1_2 * (b - t_r1_2b) * (b - t_r1_2b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 2
def predict_m2(a, b, c, d, w_a=1.274, w_b=-0.2193, w_c=0.5507, w_d=1.287, bias=1.227, w_new1=-6.489, t_new1a=1.851, w_new2=-5.262, t_new2b=0.3508, w_new3=2.049, t_new3c=-5.87, w_r0_1=-4.305, t_r0_1a=1.483, w_r0_2=-2.764, t_r0_2b=0.5869, w_r1_1=-0.6018, t_r1_1a=0.414, w_r1_2=-1.251, t_r1_2b=0.7894, w_r2_1=-0.1454, t_r2_1a=0.272, w_r2_2=-0.2711, t_r2_2b=0.6999, cal_scale=0.2143, cal_shift=-0.0007039):
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 3
def predict_m3(a, b, c, d, w_a=0.5139, w_b=-0.2215, w_c=0.3496, w_d=0.341, bias=-0.1201, w_new1=-6.179, t_new1b=1.073, w_new2=6.696, t_new2c=-4.074, w_new3=-2.462, t_new3d=1.417, t_new1a=-2.21, t_new2a=-0.4676, t_new3a=1.852, cal_scale=0.2276, cal_shift=-0.03933):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (b - t_new1b)
    score = score + w_new2 * (a - t_new2a) * (c - t_new2c)
    score = score + w_new3 * (a - t_new3a) * (d - t_new3d)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 4
def predict_m4(a, b, c, d, w_a=1.248, w_b=-0.1995, w_c=0.536, w_d=1.253, bias=1.234, w_new1=-3.482, t_new1a=1.482, w_new2=-2.905, t_new2b=0.5582, w_new3=1.617, t_new3c=-4.184, w_r0_1=-2.685, t_r0_1a=1.286, w_r0_2=-1.911, t_r0_2b=0.7025, cal_scale=0.2292, cal_shift=-0.003238):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (c - t_new3c) * (c - t_new3c)
    score = score + w_r0_1 * (a - t_r0_1a) * (a - t_r0_1a)
    score = score + w_r0_2 * (b - t_r0_2b) * (b - t_r0_2b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 5
def predict_m5(a, b, c, d, w_a=0.965, w_b=-0.2459, w_c=0.4946, w_d=0.9439, bias=0.4988, w_new1=-0.2662, t_new1b=1.154, w_new2=-0.4452, t_new2b=1.033, w_new3=-0.02414, t_new3b=0.6689, t_new1a=-0.5112, t_new2a=-1.043, t_new3a=-1.125, cal_scale=1.484, cal_shift=0.06682):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1b)
    score = score + w_new2 * (b - t_new2a) * (b - t_new2b)
    score = score + w_new3 * (c - t_new3a) * (c - t_new3b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 6
def predict_m6(a, b, c, d, w_a=0.8765, w_b=-0.2817, w_c=0.5011, w_d=0.7944, bias=1.092, w_new1=-0.2517, t_new1a=0.5324, w_new2=-0.4227, t_new2b=0.1195, w_new3=-0.02204, t_new3c=-0.4247, cal_scale=1.559, cal_shift=0.1923):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (c - t_new3c) * (c - t_new3c)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 7
def predict_m7(a, b, c, d, w_a=0.9374, w_b=-0.3243, w_c=0.5581, w_d=0.8282, bias=1.009, w_new1=-0.2462, t_new1a=0.5139, w_new2=-0.4162, t_new2b=0.4526, w_new3=-0.0231, t_new3c=-0.4553, cal_scale=1.582, cal_shift=0.1722):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # keep the weights of the columns that matter; drop columns that do not help
    score = score + w_new1 * a * (a - t_new1a)
    score = score + w_new2 * b * (b - t_new2b)
    score = score + w_new3 * c * (c - t_new3c)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 8
def predict_m8(a, b, c, d, w_a=0.8554, w_b=-0.2081, w_c=0.4294, w_d=0.8553, bias=0.8999, w_new1=0.8611, w_new2=1.244, w_new3=-0.8343, cal_scale=1.803, cal_shift=0.1322):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    score = score + w_new2 * c * d
    score = score + w_new3 * a * d
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 9
def predict_m9(a, b, c, d, w_a=0.4841, w_b=-0.3414, w_c=0.4717, w_d=0.1666, bias=-1.803, w_new1=1.919, w_new2=1.039, w_new3=1.443, t_new1a=0.6017, t_new2b=1.361, t_new3c=-0.3718, cal_scale=2.122, cal_shift=-0.1578):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 10
def predict_m10(a, b, c, d, w_a=0.5569, w_b=-0.3133, w_c=0.4855, w_d=0.3086, bias=-2.069, w_new1=1.696, w_new2=0.8202, w_new3=2.18, t_new1a=0.4614, t_new2b=-0.6878, t_new3c=-0.7518, cal_scale=2.156, cal_shift=-0.1614):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 11
def predict_m11(a, b, c, d, w_a=0.5579, w_b=-0.3117, w_c=0.4863, w_d=0.3063, bias=-2.068, w_new1=1.696, w_new2=0.8192, w_new3=2.18, t_new1a=0.4614, t_new2b=-0.688, t_new3c=-0.7516, cal_scale=2.156, cal_shift=-0.1621):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 12
def predict_m12(a, b, c, d, w_a=0.9736, w_b=-0.2973, w_c=0.5017, w_d=0.6324, bias=0.05877, cal_scale=1.389, cal_shift=0.03418):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # keep the weights of the columns that matter; drop columns that do not help
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 13
def predict_m13(a, b, c, d, w_a=0.3113, w_b=-1.159, w_c=1.127, w_d=-0.8495, bias=0.4547, w_new1=0.3554, t_new1c=-1.223, w_new2=-1.834, t_new2c=0.9965, w_new3=-2.068, t_new3c=1.527, t_new1b=-1.404, t_new2b=0.2976, t_new3b=1.162, cal_scale=0.3868, cal_shift=2.069):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1b) * (a - t_new1c)
    score = score + w_new2 * (a - t_new2b) * (a - t_new2c)
    score = score + w_new3 * (a - t_new3b) * (a - t_new3c)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 14
def predict_m14(a, b, c, d, w_a=0.4032, w_b=-2.286, w_c=2.46, w_d=-2.349, bias=0.05118, w_new1=0.4798, t_new1b=-1.198, w_new2=-3.271, t_new2b=1.499, w_new3=-4.113, t_new3b=3.207, t_new1a=-1.319, t_new2a=0.01073, t_new3a=-0.2617, cal_scale=0.2441, cal_shift=0.1093):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1b)
    score = score + w_new2 * (a - t_new2a) * (a - t_new2b)
    score = score + w_new3 * (a - t_new3a) * (a - t_new3b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 15
def predict_m15(a, b, c, d, w_a=0.4599, w_b=-0.1947, w_c=0.3143, w_d=0.01839, bias=-0.1792, w_new1=-2.182, w_new2=1.141, w_new3=1.131, t_new1a=-0.6317, t_new2a=0.05597, t_new3a=0.05887, cal_scale=1.925, cal_shift=0.161):
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
                         'min': -2.8,
                         'max': 2.6,
                         'mean': 0.07320000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.83,
                         'max': 2.71,
                         'mean': 0.12300000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.75,
                         'max': 3.18,
                         'mean': -0.0696,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.25,
                         'max': 2.13,
                         'mean': 0.09899999999999996,
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
                'members': [7, 8, 14, 6, 15, 3, 10, 4, 1, 11, 5, 0, 13, 12, 2],
                'prompt_hash': 'e7032cb2ac72f1de',
                'train_score': {'loss': 0.0797, 'log_loss': 0.0797, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.1057,
                                     'log_loss': 0.1057,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'average',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'd35e355e98577e59',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 28629,
                'completion_tokens': 1501,
                'fit_seconds': 21.29,
                'created': '2026-11-27T03:36:13+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 0,
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
