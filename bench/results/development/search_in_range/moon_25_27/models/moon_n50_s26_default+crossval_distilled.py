"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 98e940d31c0b0150
data_fingerprint: 2a6d2fb964f3fa32
train_score: {'loss': 0.0887, 'log_loss': 0.0887, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0476, 'log_loss': 0.0476, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T13:20:15+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.409, w_b=-9.114, bias=-0.7389, w_new1=7.076, w_new2=7.14, w_new3=-5.137, t_new1a=0.2238, t_new2b=0.6419, t_new3a=0.7423, w_r0_1=-0.4376, w_r0_2=-2.63, t_r0_1a=0.817, t_r0_2b=0.01041, w_r1_1=-0.2719, w_r1_2=-0.8772, t_r1_1a=0.7711, t_r1_2b=-0.05405, w_r2_1=-0.2161, w_r2_2=-0.338, t_r2_1a=0.7471, t_r2_2b=0.09239, w_r3_1=-0.1581, w_r3_2=-0.2181, t_r3_1a=0.7195, t_r3_2b=0.1858, w_r4_1=-0.1127, w_r4_2=-0.1462, t_r4_1a=0.6974, t_r4_2b=0.2392, w_r5_1=-0.08157, w_r5_2=-0.105, t_r5_1a=0.6844, t_r5_2b=0.263, w_r6_1=-0.05975, w_r6_2=-0.07544, t_r6_1a=0.6768, t_r6_2b=0.2758, w_r7_1=-0.04317, w_r7_2=-0.05308, t_r7_1a=0.6723, t_r7_2b=0.2829, w_r8_1=-0.02984, w_r8_2=-0.03609, t_r8_1a=0.6696, t_r8_2b=0.2868, w_r9_1=-0.01873, w_r9_2=-0.02247, t_r9_1a=0.6681, t_r9_2b=0.2885, cal_scale=1.061, cal_shift=0.014):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.032, 2.011)
    b = np.clip(b, -0.587, 1.05)
    score = w_a * a + w_b * b + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
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
    score = score + w_r9_1 * np.exp(-(a - t_r9_1a)**2)
    score = score + w_r9_2 * np.exp(-(b - t_r9_2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -1.032,
                         'max': 2.011,
                         'mean': 0.5442999999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.587,
                         'max': 1.05,
                         'mean': 0.3109,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.4085684842027275,
            'w_b': -9.11358908604871,
            'bias': -0.738892926724638,
            'w_new1': 7.075674658159998,
            'w_new2': 7.1402212908944245,
            'w_new3': -5.136992777006495,
            't_new1a': 0.22383695946996474,
            't_new2b': 0.6418606630943419,
            't_new3a': 0.7422930340282,
            'w_r0_1': -0.437623556474296,
            'w_r0_2': -2.629690277343105,
            't_r0_1a': 0.8170164440666015,
            't_r0_2b': 0.010406732118663317,
            'w_r1_1': -0.27194273920755097,
            'w_r1_2': -0.8771904129277942,
            't_r1_1a': 0.7711453341799188,
            't_r1_2b': -0.05405273384535837,
            'w_r2_1': -0.21605342562904414,
            'w_r2_2': -0.33799825003417056,
            't_r2_1a': 0.7471401816180347,
            't_r2_2b': 0.09238966758164006,
            'w_r3_1': -0.1581378041047818,
            'w_r3_2': -0.21812819163558975,
            't_r3_1a': 0.7194524022954364,
            't_r3_2b': 0.18584319929120527,
            'w_r4_1': -0.1127083105214116,
            'w_r4_2': -0.14619184693092316,
            't_r4_1a': 0.6973869283390856,
            't_r4_2b': 0.23924358672322163,
            'w_r5_1': -0.08157290795025898,
            'w_r5_2': -0.10497668189547343,
            't_r5_1a': 0.68442348216176,
            't_r5_2b': 0.26303960246534014,
            'w_r6_1': -0.05975499370492314,
            'w_r6_2': -0.0754384935783556,
            't_r6_1a': 0.6767769167870392,
            't_r6_2b': 0.27578134974631446,
            'w_r7_1': -0.04317476775319598,
            'w_r7_2': -0.053081887980953646,
            't_r7_1a': 0.6723051746878964,
            't_r7_2b': 0.2829232339970537,
            'w_r8_1': -0.02983889495470542,
            'w_r8_2': -0.036088959501003035,
            't_r8_1a': 0.6696213933931868,
            't_r8_2b': 0.2867604726917198,
            'w_r9_1': -0.018732967641848623,
            'w_r9_2': -0.022470986474826968,
            't_r9_1a': 0.6681040829586565,
            't_r9_2b': 0.28853595339852434,
            'cal_scale': 1.0605736683045066,
            'cal_shift': 0.014004025737187762},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '98e940d31c0b0150',
                'train_score': {'loss': 0.0887, 'log_loss': 0.0887, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0476,
                                     'log_loss': 0.0476,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '2a6d2fb964f3fa32',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34161,
                'completion_tokens': 1152,
                'fit_seconds': 646.36,
                'created': '2026-12-01T13:20:15+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 26,
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 1, 2, 3, 4, 0],
                'reselected': '2026-12-02T15:01:20+00:00'}}


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
