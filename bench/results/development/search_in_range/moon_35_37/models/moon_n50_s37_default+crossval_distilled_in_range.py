"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 9c5c3d2d703be0cb
data_fingerprint: 462cc3cfb050f760
train_score: {'loss': 0.1392, 'log_loss': 0.1392, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.044, 'log_loss': 0.044, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T15:27:51+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.769, w_b=-9.341, bias=3.929, w_new1=2.237, w_new2=-7.408, w_new3=-5.161, t_new1a=-0.1534, t_new2b=-0.1389, t_new3a=1.227, w_r0_1=0.183, w_r0_2=4.891, t_r0_1a=0.4222, t_r0_2b=0.3203, w_r1_1=0.1272, w_r1_2=-0.5043, t_r1_1a=0.4387, t_r1_2b=-0.168, w_r2_1=0.07634, w_r2_2=-0.02766, t_r2_1a=0.4486, t_r2_2b=0.1244, w_r3_1=0.06588, w_r3_2=-0.02699, t_r3_1a=0.4506, t_r3_2b=0.1287, w_r4_1=0.06312, w_r4_2=-0.01978, t_r4_1a=0.4508, t_r4_2b=0.134, w_r5_1=0.06512, w_r5_2=-0.01412, t_r5_1a=0.4499, t_r5_2b=0.1364, cal_scale=0.9784, cal_shift=-0.02551):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.029, 2.014)
    b = np.clip(b, -0.485, 1.035)
    score = w_a * a + w_b * b + bias
    # change or add terms that capture the pattern, each with its own parameter
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -1.029,
                         'max': 2.014,
                         'mean': 0.50536,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.485,
                         'max': 1.035,
                         'mean': 0.21350000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.7685899675190146,
            'w_b': -9.341046394908258,
            'bias': 3.9285171095459916,
            'w_new1': 2.237191552353557,
            'w_new2': -7.408310432264625,
            'w_new3': -5.161123634068149,
            't_new1a': -0.1534079513474928,
            't_new2b': -0.13892312894746695,
            't_new3a': 1.2273076099526152,
            'w_r0_1': 0.18296655769625647,
            'w_r0_2': 4.890861242552397,
            't_r0_1a': 0.42220134264542347,
            't_r0_2b': 0.3203003956684032,
            'w_r1_1': 0.12716297554022105,
            'w_r1_2': -0.5042755189802258,
            't_r1_1a': 0.4387340230442554,
            't_r1_2b': -0.1679653642499404,
            'w_r2_1': 0.07634013182607713,
            'w_r2_2': -0.027662795109077085,
            't_r2_1a': 0.44861174622630284,
            't_r2_2b': 0.12439443011085076,
            'w_r3_1': 0.0658804484876144,
            'w_r3_2': -0.026991557777916078,
            't_r3_1a': 0.4506353502001284,
            't_r3_2b': 0.12868789260631502,
            'w_r4_1': 0.0631170129554058,
            'w_r4_2': -0.019782089504047654,
            't_r4_1a': 0.45080320910488164,
            't_r4_2b': 0.1340093828235302,
            'w_r5_1': 0.0651169560176071,
            'w_r5_2': -0.014118134966457793,
            't_r5_1a': 0.44992443609151106,
            't_r5_2b': 0.13636305725251582,
            'cal_scale': 0.9783632679481606,
            'cal_shift': -0.025506069921281786},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [11],
                'prompt_hash': '9c5c3d2d703be0cb',
                'train_score': {'loss': 0.1392, 'log_loss': 0.1392, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.044, 'log_loss': 0.044, 'auc': 1.0, 'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '462cc3cfb050f760',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 24879,
                'completion_tokens': 1212,
                'fit_seconds': 345.61,
                'created': '2026-12-01T15:27:51+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 37,
                          'validation_fraction': 0.3},
                'teachers': [10, 9, 11, 8, 7, 6, 5, 1, 12, 2, 13, 4, 0, 15, 3, 14],
                'reselected': '2026-12-02T15:28:28+00:00'}}


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
