"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: 65bf002d0df4e6df
data_fingerprint: 3177f0ef9a332889
train_score: {'loss': 0.069, 'log_loss': 0.069, 'auc': 1.0, 'accuracy': 1.0}
validation_score: {'loss': 0.0626, 'log_loss': 0.0626, 'auc': 1.0, 'accuracy': 1.0}
metric: validation rows held out from prompts and fitting
created: 2026-11-27T12:09:52+00:00
features: a, b
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, w_a=3.917, w_b=-4.87, bias=1.51, w_new1=1.171, w_new2=1.149, w_new3=-6.807, t_new1a=-0.1003, t_new2a=-0.08963, t_new3a=1.447, w_r0_1=0.31, w_r0_2=-0.5066, t_r0_1a=-0.05448, t_r0_2a=0.9751, w_r1_1=0.1543, w_r1_2=-0.1985, t_r1_1a=-0.04897, t_r1_2a=0.8438, w_r2_1=0.1026, w_r2_2=-0.1563, t_r2_1a=-0.04408, t_r2_2a=0.8368, w_r3_1=0.07949, w_r3_2=-0.1386, t_r3_1a=-0.04028, t_r3_2a=0.8373, w_r4_1=0.06857, w_r4_2=-0.1246, t_r4_1a=-0.03832, t_r4_2a=0.8395, w_r5_1=0.06108, w_r5_2=-0.1127, t_r5_1a=-0.03691, t_r5_2a=0.8413, w_r6_1=0.05696, w_r6_2=-0.09831, t_r6_1a=-0.03721, t_r6_2a=0.8426, w_r7_1=0.05371, w_r7_2=-0.0827, t_r7_1a=-0.03743, t_r7_2a=0.8445, w_r8_1=0.05089, w_r8_2=-0.06652, t_r8_1a=-0.03716, t_r8_2a=0.8463, w_r9_1=0.04813, w_r9_2=-0.04845, t_r9_1a=-0.03702, t_r9_2a=0.8478, cal_scale=1.348, cal_shift=-0.04572):
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
 'params': {'w_a': 3.917381515994773,
            'w_b': -4.870364167049842,
            'bias': 1.5096540531079117,
            'w_new1': 1.171421292271526,
            'w_new2': 1.1487263377846537,
            'w_new3': -6.806663117675102,
            't_new1a': -0.10026565690469641,
            't_new2a': -0.08963412621022523,
            't_new3a': 1.4470782932407038,
            'w_r0_1': 0.3100087505748587,
            'w_r0_2': -0.5066263755382507,
            't_r0_1a': -0.05448256836094062,
            't_r0_2a': 0.9751484706493656,
            'w_r1_1': 0.1543429788859372,
            'w_r1_2': -0.19847334966788793,
            't_r1_1a': -0.048974777609822086,
            't_r1_2a': 0.8438338611789638,
            'w_r2_1': 0.10260029095048998,
            'w_r2_2': -0.15629346248945467,
            't_r2_1a': -0.044075627464788936,
            't_r2_2a': 0.836836903380396,
            'w_r3_1': 0.07949329400729598,
            'w_r3_2': -0.13861212159814254,
            't_r3_1a': -0.04027870663779571,
            't_r3_2a': 0.8372667738395811,
            'w_r4_1': 0.06856836352741871,
            'w_r4_2': -0.124600476582412,
            't_r4_1a': -0.03832446332343802,
            't_r4_2a': 0.8395302084657339,
            'w_r5_1': 0.06107669190839061,
            'w_r5_2': -0.1126594668072854,
            't_r5_1a': -0.03691080321170972,
            't_r5_2a': 0.8412968445653798,
            'w_r6_1': 0.056955504461600075,
            'w_r6_2': -0.0983094778901051,
            't_r6_1a': -0.03720517180265956,
            't_r6_2a': 0.8425789494195307,
            'w_r7_1': 0.05370675008156446,
            'w_r7_2': -0.08270241642344107,
            't_r7_1a': -0.03743367031374273,
            't_r7_2a': 0.8445419793018596,
            'w_r8_1': 0.050894116771055105,
            'w_r8_2': -0.06652345539911868,
            't_r8_1a': -0.03715581074403541,
            't_r8_2a': 0.8462779665123926,
            'w_r9_1': 0.048127196348092476,
            'w_r9_2': -0.048446853217039926,
            't_r9_1a': -0.03701725144743083,
            't_r9_2a': 0.8477798340637199,
            'cal_scale': 1.3477527350931346,
            'cal_shift': -0.04571608411469816},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': '65bf002d0df4e6df',
                'train_score': {'loss': 0.069, 'log_loss': 0.069, 'auc': 1.0, 'accuracy': 1.0},
                'validation_score': {'loss': 0.0626,
                                     'log_loss': 0.0626,
                                     'auc': 1.0,
                                     'accuracy': 1.0},
                'selection': 'crossval',
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '3177f0ef9a332889',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 34496,
                'completion_tokens': 1182,
                'fit_seconds': 913.92,
                'created': '2026-11-27T12:09:52+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 0,
                          'validation_fraction': 0.3},
                'cross_validation_score': {'loss': 0.0794,
                                           'log_loss': 0.0794,
                                           'auc': 1.0,
                                           'accuracy': 1.0},
                'reselected': '2026-12-01T13:35:02+00:00'}}


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
