"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 4725a9f5ffaff107
data_fingerprint: 22b19ef2bbf9e5ea
train_score: {'loss': 0.1832, 'log_loss': 0.1832, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0673, 'log_loss': 0.0673, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T21:11:36+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=3.015, w_b=-4.761, bias=-1.128, w_new1=2.131, w_new2=1.895, w_new3=-2.641, t_new1a=-0.6723, t_new2a=-0.05011, t_new3a=1.28, w_r0_1=0.4211, w_r0_2=-0.2468, t_r0_1a=-0.1192, t_r0_2a=0.8432, w_r1_1=0.1074, w_r1_2=-0.04055, t_r1_1a=-0.03281, t_r1_2a=0.7646, w_r2_1=0.002915, w_r2_2=0.01424, t_r2_1a=-0.01456, t_r2_2a=0.7592, w_r3_1=-0.04471, w_r3_2=0.03968, t_r3_1a=-0.01271, t_r3_2a=0.7595, cal_scale=0.9108, cal_shift=0.06795):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -0.978, 2.05)
    b = np.clip(b, -0.589, 1.037)
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.978,
                         'max': 2.05,
                         'mean': 0.4163,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.589,
                         'max': 1.037,
                         'mean': 0.24838000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 3.0147551282440532,
            'w_b': -4.7609956316555335,
            'bias': -1.1280048230955477,
            'w_new1': 2.130565797945911,
            'w_new2': 1.8952899330533821,
            'w_new3': -2.641331763594476,
            't_new1a': -0.6723090996451783,
            't_new2a': -0.05011205850623468,
            't_new3a': 1.2795418424695362,
            'w_r0_1': 0.42113720000679816,
            'w_r0_2': -0.24683499830775893,
            't_r0_1a': -0.11916311463832155,
            't_r0_2a': 0.8431655424280632,
            'w_r1_1': 0.10738461457244292,
            'w_r1_2': -0.04055180951367549,
            't_r1_1a': -0.03281156127613023,
            't_r1_2a': 0.7645985674221603,
            'w_r2_1': 0.0029146303487856823,
            'w_r2_2': 0.014242501872827544,
            't_r2_1a': -0.01456317551609972,
            't_r2_2a': 0.7592092183339713,
            'w_r3_1': -0.044709359565819756,
            'w_r3_2': 0.03967982741803941,
            't_r3_1a': -0.01271061145640178,
            't_r3_2a': 0.7594534590262724,
            'cal_scale': 0.9108355790140685,
            'cal_shift': 0.06794683320047316},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [9],
                'prompt_hash': '4725a9f5ffaff107',
                'train_score': {'loss': 0.1832, 'log_loss': 0.1832, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0673,
                                     'log_loss': 0.0673,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '22b19ef2bbf9e5ea',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 22126,
                'completion_tokens': 1245,
                'fit_seconds': 209.62,
                'created': '2026-12-01T21:11:36+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 4,
                          'validation_fraction': 0.3},
                'teachers': [8, 7, 9, 6, 2, 1, 11, 13, 0, 15, 10, 4, 12],
                'reselected': '2026-12-02T18:05:31+00:00'}}


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
