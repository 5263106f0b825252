"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 80a41f0c60101052
data_fingerprint: 30cec7bd0dfd2e3a
train_score: {'loss': 0.0961, 'log_loss': 0.0961, 'auc': 0.9984, 'accuracy': 0.98}
validation_score: {'loss': 0.0588, 'log_loss': 0.0588, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T14:33:42+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.2936, w_b=0.3964, w_c=0.8554, w_d=-0.4376, bias=-0.1687, w_new1=-0.7609, w_new2=2.563, w_new3=-2.96, t_new1a=0.05039, t_new2b=1.176, t_new3c=-1.011, w_r0_1=0.4107, w_r0_2=0.7437, t_r0_1a=0.3293, t_r0_2b=-0.8716, w_r1_1=0.03267, w_r1_2=0.2942, t_r1_1a=0.2, t_r1_2b=-0.2333, w_r2_1=-0.002783, w_r2_2=0.194, t_r2_1a=0.1646, t_r2_2b=-0.2269, w_r3_1=0.002216, w_r3_2=0.133, t_r3_1a=0.1703, t_r3_2b=-0.2301, w_r4_1=0.005351, w_r4_2=0.08962, t_r4_1a=0.1736, t_r4_2b=-0.2377, w_r5_1=0.005524, w_r5_2=0.05994, t_r5_1a=0.1726, t_r5_2b=-0.2452, w_r6_1=0.006018, w_r6_2=0.038, t_r6_1a=0.1729, t_r6_2b=-0.2519, cal_scale=0.9691, cal_shift=0.06196):
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
 'params': {'w_a': 0.2935762270721082,
            'w_b': 0.39644126292391213,
            'w_c': 0.8554483242887629,
            'w_d': -0.4375735682694841,
            'bias': -0.16866301933172592,
            'w_new1': -0.7608950876891454,
            'w_new2': 2.56275317436729,
            'w_new3': -2.9596798419284465,
            't_new1a': 0.050389609329307666,
            't_new2b': 1.1759965617056218,
            't_new3c': -1.0106754351689973,
            'w_r0_1': 0.4106830518928127,
            'w_r0_2': 0.7436797465481664,
            't_r0_1a': 0.3293254718070638,
            't_r0_2b': -0.8716170845231763,
            'w_r1_1': 0.032667239025495266,
            'w_r1_2': 0.2941695778850317,
            't_r1_1a': 0.1999839274276344,
            't_r1_2b': -0.2332845936340272,
            'w_r2_1': -0.0027833117924527286,
            'w_r2_2': 0.19402099788234398,
            't_r2_1a': 0.16462255197354894,
            't_r2_2b': -0.226875622185293,
            'w_r3_1': 0.002216147456799388,
            'w_r3_2': 0.13301040566181996,
            't_r3_1a': 0.17025214322855894,
            't_r3_2b': -0.23009323283875166,
            'w_r4_1': 0.005351461171019424,
            'w_r4_2': 0.08962009416871909,
            't_r4_1a': 0.17355819101113742,
            't_r4_2b': -0.23769864502714508,
            'w_r5_1': 0.005523644611987964,
            'w_r5_2': 0.05993966743464643,
            't_r5_1a': 0.17262474769502048,
            't_r5_2b': -0.24522274447866702,
            'w_r6_1': 0.006018422160661583,
            'w_r6_2': 0.03800338868875025,
            't_r6_1a': 0.1728592938166446,
            't_r6_2b': -0.251909703552829,
            'cal_scale': 0.9690720005408341,
            'cal_shift': 0.061960441357052316},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [12],
                'prompt_hash': '80a41f0c60101052',
                'train_score': {'loss': 0.0961,
                                'log_loss': 0.0961,
                                'auc': 0.9984,
                                'accuracy': 0.98},
                'validation_score': {'loss': 0.0588,
                                     'log_loss': 0.0588,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled',
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
                'reselected': '2026-12-02T14:30:37+00:00'}}


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
