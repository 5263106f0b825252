"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 5f659d66c3dd0b7d
data_fingerprint: 7dad08a9cd4ab8bc
train_score: {'loss': 0.0614, 'log_loss': 0.0614, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0715, 'log_loss': 0.0715, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T16:40:03+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.899, w_b=-4.703, bias=-0.2401, w_new1=5.008, w_new2=-1.928, w_new3=-1.952, t_new1a=0.08465, t_new2a=0.8515, t_new3a=0.8537, w_r0_1=0.4899, w_r0_2=-0.6316, t_r0_1a=0.07916, t_r0_2a=0.8915, w_r1_1=0.1534, w_r1_2=-0.3714, t_r1_1a=0.2277, t_r1_2a=0.903, w_r2_1=0.08341, w_r2_2=-0.2525, t_r2_1a=0.2693, t_r2_2a=0.9115, w_r3_1=0.05555, w_r3_2=-0.1835, t_r3_1a=0.2821, t_r3_2a=0.9179, w_r4_1=0.04049, w_r4_2=-0.1387, t_r4_1a=0.2882, t_r4_2a=0.9229, w_r5_1=0.0307, w_r5_2=-0.1073, t_r5_1a=0.2917, t_r5_2a=0.9262, w_r6_1=0.02213, w_r6_2=-0.08471, t_r6_1a=0.2928, t_r6_2a=0.9276, w_r7_1=0.01584, w_r7_2=-0.06616, t_r7_1a=0.2941, t_r7_2a=0.9307, w_r8_1=0.01095, w_r8_2=-0.05129, t_r8_1a=0.2941, t_r8_2a=0.9314, w_r9_1=0.006911, w_r9_2=-0.0389, t_r9_1a=0.2953, t_r9_2a=0.9325, cal_scale=1.248, cal_shift=-0.02863):
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
 'params': {'w_a': 2.898593879922791,
            'w_b': -4.70271499296139,
            'bias': -0.24007230628013065,
            'w_new1': 5.008440061800898,
            'w_new2': -1.9277668369205043,
            'w_new3': -1.9519076226589385,
            't_new1a': 0.08465377461766165,
            't_new2a': 0.8514733235793426,
            't_new3a': 0.8536963467450351,
            'w_r0_1': 0.4898543053967942,
            'w_r0_2': -0.6315641197597129,
            't_r0_1a': 0.07915530282422,
            't_r0_2a': 0.8915109856004282,
            'w_r1_1': 0.15338626152255597,
            'w_r1_2': -0.37137527204587367,
            't_r1_1a': 0.22770299498952104,
            't_r1_2a': 0.9030014631086489,
            'w_r2_1': 0.08340584716558826,
            'w_r2_2': -0.2525352860205173,
            't_r2_1a': 0.2692592529616308,
            't_r2_2a': 0.9115001850059598,
            'w_r3_1': 0.05555111104655826,
            'w_r3_2': -0.18350494572233153,
            't_r3_1a': 0.2821487087280007,
            't_r3_2a': 0.9178756539305928,
            'w_r4_1': 0.04048702274557105,
            'w_r4_2': -0.13865225979975412,
            't_r4_1a': 0.2881812115364822,
            't_r4_2a': 0.922870765938016,
            'w_r5_1': 0.030703588868624572,
            'w_r5_2': -0.10733398352871572,
            't_r5_1a': 0.2917298101405811,
            't_r5_2a': 0.9261585658118725,
            'w_r6_1': 0.022129006192674067,
            'w_r6_2': -0.08470822220889956,
            't_r6_1a': 0.2928340275127723,
            't_r6_2a': 0.9275615271244932,
            'w_r7_1': 0.015836239128916622,
            'w_r7_2': -0.06616305669189096,
            't_r7_1a': 0.29414458759182127,
            't_r7_2a': 0.9307305537030786,
            'w_r8_1': 0.010948248164384994,
            'w_r8_2': -0.05128876502262119,
            't_r8_1a': 0.2941389874366156,
            't_r8_2a': 0.9313990747489433,
            'w_r9_1': 0.006910915610906605,
            'w_r9_2': -0.0389014634481696,
            't_r9_1a': 0.29534810348391966,
            't_r9_2a': 0.9325445524757887,
            'cal_scale': 1.247761225596262,
            'cal_shift': -0.02862792581150442},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '5f659d66c3dd0b7d',
                'train_score': {'loss': 0.0614, 'log_loss': 0.0614, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0715,
                                     'log_loss': 0.0715,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0665,
                                           'log_loss': 0.0665,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '7dad08a9cd4ab8bc',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34354,
                'completion_tokens': 1182,
                'fit_seconds': 321.05,
                'created': '2026-12-01T16:40:03+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 1,
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
