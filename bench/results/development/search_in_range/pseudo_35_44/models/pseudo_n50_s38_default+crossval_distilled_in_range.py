"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 80a41f0c60101052
data_fingerprint: 30cec7bd0dfd2e3a
train_score: {'loss': 0.0954, 'log_loss': 0.0954, 'auc': 0.9984, 'accuracy': 0.98}
validation_score: {'loss': 0.0588, 'log_loss': 0.0588, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T14:33:42+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.2884, w_b=0.4026, w_c=0.8982, w_d=-0.4327, bias=-0.1744, w_new1=-0.7554, w_new2=2.51, w_new3=-2.798, t_new1a=0.018, t_new2b=1.17, t_new3c=-0.9934, w_r0_1=0.4162, w_r0_2=0.7208, t_r0_1a=0.3347, t_r0_2b=-0.883, w_r1_1=0.03652, w_r1_2=0.287, t_r1_1a=0.2001, t_r1_2b=-0.2302, w_r2_1=0.0002141, w_r2_2=0.186, t_r2_1a=0.1639, t_r2_2b=-0.2261, w_r3_1=0.005359, w_r3_2=0.1243, t_r3_1a=0.1697, t_r3_2b=-0.2308, w_r4_1=0.008578, w_r4_2=0.08024, t_r4_1a=0.1731, t_r4_2b=-0.2396, w_r5_1=0.00872, w_r5_2=0.04999, t_r5_1a=0.1721, t_r5_2b=-0.2481, w_r6_1=0.009219, w_r6_2=0.02757, t_r6_1a=0.1724, t_r6_2b=-0.2555, cal_scale=0.9839, cal_shift=0.05519):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -2.17, 3.05)
    b = np.clip(b, -2.22, 2.11)
    c = np.clip(c, -3.32, 2.83)
    d = np.clip(d, -2.17, 1.51)
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.17,
                         'max': 3.05,
                         'mean': 0.09959999999999997,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.22,
                         'max': 2.11,
                         'mean': -0.1576,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.32,
                         'max': 2.83,
                         'mean': -0.1312,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.17,
                         'max': 1.51,
                         'mean': -0.030599999999999992,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.28836833697931896,
            'w_b': 0.4025727994771795,
            'w_c': 0.8981987542530417,
            'w_d': -0.43268269518991537,
            'bias': -0.174401767576371,
            'w_new1': -0.7553588265359481,
            'w_new2': 2.510342321191927,
            'w_new3': -2.7977942607756057,
            't_new1a': 0.018003382156214442,
            't_new2b': 1.1703032341320059,
            't_new3c': -0.9934301834991485,
            'w_r0_1': 0.4162481340033486,
            'w_r0_2': 0.7208099647650723,
            't_r0_1a': 0.3347148832849533,
            't_r0_2b': -0.8830112338503707,
            'w_r1_1': 0.03652162339103978,
            'w_r1_2': 0.28702450135592883,
            't_r1_1a': 0.20009254939880752,
            't_r1_2b': -0.230177867516497,
            'w_r2_1': 0.0002141162775287503,
            'w_r2_2': 0.18604549217502597,
            't_r2_1a': 0.163924686670396,
            't_r2_2b': -0.22605996122474947,
            'w_r3_1': 0.0053591587634078085,
            'w_r3_2': 0.12432160877917822,
            't_r3_1a': 0.16967757875844608,
            't_r3_2b': -0.2308016577560775,
            'w_r4_1': 0.008577742550251977,
            'w_r4_2': 0.08023945066699124,
            't_r4_1a': 0.17305987917179005,
            't_r4_2b': -0.23962994947426797,
            'w_r5_1': 0.008719774798212496,
            'w_r5_2': 0.049987242650932066,
            't_r5_1a': 0.17213801367260723,
            't_r5_2b': -0.24807869708590685,
            'w_r6_1': 0.009218726601519935,
            'w_r6_2': 0.027574408902526593,
            't_r6_1a': 0.17238638333708423,
            't_r6_2b': -0.25550015970965373,
            'cal_scale': 0.9839258773918536,
            'cal_shift': 0.05519255342843358},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [12],
                'prompt_hash': '80a41f0c60101052',
                'train_score': {'loss': 0.0954,
                                'log_loss': 0.0954,
                                'auc': 0.9984,
                                'accuracy': 0.98},
                'validation_score': {'loss': 0.0588,
                                     'log_loss': 0.0588,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '30cec7bd0dfd2e3a',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34073,
                'completion_tokens': 1263,
                'fit_seconds': 491.52,
                'created': '2026-12-01T14:33:42+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 38,
                          'validation_fraction': 0.3},
                'teachers': [11, 10, 12, 9, 8, 7, 6, 1, 15, 3, 13, 4, 0, 2, 14],
                'reselected': '2026-12-02T14:46:46+00:00'}}


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
