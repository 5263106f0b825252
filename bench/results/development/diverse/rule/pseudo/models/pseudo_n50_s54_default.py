"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: d05f7a2da9ff068d
data_fingerprint: f57b07547d4beb76
train_score: {'loss': 0.0521, 'log_loss': 0.0521, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0427, 'log_loss': 0.0427, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T19:49:37+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-1.172, w_b=1.15, w_c=0.4754, w_d=-0.8441, bias=2.419, w_new1=0.2199, w_new2=-4.833, w_new3=-0.4253, t_new1a=0.02156, t_new2b=-0.03883, t_new3c=-0.5763, w_r0_1=0.08106, t_r0_1a=-0.3652, w_r1_1=0.1464, w_r1_2=-0.1793, t_r1_1a=0.9884, t_r1_2b=2.54, w_r2_1=0.02847, w_r2_2=-0.3357, t_r2_1a=0.9259, t_r2_2a=1.028, w_r3_1=-0.05115, w_r3_2=0.3263, t_r3_1a=-0.3314, t_r3_2b=0.3516, w_r4_1=0.1125, w_r4_2=0.0186, w_r5_1=0.05892, w_r5_2=0.05892, w_r6_1=-0.06714, w_r6_2=0.03911, w_r7_1=0.09546, w_r7_2=0.03327, cal_scale=1.119, cal_shift=-0.005282):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    score = score + w_r0_1 * np.exp(-(d - t_r0_1a)**2)
    score = score + w_r1_1 * np.exp(t_r1_1a * a)
    score = score + w_r1_2 * np.exp(t_r1_2b * b)
    score = score + w_r2_1 * np.exp(t_r2_1a * c)
    score = score + w_r2_2 * np.exp(t_r2_2a * d)
    score = score + w_r3_1 * np.exp(a - t_r3_1a)
    score = score + w_r3_2 * np.exp(b - t_r3_2b)
    score = score + w_r4_1 * np.exp(a - d)
    score = score + w_r4_2 * np.exp(b - d)
    score = score + w_r5_1 * np.exp(a - a)
    score = score + w_r5_2 * np.exp(b - b)
    score = score + w_r6_1 * np.exp(a - c)
    score = score + w_r6_2 * np.exp(b - c)
    score = score + w_r7_1 * np.exp(a - b)
    score = score + w_r7_2 * np.exp(b - a)
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
 'params': {'w_a': -1.1720987347630394,
            'w_b': 1.1504260437174127,
            'w_c': 0.4753687156125668,
            'w_d': -0.8440749900944061,
            'bias': 2.4194338420954953,
            'w_new1': 0.2199330223763887,
            'w_new2': -4.833198667597637,
            'w_new3': -0.42525454331466256,
            't_new1a': 0.021555984470970173,
            't_new2b': -0.03883327868503546,
            't_new3c': -0.5763055759708628,
            'w_r0_1': 0.0810625123892785,
            't_r0_1a': -0.36520655227803517,
            'w_r1_1': 0.14637089041277762,
            'w_r1_2': -0.17926134493529644,
            't_r1_1a': 0.9884353430538789,
            't_r1_2b': 2.5395153788994955,
            'w_r2_1': 0.02847232700004885,
            'w_r2_2': -0.3357031727262402,
            't_r2_1a': 0.9259046697816166,
            't_r2_2a': 1.0275533237079604,
            'w_r3_1': -0.05114747451306777,
            'w_r3_2': 0.32634493104007906,
            't_r3_1a': -0.331443770978971,
            't_r3_2b': 0.3515660045402184,
            'w_r4_1': 0.11246875045305572,
            'w_r4_2': 0.018600701124034332,
            'w_r5_1': 0.05891728568460834,
            'w_r5_2': 0.05891728547539493,
            'w_r6_1': -0.06713882717263381,
            'w_r6_2': 0.0391120804958647,
            'w_r7_1': 0.09546376743915587,
            'w_r7_2': 0.03327157468339319,
            'cal_scale': 1.1187227341720025,
            'cal_shift': -0.005282144428240223},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [13],
                'prompt_hash': 'd05f7a2da9ff068d',
                'train_score': {'loss': 0.0521, 'log_loss': 0.0521, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0427,
                                     'log_loss': 0.0427,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.054,
                                           'log_loss': 0.054,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'f57b07547d4beb76',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 36734,
                'completion_tokens': 1141,
                'fit_seconds': 527.12,
                'created': '2026-12-01T19:49:37+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 54,
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
