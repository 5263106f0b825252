"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: c290004807aeaefd
data_fingerprint: 0970bdfd45dbb55f
train_score: {'loss': 0.1488, 'log_loss': 0.1488, 'auc': 0.9952, 'accuracy': 0.98}
validation_score: {'loss': 0.209, 'log_loss': 0.209, 'auc': 0.9688, 'accuracy': 0.8125}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T14:41:19+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.193, w_b=0.4679, w_c=0.4522, w_d=1.864, bias=-0.6363, w_new1=1.269, w_new2=-5.812, w_new3=2.96, t_new1a=-0.5893, t_new2a=-0.1003, t_new3a=0.3731, w_r0_1=0.7089, w_r0_2=0.919, t_r0_1a=-0.6175, t_r0_2a=0.4455, w_r1_1=0.5008, w_r1_2=0.599, t_r1_1a=-0.6287, t_r1_2a=0.4572, w_r2_1=0.3974, w_r2_2=0.3837, t_r2_1a=-0.6368, t_r2_2a=0.4855, w_r3_1=0.3133, w_r3_2=0.1648, t_r3_1a=-0.6482, t_r3_2a=0.5844, w_r4_1=0.2273, w_r4_2=-0.2797, t_r4_1a=-0.6698, t_r4_2a=0.9655, w_r5_1=0.1287, w_r5_2=-0.4133, t_r5_1a=-0.7157, t_r5_2a=1.008, w_r6_1=-0.02096, w_r6_2=-0.3643, t_r6_1a=-0.8371, t_r6_2a=0.9978, w_r7_1=-0.6063, w_r7_2=-0.233, t_r7_1a=-1.23, t_r7_2a=0.9418, w_r8_1=-0.1036, w_r8_2=-0.1395, t_r8_1a=-0.9268, t_r8_2a=0.8713, w_r9_1=-0.02401, w_r9_2=-0.08797, t_r9_1a=-0.8449, t_r9_2a=0.8289, cal_scale=1.245, cal_shift=0.1142):
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
 'params': {'w_a': 0.19296146979077325,
            'w_b': 0.46786987791191936,
            'w_c': 0.45223198360995537,
            'w_d': 1.864410329685498,
            'bias': -0.6363055785925202,
            'w_new1': 1.2686879409041358,
            'w_new2': -5.812026285511807,
            'w_new3': 2.959761917863013,
            't_new1a': -0.5892552226520821,
            't_new2a': -0.1002611837284142,
            't_new3a': 0.3730833435623829,
            'w_r0_1': 0.7088554957409147,
            'w_r0_2': 0.919010367831442,
            't_r0_1a': -0.6175476260209053,
            't_r0_2a': 0.44551982507715876,
            'w_r1_1': 0.5007725521855241,
            'w_r1_2': 0.5990021681851051,
            't_r1_1a': -0.6286586629502943,
            't_r1_2a': 0.45722497992943406,
            'w_r2_1': 0.39742755762527976,
            'w_r2_2': 0.3836661247477846,
            't_r2_1a': -0.6367649192811823,
            't_r2_2a': 0.48547249703754414,
            'w_r3_1': 0.3132640444364088,
            'w_r3_2': 0.16475494075932892,
            't_r3_1a': -0.6481658252339987,
            't_r3_2a': 0.5843820905243895,
            'w_r4_1': 0.22731417643955273,
            'w_r4_2': -0.2796526494141081,
            't_r4_1a': -0.6697755256681829,
            't_r4_2a': 0.9654999292380457,
            'w_r5_1': 0.12868085582541428,
            'w_r5_2': -0.41332524621184563,
            't_r5_1a': -0.7156582721385669,
            't_r5_2a': 1.0084324955728274,
            'w_r6_1': -0.020964275206200304,
            'w_r6_2': -0.3643486791681562,
            't_r6_1a': -0.8370977127872605,
            't_r6_2a': 0.9978457685736485,
            'w_r7_1': -0.6062733937232441,
            'w_r7_2': -0.2330224971266175,
            't_r7_1a': -1.2300391011187153,
            't_r7_2a': 0.9418186450873447,
            'w_r8_1': -0.10355778384419757,
            'w_r8_2': -0.13952593486487155,
            't_r8_1a': -0.9268395517928497,
            't_r8_2a': 0.8712568702062132,
            'w_r9_1': -0.024006085520924897,
            'w_r9_2': -0.08796926572954517,
            't_r9_1a': -0.8448807131697021,
            't_r9_2a': 0.8289042656336191,
            'cal_scale': 1.2448821327169177,
            'cal_shift': 0.11417591511891051},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'c290004807aeaefd',
                'train_score': {'loss': 0.1488,
                                'log_loss': 0.1488,
                                'auc': 0.9952,
                                'accuracy': 0.98},
                'validation_score': {'loss': 0.209,
                                     'log_loss': 0.209,
                                     'auc': 0.9688,
                                     'accuracy': 0.8125},
                'selection': 'crossval_distilled',
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
                'reselected': '2026-12-02T14:33:13+00:00'}}


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
