"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 60262a08954cf30f
data_fingerprint: 29778fe073dfa1f9
train_score: {'loss': 0.0008, 'log_loss': 0.0008, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0045, 'log_loss': 0.0045, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-26T07:09:17+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=4.121, w_b=-12.29, bias=1.049, w_new1=-5.099, w_new2=-5.114, w_new3=13.78, t_new1a=0.8469, t_new2a=0.8469, t_new3a=0.09334, w_r0_1=-0.5922, w_r0_2=-0.5943, t_r0_1a=0.904, t_r0_2a=0.9037, w_r1_1=-0.3087, w_r1_2=-0.3088, t_r1_1a=0.9386, t_r1_2a=0.9383, w_r2_1=-0.1939, w_r2_2=-0.1942, t_r2_1a=0.9634, t_r2_2a=0.9633, w_r3_1=-0.1329, w_r3_2=-0.1333, t_r3_1a=0.9786, t_r3_2a=0.9784, w_r4_1=-0.09563, w_r4_2=-0.09563, t_r4_1a=0.9872, t_r4_2a=0.9872, w_r5_1=-0.0705, w_r5_2=-0.0705, t_r5_1a=0.9923, t_r5_2a=0.9923, w_r6_1=-0.05243, w_r6_2=-0.05243, t_r6_1a=0.9956, t_r6_2a=0.9956, w_r7_1=-0.03891, w_r7_2=-0.03891, t_r7_1a=0.9975, t_r7_2a=0.9975, w_r8_1=-0.02843, w_r8_2=-0.02843, t_r8_1a=0.9986, t_r8_2a=0.9986, w_r9_1=-0.02007, w_r9_2=-0.02007, t_r9_1a=0.9993, t_r9_2a=0.9993):
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
    return 1 / (1 + np.exp(-score))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.921,
                         'max': 2.002,
                         'mean': 0.5137999999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.609,
                         'max': 1.004,
                         'mean': 0.26036000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 4.120580285330723,
            'w_b': -12.287303008220846,
            'bias': 1.0488162202198683,
            'w_new1': -5.0986894426512945,
            'w_new2': -5.113559925022575,
            'w_new3': 13.775124431619162,
            't_new1a': 0.8468812404337328,
            't_new2a': 0.8468704453205669,
            't_new3a': 0.09333692451677797,
            'w_r0_1': -0.5922146631352495,
            'w_r0_2': -0.5943209428458949,
            't_r0_1a': 0.9039531679810411,
            't_r0_2a': 0.9036700335072457,
            'w_r1_1': -0.3086606729804514,
            'w_r1_2': -0.30877342856933,
            't_r1_1a': 0.9386206417653926,
            't_r1_2a': 0.9382578577491892,
            'w_r2_1': -0.1939268004688178,
            'w_r2_2': -0.19423127940473686,
            't_r2_1a': 0.9634436561322982,
            't_r2_2a': 0.9633377953659831,
            'w_r3_1': -0.1328617005331701,
            'w_r3_2': -0.1332716928081733,
            't_r3_1a': 0.9785771036654088,
            't_r3_2a': 0.9783670103250095,
            'w_r4_1': -0.09563498107842827,
            'w_r4_2': -0.09563498108095604,
            't_r4_1a': 0.9871968372255768,
            't_r4_2a': 0.9871968372290435,
            'w_r5_1': -0.07049887991253165,
            'w_r5_2': -0.07049887991123593,
            't_r5_1a': 0.9922665777160465,
            't_r5_2a': 0.9922665777172963,
            'w_r6_1': -0.05242660112693479,
            'w_r6_2': -0.0524266011285813,
            't_r6_1a': 0.9955669668068867,
            't_r6_2a': 0.9955669667271457,
            'w_r7_1': -0.03891438207030841,
            'w_r7_2': -0.03891438207030841,
            't_r7_1a': 0.9974731878069095,
            't_r7_2a': 0.9974731878069095,
            'w_r8_1': -0.02843179881669071,
            'w_r8_2': -0.02843179881669071,
            't_r8_1a': 0.9986353311091564,
            't_r8_2a': 0.9986353311091564,
            'w_r9_1': -0.02007112020941778,
            'w_r9_2': -0.02007112020941778,
            't_r9_1a': 0.9992907223527061,
            't_r9_2a': 0.9992907223527061},
 'link': 'identity',
 'calibration': [2.064303835021933, -0.006608143601755751],
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '60262a08954cf30f',
                'train_score': {'loss': 0.0008, 'log_loss': 0.0008, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0045,
                                     'log_loss': 0.0045,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '29778fe073dfa1f9',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34269,
                'completion_tokens': 1182,
                'fit_seconds': 289.96,
                'created': '2026-11-26T07:09:17+00:00'}}


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
