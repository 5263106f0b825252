"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 483087f34e84084f
data_fingerprint: 8e0d80b9b04c67bf
train_score: {'loss': 0.0931, 'log_loss': 0.0931, 'auc': 1.0, 'accuracy': 0.98}
validation_score: {'loss': 0.0608, 'log_loss': 0.0608, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T23:30:58+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.996, w_b=-5.055, bias=-0.2798, w_new1=2.86, w_new2=-1.639, w_new3=-1.65, t_new1a=-0.336, t_new2a=1.287, t_new3a=1.304, w_r0_1=0.3847, w_r0_2=-0.4597, t_r0_1a=0.131, t_r0_2a=1.059, w_r1_1=0.1196, w_r1_2=-0.1831, t_r1_1a=0.2919, t_r1_2a=0.9662, w_r2_1=0.06441, w_r2_2=-0.08791, t_r2_1a=0.3113, t_r2_2a=0.9427, w_r3_1=0.04003, w_r3_2=-0.04079, t_r3_1a=0.3156, t_r3_2a=0.9357, w_r4_1=0.02509, w_r4_2=-0.0127, t_r4_1a=0.3165, t_r4_2a=0.9333, w_r5_1=0.01409, w_r5_2=0.00614, t_r5_1a=0.3167, t_r5_2a=0.9327, w_r6_1=0.004958, w_r6_2=0.01987, t_r6_1a=0.3166, t_r6_2a=0.9327, w_r7_1=-0.003038, w_r7_2=0.03043, t_r7_1a=0.3162, t_r7_2a=0.9329, w_r8_1=-0.01033, w_r8_2=0.03886, t_r8_1a=0.3158, t_r8_2a=0.9333, cal_scale=1.016, cal_shift=-0.03154):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.025, 1.986)
    b = np.clip(b, -0.553, 1.002)
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
    score = score + w_r5_1 * np.exp(-(a - t_r5_1a)**2)
    score = score + w_r5_2 * np.exp(-(a - t_r5_2a)**2)
    score = score + w_r6_1 * np.exp(-(a - t_r6_1a)**2)
    score = score + w_r6_2 * np.exp(-(a - t_r6_2a)**2)
    score = score + w_r7_1 * np.exp(-(a - t_r7_1a)**2)
    score = score + w_r7_2 * np.exp(-(a - t_r7_2a)**2)
    score = score + w_r8_1 * np.exp(-(a - t_r8_1a)**2)
    score = score + w_r8_2 * np.exp(-(a - t_r8_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -1.025,
                         'max': 1.986,
                         'mean': 0.52404,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.553,
                         'max': 1.002,
                         'mean': 0.20494,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.995891329046556,
            'w_b': -5.055388674976201,
            'bias': -0.279770837531459,
            'w_new1': 2.8601290250604827,
            'w_new2': -1.6393320772070277,
            'w_new3': -1.6499110212392947,
            't_new1a': -0.33599762590686033,
            't_new2a': 1.2870490377539539,
            't_new3a': 1.304035649287687,
            'w_r0_1': 0.3847103882177932,
            'w_r0_2': -0.45972710775952413,
            't_r0_1a': 0.1309849111876688,
            't_r0_2a': 1.0591370771567357,
            'w_r1_1': 0.11958487808179896,
            'w_r1_2': -0.1830542019516822,
            't_r1_1a': 0.29190901448504913,
            't_r1_2a': 0.9662498141855815,
            'w_r2_1': 0.06441303489249191,
            'w_r2_2': -0.08790723095180838,
            't_r2_1a': 0.3113281745002023,
            't_r2_2a': 0.9427158496888632,
            'w_r3_1': 0.04002794549471822,
            'w_r3_2': -0.04079443866309533,
            't_r3_1a': 0.3155532889123634,
            't_r3_2a': 0.9357438480711665,
            'w_r4_1': 0.02509397769171777,
            'w_r4_2': -0.01270156722891383,
            't_r4_1a': 0.31651231422731757,
            't_r4_2a': 0.9332558989908161,
            'w_r5_1': 0.014087086008261657,
            'w_r5_2': 0.00614014750383432,
            't_r5_1a': 0.3167425067021926,
            't_r5_2a': 0.9327069266593696,
            'w_r6_1': 0.004958247406006783,
            'w_r6_2': 0.019874259726448983,
            't_r6_1a': 0.31660337277071426,
            't_r6_2a': 0.9326890997624809,
            'w_r7_1': -0.0030376269859624834,
            'w_r7_2': 0.030427058442433545,
            't_r7_1a': 0.3162437246272186,
            't_r7_2a': 0.9329408906252175,
            'w_r8_1': -0.010327476033052636,
            'w_r8_2': 0.038861872500925945,
            't_r8_1a': 0.31583414554056,
            't_r8_2a': 0.9333391569674023,
            'cal_scale': 1.0157563172683748,
            'cal_shift': -0.031544902913551984},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [14],
                'prompt_hash': '483087f34e84084f',
                'train_score': {'loss': 0.0931, 'log_loss': 0.0931, 'auc': 1.0, 'accuracy': 0.98},
                'validation_score': {'loss': 0.0608,
                                     'log_loss': 0.0608,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '8e0d80b9b04c67bf',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 31639,
                'completion_tokens': 1151,
                'fit_seconds': 1329.87,
                'created': '2026-12-01T23:30:58+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 56,
                          'validation_fraction': 0.3},
                'teachers': [14, 13, 12, 11, 10, 9, 8, 7, 6, 2, 1, 0, 4, 3, 15],
                'reselected': '2026-12-03T04:48:12+00:00'}}


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
