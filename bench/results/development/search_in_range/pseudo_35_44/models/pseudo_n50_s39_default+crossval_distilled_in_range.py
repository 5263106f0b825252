"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: c290004807aeaefd
data_fingerprint: 0970bdfd45dbb55f
train_score: {'loss': 0.1487, 'log_loss': 0.1487, 'auc': 0.9952, 'accuracy': 0.98}
validation_score: {'loss': 0.209, 'log_loss': 0.209, 'auc': 0.9688, 'accuracy': 0.8125}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T14:41:19+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.1887, w_b=0.4681, w_c=0.449, w_d=1.87, bias=-0.6391, w_new1=1.269, w_new2=-5.808, w_new3=2.96, t_new1a=-0.5869, t_new2a=-0.09961, t_new3a=0.3751, w_r0_1=0.7087, w_r0_2=0.9191, t_r0_1a=-0.6162, t_r0_2a=0.4462, w_r1_1=0.5006, w_r1_2=0.5991, t_r1_1a=-0.6277, t_r1_2a=0.4576, w_r2_1=0.3972, w_r2_2=0.3838, t_r2_1a=-0.636, t_r2_2a=0.4858, w_r3_1=0.313, w_r3_2=0.165, t_r3_1a=-0.6476, t_r3_2a=0.5847, w_r4_1=0.227, w_r4_2=-0.2784, t_r4_1a=-0.6693, t_r4_2a=0.9644, w_r5_1=0.1283, w_r5_2=-0.4121, t_r5_1a=-0.7154, t_r5_2a=1.006, w_r6_1=-0.02173, w_r6_2=-0.3631, t_r6_1a=-0.8372, t_r6_2a=0.9961, w_r7_1=-0.608, w_r7_2=-0.2319, t_r7_1a=-1.236, t_r7_2a=0.941, w_r8_1=-0.1046, w_r8_2=-0.1386, t_r8_1a=-0.9272, t_r8_2a=0.8709, w_r9_1=-0.0248, w_r9_2=-0.08715, t_r9_1a=-0.8449, t_r9_2a=0.8287, cal_scale=1.242, cal_shift=0.1122):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -2.78, 1.88)
    b = np.clip(b, -2.07, 3.05)
    c = np.clip(c, -2.71, 1.81)
    d = np.clip(d, -1.66, 2.25)
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
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
                         'decimals': 2,
                         'min': -2.78,
                         'max': 1.88,
                         'mean': -0.055,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.07,
                         'max': 3.05,
                         'mean': 0.07440000000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.71,
                         'max': 1.81,
                         'mean': -0.050599999999999985,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.66,
                         'max': 2.25,
                         'mean': 0.0834,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.18873750914908416,
            'w_b': 0.46810628390252124,
            'w_c': 0.4489792893477475,
            'w_d': 1.869767124342755,
            'bias': -0.6390933097363672,
            'w_new1': 1.268577824003081,
            'w_new2': -5.808051000724842,
            'w_new3': 2.9598501898090124,
            't_new1a': -0.5869483598622749,
            't_new2a': -0.09960774362699257,
            't_new3a': 0.3751248662462784,
            'w_r0_1': 0.7086831853326075,
            'w_r0_2': 0.919076888110832,
            't_r0_1a': -0.6162148198028724,
            't_r0_2a': 0.4461685694199986,
            'w_r1_1': 0.5005587297887854,
            'w_r1_2': 0.5990745906615579,
            't_r1_1a': -0.627717715851863,
            't_r1_2a': 0.4576427920621441,
            'w_r2_1': 0.39718872080503026,
            'w_r2_2': 0.38375886408504234,
            't_r2_1a': -0.6360137349383582,
            't_r2_2a': 0.4858021950708218,
            'w_r3_1': 0.31299595017602777,
            'w_r3_2': 0.16496678416486252,
            't_r3_1a': -0.647562015233784,
            't_r3_2a': 0.5846639805804867,
            'w_r4_1': 0.22699593835008303,
            'w_r4_2': -0.27842824250546117,
            't_r4_1a': -0.6693147816200785,
            't_r4_2a': 0.964378057235486,
            'w_r5_1': 0.1282543915679101,
            'w_r5_2': -0.41211697328422536,
            't_r5_1a': -0.7153651765038045,
            't_r5_2a': 1.006247461468358,
            'w_r6_1': -0.021733123368587376,
            'w_r6_2': -0.3631056038963458,
            't_r6_1a': -0.8371540344727072,
            't_r6_2a': 0.9960698370410146,
            'w_r7_1': -0.6080216823660737,
            'w_r7_2': -0.23185062030881257,
            't_r7_1a': -1.2359467036870428,
            't_r7_2a': 0.9409814329316857,
            'w_r8_1': -0.10463745639773327,
            'w_r8_2': -0.13857902662443214,
            't_r8_1a': -0.9271876169988652,
            't_r8_2a': 0.8708536788441924,
            'w_r9_1': -0.024800230648706605,
            'w_r9_2': -0.08715424003039368,
            't_r9_1a': -0.8449455075671534,
            't_r9_2a': 0.8287072373621827,
            'cal_scale': 1.241924109689257,
            'cal_shift': 0.11220317838908322},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'c290004807aeaefd',
                'train_score': {'loss': 0.1487,
                                'log_loss': 0.1487,
                                'auc': 0.9952,
                                'accuracy': 0.98},
                'validation_score': {'loss': 0.209,
                                     'log_loss': 0.209,
                                     'auc': 0.9688,
                                     'accuracy': 0.8125},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '0970bdfd45dbb55f',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 41647,
                'completion_tokens': 1210,
                'fit_seconds': 456.27,
                'created': '2026-12-01T14:41:19+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 39,
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 2, 0, 3, 4, 1],
                'reselected': '2026-12-02T14:49:05+00:00'}}


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
