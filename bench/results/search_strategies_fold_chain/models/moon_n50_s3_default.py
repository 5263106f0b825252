"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: fb24310fa4b2591d
data_fingerprint: c97fda4903173340
train_score: {'loss': 0.0606, 'log_loss': 0.0606, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0744, 'log_loss': 0.0744, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T21:02:25+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.235, w_b=-8.75, bias=1.333, w_new1=3.65, w_new2=5.522, w_new3=-6.528, t_new1a=0.2938, t_new2b=0.596, t_new3a=0.9219, w_r0_1=0.4629, w_r0_2=-5.357, t_r0_1a=0.2932, t_r0_2b=-0.06587, w_r1_1=0.2945, w_r1_2=0.7567, t_r1_1a=0.2968, t_r1_2b=0.6764, w_r2_1=0.2473, w_r2_2=-0.6276, t_r2_1a=0.296, t_r2_2b=-0.0715, w_r3_1=0.2128, w_r3_2=-0.02153, t_r3_1a=0.2942, t_r3_2b=0.3318, w_r4_1=0.1719, w_r4_2=0.003226, t_r4_1a=0.2914, t_r4_2b=0.3541, w_r5_1=0.1343, w_r5_2=0.008759, t_r5_1a=0.2879, t_r5_2b=0.358, w_r6_1=0.1038, w_r6_2=0.008849, t_r6_1a=0.2849, t_r6_2b=0.358, w_r7_1=0.07966, w_r7_2=0.007007, t_r7_1a=0.2825, t_r7_2b=0.3573, w_r8_1=0.06047, w_r8_2=0.004418, t_r8_1a=0.2809, t_r8_2b=0.3567, w_r9_1=0.04502, w_r9_2=0.00153, t_r9_1a=0.28, t_r9_2b=0.3562, cal_scale=1.578, cal_shift=0.01843):
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
 'params': {'w_a': 2.2347115225107763,
            'w_b': -8.750070776806902,
            'bias': 1.332964700361976,
            'w_new1': 3.6495497448687058,
            'w_new2': 5.522354464801707,
            'w_new3': -6.52834395415481,
            't_new1a': 0.29379183069501613,
            't_new2b': 0.5960378536538754,
            't_new3a': 0.9218918291171683,
            'w_r0_1': 0.46290861303411146,
            'w_r0_2': -5.356895681184474,
            't_r0_1a': 0.29321136684897064,
            't_r0_2b': -0.06586746591682718,
            'w_r1_1': 0.2944812154250511,
            'w_r1_2': 0.7566894362428144,
            't_r1_1a': 0.29678603698898104,
            't_r1_2b': 0.6763955762283734,
            'w_r2_1': 0.24734707842332276,
            'w_r2_2': -0.62761449599812,
            't_r2_1a': 0.2959713045855487,
            't_r2_2b': -0.07150127967856187,
            'w_r3_1': 0.21280423825633688,
            'w_r3_2': -0.021530099665698382,
            't_r3_1a': 0.2941573546573059,
            't_r3_2b': 0.3317828280852658,
            'w_r4_1': 0.1719386113478686,
            'w_r4_2': 0.0032259144500188033,
            't_r4_1a': 0.2913673367766499,
            't_r4_2b': 0.3540667088313192,
            'w_r5_1': 0.13430290482693635,
            'w_r5_2': 0.0087593421022693,
            't_r5_1a': 0.2878583110594796,
            't_r5_2b': 0.3579866012953122,
            'w_r6_1': 0.10375221289084671,
            'w_r6_2': 0.008848970879406885,
            't_r6_1a': 0.28486779695449227,
            't_r6_2b': 0.35799519682522224,
            'w_r7_1': 0.07966317063831102,
            'w_r7_2': 0.007007027695704848,
            't_r7_1a': 0.28249884024103,
            't_r7_2b': 0.35732072480222493,
            'w_r8_1': 0.060473117106724886,
            'w_r8_2': 0.004418261129988775,
            't_r8_1a': 0.2809032013333581,
            't_r8_2b': 0.3566732005696111,
            'w_r9_1': 0.04502305157772469,
            'w_r9_2': 0.0015295031725194234,
            't_r9_1a': 0.280024251208316,
            't_r9_2b': 0.35619521001835897,
            'cal_scale': 1.5782773432979575,
            'cal_shift': 0.01842633677542781},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'fb24310fa4b2591d',
                'train_score': {'loss': 0.0606, 'log_loss': 0.0606, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0744,
                                     'log_loss': 0.0744,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0653,
                                           'log_loss': 0.0653,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'c97fda4903173340',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34225,
                'completion_tokens': 1125,
                'fit_seconds': 356.47,
                'created': '2026-12-01T21:02:25+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 3,
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
