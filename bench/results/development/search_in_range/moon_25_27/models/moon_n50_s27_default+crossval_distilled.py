"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: bc69301309245517
data_fingerprint: 90225c40d97f9841
train_score: {'loss': 0.1147, 'log_loss': 0.1147, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.073, 'log_loss': 0.073, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T13:23:33+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.396, w_b=-5.407, bias=0.0975, w_new1=3.186, w_new2=-1.847, w_new3=-1.919, t_new1a=0.06977, t_new2a=0.9708, t_new3a=0.9487, w_r0_1=0.3922, w_r0_2=-0.4321, t_r0_1a=0.02659, t_r0_2a=0.9993, w_r1_1=0.1603, w_r1_2=-0.1065, t_r1_1a=0.07228, t_r1_2a=0.7898, w_r2_1=0.09518, w_r2_2=-0.03198, t_r2_1a=0.07933, t_r2_2a=0.7552, w_r3_1=0.06692, w_r3_2=0.002902, t_r3_1a=0.08092, t_r3_2a=0.7451, w_r4_1=0.05141, w_r4_2=0.01843, t_r4_1a=0.08299, t_r4_2a=0.745, w_r5_1=0.03853, w_r5_2=0.02887, t_r5_1a=0.08203, t_r5_2a=0.745, cal_scale=0.9158, cal_shift=0.0217):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.037, 2.019)
    b = np.clip(b, -0.506, 1.013)
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -1.037,
                         'max': 2.019,
                         'mean': 0.6602400000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.506,
                         'max': 1.013,
                         'mean': 0.21516,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.395523812323359,
            'w_b': -5.407112676881108,
            'bias': 0.0974978435906052,
            'w_new1': 3.186463613715978,
            'w_new2': -1.8467499695712484,
            'w_new3': -1.9194580260541516,
            't_new1a': 0.06976921905498396,
            't_new2a': 0.9708072228949551,
            't_new3a': 0.9487004893008006,
            'w_r0_1': 0.3922352810590961,
            'w_r0_2': -0.4320610648830574,
            't_r0_1a': 0.026586695904857374,
            't_r0_2a': 0.9993127467544147,
            'w_r1_1': 0.1603139599939141,
            'w_r1_2': -0.10654189139768058,
            't_r1_1a': 0.07228060984068195,
            't_r1_2a': 0.7897890996261016,
            'w_r2_1': 0.09518297062596878,
            'w_r2_2': -0.03198104165767018,
            't_r2_1a': 0.07933139333886907,
            't_r2_2a': 0.7552160027382161,
            'w_r3_1': 0.06692282355197715,
            'w_r3_2': 0.002902002922096407,
            't_r3_1a': 0.08091633201633483,
            't_r3_2a': 0.7451256357394109,
            'w_r4_1': 0.05140721293028415,
            'w_r4_2': 0.01842997872672715,
            't_r4_1a': 0.08299214301787151,
            't_r4_2a': 0.7449865180137378,
            'w_r5_1': 0.03853102681741431,
            'w_r5_2': 0.02886755066399904,
            't_r5_1a': 0.08203499262267852,
            't_r5_2a': 0.744987229981726,
            'cal_scale': 0.9158257078785568,
            'cal_shift': 0.021701147326660824},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [11],
                'prompt_hash': 'bc69301309245517',
                'train_score': {'loss': 0.1147, 'log_loss': 0.1147, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.073, 'log_loss': 0.073, 'auc': 1.0, 'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '90225c40d97f9841',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 25473,
                'completion_tokens': 1292,
                'fit_seconds': 198.17,
                'created': '2026-12-01T13:23:33+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 27,
                          'validation_fraction': 0.3},
                'teachers': [11, 10, 9, 8, 7, 6, 2, 13, 1, 12, 5, 4, 0, 14, 15, 3],
                'reselected': '2026-12-02T15:03:05+00:00'}}


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
