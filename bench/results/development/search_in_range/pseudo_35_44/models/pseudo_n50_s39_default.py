"""Code model predicting `y` (binary), written by an LLM and checked by iblearn.

Run it with numpy only:  python THIS_FILE.py data.csv > predictions.csv
Or import it:            import THIS_MODULE; THIS_MODULE.predict_table({'column': [...], ...})

iblearn_version: 0.1.0
llm: local:qwen2.5-coder-0.5b
strategy: default
prompt_hash: c290004807aeaefd
data_fingerprint: 0970bdfd45dbb55f
train_score: {'loss': 0.1441, 'log_loss': 0.1441, 'auc': 0.9952, 'accuracy': 0.98}
validation_score: {'loss': 0.209, 'log_loss': 0.209, 'auc': 0.9688, 'accuracy': 0.8125}
metric: validation rows held out from prompts and fitting
created: 2026-12-01T14:41:19+00:00
features: a, b, c, d
classes: 0, 1
"""

# ---- code model (checked by iblearn before it runs) ----
import numpy as np


def predict(a, b, c, d, w_a=0.05096, w_b=0.4262, w_c=0.4836, w_d=1.634, bias=-0.7684, w_new1=1.318, w_new2=-5.901, w_new3=3.058, t_new1a=-0.6765, t_new2a=-0.1333, t_new3a=0.4223, w_r0_1=0.7412, w_r0_2=0.9282, t_r0_1a=-0.6705, t_r0_2a=0.4337, w_r1_1=0.5339, w_r1_2=0.6085, t_r1_1a=-0.6682, t_r1_2a=0.4497, w_r2_1=0.4312, w_r2_2=0.394, t_r2_1a=-0.6685, t_r2_2a=0.4804, w_r3_1=0.3479, w_r3_2=0.1774, t_r3_1a=-0.673, t_r3_2a=0.5753, w_r4_1=0.2637, w_r4_2=-0.3336, t_r4_1a=-0.6868, t_r4_2a=1.024, w_r5_1=0.1685, w_r5_2=-0.455, t_r5_1a=-0.7225, t_r5_2a=1.112, w_r6_1=-0.01304, w_r6_2=-0.4116, t_r6_1a=-0.8714, t_r6_2a=1.081, w_r7_1=-0.5608, w_r7_2=-0.2845, t_r7_1a=-1.416, t_r7_2a=0.9923, w_r8_1=-0.2444, w_r8_2=-0.1704, t_r8_1a=-1.146, t_r8_2a=0.9015, w_r9_1=-0.0224, w_r9_2=-0.1065, t_r9_1a=-0.8868, t_r9_2a=0.845, cal_scale=1.437, cal_shift=0.2208):
    score = w_a * a + w_b * b + w_c * c + w_d * d + bias
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
                         'decimals': 2,
                         'min': -2.78,
                         'max': 1.88,
                         'mean': -0.055,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'b',
                         'ident': 'b',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.07,
                         'max': 3.05,
                         'mean': 0.07440000000000001,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'c',
                         'ident': 'c',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -2.71,
                         'max': 1.81,
                         'mean': -0.050599999999999985,
                         'categories': None,
                         'missing': 0,
                         'datetime': False},
                        {'name': 'd',
                         'ident': 'd',
                         'kind': 'numeric',
                         'decimals': 2,
                         'min': -1.66,
                         'max': 2.25,
                         'mean': 0.0834,
                         'categories': None,
                         'missing': 0,
                         'datetime': False}],
            'task': 'binary',
            'target': 'y',
            'classes': [0, 1]},
 'columns': ['a', 'b', 'c', 'd'],
 'matrix_arg': None,
 'params': {'w_a': 0.05096349683759876,
            'w_b': 0.42616273683100514,
            'w_c': 0.48361878620188664,
            'w_d': 1.6336624622074734,
            'bias': -0.7684062339308718,
            'w_new1': 1.3176184503958621,
            'w_new2': -5.901060242879694,
            'w_new3': 3.057768988795978,
            't_new1a': -0.6765116824462056,
            't_new2a': -0.13333154713008585,
            't_new3a': 0.4223444851672931,
            'w_r0_1': 0.7411817388179598,
            'w_r0_2': 0.9281660420655475,
            't_r0_1a': -0.6705132593256994,
            't_r0_2a': 0.4337223350179551,
            'w_r1_1': 0.533895179665666,
            'w_r1_2': 0.6085195982831612,
            't_r1_1a': -0.6682130886404197,
            't_r1_2a': 0.44968726941722936,
            'w_r2_1': 0.43117727998106137,
            'w_r2_2': 0.3939913813747089,
            't_r2_1a': -0.6684991060137402,
            't_r2_2a': 0.48044641266939797,
            'w_r3_1': 0.3479244716156725,
            'w_r3_2': 0.17739378647013454,
            't_r3_1a': -0.6729664826467584,
            't_r3_2a': 0.5752592180760705,
            'w_r4_1': 0.2637196651174793,
            'w_r4_2': -0.333573028710052,
            't_r4_1a': -0.686838584336576,
            't_r4_2a': 1.0240136679823109,
            'w_r5_1': 0.1685262180075076,
            'w_r5_2': -0.4549911108529937,
            't_r5_1a': -0.7224519604796796,
            't_r5_2a': 1.1122207764523095,
            'w_r6_1': -0.013036978578071907,
            'w_r6_2': -0.4116167368640377,
            't_r6_1a': -0.8714130910225881,
            't_r6_2a': 1.0808032842705555,
            'w_r7_1': -0.560751149673514,
            'w_r7_2': -0.2844585794182205,
            't_r7_1a': -1.4159007926417861,
            't_r7_2a': 0.9923214047500294,
            'w_r8_1': -0.24440542766253864,
            'w_r8_2': -0.17037647517181953,
            't_r8_1a': -1.1455107763420966,
            't_r8_2a': 0.9014882954768378,
            'w_r9_1': -0.02240213562728588,
            'w_r9_2': -0.10651286492234974,
            't_r9_1a': -0.8867854514619126,
            't_r9_2a': 0.8450388174869526,
            'cal_scale': 1.4368167211817156,
            'cal_shift': 0.22083288294745623},
 'link': 'identity',
 'calibration': None,
 'provenance': {'strategy': 'default',
                'members': [15],
                'prompt_hash': 'c290004807aeaefd',
                'train_score': {'loss': 0.1441,
                                'log_loss': 0.1441,
                                'auc': 0.9952,
                                'accuracy': 0.98},
                'validation_score': {'loss': 0.209,
                                     'log_loss': 0.209,
                                     'auc': 0.9688,
                                     'accuracy': 0.8125},
                'selection': 'crossval',
                'cross_validation_score': {'loss': 0.1676,
                                           'log_loss': 0.1676,
                                           'auc': 0.9888,
                                           'accuracy': 0.94},
                'iblearn_version': '0.1.0',
                'llm': 'local:qwen2.5-coder-0.5b',
                'data_fingerprint': '0970bdfd45dbb55f',
                'metric': 'validation rows held out from prompts and fitting',
                'llm_calls': 16,
                'prompt_tokens': 41647,
                'completion_tokens': 1210,
                'fit_seconds': 456.27,
                'created': '2026-12-01T14:41:19+00:00',
                'split': {'fit_rows': 34,
                          'validation_rows': 16,
                          'seed': 39,
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
