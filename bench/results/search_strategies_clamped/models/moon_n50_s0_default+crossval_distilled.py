"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: cc6b72230ba2c729
data_fingerprint: 3177f0ef9a332889
train_score: {'loss': 0.1067, 'log_loss': 0.1067, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0626, 'log_loss': 0.0626, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T20:32:47+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=3.549, w_b=-5.533, bias=1.456, w_new1=1.161, w_new2=1.144, w_new3=-5.578, t_new1a=-0.06445, t_new2a=-0.05643, t_new3a=1.446, w_r0_1=0.3014, w_r0_2=-0.515, t_r0_1a=-0.04616, t_r0_2a=0.9339, w_r1_1=0.1471, w_r1_2=-0.2147, t_r1_1a=-0.0451, t_r1_2a=0.831, w_r2_1=0.09547, w_r2_2=-0.1714, t_r2_1a=-0.04085, t_r2_2a=0.8278, w_r3_1=0.07339, w_r3_2=-0.1537, t_r3_1a=-0.03853, t_r3_2a=0.8293, w_r4_1=0.06231, w_r4_2=-0.14, t_r4_1a=-0.03743, t_r4_2a=0.8313, w_r5_1=0.05518, w_r5_2=-0.1269, t_r5_1a=-0.03684, t_r5_2a=0.8334, w_r6_1=0.05089, w_r6_2=-0.1122, t_r6_1a=-0.03654, t_r6_2a=0.836, w_r7_1=0.0477, w_r7_2=-0.09542, t_r7_1a=-0.03636, t_r7_2a=0.8388, w_r8_1=0.04478, w_r8_2=-0.07696, t_r8_1a=-0.03621, t_r8_2a=0.8417, w_r9_1=0.04178, w_r9_2=-0.05719, t_r9_1a=-0.03609, t_r9_2a=0.8444, cal_scale=0.9743, cal_shift=-0.03051):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -0.93, 2.054)
    b = np.clip(b, -0.533, 1.05)
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.93,
                         'max': 2.054,
                         'mean': 0.5460799999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.533,
                         'max': 1.05,
                         'mean': 0.27952,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 3.5491016976097463,
            'w_b': -5.533101361623917,
            'bias': 1.4555185840783313,
            'w_new1': 1.1613801772218595,
            'w_new2': 1.1437368091658677,
            'w_new3': -5.578007582889262,
            't_new1a': -0.06445061739074748,
            't_new2a': -0.05642807604389932,
            't_new3a': 1.4459074658571542,
            'w_r0_1': 0.3014299150046841,
            'w_r0_2': -0.5149857292877781,
            't_r0_1a': -0.04615994574110843,
            't_r0_2a': 0.9338950149196229,
            'w_r1_1': 0.14707754613719964,
            'w_r1_2': -0.21469517709917493,
            't_r1_1a': -0.045095140676367294,
            't_r1_2a': 0.8309828181324659,
            'w_r2_1': 0.09546992760873836,
            'w_r2_2': -0.17144458818124064,
            't_r2_1a': -0.04084667680850914,
            't_r2_2a': 0.8278052438652923,
            'w_r3_1': 0.07338830994290808,
            'w_r3_2': -0.15369882303138974,
            't_r3_1a': -0.03852569414668958,
            't_r3_2a': 0.8292710054339563,
            'w_r4_1': 0.06230845106428056,
            'w_r4_2': -0.1400489269000536,
            't_r4_1a': -0.03742835737896605,
            't_r4_2a': 0.8313275468737867,
            'w_r5_1': 0.05518429561694587,
            'w_r5_2': -0.12692867805951596,
            't_r5_1a': -0.03684051341725734,
            't_r5_2a': 0.833448470024058,
            'w_r6_1': 0.050890789188896134,
            'w_r6_2': -0.11216869599137311,
            't_r6_1a': -0.036539880679281884,
            't_r6_2a': 0.8359624143059043,
            'w_r7_1': 0.04770470783964146,
            'w_r7_2': -0.09542439507573577,
            't_r7_1a': -0.036357967771880086,
            't_r7_2a': 0.8388300124158788,
            'w_r8_1': 0.0447775585025176,
            'w_r8_2': -0.07696088508190914,
            't_r8_1a': -0.03621440188323905,
            't_r8_2a': 0.841658429882161,
            'w_r9_1': 0.041783964726612874,
            'w_r9_2': -0.05719253031929181,
            't_r9_1a': -0.03608698972786282,
            't_r9_2a': 0.8444013781392204,
            'cal_scale': 0.9743395095542927,
            'cal_shift': -0.03051318096627464},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'cc6b72230ba2c729',
                'train_score': {'loss': 0.1067, 'log_loss': 0.1067, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0626,
                                     'log_loss': 0.0626,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '3177f0ef9a332889',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34474,
                'completion_tokens': 1182,
                'fit_seconds': 350.42,
                'created': '2026-12-01T20:32:47+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 0,
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 2, 5, 4, 0, 3],
                'reselected': '2026-12-02T13:45:28+00:00'}}


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
