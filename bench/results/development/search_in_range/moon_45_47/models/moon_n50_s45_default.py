"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: c5cc5c2764c620bf
data_fingerprint: 1a27262ed0ebb211
train_score: {'loss': 0.059, 'log_loss': 0.059, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0665, 'log_loss': 0.0665, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T18:18:30+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=1.98, w_b=-7.852, bias=1.528, w_new1=8.215, w_new2=-3.473, w_new3=-6.405, t_new1a=0.2967, t_new2b=-0.1573, t_new3a=0.7058, w_r0_1=-0.5971, w_r0_2=-1.042, t_r0_1a=0.6924, t_r0_2b=-0.1796, w_r1_1=-0.3532, w_r1_2=-0.6161, t_r1_1a=0.6947, t_r1_2b=-0.1917, w_r2_1=-0.2452, w_r2_2=3.774, t_r2_1a=0.6985, t_r2_2b=0.6604, w_r3_1=-0.1805, w_r3_2=0.4065, t_r3_1a=0.7039, t_r3_2b=0.4645, w_r4_1=-0.1353, w_r4_2=0.2592, t_r4_1a=0.7098, t_r4_2b=0.3342, w_r5_1=-0.1011, w_r5_2=0.007191, t_r5_1a=0.7146, t_r5_2b=0.07167, w_r6_1=-0.07613, w_r6_2=-0.03671, t_r6_1a=0.7184, t_r6_2b=0.03118, w_r7_1=-0.05614, w_r7_2=-0.04106, t_r7_1a=0.721, t_r7_2b=0.02782, w_r8_1=-0.03906, w_r8_2=-0.0347, t_r8_1a=0.7227, t_r8_2b=0.03179, w_r9_1=-0.02382, w_r9_2=-0.02556, t_r9_1a=0.7235, t_r9_2b=0.03531, cal_scale=1.793, cal_shift=0.008529):
    score = w_a * a + w_b * b + bias
    # change or add terms that capture the pattern, each with its own parameter
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
                         'min': -1.081,
                         'max': 1.964,
                         'mean': 0.62716,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.639,
                         'max': 1.044,
                         'mean': 0.1419,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 1.9798623450980497,
            'w_b': -7.851809836122578,
            'bias': 1.5275291360594103,
            'w_new1': 8.214783819273256,
            'w_new2': -3.473148021451658,
            'w_new3': -6.405061212748185,
            't_new1a': 0.29666235842177735,
            't_new2b': -0.15725476253578133,
            't_new3a': 0.7058339957592554,
            'w_r0_1': -0.5970884174732145,
            'w_r0_2': -1.04229582348573,
            't_r0_1a': 0.692367170308386,
            't_r0_2b': -0.17962806244725799,
            'w_r1_1': -0.3532115283883859,
            'w_r1_2': -0.6160943234640782,
            't_r1_1a': 0.6947053027997415,
            't_r1_2b': -0.1916852938908523,
            'w_r2_1': -0.24520690036757184,
            'w_r2_2': 3.7738959876441345,
            't_r2_1a': 0.6984534325587735,
            't_r2_2b': 0.6604022253049799,
            'w_r3_1': -0.18046151107071523,
            'w_r3_2': 0.40647060506576094,
            't_r3_1a': 0.7039484342616589,
            't_r3_2b': 0.46446765857203215,
            'w_r4_1': -0.13527269865665706,
            'w_r4_2': 0.25915278637347133,
            't_r4_1a': 0.7097622467270083,
            't_r4_2b': 0.3341580135757683,
            'w_r5_1': -0.10113874370613189,
            'w_r5_2': 0.007190814063219751,
            't_r5_1a': 0.714646220692125,
            't_r5_2b': 0.07167157487491391,
            'w_r6_1': -0.07613065644532675,
            'w_r6_2': -0.03671162139401247,
            't_r6_1a': 0.718445141771476,
            't_r6_2b': 0.031180187052061506,
            'w_r7_1': -0.0561386888619953,
            'w_r7_2': -0.04105629880062199,
            't_r7_1a': 0.7209746280455864,
            't_r7_2b': 0.027817824260929398,
            'w_r8_1': -0.0390593865596497,
            'w_r8_2': -0.03470383048217689,
            't_r8_1a': 0.7226517777689552,
            't_r8_2b': 0.03179146712237236,
            'w_r9_1': -0.023824840722690734,
            'w_r9_2': -0.02555519148584361,
            't_r9_1a': 0.7235425205477813,
            't_r9_2b': 0.035314075762484826,
            'cal_scale': 1.7933718158400973,
            'cal_shift': 0.008528712797989807},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'c5cc5c2764c620bf',
                'train_score': {'loss': 0.059, 'log_loss': 0.059, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0665,
                                     'log_loss': 0.0665,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0618,
                                           'log_loss': 0.0618,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '1a27262ed0ebb211',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 33522,
                'completion_tokens': 1152,
                'fit_seconds': 358.81,
                'created': '2026-12-01T18:18:30+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 45,
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
