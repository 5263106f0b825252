"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: a637cc87fba958a2
data_fingerprint: e53a80ed62c81d55
train_score: {'loss': 0.1236, 'log_loss': 0.1236, 'auc': 0.9936, 'accuracy': 0.98}
validation_score: {'loss': 0.0859, 'log_loss': 0.0859, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T22:35:40+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.5172, w_b=-0.7599, w_c=1.285, w_d=-6.842, bias=1.701, w_new1=10.36, w_new2=-26.16, w_new3=17.01, t_new1a=-0.5674, t_new2a=-0.03621, t_new3a=0.341, w_r0_1=1.22, w_r0_2=0.6166, t_r0_1a=-0.5263, t_r0_2a=0.409, w_r1_1=0.8033, w_r1_2=0.206, t_r1_1a=-0.5092, t_r1_2a=0.5117, w_r2_1=0.6085, w_r2_2=-0.757, t_r2_1a=-0.4973, t_r2_2a=0.9801, w_r3_1=0.457, w_r3_2=-0.7063, t_r3_1a=-0.4878, t_r3_2a=0.981, w_r4_1=0.3225, w_r4_2=-0.6055, t_r4_1a=-0.4884, t_r4_2a=0.9823, w_r5_1=0.1929, w_r5_2=-0.5275, t_r5_1a=-0.5219, t_r5_2a=0.9812, w_r6_1=-7.526, w_r6_2=-0.469, t_r6_1a=-1.267, t_r6_2a=0.979, w_r7_1=0.1122, w_r7_2=-0.3742, t_r7_1a=-0.5702, t_r7_2a=0.9711, w_r8_1=0.1204, w_r8_2=-0.2793, t_r8_1a=-0.5652, t_r8_2a=0.9582, w_r9_1=0.08836, w_r9_2=-0.1684, t_r9_1a=-0.5752, t_r9_2a=0.9385, cal_scale=2.174, cal_shift=0.2007):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add step terms, e.g. w_step * np.where(a > t_a, 1.0, 0.0), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(a - t_new2a)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(a - t_r0_2a)**2)
    score = score + w_r1_1 * np.exp(-(a - t_r1_1a)**2)
    score = score + w_r1_2 * np.exp(-(a - t_r1_2a)**2)
    score = score + w_r2_1 * np.exp(-(a - t_r2_1a)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
    score = score + w_r3_1 * np.exp(-(a - t_r3_1a)**2)
    score = score + w_r3_2 * np.exp(-(a - t_r3_2a)**2)
    score = score + w_r4_1 * np.exp(-(a - t_r4_1a)**2)
    score = score + w_r4_2 * np.exp(-(a - t_r4_2a)**2)
    score = score + w_r5_1 * np.exp(-(a - t_r5_1a)**2)
    score = score + w_r5_2 * np.exp(-(a - t_r5_2a)**2)
    score = score + w_r6_1 * np.exp(-(a - t_r6_1a)**2)
    score = score + w_r6_2 * np.exp(-(a - t_r6_2a)**2)
    score = score + w_r7_1 * np.exp(-(a - t_r7_1a)**2)
    score = score + w_r7_2 * np.exp(-(a - t_r7_2a)**2)
    score = score + w_r8_1 * np.exp(-(a - t_r8_1a)**2)
    score = score + w_r8_2 * np.exp(-(a - t_r8_2a)**2)
    score = score + w_r9_1 * np.exp(-(a - t_r9_1a)**2)
    score = score + w_r9_2 * np.exp(-(a - t_r9_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.95,
                         'max': 4.15,
                         'mean': 0.17960000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.87,
                         'max': 2.28,
                         'mean': 0.456,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.48,
                         'max': 3.2,
                         'mean': -0.24739999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -0.48,
                         'max': 1.03,
                         'mean': -0.07399999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.5172413084949783,
            'w_b': -0.7599256533831046,
            'w_c': 1.2849500574771244,
            'w_d': -6.841873704995363,
            'bias': 1.7007550328593575,
            'w_new1': 10.36498850552672,
            'w_new2': -26.155878359787835,
            'w_new3': 17.00968004741135,
            't_new1a': -0.5674418781540991,
            't_new2a': -0.03620940951953004,
            't_new3a': 0.34099860114023794,
            'w_r0_1': 1.2198375016393803,
            'w_r0_2': 0.6166295898232972,
            't_r0_1a': -0.5263221023634439,
            't_r0_2a': 0.40900675801897224,
            'w_r1_1': 0.8033447930096316,
            'w_r1_2': 0.20600700377091158,
            't_r1_1a': -0.5091904200998691,
            't_r1_2a': 0.5116897536041013,
            'w_r2_1': 0.6084848969327713,
            'w_r2_2': -0.75704495752291,
            't_r2_1a': -0.4972828954243737,
            't_r2_2a': 0.9801306080624851,
            'w_r3_1': 0.4569967325462919,
            'w_r3_2': -0.7062916923659914,
            't_r3_1a': -0.4877973762506693,
            't_r3_2a': 0.9810372027644877,
            'w_r4_1': 0.3224962033938637,
            'w_r4_2': -0.6055454798181243,
            't_r4_1a': -0.4883656865260059,
            't_r4_2a': 0.9823026477625659,
            'w_r5_1': 0.19286058178939627,
            'w_r5_2': -0.5275143650091073,
            't_r5_1a': -0.521938810595359,
            't_r5_2a': 0.9812469797416755,
            'w_r6_1': -7.5256441636408695,
            'w_r6_2': -0.4690029221951849,
            't_r6_1a': -1.2671455838445596,
            't_r6_2a': 0.9789847771219051,
            'w_r7_1': 0.112174924832009,
            'w_r7_2': -0.37416081171006516,
            't_r7_1a': -0.5701708546337313,
            't_r7_2a': 0.971106524136207,
            'w_r8_1': 0.12043245972298372,
            'w_r8_2': -0.27933484044762824,
            't_r8_1a': -0.5651642876039316,
            't_r8_2a': 0.9582476369095655,
            'w_r9_1': 0.08835633740729087,
            'w_r9_2': -0.16839027411836477,
            't_r9_1a': -0.5751780930504267,
            't_r9_2a': 0.9384510001388561,
            'cal_scale': 2.1737863671847717,
            'cal_shift': 0.20073490468467042},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'a637cc87fba958a2',
                'train_score': {'loss': 0.1236,
                                'log_loss': 0.1236,
                                'auc': 0.9936,
                                'accuracy': 0.98},
                'validation_score': {'loss': 0.0859,
                                     'log_loss': 0.0859,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.1582,
                                           'log_loss': 0.1582,
                                           'auc': 0.968,
                                           'accuracy': 0.98},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'e53a80ed62c81d55',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 41230,
                'completion_tokens': 1210,
                'fit_seconds': 614.68,
                'created': '2026-12-01T22:35:40+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 61,
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
