"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 1c201627f95f03db
data_fingerprint: 54be66bd9054b9ef
train_score: {'loss': 0.064, 'log_loss': 0.064, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0522, 'log_loss': 0.0522, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T22:18:20+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.7495, w_b=-1.372, w_c=-0.07192, w_d=1.116, bias=-1.446, w_new1=-1.465, w_new2=8.844, w_new3=-0.8052, t_new1a=-0.6294, t_new2b=1.642, t_new3c=0.4384, w_r0_1=-0.5057, w_r0_2=-0.4459, t_r0_1a=-0.4071, t_r0_2b=0.8767, w_r1_1=-0.08384, w_r1_2=-0.2006, t_r1_1a=-0.1883, t_r1_2b=0.8851, w_r2_1=0.3598, w_r2_2=-0.1163, t_r2_1a=0.318, t_r2_2b=0.8675, w_r3_1=0.03696, w_r3_2=-0.0679, t_r3_1a=-0.06981, t_r3_2b=0.8518, w_r4_1=-0.007677, w_r4_2=-0.04112, t_r4_1a=-0.1138, t_r4_2b=0.8425, w_r5_1=-0.02288, w_r5_2=-0.02726, t_r5_1a=-0.126, t_r5_2b=0.8382, cal_scale=1.266, cal_shift=0.02683):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
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
                         'min': -3.23,
                         'max': 2.28,
                         'mean': -0.22039999999999996,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.29,
                         'max': 1.81,
                         'mean': -0.16780000000000006,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -4.48,
                         'max': 3.6,
                         'mean': -0.35039999999999993,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.46,
                         'max': 2.2,
                         'mean': -0.04640000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.7495101383264198,
            'w_b': -1.3720863347772727,
            'w_c': -0.071918705316849,
            'w_d': 1.1158664338936746,
            'bias': -1.4460014967662222,
            'w_new1': -1.4648848589826005,
            'w_new2': 8.844473186515497,
            'w_new3': -0.8051700728327013,
            't_new1a': -0.6294449596871697,
            't_new2b': 1.6418212187704089,
            't_new3c': 0.43839342756873106,
            'w_r0_1': -0.5056624161943345,
            'w_r0_2': -0.4458631952589961,
            't_r0_1a': -0.4071222157334162,
            't_r0_2b': 0.8767069785094074,
            'w_r1_1': -0.08383815519454377,
            'w_r1_2': -0.2005971744744524,
            't_r1_1a': -0.18834586203106998,
            't_r1_2b': 0.8850587140861913,
            'w_r2_1': 0.35981844677310565,
            'w_r2_2': -0.11625450692677236,
            't_r2_1a': 0.3180192597304775,
            't_r2_2b': 0.8675347379901985,
            'w_r3_1': 0.03695562997767776,
            'w_r3_2': -0.06789844649574815,
            't_r3_1a': -0.06980989091614538,
            't_r3_2b': 0.8517831310121763,
            'w_r4_1': -0.007677458361913442,
            'w_r4_2': -0.04112134586871062,
            't_r4_1a': -0.11375092647825369,
            't_r4_2b': 0.8424622031244483,
            'w_r5_1': -0.022884572515018783,
            'w_r5_2': -0.02725646378826909,
            't_r5_1a': -0.12601110297139365,
            't_r5_2b': 0.8382378018702977,
            'cal_scale': 1.2662326078367279,
            'cal_shift': 0.026833206242178918},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [11],
                'prompt_hash': '1c201627f95f03db',
                'train_score': {'loss': 0.064, 'log_loss': 0.064, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0522,
                                     'log_loss': 0.0522,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0827,
                                           'log_loss': 0.0827,
                                           'auc': 1.0,
                                           'accuracy': 0.98},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '54be66bd9054b9ef',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 38545,
                'completion_tokens': 1205,
                'fit_seconds': 365.96,
                'created': '2026-12-01T22:18:20+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 58,
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
