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


def predict(a, b, w_a=2.996, w_b=-5.055, bias=-0.2798, w_new1=2.86, w_new2=-1.639, w_new3=-1.65, t_new1a=-0.336, t_new2a=1.287, t_new3a=1.304, w_r0_1=0.3847, w_r0_2=-0.4597, t_r0_1a=0.131, t_r0_2a=1.059, w_r1_1=0.1196, w_r1_2=-0.1831, t_r1_1a=0.2919, t_r1_2a=0.9663, w_r2_1=0.06442, w_r2_2=-0.08791, t_r2_1a=0.3113, t_r2_2a=0.9427, w_r3_1=0.04003, w_r3_2=-0.0408, t_r3_1a=0.3156, t_r3_2a=0.9357, w_r4_1=0.0251, w_r4_2=-0.0127, t_r4_1a=0.3165, t_r4_2a=0.9333, w_r5_1=0.01409, w_r5_2=0.006139, t_r5_1a=0.3167, t_r5_2a=0.9327, w_r6_1=0.004963, w_r6_2=0.01987, t_r6_1a=0.3166, t_r6_2a=0.9327, w_r7_1=-0.003033, w_r7_2=0.03043, t_r7_1a=0.3162, t_r7_2a=0.9329, w_r8_1=-0.01032, w_r8_2=0.03886, t_r8_1a=0.3158, t_r8_2a=0.9333, cal_scale=1.016, cal_shift=-0.03156):
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
 'params': {'w_a': 2.995889083135499,
            'w_b': -5.055343896730667,
            'bias': -0.27978704120528863,
            'w_new1': 2.860094321398746,
            'w_new2': -1.639321282543347,
            'w_new3': -1.6499007163993715,
            't_new1a': -0.33601026607759765,
            't_new2a': 1.2870454635766417,
            't_new3a': 1.3040484311631755,
            'w_r0_1': 0.38471776672737923,
            'w_r0_2': -0.4597282073776584,
            't_r0_1a': 0.13097548777749896,
            't_r0_2a': 1.0591374882633677,
            'w_r1_1': 0.11958956762898408,
            'w_r1_2': -0.183055143275585,
            't_r1_1a': 0.2919065268973743,
            't_r1_2a': 0.9662503151214171,
            'w_r2_1': 0.06441744372231556,
            'w_r2_2': -0.0879081227238758,
            't_r2_1a': 0.31132694175566816,
            't_r2_2a': 0.94271625770723,
            'w_r3_1': 0.04003230878570754,
            'w_r3_2': -0.04079530526000881,
            't_r3_1a': 0.3155525872257886,
            't_r3_2a': 0.9357441987264444,
            'w_r4_1': 0.025098341875984656,
            'w_r4_2': -0.012702419106241085,
            't_r4_1a': 0.3165119330880189,
            't_r4_2a': 0.9332562142680486,
            'w_r5_1': 0.014091459276191303,
            'w_r5_2': 0.0061393053741771245,
            't_r5_1a': 0.31674236079104195,
            't_r5_2a': 0.9327072185071874,
            'w_r6_1': 0.0049626336727727,
            'w_r6_2': 0.01987342503910617,
            't_r6_1a': 0.31660342235946914,
            't_r6_2a': 0.9326893749737691,
            'w_r7_1': -0.0030332244195225982,
            'w_r7_2': 0.030426228559892937,
            't_r7_1a': 0.31624394504198794,
            't_r7_2a': 0.9329411533618306,
            'w_r8_1': -0.010323057519156412,
            'w_r8_2': 0.03886104664314401,
            't_r8_1a': 0.3158345217931366,
            't_r8_2a': 0.9333394101006768,
            'cal_scale': 1.0157574058167405,
            'cal_shift': -0.0315606902628576},
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
                'reselected': '2026-12-02T15:32:32+00:00'}}


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
