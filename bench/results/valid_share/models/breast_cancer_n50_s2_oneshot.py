"""Code model predicting `target` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: oneshot
prompt_hash: 211c40613cf9c16a
data_fingerprint: 58e48dcbab591923
train_score: {'loss': 1.2676, 'log_loss': 1.2676, 'auc': 0.0289, 'accuracy': 0.38}
validation_score: {'loss': 1.2676, 'log_loss': 1.2676, 'auc': 0.0289, 'accuracy': 0.38}
metric: validation rows held out from prompts and fitting
created: 2026-11-26T08:34:26+00:00
features: mean radius, mean texture, mean perimeter, mean area, mean smoothness, mean compactness, mean concavity, mean concave points, mean symmetry, mean fractal dimension, radius error, texture error, perimeter error, area error, smoothness error, compactness error, concavity error, concave points error, symmetry error, fractal dimension error, worst radius, worst texture, worst perimeter, worst area, worst smoothness, worst compactness, worst concavity, worst concave points, worst symmetry, worst fractal dimension
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(mean_radius, mean_texture, mean_perimeter, mean_area, mean_smoothness, mean_compactness, mean_concavity, mean_concave_points, mean_symmetry, mean_fractal_dimension, radius_error, texture_error, perimeter_error, area_error, smoothness_error, compactness_error, concavity_error, concave_points_error, symmetry_error, fractal_dimension_error, worst_radius, worst_texture, worst_perimeter, worst_area, worst_smoothness, worst_compactness, worst_concavity, worst_concave_points, worst_symmetry, worst_fractal_dimension):
    score = np.exp(-np.abs(mean_radius - worst_radius)) + np.exp(-np.abs(mean_texture - worst_texture)) + np.exp(-np.abs(mean_perimeter - worst_perimeter)) + np.exp(-np.abs(mean_area - worst_area)) + np.exp(-np.abs(mean_smoothness - worst_smoothness)) + np.exp(-np.abs(mean_compactness - worst_compactness)) + np.exp(-np.abs(mean_concavity - worst_concavity)) + np.exp(-np.abs(mean_concave_points - worst_concave_points)) + np.exp(-np.abs(mean_symmetry - worst_symmetry)) + np.exp(-np.abs(mean_fractal_dimension - worst_fractal_dimension))
    return 1 / (1 + score)
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'mean radius',
                         'ident': 'mean_radius',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 9.567,
                         'max': 22.27,
                         'mean': 14.015700000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean texture',
                         'ident': 'mean_texture',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 10.72,
                         'max': 28.08,
                         'mean': 18.8928,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean perimeter',
                         'ident': 'mean_perimeter',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 60.21,
                         'max': 152.8,
                         'mean': 91.302,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean area',
                         'ident': 'mean_area',
                         'kind': 'numeric',
                         'decimals': 0,
                         'min': 272.5,
                         'max': 1509.0,
                         'mean': 642.434,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean smoothness',
                         'ident': 'mean_smoothness',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.07557,
                         'max': 0.1326,
                         'mean': 0.0967926,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean compactness',
                         'ident': 'mean_compactness',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.03454,
                         'max': 0.2768,
                         'mean': 0.106291,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean concavity',
                         'ident': 'mean_concavity',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.001461,
                         'max': 0.4264,
                         'mean': 0.08895987999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean concave points',
                         'ident': 'mean_concave_points',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.003261,
                         'max': 0.1823,
                         'mean': 0.05013174,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean symmetry',
                         'ident': 'mean_symmetry',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.1453,
                         'max': 0.2743,
                         'mean': 0.18564400000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean fractal dimension',
                         'ident': 'mean_fractal_dimension',
                         'kind': 'numeric',
                         'decimals': 5,
                         'min': 0.05096,
                         'max': 0.09575,
                         'mean': 0.0630558,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'radius error',
                         'ident': 'radius_error',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': 0.1312,
                         'max': 1.215,
                         'mean': 0.40122399999999997,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'texture error',
                         'ident': 'texture_error',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': 0.3602,
                         'max': 2.542,
                         'mean': 1.132908,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'perimeter error',
                         'ident': 'perimeter_error',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 1.107,
                         'max': 10.05,
                         'mean': 2.9138000000000006,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'area error',
                         'ident': 'area_error',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 9.438,
                         'max': 170.0,
                         'mean': 39.75456,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'smoothness error',
                         'ident': 'smoothness_error',
                         'kind': 'numeric',
                         'decimals': 5,
                         'min': 0.003632,
                         'max': 0.02177,
                         'mean': 0.00701758,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'compactness error',
                         'ident': 'compactness_error',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.004711,
                         'max': 0.1006,
                         'mean': 0.02597958,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'concavity error',
                         'ident': 'concavity_error',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.001128,
                         'max': 0.104,
                         'mean': 0.031115119999999993,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'concave points error',
                         'ident': 'concave_points_error',
                         'kind': 'numeric',
                         'decimals': 5,
                         'min': 0.002386,
                         'max': 0.02638,
                         'mean': 0.011691499999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'symmetry error',
                         'ident': 'symmetry_error',
                         'kind': 'numeric',
                         'decimals': 5,
                         'min': 0.01175,
                         'max': 0.05333,
                         'mean': 0.021393,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'fractal dimension error',
                         'ident': 'fractal_dimension_error',
                         'kind': 'numeric',
                         'decimals': 5,
                         'min': 0.001217,
                         'max': 0.01148,
                         'mean': 0.00374284,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst radius',
                         'ident': 'worst_radius',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 10.51,
                         'max': 28.4,
                         'mean': 16.3962,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst texture',
                         'ident': 'worst_texture',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 12.87,
                         'max': 38.54,
                         'mean': 25.128599999999995,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst perimeter',
                         'ident': 'worst_perimeter',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 65.74,
                         'max': 206.8,
                         'mean': 108.88099999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst area',
                         'ident': 'worst_area',
                         'kind': 'numeric',
                         'decimals': 0,
                         'min': 328.1,
                         'max': 2398.0,
                         'mean': 897.628,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst smoothness',
                         'ident': 'worst_smoothness',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.08409,
                         'max': 0.2006,
                         'mean': 0.1349282,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst compactness',
                         'ident': 'worst_compactness',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': 0.04712,
                         'max': 0.7444,
                         'mean': 0.2731842,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst concavity',
                         'ident': 'worst_concavity',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': 0.0112,
                         'max': 0.9608,
                         'mean': 0.29577559999999997,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst concave points',
                         'ident': 'worst_concave_points',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.02222,
                         'max': 0.291,
                         'mean': 0.12177119999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst symmetry',
                         'ident': 'worst_symmetry',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.1901,
                         'max': 0.4824,
                         'mean': 0.304712,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst fractal dimension',
                         'ident': 'worst_fractal_dimension',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.05932,
                         'max': 0.1364,
                         'mean': 0.08637759999999998,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'target',
            'classes': [0, 1]},
 'columns': ['mean_radius',
             'mean_texture',
             'mean_perimeter',
             'mean_area',
             'mean_smoothness',
             'mean_compactness',
             'mean_concavity',
             'mean_concave_points',
             'mean_symmetry',
             'mean_fractal_dimension',
             'radius_error',
             'texture_error',
             'perimeter_error',
             'area_error',
             'smoothness_error',
             'compactness_error',
             'concavity_error',
             'concave_points_error',
             'symmetry_error',
             'fractal_dimension_error',
             'worst_radius',
             'worst_texture',
             'worst_perimeter',
             'worst_area',
             'worst_smoothness',
             'worst_compactness',
             'worst_concavity',
             'worst_concave_points',
             'worst_symmetry',
             'worst_fractal_dimension'],
 'matrix_arg': None,
 'params': {},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'oneshot',
                'members': [0],
                'prompt_hash': '211c40613cf9c16a',
                'train_score': {'loss': 1.2676,
                                'log_loss': 1.2676,
                                'auc': 0.0289,
                                'accuracy': 0.38},
                'validation_score': {'loss': 1.2676,
                                     'log_loss': 1.2676,
                                     'auc': 0.0289,
                                     'accuracy': 0.38},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '58e48dcbab591923',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 1,
                'prompt_tokens': 3216,
                'completion_tokens': 288,
                'fit_seconds': 37.99,
                'created': '2026-11-26T08:34:26+00:00'}}


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
