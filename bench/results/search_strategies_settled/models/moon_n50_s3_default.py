"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 934024eb76bbbf0a
data_fingerprint: c97fda4903173340
train_score: {'loss': 0.0605, 'log_loss': 0.0605, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0744, 'log_loss': 0.0744, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T16:59:35+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.231, w_b=-8.751, bias=1.316, w_new1=3.657, w_new2=5.519, w_new3=-6.576, t_new1a=0.2996, t_new2b=0.5969, t_new3a=0.9183, w_r0_1=0.4678, w_r0_2=-5.349, t_r0_1a=0.2916, t_r0_2b=-0.06474, w_r1_1=0.2996, w_r1_2=0.7632, t_r1_1a=0.2951, t_r1_2b=0.682, w_r2_1=0.2528, w_r2_2=-0.6246, t_r2_1a=0.2945, t_r2_2b=-0.07193, w_r3_1=0.2182, w_r3_2=-0.01901, t_r3_1a=0.2928, t_r3_2b=0.3324, w_r4_1=0.1774, w_r4_2=0.005681, t_r4_1a=0.2902, t_r4_2b=0.3549, w_r5_1=0.1399, w_r5_2=0.01113, t_r5_1a=0.2871, t_r5_2b=0.3585, w_r6_1=0.1086, w_r6_2=0.0111, t_r6_1a=0.2843, t_r6_2b=0.3584, w_r7_1=0.08395, w_r7_2=0.009019, t_r7_1a=0.2821, t_r7_2b=0.3576, w_r8_1=0.06445, w_r8_2=0.006087, t_r8_1a=0.2807, t_r8_2b=0.3569, w_r9_1=0.04719, w_r9_2=0.002458, t_r9_1a=0.2801, t_r9_2b=0.3562, cal_scale=1.579, cal_shift=0.01796):
    score = w_a * a + w_b * b + bias
    # add curved terms, e.g. w_a2 * a**2 or w_sin * np.sin(t_a * a), each with its own parameter
    score = score + w_new1 * np.exp(-(a - t_new1a)**2)
    score = score + w_new2 * np.exp(-(b - t_new2b)**2)
    score = score + w_new3 * np.exp(-(a - t_new3a)**2)
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
                         'decimals': 3,
                         'min': -1.047,
                         'max': 2.029,
                         'mean': 0.47668,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.523,
                         'max': 1.038,
                         'mean': 0.25716,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.230926378340509,
            'w_b': -8.750767207050787,
            'bias': 1.3155896476709716,
            'w_new1': 3.657016546827255,
            'w_new2': 5.518837300099609,
            'w_new3': -6.576304317318642,
            't_new1a': 0.29958387374256557,
            't_new2b': 0.5969211425057316,
            't_new3a': 0.9183380827161577,
            'w_r0_1': 0.4677702660945441,
            'w_r0_2': -5.349098708323929,
            't_r0_1a': 0.2916306952177373,
            't_r0_2b': -0.06474036558397972,
            'w_r1_1': 0.2996108009749277,
            'w_r1_2': 0.7631856412047192,
            't_r1_1a': 0.29509180797447343,
            't_r1_2b': 0.6820038531267736,
            'w_r2_1': 0.2528122221072923,
            'w_r2_2': -0.6246337684523142,
            't_r2_1a': 0.2944710339888843,
            't_r2_2b': -0.0719325017637688,
            'w_r3_1': 0.2182066268645188,
            'w_r3_2': -0.019009753501149886,
            't_r3_1a': 0.2928143967241135,
            't_r3_2b': 0.33244019568178895,
            'w_r4_1': 0.1773924779771519,
            'w_r4_2': 0.005681341324404115,
            't_r4_1a': 0.290235483369644,
            't_r4_2b': 0.35486910069485833,
            'w_r5_1': 0.13994733364563072,
            'w_r5_2': 0.011129852716441211,
            't_r5_1a': 0.28712989877050465,
            't_r5_2b': 0.35847872034776646,
            'w_r6_1': 0.10855736997150012,
            'w_r6_2': 0.011103028593808798,
            't_r6_1a': 0.28425240439483995,
            't_r6_2b': 0.35837684289311494,
            'w_r7_1': 0.08395119386473854,
            'w_r7_2': 0.009018506731774905,
            't_r7_1a': 0.28206487863668056,
            't_r7_2b': 0.357579144885366,
            'w_r8_1': 0.06444516470411629,
            'w_r8_2': 0.006086590560461841,
            't_r8_1a': 0.28072775644049014,
            't_r8_2b': 0.3568971076212457,
            'w_r9_1': 0.04718934708470915,
            'w_r9_2': 0.002458442776963776,
            't_r9_1a': 0.2800657104918383,
            't_r9_2b': 0.35624587507545274,
            'cal_scale': 1.578591303246241,
            'cal_shift': 0.017962822685247487},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '934024eb76bbbf0a',
                'train_score': {'loss': 0.0605, 'log_loss': 0.0605, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0744,
                                     'log_loss': 0.0744,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.0653,
                                           'log_loss': 0.0653,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'c97fda4903173340',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34214,
                'completion_tokens': 1125,
                'fit_seconds': 326.54,
                'created': '2026-12-01T16:59:35+00:00',
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
