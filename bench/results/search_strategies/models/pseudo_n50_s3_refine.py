"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: refine
prompt_hash: e21615b074c2d966
data_fingerprint: e60f78794fb23571
train_score: {'loss': 0.0002, 'log_loss': 0.0002, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0009, 'log_loss': 0.0009, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-26T10:56:04+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-0.6617, w_b=0.5099, w_c=-1.693, w_d=1.433, bias=-0.4699, w_r1_1=0.4724, t_r1_1b=1.062, w_r1_2=6.116, t_r1_2b=1.264, t_r1_1a=1.062, t_r1_2a=-1.579, w_r2_1=1.126, t_r2_1b=1.408, w_r2_2=-1.115, t_r2_2b=1.43, t_r2_1a=1.408, t_r2_2a=1.43, w_r3_1=0.2178, t_r3_1b=1.012, w_r3_2=0.1584, t_r3_2b=0.9978, t_r3_1a=1.012, t_r3_2a=0.9985, w_r4_1=0.09142, t_r4_1b=1.003, w_r4_2=0.06028, t_r4_2b=0.9998, t_r4_1a=1.003, t_r4_2a=0.9998, cal_scale=1.499, cal_shift=-0.0006039):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # change or add terms that capture the pattern, each with its own parameter
    score = score + w_r1_1 * (a - t_r1_1a) * (a - t_r1_1b)
    score = score + w_r1_2 * (b - t_r1_2a) * (b - t_r1_2b)
    score = score + w_r2_1 * (c - t_r2_1a) * (c - t_r2_1b)
    score = score + w_r2_2 * (d - t_r2_2a) * (d - t_r2_2b)
    score = score + w_r3_1 * (a - t_r3_1a) * (a - t_r3_1b)
    score = score + w_r3_2 * (b - t_r3_2a) * (b - t_r3_2b)
    score = score + w_r4_1 * (a - t_r4_1a) * (a - t_r4_1b)
    score = score + w_r4_2 * (b - t_r4_2a) * (b - t_r4_2b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.45,
                         'max': 1.74,
                         'mean': 0.019199999999999988,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.75,
                         'max': 1.96,
                         'mean': -0.04139999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.2,
                         'max': 2.81,
                         'mean': 0.14219999999999997,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.68,
                         'max': 3.21,
                         'mean': -0.13900000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': -0.6617394456000998,
            'w_b': 0.5099111514390561,
            'w_c': -1.6932266607802258,
            'w_d': 1.4330579493470572,
            'bias': -0.4698529865666198,
            'w_r1_1': 0.4723714472873882,
            't_r1_1b': 1.062470385419893,
            'w_r1_2': 6.1161568773841735,
            't_r1_2b': 1.2640638453733364,
            't_r1_1a': 1.0624703854220856,
            't_r1_2a': -1.5787645883662171,
            'w_r2_1': 1.1263295643332163,
            't_r2_1b': 1.4084419836647362,
            'w_r2_2': -1.114769491554469,
            't_r2_2b': 1.430448112858479,
            't_r2_1a': 1.4084419837240927,
            't_r2_2a': 1.4304481128664537,
            'w_r3_1': 0.21775700801421485,
            't_r3_1b': 1.012436781409569,
            'w_r3_2': 0.15839087057154805,
            't_r3_2b': 0.9977649599641486,
            't_r3_1a': 1.0124367814102984,
            't_r3_2a': 0.9984651823568464,
            'w_r4_1': 0.09141795242311193,
            't_r4_1b': 1.0031732746567097,
            'w_r4_2': 0.06027509778854408,
            't_r4_2b': 0.9998246801073807,
            't_r4_1a': 1.0031732746567097,
            't_r4_2a': 0.9998246801073807,
            'cal_scale': 1.4985204704624455,
            'cal_shift': -0.0006039420961370648},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'refine',
                'members': [5],
                'prompt_hash': 'e21615b074c2d966',
                'train_score': {'loss': 0.0002, 'log_loss': 0.0002, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0009,
                                     'log_loss': 0.0009,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'e60f78794fb23571',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 8,
                'prompt_tokens': 19416,
                'completion_tokens': 654,
                'fit_seconds': 118.21,
                'created': '2026-11-26T10:56:04+00:00'}}


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
