"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: ca60a8fd1e54b0ac
data_fingerprint: 58fb0396e44d4905
train_score: {'loss': 0.1031, 'log_loss': 0.1031, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0883, 'log_loss': 0.0883, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T18:28:23+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.377, w_b=-5.167, bias=0.8036, w_new1=2.423, w_new2=-2.058, w_new3=-2.089, t_new1a=-0.007831, t_new2a=1.137, t_new3a=0.9814, w_r0_1=0.4675, w_r0_2=-0.4988, t_r0_1a=0.1867, t_r0_2a=1.063, w_r1_1=0.1912, w_r1_2=-0.1882, t_r1_1a=0.3642, t_r1_2a=0.9318, w_r2_1=0.1275, w_r2_2=-0.09377, t_r2_1a=0.4019, t_r2_2a=0.8926, w_r3_1=0.09795, w_r3_2=-0.04968, t_r3_1a=0.4143, t_r3_2a=0.8795, w_r4_1=0.07932, w_r4_2=-0.02377, t_r4_1a=0.4197, t_r4_2a=0.8742, w_r5_1=0.06723, w_r5_2=-0.006807, t_r5_1a=0.4234, t_r5_2a=0.8723, w_r6_1=0.05784, w_r6_2=0.005747, t_r6_1a=0.4251, t_r6_2a=0.8711, w_r7_1=0.04972, w_r7_2=0.01527, t_r7_1a=0.4264, t_r7_2a=0.8704, w_r8_1=0.04393, w_r8_2=0.02261, t_r8_1a=0.4271, t_r8_2a=0.8705, cal_scale=0.9815, cal_shift=-0.03936):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -0.96, 1.996)
    b = np.clip(b, -0.539, 1.063)
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
                         'min': -0.96,
                         'max': 1.996,
                         'mean': 0.60668,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.539,
                         'max': 1.063,
                         'mean': 0.22514000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.3771812718163643,
            'w_b': -5.167379322679979,
            'bias': 0.8035560044906527,
            'w_new1': 2.4230342209909237,
            'w_new2': -2.0577223412284273,
            'w_new3': -2.0890642238944497,
            't_new1a': -0.007830848428108897,
            't_new2a': 1.1366072570251626,
            't_new3a': 0.9813519616194781,
            'w_r0_1': 0.46753133323261936,
            'w_r0_2': -0.49878948103682713,
            't_r0_1a': 0.18671911240762606,
            't_r0_2a': 1.0625737116396832,
            'w_r1_1': 0.19115455931778724,
            'w_r1_2': -0.1881827310629248,
            't_r1_1a': 0.36419204553665185,
            't_r1_2a': 0.9317500985664071,
            'w_r2_1': 0.12745211280858515,
            'w_r2_2': -0.09376956700105965,
            't_r2_1a': 0.40194512728709353,
            't_r2_2a': 0.8926384812774292,
            'w_r3_1': 0.09795291226629198,
            'w_r3_2': -0.049682187054809215,
            't_r3_1a': 0.41425431009109376,
            't_r3_2a': 0.879517883734079,
            'w_r4_1': 0.0793242469246006,
            'w_r4_2': -0.023769985706312086,
            't_r4_1a': 0.41970801144450925,
            't_r4_2a': 0.874163624940945,
            'w_r5_1': 0.06723087994094333,
            'w_r5_2': -0.006807199220349544,
            't_r5_1a': 0.4234117366892741,
            't_r5_2a': 0.8722718772155016,
            'w_r6_1': 0.05784217125975373,
            'w_r6_2': 0.005747430493622516,
            't_r6_1a': 0.42505547529992527,
            't_r6_2a': 0.8711480377886651,
            'w_r7_1': 0.04972373172307318,
            'w_r7_2': 0.015271979152156698,
            't_r7_1a': 0.4263517925017872,
            't_r7_2a': 0.8704437429883758,
            'w_r8_1': 0.04392744514968118,
            'w_r8_2': 0.022607897389049465,
            't_r8_1a': 0.4270837656836924,
            't_r8_2a': 0.8704809433948929,
            'cal_scale': 0.9814700638798002,
            'cal_shift': -0.03936438702444133},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [14],
                'prompt_hash': 'ca60a8fd1e54b0ac',
                'train_score': {'loss': 0.1031, 'log_loss': 0.1031, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0883,
                                     'log_loss': 0.0883,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '58fb0396e44d4905',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 31662,
                'completion_tokens': 1205,
                'fit_seconds': 311.25,
                'created': '2026-12-01T18:28:23+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 47,
                          'validation_fraction': 0.3},
                'teachers': [14, 13, 12, 11, 10, 9, 8, 7, 6, 2, 5, 1, 0, 4, 15, 3],
                'reselected': '2026-12-02T15:23:02+00:00'}}


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
