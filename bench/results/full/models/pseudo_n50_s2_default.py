"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 399b2169d4717034
data_fingerprint: f601467755d5fc4e
train_score: {'loss': 0.2794, 'log_loss': 0.2794, 'auc': 0.9504, 'accuracy': 0.9}
validation_score: {'loss': 0.2888, 'log_loss': 0.2888, 'auc': 0.9219, 'accuracy': 0.9375}
metric: validation rows held out from prompts and fitting
created: 2026-11-26T07:04:27+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-0.1473, w_b=0.6384, w_c=0.3357, w_d=2.956, bias=0.1361, w_new1=-1.192, t_new1a=0.3522, w_new2=0.5688, t_new2b=0.4778, w_new3=2.048, t_new3c=0.03079, w_r0_1=-0.2714, t_r0_1a=0.946, w_r0_2=0.1149, t_r0_2b=0.9773, w_r1_1=-0.1378, t_r1_1a=0.9862, w_r1_2=0.09164, t_r1_2b=0.9888, w_r2_1=-0.08719, t_r2_1a=0.9961, w_r2_2=0.08368, t_r2_2b=0.9914, w_r3_1=-0.06697, t_r3_1a=0.9987, w_r3_2=0.08147, t_r3_2b=0.992, w_r4_1=-0.0576, t_r4_1a=0.9993, w_r4_2=0.08131, t_r4_2b=0.9922):
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
    return 1 / (1 + np.exp(-score))
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
 'params': {'w_a': -0.14729322375374823,
            'w_b': 0.638444753226427,
            'w_c': 0.3356944985536282,
            'w_d': 2.9556801452257577,
            'bias': 0.1361405075559603,
            'w_new1': -1.1915356594213513,
            't_new1a': 0.35222533774918774,
            'w_new2': 0.5687637796838341,
            't_new2b': 0.4777877522246043,
            'w_new3': 2.0480154089930087,
            't_new3c': 0.030787227124721497,
            'w_r0_1': -0.2714122774250236,
            't_r0_1a': 0.9460386653533177,
            'w_r0_2': 0.1148886743256479,
            't_r0_2b': 0.9772659877296949,
            'w_r1_1': -0.1378190497844225,
            't_r1_1a': 0.9862482229302055,
            'w_r1_2': 0.0916398728927907,
            't_r1_2b': 0.9888050895707217,
            'w_r2_1': -0.08719386956201058,
            't_r2_1a': 0.9961498148386343,
            'w_r2_2': 0.08367972228019231,
            't_r2_2b': 0.9913914354255026,
            'w_r3_1': -0.06696533954631671,
            't_r3_1a': 0.9986915133259019,
            'w_r3_2': 0.08147405901838334,
            't_r3_2b': 0.9919933051105928,
            'w_r4_1': -0.05760262339120663,
            't_r4_1a': 0.9993397056083086,
            'w_r4_2': 0.08130531657977004,
            't_r4_2b': 0.9922152596714133},
 'link': 'identity',
 'calibration': [1.3198534202185406, -0.004581018026171376],
 'provenance': {'strategy': 'default',
                'members': [10],
                'prompt_hash': '399b2169d4717034',
                'train_score': {'loss': 0.2794, 'log_loss': 0.2794, 'auc': 0.9504, 'accuracy': 0.9},
                'validation_score': {'loss': 0.2888,
                                     'log_loss': 0.2888,
                                     'auc': 0.9219,
                                     'accuracy': 0.9375},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'f601467755d5fc4e',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34744,
                'completion_tokens': 1387,
                'fit_seconds': 233.49,
                'created': '2026-11-26T07:04:27+00:00'}}


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
