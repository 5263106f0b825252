"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 8a8e2f417088d69b
data_fingerprint: df78fc54435d26d8
train_score: {'loss': 0.1185, 'log_loss': 0.1185, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0248, 'log_loss': 0.0248, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-02T15:35:27+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-0.1933, w_b=0.1098, w_c=1.121, w_d=-0.4898, bias=1.74, w_new1=-2.48, w_new2=2.904, w_new3=-5.453, t_new1a=0.5077, t_new2b=1.431, t_new3c=0.9841, w_r0_1=-0.3834, w_r0_2=3.37, t_r0_1a=-0.8196, t_r0_2b=1.207, w_r1_1=-0.2322, w_r1_2=-1.265, t_r1_1a=-0.8112, t_r1_2b=-1.109, w_r2_1=-0.2337, w_r2_2=0.5559, t_r2_1a=-0.8114, t_r2_2b=0.2207, w_r3_1=-0.1214, w_r3_2=0.1861, t_r3_1a=-0.8024, t_r3_2b=0.3, w_r4_1=-0.04389, w_r4_2=0.007451, t_r4_1a=-0.8014, t_r4_2b=0.328, w_r5_1=0.0008778, w_r5_2=-0.08227, t_r5_1a=-0.8078, t_r5_2b=0.3402, cal_scale=1.007, cal_shift=-0.1092):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -2.05, 2.21)
    b = np.clip(b, -2.57, 3.18)
    c = np.clip(c, -1.89, 2.49)
    d = np.clip(d, -2.56, 2.52)
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.05,
                         'max': 2.21,
                         'mean': -0.11499999999999995,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.57,
                         'max': 3.18,
                         'mean': 0.03239999999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.89,
                         'max': 2.49,
                         'mean': 0.012400000000000015,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.56,
                         'max': 2.52,
                         'mean': 0.0528,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': -0.1932726360568438,
            'w_b': 0.10979996613058401,
            'w_c': 1.1214130040549746,
            'w_d': -0.48984338611122624,
            'bias': 1.7401324917853542,
            'w_new1': -2.4799433197848257,
            'w_new2': 2.903923933785739,
            'w_new3': -5.4528181921515895,
            't_new1a': 0.5077128413138341,
            't_new2b': 1.4307422091079158,
            't_new3c': 0.9840727346432709,
            'w_r0_1': -0.38337859069878977,
            'w_r0_2': 3.369792129165215,
            't_r0_1a': -0.8195685298723911,
            't_r0_2b': 1.206585323099139,
            'w_r1_1': -0.23219630492397925,
            'w_r1_2': -1.264533639157772,
            't_r1_1a': -0.8111986050228317,
            't_r1_2b': -1.1093972275656807,
            'w_r2_1': -0.23365514000506155,
            'w_r2_2': 0.5558806549254447,
            't_r2_1a': -0.8114196097325914,
            't_r2_2b': 0.22073983673399672,
            'w_r3_1': -0.12138565863193704,
            'w_r3_2': 0.18608687668604815,
            't_r3_1a': -0.8023775521534694,
            't_r3_2b': 0.29996161687788064,
            'w_r4_1': -0.04388958011536605,
            'w_r4_2': 0.007450709001530609,
            't_r4_1a': -0.8013605275028988,
            't_r4_2b': 0.32800616051450193,
            'w_r5_1': 0.0008778094139803572,
            'w_r5_2': -0.0822693184552741,
            't_r5_1a': -0.8078183424011867,
            't_r5_2b': 0.34022516282025195,
            'cal_scale': 1.0069046162331885,
            'cal_shift': -0.1091905842872497},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [11],
                'prompt_hash': '8a8e2f417088d69b',
                'train_score': {'loss': 0.1185, 'log_loss': 0.1185, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0248,
                                     'log_loss': 0.0248,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'df78fc54435d26d8',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 33983,
                'completion_tokens': 1323,
                'fit_seconds': 2273.56,
                'created': '2026-12-02T15:35:27+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 73,
                          'validation_fraction': 0.3},
                'teachers': [10, 11, 9, 8, 7, 6, 1, 14, 0, 15, 5, 13, 3, 2, 4],
                'reselected': '2026-12-02T15:48:07+00:00'}}


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
