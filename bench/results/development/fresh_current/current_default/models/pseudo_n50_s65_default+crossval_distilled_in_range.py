"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: a89cc3af1606a0fa
data_fingerprint: a32a9ab112436b5b
train_score: {'loss': 0.2209, 'log_loss': 0.2209, 'auc': 0.9824, 'accuracy': 0.92}
validation_score: {'loss': 0.1859, 'log_loss': 0.1859, 'auc': 1.0, 'accuracy': 0.9375}
metric: validation rows held out from prompts and fitting
created: 2026-12-02T11:10:02+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.1113, w_b=-0.4476, w_c=0.8388, w_d=-3.469, bias=-0.03489, w_new1=-0.8349, t_new1a=0.216, w_new2=-0.2773, t_new2b=0.07438, w_new3=0.2961, t_new3c=-1.142, w_r0_1=-0.1549, t_r0_1a=0.04218, w_r0_2=-0.01092, t_r0_2b=0.3809, w_r1_1=-0.02213, t_r1_1a=0.04961, w_r1_2=-0.004843, t_r1_2b=0.3831, w_r2_1=0.01587, t_r2_1a=0.05754, w_r2_2=0.01067, t_r2_2b=0.3858, w_r3_1=0.0272, t_r3_1a=0.06099, w_r3_2=0.02372, t_r3_2b=0.3887, w_r4_1=0.02921, t_r4_1a=0.06175, w_r4_2=0.03321, t_r4_2b=0.3919, cal_scale=1.056, cal_shift=0.04403):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -2.35, 1.12)
    b = np.clip(b, -2.23, 3.05)
    c = np.clip(c, -2.91, 3.5)
    d = np.clip(d, -0.72, 0.65)
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
    score = score + w_r3_1 * (a - t_r3_1a) * (a - t_r3_1a)
    score = score + w_r3_2 * (b - t_r3_2b) * (b - t_r3_2b)
    score = score + w_r4_1 * (a - t_r4_1a) * (a - t_r4_1a)
    score = score + w_r4_2 * (b - t_r4_2b) * (b - t_r4_2b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.35,
                         'max': 1.12,
                         'mean': -0.157,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.23,
                         'max': 3.05,
                         'mean': 0.22400000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.91,
                         'max': 3.5,
                         'mean': 0.19899999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -0.72,
                         'max': 0.65,
                         'mean': -0.039999999999999994,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.11127043934541908,
            'w_b': -0.4475704911276117,
            'w_c': 0.838810635237236,
            'w_d': -3.4692536169792896,
            'bias': -0.03488537532636429,
            'w_new1': -0.8348666809664642,
            't_new1a': 0.216045428358763,
            'w_new2': -0.277331429898586,
            't_new2b': 0.07438072661006676,
            'w_new3': 0.2961370302429598,
            't_new3c': -1.1421685382977251,
            'w_r0_1': -0.15492916312474322,
            't_r0_1a': 0.04218479370862219,
            'w_r0_2': -0.010923422069555558,
            't_r0_2b': 0.38093124818141094,
            'w_r1_1': -0.022130690939694844,
            't_r1_1a': 0.04961278745833643,
            'w_r1_2': -0.004842833689113382,
            't_r1_2b': 0.38308215024199593,
            'w_r2_1': 0.015874750640005028,
            't_r2_1a': 0.05753623775946154,
            'w_r2_2': 0.010672423925081435,
            't_r2_2b': 0.3857955196911359,
            'w_r3_1': 0.027203504069151355,
            't_r3_1a': 0.06098982673600873,
            'w_r3_2': 0.023723777113547777,
            't_r3_2b': 0.38868338906031685,
            'w_r4_1': 0.0292100044056013,
            't_r4_1a': 0.06174670490722587,
            'w_r4_2': 0.03321033425585561,
            't_r4_2b': 0.39189706476296027,
            'cal_scale': 1.0558267990940569,
            'cal_shift': 0.04403384020266582},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [10],
                'prompt_hash': 'a89cc3af1606a0fa',
                'train_score': {'loss': 0.2209,
                                'log_loss': 0.2209,
                                'auc': 0.9824,
                                'accuracy': 0.92},
                'validation_score': {'loss': 0.1859,
                                     'log_loss': 0.1859,
                                     'auc': 1.0,
                                     'accuracy': 0.9375},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'a32a9ab112436b5b',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 30871,
                'completion_tokens': 1431,
                'fit_seconds': 1539.93,
                'created': '2026-12-02T11:10:02+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 65,
                          'validation_fraction': 0.3},
                'teachers': [12, 9, 10, 8, 7, 6, 3, 14, 4, 1, 15, 2, 11, 0],
                'reselected': '2026-12-02T15:41:06+00:00'}}


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
