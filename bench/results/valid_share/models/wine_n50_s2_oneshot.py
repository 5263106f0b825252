"""Code model predicting `target` (multiclass), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: oneshot
prompt_hash: b0cf3e49860b4dc2
data_fingerprint: fd676fc8cd57cb4f
train_score: {'loss': 4.1009, 'log_loss': 4.1009, 'accuracy': 0.5}
validation_score: {'loss': 4.1009, 'log_loss': 4.1009, 'accuracy': 0.5}
metric: validation rows held out from prompts and fitting
created: 2026-11-26T08:35:17+00:00
features: alcohol, malic_acid, ash, alcalinity_of_ash, magnesium, total_phenols, flavanoids, nonflavanoid_phenols, proanthocyanins, color_intensity, hue, od280/od315_of_diluted_wines, proline
classes: 0, 1, 2
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(alcohol, malic_acid, ash, alcalinity_of_ash, magnesium, total_phenols, flavanoids, nonflavanoid_phenols, proanthocyanins, color_intensity, hue, od280_od315_of_diluted_wines, proline):
    score_0 = np.exp(np.abs(malic_acid - 11.46))
    score_1 = np.exp(np.abs(ash - 2.5))
    score_2 = np.exp(np.abs(alcalinity_of_ash - 13.04))
    return np.stack([score_0, score_1, score_2], axis=1)
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'multiclass',
 'schema': {'columns': [{'name': 'alcohol',
                         'ident': 'alcohol',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 11.46,
                         'max': 14.75,
                         'mean': 13.035800000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'malic_acid',
                         'ident': 'malic_acid',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 0.92,
                         'max': 5.8,
                         'mean': 2.4618,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'ash',
                         'ident': 'ash',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 1.75,
                         'max': 3.23,
                         'mean': 2.3506,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'alcalinity_of_ash',
                         'ident': 'alcalinity_of_ash',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 11.4,
                         'max': 28.5,
                         'mean': 19.226000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'magnesium',
                         'ident': 'magnesium',
                         'kind': 'numeric',
                         'decimals': 0,
                         'min': 80.0,
                         'max': 162.0,
                         'mean': 103.08,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'total_phenols',
                         'ident': 'total_phenols',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 1.25,
                         'max': 3.85,
                         'mean': 2.3988000000000005,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'flavanoids',
                         'ident': 'flavanoids',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 0.47,
                         'max': 5.08,
                         'mean': 2.2037999999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'nonflavanoid_phenols',
                         'ident': 'nonflavanoid_phenols',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 0.13,
                         'max': 0.61,
                         'mean': 0.34180000000000005,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'proanthocyanins',
                         'ident': 'proanthocyanins',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 0.62,
                         'max': 3.58,
                         'mean': 1.7932000000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'color_intensity',
                         'ident': 'color_intensity',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 1.95,
                         'max': 13.0,
                         'mean': 5.443199999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'hue',
                         'ident': 'hue',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 0.48,
                         'max': 1.38,
                         'mean': 0.9166,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'od280/od315_of_diluted_wines',
                         'ident': 'od280_od315_of_diluted_wines',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 1.29,
                         'max': 4.0,
                         'mean': 2.6414000000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'proline',
                         'ident': 'proline',
                         'kind': 'numeric',
                         'decimals': 0,
                         'min': 278.0,
                         'max': 1515.0,
                         'mean': 740.5,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'multiclass',
            'target': 'target',
            'classes': [0, 1, 2]},
 'columns': ['alcohol',
             'malic_acid',
             'ash',
             'alcalinity_of_ash',
             'magnesium',
             'total_phenols',
             'flavanoids',
             'nonflavanoid_phenols',
             'proanthocyanins',
             'color_intensity',
             'hue',
             'od280_od315_of_diluted_wines',
             'proline'],
 'matrix_arg': None,
 'params': {},
 'link': 'normalize',
 'calibration': None,
 'provenance': {'strategy': 'oneshot',
                'members': [0],
                'prompt_hash': 'b0cf3e49860b4dc2',
                'train_score': {'loss': 4.1009, 'log_loss': 4.1009, 'accuracy': 0.5},
                'validation_score': {'loss': 4.1009, 'log_loss': 4.1009, 'accuracy': 0.5},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'fd676fc8cd57cb4f',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 1,
                'prompt_tokens': 3211,
                'completion_tokens': 158,
                'fit_seconds': 33.52,
                'created': '2026-11-26T08:35:17+00:00'}}


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
