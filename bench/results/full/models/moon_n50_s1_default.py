"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 9d4b19ea902e8345
data_fingerprint: 7dad08a9cd4ab8bc
train_score: {'loss': 0.0007, 'log_loss': 0.0007, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0234, 'log_loss': 0.0234, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-26T07:00:33+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=5.364, w_b=-10.14, bias=0.5902, w_new1=9.897, w_new2=-3.268, w_new3=-3.274, t_new1a=0.05115, t_new2a=0.9253, t_new3a=0.9252, w_r0_1=-0.7259, w_r0_2=-0.7238, t_r0_1a=0.9463, t_r0_2a=0.9466, w_r1_1=-0.4319, w_r1_2=-0.4322, t_r1_1a=0.9585, t_r1_2a=0.9583, w_r2_1=-0.2981, w_r2_2=-0.2981, t_r2_1a=0.9704, t_r2_2a=0.9706, w_r3_1=-0.2196, w_r3_2=-0.2199, t_r3_1a=0.9805, t_r3_2a=0.9809, w_r4_1=-0.1691, w_r4_2=-0.1698, t_r4_1a=0.9878, t_r4_2a=0.9878, w_r5_1=-0.1349, w_r5_2=-0.1347, t_r5_1a=0.9921, t_r5_2a=0.992, w_r6_1=-0.1096, w_r6_2=-0.1092, t_r6_1a=0.9949, t_r6_2a=0.995, w_r7_1=-0.08986, w_r7_2=-0.08957, t_r7_1a=0.9969, t_r7_2a=0.9972, w_r8_1=-0.07437, w_r8_2=-0.07394, t_r8_1a=0.9981, t_r8_2a=0.9982, w_r9_1=-0.06142, w_r9_2=-0.06124, t_r9_1a=0.9988, t_r9_2a=0.9985):
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
    score = score + w_r9_1 * np.exp(-(a - t_r9_1a)**2)
    score = score + w_r9_2 * np.exp(-(a - t_r9_2a)**2)
    return 1 / (1 + np.exp(-score))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -1.042,
                         'max': 2.068,
                         'mean': 0.5233000000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.513,
                         'max': 1.056,
                         'mean': 0.26705999999999996,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 5.363717215069749,
            'w_b': -10.139675598461922,
            'bias': 0.5902252670013515,
            'w_new1': 9.897497101565293,
            'w_new2': -3.2683083602163303,
            'w_new3': -3.274259953157194,
            't_new1a': 0.05115142334995128,
            't_new2a': 0.9253030741944303,
            't_new3a': 0.9252121939955051,
            'w_r0_1': -0.7259456417195953,
            'w_r0_2': -0.7238067824641103,
            't_r0_1a': 0.9462863530413582,
            't_r0_2a': 0.9465776795373826,
            'w_r1_1': -0.4319006451061122,
            'w_r1_2': -0.4321702610759865,
            't_r1_1a': 0.95845739746847,
            't_r1_2a': 0.9583143260831941,
            'w_r2_1': -0.2980584582009607,
            'w_r2_2': -0.29812034182759223,
            't_r2_1a': 0.9703874848289038,
            't_r2_2a': 0.9705823298490579,
            'w_r3_1': -0.21964034463311077,
            'w_r3_2': -0.21992669003775672,
            't_r3_1a': 0.980454269268468,
            't_r3_2a': 0.9809207856500107,
            'w_r4_1': -0.16911729335829828,
            'w_r4_2': -0.1698203129401093,
            't_r4_1a': 0.9878108531376755,
            't_r4_2a': 0.9878002405704153,
            'w_r5_1': -0.13492890548156705,
            'w_r5_2': -0.134685206700503,
            't_r5_1a': 0.992092410392851,
            't_r5_2a': 0.9920474793873247,
            'w_r6_1': -0.10963965281869442,
            'w_r6_2': -0.10924338014707477,
            't_r6_1a': 0.9949129236344832,
            't_r6_2a': 0.9949746587709176,
            'w_r7_1': -0.08986449056180952,
            'w_r7_2': -0.08956977412805847,
            't_r7_1a': 0.9969459419025991,
            't_r7_2a': 0.9971597247852932,
            'w_r8_1': -0.07436882761795319,
            'w_r8_2': -0.07394470468958853,
            't_r8_1a': 0.9980875191636295,
            't_r8_2a': 0.9981975325379319,
            'w_r9_1': -0.06141879404536697,
            'w_r9_2': -0.061241040786077006,
            't_r9_1a': 0.9987587591801382,
            't_r9_2a': 0.9984760472203958},
 'link': 'identity',
 'calibration': [1.983549414152277, -0.02734202978248359],
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '9d4b19ea902e8345',
                'train_score': {'loss': 0.0007, 'log_loss': 0.0007, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0234,
                                     'log_loss': 0.0234,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '7dad08a9cd4ab8bc',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34311,
                'completion_tokens': 1182,
                'fit_seconds': 266.45,
                'created': '2026-11-26T07:00:33+00:00'}}


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
