"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 98e940d31c0b0150
data_fingerprint: 2a6d2fb964f3fa32
train_score: {'loss': 0.0588, 'log_loss': 0.0588, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0476, 'log_loss': 0.0476, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T13:20:15+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.282, w_b=-9.143, bias=-0.754, w_new1=6.786, w_new2=7.561, w_new3=-5.081, t_new1a=0.227, t_new2b=0.7047, t_new3a=0.7796, w_r0_1=-0.4367, w_r0_2=-2.741, t_r0_1a=0.8301, t_r0_2b=-0.1005, w_r1_1=-0.27, w_r1_2=-0.8942, t_r1_1a=0.7764, t_r1_2b=-0.08725, w_r2_1=-0.2137, w_r2_2=-0.3486, t_r2_1a=0.75, t_r2_2b=0.07692, w_r3_1=-0.1555, w_r3_2=-0.2244, t_r3_1a=0.7204, t_r3_2b=0.1758, w_r4_1=-0.1099, w_r4_2=-0.15, t_r4_1a=0.6973, t_r4_2b=0.2328, w_r5_1=-0.07879, w_r5_2=-0.1077, t_r5_1a=0.6841, t_r5_2b=0.2585, w_r6_1=-0.057, w_r6_2=-0.07764, t_r6_1a=0.6763, t_r6_2b=0.2726, w_r7_1=-0.04045, w_r7_2=-0.05499, t_r7_1a=0.6719, t_r7_2b=0.2808, w_r8_1=-0.02714, w_r8_2=-0.03784, t_r8_1a=0.6692, t_r8_2b=0.2854, w_r9_1=-0.01605, w_r9_2=-0.02416, t_r9_1a=0.6677, t_r9_2b=0.2877, cal_scale=1.531, cal_shift=-0.01388):
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
                         'min': -1.032,
                         'max': 2.011,
                         'mean': 0.5442999999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.587,
                         'max': 1.05,
                         'mean': 0.3109,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.2818708180656095,
            'w_b': -9.143249590124828,
            'bias': -0.7539651066038823,
            'w_new1': 6.785631923016125,
            'w_new2': 7.561270004964931,
            'w_new3': -5.080847867449775,
            't_new1a': 0.2269846941204274,
            't_new2b': 0.7047180572367753,
            't_new3a': 0.7795941348233373,
            'w_r0_1': -0.43673581409825285,
            'w_r0_2': -2.740550345930017,
            't_r0_1a': 0.8301215311933118,
            't_r0_2b': -0.10046914870611405,
            'w_r1_1': -0.26998939340430456,
            'w_r1_2': -0.8942238529201922,
            't_r1_1a': 0.7764235494413039,
            't_r1_2b': -0.08724781039806033,
            'w_r2_1': -0.213682023407161,
            'w_r2_2': -0.34862934939360646,
            't_r2_1a': 0.7499976264016277,
            't_r2_2b': 0.07691866326998947,
            'w_r3_1': -0.15545520784958328,
            'w_r3_2': -0.2243659163085779,
            't_r3_1a': 0.7203747047634772,
            't_r3_2b': 0.1758189181781693,
            'w_r4_1': -0.10992212988550903,
            'w_r4_2': -0.1499864357776294,
            't_r4_1a': 0.6973496625104537,
            't_r4_2b': 0.23276231317061866,
            'w_r5_1': -0.07879124520426654,
            'w_r5_2': -0.10772305089684837,
            't_r5_1a': 0.6840630160552683,
            't_r5_2b': 0.25852655708160793,
            'w_r6_1': -0.05700138672416444,
            'w_r6_2': -0.07764016585474975,
            't_r6_1a': 0.6763287968089041,
            't_r6_2b': 0.2726304474205467,
            'w_r7_1': -0.04044906919555072,
            'w_r7_2': -0.05498652526778494,
            't_r7_1a': 0.671858141994656,
            't_r7_2b': 0.2807790683876008,
            'w_r8_1': -0.027136207264284146,
            'w_r8_2': -0.037839267293896806,
            't_r8_1a': 0.6692078015961067,
            't_r8_2b': 0.2853706271261236,
            'w_r9_1': -0.01604784354273353,
            'w_r9_2': -0.024155086545534384,
            't_r9_1a': 0.6677351828718185,
            't_r9_2b': 0.2877460219693892,
            'cal_scale': 1.5308205318723143,
            'cal_shift': -0.01387814099647815},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '98e940d31c0b0150',
                'train_score': {'loss': 0.0588, 'log_loss': 0.0588, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0476,
                                     'log_loss': 0.0476,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '2a6d2fb964f3fa32',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34161,
                'completion_tokens': 1152,
                'fit_seconds': 646.36,
                'created': '2026-12-01T13:20:15+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 26,
                          'validation_fraction': 0.3},
                'cross_validation_score': {'loss': 0.0693,
                                           'log_loss': 0.0693,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'reselected': '2026-12-01T13:32:20+00:00'}}


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
