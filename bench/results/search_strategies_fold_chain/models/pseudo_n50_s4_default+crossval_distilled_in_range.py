"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 333a5ef79c76d4b6
data_fingerprint: db9b20a790073854
train_score: {'loss': 0.2322, 'log_loss': 0.2322, 'auc': 0.9744, 'accuracy': 0.9}
validation_score: {'loss': 0.195, 'log_loss': 0.195, 'auc': 1.0, 'accuracy': 0.9375}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T21:08:06+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=1.121, w_b=-0.5883, w_c=0.2377, w_d=0.8032, bias=-0.3243, w_new1=-0.3436, w_new2=0.1209, w_new3=0.5238, cal_scale=1.31, cal_shift=-0.02474):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -2.95, 1.74)
    b = np.clip(b, -3.47, 3.32)
    c = np.clip(c, -5.2, 3.19)
    d = np.clip(d, -1.49, 0.76)
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add products of columns, e.g. w_ab * a * b, each with its own parameter
    score = score + w_new1 * a * b
    score = score + w_new2 * a * c
    score = score + w_new3 * a * d
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.95,
                         'max': 1.74,
                         'mean': -0.03560000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.47,
                         'max': 3.32,
                         'mean': 0.00739999999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -5.2,
                         'max': 3.19,
                         'mean': -0.022599999999999974,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.49,
                         'max': 0.76,
                         'mean': -0.011600000000000006,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 1.121325872004772,
            'w_b': -0.5882610310769452,
            'w_c': 0.23772340321011426,
            'w_d': 0.8031841001253961,
            'bias': -0.32434497713583593,
            'w_new1': -0.34359280616375504,
            'w_new2': 0.12094331630926214,
            'w_new3': 0.523816322622066,
            'cal_scale': 1.309971843514653,
            'cal_shift': -0.024742539639178406},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [4],
                'prompt_hash': '333a5ef79c76d4b6',
                'train_score': {'loss': 0.2322, 'log_loss': 0.2322, 'auc': 0.9744, 'accuracy': 0.9},
                'validation_score': {'loss': 0.195,
                                     'log_loss': 0.195,
                                     'auc': 1.0,
                                     'accuracy': 0.9375},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'db9b20a790073854',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 35997,
                'completion_tokens': 1283,
                'fit_seconds': 341.79,
                'created': '2026-12-01T21:08:06+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 4,
                          'validation_fraction': 0.3},
                'teachers': [11, 10, 9, 8, 12, 7, 6, 1, 15, 5, 14, 3, 4, 2, 0],
                'reselected': '2026-12-03T09:02:14+00:00'}}


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
