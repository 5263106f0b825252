"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 8cf992cac99c3b55
data_fingerprint: e60f78794fb23571
train_score: {'loss': 0.01, 'log_loss': 0.01, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0594, 'log_loss': 0.0594, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T20:56:28+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.1952, w_b=0.1517, w_c=0.07614, w_d=-0.06909, bias=-0.9768, w_new1=-2.58, t_new1a=1.116, w_new2=-4.594, t_new2b=-0.3784, w_new3=7.963, t_new3c=-2.522, w_r0_1=-2.022, t_r0_1a=1.17, w_r0_2=-15.36, t_r0_2b=-0.1189, w_r1_1=-0.4179, t_r1_1a=0.06467, w_r1_2=-0.7353, t_r1_2b=-0.05738, w_r2_1=-0.1989, t_r2_1a=-0.01561, w_r2_2=-0.3732, t_r2_2b=-0.07535, w_r3_1=-0.04798, t_r3_1a=-0.0427, w_r3_2=-0.0734, t_r3_2b=-0.08434, cal_scale=-0.2139, cal_shift=0.004509):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add distance terms, e.g. w_d * ((a - t_a)**2 + (b - t_b)**2), each with its own parameter
    score = score + w_new1 * (a - t_new1a) * (a - t_new1a)
    score = score + w_new2 * (b - t_new2b) * (b - t_new2b)
    score = score + w_new3 * (c - t_new3c) * (c - t_new3c)
    score = score + w_r0_1 * (a - t_r0_1a) * (a - t_r0_1a)
    score = score + w_r0_2 * (b - t_r0_2b) * (b - t_r0_2b)
    score = score + w_r1_1 * (a - t_r1_1a) * (a - t_r1_1a)
    score = score + w_r1_2 * (b - t_r1_2b) * (b - t_r1_2b)
    score = score + w_r2_1 * (a - t_r2_1a) * (a - t_r2_1a)
    score = score + w_r2_2 * (b - t_r2_2b) * (b - t_r2_2b)
    score = score + w_r3_1 * (a - t_r3_1a) * (a - t_r3_1a)
    score = score + w_r3_2 * (b - t_r3_2b) * (b - t_r3_2b)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.45,
                         'max': 1.74,
                         'mean': 0.019199999999999988,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.75,
                         'max': 1.96,
                         'mean': -0.04139999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -3.2,
                         'max': 2.81,
                         'mean': 0.14219999999999997,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.68,
                         'max': 3.21,
                         'mean': -0.13900000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.19518890856173982,
            'w_b': 0.15168921973842264,
            'w_c': 0.076143854786998,
            'w_d': -0.06909193986730452,
            'bias': -0.9767980751902299,
            'w_new1': -2.5803770117380638,
            't_new1a': 1.1158620534490038,
            'w_new2': -4.593729184847067,
            't_new2b': -0.378430140316796,
            'w_new3': 7.963160292245675,
            't_new3c': -2.5215539983537014,
            'w_r0_1': -2.021765425010749,
            't_r0_1a': 1.1701804708182557,
            'w_r0_2': -15.36030065329114,
            't_r0_2b': -0.11886283178641169,
            'w_r1_1': -0.4178984673178938,
            't_r1_1a': 0.06466891437956272,
            'w_r1_2': -0.7352624742662046,
            't_r1_2b': -0.05737966867410414,
            'w_r2_1': -0.19887937525497612,
            't_r2_1a': -0.015614666511093488,
            'w_r2_2': -0.3731816286053121,
            't_r2_2b': -0.07535071348483495,
            'w_r3_1': -0.04798063239966177,
            't_r3_1a': -0.04270158484211742,
            'w_r3_2': -0.0733985415156181,
            't_r3_2b': -0.08434020977322654,
            'cal_scale': -0.21388123416823457,
            'cal_shift': 0.004509473982802475},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [9],
                'prompt_hash': '8cf992cac99c3b55',
                'train_score': {'loss': 0.01, 'log_loss': 0.01, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0594,
                                     'log_loss': 0.0594,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0632,
                                           'log_loss': 0.0632,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'e60f78794fb23571',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 30555,
                'completion_tokens': 1442,
                'fit_seconds': 430.22,
                'created': '2026-12-01T20:56:28+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 3,
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
