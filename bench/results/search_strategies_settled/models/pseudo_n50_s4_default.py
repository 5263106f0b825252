"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: b3bd8a19be9b689a
data_fingerprint: db9b20a790073854
train_score: {'loss': 0.0983, 'log_loss': 0.0983, 'auc': 1.0, 'accuracy': 0.98}
validation_score: {'loss': 0.0756, 'log_loss': 0.0756, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T17:05:20+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-1.169, w_b=0.7504, w_c=0.2311, w_d=0.01802, bias=-1.011, w_new1=7.359, w_new2=-19.0, w_new3=-0.5245, t_new1a=1.567, t_new2b=1.417, t_new3c=0.6164, w_r0_1=1.572, w_r0_2=-12.28, t_r0_1a=0.06526, t_r0_2b=0.6403, w_r1_1=0.6734, w_r1_2=-0.809, t_r1_1a=0.07204, t_r1_2b=0.6249, w_r2_1=0.3074, w_r2_2=24.63, t_r2_1a=0.1096, t_r2_2b=1.036, w_r3_1=0.1493, w_r3_2=-0.3447, t_r3_1a=0.1873, t_r3_2b=0.6046, w_r4_1=0.1003, w_r4_2=-0.2887, t_r4_1a=0.2191, t_r4_2b=0.5969, w_r5_1=0.07887, w_r5_2=-0.1966, t_r5_1a=0.2328, t_r5_2b=0.5751, w_r6_1=0.05996, w_r6_2=-0.08054, t_r6_1a=0.2416, t_r6_2b=0.5187, w_r7_1=0.03933, w_r7_2=-0.006892, t_r7_1a=0.248, t_r7_2b=0.4628, w_r8_1=0.01714, w_r8_2=0.01026, t_r8_1a=0.2526, t_r8_2b=0.4463, cal_scale=1.626, cal_shift=-0.05041):
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
    score = score + w_r6_1 * np.exp(-(a - t_r6_1a)**2)
    score = score + w_r6_2 * np.exp(-(b - t_r6_2b)**2)
    score = score + w_r7_1 * np.exp(-(a - t_r7_1a)**2)
    score = score + w_r7_2 * np.exp(-(b - t_r7_2b)**2)
    score = score + w_r8_1 * np.exp(-(a - t_r8_1a)**2)
    score = score + w_r8_2 * np.exp(-(b - t_r8_2b)**2)
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
 'params': {'w_a': -1.168933532037502,
            'w_b': 0.7504032131908857,
            'w_c': 0.23112124120771085,
            'w_d': 0.018017388700892097,
            'bias': -1.0109550386908261,
            'w_new1': 7.358918997768316,
            'w_new2': -18.99729868903365,
            'w_new3': -0.5244525558008377,
            't_new1a': 1.567032635027562,
            't_new2b': 1.4174471697241302,
            't_new3c': 0.6163939034295387,
            'w_r0_1': 1.5719602723633068,
            'w_r0_2': -12.283492794335793,
            't_r0_1a': 0.06525973159041475,
            't_r0_2b': 0.6402665456179214,
            'w_r1_1': 0.6734388290660913,
            'w_r1_2': -0.8090178232622222,
            't_r1_1a': 0.07204215205622076,
            't_r1_2b': 0.6248657143119988,
            'w_r2_1': 0.30735218309905304,
            'w_r2_2': 24.631072534194395,
            't_r2_1a': 0.10960117317645693,
            't_r2_2b': 1.0359242547171832,
            'w_r3_1': 0.14934064265399558,
            'w_r3_2': -0.3446926572892898,
            't_r3_1a': 0.18734684917703076,
            't_r3_2b': 0.6046012512543156,
            'w_r4_1': 0.10031288520597932,
            'w_r4_2': -0.2886599972012238,
            't_r4_1a': 0.21914046557460815,
            't_r4_2b': 0.5968729132357657,
            'w_r5_1': 0.07886714766193494,
            'w_r5_2': -0.1966474616642288,
            't_r5_1a': 0.23276185725080806,
            't_r5_2b': 0.5750869275966813,
            'w_r6_1': 0.05995774819371258,
            'w_r6_2': -0.08053917181370149,
            't_r6_1a': 0.24155593225929528,
            't_r6_2b': 0.5186522027952503,
            'w_r7_1': 0.03932953085042587,
            'w_r7_2': -0.006892349676043323,
            't_r7_1a': 0.24799962071235732,
            't_r7_2b': 0.46282875433418824,
            'w_r8_1': 0.01714202361652648,
            'w_r8_2': 0.010263377604822583,
            't_r8_1a': 0.25259595491612735,
            't_r8_2b': 0.44627502958915,
            'cal_scale': 1.6256303259153326,
            'cal_shift': -0.0504101685868557},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [14],
                'prompt_hash': 'b3bd8a19be9b689a',
                'train_score': {'loss': 0.0983, 'log_loss': 0.0983, 'auc': 1.0, 'accuracy': 0.98},
                'validation_score': {'loss': 0.0756,
                                     'log_loss': 0.0756,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.2929,
                                           'log_loss': 0.2929,
                                           'auc': 0.9424,
                                           'accuracy': 0.92},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'db9b20a790073854',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 41030,
                'completion_tokens': 1210,
                'fit_seconds': 344.33,
                'created': '2026-12-01T17:05:20+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 4,
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
