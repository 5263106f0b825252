"""Code model predicting `target` (multiclass), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 537d44253f367043
data_fingerprint: 653ea315c7e70dac
train_score: {'loss': 0.0843, 'log_loss': 0.0843, 'accuracy': 1.0}
validation_score: {'loss': 0.1004, 'log_loss': 0.1004, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-02T02:58:51+00:00
features: alcohol, malic_acid, ash, alcalinity_of_ash, magnesium, total_phenols, flavanoids, nonflavanoid_phenols, proanthocyanins, color_intensity, hue, od280/od315_of_diluted_wines, proline
classes: 0, 1, 2
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(alcohol, malic_acid, ash, alcalinity_of_ash, magnesium, total_phenols, flavanoids, nonflavanoid_phenols, proanthocyanins, color_intensity, hue, od280_od315_of_diluted_wines, proline, w0_alcohol=-0.2327, w0_malic_acid=-0.04903, w0_ash=1.767, w0_alcalinity_of_ash=-0.6334, w0_magnesium=0.003308, w0_total_phenols=-0.1016, w0_flavanoids=0.2088, w0_nonflavanoid_phenols=-2.537, w0_proanthocyanins=0.2183, w0_color_intensity=-0.05534, w0_hue=0.4869, w0_od280_od315_of_diluted_wines=-0.06754, w0_proline=0.002859, w1_alcohol=0.2244, w1_malic_acid=-0.1052, w1_ash=-1.805, w1_alcalinity_of_ash=-0.4354, w1_magnesium=-0.01335, w1_total_phenols=0.01476, w1_flavanoids=0.5372, w1_nonflavanoid_phenols=5.445, w1_proanthocyanins=0.1281, w1_color_intensity=-0.1884, w1_hue=1.372, w1_od280_od315_of_diluted_wines=0.1985, w1_proline=-0.003371, w2_alcohol=-0.009895, w2_malic_acid=0.1542, w2_ash=0.03413, w2_alcalinity_of_ash=-0.3911, w2_magnesium=0.009923, w2_total_phenols=0.08653, w2_flavanoids=-0.746, w2_nonflavanoid_phenols=-2.908, w2_proanthocyanins=-0.3467, w2_color_intensity=0.2437, w2_hue=-1.86, w2_od280_od315_of_diluted_wines=-0.1313, w2_proline=0.0005118, bias0=-0.01263, bias1=0.01216, bias2=0.0004701, w_new1=0.03288, t_new1b=12.68, w_new2=0.1408, t_new2b=15.29, w_new3=0.1736, t_new3b=14.05, t_new1a=12.38, t_new2a=15.16, t_new3a=13.62, w_r0_1=0.02638, t_r0_1b=13.15, w_r0_2=-0.02881, t_r0_2b=13.83, t_r0_1a=12.61, t_r0_2a=13.29):
    score_0 = w0_alcohol * alcohol + w0_malic_acid * malic_acid + w0_ash * ash + w0_alcalinity_of_ash * alcalinity_of_ash + w0_magnesium * magnesium + w0_total_phenols * total_phenols + w0_flavanoids * flavanoids + w0_nonflavanoid_phenols * nonflavanoid_phenols + w0_proanthocyanins * proanthocyanins + w0_color_intensity * color_intensity + w0_hue * hue + w0_od280_od315_of_diluted_wines * od280_od315_of_diluted_wines + w0_proline * proline + bias0  # class 0
    score_1 = w1_alcohol * alcohol + w1_malic_acid * malic_acid + w1_ash * ash + w1_alcalinity_of_ash * alcalinity_of_ash + w1_magnesium * magnesium + w1_total_phenols * total_phenols + w1_flavanoids * flavanoids + w1_nonflavanoid_phenols * nonflavanoid_phenols + w1_proanthocyanins * proanthocyanins + w1_color_intensity * color_intensity + w1_hue * hue + w1_od280_od315_of_diluted_wines * od280_od315_of_diluted_wines + w1_proline * proline + bias1  # class 1
    score_2 = w2_alcohol * alcohol + w2_malic_acid * malic_acid + w2_ash * ash + w2_alcalinity_of_ash * alcalinity_of_ash + w2_magnesium * magnesium + w2_total_phenols * total_phenols + w2_flavanoids * flavanoids + w2_nonflavanoid_phenols * nonflavanoid_phenols + w2_proanthocyanins * proanthocyanins + w2_color_intensity * color_intensity + w2_hue * hue + w2_od280_od315_of_diluted_wines * od280_od315_of_diluted_wines + w2_proline * proline + bias2  # class 2
    # add distance terms, e.g. w_d * ((alcohol - t_alcohol)**2 + (malic_acid - t_malic_acid)**2), each with its own parameter
    score_0 = score_0 + w_new1 * (alcohol - t_new1a) * (alcohol - t_new1b)
    score_1 = score_1 + w_new2 * (alcohol - t_new2a) * (alcohol - t_new2b)
    score_2 = score_2 + w_new3 * (alcohol - t_new3a) * (alcohol - t_new3b)
    score_0 = score_0 + w_r0_1 * (alcohol - t_r0_1a) * (alcohol - t_r0_1b)
    score_1 = score_1 + w_r0_2 * (alcohol - t_r0_2a) * (alcohol - t_r0_2b)
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
 'params': {'w0_alcohol': -0.23267257680707557,
            'w0_malic_acid': -0.04903175994768311,
            'w0_ash': 1.7665431932171058,
            'w0_alcalinity_of_ash': -0.6333765344957235,
            'w0_magnesium': 0.0033079235589743017,
            'w0_total_phenols': -0.10164367715443007,
            'w0_flavanoids': 0.2087796415851108,
            'w0_nonflavanoid_phenols': -2.5366758859469845,
            'w0_proanthocyanins': 0.21825691090742827,
            'w0_color_intensity': -0.05533888538088485,
            'w0_hue': 0.4868591520939704,
            'w0_od280_od315_of_diluted_wines': -0.06753623992393835,
            'w0_proline': 0.0028586228786897892,
            'w1_alcohol': 0.2243701164973219,
            'w1_malic_acid': -0.10519367233629841,
            'w1_ash': -1.804598742897348,
            'w1_alcalinity_of_ash': -0.43535452131165986,
            'w1_magnesium': -0.013354531611824986,
            'w1_total_phenols': 0.014762060059462456,
            'w1_flavanoids': 0.5371895259424444,
            'w1_nonflavanoid_phenols': 5.4447721998854695,
            'w1_proanthocyanins': 0.12811940066106026,
            'w1_color_intensity': -0.18844923654957832,
            'w1_hue': 1.3721907772848492,
            'w1_od280_od315_of_diluted_wines': 0.1984634090846384,
            'w1_proline': -0.003370549719162592,
            'w2_alcohol': -0.009894883230367784,
            'w2_malic_acid': 0.15420065359240873,
            'w2_ash': 0.03413479849567416,
            'w2_alcalinity_of_ash': -0.3910955795293183,
            'w2_magnesium': 0.009923083391028945,
            'w2_total_phenols': 0.08652614026281771,
            'w2_flavanoids': -0.7460062068213497,
            'w2_nonflavanoid_phenols': -2.908020429861989,
            'w2_proanthocyanins': -0.34667594686788883,
            'w2_color_intensity': 0.24368573135292543,
            'w2_hue': -1.86038028661278,
            'w2_od280_od315_of_diluted_wines': -0.13125906215540287,
            'w2_proline': 0.0005118175954126899,
            'bias0': -0.012629835513250458,
            'bias1': 0.012156024640326087,
            'bias2': 0.00047009134875595777,
            'w_new1': 0.03287857378184279,
            't_new1b': 12.677095341719765,
            'w_new2': 0.14084745943365673,
            't_new2b': 15.292976410266736,
            'w_new3': 0.1736003334952107,
            't_new3b': 14.049465061574173,
            't_new1a': 12.384556111522913,
            't_new2a': 15.157086868310163,
            't_new3a': 13.621673201004635,
            'w_r0_1': 0.026380771383608517,
            't_r0_1b': 13.146999976324738,
            'w_r0_2': -0.028807377789060753,
            't_r0_2b': 13.829959871075394,
            't_r0_1a': 12.609226836449128,
            't_r0_2a': 13.288933281834604},
 'link': 'softmax',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [6],
                'teachers': [3, 6, 2, 14, 4, 1, 13, 0, 9, 15],
                'prompt_hash': '537d44253f367043',
                'train_score': {'loss': 0.0843, 'log_loss': 0.0843, 'accuracy': 1.0},
                'validation_score': {'loss': 0.1004, 'log_loss': 0.1004, 'accuracy': 1.0},
                'selection': 'crossval_distilled',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '653ea315c7e70dac',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 62735,
                'completion_tokens': 2578,
                'fit_seconds': 2481.87,
                'created': '2026-12-02T02:58:51+00:00',
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
