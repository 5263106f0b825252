"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 46d0f6f4bb7968fd
data_fingerprint: cc92b81d795b6921
train_score: {'loss': 0.0564, 'log_loss': 0.0564, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0518, 'log_loss': 0.0518, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T14:25:31+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-0.9543, w_b=0.6198, w_c=0.9971, w_d=-0.2476, bias=-0.6054, w_new1=1.611, w_new2=0.9825, w_new3=-2.758, t_new1a=1.036, t_new2b=-0.05585, t_new3c=-0.89, w_r0_1=0.4751, w_r0_2=-0.4306, t_r0_1a=-0.1268, t_r0_2b=0.4548, w_r2_1=1.141, w_r2_2=0.2463, t_r2_1c=-0.1418, t_r2_2a=0.06456, w_r3_1=0.148, w_r3_2=-0.04517, t_r3_1a=0.1266, t_r3_2b=0.4102, w_r4_1=0.08649, w_r4_2=-0.007247, t_r4_1a=0.1606, t_r4_2b=0.4071, w_r5_1=0.05159, w_r5_2=0.01499, t_r5_1a=0.1755, t_r5_2b=0.4128, w_r6_1=0.03149, w_r6_2=0.02599, t_r6_1a=0.185, t_r6_2b=0.4152, w_r7_1=0.02103, w_r7_2=0.03025, t_r7_1a=0.1887, t_r7_2b=0.4153, w_r8_1=0.01461, w_r8_2=0.03351, t_r8_1a=0.1909, t_r8_2b=0.4162, w_r9_1=0.01088, w_r9_2=0.03577, t_r9_1a=0.1921, t_r9_2b=0.4168, cal_scale=1.05, cal_shift=-0.04676):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.3, 2.01)
    b = np.clip(b, -2.17, 2.2)
    c = np.clip(c, -2.04, 1.62)
    d = np.clip(d, -2.33, 2.77)
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(b - t_r0_2b)**2)
    score = score + w_r2_1 * np.exp(-(c - t_r2_1c)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
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
                         'decimals': 2,
                         'min': -1.3,
                         'max': 2.01,
                         'mean': 0.14279999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.17,
                         'max': 2.2,
                         'mean': 0.05240000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.04,
                         'max': 1.62,
                         'mean': -0.01959999999999997,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.33,
                         'max': 2.77,
                         'mean': 0.1898,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': -0.9543485237415971,
            'w_b': 0.6198264503893433,
            'w_c': 0.9970657639722236,
            'w_d': -0.24756116449579593,
            'bias': -0.6053609365789709,
            'w_new1': 1.6106601553347084,
            'w_new2': 0.9824522939896542,
            'w_new3': -2.7576249193473417,
            't_new1a': 1.0363751576915665,
            't_new2b': -0.05584503735327569,
            't_new3c': -0.8899901432044903,
            'w_r0_1': 0.47506469231847714,
            'w_r0_2': -0.4305804986660594,
            't_r0_1a': -0.12683667037776541,
            't_r0_2b': 0.45479273014759236,
            'w_r2_1': 1.141090556121482,
            'w_r2_2': 0.24633145374810336,
            't_r2_1c': -0.14178971063743748,
            't_r2_2a': 0.06455723741147168,
            'w_r3_1': 0.14796924475897422,
            'w_r3_2': -0.04517471368795427,
            't_r3_1a': 0.12658420467178153,
            't_r3_2b': 0.41015044314181015,
            'w_r4_1': 0.08648847139433982,
            'w_r4_2': -0.007246511553674222,
            't_r4_1a': 0.1606016947489496,
            't_r4_2b': 0.4070873738905979,
            'w_r5_1': 0.051591732822355546,
            'w_r5_2': 0.014992908339439615,
            't_r5_1a': 0.17545306161465352,
            't_r5_2b': 0.4127607290489849,
            'w_r6_1': 0.03149238055681758,
            'w_r6_2': 0.02599081926734386,
            't_r6_1a': 0.1849995516386099,
            't_r6_2b': 0.41522547239991586,
            'w_r7_1': 0.021026760264346182,
            'w_r7_2': 0.030247238483323228,
            't_r7_1a': 0.18868288940208341,
            't_r7_2b': 0.4152874692505319,
            'w_r8_1': 0.014607230205984471,
            'w_r8_2': 0.033513027774640214,
            't_r8_1a': 0.19090720003923545,
            't_r8_2b': 0.4162172153820539,
            'w_r9_1': 0.010883917747185532,
            'w_r9_2': 0.035770223188483274,
            't_r9_1a': 0.19206610696195298,
            't_r9_2b': 0.41682199718205165,
            'cal_scale': 1.0504204224695506,
            'cal_shift': -0.046757824381206195},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '46d0f6f4bb7968fd',
                'train_score': {'loss': 0.0564, 'log_loss': 0.0564, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0518,
                                     'log_loss': 0.0518,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'cc92b81d795b6921',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 39618,
                'completion_tokens': 1210,
                'fit_seconds': 487.37,
                'created': '2026-12-01T14:25:31+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 37,
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 6, 7, 1, 3, 4, 2, 0],
                'reselected': '2026-12-02T14:29:05+00:00'}}


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
