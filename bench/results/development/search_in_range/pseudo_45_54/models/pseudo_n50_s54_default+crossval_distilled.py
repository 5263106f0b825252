"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: ae398fa516e8ac82
data_fingerprint: f57b07547d4beb76
train_score: {'loss': 0.056, 'log_loss': 0.056, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0477, 'log_loss': 0.0477, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T18:12:29+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-0.6604, w_b=0.4344, w_c=0.1622, w_d=-0.4447, bias=-0.1767, w_new1=-0.4661, w_new2=-3.518, w_new3=-0.3806, t_new1a=0.07664, t_new2b=0.1431, t_new3c=-0.5879, w_r0_1=0.1144, w_r0_2=1.845, t_r0_1a=-0.4064, t_r0_2b=0.6287, w_r1_1=0.03341, w_r1_2=0.8551, t_r1_1a=-0.3455, t_r1_2b=0.8723, w_r2_1=0.001496, w_r2_2=0.4808, t_r2_1a=-0.3328, t_r2_2b=0.7076, w_r3_1=-0.007318, w_r3_2=0.2629, t_r3_1a=-0.3305, t_r3_2b=0.5775, w_r4_1=-0.005212, w_r4_2=0.139, t_r4_1a=-0.3313, t_r4_2b=0.489, w_r5_1=-0.001085, w_r5_2=0.07334, t_r5_1a=-0.3317, t_r5_2b=0.4493, w_r6_1=0.004349, w_r6_2=0.03287, t_r6_1a=-0.3331, t_r6_2b=0.4304, w_r7_1=0.007939, w_r7_2=0.006907, t_r7_1a=-0.334, t_r7_2b=0.4243, cal_scale=1.099, cal_shift=0.0773):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.15, 1.62)
    b = np.clip(b, -1.99, 1.28)
    c = np.clip(c, -1.86, 1.83)
    d = np.clip(d, -1.52, 2.01)
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
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
    score = score + w_r5_1 * np.exp(-(a - t_r5_1a)**2)
    score = score + w_r5_2 * np.exp(-(b - t_r5_2b)**2)
    score = score + w_r6_1 * np.exp(-(a - t_r6_1a)**2)
    score = score + w_r6_2 * np.exp(-(b - t_r6_2b)**2)
    score = score + w_r7_1 * np.exp(-(a - t_r7_1a)**2)
    score = score + w_r7_2 * np.exp(-(b - t_r7_2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.15,
                         'max': 1.62,
                         'mean': -0.0736,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.99,
                         'max': 1.28,
                         'mean': 0.030400000000000017,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.86,
                         'max': 1.83,
                         'mean': -0.27480000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.52,
                         'max': 2.01,
                         'mean': -0.1228,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': -0.6604468054610482,
            'w_b': 0.43444433498753865,
            'w_c': 0.1621872153699946,
            'w_d': -0.4447376726024076,
            'bias': -0.17666396389601646,
            'w_new1': -0.46613635264272124,
            'w_new2': -3.517719188544237,
            'w_new3': -0.38056945676114307,
            't_new1a': 0.07664059088635289,
            't_new2b': 0.14311544565660886,
            't_new3c': -0.5878645681845981,
            'w_r0_1': 0.11442919912663244,
            'w_r0_2': 1.8445923512755338,
            't_r0_1a': -0.40644745285153455,
            't_r0_2b': 0.6286521253410695,
            'w_r1_1': 0.03341323875775157,
            'w_r1_2': 0.8551380337600014,
            't_r1_1a': -0.3454952677444024,
            't_r1_2b': 0.8723434429256444,
            'w_r2_1': 0.0014958017064134379,
            'w_r2_2': 0.48077218773631314,
            't_r2_1a': -0.3328125914760462,
            't_r2_2b': 0.7076196604733823,
            'w_r3_1': -0.00731754087924073,
            'w_r3_2': 0.26288704753533443,
            't_r3_1a': -0.33049511229681405,
            't_r3_2b': 0.5774814692113157,
            'w_r4_1': -0.005211877355204142,
            'w_r4_2': 0.1389531435316927,
            't_r4_1a': -0.3312999785361776,
            't_r4_2b': 0.48901633352560386,
            'w_r5_1': -0.0010845611208218607,
            'w_r5_2': 0.07333974189143042,
            't_r5_1a': -0.33172397044323887,
            't_r5_2b': 0.44926172074689796,
            'w_r6_1': 0.004349268209357813,
            'w_r6_2': 0.032867472512312076,
            't_r6_1a': -0.33306350698444953,
            't_r6_2b': 0.4304464859422527,
            'w_r7_1': 0.007938713797854133,
            'w_r7_2': 0.0069067787859112585,
            't_r7_1a': -0.3340117613941645,
            't_r7_2b': 0.42427739953479604,
            'cal_scale': 1.0992411016588124,
            'cal_shift': 0.07730267734893484},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [13],
                'prompt_hash': 'ae398fa516e8ac82',
                'train_score': {'loss': 0.056, 'log_loss': 0.056, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0477,
                                     'log_loss': 0.0477,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'f57b07547d4beb76',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 36470,
                'completion_tokens': 1265,
                'fit_seconds': 323.95,
                'created': '2026-12-01T18:12:29+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 54,
                          'validation_fraction': 0.3},
                'teachers': [13, 12, 11, 10, 9, 8, 7, 6, 1, 2, 15, 14, 3, 4, 0],
                'reselected': '2026-12-02T13:54:19+00:00'}}


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
