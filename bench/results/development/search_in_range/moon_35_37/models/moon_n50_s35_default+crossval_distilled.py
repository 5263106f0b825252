"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: ffbabef2a5232e2f
data_fingerprint: c7c2e3644fc7856c
train_score: {'loss': 0.0751, 'log_loss': 0.0751, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0691, 'log_loss': 0.0691, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T15:16:01+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=3.184, w_b=-6.622, bias=3.226, w_new1=1.654, w_new2=-1.827, w_new3=-5.625, t_new1a=-0.3499, t_new2b=-0.211, t_new3a=1.176, w_r0_1=0.4757, w_r0_2=-0.7434, t_r0_1a=0.4286, t_r0_2b=-0.2461, w_r1_1=0.3877, w_r1_2=-0.4959, t_r1_1a=0.467, t_r1_2b=-0.2163, w_r2_1=0.2902, w_r2_2=-0.3327, t_r2_1a=0.4962, t_r2_2b=-0.1695, w_r3_1=0.2054, w_r3_2=-0.194, t_r3_1a=0.5193, t_r3_2b=-0.103, w_r4_1=0.154, w_r4_2=-0.1008, t_r4_1a=0.5305, t_r4_2b=-0.04544, w_r5_1=0.1235, w_r5_2=-0.03671, t_r5_1a=0.5365, t_r5_2b=-0.003169, w_r6_1=0.103, w_r6_2=0.001268, t_r6_1a=0.5401, t_r6_2b=0.02068, w_r7_1=0.08843, w_r7_2=0.02421, t_r7_1a=0.5426, t_r7_2b=0.03333, w_r8_1=0.07764, w_r8_2=0.03885, t_r8_1a=0.5443, t_r8_2b=0.03982, w_r9_1=0.07173, w_r9_2=0.05013, t_r9_1a=0.5451, t_r9_2b=0.04316, cal_scale=1.04, cal_shift=-0.04206):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.103, 2.033)
    b = np.clip(b, -0.535, 1.103)
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
 'params': {'w_a': 3.184052645754249,
            'w_b': -6.622321303155299,
            'bias': 3.2260649346731882,
            'w_new1': 1.6535142228922055,
            'w_new2': -1.8270878061664704,
            'w_new3': -5.624914483653323,
            't_new1a': -0.3499228927809778,
            't_new2b': -0.21098522599296346,
            't_new3a': 1.1763687235887983,
            'w_r0_1': 0.47571852901238193,
            'w_r0_2': -0.7434078011120464,
            't_r0_1a': 0.42858358618529163,
            't_r0_2b': -0.24610136534470387,
            'w_r1_1': 0.38766290448739293,
            'w_r1_2': -0.495875538436748,
            't_r1_1a': 0.4669764529025469,
            't_r1_2b': -0.2162665785169392,
            'w_r2_1': 0.2902458387917238,
            'w_r2_2': -0.3327447973858513,
            't_r2_1a': 0.49620604538781726,
            't_r2_2b': -0.1694667450589736,
            'w_r3_1': 0.2054037291469163,
            'w_r3_2': -0.19402010136273284,
            't_r3_1a': 0.5193194962219462,
            't_r3_2b': -0.10295845397021165,
            'w_r4_1': 0.1539539786662744,
            'w_r4_2': -0.10079101295995263,
            't_r4_1a': 0.5305013299379173,
            't_r4_2b': -0.045440424335123665,
            'w_r5_1': 0.12348951675516115,
            'w_r5_2': -0.036706598924367395,
            't_r5_1a': 0.5364691365169914,
            't_r5_2b': -0.003168509748436763,
            'w_r6_1': 0.10300406506464141,
            'w_r6_2': 0.0012676127799503,
            't_r6_1a': 0.5400852416356801,
            't_r6_2b': 0.020678658006895213,
            'w_r7_1': 0.0884333436619918,
            'w_r7_2': 0.02421240787542736,
            't_r7_1a': 0.5425750477756492,
            't_r7_2b': 0.03332923098037158,
            'w_r8_1': 0.0776383355771757,
            'w_r8_2': 0.038850911750077655,
            't_r8_1a': 0.5442724151940708,
            't_r8_2b': 0.03982383507348834,
            'w_r9_1': 0.07173155058537024,
            'w_r9_2': 0.050129512931960475,
            't_r9_1a': 0.5451013954537469,
            't_r9_2b': 0.043161083449297886,
            'cal_scale': 1.0400286281570794,
            'cal_shift': -0.04206043494108141},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'ffbabef2a5232e2f',
                'train_score': {'loss': 0.0751, 'log_loss': 0.0751, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0691,
                                     'log_loss': 0.0691,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
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
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 1, 5, 2, 4, 0, 3],
                'reselected': '2026-12-02T15:15:04+00:00'}}


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
