"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 483087f34e84084f
data_fingerprint: 8e0d80b9b04c67bf
train_score: {'loss': 0.0943, 'log_loss': 0.0943, 'auc': 1.0, 'accuracy': 0.98}
validation_score: {'loss': 0.0608, 'log_loss': 0.0608, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T23:30:58+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.857, w_b=-5.195, bias=-0.2529, w_new1=2.797, w_new2=-1.622, w_new3=-1.631, t_new1a=-0.2822, t_new2a=1.227, t_new3a=1.233, w_r0_1=0.3894, w_r0_2=-0.4545, t_r0_1a=0.1405, t_r0_2a=1.062, w_r1_1=0.1267, w_r1_2=-0.1773, t_r1_1a=0.2945, t_r1_2a=0.968, w_r2_1=0.07175, w_r2_2=-0.08207, t_r2_1a=0.313, t_r2_2a=0.9438, w_r3_1=0.04738, w_r3_2=-0.03493, t_r3_1a=0.3169, t_r3_2a=0.9365, w_r4_1=0.03244, w_r4_2=-0.006831, t_r4_1a=0.3176, t_r4_2a=0.9338, w_r5_1=0.02142, w_r5_2=0.012, t_r5_1a=0.3177, t_r5_2a=0.9331, w_r6_1=0.01228, w_r6_2=0.02573, t_r6_1a=0.3175, t_r6_2a=0.933, w_r7_1=0.004265, w_r7_2=0.03627, t_r7_1a=0.317, t_r7_2a=0.9331, w_r8_1=-0.003042, w_r8_2=0.0447, t_r8_1a=0.3165, t_r8_2a=0.9335, cal_scale=0.9842, cal_shift=-0.005218):
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -1.025,
                         'max': 1.986,
                         'mean': 0.52404,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.553,
                         'max': 1.002,
                         'mean': 0.20494,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.8565947833422842,
            'w_b': -5.194575697767412,
            'bias': -0.25286475502425687,
            'w_new1': 2.7967714213194004,
            'w_new2': -1.6217054478344592,
            'w_new3': -1.630992181876635,
            't_new1a': -0.28218037454211936,
            't_new2a': 1.2271135454454238,
            't_new3a': 1.2329553181103752,
            'w_r0_1': 0.38937263293300206,
            'w_r0_2': -0.4545043800248487,
            't_r0_1a': 0.14053113323711008,
            't_r0_2a': 1.061708070137328,
            'w_r1_1': 0.1267334400476452,
            'w_r1_2': -0.17734810413146185,
            't_r1_1a': 0.2944592623480976,
            't_r1_2a': 0.9679754774342657,
            'w_r2_1': 0.07174780443076421,
            'w_r2_2': -0.08206800851409923,
            't_r2_1a': 0.31299812405066646,
            't_r2_2a': 0.9438331212814064,
            'w_r3_1': 0.04738360214840241,
            'w_r3_2': -0.03492687662637372,
            't_r3_1a': 0.3168801802704874,
            't_r3_2a': 0.9365082104688616,
            'w_r4_1': 0.03244070006804063,
            'w_r4_2': -0.006830825844705214,
            't_r4_1a': 0.3176354175056244,
            't_r4_2a': 0.9338014150554977,
            'w_r5_1': 0.021420894809986664,
            'w_r5_2': 0.012003948096481136,
            't_r5_1a': 0.3177163210687038,
            't_r5_2a': 0.933103304079616,
            'w_r6_1': 0.012276911122165866,
            'w_r6_2': 0.025729954549307987,
            't_r6_1a': 0.31745324250284224,
            't_r6_2a': 0.9329766117267415,
            'w_r7_1': 0.004264532976774229,
            'w_r7_2': 0.03627443805342591,
            't_r7_1a': 0.3169845182497501,
            't_r7_2a': 0.9331448573089857,
            'w_r8_1': -0.0030415063600681344,
            'w_r8_2': 0.044701076172844606,
            't_r8_1a': 0.31647507014284193,
            't_r8_2a': 0.933476525065938,
            'cal_scale': 0.9841851632222903,
            'cal_shift': -0.005218208016998379},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [14],
                'prompt_hash': '483087f34e84084f',
                'train_score': {'loss': 0.0943, 'log_loss': 0.0943, 'auc': 1.0, 'accuracy': 0.98},
                'validation_score': {'loss': 0.0608,
                                     'log_loss': 0.0608,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '8e0d80b9b04c67bf',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 31639,
                'completion_tokens': 1151,
                'fit_seconds': 1329.87,
                'created': '2026-12-01T23:30:58+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 56,
                          'validation_fraction': 0.3},
                'teachers': [14, 13, 12, 11, 10, 9, 8, 7, 6, 2, 1, 0, 4, 3, 15],
                'reselected': '2026-12-02T08:12:49+00:00'}}


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
