"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: ffbabef2a5232e2f
data_fingerprint: c7c2e3644fc7856c
train_score: {'loss': 0.0579, 'log_loss': 0.0579, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0691, 'log_loss': 0.0691, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T15:16:01+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=3.249, w_b=-6.287, bias=3.89, w_new1=1.681, w_new2=-2.087, w_new3=-6.186, t_new1a=-0.4697, t_new2b=-0.3496, t_new3a=1.241, w_r0_1=0.4607, w_r0_2=-0.8053, t_r0_1a=0.4325, t_r0_2b=-0.2937, w_r1_1=0.3726, w_r1_2=-0.5554, t_r1_1a=0.4708, t_r1_2b=-0.2553, w_r2_1=0.2753, w_r2_2=-0.3877, t_r2_1a=0.4994, t_r2_2b=-0.2026, w_r3_1=0.1906, w_r3_2=-0.2411, t_r3_1a=0.5219, t_r3_2b=-0.1274, w_r4_1=0.1392, w_r4_2=-0.1403, t_r4_1a=0.5326, t_r4_2b=-0.06051, w_r5_1=0.1088, w_r5_2=-0.07045, t_r5_1a=0.5383, t_r5_2b=-0.009957, w_r6_1=0.08833, w_r6_2=-0.02923, t_r6_1a=0.5417, t_r6_2b=0.01948, w_r7_1=0.07378, w_r7_2=-0.004583, t_r7_1a=0.5441, t_r7_2b=0.03576, w_r8_1=0.06301, w_r8_2=0.01088, t_r8_1a=0.5457, t_r8_2b=0.04466, w_r9_1=0.05711, w_r9_2=0.02252, t_r9_1a=0.5464, t_r9_2b=0.0499, cal_scale=1.422, cal_shift=-0.01008):
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
                         'min': -1.103,
                         'max': 2.033,
                         'mean': 0.5047999999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.535,
                         'max': 1.103,
                         'mean': 0.12468,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 3.248978399066029,
            'w_b': -6.286768783412734,
            'bias': 3.8897833619394966,
            'w_new1': 1.6814506542570917,
            'w_new2': -2.086890395025971,
            'w_new3': -6.1857257703771245,
            't_new1a': -0.46971567902804484,
            't_new2b': -0.34957119255025326,
            't_new3a': 1.2413905773444436,
            'w_r0_1': 0.46072934349004874,
            'w_r0_2': -0.8053277703312128,
            't_r0_1a': 0.4325395954977818,
            't_r0_2b': -0.2937164018526418,
            'w_r1_1': 0.37263666545308893,
            'w_r1_2': -0.5553761551422325,
            't_r1_1a': 0.47076523040335627,
            't_r1_2b': -0.2552580330100675,
            'w_r2_1': 0.275283069835055,
            'w_r2_2': -0.3876749054677553,
            't_r2_1a': 0.49941697670548607,
            't_r2_2b': -0.20257213168845584,
            'w_r3_1': 0.19056519114235332,
            'w_r3_2': -0.24106977854921274,
            't_r3_1a': 0.5218754328790689,
            't_r3_2b': -0.12744361418047234,
            'w_r4_1': 0.13919815964994864,
            'w_r4_2': -0.14026887580238612,
            't_r4_1a': 0.5326051156159181,
            't_r4_2b': -0.06051416391290855,
            'w_r5_1': 0.10878407449624931,
            'w_r5_2': -0.07044903567409617,
            't_r5_1a': 0.5382941974953112,
            't_r5_2b': -0.009957316319117716,
            'w_r6_1': 0.08833136585073995,
            'w_r6_2': -0.029225701704133373,
            't_r6_1a': 0.5417194750433392,
            't_r6_2b': 0.019481593130783067,
            'w_r7_1': 0.07378411680375255,
            'w_r7_2': -0.004582589884089584,
            't_r7_1a': 0.5440723999141593,
            't_r7_2b': 0.035759166024974295,
            'w_r8_1': 0.06300563887186685,
            'w_r8_2': 0.010884921536294553,
            't_r8_1a': 0.545667789240293,
            't_r8_2b': 0.04466137760987435,
            'w_r9_1': 0.05710714546124855,
            'w_r9_2': 0.02252285982484767,
            't_r9_1a': 0.5464407944663473,
            't_r9_2b': 0.04989552051275455,
            'cal_scale': 1.4222943317624173,
            'cal_shift': -0.010078305985850194},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'ffbabef2a5232e2f',
                'train_score': {'loss': 0.0579, 'log_loss': 0.0579, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0691,
                                     'log_loss': 0.0691,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0675,
                                           'log_loss': 0.0675,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'c7c2e3644fc7856c',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34350,
                'completion_tokens': 1152,
                'fit_seconds': 573.25,
                'created': '2026-12-01T15:16:01+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 35,
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
