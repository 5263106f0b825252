"""Code model predicting `target` (multiclass), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 3f73eee3ba3a633b
data_fingerprint: 653ea315c7e70dac
train_score: {'loss': 0.0002, 'log_loss': 0.0002, 'accuracy': 1.0}
validation_score: {'loss': 0.0004, 'log_loss': 0.0004, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-26T07:44:50+00:00
features: alcohol, malic_acid, ash, alcalinity_of_ash, magnesium, total_phenols, flavanoids, nonflavanoid_phenols, proanthocyanins, color_intensity, hue, od280/od315_of_diluted_wines, proline
classes: 0, 1, 2
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(alcohol, malic_acid, ash, alcalinity_of_ash, magnesium, total_phenols, flavanoids, nonflavanoid_phenols, proanthocyanins, color_intensity, hue, od280_od315_of_diluted_wines, proline, w0_alcohol=-1.186, w0_malic_acid=-0.01196, w0_ash=4.561, w0_alcalinity_of_ash=-1.041, w0_magnesium=0.05135, w0_total_phenols=0.5561, w0_flavanoids=0.6496, w0_nonflavanoid_phenols=-6.48, w0_proanthocyanins=0.7693, w0_color_intensity=-0.0796, w0_hue=0.227, w0_od280_od315_of_diluted_wines=1.316, w0_proline=0.007873, w1_alcohol=2.238, w1_malic_acid=-0.01753, w1_ash=-4.816, w1_alcalinity_of_ash=0.1371, w1_magnesium=-0.04959, w1_total_phenols=0.4061, w1_flavanoids=0.6983, w1_nonflavanoid_phenols=11.33, w1_proanthocyanins=1.125, w1_color_intensity=-0.5878, w1_hue=7.662, w1_od280_od315_of_diluted_wines=0.2835, w1_proline=-0.009309, w2_alcohol=-1.07, w2_malic_acid=0.0304, w2_ash=0.2526, w2_alcalinity_of_ash=0.562, w2_magnesium=-0.001953, w2_total_phenols=-0.9605, w2_flavanoids=-1.349, w2_nonflavanoid_phenols=-4.865, w2_proanthocyanins=-1.895, w2_color_intensity=0.667, w2_hue=-7.895, w2_od280_od315_of_diluted_wines=-1.601, w2_proline=0.001437, bias0=-0.09989, bias1=0.1881, bias2=-0.08754, w_new1=-0.2548, t_new1w=0.8894, w_new2=-0.4819, t_new2w=1.321, w_new3=-0.3046, t_new3w=0.8932, w_r0_1=-0.1219, t_r0_1w=0.9648, w_r0_2=-0.2065, t_r0_2w=1.088, w_r1_1=-0.1478, t_r1_1w=0.9885, w_r2_1=-0.04437, t_r2_1w=0.9962, w_r3_1=-0.03018, t_r3_1w=0.9975, w_r4_1=-0.02106, t_r4_1w=0.9989, w_r5_1=-0.02749, t_r5_1w=1.002, w_r5_2=-0.02754, t_r5_2w=1.002, w_r6_1=-0.009135, t_r6_1w=0.9996, w_r6_2=-0.009322, t_r6_2w=0.9995, w_r7_1=-0.004793, t_r7_1w=0.9999, w_r7_2=-0.005083, t_r7_2w=0.9999):
    score_0 = w0_alcohol * alcohol + w0_malic_acid * malic_acid + w0_ash * ash + w0_alcalinity_of_ash * alcalinity_of_ash + w0_magnesium * magnesium + w0_total_phenols * total_phenols + w0_flavanoids * flavanoids + w0_nonflavanoid_phenols * nonflavanoid_phenols + w0_proanthocyanins * proanthocyanins + w0_color_intensity * color_intensity + w0_hue * hue + w0_od280_od315_of_diluted_wines * od280_od315_of_diluted_wines + w0_proline * proline + bias0  # class 0
    score_1 = w1_alcohol * alcohol + w1_malic_acid * malic_acid + w1_ash * ash + w1_alcalinity_of_ash * alcalinity_of_ash + w1_magnesium * magnesium + w1_total_phenols * total_phenols + w1_flavanoids * flavanoids + w1_nonflavanoid_phenols * nonflavanoid_phenols + w1_proanthocyanins * proanthocyanins + w1_color_intensity * color_intensity + w1_hue * hue + w1_od280_od315_of_diluted_wines * od280_od315_of_diluted_wines + w1_proline * proline + bias1  # class 1
    score_2 = w2_alcohol * alcohol + w2_malic_acid * malic_acid + w2_ash * ash + w2_alcalinity_of_ash * alcalinity_of_ash + w2_magnesium * magnesium + w2_total_phenols * total_phenols + w2_flavanoids * flavanoids + w2_nonflavanoid_phenols * nonflavanoid_phenols + w2_proanthocyanins * proanthocyanins + w2_color_intensity * color_intensity + w2_hue * hue + w2_od280_od315_of_diluted_wines * od280_od315_of_diluted_wines + w2_proline * proline + bias2  # class 2
    # add step terms, e.g. w_step * np.where(alcohol > t_alcohol, 1.0, 0.0), each with its own parameter
    score_0 = score_0 + w_new1 * (alcohol - t_new1w) * (alcohol - t_new1w)
    score_1 = score_1 + w_new2 * (alcohol - t_new2w) * (alcohol - t_new2w)
    score_2 = score_2 + w_new3 * (alcohol - t_new3w) * (alcohol - t_new3w)
    score_0 = score_0 + w_r0_1 * (alcohol - t_r0_1w) * (alcohol - t_r0_1w)
    score_1 = score_1 + w_r0_2 * (alcohol - t_r0_2w) * (alcohol - t_r0_2w)
    score_2 = score_2 + w_r1_1 * (alcohol - t_r1_1w) * (alcohol - t_r1_1w)
    score_0 = score_0 + w_r2_1 * (alcohol - t_r2_1w) * (alcohol - t_r2_1w)
    score_0 = score_0 + w_r3_1 * (alcohol - t_r3_1w) * (alcohol - t_r3_1w)
    score_0 = score_0 + w_r4_1 * (alcohol - t_r4_1w) * (alcohol - t_r4_1w)
    score_1 = score_1 + w_r5_1 * (alcohol - t_r5_1w) * (alcohol - t_r5_1w)
    score_1 = score_1 + w_r5_2 * (alcohol - t_r5_2w) * (alcohol - t_r5_2w)
    score_0 = score_0 + w_r6_1 * (alcohol - t_r6_1w) * (alcohol - t_r6_1w)
    score_0 = score_0 + w_r6_2 * (alcohol - t_r6_2w) * (alcohol - t_r6_2w)
    score_0 = score_0 + w_r7_1 * (alcohol - t_r7_1w) * (alcohol - t_r7_1w)
    score_0 = score_0 + w_r7_2 * (alcohol - t_r7_2w) * (alcohol - t_r7_2w)
    return np.stack([score_0, score_1, score_2], axis=1)
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'multiclass',
 'schema': {'columns': [{'name': 'alcohol',
                         'ident': 'alcohol',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 11.56,
                         'max': 14.83,
                         'mean': 13.0452,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'malic_acid',
                         'ident': 'malic_acid',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 0.9,
                         'max': 5.19,
                         'mean': 2.1504000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'ash',
                         'ident': 'ash',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 1.36,
                         'max': 3.23,
                         'mean': 2.348,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'alcalinity_of_ash',
                         'ident': 'alcalinity_of_ash',
                         'kind': 'numeric',
                         'decimals': 1,
                         'min': 10.6,
                         'max': 28.5,
                         'mean': 19.19,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'magnesium',
                         'ident': 'magnesium',
                         'kind': 'numeric',
                         'decimals': 0,
                         'min': 78.0,
                         'max': 132.0,
                         'mean': 97.2,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'total_phenols',
                         'ident': 'total_phenols',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 1.15,
                         'max': 3.85,
                         'mean': 2.2938,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'flavanoids',
                         'ident': 'flavanoids',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 0.5,
                         'max': 5.08,
                         'mean': 2.0016,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'nonflavanoid_phenols',
                         'ident': 'nonflavanoid_phenols',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 0.17,
                         'max': 0.63,
                         'mean': 0.36119999999999997,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'proanthocyanins',
                         'ident': 'proanthocyanins',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 0.41,
                         'max': 2.96,
                         'mean': 1.5407999999999995,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'color_intensity',
                         'ident': 'color_intensity',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 1.95,
                         'max': 11.75,
                         'mean': 5.263400000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'hue',
                         'ident': 'hue',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 0.54,
                         'max': 1.33,
                         'mean': 0.9614,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'od280/od315_of_diluted_wines',
                         'ident': 'od280_od315_of_diluted_wines',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': 1.33,
                         'max': 3.92,
                         'mean': 2.5704000000000002,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'proline',
                         'ident': 'proline',
                         'kind': 'numeric',
                         'decimals': 0,
                         'min': 290.0,
                         'max': 1547.0,
                         'mean': 766.66,
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
 'params': {'w0_alcohol': -1.1864848609423613,
            'w0_malic_acid': -0.011956467731291831,
            'w0_ash': 4.561225762818177,
            'w0_alcalinity_of_ash': -1.0414552056270427,
            'w0_magnesium': 0.05134808471943483,
            'w0_total_phenols': 0.556084224964807,
            'w0_flavanoids': 0.6496247052476462,
            'w0_nonflavanoid_phenols': -6.479769386148171,
            'w0_proanthocyanins': 0.7693454448133559,
            'w0_color_intensity': -0.07960257239827698,
            'w0_hue': 0.22695638486031391,
            'w0_od280_od315_of_diluted_wines': 1.3163986165998942,
            'w0_proline': 0.007873055519610466,
            'w1_alcohol': 2.2382356159012566,
            'w1_malic_acid': -0.01753261437686556,
            'w1_ash': -4.8156293632621425,
            'w1_alcalinity_of_ash': 0.13713132583719465,
            'w1_magnesium': -0.049589582106280124,
            'w1_total_phenols': 0.4060806369714941,
            'w1_flavanoids': 0.6982777990407366,
            'w1_nonflavanoid_phenols': 11.325770216663752,
            'w1_proanthocyanins': 1.1252865102310206,
            'w1_color_intensity': -0.5878078987484942,
            'w1_hue': 7.661905736508254,
            'w1_od280_od315_of_diluted_wines': 0.2835110090369382,
            'w1_proline': -0.009308550969091056,
            'w2_alcohol': -1.0695373560075259,
            'w2_malic_acid': 0.03040263834106376,
            'w2_ash': 0.25259592152508464,
            'w2_alcalinity_of_ash': 0.5620479478645103,
            'w2_magnesium': -0.0019531054442584244,
            'w2_total_phenols': -0.9604633365531441,
            'w2_flavanoids': -1.348870427338438,
            'w2_nonflavanoid_phenols': -4.864624072791848,
            'w2_proanthocyanins': -1.8950504193790798,
            'w2_color_intensity': 0.6670163451411435,
            'w2_hue': -7.895352408424718,
            'w2_od280_od315_of_diluted_wines': -1.6006083511880715,
            'w2_proline': 0.0014374517179473565,
            'bias0': -0.09988605076171898,
            'bias1': 0.18805972343287833,
            'bias2': -0.08754427343602354,
            'w_new1': -0.25480974801003015,
            't_new1w': 0.8894164675942378,
            'w_new2': -0.48192562167582864,
            't_new2w': 1.321448818935104,
            'w_new3': -0.30459809529081094,
            't_new3w': 0.8932391763044062,
            'w_r0_1': -0.12190094327258097,
            't_r0_1w': 0.9647770236510486,
            'w_r0_2': -0.20653744453418696,
            't_r0_2w': 1.0882632872453668,
            'w_r1_1': -0.1477800377328185,
            't_r1_1w': 0.988545643184495,
            'w_r2_1': -0.04436992341211964,
            't_r2_1w': 0.996185039135186,
            'w_r3_1': -0.030177461618394703,
            't_r3_1w': 0.9975151185777322,
            'w_r4_1': -0.021056979722725643,
            't_r4_1w': 0.9989123658662982,
            'w_r5_1': -0.027489580025490533,
            't_r5_1w': 1.001618818221295,
            'w_r5_2': -0.027535995312324327,
            't_r5_2w': 1.0017264916607598,
            'w_r6_1': -0.009134678737688607,
            't_r6_1w': 0.9996333472973145,
            'w_r6_2': -0.009321558713553005,
            't_r6_2w': 0.9994769202495746,
            'w_r7_1': -0.004793239697162575,
            't_r7_1w': 0.9998736001604485,
            'w_r7_2': -0.005083145880849254,
            't_r7_2w': 0.9998805110740941},
 'link': 'softmax',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [13],
                'prompt_hash': '3f73eee3ba3a633b',
                'train_score': {'loss': 0.0002, 'log_loss': 0.0002, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0004, 'log_loss': 0.0004, 'accuracy': 1.0},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '653ea315c7e70dac',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 82160,
                'completion_tokens': 2318,
                'fit_seconds': 1011.61,
                'created': '2026-11-26T07:44:50+00:00'}}


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
