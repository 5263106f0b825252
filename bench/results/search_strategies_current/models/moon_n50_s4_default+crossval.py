"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 5ce4bcf7fdb64912
data_fingerprint: 22b19ef2bbf9e5ea
train_score: {'loss': 0.0658, 'log_loss': 0.0658, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0673, 'log_loss': 0.0673, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T13:41:08+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=3.176, w_b=-4.069, bias=-1.22, w_new1=2.297, w_new2=2.258, w_new3=-3.589, t_new1a=-0.2338, t_new2a=-0.2339, t_new3a=1.138, w_r0_1=0.5023, w_r0_2=-0.3119, t_r0_1a=-0.1457, t_r0_2a=0.8646, w_r1_1=0.1818, w_r1_2=-0.09766, t_r1_1a=-0.0445, t_r1_2a=0.7697, w_r2_1=0.07317, w_r2_2=-0.04229, t_r2_1a=-0.01645, t_r2_2a=0.757, w_r3_1=0.02404, w_r3_2=-0.01788, t_r3_1a=-0.007723, t_r3_2a=0.7557, cal_scale=1.559, cal_shift=0.008007):
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.978,
                         'max': 2.05,
                         'mean': 0.4163,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.589,
                         'max': 1.037,
                         'mean': 0.24838000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 3.176151675332599,
            'w_b': -4.068778727964766,
            'bias': -1.220263081507448,
            'w_new1': 2.2971585924473876,
            'w_new2': 2.258114343639371,
            'w_new3': -3.5886363742570895,
            't_new1a': -0.2337608839109267,
            't_new2a': -0.2338522830076991,
            't_new3a': 1.1382463716012317,
            'w_r0_1': 0.5022679122259975,
            'w_r0_2': -0.3119269668306981,
            't_r0_1a': -0.1457494883315292,
            't_r0_2a': 0.8646447449398635,
            'w_r1_1': 0.18179625157722912,
            'w_r1_2': -0.09766474078950203,
            't_r1_1a': -0.04449991877006939,
            't_r1_2a': 0.7696631196313641,
            'w_r2_1': 0.07316778530146706,
            'w_r2_2': -0.042294561459984566,
            't_r2_1a': -0.016449798970740268,
            't_r2_2a': 0.7569841071512535,
            'w_r3_1': 0.024042158267806573,
            'w_r3_2': -0.017876266059017744,
            't_r3_1a': -0.00772277041703594,
            't_r3_2a': 0.755665377897156,
            'cal_scale': 1.5592069214327013,
            'cal_shift': 0.008007473976383185},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [9],
                'prompt_hash': '5ce4bcf7fdb64912',
                'train_score': {'loss': 0.0658, 'log_loss': 0.0658, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0673,
                                     'log_loss': 0.0673,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '22b19ef2bbf9e5ea',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 22109,
                'completion_tokens': 1245,
                'fit_seconds': 453.05,
                'created': '2026-11-27T13:41:08+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 4,
                          'validation_fraction': 0.3},
                'cross_validation_score': {'loss': 0.0682,
                                           'log_loss': 0.0682,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'reselected': '2026-12-01T13:41:24+00:00'}}


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
