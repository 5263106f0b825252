"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: eb7d7723d1d1d7d2
data_fingerprint: 3177f0ef9a332889
train_score: {'loss': 0.0008, 'log_loss': 0.0008, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.1016, 'log_loss': 0.1016, 'auc': 1.0, 'accuracy': 0.9375}
metric: validation rows held out from prompts and fitting
created: 2026-11-26T06:53:37+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=5.435, w_b=-8.49, bias=-0.4539, w_new1=-12.03, w_new2=2.266, w_new3=12.96, t_new1a=0.9325, t_new2b=0.06933, t_new3a=0.1435, w_r0_1=-0.616, w_r0_2=-1.362, t_r0_1a=0.9801, t_r0_2b=1.474, w_r1_1=-0.2851, w_r1_2=-0.7939, t_r1_1a=0.9845, t_r1_2b=1.411, w_r2_1=-0.172, w_r2_2=-0.4859, t_r2_1a=0.9897, t_r2_2b=1.263, w_r3_1=-0.1158, w_r3_2=-0.2972, t_r3_1a=0.9934, t_r3_2b=1.131, w_r4_1=-0.08159, w_r4_2=-0.1871, t_r4_1a=0.9958, t_r4_2b=1.061, w_r5_1=-0.05892, w_r5_2=-0.1136, t_r5_1a=0.9979, t_r5_2b=1.026, w_r6_1=-0.04308, w_r6_2=-0.05816, t_r6_1a=0.9985, t_r6_2b=1.008):
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
    return 1 / (1 + np.exp(-score))
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
 'params': {'w_a': 5.435258011590306,
            'w_b': -8.490476669190937,
            'bias': -0.453917446442166,
            'w_new1': -12.027397327872077,
            'w_new2': 2.2662493145948814,
            'w_new3': 12.958572352955397,
            't_new1a': 0.9325186737023692,
            't_new2b': 0.06933279419414966,
            't_new3a': 0.14347916475240885,
            'w_r0_1': -0.6159890355973034,
            'w_r0_2': -1.3615596053071344,
            't_r0_1a': 0.9801402094447222,
            't_r0_2b': 1.4743760505046297,
            'w_r1_1': -0.28505498320692507,
            'w_r1_2': -0.7938513477225917,
            't_r1_1a': 0.984464467728893,
            't_r1_2b': 1.4112986822783014,
            'w_r2_1': -0.17202536831067577,
            'w_r2_2': -0.4859480662840415,
            't_r2_1a': 0.9896914134292183,
            't_r2_2b': 1.2625448838623623,
            'w_r3_1': -0.11583513892710437,
            'w_r3_2': -0.2972463185943266,
            't_r3_1a': 0.993422013299522,
            't_r3_2b': 1.1309963424289948,
            'w_r4_1': -0.0815902643712835,
            'w_r4_2': -0.187095622320806,
            't_r4_1a': 0.9957709950773245,
            't_r4_2b': 1.0613686221766296,
            'w_r5_1': -0.05892036463636809,
            'w_r5_2': -0.11357689120493758,
            't_r5_1a': 0.9978642632071494,
            't_r5_2b': 1.0263258133449396,
            'w_r6_1': -0.04307885976959254,
            'w_r6_2': -0.05815584678299915,
            't_r6_1a': 0.9985321175064951,
            't_r6_2b': 1.0076893215219052},
 'link': 'identity',
 'calibration': [2.1083950241795195, -0.007758615419394574],
 'provenance': {'strategy': 'default',
                'members': [12],
                'prompt_hash': 'eb7d7723d1d1d7d2',
                'train_score': {'loss': 0.0008, 'log_loss': 0.0008, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.1016,
                                     'log_loss': 0.1016,
                                     'auc': 1.0,
                                     'accuracy': 0.9375},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '3177f0ef9a332889',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 31530,
                'completion_tokens': 1180,
                'fit_seconds': 197.07,
                'created': '2026-11-26T06:53:37+00:00'}}


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
