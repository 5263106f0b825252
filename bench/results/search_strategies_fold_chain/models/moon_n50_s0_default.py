"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: cc6b72230ba2c729
data_fingerprint: 3177f0ef9a332889
train_score: {'loss': 0.069, 'log_loss': 0.069, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0626, 'log_loss': 0.0626, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T20:32:47+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=3.92, w_b=-4.857, bias=1.525, w_new1=1.171, w_new2=1.153, w_new3=-6.779, t_new1a=-0.09556, t_new2a=-0.08588, t_new3a=1.453, w_r0_1=0.3078, w_r0_2=-0.5146, t_r0_1a=-0.05351, t_r0_2a=0.9646, w_r1_1=0.1534, w_r1_2=-0.209, t_r1_1a=-0.04866, t_r1_2a=0.8403, w_r2_1=0.1017, w_r2_2=-0.1656, t_r2_1a=-0.04311, t_r2_2a=0.8351, w_r3_1=0.07959, w_r3_2=-0.1479, t_r3_1a=-0.04024, t_r3_2a=0.8359, w_r4_1=0.06849, w_r4_2=-0.1343, t_r4_1a=-0.03887, t_r4_2a=0.8374, w_r5_1=0.06135, w_r5_2=-0.1213, t_r5_1a=-0.03812, t_r5_2a=0.839, w_r6_1=0.05705, w_r6_2=-0.1067, t_r6_1a=-0.03771, t_r6_2a=0.8409, w_r7_1=0.05386, w_r7_2=-0.09005, t_r7_1a=-0.03746, t_r7_2a=0.8431, w_r8_1=0.05093, w_r8_2=-0.07171, t_r8_1a=-0.03725, t_r8_2a=0.8451, w_r9_1=0.04793, w_r9_2=-0.05207, t_r9_1a=-0.03705, t_r9_2a=0.847, cal_scale=1.352, cal_shift=-0.04507):
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
                         'min': -0.93,
                         'max': 2.054,
                         'mean': 0.5460799999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.533,
                         'max': 1.05,
                         'mean': 0.27952,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 3.9203273764002327,
            'w_b': -4.857038704015938,
            'bias': 1.5246274620036773,
            'w_new1': 1.1707738177087763,
            'w_new2': 1.1525604755943963,
            'w_new3': -6.778818095638045,
            't_new1a': -0.09555653886235568,
            't_new2a': -0.08587567465491228,
            't_new3a': 1.453493087974019,
            'w_r0_1': 0.3078146673105318,
            'w_r0_2': -0.5146092244727792,
            't_r0_1a': -0.053510733546909134,
            't_r0_2a': 0.9646149412358884,
            'w_r1_1': 0.15343640702962752,
            'w_r1_2': -0.20897251037293094,
            't_r1_1a': -0.048660790472604624,
            't_r1_2a': 0.8402835470035801,
            'w_r2_1': 0.10172700810210025,
            'w_r2_2': -0.16558518711472386,
            't_r2_1a': -0.04310628374325075,
            't_r2_2a': 0.8351326605646661,
            'w_r3_1': 0.07959082247950774,
            'w_r3_2': -0.1479022656230992,
            't_r3_1a': -0.04023943333669377,
            't_r3_2a': 0.8358812678993616,
            'w_r4_1': 0.06848542065567921,
            'w_r4_2': -0.13434120517042944,
            't_r4_1a': -0.03887400093392722,
            't_r4_2a': 0.8374033698594529,
            'w_r5_1': 0.06134764976095943,
            'w_r5_2': -0.1213133806688674,
            't_r5_1a': -0.03811641627485383,
            't_r5_2a': 0.8390040773423193,
            'w_r6_1': 0.05704719845999522,
            'w_r6_2': -0.10666400761204081,
            't_r6_1a': -0.03771441354325079,
            't_r6_2a': 0.8409230712628668,
            'w_r7_1': 0.05385692086284917,
            'w_r7_2': -0.0900472699181444,
            't_r7_1a': -0.037457775248720446,
            't_r7_2a': 0.8430994663232694,
            'w_r8_1': 0.05092646300842879,
            'w_r8_2': -0.07171102773891339,
            't_r8_1a': -0.037245841988733396,
            't_r8_2a': 0.8451407959051155,
            'w_r9_1': 0.04792993534672364,
            'w_r9_2': -0.052067459969866906,
            't_r9_1a': -0.037048741287460975,
            't_r9_2a': 0.8470171989635255,
            'cal_scale': 1.3515894889722637,
            'cal_shift': -0.04506638020885875},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'cc6b72230ba2c729',
                'train_score': {'loss': 0.069, 'log_loss': 0.069, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0626,
                                     'log_loss': 0.0626,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0794,
                                           'log_loss': 0.0794,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '3177f0ef9a332889',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34474,
                'completion_tokens': 1182,
                'fit_seconds': 350.42,
                'created': '2026-12-01T20:32:47+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 0,
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
