"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 98e940d31c0b0150
data_fingerprint: 2a6d2fb964f3fa32
train_score: {'loss': 0.087, 'log_loss': 0.087, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0476, 'log_loss': 0.0476, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T13:20:15+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.432, w_b=-9.124, bias=-0.7436, w_new1=6.945, w_new2=7.129, w_new3=-5.016, t_new1a=0.2138, t_new2b=0.6449, t_new3a=0.7474, w_r0_1=-0.4335, w_r0_2=-2.639, t_r0_1a=0.8232, t_r0_2b=-0.0008655, w_r1_1=-0.2674, w_r1_2=-0.879, t_r1_1a=0.7728, t_r1_2b=-0.0574, w_r2_1=-0.2114, w_r2_2=-0.3393, t_r2_1a=0.7476, t_r2_2b=0.09123, w_r3_1=-0.1535, w_r3_2=-0.2191, t_r3_1a=0.7191, t_r3_2b=0.1852, w_r4_1=-0.1082, w_r4_2=-0.147, t_r4_1a=0.6967, t_r4_2b=0.2388, w_r5_1=-0.07714, w_r5_2=-0.1058, t_r5_1a=0.6838, t_r5_2b=0.2628, w_r6_1=-0.05538, w_r6_2=-0.0762, t_r6_1a=0.6763, t_r6_2b=0.2756, w_r7_1=-0.03884, w_r7_2=-0.05382, t_r7_1a=0.6719, t_r7_2b=0.2828, w_r8_1=-0.02553, w_r8_2=-0.03682, t_r8_1a=0.6693, t_r8_2b=0.2867, w_r9_1=-0.01444, w_r9_2=-0.0232, t_r9_1a=0.6679, t_r9_2b=0.2885, cal_scale=1.075, cal_shift=0.009431):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.032, 2.011)
    b = np.clip(b, -0.587, 1.05)
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
 'params': {'w_a': 2.43211065928664,
            'w_b': -9.12373446012868,
            'bias': -0.743610694717468,
            'w_new1': 6.945437401142822,
            'w_new2': 7.129232517000665,
            'w_new3': -5.016328525203857,
            't_new1a': 0.21379236094267318,
            't_new2b': 0.6449089491837894,
            't_new3a': 0.7474123120081196,
            'w_r0_1': -0.43349017433092074,
            'w_r0_2': -2.6390331634405944,
            't_r0_1a': 0.8232096825431129,
            't_r0_2b': -0.0008655189625918214,
            'w_r1_1': -0.26739377360033084,
            'w_r1_2': -0.8789783410109479,
            't_r1_1a': 0.7727993190417782,
            't_r1_2b': -0.05740357132797337,
            'w_r2_1': -0.2114194346544524,
            'w_r2_2': -0.33931874671058,
            't_r2_1a': 0.7475779147310889,
            't_r2_2b': 0.09122833983525919,
            'w_r3_1': -0.15351867626917842,
            'w_r3_2': -0.21914526946364285,
            't_r3_1a': 0.7190702258831008,
            't_r3_2b': 0.18516396013010245,
            'w_r4_1': -0.10818413846576502,
            'w_r4_2': -0.1470488617281308,
            't_r4_1a': 0.6967409972081083,
            't_r4_2b': 0.23882744564641556,
            'w_r5_1': -0.07713713161160352,
            'w_r5_2': -0.10576705368814034,
            't_r5_1a': 0.6838069389507045,
            't_r5_2b': 0.26275931870801655,
            'w_r6_1': -0.05538216553397426,
            'w_r6_2': -0.07619500995735233,
            't_r6_1a': 0.6762646176822795,
            't_r6_2b': 0.27559219854087186,
            'w_r7_1': -0.038842298507625675,
            'w_r7_2': -0.05382038916117042,
            't_r7_1a': 0.6719117329838904,
            't_r7_2b': 0.2828004121431833,
            'w_r8_1': -0.025531828535617987,
            'w_r8_2': -0.03681844431460558,
            't_r8_1a': 0.6693421157799969,
            't_r8_2b': 0.2866869857966407,
            'w_r9_1': -0.01444058426848015,
            'w_r9_2': -0.023196996453181382,
            't_r9_1a': 0.6679291657282905,
            't_r9_2b': 0.2885016013136719,
            'cal_scale': 1.0745672651887255,
            'cal_shift': 0.009431276005317808},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '98e940d31c0b0150',
                'train_score': {'loss': 0.087, 'log_loss': 0.087, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0476,
                                     'log_loss': 0.0476,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
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
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 1, 2, 3, 4, 0],
                'reselected': '2026-12-02T15:09:19+00:00'}}


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
