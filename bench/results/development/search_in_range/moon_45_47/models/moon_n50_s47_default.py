"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 1dcee877b51de5fb
data_fingerprint: 58fb0396e44d4905
train_score: {'loss': 0.0718, 'log_loss': 0.0718, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0883, 'log_loss': 0.0883, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T18:28:23+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.521, w_b=-4.574, bias=0.821, w_new1=2.799, w_new2=-2.254, w_new3=-2.289, t_new1a=-0.004539, t_new2a=1.072, t_new3a=1.071, w_r0_1=0.5089, w_r0_2=-0.5367, t_r0_1a=0.1546, t_r0_2a=1.062, w_r1_1=0.2143, w_r1_2=-0.2234, t_r1_1a=0.342, t_r1_2a=0.9395, w_r2_1=0.146, w_r2_2=-0.1272, t_r2_1a=0.3864, t_r2_2a=0.8973, w_r3_1=0.115, w_r3_2=-0.08234, t_r3_1a=0.4021, t_r3_2a=0.8819, w_r4_1=0.09569, w_r4_2=-0.05613, t_r4_1a=0.4098, t_r4_2a=0.875, w_r5_1=0.08316, w_r5_2=-0.03906, t_r5_1a=0.4148, t_r5_2a=0.872, w_r6_1=0.07358, w_r6_2=-0.02645, t_r6_1a=0.4176, t_r6_2a=0.8701, w_r7_1=0.0653, w_r7_2=-0.01688, t_r7_1a=0.4199, t_r7_2a=0.8688, cal_scale=1.3, cal_shift=-0.1364):
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.96,
                         'max': 1.996,
                         'mean': 0.60668,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.539,
                         'max': 1.063,
                         'mean': 0.22514000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.5212668479476537,
            'w_b': -4.573787028820415,
            'bias': 0.8210301595694811,
            'w_new1': 2.798665443528046,
            'w_new2': -2.2544502733175986,
            'w_new3': -2.288506385373364,
            't_new1a': -0.004538646824212629,
            't_new2a': 1.0715314528559232,
            't_new3a': 1.0708329474355778,
            'w_r0_1': 0.5089463661905769,
            'w_r0_2': -0.5366693255796492,
            't_r0_1a': 0.15463290871105725,
            't_r0_2a': 1.0617156316923542,
            'w_r1_1': 0.21432452179524109,
            'w_r1_2': -0.22339703829133997,
            't_r1_1a': 0.34204881861024783,
            't_r1_2a': 0.939475154372637,
            'w_r2_1': 0.14600576183459907,
            'w_r2_2': -0.12715938547825906,
            't_r2_1a': 0.3864092823787632,
            't_r2_2a': 0.8973085225741765,
            'w_r3_1': 0.11500158888354778,
            'w_r3_2': -0.08233817186131463,
            't_r3_1a': 0.4020802630024866,
            't_r3_2a': 0.8818568488192855,
            'w_r4_1': 0.0956940613358272,
            'w_r4_2': -0.05612928681911008,
            't_r4_1a': 0.4097730283941371,
            't_r4_2a': 0.8750146609286088,
            'w_r5_1': 0.0831646869836157,
            'w_r5_2': -0.03905789359031708,
            't_r5_1a': 0.41483470805250094,
            't_r5_2a': 0.8720347333470134,
            'w_r6_1': 0.07358023338992684,
            'w_r6_2': -0.026449022739657102,
            't_r6_1a': 0.41759040868735603,
            't_r6_2a': 0.8700963726277727,
            'w_r7_1': 0.06529684837468537,
            'w_r7_2': -0.01688479673083825,
            't_r7_1a': 0.41992829895425104,
            't_r7_2a': 0.8688399163044422,
            'cal_scale': 1.2995072731535962,
            'cal_shift': -0.1364249244227009},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [13],
                'prompt_hash': '1dcee877b51de5fb',
                'train_score': {'loss': 0.0718, 'log_loss': 0.0718, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0883,
                                     'log_loss': 0.0883,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0892,
                                           'log_loss': 0.0892,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '58fb0396e44d4905',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 31662,
                'completion_tokens': 1205,
                'fit_seconds': 311.25,
                'created': '2026-12-01T18:28:23+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 47,
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
