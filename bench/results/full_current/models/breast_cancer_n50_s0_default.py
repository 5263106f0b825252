"""Code model predicting `target` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 9b5bbf9f5bcf2567
data_fingerprint: f4ea2d200ed8f5ae
train_score: {'loss': 0.1336, 'log_loss': 0.1336, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.1734, 'log_loss': 0.1734, 'auc': 0.9815, 'accuracy': 0.8667}
metric: validation rows held out from prompts and fitting
created: 2026-12-02T05:32:50+00:00
features: mean radius, mean texture, mean perimeter, mean area, mean smoothness, mean compactness, mean concavity, mean concave points, mean symmetry, mean fractal dimension, radius error, texture error, perimeter error, area error, smoothness error, compactness error, concavity error, concave points error, symmetry error, fractal dimension error, worst radius, worst texture, worst perimeter, worst area, worst smoothness, worst compactness, worst concavity, worst concave points, worst symmetry, worst fractal dimension
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(mean_radius, mean_texture, mean_perimeter, mean_area, mean_smoothness, mean_compactness, mean_concavity, mean_concave_points, mean_symmetry, mean_fractal_dimension, radius_error, texture_error, perimeter_error, area_error, smoothness_error, compactness_error, concavity_error, concave_points_error, symmetry_error, fractal_dimension_error, worst_radius, worst_texture, worst_perimeter, worst_area, worst_smoothness, worst_compactness, worst_concavity, worst_concave_points, worst_symmetry, worst_fractal_dimension, w_mean_radius=0.06124, w_mean_texture=-0.1436, w_mean_perimeter=-0.0005547, w_mean_area=0.00137, w_mean_smoothness=-47.91, w_mean_compactness=8.75, w_mean_concavity=-10.95, w_mean_concave_points=-18.66, w_mean_symmetry=11.81, w_mean_fractal_dimension=116.7, w_radius_error=-0.6189, w_texture_error=0.7565, w_perimeter_error=0.009429, w_area_error=0.008725, w_smoothness_error=-175.1, w_compactness_error=27.74, w_concavity_error=11.95, w_concave_points_error=-20.65, w_symmetry_error=-0.8092, w_fractal_dimension_error=-80.38, w_worst_radius=-0.117, w_worst_texture=0.03321, w_worst_perimeter=-0.01369, w_worst_area=0.000322, w_worst_smoothness=25.81, w_worst_compactness=-0.4903, w_worst_concavity=-0.04773, w_worst_concave_points=-10.15, w_worst_symmetry=-4.679, w_worst_fractal_dimension=-25.7, bias=0.8446, w_r0_1=-0.2214, w_r0_2=-0.4502, t_r0_1w=0.3521, t_r0_2w=1.214, cal_scale=1.003, cal_shift=0.1686):
    score = w_mean_radius * mean_radius + w_mean_texture * mean_texture + w_mean_perimeter * mean_perimeter + w_mean_area * mean_area + w_mean_smoothness * mean_smoothness + w_mean_compactness * mean_compactness + w_mean_concavity * mean_concavity + w_mean_concave_points * mean_concave_points + w_mean_symmetry * mean_symmetry + w_mean_fractal_dimension * mean_fractal_dimension + w_radius_error * radius_error + w_texture_error * texture_error + w_perimeter_error * perimeter_error + w_area_error * area_error + w_smoothness_error * smoothness_error + w_compactness_error * compactness_error + w_concavity_error * concavity_error + w_concave_points_error * concave_points_error + w_symmetry_error * symmetry_error + w_fractal_dimension_error * fractal_dimension_error + w_worst_radius * worst_radius + w_worst_texture * worst_texture + w_worst_perimeter * worst_perimeter + w_worst_area * worst_area + w_worst_smoothness * worst_smoothness + w_worst_compactness * worst_compactness + w_worst_concavity * worst_concavity + w_worst_concave_points * worst_concave_points + w_worst_symmetry * worst_symmetry + w_worst_fractal_dimension * worst_fractal_dimension + bias
    # keep the weights of the columns that matter; drop columns that do not help
    score = score + w_r0_1 * (radius_error - t_r0_1w)
    score = score + w_r0_2 * (texture_error - t_r0_2w)
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'mean radius',
                         'ident': 'mean_radius',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 9.397,
                         'max': 27.42,
                         'mean': 14.04168,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean texture',
                         'ident': 'mean_texture',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 10.91,
                         'max': 33.56,
                         'mean': 19.700000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean perimeter',
                         'ident': 'mean_perimeter',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 59.75,
                         'max': 186.9,
                         'mean': 91.52560000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean area',
                         'ident': 'mean_area',
                         'kind': 'numeric',
                         'decimals': 0,
                         'min': 268.8,
                         'max': 2501.0,
                         'mean': 657.3760000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean smoothness',
                         'ident': 'mean_smoothness',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.06251,
                         'max': 0.1425,
                         'mean': 0.09606760000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean compactness',
                         'ident': 'mean_compactness',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.01938,
                         'max': 0.2839,
                         'mean': 0.1074772,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean concavity',
                         'ident': 'mean_concavity',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.001546,
                         'max': 0.3635,
                         'mean': 0.0992469,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean concave points',
                         'ident': 'mean_concave_points',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.001852,
                         'max': 0.1689,
                         'mean': 0.05042954000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean symmetry',
                         'ident': 'mean_symmetry',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.1274,
                         'max': 0.2597,
                         'mean': 0.184026,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'mean fractal dimension',
                         'ident': 'mean_fractal_dimension',
                         'kind': 'numeric',
                         'decimals': 5,
                         'min': 0.05234,
                         'max': 0.09744,
                         'mean': 0.06381600000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'radius error',
                         'ident': 'radius_error',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': 0.1115,
                         'max': 2.547,
                         'mean': 0.403992,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'texture error',
                         'ident': 'texture_error',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': 0.3871,
                         'max': 2.463,
                         'mean': 1.099806,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'perimeter error',
                         'ident': 'perimeter_error',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 0.8439,
                         'max': 18.65,
                         'mean': 2.8480060000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'area error',
                         'ident': 'area_error',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 6.802,
                         'max': 542.2,
                         'mean': 44.31211999999999,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'smoothness error',
                         'ident': 'smoothness_error',
                         'kind': 'numeric',
                         'decimals': 5,
                         'min': 0.003418,
                         'max': 0.0138,
                         'mean': 0.007075180000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'compactness error',
                         'ident': 'compactness_error',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.002252,
                         'max': 0.07643,
                         'mean': 0.027194380000000004,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'concavity error',
                         'ident': 'concavity_error',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.001184,
                         'max': 0.1535,
                         'mean': 0.0364219,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'concave points error',
                         'ident': 'concave_points_error',
                         'kind': 'numeric',
                         'decimals': 5,
                         'min': 0.001852,
                         'max': 0.02919,
                         'mean': 0.0121835,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'symmetry error',
                         'ident': 'symmetry_error',
                         'kind': 'numeric',
                         'decimals': 5,
                         'min': 0.009947,
                         'max': 0.05963,
                         'mean': 0.01923354,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'fractal dimension error',
                         'ident': 'fractal_dimension_error',
                         'kind': 'numeric',
                         'decimals': 5,
                         'min': 0.0009683,
                         'max': 0.01233,
                         'mean': 0.003980766,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst radius',
                         'ident': 'worst_radius',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 9.965,
                         'max': 36.04,
                         'mean': 16.1971,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst texture',
                         'ident': 'worst_texture',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 14.2,
                         'max': 49.54,
                         'mean': 25.7498,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst perimeter',
                         'ident': 'worst_perimeter',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 65.13,
                         'max': 251.2,
                         'mean': 106.86880000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst area',
                         'ident': 'worst_area',
                         'kind': 'numeric',
                         'decimals': 0,
                         'min': 301.0,
                         'max': 4254.0,
                         'mean': 890.174,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst smoothness',
                         'ident': 'worst_smoothness',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.08125,
                         'max': 0.2098,
                         'mean': 0.13536340000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst compactness',
                         'ident': 'worst_compactness',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': 0.03432,
                         'max': 0.8663,
                         'mean': 0.275458,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst concavity',
                         'ident': 'worst_concavity',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': 0.007732,
                         'max': 0.8489,
                         'mean': 0.31295298000000005,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst concave points',
                         'ident': 'worst_concave_points',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.009259,
                         'max': 0.2625,
                         'mean': 0.12254438000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst symmetry',
                         'ident': 'worst_symmetry',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.1988,
                         'max': 0.6638,
                         'mean': 0.29395,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'worst fractal dimension',
                         'ident': 'worst_fractal_dimension',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': 0.05843,
                         'max': 0.173,
                         'mean': 0.08767000000000001,
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
 'params': {'w_mean_radius': 0.06123508607600857,
            'w_mean_texture': -0.1436382112769208,
            'w_mean_perimeter': -0.0005547004104953304,
            'w_mean_area': 0.0013697517398809378,
            'w_mean_smoothness': -47.906720218928086,
            'w_mean_compactness': 8.749937799553933,
            'w_mean_concavity': -10.95118589034959,
            'w_mean_concave_points': -18.660038324041345,
            'w_mean_symmetry': 11.806745704991409,
            'w_mean_fractal_dimension': 116.7087121510331,
            'w_radius_error': -0.6188928676430216,
            'w_texture_error': 0.7565458172469401,
            'w_perimeter_error': 0.009428589677411892,
            'w_area_error': 0.008725323614065557,
            'w_smoothness_error': -175.05757244234144,
            'w_compactness_error': 27.739331256841368,
            'w_concavity_error': 11.954861882256651,
            'w_concave_points_error': -20.649493850395803,
            'w_symmetry_error': -0.8091795556472565,
            'w_fractal_dimension_error': -80.38084193142024,
            'w_worst_radius': -0.11696837661735378,
            'w_worst_texture': 0.033208670757510765,
            'w_worst_perimeter': -0.013685463221044133,
            'w_worst_area': 0.00032204996341670696,
            'w_worst_smoothness': 25.811189006684522,
            'w_worst_compactness': -0.49028193025340416,
            'w_worst_concavity': -0.04773399198976547,
            'w_worst_concave_points': -10.15314262825312,
            'w_worst_symmetry': -4.678735204114432,
            'w_worst_fractal_dimension': -25.700616578109113,
            'bias': 0.8446389241003135,
            'w_r0_1': -0.2213699561012499,
            'w_r0_2': -0.450208662184954,
            't_r0_1w': 0.3520719100967834,
            't_r0_2w': 1.2143114256781087,
            'cal_scale': 1.0026421894193325,
            'cal_shift': 0.16857392809807098},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [6],
                'teachers': [12, 15, 13, 9, 0, 6, 2, 1, 7, 3, 4],
                'prompt_hash': '9b5bbf9f5bcf2567',
                'train_score': {'loss': 0.1336, 'log_loss': 0.1336, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.1734,
                                     'log_loss': 0.1734,
                                     'auc': 0.9815,
                                     'accuracy': 0.8667},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'f4ea2d200ed8f5ae',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 80213,
                'completion_tokens': 2110,
                'fit_seconds': 1738.28,
                'created': '2026-12-02T05:32:50+00:00',
                'split': {'fit_rows': 35,
                          'validation_rows': 15,
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
