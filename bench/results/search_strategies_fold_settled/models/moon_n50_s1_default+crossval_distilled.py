"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 64ce4ed4895b50c1
data_fingerprint: 7dad08a9cd4ab8bc
train_score: {'loss': 0.091, 'log_loss': 0.091, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0715, 'log_loss': 0.0715, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T20:41:47+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.683, w_b=-5.13, bias=-0.1317, w_new1=4.815, w_new2=-1.888, w_new3=-1.912, t_new1a=0.1468, t_new2a=0.7758, t_new3a=0.7746, w_r0_1=0.4789, w_r0_2=-0.6167, t_r0_1a=0.08346, t_r0_2a=0.8641, w_r1_1=0.1447, w_r1_2=-0.3553, t_r1_1a=0.231, t_r1_2a=0.8862, w_r2_1=0.0756, w_r2_2=-0.2349, t_r2_1a=0.2715, t_r2_2a=0.8999, w_r3_1=0.04843, w_r3_2=-0.1659, t_r3_1a=0.284, t_r3_2a=0.9097, w_r4_1=0.03317, w_r4_2=-0.1212, t_r4_1a=0.2894, t_r4_2a=0.9165, w_r5_1=0.02298, w_r5_2=-0.08969, t_r5_1a=0.2921, t_r5_2a=0.9214, w_r6_1=0.01546, w_r6_2=-0.06613, t_r6_1a=0.2937, t_r6_2a=0.925, w_r7_1=0.009601, w_r7_2=-0.04788, t_r7_1a=0.2946, t_r7_2a=0.9275, w_r8_1=0.004815, w_r8_2=-0.03325, t_r8_1a=0.2952, t_r8_2a=0.9294, w_r9_1=0.0008257, w_r9_2=-0.02124, t_r9_1a=0.2955, t_r9_2a=0.9309, cal_scale=0.9974, cal_shift=0.1093):
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
 'params': {'w_a': 2.6831212352085094,
            'w_b': -5.1302804027475,
            'bias': -0.13167854032795995,
            'w_new1': 4.814974719041362,
            'w_new2': -1.8878043425121793,
            'w_new3': -1.9123672596839503,
            't_new1a': 0.1467752386583861,
            't_new2a': 0.7758400246153943,
            't_new3a': 0.7746330181664388,
            'w_r0_1': 0.47894144742648503,
            'w_r0_2': -0.6167121644787882,
            't_r0_1a': 0.08345771404652003,
            't_r0_2a': 0.8640840601709714,
            'w_r1_1': 0.1447239479568157,
            'w_r1_2': -0.35533945879761736,
            't_r1_1a': 0.2310498086733923,
            't_r1_2a': 0.8862099730615005,
            'w_r2_1': 0.07559862661983252,
            'w_r2_2': -0.23486549832984763,
            't_r2_1a': 0.27151825264876006,
            't_r2_2a': 0.8998578063223137,
            'w_r3_1': 0.04843209961133299,
            'w_r3_2': -0.1658963403444658,
            't_r3_1a': 0.2840261469553764,
            't_r3_2a': 0.9096556328687508,
            'w_r4_1': 0.033170065023994645,
            'w_r4_2': -0.12124707768558356,
            't_r4_1a': 0.28937164678940197,
            't_r4_2a': 0.9164817474769771,
            'w_r5_1': 0.022977300805436397,
            'w_r5_2': -0.08968664836876941,
            't_r5_1a': 0.29207009632405645,
            't_r5_2a': 0.9213867942529621,
            'w_r6_1': 0.015459371619212507,
            'w_r6_2': -0.06612948525185547,
            't_r6_1a': 0.29372370540632126,
            't_r6_2a': 0.9250209953250432,
            'w_r7_1': 0.009601419485834001,
            'w_r7_2': -0.04787627220952936,
            't_r7_1a': 0.29458375188057634,
            't_r7_2a': 0.927495526567621,
            'w_r8_1': 0.004814521449127353,
            'w_r8_2': -0.03324837793997451,
            't_r8_1a': 0.29518043463186905,
            't_r8_2a': 0.9294254791994423,
            'w_r9_1': 0.0008256541611662734,
            'w_r9_2': -0.021240205391109032,
            't_r9_1a': 0.29552912927679237,
            't_r9_2a': 0.9309004481832576,
            'cal_scale': 0.9974315818178543,
            'cal_shift': 0.10926680835609805},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '64ce4ed4895b50c1',
                'train_score': {'loss': 0.091, 'log_loss': 0.091, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0715,
                                     'log_loss': 0.0715,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '7dad08a9cd4ab8bc',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34352,
                'completion_tokens': 1182,
                'fit_seconds': 339.84,
                'created': '2026-12-01T20:41:47+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 1,
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 2, 5, 0, 4, 3],
                'reselected': '2026-12-02T05:50:48+00:00'}}


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
