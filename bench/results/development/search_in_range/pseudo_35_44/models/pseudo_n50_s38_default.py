"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 80a41f0c60101052
data_fingerprint: 30cec7bd0dfd2e3a
train_score: {'loss': 0.0843, 'log_loss': 0.0843, 'auc': 0.9984, 'accuracy': 0.98}
validation_score: {'loss': 0.0588, 'log_loss': 0.0588, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T14:33:42+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.3572, w_b=0.2003, w_c=0.7227, w_d=-0.07738, bias=-0.2282, w_new1=-0.8035, w_new2=3.15, w_new3=-3.283, t_new1a=-0.1423, t_new2b=1.085, t_new3c=-0.9795, w_r0_1=0.4322, w_r0_2=0.9591, t_r0_1a=0.4135, t_r0_2b=-0.964, w_r1_1=0.02634, w_r1_2=0.2957, t_r1_1a=0.2074, t_r1_2b=-0.351, w_r2_1=-0.01728, w_r2_2=0.193, t_r2_1a=0.1639, t_r2_2b=-0.304, w_r3_1=-0.01097, w_r3_2=0.1333, t_r3_1a=0.1707, t_r3_2b=-0.2832, w_r4_1=-0.007069, w_r4_2=0.09297, t_r4_1a=0.1748, t_r4_2b=-0.2737, w_r5_1=-0.007115, w_r5_2=0.06634, t_r5_1a=0.1739, t_r5_2b=-0.2694, w_r6_1=-0.006566, w_r6_2=0.04712, t_r6_1a=0.1742, t_r6_2b=-0.2673, cal_scale=1.156, cal_shift=-0.06089):
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
 'params': {'w_a': 0.35716269117627625,
            'w_b': 0.20025747162085425,
            'w_c': 0.722735902227793,
            'w_d': -0.07738037580953105,
            'bias': -0.22822284524398156,
            'w_new1': -0.8035430753863901,
            'w_new2': 3.1502924220631656,
            'w_new3': -3.283476175821795,
            't_new1a': -0.1422975615862958,
            't_new2b': 1.0851835974464505,
            't_new3c': -0.9794867201327525,
            'w_r0_1': 0.43222137588323734,
            'w_r0_2': 0.9590722215163484,
            't_r0_1a': 0.4135375829569261,
            't_r0_2b': -0.9639663204009012,
            'w_r1_1': 0.026344790623268152,
            'w_r1_2': 0.2956953421652994,
            't_r1_1a': 0.20742739142419225,
            't_r1_2b': -0.3509797186194198,
            'w_r2_1': -0.017278134114872473,
            'w_r2_2': 0.19301669146577147,
            't_r2_1a': 0.16393702407510768,
            't_r2_2b': -0.304047936713146,
            'w_r3_1': -0.010970801891106382,
            'w_r3_2': 0.13330283549554403,
            't_r3_1a': 0.17072648231833837,
            't_r3_2b': -0.28315649768004053,
            'w_r4_1': -0.007068875507486458,
            'w_r4_2': 0.09297190131898236,
            't_r4_1a': 0.17475771835806406,
            't_r4_2b': -0.27368897436948636,
            'w_r5_1': -0.007115010013973452,
            'w_r5_2': 0.06633624189707948,
            't_r5_1a': 0.17386675882482724,
            't_r5_2b': -0.26943263954031943,
            'w_r6_1': -0.006566344125388577,
            'w_r6_2': 0.047121304556652005,
            't_r6_1a': 0.17421631751277988,
            't_r6_2b': -0.26732116521608784,
            'cal_scale': 1.1558894145767928,
            'cal_shift': -0.06088906980697066},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [12],
                'prompt_hash': '80a41f0c60101052',
                'train_score': {'loss': 0.0843,
                                'log_loss': 0.0843,
                                'auc': 0.9984,
                                'accuracy': 0.98},
                'validation_score': {'loss': 0.0588,
                                     'log_loss': 0.0588,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.1126,
                                           'log_loss': 0.1126,
                                           'auc': 0.9984,
                                           'accuracy': 0.96},
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
