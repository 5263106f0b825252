"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 7017c375339ccefc
data_fingerprint: c1cb476474db3328
train_score: {'loss': 0.0827, 'log_loss': 0.0827, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0621, 'log_loss': 0.0621, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T18:23:12+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.525, w_b=-4.832, bias=-0.06813, w_new1=2.704, w_new2=-0.173, w_new3=-2.486, t_new1a=-0.3101, t_new2b=0.2503, t_new3a=1.114, w_r0_1=0.2338, w_r0_2=-0.08937, t_r0_1a=0.1919, t_r0_2b=0.2354, w_r1_1=0.01162, w_r1_2=-0.0563, t_r1_1a=0.3979, t_r1_2b=0.2597, w_r2_1=0.004628, w_r2_2=-0.03917, t_r2_1a=0.4017, t_r2_2b=0.2723, w_r3_1=0.004566, w_r3_2=-0.02664, t_r3_1a=0.4006, t_r3_2b=0.2817, w_r4_1=0.008209, w_r4_2=-0.02534, t_r4_1a=0.4009, t_r4_2b=0.283, w_r5_1=0.01086, w_r5_2=-0.02415, t_r5_1a=0.4013, t_r5_2b=0.2827, w_r6_1=0.01468, w_r6_2=-0.02125, t_r6_1a=0.4013, t_r6_2b=0.2861, w_r7_1=0.01827, w_r7_2=-0.02291, t_r7_1a=0.4019, t_r7_2b=0.2852, cal_scale=0.9893, cal_shift=0.1088):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -0.966, 1.961)
    b = np.clip(b, -0.577, 1.029)
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
                         'min': -0.966,
                         'max': 1.961,
                         'mean': 0.41572000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.577,
                         'max': 1.029,
                         'mean': 0.21431999999999995,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.5254367444471955,
            'w_b': -4.832218745257465,
            'bias': -0.06812528264866448,
            'w_new1': 2.7038309847224777,
            'w_new2': -0.1729896884343445,
            'w_new3': -2.4861846204973355,
            't_new1a': -0.31010724561478964,
            't_new2b': 0.2503412957991061,
            't_new3a': 1.1139157514093712,
            'w_r0_1': 0.23379258816725532,
            'w_r0_2': -0.08936726153291374,
            't_r0_1a': 0.19188002887718825,
            't_r0_2b': 0.23539641915586854,
            'w_r1_1': 0.011615074942770656,
            'w_r1_2': -0.05630060341997002,
            't_r1_1a': 0.3978831317883859,
            't_r1_2b': 0.2597146117160291,
            'w_r2_1': 0.004628362437483605,
            'w_r2_2': -0.039166652162597806,
            't_r2_1a': 0.4016844027212652,
            't_r2_2b': 0.2723333352193034,
            'w_r3_1': 0.0045664016386848805,
            'w_r3_2': -0.02664495044026312,
            't_r3_1a': 0.40057119400849917,
            't_r3_2b': 0.28166841166115225,
            'w_r4_1': 0.00820861856349396,
            'w_r4_2': -0.02534251684216298,
            't_r4_1a': 0.4008996477825969,
            't_r4_2b': 0.2829686904665055,
            'w_r5_1': 0.010857851417735476,
            'w_r5_2': -0.024153859854917685,
            't_r5_1a': 0.40125668859631275,
            't_r5_2b': 0.28269458159883715,
            'w_r6_1': 0.014675949507826143,
            'w_r6_2': -0.021249193624356545,
            't_r6_1a': 0.4013145736119515,
            't_r6_2b': 0.2860849014758759,
            'w_r7_1': 0.018271098898755143,
            'w_r7_2': -0.022913314021954515,
            't_r7_1a': 0.4019340566916566,
            't_r7_2b': 0.2852308454242819,
            'cal_scale': 0.9892877669266482,
            'cal_shift': 0.10878555834184539},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [13],
                'prompt_hash': '7017c375339ccefc',
                'train_score': {'loss': 0.0827, 'log_loss': 0.0827, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0621,
                                     'log_loss': 0.0621,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'c1cb476474db3328',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 29617,
                'completion_tokens': 1217,
                'fit_seconds': 281.22,
                'created': '2026-12-01T18:23:12+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 46,
                          'validation_fraction': 0.3},
                'teachers': [13, 12, 11, 10, 9, 8, 7, 6, 1, 2, 15, 3, 14, 5, 4, 0],
                'reselected': '2026-12-02T15:11:29+00:00'}}


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
