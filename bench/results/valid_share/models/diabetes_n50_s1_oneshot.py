"""Code model predicting `target` (regression), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: oneshot
prompt_hash: 9828b3bfa9412323
data_fingerprint: bb7cbfad396a248b
train_score: {'loss': 166.9843, 'rmse': 166.9843, 'r2': -3.7703}
validation_score: {'loss': 166.9843, 'rmse': 166.9843, 'r2': -3.7703}
metric: validation rows held out from prompts and fitting
created: 2026-11-26T08:33:48+00:00
features: age, sex, bmi, bp, s1, s2, s3, s4, s5, s6
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(age, sex, bmi, bp, s1, s2, s3, s4, s5, s6):
    # Calculate the predicted value of target
    predicted_value = np.exp(age) * np.exp(sex) * np.exp(bmi) * np.exp(bp) * np.exp(s1) * np.exp(s2) * np.exp(s3) * np.exp(s4) * np.exp(s5) * np.exp(s6)
    return predicted_value
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'regression',
 'schema': {'columns': [{'name': 'age',
                         'ident': 'age',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.1072256316073538,
                         'max': 0.09619652164973376,
                         'mean': -0.00013839807130128183,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'sex',
                         'ident': 'sex',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.044641636506989144,
                         'max': 0.05068011873981862,
                         'mean': 0.006832111326287047,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'bmi',
                         'ident': 'bmi',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.07734155101193986,
                         'max': 0.08540807214406083,
                         'mean': 0.00293389225070209,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'bp',
                         'ident': 'bp',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.09862739864068745,
                         'max': 0.13204361674121307,
                         'mean': -0.0040412652109855195,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's1',
                         'ident': 's1',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.10889328275989867,
                         'max': 0.11951489170148738,
                         'mean': -0.004706132336909802,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's2',
                         'ident': 's2',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.11561306597939897,
                         'max': 0.13020847652538595,
                         'mean': -0.004771036444375184,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's3',
                         'ident': 's3',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.0691723102806335,
                         'max': 0.17381578478910462,
                         'mean': 0.0004106442166096919,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's4',
                         'ident': 's4',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.0763945037500033,
                         'max': 0.14501222150545676,
                         'mean': -0.0007767268510885072,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's5',
                         'ident': 's5',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.12609712083330468,
                         'max': 0.08449153066204618,
                         'mean': -0.0021276600185993295,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's6',
                         'ident': 's6',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.10463037037132736,
                         'max': 0.13561183068907107,
                         'mean': -0.004722751585520288,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'regression',
            'target': 'target',
            'classes': []},
 'columns': ['age', 'sex', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6'],
 'matrix_arg': None,
 'params': {},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'oneshot',
                'members': [0],
                'prompt_hash': '9828b3bfa9412323',
                'train_score': {'loss': 166.9843, 'rmse': 166.9843, 'r2': -3.7703},
                'validation_score': {'loss': 166.9843, 'rmse': 166.9843, 'r2': -3.7703},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'bb7cbfad396a248b',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 1,
                'prompt_tokens': 3291,
                'completion_tokens': 112,
                'fit_seconds': 32.49,
                'created': '2026-11-26T08:33:48+00:00'}}


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
