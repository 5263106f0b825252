"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: c5cc5c2764c620bf
data_fingerprint: 1a27262ed0ebb211
train_score: {'loss': 0.0982, 'log_loss': 0.0982, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0665, 'log_loss': 0.0665, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T18:18:30+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.172, w_b=-7.819, bias=1.484, w_new1=8.711, w_new2=-3.449, w_new3=-6.503, t_new1a=0.2555, t_new2b=-0.01973, t_new3a=0.6527, w_r0_1=-0.5994, w_r0_2=-1.035, t_r0_1a=0.6809, t_r0_2b=-0.1515, w_r1_1=-0.3554, w_r1_2=-0.6088, t_r1_1a=0.6871, t_r1_2b=-0.177, w_r2_1=-0.2473, w_r2_2=3.406, t_r2_1a=0.6926, t_r2_2b=0.5571, w_r3_1=-0.1823, w_r3_2=0.3874, t_r3_1a=0.6991, t_r3_2b=0.4468, w_r4_1=-0.137, w_r4_2=0.2472, t_r4_1a=0.7057, t_r4_2b=0.3234, w_r5_1=-0.1026, w_r5_2=0.005102, t_r5_1a=0.7114, t_r5_2b=0.07084, w_r6_1=-0.07749, w_r6_2=-0.03721, t_r6_1a=0.7158, t_r6_2b=0.03216, w_r7_1=-0.05739, w_r7_2=-0.04143, t_r7_1a=0.7189, t_r7_2b=0.02898, w_r8_1=-0.04023, w_r8_2=-0.03522, t_r8_1a=0.7212, t_r8_2b=0.03268, w_r9_1=-0.02494, w_r9_2=-0.02617, t_r9_1a=0.7226, t_r9_2b=0.03579, cal_scale=1.153, cal_shift=-0.01092):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.081, 1.964)
    b = np.clip(b, -0.639, 1.044)
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
                         'min': -1.081,
                         'max': 1.964,
                         'mean': 0.62716,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.639,
                         'max': 1.044,
                         'mean': 0.1419,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.1716408332606765,
            'w_b': -7.819155080002211,
            'bias': 1.4844139273179968,
            'w_new1': 8.710928168927717,
            'w_new2': -3.449348306378903,
            'w_new3': -6.503265676204609,
            't_new1a': 0.25553822185458525,
            't_new2b': -0.019726205215005732,
            't_new3a': 0.6526900542364339,
            'w_r0_1': -0.5994374341934741,
            'w_r0_2': -1.0351105671811949,
            't_r0_1a': 0.6808832720731569,
            't_r0_2b': -0.1514603131763717,
            'w_r1_1': -0.35540588052850813,
            'w_r1_2': -0.6088014600143502,
            't_r1_1a': 0.6870715085636138,
            't_r1_2b': -0.17699768874640995,
            'w_r2_1': -0.2472620585333824,
            'w_r2_2': 3.405973806522034,
            't_r2_1a': 0.6925939519356087,
            't_r2_2b': 0.5571090343635972,
            'w_r3_1': -0.18234210955269023,
            'w_r3_2': 0.38742794175244843,
            't_r3_1a': 0.699118711942857,
            't_r3_2b': 0.4468201951903779,
            'w_r4_1': -0.13696054114973796,
            'w_r4_2': 0.24720342037492965,
            't_r4_1a': 0.7057328261428568,
            't_r4_2b': 0.3233753766100599,
            'w_r5_1': -0.1026485595926687,
            'w_r5_2': 0.005101914888520806,
            't_r5_1a': 0.711366015449114,
            't_r5_2b': 0.07083539433903581,
            'w_r6_1': -0.07749037717830577,
            'w_r6_2': -0.03721186827043976,
            't_r6_1a': 0.7158139596574928,
            't_r6_2b': 0.03216143141912666,
            'w_r7_1': -0.05738761055703069,
            'w_r7_2': -0.04142519395514803,
            't_r7_1a': 0.7189498806084793,
            't_r7_2b': 0.02898405720193435,
            'w_r8_1': -0.040226318807438814,
            'w_r8_2': -0.03521866622437154,
            't_r8_1a': 0.721201789113126,
            't_r8_2b': 0.03268075959625109,
            'w_r9_1': -0.024938489667189416,
            'w_r9_2': -0.0261705611643964,
            't_r9_1a': 0.7226444004829268,
            't_r9_2b': 0.03579014736955591,
            'cal_scale': 1.1532994360780333,
            'cal_shift': -0.010919184989188514},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'c5cc5c2764c620bf',
                'train_score': {'loss': 0.0982, 'log_loss': 0.0982, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0665,
                                     'log_loss': 0.0665,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '1a27262ed0ebb211',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 33522,
                'completion_tokens': 1152,
                'fit_seconds': 358.81,
                'created': '2026-12-01T18:18:30+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 45,
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 2, 0, 4, 3],
                'reselected': '2026-12-02T15:09:04+00:00'}}


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
