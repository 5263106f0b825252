"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 1f24889ee0710be9
data_fingerprint: 19b8e3e111a6a508
train_score: {'loss': 0.0579, 'log_loss': 0.0579, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0818, 'log_loss': 0.0818, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T23:43:35+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=3.026, w_b=-5.612, bias=-1.9, w_new1=4.163, w_new2=1.846, w_new3=-3.624, t_new1a=-0.2019, t_new2b=0.7094, t_new3a=1.334, w_r0_1=0.4675, w_r0_2=0.8284, t_r0_1a=-0.1844, t_r0_2b=0.7268, w_r1_1=-0.1407, w_r1_2=0.5438, t_r1_1a=0.2292, t_r1_2b=0.7211, w_r2_1=-0.2397, w_r2_2=0.2742, t_r2_1a=0.3197, t_r2_2b=0.6532, w_r3_1=-0.2055, w_r3_2=-0.1306, t_r3_1a=0.2904, t_r3_2b=0.3077, w_r4_1=-0.1553, w_r4_2=-0.2922, t_r4_1a=0.2469, t_r4_2b=0.1308, w_r5_1=-0.1104, w_r5_2=-0.1381, t_r5_1a=0.2085, t_r5_2b=0.2988, w_r6_1=-0.07534, w_r6_2=-0.0572, t_r6_1a=0.1802, t_r6_2b=0.386, w_r7_1=-0.04872, w_r7_2=-0.02202, t_r7_1a=0.1608, t_r7_2b=0.4209, w_r8_1=-0.02845, w_r8_2=-0.006212, t_r8_1a=0.1484, t_r8_2b=0.4348, w_r9_1=-0.01272, w_r9_2=-0.0001458, t_r9_1a=0.1406, t_r9_2b=0.4393, cal_scale=1.573, cal_shift=-0.1051):
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
                         'min': -0.987,
                         'max': 1.986,
                         'mean': 0.33712000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.553,
                         'max': 1.08,
                         'mean': 0.30222,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 3.025913074170167,
            'w_b': -5.612070128744277,
            'bias': -1.9004159592261227,
            'w_new1': 4.163219587597797,
            'w_new2': 1.8458395923733741,
            'w_new3': -3.623582025904746,
            't_new1a': -0.201938208090879,
            't_new2b': 0.7093919933742918,
            't_new3a': 1.333616832102028,
            'w_r0_1': 0.467496429842351,
            'w_r0_2': 0.8283997756478632,
            't_r0_1a': -0.18441866810117574,
            't_r0_2b': 0.7267531613682988,
            'w_r1_1': -0.14066590276841795,
            'w_r1_2': 0.543770882048139,
            't_r1_1a': 0.22920252931512142,
            't_r1_2b': 0.7210897342069633,
            'w_r2_1': -0.23974677823030865,
            'w_r2_2': 0.274241072320167,
            't_r2_1a': 0.31969250866642773,
            't_r2_2b': 0.6531533487260157,
            'w_r3_1': -0.2054780565977471,
            'w_r3_2': -0.13055647981539156,
            't_r3_1a': 0.29038366550813327,
            't_r3_2b': 0.3076513500869022,
            'w_r4_1': -0.1553457363406807,
            'w_r4_2': -0.29219365695428234,
            't_r4_1a': 0.24693049091553848,
            't_r4_2b': 0.13076431420034773,
            'w_r5_1': -0.11042324973584058,
            'w_r5_2': -0.13808646822801843,
            't_r5_1a': 0.2084560266984585,
            't_r5_2b': 0.2988298918267823,
            'w_r6_1': -0.07534331077430771,
            'w_r6_2': -0.057202330091815634,
            't_r6_1a': 0.18018190739642975,
            't_r6_2b': 0.3859791581857124,
            'w_r7_1': -0.04872467285543778,
            'w_r7_2': -0.02201796788422253,
            't_r7_1a': 0.16084224943010444,
            't_r7_2b': 0.4208772762308877,
            'w_r8_1': -0.028447899981738852,
            'w_r8_2': -0.006212348602940082,
            't_r8_1a': 0.14838035936449423,
            't_r8_2b': 0.43483920049345764,
            'w_r9_1': -0.012719545340926985,
            'w_r9_2': -0.000145831989075465,
            't_r9_1a': 0.1405694841762014,
            't_r9_2b': 0.43925980245497154,
            'cal_scale': 1.5726756473475345,
            'cal_shift': -0.10513592322393818},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '1f24889ee0710be9',
                'train_score': {'loss': 0.0579, 'log_loss': 0.0579, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0818,
                                     'log_loss': 0.0818,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0615,
                                           'log_loss': 0.0615,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '19b8e3e111a6a508',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34364,
                'completion_tokens': 1172,
                'fit_seconds': 756.63,
                'created': '2026-12-01T23:43:35+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 57,
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
