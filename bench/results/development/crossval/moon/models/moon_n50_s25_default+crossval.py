"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 4ac2e9c59ed43d1f
data_fingerprint: 294f5f7623ce05f0
train_score: {'loss': 0.0603, 'log_loss': 0.0603, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0633, 'log_loss': 0.0633, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T15:27:28+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.211, w_b=-7.252, bias=-1.445, w_new1=8.32, w_new2=3.081, w_new3=-8.224, t_new1a=0.2536, t_new2b=0.8286, t_new3a=0.6696, w_r0_1=0.3486, w_r0_2=1.184, t_r0_1a=0.2266, t_r0_2b=0.8363, w_r1_1=0.02081, w_r1_2=0.762, t_r1_1a=0.4575, t_r1_2b=0.8316, w_r2_1=0.01237, w_r2_2=-0.9887, t_r2_1a=0.464, t_r2_2b=-0.07506, w_r3_1=0.007693, w_r3_2=-0.5837, t_r3_1a=0.4675, t_r3_2b=-0.001443, w_r4_1=0.004698, w_r4_2=0.008055, t_r4_1a=0.4693, t_r4_2b=0.482, w_r5_1=0.001909, w_r5_2=0.01387, t_r5_1a=0.4707, t_r5_2b=0.4888, w_r6_1=-0.0005898, w_r6_2=-0.00856, t_r6_1a=0.4717, t_r6_2b=0.4682, w_r7_1=-0.002114, w_r7_2=-0.00954, t_r7_1a=0.4721, t_r7_2b=0.4673, w_r8_1=-0.002547, w_r8_2=-0.007095, t_r8_1a=0.4722, t_r8_2b=0.4688, w_r9_1=-0.002305, w_r9_2=-0.003353, t_r9_1a=0.4722, t_r9_2b=0.4704, cal_scale=1.61, cal_shift=-0.01011):
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
                         'min': -1.031,
                         'max': 1.978,
                         'mean': 0.41700000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.62,
                         'max': 1.073,
                         'mean': 0.29988,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.210782756144429,
            'w_b': -7.252226990456337,
            'bias': -1.444764451017786,
            'w_new1': 8.32015316147459,
            'w_new2': 3.0814563607926244,
            'w_new3': -8.223674510831236,
            't_new1a': 0.25364583527006496,
            't_new2b': 0.8286412758302765,
            't_new3a': 0.6696113578490437,
            'w_r0_1': 0.34861452499111906,
            'w_r0_2': 1.1836456117101777,
            't_r0_1a': 0.22656408987963825,
            't_r0_2b': 0.8363345170453993,
            'w_r1_1': 0.020805077168808275,
            'w_r1_2': 0.7620344344247894,
            't_r1_1a': 0.45747183443218375,
            't_r1_2b': 0.8315797859645712,
            'w_r2_1': 0.012367451473424915,
            'w_r2_2': -0.9886537091494724,
            't_r2_1a': 0.4640467337381064,
            't_r2_2b': -0.07506049654460424,
            'w_r3_1': 0.007692693475994522,
            'w_r3_2': -0.5836786359620658,
            't_r3_1a': 0.46748719586281984,
            't_r3_2b': -0.0014425808006534105,
            'w_r4_1': 0.004697696552710585,
            'w_r4_2': 0.008055207084336578,
            't_r4_1a': 0.4693346448158758,
            't_r4_2b': 0.48202272514086697,
            'w_r5_1': 0.0019089146022504668,
            'w_r5_2': 0.013868226037481859,
            't_r5_1a': 0.4706597770206111,
            't_r5_2b': 0.4887866160724598,
            'w_r6_1': -0.0005897882893934727,
            'w_r6_2': -0.008560372540366547,
            't_r6_1a': 0.47165178510355665,
            't_r6_2b': 0.4682241898201072,
            'w_r7_1': -0.002114373727771839,
            'w_r7_2': -0.009539977671156323,
            't_r7_1a': 0.47213052159572066,
            't_r7_2b': 0.4673167761513367,
            'w_r8_1': -0.0025470709828478797,
            'w_r8_2': -0.007094885798819361,
            't_r8_1a': 0.47218173407594144,
            't_r8_2b': 0.468820136560678,
            'w_r9_1': -0.002304554985868346,
            'w_r9_2': -0.0033533919574984363,
            't_r9_1a': 0.47215302979140544,
            't_r9_2b': 0.47038174633013063,
            'cal_scale': 1.6097109426388854,
            'cal_shift': -0.010105151249958103},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '4ac2e9c59ed43d1f',
                'train_score': {'loss': 0.0603, 'log_loss': 0.0603, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0633,
                                     'log_loss': 0.0633,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '294f5f7623ce05f0',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34336,
                'completion_tokens': 1152,
                'fit_seconds': 2653.72,
                'created': '2026-11-27T15:27:28+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 25,
                          'validation_fraction': 0.3},
                'cross_validation_score': {'loss': 0.0675,
                                           'log_loss': 0.0675,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'reselected': '2026-12-01T13:31:31+00:00'}}


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
