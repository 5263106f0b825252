"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 26587071eb86b34f
data_fingerprint: 3177f0ef9a332889
train_score: {'loss': 0.0691, 'log_loss': 0.0691, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0626, 'log_loss': 0.0626, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T16:31:27+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=3.921, w_b=-4.866, bias=1.511, w_new1=1.171, w_new2=1.151, w_new3=-6.812, t_new1a=-0.1013, t_new2a=-0.09135, t_new3a=1.449, w_r0_1=0.3075, w_r0_2=-0.5042, t_r0_1a=-0.05561, t_r0_2a=0.9718, w_r1_1=0.1532, w_r1_2=-0.1987, t_r1_1a=-0.04967, t_r1_2a=0.842, w_r2_1=0.1014, w_r2_2=-0.1575, t_r2_1a=-0.0437, t_r2_2a=0.8367, w_r3_1=0.08073, w_r3_2=-0.1393, t_r3_1a=-0.04154, t_r3_2a=0.8367, w_r4_1=0.06876, w_r4_2=-0.1265, t_r4_1a=-0.03849, t_r4_2a=0.8387, w_r5_1=0.0609, w_r5_2=-0.1124, t_r5_1a=-0.03857, t_r5_2a=0.8407, w_r6_1=0.05672, w_r6_2=-0.09921, t_r6_1a=-0.03792, t_r6_2a=0.8423, w_r7_1=0.0535, w_r7_2=-0.08309, t_r7_1a=-0.03764, t_r7_2a=0.8443, w_r8_1=0.05079, w_r8_2=-0.06695, t_r8_1a=-0.03739, t_r8_2a=0.846, w_r9_1=0.04789, w_r9_2=-0.04917, t_r9_1a=-0.03719, t_r9_2a=0.8475, cal_scale=1.349, cal_shift=-0.0454):
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
 'params': {'w_a': 3.9212594175693303,
            'w_b': -4.865616942924942,
            'bias': 1.5108333138779053,
            'w_new1': 1.1711047148624625,
            'w_new2': 1.1506474338647166,
            'w_new3': -6.812491976975226,
            't_new1a': -0.10133411768311112,
            't_new2a': -0.09135036501229438,
            't_new3a': 1.4485544758285285,
            'w_r0_1': 0.3075345690139643,
            'w_r0_2': -0.5042189121696207,
            't_r0_1a': -0.05561088564214461,
            't_r0_2a': 0.9717638926535737,
            'w_r1_1': 0.15318587183669619,
            'w_r1_2': -0.19868161049965308,
            't_r1_1a': -0.04967038624028468,
            't_r1_2a': 0.8419710342587341,
            'w_r2_1': 0.10141577148350561,
            'w_r2_2': -0.1575471157703056,
            't_r2_1a': -0.04370115628169745,
            't_r2_2a': 0.8367241239728636,
            'w_r3_1': 0.08072820257061201,
            'w_r3_2': -0.13932141241047544,
            't_r3_1a': -0.04153684094157816,
            't_r3_2a': 0.8367152080202768,
            'w_r4_1': 0.06875734101174497,
            'w_r4_2': -0.12651283848410616,
            't_r4_1a': -0.038489593845149786,
            't_r4_2a': 0.8386970866326398,
            'w_r5_1': 0.06090451152898148,
            'w_r5_2': -0.11244467290786767,
            't_r5_1a': -0.03856750724344207,
            't_r5_2a': 0.8406933317627194,
            'w_r6_1': 0.056720003255565914,
            'w_r6_2': -0.09921462865078386,
            't_r6_1a': -0.037924286421981576,
            't_r6_2a': 0.8422735882604102,
            'w_r7_1': 0.05350379814143055,
            'w_r7_2': -0.0830892270582613,
            't_r7_1a': -0.037644304377764365,
            't_r7_2a': 0.8442687646343605,
            'w_r8_1': 0.05079098530575275,
            'w_r8_2': -0.06695290782691787,
            't_r8_1a': -0.03738701513803611,
            't_r8_2a': 0.8460005129886442,
            'w_r9_1': 0.04789398721834426,
            'w_r9_2': -0.04916840654639974,
            't_r9_1a': -0.037185251632605415,
            't_r9_2a': 0.8474833271027548,
            'cal_scale': 1.3491964746808787,
            'cal_shift': -0.045404110445769315},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '26587071eb86b34f',
                'train_score': {'loss': 0.0691, 'log_loss': 0.0691, 'auc': 1.0, 'accuracy': 1.0},
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
                'prompt_tokens': 34476,
                'completion_tokens': 1182,
                'fit_seconds': 325.02,
                'created': '2026-12-01T16:31:27+00:00',
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
