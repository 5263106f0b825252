"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 473ff0a8e30f89c5
data_fingerprint: a80912e2a6902f07
train_score: {'loss': 0.0917, 'log_loss': 0.0917, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0529, 'log_loss': 0.0529, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-02T11:36:07+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-2.239, w_b=0.009936, w_c=0.4267, w_d=1.326, bias=6.562, w_new1=-7.369, w_new2=-2.753, w_new3=1.854, t_new1a=-0.5597, t_new2b=-0.2185, t_new3c=0.7533, w_r0_1=-1.022, w_r0_2=-0.4688, t_r0_1a=-0.6365, t_r0_2b=-0.1924, w_r1_1=-0.6197, w_r1_2=0.8783, t_r1_1a=-0.5988, t_r1_2b=0.4141, w_r2_1=-0.3333, w_r2_2=0.2942, t_r2_1a=-0.4911, t_r2_2b=0.2531, w_r3_1=-0.1235, w_r3_2=0.1142, t_r3_1a=-0.3451, t_r3_2b=0.09331, w_r4_1=-0.04175, w_r4_2=0.0614, t_r4_1a=-0.2855, t_r4_2b=0.04736, w_r5_1=-0.01896, w_r5_2=0.04521, t_r5_1a=-0.2732, t_r5_2b=0.03697, cal_scale=1.218, cal_shift=0.005063):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
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
                         'decimals': 2,
                         'min': -0.73,
                         'max': 0.5,
                         'mean': -0.0648,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.18,
                         'max': 1.72,
                         'mean': 0.04580000000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.75,
                         'max': 2.66,
                         'mean': 0.14060000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.85,
                         'max': 3.18,
                         'mean': 0.2882,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': -2.2388812035524994,
            'w_b': 0.00993622071693323,
            'w_c': 0.4267485454220784,
            'w_d': 1.3262646589511056,
            'bias': 6.562250813981318,
            'w_new1': -7.368505125541399,
            'w_new2': -2.753066038936755,
            'w_new3': 1.8540757938688728,
            't_new1a': -0.5596955813739845,
            't_new2b': -0.21851387653111048,
            't_new3c': 0.7532609790162423,
            'w_r0_1': -1.0216397759262388,
            'w_r0_2': -0.4687978620712761,
            't_r0_1a': -0.6364733022125032,
            't_r0_2b': -0.19239389170606094,
            'w_r1_1': -0.6196569025214423,
            'w_r1_2': 0.8782780148055717,
            't_r1_1a': -0.5987980881338497,
            't_r1_2b': 0.414052854993432,
            'w_r2_1': -0.3332846250498575,
            'w_r2_2': 0.2942286735062069,
            't_r2_1a': -0.49105409763541724,
            't_r2_2b': 0.2531221738543026,
            'w_r3_1': -0.12349169435201655,
            'w_r3_2': 0.1142182602416003,
            't_r3_1a': -0.3450860740951238,
            't_r3_2b': 0.0933116377279519,
            'w_r4_1': -0.04174733985644076,
            'w_r4_2': 0.061399336445006676,
            't_r4_1a': -0.2855496573323464,
            't_r4_2b': 0.04735928828328917,
            'w_r5_1': -0.018959362297797523,
            'w_r5_2': 0.0452051877618784,
            't_r5_1a': -0.273209218452483,
            't_r5_2b': 0.03696864526397156,
            'cal_scale': 1.217867885398248,
            'cal_shift': 0.005063387611309618},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [11],
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 3, 4, 2, 0],
                'prompt_hash': '473ff0a8e30f89c5',
                'train_score': {'loss': 0.0917, 'log_loss': 0.0917, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0529,
                                     'log_loss': 0.0529,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'a80912e2a6902f07',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 40775,
                'completion_tokens': 1210,
                'fit_seconds': 1565.0,
                'created': '2026-12-02T11:36:07+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 66,
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
