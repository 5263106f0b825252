"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: ae398fa516e8ac82
data_fingerprint: f57b07547d4beb76
train_score: {'loss': 0.0525, 'log_loss': 0.0525, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0477, 'log_loss': 0.0477, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T18:12:29+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-0.4085, w_b=0.3422, w_c=0.04836, w_d=-0.3222, bias=-0.2611, w_new1=-0.2826, w_new2=-3.572, w_new3=-0.512, t_new1a=-0.1266, t_new2b=0.07056, t_new3c=-0.5837, w_r0_1=0.07065, w_r0_2=2.06, t_r0_1a=-0.356, t_r0_2b=0.7669, w_r1_1=0.01718, w_r1_2=0.9016, t_r1_1a=-0.3302, t_r1_2b=0.7672, w_r2_1=-0.008862, w_r2_2=0.5357, t_r2_1a=-0.3322, t_r2_2b=0.7172, w_r3_1=-0.01659, w_r3_2=0.3091, t_r3_1a=-0.334, t_r3_2b=0.6053, w_r4_1=-0.01486, w_r4_2=0.174, t_r4_1a=-0.3338, t_r4_2b=0.5082, w_r5_1=-0.01094, w_r5_2=0.1028, t_r5_1a=-0.3323, t_r5_2b=0.4598, w_r6_1=-0.006127, w_r6_2=0.05958, t_r6_1a=-0.3311, t_r6_2b=0.4351, w_r7_1=-0.002979, w_r7_2=0.03274, t_r7_1a=-0.3304, t_r7_2b=0.4251, cal_scale=1.149, cal_shift=-0.1055):
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
    score = score + w_r7_1 * np.exp(-(a - t_r7_1a)**2)
    score = score + w_r7_2 * np.exp(-(b - t_r7_2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.15,
                         'max': 1.62,
                         'mean': -0.0736,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.99,
                         'max': 1.28,
                         'mean': 0.030400000000000017,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.86,
                         'max': 1.83,
                         'mean': -0.27480000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.52,
                         'max': 2.01,
                         'mean': -0.1228,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': -0.4084573173640539,
            'w_b': 0.34217199328680237,
            'w_c': 0.048362914342687614,
            'w_d': -0.32222115720280986,
            'bias': -0.26111938242271693,
            'w_new1': -0.28257301537319457,
            'w_new2': -3.571602555912853,
            'w_new3': -0.5119525472962083,
            't_new1a': -0.1265544259872972,
            't_new2b': 0.07056431896262684,
            't_new3c': -0.5837046923206614,
            'w_r0_1': 0.07065310980023011,
            'w_r0_2': 2.0598393749842994,
            't_r0_1a': -0.3559904406213372,
            't_r0_2b': 0.7669194768231891,
            'w_r1_1': 0.017179000032830415,
            'w_r1_2': 0.9016100335112105,
            't_r1_1a': -0.33022838649180697,
            't_r1_2b': 0.7671709010543314,
            'w_r2_1': -0.008861649422331306,
            'w_r2_2': 0.5356757347743438,
            't_r2_1a': -0.3322162290692225,
            't_r2_2b': 0.7171815755537526,
            'w_r3_1': -0.016593967894879404,
            'w_r3_2': 0.3090837466811886,
            't_r3_1a': -0.3339828946922447,
            't_r3_2b': 0.6053446425218592,
            'w_r4_1': -0.014863029922552801,
            'w_r4_2': 0.17404917292310346,
            't_r4_1a': -0.3338105435632992,
            't_r4_2b': 0.5081764065880666,
            'w_r5_1': -0.010935796576098727,
            'w_r5_2': 0.10278346531412262,
            't_r5_1a': -0.33232276605810507,
            't_r5_2b': 0.45977938744583646,
            'w_r6_1': -0.006126864950634474,
            'w_r6_2': 0.0595830594311816,
            't_r6_1a': -0.33114686263747983,
            't_r6_2b': 0.43510331359376025,
            'w_r7_1': -0.002979269871273297,
            'w_r7_2': 0.03273641055908424,
            't_r7_1a': -0.3304355410025249,
            't_r7_2b': 0.425101994461849,
            'cal_scale': 1.1490208530005959,
            'cal_shift': -0.1054911284462306},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [13],
                'prompt_hash': 'ae398fa516e8ac82',
                'train_score': {'loss': 0.0525, 'log_loss': 0.0525, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0477,
                                     'log_loss': 0.0477,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0554,
                                           'log_loss': 0.0554,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'f57b07547d4beb76',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 36470,
                'completion_tokens': 1265,
                'fit_seconds': 323.95,
                'created': '2026-12-01T18:12:29+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 54,
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
