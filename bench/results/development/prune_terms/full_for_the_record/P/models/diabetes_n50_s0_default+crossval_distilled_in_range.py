"""Code model predicting `target` (regression), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: ad0d9dc2b1811e51
data_fingerprint: a15a06056a3a2f29
train_score: {'loss': 47.1224, 'rmse': 47.1224, 'r2': 0.5822}
validation_score: {'loss': 68.5096, 'rmse': 68.5096, 'r2': 0.0771}
metric: validation rows held out from prompts and fitting
created: 2026-12-02T04:43:13+00:00
features: age, sex, bmi, bp, s1, s2, s3, s4, s5, s6
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(age, sex, bmi, bp, s1, s2, s3, s4, s5, s6, w_age=-105.9, w_sex=-69.29, w_bmi=87.96, w_bp=60.22, w_s1=-69.0, w_s2=37.89, w_s3=-51.22, w_s4=-10.13, w_s5=176.0, w_s6=-5.032, bias=0.333, w_new1=1.736, t_new1b=-3.079, cal_scale=4.262, cal_shift=0.006852):
    # inputs held to the training rows' range: the fitted shape is only known there
    age = np.clip(age, -0.09632801625429555, 0.08529890629667548)
    sex = np.clip(sex, -0.044641636506989144, 0.05068011873981862)
    bmi = np.clip(bmi, -0.08488623552910546, 0.17055522598064407)
    bp = np.clip(bp, -0.0848559947372904, 0.10450080893441897)
    s1 = np.clip(s1, -0.09650970703608859, 0.15391371315651542)
    s2 = np.clip(s2, -0.09463211903950011, 0.1558866503921278)
    s3 = np.clip(s3, -0.09126213710515514, 0.17749742259319157)
    s4 = np.clip(s4, -0.0763945037500033, 0.15534453535071155)
    s5 = np.clip(s5, -0.08237869071592514, 0.13339673866449434)
    s6 = np.clip(s6, -0.092204049626824, 0.09004865462589207)
    value = w_age * age + w_sex * sex + w_bmi * bmi + w_bp * bp + w_s1 * s1 + w_s2 * s2 + w_s3 * s3 + w_s4 * s4 + w_s5 * s5 + w_s6 * s6 + bias
    # add step terms, e.g. w_step * np.where(age > t_age, 1.0, 0.0), each with its own parameter
    value = value + w_new1 * np.exp(age - t_new1b)
    return cal_scale * value + cal_shift
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'regression',
 'schema': {'columns': [{'name': 'age',
                         'ident': 'age',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.09632801625429555,
                         'max': 0.08529890629667548,
                         'mean': 0.0008787126949841553,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'sex',
                         'ident': 'sex',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.044641636506989144,
                         'max': 0.05068011873981862,
                         'mean': 0.0030192411164147374,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'bmi',
                         'ident': 'bmi',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.08488623552910546,
                         'max': 0.17055522598064407,
                         'mean': 0.0018991926597765243,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'bp',
                         'ident': 'bp',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.0848559947372904,
                         'max': 0.10450080893441897,
                         'mean': 2.129894051660919e-05,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's1',
                         'ident': 's1',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.09650970703608859,
                         'max': 0.15391371315651542,
                         'mean': 0.0015406936393232873,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's2',
                         'ident': 's2',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.09463211903950011,
                         'max': 0.1558866503921278,
                         'mean': -0.0005560581486880483,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's3',
                         'ident': 's3',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.09126213710515514,
                         'max': 0.17749742259319157,
                         'mean': 0.0022514631186531615,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's4',
                         'ident': 's4',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.0763945037500033,
                         'max': 0.15534453535071155,
                         'mean': -0.0023118134795263646,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's5',
                         'ident': 's5',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.08237869071592514,
                         'max': 0.13339673866449434,
                         'mean': 0.0031087067446674554,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 's6',
                         'ident': 's6',
                         'kind': 'numeric',
                         'decimals': 4,
                         'min': -0.092204049626824,
                         'max': 0.09004865462589207,
                         'mean': 0.0007448295420611932,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'regression',
            'target': 'target',
            'classes': []},
 'columns': ['age', 'sex', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6'],
 'matrix_arg': None,
 'params': {'w_age': -105.88527702143934,
            'w_sex': -69.29067616270514,
            'w_bmi': 87.95778165124705,
            'w_bp': 60.22176428624681,
            'w_s1': -69.0008089017216,
            'w_s2': 37.88507207161153,
            'w_s3': -51.22293673130119,
            'w_s4': -10.128540103696986,
            'w_s5': 175.97548499990955,
            'w_s6': -5.032184457619421,
            'bias': 0.33299327392981937,
            'w_new1': 1.736011990199914,
            't_new1b': -3.0792769907729536,
            'cal_scale': 4.262219491923124,
            'cal_shift': 0.006851503772414909},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [5],
                'prompt_hash': 'ad0d9dc2b1811e51',
                'train_score': {'loss': 47.1224, 'rmse': 47.1224, 'r2': 0.5822},
                'validation_score': {'loss': 68.5096, 'rmse': 68.5096, 'r2': 0.0771},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': 'a15a06056a3a2f29',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 50098,
                'completion_tokens': 1268,
                'fit_seconds': 1144.81,
                'created': '2026-12-02T04:43:13+00:00',
                'split': {'fit_rows': 35,
                          'validation_rows': 15,
                          'seed': 0,
                          'validation_fraction': 0.3},
                'teachers': [11, 9, 12, 10, 7, 2, 13, 1, 15, 0, 14, 3, 5],
                'pruned': ['value = value + w_new2 * np.exp(age - t_new2b)',
                           'value = value + w_new3 * np.exp(age - t_new3b)',
                           'value = value + w_r0_1 * np.exp(age - t_r0_1b)',
                           'value = value + w_r0_2 * np.exp(age - t_r0_2b)'],
                'reselected': '2026-12-03T06:37:03+00:00'}}


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
