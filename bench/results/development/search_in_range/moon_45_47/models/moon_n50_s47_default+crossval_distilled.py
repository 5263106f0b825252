"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: ca60a8fd1e54b0ac
data_fingerprint: 58fb0396e44d4905
train_score: {'loss': 0.1042, 'log_loss': 0.1042, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0883, 'log_loss': 0.0883, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T18:28:23+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.267, w_b=-5.211, bias=0.8153, w_new1=2.519, w_new2=-2.079, w_new3=-2.107, t_new1a=0.05544, t_new2a=1.015, t_new3a=1.009, w_r0_1=0.4782, w_r0_2=-0.5029, t_r0_1a=0.1829, t_r0_2a=1.059, w_r1_1=0.1991, w_r1_2=-0.1921, t_r1_1a=0.3609, t_r1_2a=0.933, w_r2_1=0.1346, w_r2_2=-0.09732, t_r2_1a=0.3997, t_r2_2a=0.8934, w_r3_1=0.1049, w_r3_2=-0.05311, t_r3_1a=0.4127, t_r3_2a=0.8799, w_r4_1=0.08619, w_r4_2=-0.02715, t_r4_1a=0.4186, t_r4_2a=0.8742, w_r5_1=0.07404, w_r5_2=-0.01018, t_r5_1a=0.4225, t_r5_2a=0.8721, w_r6_1=0.06464, w_r6_2=0.002375, t_r6_1a=0.4244, t_r6_2a=0.8708, w_r7_1=0.05651, w_r7_2=0.0119, t_r7_1a=0.4259, t_r7_2a=0.87, w_r8_1=0.05071, w_r8_2=0.01923, t_r8_1a=0.4268, t_r8_2a=0.87, cal_scale=0.9714, cal_shift=-0.0277):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -0.96, 1.996)
    b = np.clip(b, -0.539, 1.063)
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
    score = score + w_r6_1 * np.exp(-(a - t_r6_1a)**2)
    score = score + w_r6_2 * np.exp(-(a - t_r6_2a)**2)
    score = score + w_r7_1 * np.exp(-(a - t_r7_1a)**2)
    score = score + w_r7_2 * np.exp(-(a - t_r7_2a)**2)
    score = score + w_r8_1 * np.exp(-(a - t_r8_1a)**2)
    score = score + w_r8_2 * np.exp(-(a - t_r8_2a)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.96,
                         'max': 1.996,
                         'mean': 0.60668,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.539,
                         'max': 1.063,
                         'mean': 0.22514000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.2674166860665803,
            'w_b': -5.211005840207134,
            'bias': 0.8152788158033194,
            'w_new1': 2.5191830685085614,
            'w_new2': -2.078506902291268,
            'w_new3': -2.1072959408354413,
            't_new1a': 0.05544283227300185,
            't_new2a': 1.0146069481222155,
            't_new3a': 1.0094737406846859,
            'w_r0_1': 0.4782294521766436,
            'w_r0_2': -0.5029443101031638,
            't_r0_1a': 0.18292409764717557,
            't_r0_2a': 1.0594656435457905,
            'w_r1_1': 0.19906110388700834,
            'w_r1_2': -0.19206856279698292,
            't_r1_1a': 0.3608577654833673,
            't_r1_2a': 0.932986311937504,
            'w_r2_1': 0.1346280712082897,
            'w_r2_2': -0.09731942534654103,
            't_r2_1a': 0.39974235299078253,
            't_r2_2a': 0.8934350437242494,
            'w_r3_1': 0.10490720048667629,
            'w_r3_2': -0.05311123795450416,
            't_r3_1a': 0.412681685069917,
            't_r3_2a': 0.8798800566424371,
            'w_r4_1': 0.08619457962696991,
            'w_r4_2': -0.027154707552905548,
            't_r4_1a': 0.41855902712133464,
            't_r4_2a': 0.8742265617552396,
            'w_r5_1': 0.07404274320903817,
            'w_r5_2': -0.010182693794326951,
            't_r5_1a': 0.4225404689822946,
            't_r5_2a': 0.8721282359277763,
            'w_r6_1': 0.06463884224272777,
            'w_r6_2': 0.002375276361424615,
            't_r6_1a': 0.4244069402038766,
            't_r6_2a': 0.8708495256239123,
            'w_r7_1': 0.0565103775542379,
            'w_r7_2': 0.01190049080161602,
            't_r7_1a': 0.42589693572259774,
            't_r7_2a': 0.8700271119114992,
            'w_r8_1': 0.050711699278360424,
            'w_r8_2': 0.019229835715806633,
            't_r8_1a': 0.42676818574621966,
            't_r8_2a': 0.8699741295036673,
            'cal_scale': 0.9714388496082303,
            'cal_shift': -0.027703394748127014},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [14],
                'prompt_hash': 'ca60a8fd1e54b0ac',
                'train_score': {'loss': 0.1042, 'log_loss': 0.1042, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0883,
                                     'log_loss': 0.0883,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '58fb0396e44d4905',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 31662,
                'completion_tokens': 1205,
                'fit_seconds': 311.25,
                'created': '2026-12-01T18:28:23+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 47,
                          'validation_fraction': 0.3},
                'teachers': [14, 13, 12, 11, 10, 9, 8, 7, 6, 2, 5, 1, 0, 4, 15, 3],
                'reselected': '2026-12-02T15:14:19+00:00'}}


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
