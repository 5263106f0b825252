"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 9c5c3d2d703be0cb
data_fingerprint: 462cc3cfb050f760
train_score: {'loss': 0.0597, 'log_loss': 0.0597, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.044, 'log_loss': 0.044, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T15:27:51+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.868, w_b=-9.223, bias=4.419, w_new1=1.951, w_new2=-7.432, w_new3=-5.998, t_new1a=-0.1714, t_new2b=-0.1659, t_new3a=1.311, w_r0_1=0.1438, w_r0_2=5.157, t_r0_1a=0.4404, t_r0_2b=0.5114, w_r1_1=0.08972, w_r1_2=-0.5041, t_r1_1a=0.4518, t_r1_2b=-0.1682, w_r2_1=0.03999, w_r2_2=-0.02449, t_r2_1a=0.4572, t_r2_2b=0.1238, w_r3_1=0.02975, w_r3_2=-0.02371, t_r3_1a=0.4583, t_r3_2b=0.1281, w_r4_1=0.02702, w_r4_2=-0.01639, t_r4_1a=0.4583, t_r4_2b=0.1335, w_r5_1=0.02893, w_r5_2=-0.01068, t_r5_1a=0.4576, t_r5_2b=0.136, cal_scale=1.86, cal_shift=0.01325):
    score = w_a * a + w_b * b + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
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
                         'decimals': 3,
                         'min': -1.029,
                         'max': 2.014,
                         'mean': 0.50536,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.485,
                         'max': 1.035,
                         'mean': 0.21350000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.868106395561001,
            'w_b': -9.22340407003456,
            'bias': 4.418652607791164,
            'w_new1': 1.95086484671147,
            'w_new2': -7.432391232714739,
            'w_new3': -5.998243832294075,
            't_new1a': -0.1713578747743944,
            't_new2b': -0.16594254231906086,
            't_new3a': 1.3106607106463586,
            'w_r0_1': 0.1438288731296353,
            'w_r0_2': 5.1565389743627525,
            't_r0_1a': 0.4404149547508431,
            't_r0_2b': 0.5113790187832888,
            'w_r1_1': 0.08971772097478489,
            'w_r1_2': -0.5041471338696728,
            't_r1_1a': 0.4517992245588971,
            't_r1_2b': -0.16821919979360755,
            'w_r2_1': 0.039988618353618825,
            'w_r2_2': -0.024486584542579355,
            't_r2_1a': 0.45721994868173244,
            't_r2_2b': 0.12377245093195156,
            'w_r3_1': 0.02975249811750008,
            'w_r3_2': -0.023710061254101727,
            't_r3_1a': 0.4583403731249975,
            't_r3_2b': 0.1280590817681953,
            'w_r4_1': 0.027017719134938445,
            'w_r4_2': -0.016385849773985713,
            't_r4_1a': 0.4582751973841228,
            't_r4_2b': 0.1335373488725138,
            'w_r5_1': 0.028934168459456063,
            'w_r5_2': -0.01067736424351422,
            't_r5_1a': 0.4575750349675275,
            't_r5_2b': 0.13602719006917896,
            'cal_scale': 1.859735669959103,
            'cal_shift': 0.013245067189694789},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [11],
                'prompt_hash': '9c5c3d2d703be0cb',
                'train_score': {'loss': 0.0597, 'log_loss': 0.0597, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.044, 'log_loss': 0.044, 'auc': 1.0, 'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0666,
                                           'log_loss': 0.0666,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '462cc3cfb050f760',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 24879,
                'completion_tokens': 1212,
                'fit_seconds': 345.61,
                'created': '2026-12-01T15:27:51+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 37,
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
