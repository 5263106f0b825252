"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 57c61c27a7af0867
data_fingerprint: cf408d411bd6f9ad
train_score: {'loss': 0.4259, 'log_loss': 0.4259, 'auc': 0.8992, 'accuracy': 0.86}
validation_score: {'loss': 0.46, 'log_loss': 0.46, 'auc': 0.8906, 'accuracy': 0.875}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T20:36:07+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.4032, w_b=-0.08781, w_c=0.4297, w_d=0.6411, bias=-0.1673, w_r0_1=-0.3666, t_r0_1c=1.595, w_r0_2=0.7092, t_r0_2c=0.9116, t_r0_1b=-0.6713, t_r0_2b=-0.3739, w_r2_1=0.08961, t_r2_1c=1.283, w_r2_2=0.01074, t_r2_2c=0.8034, t_r2_1b=-0.9389, t_r2_2b=-0.3498, cal_scale=1.155, cal_shift=-0.01161):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # keep the weights of the columns that matter; drop columns that do not help
    score = score + w_r0_1 * (a - t_r0_1b) * (a - t_r0_1c)
    score = score + w_r0_2 * (b - t_r0_2b) * (b - t_r0_2c)
    score = score + w_r2_1 * (a - t_r2_1b) * (a - t_r2_1c)
    score = score + w_r2_2 * (b - t_r2_2b) * (b - t_r2_2c)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.75,
                         'max': 2.85,
                         'mean': 0.1986,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.36,
                         'max': 2.35,
                         'mean': 0.12039999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.38,
                         'max': 3.42,
                         'mean': -0.1604,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.31,
                         'max': 3.62,
                         'mean': 0.08080000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.40317215764614,
            'w_b': -0.08781466795333748,
            'w_c': 0.4297441084012513,
            'w_d': 0.6410961539685907,
            'bias': -0.16730403653090628,
            'w_r0_1': -0.366624122122701,
            't_r0_1c': 1.594948524302755,
            'w_r0_2': 0.7091742645434151,
            't_r0_2c': 0.9115930299785943,
            't_r0_1b': -0.6712963748071517,
            't_r0_2b': -0.37392819389677784,
            'w_r2_1': 0.08961016268930155,
            't_r2_1c': 1.282697674381984,
            'w_r2_2': 0.010743661054389973,
            't_r2_2c': 0.8033644731175354,
            't_r2_1b': -0.9389328691478646,
            't_r2_2b': -0.34978909160072424,
            'cal_scale': 1.1551629110024668,
            'cal_shift': -0.011614624194293054},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [8],
                'prompt_hash': '57c61c27a7af0867',
                'train_score': {'loss': 0.4259,
                                'log_loss': 0.4259,
                                'auc': 0.8992,
                                'accuracy': 0.86},
                'validation_score': {'loss': 0.46,
                                     'log_loss': 0.46,
                                     'auc': 0.8906,
                                     'accuracy': 0.875},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.5223,
                                           'log_loss': 0.5223,
                                           'auc': 0.8432,
                                           'accuracy': 0.8},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'cf408d411bd6f9ad',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 26274,
                'completion_tokens': 1429,
                'fit_seconds': 199.38,
                'created': '2026-12-01T20:36:07+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 1,
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
