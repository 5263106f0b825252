"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 84cfec33343f3773
data_fingerprint: cde8039a37526b4b
train_score: {'loss': 0.005, 'log_loss': 0.005, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.1242, 'log_loss': 0.1242, 'auc': 1.0, 'accuracy': 0.9375}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T22:12:14+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-0.4374, w_b=0.2107, w_c=0.6457, w_d=0.4079, bias=-0.481, w_new1=-1.88, t_new1a=-1.363, w_new2=-3.675, t_new2b=3.095, w_new3=25.91, t_new3c=-1.677, w_r0_1=-0.6025, t_r0_1a=0.05831, w_r0_2=-0.2138, t_r0_2b=-0.2449, w_r1_1=-0.2716, t_r1_1a=0.2336, w_r1_2=-0.1511, t_r1_2b=-0.2438, w_r2_1=-0.03498, t_r2_1a=0.3132, w_r2_2=-0.03254, t_r2_2b=-0.2347, cal_scale=0.2143, cal_shift=-0.0007987):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (c - t_new3c) * (c - t_new3c)
    score = score + w_r0_1 * (a - t_r0_1a) * (a - t_r0_1a)
    score = score + w_r0_2 * (b - t_r0_2b) * (b - t_r0_2b)
    score = score + w_r1_1 * (a - t_r1_1a) * (a - t_r1_1a)
    score = score + w_r1_2 * (b - t_r1_2b) * (b - t_r1_2b)
    score = score + w_r2_1 * (a - t_r2_1a) * (a - t_r2_1a)
    score = score + w_r2_2 * (b - t_r2_2b) * (b - t_r2_2b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.72,
                         'max': 2.63,
                         'mean': -0.019999999999999976,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.76,
                         'max': 2.0,
                         'mean': -0.03140000000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.18,
                         'max': 2.43,
                         'mean': -0.0098,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.78,
                         'max': 1.79,
                         'mean': 0.019800000000000005,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': -0.43736305612989923,
            'w_b': 0.21072329164919498,
            'w_c': 0.6457430387440414,
            'w_d': 0.4078804283145653,
            'bias': -0.48103507094001136,
            'w_new1': -1.8798426571170836,
            't_new1a': -1.3633089462514156,
            'w_new2': -3.6752246134665527,
            't_new2b': 3.0951773542404606,
            'w_new3': 25.910776654214228,
            't_new3c': -1.677247573161048,
            'w_r0_1': -0.6024536001774979,
            't_r0_1a': 0.05830577359479613,
            'w_r0_2': -0.2138133826899336,
            't_r0_2b': -0.24493477218620235,
            'w_r1_1': -0.27158848519469464,
            't_r1_1a': 0.23361585068843016,
            'w_r1_2': -0.15107139744344344,
            't_r1_2b': -0.24376197039030115,
            'w_r2_1': -0.03497969743636726,
            't_r2_1a': 0.31316939143693107,
            'w_r2_2': -0.03254444712906694,
            't_r2_2b': -0.23468761237567645,
            'cal_scale': 0.2143077459955256,
            'cal_shift': -0.0007987374769018339},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [8],
                'prompt_hash': '84cfec33343f3773',
                'train_score': {'loss': 0.005, 'log_loss': 0.005, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.1242,
                                     'log_loss': 0.1242,
                                     'auc': 1.0,
                                     'accuracy': 0.9375},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0728,
                                           'log_loss': 0.0728,
                                           'auc': 1.0,
                                           'accuracy': 0.98},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'cde8039a37526b4b',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 28656,
                'completion_tokens': 1456,
                'fit_seconds': 392.62,
                'created': '2026-12-01T22:12:14+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 57,
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
