"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: f9b79ddd25b3438e
data_fingerprint: c97fda4903173340
train_score: {'loss': 0.0606, 'log_loss': 0.0606, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0744, 'log_loss': 0.0744, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T13:19:02+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.231, w_b=-8.755, bias=1.294, w_new1=3.654, w_new2=5.541, w_new3=-6.589, t_new1a=0.3013, t_new2b=0.5974, t_new3a=0.9177, w_r0_1=0.471, w_r0_2=-5.355, t_r0_1a=0.29, t_r0_2b=-0.06225, w_r1_1=0.3024, w_r1_2=0.7726, t_r1_1a=0.2936, t_r1_2b=0.6847, w_r2_1=0.2557, w_r2_2=-0.6151, t_r2_1a=0.2927, t_r2_2b=-0.0716, w_r3_1=0.2211, w_r3_2=-0.01831, t_r3_1a=0.2913, t_r3_2b=0.3328, w_r4_1=0.1798, w_r4_2=0.006331, t_r4_1a=0.2889, t_r4_2b=0.3549, w_r5_1=0.1411, w_r5_2=0.01218, t_r5_1a=0.2862, t_r5_2b=0.3591, w_r6_1=0.1104, w_r6_2=0.0115, t_r6_1a=0.2837, t_r6_2b=0.3586, w_r7_1=0.08427, w_r7_2=0.008856, t_r7_1a=0.2815, t_r7_2b=0.3576, w_r8_1=0.06369, w_r8_2=0.005816, t_r8_1a=0.2804, t_r8_2b=0.3568, w_r9_1=0.04706, w_r9_2=0.002275, t_r9_1a=0.2799, t_r9_2b=0.3563, cal_scale=1.578, cal_shift=0.01777):
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
    score = score + w_r8_1 * np.exp(-(a - t_r8_1a)**2)
    score = score + w_r8_2 * np.exp(-(b - t_r8_2b)**2)
    score = score + w_r9_1 * np.exp(-(a - t_r9_1a)**2)
    score = score + w_r9_2 * np.exp(-(b - t_r9_2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -1.047,
                         'max': 2.029,
                         'mean': 0.47668,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.523,
                         'max': 1.038,
                         'mean': 0.25716,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.2314094468542085,
            'w_b': -8.755410902351667,
            'bias': 1.2941383189386721,
            'w_new1': 3.6537322831454753,
            'w_new2': 5.540604885622142,
            'w_new3': -6.588770847084389,
            't_new1a': 0.30129395389458324,
            't_new2b': 0.5974113650052335,
            't_new3a': 0.9177131660118851,
            'w_r0_1': 0.4710311841080543,
            'w_r0_2': -5.35505771910286,
            't_r0_1a': 0.28997966143056386,
            't_r0_2b': -0.06225464487693209,
            'w_r1_1': 0.3024172947805094,
            'w_r1_2': 0.7726382346342808,
            't_r1_1a': 0.29357823505438835,
            't_r1_2b': 0.684725359699803,
            'w_r2_1': 0.2557255641756259,
            'w_r2_2': -0.6150876947864813,
            't_r2_1a': 0.29266071691353956,
            't_r2_2b': -0.07160263210665298,
            'w_r3_1': 0.22112696804927467,
            'w_r3_2': -0.018310734756781865,
            't_r3_1a': 0.29129641960004365,
            't_r3_2b': 0.33275185129170565,
            'w_r4_1': 0.17982109927643905,
            'w_r4_2': 0.006331376405356381,
            't_r4_1a': 0.28894033935702146,
            't_r4_2b': 0.35487703417632793,
            'w_r5_1': 0.14111641405697556,
            'w_r5_2': 0.01217987280313932,
            't_r5_1a': 0.2861615640122938,
            't_r5_2b': 0.35912235854897234,
            'w_r6_1': 0.11039761524482528,
            'w_r6_2': 0.011495695563150428,
            't_r6_1a': 0.2836539402309869,
            't_r6_2b': 0.35855970171218193,
            'w_r7_1': 0.08426933552123769,
            'w_r7_2': 0.008856462653568256,
            't_r7_1a': 0.28154571143709545,
            't_r7_2b': 0.3576081173550886,
            'w_r8_1': 0.06369169430790401,
            'w_r8_2': 0.005816337167881592,
            't_r8_1a': 0.2803904055635006,
            't_r8_2b': 0.3568150589058426,
            'w_r9_1': 0.047063269852825856,
            'w_r9_2': 0.0022746616609479915,
            't_r9_1a': 0.2799425047123671,
            't_r9_2b': 0.3562704240996778,
            'cal_scale': 1.5777300252919098,
            'cal_shift': 0.017771156406882326},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'f9b79ddd25b3438e',
                'train_score': {'loss': 0.0606, 'log_loss': 0.0606, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0744,
                                     'log_loss': 0.0744,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'c97fda4903173340',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34218,
                'completion_tokens': 1125,
                'fit_seconds': 856.82,
                'created': '2026-11-27T13:19:02+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 3,
                          'validation_fraction': 0.3},
                'cross_validation_score': {'loss': 0.0653,
                                           'log_loss': 0.0653,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'reselected': '2026-12-01T13:40:14+00:00'}}


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
