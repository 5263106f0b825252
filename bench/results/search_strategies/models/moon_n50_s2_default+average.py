"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: a73e9019a84986c3
data_fingerprint: 29778fe073dfa1f9
train_score: {'loss': 0.116, 'log_loss': 0.116, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.1563, 'log_loss': 0.1563, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T03:38:55+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


# member 1
def predict_m1(a, b, w_a=1.92, w_b=-4.81, bias=0.5985, w_new1=4.51, w_new2=-2.337, w_new3=-2.366, t_new1a=0.1475, t_new2a=0.8877, t_new3a=0.887, w_r0_1=0.5091, w_r0_2=-0.618, t_r0_1a=0.1497, t_r0_2a=0.9117, w_r1_1=0.2135, w_r1_2=-0.2894, t_r1_1a=0.1822, t_r1_2a=0.9452, w_r2_1=0.114, w_r2_2=-0.1423, t_r2_1a=0.1942, t_r2_2a=0.9799, w_r3_1=0.0596, w_r3_2=-0.06202, t_r3_1a=0.1956, t_r3_2a=1.002, cal_scale=1.535, cal_shift=-0.09281):
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


# member 2
def predict_m2(a, b, w_a=1.853, w_b=-4.548, bias=0.5144, w_new1=4.117, w_new2=-2.134, w_new3=-2.16, t_new1a=0.113, t_new2a=0.9144, t_new3a=0.914, w_r0_1=0.4859, w_r0_2=-0.5734, t_r0_1a=0.1278, t_r0_2a=0.9356, w_r1_1=0.1892, w_r1_2=-0.2474, t_r1_1a=0.1777, t_r1_2a=0.9668, w_r2_1=0.0897, w_r2_2=-0.1035, t_r2_1a=0.1932, t_r2_2a=0.9951, cal_scale=1.622, cal_shift=-0.08282):
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


# member 3
def predict_m3(a, b, w_a=1.974, w_b=-5.022, bias=0.6716, w_new1=4.86, w_new2=-2.52, w_new3=-2.554, t_new1a=0.1741, t_new2a=0.8675, t_new3a=0.8674, w_r0_1=0.527, w_r0_2=-0.6522, t_r0_1a=0.174, t_r0_2a=0.8909, w_r1_1=0.2326, w_r1_2=-0.3225, t_r1_1a=0.1896, t_r1_2a=0.9258, w_r2_1=0.1336, w_r2_2=-0.1725, t_r2_1a=0.1971, t_r2_2a=0.9644, w_r3_1=0.07908, w_r3_2=-0.08941, t_r3_1a=0.1972, t_r3_2a=0.992, w_r4_1=0.04523, w_r4_2=-0.03963, t_r4_1a=0.1999, t_r4_2a=1.004, cal_scale=1.472, cal_shift=-0.1022):
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
    score = score + w_r4_1 * np.exp(-(a - t_r4_1a)**2)
    score = score + w_r4_2 * np.exp(-(a - t_r4_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 4
def predict_m4(a, b, w_a=1.764, w_b=-4.211, bias=0.419, w_new1=3.695, w_new2=-1.92, w_new3=-1.94, t_new1a=0.07083, t_new2a=0.9483, t_new3a=0.9492, w_r0_1=0.4544, w_r0_2=-0.5136, t_r0_1a=0.1066, t_r0_2a=0.9647, w_r1_1=0.1548, w_r1_2=-0.1901, t_r1_1a=0.1776, t_r1_2a=0.989, cal_scale=1.748, cal_shift=-0.07444):
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


# member 5
def predict_m5(a, b, w_a=1.632, w_b=-3.755, bias=0.3205, w_new1=3.232, w_new2=-1.692, w_new3=-1.712, t_new1a=0.02194, t_new2a=0.9924, t_new3a=0.9948, w_r0_1=0.4135, w_r0_2=-0.4341, t_r0_1a=0.08936, t_r0_2a=0.9957, cal_scale=1.955, cal_shift=-0.06882):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 6
def predict_m6(a, b, w_a=1.398, w_b=-3.055, bias=0.2221, w_new1=2.786, w_new2=-1.466, w_new3=-1.48, t_new1a=-0.03541, t_new2a=1.052, t_new3a=1.061, cal_scale=2.384, cal_shift=-0.05966):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 7
def predict_m7(a, b, w_a=1.397, w_b=-3.055, bias=0.2222, w_new1=2.786, w_new2=-1.466, w_new3=-1.48, t_new1a=-0.0354, t_new2a=1.052, t_new3a=1.061, cal_scale=2.384, cal_shift=-0.06014):
    score = w_a * a + w_b * b + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 8
def predict_m8(a, b, w_a=1.402, w_b=-3.059, bias=0.2757, w_new1=2.765, w_new2=-0.06983, w_new3=-2.952, t_new1a=-0.03627, t_new2b=0.06126, t_new3a=1.06, cal_scale=2.392, cal_shift=-0.03286):
    score = w_a * a + w_b * b + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 9
def predict_m9(a, b, w_a=1.401, w_b=-3.058, bias=0.2756, w_new1=2.764, w_new2=-0.06953, w_new3=-2.952, t_new1a=-0.03617, t_new2b=0.06196, t_new3a=1.06, cal_scale=2.393, cal_shift=-0.03289):
    score = w_a * a + w_b * b + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 10
def predict_m10(a, b, w_a=1.9, w_b=-2.016, bias=1.656, w_new1=-5.439, w_new2=1.302, t_new1a=1.427, t_new2b=-0.9466, cal_scale=2.816, cal_shift=0.3018):
    score = w_a * a + w_b * b + bias
    # keep the weights of the columns that matter; drop columns that do not help
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 11
def predict_m11(a, b, w_a=-0.535, w_b=-0.6802, bias=0.4423, w_new1=0.2174, w_new2=-1.588, w_new3=-2.279, cal_scale=2.057, cal_shift=0.013):
    score = w_a * a + w_b * b + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * a**2 * a**2
    score = score + w_new2 * b**2 * b**2
    score = score + w_new3 * a**2 * b
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 12
def predict_m12(a, b, w_a=-0.05468, w_b=-2.967, bias=0.774, w_new1=0.1147, w_new2=0.1148, w_new3=0.1148, cal_scale=1.584, cal_shift=0.2064):
    score = w_a * a + w_b * b + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    score = score + w_new2 * a * b
    score = score + w_new3 * a * b
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 13
def predict_m13(a, b, w_a=-0.05468, w_b=-2.967, bias=0.7739, w_new1=0.1149, w_new2=0.1146, w_new3=0.1148, cal_scale=1.584, cal_shift=0.2065):
    score = w_a * a + w_b * b + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    score = score + w_new2 * a * b
    score = score + w_new3 * a * b
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 14
def predict_m14(a, b, w_a=0.05466, w_b=-2.901, bias=0.6989, cal_scale=1.514, cal_shift=0.1808):
    score = w_a * a + w_b * b + bias
    # keep the weights of the columns that matter; drop columns that do not help
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 15
def predict_m15(a, b, w_a=0.2403, w_b=-2.718, bias=0.3709, w_new1=-0.01712, t_new1b=0.2138, w_new2=-0.7226, t_new2b=0.5376, w_new3=0.1536, t_new3b=1.401, t_new1a=-0.06684, t_new2a=-0.528, t_new3a=1.001, cal_scale=1.47, cal_shift=0.1381):
    score = w_a * a + w_b * b + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1b)
    score = score + w_new2 * (b - t_new2a) * (b - t_new2b)
    score = score + w_new3 * (a - t_new3a) * (a - t_new3b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))


# member 16
def predict_m16(a, b, w_a=0.3444, w_b=-2.36, bias=0.5304, w_new1=-0.06508, t_new1a=0.2074, w_new2=-0.7393, t_new2b=-0.2891, w_new3=0.2068, t_new3a=1.216, cal_scale=1.432, cal_shift=0.1955):
    score = w_a * a + w_b * b + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (a - t_new3a) * (a - t_new3a)
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
                         'min': -0.921,
                         'max': 2.002,
                         'mean': 0.5137999999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.609,
                         'max': 1.004,
                         'mean': 0.26036000000000004,
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
                'members': [9, 8, 10, 7, 6, 13, 2, 5, 1, 11, 12, 4, 15, 0, 3, 14],
                'prompt_hash': 'a73e9019a84986c3',
                'train_score': {'loss': 0.116, 'log_loss': 0.116, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.1563,
                                     'log_loss': 0.1563,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'average',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '29778fe073dfa1f9',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 23660,
                'completion_tokens': 1262,
                'fit_seconds': 42.18,
                'created': '2026-11-27T03:38:55+00:00',
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
