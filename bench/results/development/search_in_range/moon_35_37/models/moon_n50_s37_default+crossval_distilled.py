"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 9c5c3d2d703be0cb
data_fingerprint: 462cc3cfb050f760
train_score: {'loss': 0.1435, 'log_loss': 0.1435, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.044, 'log_loss': 0.044, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T15:27:51+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.582, w_b=-9.422, bias=3.85, w_new1=2.303, w_new2=-7.322, w_new3=-5.212, t_new1a=-0.04216, t_new2b=-0.1279, t_new3a=1.153, w_r0_1=0.2164, w_r0_2=4.96, t_r0_1a=0.4123, t_r0_2b=0.3218, w_r1_1=0.1599, w_r1_2=-0.5026, t_r1_1a=0.4301, t_r1_2b=-0.167, w_r2_1=0.1085, w_r2_2=-0.02554, t_r2_1a=0.4417, t_r2_2b=0.1242, w_r3_1=0.09787, w_r3_2=-0.02485, t_r3_1a=0.4441, t_r3_2b=0.1285, w_r4_1=0.09509, w_r4_2=-0.01763, t_r4_1a=0.4444, t_r4_2b=0.1339, w_r5_1=0.09713, w_r5_2=-0.01195, t_r5_1a=0.4434, t_r5_2b=0.1363, cal_scale=0.9346, cal_shift=-0.03101):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.029, 2.014)
    b = np.clip(b, -0.485, 1.035)
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -1.029,
                         'max': 2.014,
                         'mean': 0.50536,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.485,
                         'max': 1.035,
                         'mean': 0.21350000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.582245328278455,
            'w_b': -9.42183998813023,
            'bias': 3.849917864492398,
            'w_new1': 2.3031356985342795,
            'w_new2': -7.3215796089291665,
            'w_new3': -5.212290457217247,
            't_new1a': -0.042164529051120114,
            't_new2b': -0.12794383299472223,
            't_new3a': 1.153299620627088,
            'w_r0_1': 0.216390136940109,
            'w_r0_2': 4.960180394088335,
            't_r0_1a': 0.41226319704554104,
            't_r0_2b': 0.32176081329801853,
            'w_r1_1': 0.15985929616671157,
            'w_r1_2': -0.5025987432995465,
            't_r1_1a': 0.4301291723164381,
            't_r1_2b': -0.1670110071050002,
            'w_r2_1': 0.10845884126515523,
            'w_r2_2': -0.025541518194428046,
            't_r2_1a': 0.4417100221748263,
            't_r2_2b': 0.12424869129517907,
            'w_r3_1': 0.09787386702114349,
            'w_r3_2': -0.02485490095207959,
            't_r3_1a': 0.444115314114922,
            't_r3_2b': 0.12854325966128913,
            'w_r4_1': 0.09509073022738007,
            'w_r4_2': -0.017626861984638493,
            't_r4_1a': 0.4443895720122511,
            't_r4_2b': 0.13388919686817363,
            'w_r5_1': 0.09713321739318688,
            'w_r5_2': -0.011954899374795505,
            't_r5_1a': 0.443442089920712,
            't_r5_2b': 0.13626262630452626,
            'cal_scale': 0.9346444973218311,
            'cal_shift': -0.03101283544366699},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [11],
                'prompt_hash': '9c5c3d2d703be0cb',
                'train_score': {'loss': 0.1435, 'log_loss': 0.1435, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.044, 'log_loss': 0.044, 'auc': 1.0, 'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '462cc3cfb050f760',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 24879,
                'completion_tokens': 1212,
                'fit_seconds': 345.61,
                'created': '2026-12-01T15:27:51+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 37,
                          'validation_fraction': 0.3},
                'teachers': [10, 9, 11, 8, 7, 6, 5, 1, 12, 2, 13, 4, 0, 15, 3, 14],
                'reselected': '2026-12-02T15:19:55+00:00'}}


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
