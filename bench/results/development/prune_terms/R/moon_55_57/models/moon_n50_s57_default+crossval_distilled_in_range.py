"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 1f24889ee0710be9
data_fingerprint: 19b8e3e111a6a508
train_score: {'loss': 0.0814, 'log_loss': 0.0814, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0818, 'log_loss': 0.0818, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T23:43:35+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=2.948, w_b=-5.936, bias=-1.789, w_new1=3.855, w_new2=1.786, w_new3=-3.267, t_new1a=-0.1527, t_new2b=0.5103, t_new3a=1.345, w_r0_1=0.4494, w_r0_2=0.796, t_r0_1a=-0.1801, t_r0_2b=0.6595, w_r1_1=-0.1478, w_r1_2=0.5097, t_r1_1a=0.2235, t_r1_2b=0.6802, w_r2_1=-0.2434, w_r2_2=0.2444, t_r2_1a=0.3098, t_r2_2b=0.6312, w_r3_1=-0.2103, w_r3_2=-0.1252, t_r3_1a=0.2819, t_r3_2b=0.3244, w_r4_1=-0.1618, w_r4_2=-0.2653, t_r4_1a=0.2406, t_r4_2b=0.1672, w_r5_1=-0.1183, w_r5_2=-0.1317, t_r5_1a=0.2039, t_r5_2b=0.3165, w_r6_1=-0.08422, w_r6_2=-0.06089, t_r6_1a=0.1771, t_r6_2b=0.3937, w_r7_1=-0.05828, w_r7_2=-0.02957, t_r7_1a=0.1587, t_r7_2b=0.4245, w_r8_1=-0.03843, w_r8_2=-0.01527, t_r8_1a=0.147, t_r8_2b=0.4367, w_r9_1=-0.02296, w_r9_2=-0.009653, t_r9_1a=0.1398, t_r9_2b=0.4404, cal_scale=1.094, cal_shift=0.02819):
    # inputs held to the training rows' range: the fitted shape is only known there
    a = np.clip(a, -0.987, 1.986)
    b = np.clip(b, -0.553, 1.08)
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
                         'min': -0.987,
                         'max': 1.986,
                         'mean': 0.33712000000000003,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 3,
                         'min': -0.553,
                         'max': 1.08,
                         'mean': 0.30222,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b'],
 'matrix_arg': None,
 'params': {'w_a': 2.9477214733110357,
            'w_b': -5.936218057836134,
            'bias': -1.7890470188946677,
            'w_new1': 3.854781143689768,
            'w_new2': 1.7856955250599884,
            'w_new3': -3.2673151731186842,
            't_new1a': -0.15268420380164038,
            't_new2b': 0.5102630528332001,
            't_new3a': 1.3451984544294298,
            'w_r0_1': 0.4493753649316887,
            'w_r0_2': 0.7960413161838646,
            't_r0_1a': -0.18010176909740735,
            't_r0_2b': 0.6595372600487229,
            'w_r1_1': -0.14778268764395427,
            'w_r1_2': 0.5097140641362045,
            't_r1_1a': 0.22347908154232965,
            't_r1_2b': 0.6801537304161981,
            'w_r2_1': -0.2434263357056055,
            'w_r2_2': 0.2443577260915057,
            't_r2_1a': 0.30978587575027305,
            't_r2_2b': 0.6311593678757064,
            'w_r3_1': -0.21028466144514923,
            'w_r3_2': -0.1251864024249813,
            't_r3_1a': 0.28193345060535263,
            't_r3_2b': 0.32436733752874725,
            'w_r4_1': -0.1617954541815594,
            'w_r4_2': -0.26533768391667145,
            't_r4_1a': 0.24058626410733586,
            't_r4_2b': 0.16720770732941623,
            'w_r5_1': -0.11829119501062928,
            'w_r5_2': -0.1316612398073279,
            't_r5_1a': 0.203947287694155,
            't_r5_2b': 0.31648229346575646,
            'w_r6_1': -0.08422469920899052,
            'w_r6_2': -0.06089225487127755,
            't_r6_1a': 0.17705235417210827,
            't_r6_2b': 0.39372805001303157,
            'w_r7_1': -0.058281441057589506,
            'w_r7_2': -0.02957478953955266,
            't_r7_1a': 0.15871966237640034,
            't_r7_2b': 0.42453453891059706,
            'w_r8_1': -0.03842923083600318,
            'w_r8_2': -0.015265066323681326,
            't_r8_1a': 0.14700071994514133,
            't_r8_2b': 0.4367029052841136,
            'w_r9_1': -0.022960488017510078,
            'w_r9_2': -0.0096533521771033,
            't_r9_1a': 0.13975353216070344,
            't_r9_2b': 0.4404332815950117,
            'cal_scale': 1.0937846545446535,
            'cal_shift': 0.02818778957801431},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '1f24889ee0710be9',
                'train_score': {'loss': 0.0814, 'log_loss': 0.0814, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0818,
                                     'log_loss': 0.0818,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval_distilled_in_range',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '19b8e3e111a6a508',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34364,
                'completion_tokens': 1172,
                'fit_seconds': 756.63,
                'created': '2026-12-01T23:43:35+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 57,
                          'validation_fraction': 0.3},
                'teachers': [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 1, 2, 5, 3, 0, 4],
                'reselected': '2026-12-03T04:49:01+00:00'}}


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
