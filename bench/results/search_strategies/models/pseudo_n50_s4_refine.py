"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: refine
prompt_hash: fb515a62f398df99
data_fingerprint: db9b20a790073854
train_score: {'loss': 0.1684, 'log_loss': 0.1684, 'auc': 0.9824, 'accuracy': 0.94}
validation_score: {'loss': 0.1533, 'log_loss': 0.1533, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-26T16:25:16+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=1.297, w_b=-0.8381, w_c=0.2393, w_d=1.027, bias=-0.2643, w_r0_1=-0.1403, t_r0_1c=0.6982, w_r0_2=0.9622, t_r0_2c=1.278, t_r0_1b=-1.031, t_r0_2b=0.3032, w_r1_1=0.4541, t_r1_1c=-0.4343, w_r1_2=-3.501, t_r1_2c=3.006, t_r1_1b=-1.732, t_r1_2b=0.9116, w_r2_1=-0.6517, t_r2_1c=0.9472, w_r2_2=0.7374, t_r2_2c=1.119, t_r2_1b=-0.7152, t_r2_2b=0.1792, cal_scale=0.2778, cal_shift=0.8108):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_r0_1 * (a - t_r0_1b) * (a - t_r0_1c)
    score = score + w_r0_2 * (b - t_r0_2b) * (b - t_r0_2c)
    score = score + w_r1_1 * (a - t_r1_1b) * (a - t_r1_1c)
    score = score + w_r1_2 * (a - t_r1_2b) * (a - t_r1_2c)
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
 'params': {'w_a': 1.2970553165752967,
            'w_b': -0.8380778225663699,
            'w_c': 0.23932114024078796,
            'w_d': 1.026885948925289,
            'bias': -0.2642972696256811,
            'w_r0_1': -0.1403281814938676,
            't_r0_1c': 0.6981599450162659,
            'w_r0_2': 0.9622244275708682,
            't_r0_2c': 1.277508093568205,
            't_r0_1b': -1.0314856465051625,
            't_r0_2b': 0.30319096474133334,
            'w_r1_1': 0.4541027702517852,
            't_r1_1c': -0.43429130400864624,
            'w_r1_2': -3.501343961057218,
            't_r1_2c': 3.0057834812049427,
            't_r1_1b': -1.7316844084434864,
            't_r1_2b': 0.9115715072715336,
            'w_r2_1': -0.651719517119361,
            't_r2_1c': 0.9471683006924296,
            'w_r2_2': 0.7373637038877313,
            't_r2_2c': 1.1190172460318493,
            't_r2_1b': -0.7152047008296358,
            't_r2_2b': 0.1791777191289506,
            'cal_scale': 0.2777880588500308,
            'cal_shift': 0.8108047053938319},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'refine',
                'members': [3],
                'prompt_hash': 'fb515a62f398df99',
                'train_score': {'loss': 0.1684,
                                'log_loss': 0.1684,
                                'auc': 0.9824,
                                'accuracy': 0.94},
                'validation_score': {'loss': 0.1533,
                                     'log_loss': 0.1533,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'db9b20a790073854',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 8,
                'prompt_tokens': 20877,
                'completion_tokens': 663,
                'fit_seconds': 106.79,
                'created': '2026-11-26T16:25:16+00:00'}}


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
