"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 8acd2f4c72a06e0e
data_fingerprint: bfafc32ae017b9f6
train_score: {'loss': 0.164, 'log_loss': 0.164, 'auc': 0.9968, 'accuracy': 0.98}
validation_score: {'loss': 0.2055, 'log_loss': 0.2055, 'auc': 0.9844, 'accuracy': 0.9375}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T22:46:00+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.7966, w_b=0.4088, w_c=-0.01826, w_d=0.1607, bias=1.453, w_new1=11.68, w_new2=-13.54, w_new3=-1.387, t_new1a=-0.6856, t_new2b=-1.012, t_new3c=-0.4043, w_r0_1=1.048, w_r0_2=0.3803, t_r0_1a=-0.9441, t_r0_2b=-0.6387, w_r1_1=-0.8738, w_r1_2=-0.09076, t_r1_1a=-0.4032, t_r1_2b=-0.4424, w_r2_1=-0.5009, w_r2_2=-0.1217, t_r2_1a=-0.3196, t_r2_2b=-0.4135, w_r3_1=-0.3436, w_r3_2=-0.08142, t_r3_1a=-0.2748, t_r3_2b=-0.4531, w_r4_1=-0.2319, w_r4_2=-0.04873, t_r4_1a=-0.2386, t_r4_2b=-0.4799, w_r5_1=-0.1426, w_r5_2=-0.02721, t_r5_1a=-0.2049, t_r5_2b=-0.4939, w_r6_1=-0.06671, w_r6_2=-0.01324, t_r6_1a=-0.1715, t_r6_2b=-0.5011, w_r7_1=0.001375, w_r7_2=-0.004454, t_r7_1a=-0.1368, t_r7_2b=-0.5042, w_r8_1=0.06414, w_r8_2=0.0005924, t_r8_1a=-0.1012, t_r8_2b=-0.5056, cal_scale=0.8411, cal_shift=0.4024):
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
    score = score + w_r8_1 * np.exp(-(a - t_r8_1a)**2)
    score = score + w_r8_2 * np.exp(-(b - t_r8_2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.02,
                         'max': 2.49,
                         'mean': 0.044599999999999994,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.46,
                         'max': 3.63,
                         'mean': 0.06159999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.38,
                         'max': 1.98,
                         'mean': 0.023400000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.39,
                         'max': 2.22,
                         'mean': 0.044400000000000016,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.7966444322988548,
            'w_b': 0.4087899137703413,
            'w_c': -0.018262885351890856,
            'w_d': 0.16066179897913677,
            'bias': 1.4528563962488592,
            'w_new1': 11.682617266600959,
            'w_new2': -13.540305484930943,
            'w_new3': -1.3867779784066347,
            't_new1a': -0.6856114548002156,
            't_new2b': -1.0118566282710308,
            't_new3c': -0.4042680189409894,
            'w_r0_1': 1.0484271371453284,
            'w_r0_2': 0.38028899834692803,
            't_r0_1a': -0.9441069497611578,
            't_r0_2b': -0.6386641852842612,
            'w_r1_1': -0.8738248675506545,
            'w_r1_2': -0.09076353646329044,
            't_r1_1a': -0.40320823362666214,
            't_r1_2b': -0.44240033100687837,
            'w_r2_1': -0.500865951216299,
            'w_r2_2': -0.12170964482826456,
            't_r2_1a': -0.319557778666561,
            't_r2_2b': -0.41346703234415016,
            'w_r3_1': -0.3436001885207323,
            'w_r3_2': -0.08142497334324189,
            't_r3_1a': -0.2747721174908261,
            't_r3_2b': -0.45310727189143196,
            'w_r4_1': -0.23191522318600927,
            'w_r4_2': -0.04872568896428035,
            't_r4_1a': -0.23859616988259294,
            't_r4_2b': -0.4798693659695358,
            'w_r5_1': -0.14259850776768573,
            'w_r5_2': -0.027205798005786545,
            't_r5_1a': -0.20493900654832514,
            't_r5_2b': -0.4939249943973641,
            'w_r6_1': -0.06671477634001954,
            'w_r6_2': -0.013243871287590421,
            't_r6_1a': -0.17146443092520594,
            't_r6_2b': -0.5010736539597985,
            'w_r7_1': 0.0013753946994374822,
            'w_r7_2': -0.004453699696472385,
            't_r7_1a': -0.13678182381476167,
            't_r7_2b': -0.504249523275381,
            'w_r8_1': 0.06413732333810601,
            'w_r8_2': 0.0005924176704389557,
            't_r8_1a': -0.10120209412525988,
            't_r8_2b': -0.5055669375020313,
            'cal_scale': 0.8411093984606012,
            'cal_shift': 0.4023626527098266},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [14],
                'prompt_hash': '8acd2f4c72a06e0e',
                'train_score': {'loss': 0.164, 'log_loss': 0.164, 'auc': 0.9968, 'accuracy': 0.98},
                'validation_score': {'loss': 0.2055,
                                     'log_loss': 0.2055,
                                     'auc': 0.9844,
                                     'accuracy': 0.9375},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'bfafc32ae017b9f6',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 41604,
                'completion_tokens': 1210,
                'fit_seconds': 405.7,
                'created': '2026-12-01T22:46:00+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 63,
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 1, 3, 4, 2, 0],
                'reselected': '2026-12-01T23:27:41+00:00'}}


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
