"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 4026b875c04c7916
data_fingerprint: 7dad08a9cd4ab8bc
train_score: {'loss': 0.0615, 'log_loss': 0.0615, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0715, 'log_loss': 0.0715, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T12:36:31+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.898, w_b=-4.7, bias=-0.2432, w_new1=4.996, w_new2=-1.925, w_new3=-1.945, t_new1a=0.08347, t_new2a=0.8535, t_new3a=0.8524, w_r0_1=0.4909, w_r0_2=-0.6304, t_r0_1a=0.07837, t_r0_2a=0.8928, w_r1_1=0.1545, w_r1_2=-0.3719, t_r1_1a=0.2271, t_r1_2a=0.9034, w_r2_1=0.08431, w_r2_2=-0.2503, t_r2_1a=0.2686, t_r2_2a=0.9132, w_r3_1=0.05541, w_r3_2=-0.185, t_r3_1a=0.2838, t_r3_2a=0.9177, w_r4_1=0.04138, w_r4_2=-0.1371, t_r4_1a=0.2882, t_r4_2a=0.9237, w_r5_1=0.03147, w_r5_2=-0.1076, t_r5_1a=0.2897, t_r5_2a=0.9255, w_r6_1=0.02275, w_r6_2=-0.08611, t_r6_1a=0.2924, t_r6_2a=0.9274, w_r7_1=0.0164, w_r7_2=-0.06485, t_r7_1a=0.2942, t_r7_2a=0.9299, w_r8_1=0.01058, w_r8_2=-0.05077, t_r8_1a=0.2949, t_r8_2a=0.9317, w_r9_1=0.006432, w_r9_2=-0.03923, t_r9_1a=0.2957, t_r9_2a=0.9322, cal_scale=1.248, cal_shift=-0.02797):
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
    return 1 / (1 + np.exp(-(cal_scale * score + cal_shift)))
# ---- end of code model ----

IBLEARN_METADATA = {'format': 1,
 'task': 'binary',
 'schema': {'columns': [{'name': 'a',
                         'ident': 'a',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -1.042,
                         'max': 2.068,
                         'mean': 0.5233000000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.513,
                         'max': 1.056,
                         'mean': 0.26705999999999996,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.8981711955695846,
            'w_b': -4.700206104531972,
            'bias': -0.24317227550868906,
            'w_new1': 4.995785199274604,
            'w_new2': -1.925194687685906,
            'w_new3': -1.944912105707155,
            't_new1a': 0.08346944683363955,
            't_new2a': 0.853456013721999,
            't_new3a': 0.8523906055549912,
            'w_r0_1': 0.4909385903175388,
            'w_r0_2': -0.6303705242587309,
            't_r0_1a': 0.07837059238871909,
            't_r0_2a': 0.8927973068377794,
            'w_r1_1': 0.15447714076608524,
            'w_r1_2': -0.3719239352464045,
            't_r1_1a': 0.2270867656973244,
            't_r1_2a': 0.9034116170786248,
            'w_r2_1': 0.08430744774725005,
            'w_r2_2': -0.2502779696609247,
            't_r2_1a': 0.26855194231887897,
            't_r2_2a': 0.9131673243419955,
            'w_r3_1': 0.055407886224016226,
            'w_r3_2': -0.18502338344613586,
            't_r3_1a': 0.2837698687138506,
            't_r3_2a': 0.9177171892286369,
            'w_r4_1': 0.041382541277243876,
            'w_r4_2': -0.137097371781186,
            't_r4_1a': 0.2882007121405201,
            't_r4_2a': 0.9236654609484519,
            'w_r5_1': 0.03146534665996023,
            'w_r5_2': -0.10764916246622006,
            't_r5_1a': 0.28974254248783726,
            't_r5_2a': 0.9254834395888992,
            'w_r6_1': 0.02274862866267087,
            'w_r6_2': -0.08611432704874655,
            't_r6_1a': 0.29237733198520094,
            't_r6_2a': 0.9273906346378221,
            'w_r7_1': 0.016400863739138394,
            'w_r7_2': -0.06485448307118738,
            't_r7_1a': 0.29422145409728623,
            't_r7_2a': 0.9298976911811937,
            'w_r8_1': 0.010580609120921585,
            'w_r8_2': -0.05076533401038463,
            't_r8_1a': 0.2949315672463287,
            't_r8_2a': 0.9316570263869709,
            'w_r9_1': 0.0064317871184173744,
            'w_r9_2': -0.039231646919114356,
            't_r9_1a': 0.2956953604018873,
            't_r9_2a': 0.9322124811923269,
            'cal_scale': 1.248463477513873,
            'cal_shift': -0.027966311875602855},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '4026b875c04c7916',
                'train_score': {'loss': 0.0615, 'log_loss': 0.0615, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0715,
                                     'log_loss': 0.0715,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '7dad08a9cd4ab8bc',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34378,
                'completion_tokens': 1182,
                'fit_seconds': 981.46,
                'created': '2026-11-27T12:36:31+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 1,
                          'validation_fraction': 0.3},
                'cross_validation_score': {'loss': 0.0664,
                                           'log_loss': 0.0664,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'reselected': '2026-12-01T13:37:16+00:00'}}


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
