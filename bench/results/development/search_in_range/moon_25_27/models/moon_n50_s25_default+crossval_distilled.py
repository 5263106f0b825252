"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 4ac2e9c59ed43d1f
data_fingerprint: 294f5f7623ce05f0
train_score: {'loss': 0.0924, 'log_loss': 0.0924, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0633, 'log_loss': 0.0633, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T15:27:28+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.295, w_b=-7.403, bias=-1.273, w_new1=8.442, w_new2=2.792, w_new3=-8.465, t_new1a=0.2814, t_new2b=0.7098, t_new3a=0.6766, w_r0_1=0.3488, w_r0_2=1.137, t_r0_1a=0.2321, t_r0_2b=0.8376, w_r1_1=0.01954, w_r1_2=0.7286, t_r1_1a=0.4571, t_r1_2b=0.8304, w_r2_1=0.01094, w_r2_2=-0.9336, t_r2_1a=0.4639, t_r2_2b=0.09326, w_r3_1=0.006181, w_r3_2=-0.5298, t_r3_1a=0.4674, t_r3_2b=0.09649, w_r4_1=0.00314, w_r4_2=-0.002974, t_r4_1a=0.4693, t_r4_2b=0.4821, w_r5_1=0.0003158, w_r5_2=0.002136, t_r5_1a=0.4707, t_r5_2b=0.4883, w_r6_1=-0.00221, w_r6_2=-0.01828, t_r6_1a=0.4718, t_r6_2b=0.4701, w_r7_1=-0.003748, w_r7_2=-0.01917, t_r7_1a=0.4723, t_r7_2b=0.4693, w_r8_1=-0.004183, w_r8_2=-0.01685, t_r8_1a=0.4724, t_r8_2b=0.4705, w_r9_1=-0.003939, w_r9_2=-0.0132, t_r9_1a=0.4723, t_r9_2b=0.4716, cal_scale=1.124, cal_shift=0.072):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.031, 1.978)
    b = np.clip(b, -0.62, 1.073)
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
                         'min': -1.031,
                         'max': 1.978,
                         'mean': 0.41700000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.62,
                         'max': 1.073,
                         'mean': 0.29988,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.2949701381289134,
            'w_b': -7.402985929419017,
            'bias': -1.2733434709414062,
            'w_new1': 8.442263940450221,
            'w_new2': 2.792463524966735,
            'w_new3': -8.464600208217789,
            't_new1a': 0.28144699929061,
            't_new2b': 0.7098397159924134,
            't_new3a': 0.6765632052106672,
            'w_r0_1': 0.34880200995454386,
            'w_r0_2': 1.1370360194033242,
            't_r0_1a': 0.23210254033667851,
            't_r0_2b': 0.8376242090255035,
            'w_r1_1': 0.019539025853376125,
            'w_r1_2': 0.7286143085365913,
            't_r1_1a': 0.45711489655514165,
            't_r1_2b': 0.8304167324328802,
            'w_r2_1': 0.010941121040432367,
            'w_r2_2': -0.9336320960010029,
            't_r2_1a': 0.4638829654909398,
            't_r2_2b': 0.093255155588582,
            'w_r3_1': 0.006181367200718891,
            'w_r3_2': -0.5298291249159243,
            't_r3_1a': 0.46743181402969314,
            't_r3_2b': 0.09648851711175702,
            'w_r4_1': 0.003139574013625593,
            'w_r4_2': -0.002974337183693011,
            't_r4_1a': 0.46934839876435247,
            't_r4_2b': 0.48205799986144304,
            'w_r5_1': 0.00031581557582704165,
            'w_r5_2': 0.0021357710299502054,
            't_r5_1a': 0.4707372595954458,
            't_r5_2b': 0.48826884335349935,
            'w_r6_1': -0.0022099700479881203,
            'w_r6_2': -0.018276669228704488,
            't_r6_1a': 0.4717860443631829,
            't_r6_2b': 0.47005432098540667,
            'w_r7_1': -0.003748313207006311,
            'w_r7_2': -0.019166210363558107,
            't_r7_1a': 0.47229918079418987,
            't_r7_2b': 0.4692531892040792,
            'w_r8_1': -0.0041830612584402085,
            'w_r8_2': -0.016846255881405765,
            't_r8_1a': 0.4723599763435288,
            't_r8_2b': 0.47047339243104924,
            'w_r9_1': -0.003939394933296322,
            'w_r9_2': -0.013199870030099814,
            't_r9_1a': 0.4723259007157012,
            't_r9_2b': 0.47158560690040563,
            'cal_scale': 1.1237942370264258,
            'cal_shift': 0.07199585885813492},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '4ac2e9c59ed43d1f',
                'train_score': {'loss': 0.0924, 'log_loss': 0.0924, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0633,
                                     'log_loss': 0.0633,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '294f5f7623ce05f0',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34336,
                'completion_tokens': 1152,
                'fit_seconds': 2653.72,
                'created': '2026-11-27T15:27:28+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 25,
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 1, 5, 2, 0, 3, 4],
                'reselected': '2026-12-02T14:59:15+00:00'}}


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
