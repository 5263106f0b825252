"""Code model predicting `target` (multiclass), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: a516c714dd19eba4
data_fingerprint: b1b8c14fc5b9a6fe
train_score: {'loss': 0.1615, 'log_loss': 0.1615, 'accuracy': 0.98}
validation_score: {'loss': 0.0722, 'log_loss': 0.0722, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-02T02:17:29+00:00
features: sepal length (cm), sepal width (cm), petal length (cm), petal width (cm)
classes: 0, 1, 2
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(sepal_length_cm, sepal_width_cm, petal_length_cm, petal_width_cm, w0_sepal_length_cm=0.06615, w0_sepal_width_cm=0.9244, w0_petal_length_cm=-0.3224, w0_petal_width_cm=-0.2654, w1_sepal_length_cm=0.2896, w1_sepal_width_cm=-0.284, w1_petal_length_cm=0.1808, w1_petal_width_cm=-1.874, w2_sepal_length_cm=-0.3586, w2_sepal_width_cm=-0.6441, w2_petal_length_cm=0.1414, w2_petal_width_cm=2.14, bias0=-0.2429, bias1=0.1206, bias2=0.1224, w_new1=-0.179, t_new1p=1.037, w_new2=-1.016, t_new2p=5.114, w_new3=0.04494, t_new3p=6.201, w_r0_2=0.4431, t_r0_2p=6.891):
    # inputs held to the training rows' range: the fitted shape is only known there
    sepal_length_cm = np.clip(sepal_length_cm, 4.5, 7.9)
    sepal_width_cm = np.clip(sepal_width_cm, 2.2, 3.8)
    petal_length_cm = np.clip(petal_length_cm, 1.0, 6.7)
    petal_width_cm = np.clip(petal_width_cm, 0.1, 2.4)
    score_0 = w0_sepal_length_cm * sepal_length_cm + w0_sepal_width_cm * sepal_width_cm + w0_petal_length_cm * petal_length_cm + w0_petal_width_cm * petal_width_cm + bias0  # class 0
    score_1 = w1_sepal_length_cm * sepal_length_cm + w1_sepal_width_cm * sepal_width_cm + w1_petal_length_cm * petal_length_cm + w1_petal_width_cm * petal_width_cm + bias1  # class 1
    score_2 = w2_sepal_length_cm * sepal_length_cm + w2_sepal_width_cm * sepal_width_cm + w2_petal_length_cm * petal_length_cm + w2_petal_width_cm * petal_width_cm + bias2  # class 2
    # change or add terms that capture the pattern, each with its own parameter
    score_0 = score_0 + w_new1 * (petal_length_cm - t_new1p) * (petal_length_cm - t_new1p)
    score_1 = score_1 + w_new2 * (petal_length_cm - t_new2p) * (petal_length_cm - t_new2p)
    score_2 = score_2 + w_new3 * (petal_length_cm - t_new3p) * (petal_length_cm - t_new3p)
    score_1 = score_1 + w_r0_2 * (petal_length_cm - t_r0_2p) * (petal_length_cm - t_r0_2p)
    return np.stack([score_0, score_1, score_2], axis=1)
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'multiclass',
 'schema': {'columns': [{'name': 'sepal length (cm)',
                         'ident': 'sepal_length_cm',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 4.5,
                         'max': 7.9,
                         'mean': 5.860000000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'sepal width (cm)',
                         'ident': 'sepal_width_cm',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 2.2,
                         'max': 3.8,
                         'mean': 3.0159999999999996,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'petal length (cm)',
                         'ident': 'petal_length_cm',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 1.0,
                         'max': 6.7,
                         'mean': 3.7259999999999995,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'petal width (cm)',
                         'ident': 'petal_width_cm',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 0.1,
                         'max': 2.4,
                         'mean': 1.176,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'multiclass',
            'target': 'target',
            'classes': [0, 1, 2]},
 'columns': ['sepal_length_cm', 'sepal_width_cm', 'petal_length_cm', 'petal_width_cm'],
 'matrix_arg': None,
 'params': {'w0_sepal_length_cm': 0.06614588122020888,
            'w0_sepal_width_cm': 0.9244046217857793,
            'w0_petal_length_cm': -0.322419353429375,
            'w0_petal_width_cm': -0.26540217721708304,
            'w1_sepal_length_cm': 0.2895616569652785,
            'w1_sepal_width_cm': -0.2839939931163005,
            'w1_petal_length_cm': 0.18081780839511524,
            'w1_petal_width_cm': -1.8742621329914109,
            'w2_sepal_length_cm': -0.3585975702092293,
            'w2_sepal_width_cm': -0.6441298043553294,
            'w2_petal_length_cm': 0.14135015489622021,
            'w2_petal_width_cm': 2.1395601992693334,
            'bias0': -0.24287365117190632,
            'bias1': 0.12055044333320945,
            'bias2': 0.122392174625926,
            'w_new1': -0.17897664595763058,
            't_new1p': 1.0365952454482208,
            'w_new2': -1.0157714192494358,
            't_new2p': 5.114141582649727,
            'w_new3': 0.04493983104555463,
            't_new3p': 6.201376823245818,
            'w_r0_2': 0.44314227467403366,
            't_r0_2p': 6.891241198932888},
 'link': 'softmax',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [9],
                'prompt_hash': 'a516c714dd19eba4',
                'train_score': {'loss': 0.1615, 'log_loss': 0.1615, 'accuracy': 0.98},
                'validation_score': {'loss': 0.0722, 'log_loss': 0.0722, 'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'b1b8c14fc5b9a6fe',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 38134,
                'completion_tokens': 2199,
                'fit_seconds': 1260.83,
                'created': '2026-12-02T02:17:29+00:00',
                'split': {'fit_rows': 35,
                          'validation_rows': 15,
                          'seed': 0,
                          'validation_fraction': 0.3},
                'teachers': [9, 8, 7, 6, 5, 10, 2, 1, 12, 15, 4, 11, 0],
                'pruned': ['score_0 = score_0 + w_r0_1 * (petal_length_cm - t_r0_1p) * '
                           '(petal_length_cm - t_r0_1p)',
                           'score_0 = score_0 + w_r1_1 * (petal_length_cm - t_r1_1p) * '
                           '(petal_length_cm - t_r1_1p)',
                           'score_1 = score_1 + w_r1_2 * (petal_length_cm - t_r1_2p) * '
                           '(petal_length_cm - t_r1_2p)',
                           'score_0 = score_0 + w_r2_1 * (petal_length_cm - t_r2_1p) * '
                           '(petal_length_cm - t_r2_1p)',
                           'score_1 = score_1 + w_r2_2 * (petal_length_cm - t_r2_2p) * '
                           '(petal_length_cm - t_r2_2p)',
                           'score_0 = score_0 + w_r3_1 * (petal_length_cm - t_r3_1p) * '
                           '(petal_length_cm - t_r3_1p)',
                           'score_1 = score_1 + w_r3_2 * (petal_length_cm - t_r3_2p) * '
                           '(petal_length_cm - t_r3_2p)'],
                'reselected': '2026-12-03T06:36:32+00:00'}}


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
