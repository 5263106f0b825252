"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: fe94ea6184dcd8b9
data_fingerprint: 9c6beb139a76b1b9
train_score: {'loss': 0.1175, 'log_loss': 0.1175, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0512, 'log_loss': 0.0512, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T23:08:48+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.147, w_b=-8.547, bias=1.226, w_new1=6.505, w_new2=-6.143, w_new3=-7.873, t_new1a=0.3188, t_new2b=0.01851, t_new3a=0.7281, w_r0_1=0.3379, w_r0_2=4.937, t_r0_1a=0.3198, t_r0_2b=0.4641, w_r1_1=0.2266, w_r1_2=1.065, t_r1_1a=0.3586, t_r1_2b=0.5735, w_r2_1=0.1738, w_r2_2=0.05473, t_r2_1a=0.3849, t_r2_2b=0.2193, w_r3_1=0.131, w_r3_2=-0.01061, t_r3_1a=0.4077, t_r3_2b=0.1566, w_r4_1=0.09738, w_r4_2=-0.01823, t_r4_1a=0.4244, t_r4_2b=0.1508, w_r5_1=0.07097, w_r5_2=-0.0166, t_r5_1a=0.4355, t_r5_2b=0.1517, w_r6_1=0.05, w_r6_2=-0.01282, t_r6_1a=0.4426, t_r6_2b=0.1531, w_r7_1=0.03304, w_r7_2=-0.008783, t_r7_1a=0.4467, t_r7_2b=0.1539, cal_scale=0.978, cal_shift=0.0005103):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -0.994, 2.093)
    b = np.clip(b, -0.573, 1.054)
    score = w_a * a + w_b * b + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
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
    score = score + w_r6_1 * np.exp(-(a - t_r6_1a)**2)
    score = score + w_r6_2 * np.exp(-(b - t_r6_2b)**2)
    score = score + w_r7_1 * np.exp(-(a - t_r7_1a)**2)
    score = score + w_r7_2 * np.exp(-(b - t_r7_2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.994,
                         'max': 2.093,
                         'mean': 0.58886,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.573,
                         'max': 1.054,
                         'mean': 0.23617999999999997,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.1470591396539156,
            'w_b': -8.54684449041488,
            'bias': 1.2257597101659679,
            'w_new1': 6.5052104202300685,
            'w_new2': -6.142851799233375,
            'w_new3': -7.873247975046878,
            't_new1a': 0.31876188158135493,
            't_new2b': 0.018510490251395395,
            't_new3a': 0.7281041025940704,
            'w_r0_1': 0.3378571589789694,
            'w_r0_2': 4.936920528147594,
            't_r0_1a': 0.3198231056190281,
            't_r0_2b': 0.4641069507681147,
            'w_r1_1': 0.2265724134746545,
            'w_r1_2': 1.0646230000979244,
            't_r1_1a': 0.3586245616631567,
            't_r1_2b': 0.5735449544934657,
            'w_r2_1': 0.17379314150021888,
            'w_r2_2': 0.05472911000297624,
            't_r2_1a': 0.38491454086033156,
            't_r2_2b': 0.21926169761656306,
            'w_r3_1': 0.13098239926767075,
            'w_r3_2': -0.010611627506384773,
            't_r3_1a': 0.4077265697278606,
            't_r3_2b': 0.1566145657644917,
            'w_r4_1': 0.09738334668263443,
            'w_r4_2': -0.018234911879483166,
            't_r4_1a': 0.4243577632016851,
            't_r4_2b': 0.1508398139616983,
            'w_r5_1': 0.07096723251157255,
            'w_r5_2': -0.016598333341333954,
            't_r5_1a': 0.43548702991320815,
            't_r5_2b': 0.15170587324882864,
            'w_r6_1': 0.04999963383227588,
            'w_r6_2': -0.01282292580639838,
            't_r6_1a': 0.4425555850008063,
            't_r6_2b': 0.15309280634003575,
            'w_r7_1': 0.0330431086533203,
            'w_r7_2': -0.008782562254956366,
            't_r7_1a': 0.44672308232684244,
            't_r7_2b': 0.15391042690899231,
            'cal_scale': 0.9779518276668697,
            'cal_shift': 0.0005102980495907954},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [13],
                'prompt_hash': 'fe94ea6184dcd8b9',
                'train_score': {'loss': 0.1175, 'log_loss': 0.1175, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0512,
                                     'log_loss': 0.0512,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '9c6beb139a76b1b9',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 29404,
                'completion_tokens': 1237,
                'fit_seconds': 1150.12,
                'created': '2026-12-01T23:08:48+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 55,
                          'validation_fraction': 0.3},
                'teachers': [13, 12, 11, 10, 9, 8, 7, 6, 1, 2, 0, 4, 14, 3, 15],
                'reselected': '2026-12-03T04:47:25+00:00'}}


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
