"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 46d0f6f4bb7968fd
data_fingerprint: cc92b81d795b6921
train_score: {'loss': 0.0561, 'log_loss': 0.0561, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0518, 'log_loss': 0.0518, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T14:25:31+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=-0.9608, w_b=0.6204, w_c=1.003, w_d=-0.2441, bias=-0.6147, w_new1=1.607, w_new2=0.9822, w_new3=-2.721, t_new1a=1.041, t_new2b=-0.05515, t_new3c=-0.882, w_r0_1=0.4713, w_r0_2=-0.4309, t_r0_1a=-0.119, t_r0_2b=0.4559, w_r2_1=1.16, w_r2_2=0.2455, t_r2_1c=-0.1433, t_r2_2a=0.06699, w_r3_1=0.1477, w_r3_2=-0.04557, t_r3_1a=0.1277, t_r3_2b=0.4102, w_r4_1=0.08652, w_r4_2=-0.00765, t_r4_1a=0.1611, t_r4_2b=0.407, w_r5_1=0.05173, w_r5_2=0.01457, t_r5_1a=0.1757, t_r5_2b=0.4126, w_r6_1=0.0317, w_r6_2=0.02555, t_r6_1a=0.1851, t_r6_2b=0.4151, w_r7_1=0.02126, w_r7_2=0.02981, t_r7_1a=0.1888, t_r7_2b=0.4151, w_r8_1=0.01485, w_r8_2=0.03307, t_r8_1a=0.191, t_r8_2b=0.4161, w_r9_1=0.01114, w_r9_2=0.03533, t_r9_1a=0.1921, t_r9_2b=0.4167, cal_scale=1.057, cal_shift=-0.05532):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -1.3, 2.01)
    b = np.clip(b, -2.17, 2.2)
    c = np.clip(c, -2.04, 1.62)
    d = np.clip(d, -2.33, 2.77)
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(c - t_new3c)**2)
    score = score + w_r0_1 * np.exp(-(a - t_r0_1a)**2)
    score = score + w_r0_2 * np.exp(-(b - t_r0_2b)**2)
    score = score + w_r2_1 * np.exp(-(c - t_r2_1c)**2)
    score = score + w_r2_2 * np.exp(-(a - t_r2_2a)**2)
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
    score = score + w_r8_1 * np.exp(-(a - t_r8_1a)**2)
    score = score + w_r8_2 * np.exp(-(b - t_r8_2b)**2)
    score = score + w_r9_1 * np.exp(-(a - t_r9_1a)**2)
    score = score + w_r9_2 * np.exp(-(b - t_r9_2b)**2)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.3,
                         'max': 2.01,
                         'mean': 0.14279999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.17,
                         'max': 2.2,
                         'mean': 0.05240000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.04,
                         'max': 1.62,
                         'mean': -0.01959999999999997,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.33,
                         'max': 2.77,
                         'mean': 0.1898,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': -0.9608329771438681,
            'w_b': 0.6203602547698186,
            'w_c': 1.0029114214337838,
            'w_d': -0.24407652825927947,
            'bias': -0.61470142849282,
            'w_new1': 1.6069236188227796,
            'w_new2': 0.9822441164699792,
            'w_new3': -2.7206194736649154,
            't_new1a': 1.041140383740094,
            't_new2b': -0.055149877702288755,
            't_new3c': -0.8819664677822542,
            'w_r0_1': 0.47134389899813095,
            'w_r0_2': -0.4308722753296649,
            't_r0_1a': -0.11899820928619673,
            't_r0_2b': 0.4559106724937464,
            'w_r2_1': 1.1596086590770847,
            'w_r2_2': 0.24545004540004717,
            't_r2_1c': -0.1432992625701975,
            't_r2_2a': 0.06698539422957327,
            'w_r3_1': 0.14772343186902495,
            'w_r3_2': -0.045568859278003915,
            't_r3_1a': 0.1276843451613733,
            't_r3_2b': 0.41017194431183845,
            'w_r4_1': 0.08652234380556531,
            'w_r4_2': -0.007650220379542643,
            't_r4_1a': 0.16112167959056795,
            't_r4_2b': 0.40702510997243035,
            'w_r5_1': 0.05173494100373582,
            'w_r5_2': 0.014566897176597211,
            't_r5_1a': 0.17572418231730444,
            't_r5_2b': 0.4126460097619682,
            'w_r6_1': 0.03169887976472342,
            'w_r6_2': 0.02555422337911538,
            't_r6_1a': 0.1851427943980988,
            't_r6_2b': 0.4150839210544296,
            'w_r7_1': 0.021257820853512452,
            'w_r7_2': 0.02980861201425293,
            't_r7_1a': 0.18876675843291094,
            't_r7_2b': 0.4151360768441728,
            'w_r8_1': 0.014852824336164892,
            'w_r8_2': 0.03307073894628909,
            't_r8_1a': 0.19095604909834132,
            't_r8_2b': 0.4160575187831985,
            'w_r9_1': 0.011137162577241172,
            'w_r9_2': 0.035325479664129036,
            't_r9_1a': 0.19209523051873914,
            't_r9_2b': 0.4166565505583228,
            'cal_scale': 1.0567507023224267,
            'cal_shift': -0.055316606869581494},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '46d0f6f4bb7968fd',
                'train_score': {'loss': 0.0561, 'log_loss': 0.0561, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0518,
                                     'log_loss': 0.0518,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'cc92b81d795b6921',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 39618,
                'completion_tokens': 1210,
                'fit_seconds': 487.37,
                'created': '2026-12-01T14:25:31+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 37,
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 6, 7, 1, 3, 4, 2, 0],
                'reselected': '2026-12-02T14:45:09+00:00'}}


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
