"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: fe94ea6184dcd8b9
data_fingerprint: 9c6beb139a76b1b9
train_score: {'loss': 0.0587, 'log_loss': 0.0587, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0512, 'log_loss': 0.0512, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T23:08:48+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.198, w_b=-8.502, bias=1.225, w_new1=6.472, w_new2=-6.369, w_new3=-7.837, t_new1a=0.295, t_new2b=-0.0937, t_new3a=0.769, w_r0_1=0.3371, w_r0_2=5.022, t_r0_1a=0.3186, t_r0_2b=0.5476, w_r1_1=0.2257, w_r1_2=1.07, t_r1_1a=0.3587, t_r1_2b=0.587, w_r2_1=0.173, w_r2_2=0.05323, t_r2_1a=0.3853, t_r2_2b=0.2205, w_r3_1=0.1302, w_r3_2=-0.01347, t_r3_1a=0.4082, t_r3_2b=0.1564, w_r4_1=0.09671, w_r4_2=-0.02122, t_r4_1a=0.4248, t_r4_2b=0.1504, w_r5_1=0.07035, w_r5_2=-0.01957, t_r5_1a=0.4359, t_r5_2b=0.1513, w_r6_1=0.04942, w_r6_2=-0.01576, t_r6_1a=0.4428, t_r6_2b=0.1528, w_r7_1=0.03249, w_r7_2=-0.0117, t_r7_1a=0.4469, t_r7_2b=0.1537, cal_scale=1.625, cal_shift=-0.008618):
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
 'params': {'w_a': 2.1984895052398663,
            'w_b': -8.501648540750066,
            'bias': 1.2249524816100754,
            'w_new1': 6.472021435208286,
            'w_new2': -6.368857073310559,
            'w_new3': -7.836775707207838,
            't_new1a': 0.2949672543769065,
            't_new2b': -0.09369684076706346,
            't_new3a': 0.7690278388971777,
            'w_r0_1': 0.3370609748041634,
            'w_r0_2': 5.021921207348517,
            't_r0_1a': 0.31863731936793044,
            't_r0_2b': 0.5475712780013068,
            'w_r1_1': 0.22571431709935127,
            'w_r1_2': 1.0704301333701747,
            't_r1_1a': 0.3586711074892494,
            't_r1_2b': 0.5869715831210381,
            'w_r2_1': 0.1729696770450649,
            'w_r2_2': 0.05323012058159731,
            't_r2_1a': 0.38532350118459047,
            't_r2_2b': 0.22045681017017887,
            'w_r3_1': 0.13023171300864653,
            'w_r3_2': -0.013472795408900805,
            't_r3_1a': 0.408243419004028,
            't_r3_2b': 0.15638471876213722,
            'w_r4_1': 0.09670721353653773,
            'w_r4_2': -0.021220178242638787,
            't_r4_1a': 0.42483837076471986,
            't_r4_2b': 0.15044706530517152,
            'w_r5_1': 0.07034977374300452,
            'w_r5_2': -0.019565007117260926,
            't_r5_1a': 0.4358779171224319,
            't_r5_2b': 0.15134807266848005,
            'w_r6_1': 0.049422712694932786,
            'w_r6_2': -0.01575979323794051,
            't_r6_1a': 0.4428468459726166,
            't_r6_2b': 0.152815844875195,
            'w_r7_1': 0.03249120437034493,
            'w_r7_2': -0.01170182762160018,
            't_r7_1a': 0.4469205980279736,
            't_r7_2b': 0.1537201756264508,
            'cal_scale': 1.6251407474571011,
            'cal_shift': -0.008618337416029919},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [13],
                'prompt_hash': 'fe94ea6184dcd8b9',
                'train_score': {'loss': 0.0587, 'log_loss': 0.0587, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0512,
                                     'log_loss': 0.0512,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.063,
                                           'log_loss': 0.063,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
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
