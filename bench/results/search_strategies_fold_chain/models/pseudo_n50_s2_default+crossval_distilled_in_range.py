"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 04fd0067de1f5d4d
data_fingerprint: f601467755d5fc4e
train_score: {'loss': 0.3413, 'log_loss': 0.3413, 'auc': 0.9392, 'accuracy': 0.9}
validation_score: {'loss': 0.3742, 'log_loss': 0.3742, 'auc': 0.9219, 'accuracy': 0.9375}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T20:45:33+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.4343, w_b=0.5648, w_c=-0.1304, w_d=0.9907, bias=-0.1301, w_new1=-0.5254, t_new1a=0.04713, w_new2=0.278, t_new2b=-0.009536, w_new3=0.5481, t_new3c=0.5176, cal_scale=0.9569, cal_shift=0.0328):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -3.16, 2.41)
    b = np.clip(b, -2.42, 2.22)
    c = np.clip(c, -3.0, 3.23)
    d = np.clip(d, -0.58, 0.49)
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (c - t_new3c) * (c - t_new3c)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.16,
                         'max': 2.41,
                         'mean': -0.21440000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.42,
                         'max': 2.22,
                         'mean': 0.06359999999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.0,
                         'max': 3.23,
                         'mean': 0.22899999999999995,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -0.58,
                         'max': 0.49,
                         'mean': -0.028199999999999992,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.43427310540958997,
            'w_b': 0.5648086821311171,
            'w_c': -0.1303755563012512,
            'w_d': 0.9906631355999067,
            'bias': -0.13010185787462022,
            'w_new1': -0.5254076549723611,
            't_new1a': 0.04713052680276689,
            'w_new2': 0.2779814446516156,
            't_new2b': -0.009535702590974901,
            'w_new3': 0.5480959615955681,
            't_new3c': 0.5176132802053464,
            'cal_scale': 0.9568811257940484,
            'cal_shift': 0.03280222652719913},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [3],
                'prompt_hash': '04fd0067de1f5d4d',
                'train_score': {'loss': 0.3413, 'log_loss': 0.3413, 'auc': 0.9392, 'accuracy': 0.9},
                'validation_score': {'loss': 0.3742,
                                     'log_loss': 0.3742,
                                     'auc': 0.9219,
                                     'accuracy': 0.9375},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'f601467755d5fc4e',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 28372,
                'completion_tokens': 1366,
                'fit_seconds': 226.48,
                'created': '2026-12-01T20:45:33+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 2,
                          'validation_fraction': 0.3},
                'teachers': [7, 6, 8, 1, 15, 10, 3, 4, 0, 5, 14, 2],
                'reselected': '2026-12-03T08:54:21+00:00'}}


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
