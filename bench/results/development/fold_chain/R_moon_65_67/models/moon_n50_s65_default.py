"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 8b99645ad9be2461
data_fingerprint: c21699ad079d5543
train_score: {'loss': 0.1187, 'log_loss': 0.1187, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0481, 'log_loss': 0.0481, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-02T17:31:32+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.608, w_b=-5.567, bias=0.122, w_new1=2.634, w_new2=-1.576, w_new3=-1.6, t_new1a=-0.1589, t_new2a=1.057, t_new3a=1.059, w_r0_1=0.3312, w_r0_2=-0.4144, t_r0_1a=-0.004133, t_r0_2a=1.021, w_r1_1=0.07049, w_r1_2=-0.1411, t_r1_1a=0.1373, t_r1_2a=0.9534, w_r2_1=0.01383, w_r2_2=-0.04544, t_r2_1a=0.1538, t_r2_2a=0.9422, w_r3_1=-0.00828, w_r3_2=0.002301, t_r3_1a=0.1565, t_r3_2a=0.9408, w_r4_1=-0.0193, w_r4_2=0.03123, t_r4_1a=0.1569, t_r4_2a=0.9414, w_r5_1=-0.02531, w_r5_2=0.05093, t_r5_1a=0.1567, t_r5_2a=0.9423, cal_scale=0.8796, cal_shift=0.115):
    score = w_a * a + w_b * b + bias
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -1.105,
                         'max': 2.125,
                         'mean': 0.5208400000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.55,
                         'max': 1.119,
                         'mean': 0.18998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.608391495644284,
            'w_b': -5.567495621088196,
            'bias': 0.12201948905235546,
            'w_new1': 2.6335548566453717,
            'w_new2': -1.5758526345779535,
            'w_new3': -1.6002792361097335,
            't_new1a': -0.1589489678510437,
            't_new2a': 1.0573866413616628,
            't_new3a': 1.0594396957764112,
            'w_r0_1': 0.3311968511915067,
            'w_r0_2': -0.41439626833008847,
            't_r0_1a': -0.004133022853706175,
            't_r0_2a': 1.0205055500940434,
            'w_r1_1': 0.07049051265293772,
            'w_r1_2': -0.1410869435179402,
            't_r1_1a': 0.13733442870796228,
            't_r1_2a': 0.9533735863710633,
            'w_r2_1': 0.013831747623077671,
            'w_r2_2': -0.04543524599868945,
            't_r2_1a': 0.15384144923876863,
            't_r2_2a': 0.9422082006515791,
            'w_r3_1': -0.00828039373722482,
            'w_r3_2': 0.0023008244942282208,
            't_r3_1a': 0.1564985706285143,
            't_r3_2a': 0.9407727369365904,
            'w_r4_1': -0.019303092834805018,
            'w_r4_2': 0.031225274568032597,
            't_r4_1a': 0.1568731035924178,
            't_r4_2a': 0.941359661383527,
            'w_r5_1': -0.025310815793330808,
            'w_r5_2': 0.050931803081806365,
            't_r5_1a': 0.15672299609093465,
            't_r5_2a': 0.9423221166378267,
            'cal_scale': 0.8796198980643379,
            'cal_shift': 0.11501179144794038},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [11],
                'teachers': [11, 10, 9, 8, 7, 6, 2, 1, 12, 3, 15, 4, 0],
                'prompt_hash': '8b99645ad9be2461',
                'train_score': {'loss': 0.1187, 'log_loss': 0.1187, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0481,
                                     'log_loss': 0.0481,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'c21699ad079d5543',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 25473,
                'completion_tokens': 1284,
                'fit_seconds': 1348.5,
                'created': '2026-12-02T17:31:32+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 65,
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
