"""The clamp on the full benchmark's saved fits (`bench/results/full_current`, seed 0, n=50), for the sign only.

Not part of the declared judgement (binary development fits): each saved model is scored on its
test rows as saved and with the test inputs clipped to its 50 training rows' range, as the built
artifact now does. Run from the repository root; output in full_benchmark.txt.

    python bench/results/development/clamp_inputs/full_benchmark.py
"""
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, log_loss, mean_squared_error, roc_auc_score

from iblearn.bench import datasets
from iblearn.codemodel import load
from iblearn.data import column_inputs, read_table

FITS = Path("bench/results/full_current/models")

for name in ["breast_cancer", "iris", "wine", "diabetes"]:
    ds = datasets.load(name, 0)
    sp = datasets.split(ds, 50, 0, 100)
    model = load(FITS / f"{name}_n50_s0_default.py")
    train, test = read_table(sp.X_train), read_table(sp.X_test)
    num = [c for c in test.columns if np.issubdtype(test[c].dtype, np.number)]
    clipped = test.copy()
    clipped[num] = test[num].clip(train[num].min(), train[num].max(), axis=1)
    outside = float((clipped != test).any(axis=1).mean())
    y = np.asarray(sp.y_test)
    got = []
    try:
        for t in (test, clipped):
            p = model.predict_values(column_inputs(t, model.schema))
            if model.schema.task == "binary":
                got.append(f"ROC-AUC {roc_auc_score(y, p):.4f}")
            elif model.schema.task == "multiclass":
                classes = list(model.schema.classes)
                yi = np.array([classes.index(v) for v in y])
                got.append(f"accuracy {accuracy_score(yi, p.argmax(1)):.4f}, "
                           f"log-loss {log_loss(yi, p, labels=range(len(classes))):.4f}")
            else:
                got.append(f"RMSE {np.sqrt(mean_squared_error(y, p)):.2f}")
    finally:
        model.close()
    print(f"{name} ({model.schema.task}): as saved {got[0]}; clipped {got[1]}; {outside:.1%} of test rows outside")
