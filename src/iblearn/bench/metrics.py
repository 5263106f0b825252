"""Held-out metrics per task, computed the same way for every method.

Binary: ROC-AUC from a continuous score (never from hard labels: the paper's SVM "AUC" was),
plus log-loss and accuracy. Multiclass: log-loss and accuracy. Regression: RMSE and R².
``PRIMARY`` names the metric plotted against training size.

These are scikit-learn's implementations on purpose, not :mod:`iblearn.search.metrics` (which
ranks candidates during a fit): the benchmark scores the code under test with independent code.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

PRIMARY = {"binary": "roc_auc", "multiclass": "accuracy", "regression": "r2"}
HIGHER_IS_BETTER = {"roc_auc": True, "accuracy": True, "r2": True, "log_loss": False, "rmse": False}
EPS = 1e-6


@dataclass
class Prediction:
    """What a method predicted for some rows.

    ``values``: P(class 1) of shape (n,) for binary, probabilities (n, k) for multiclass, values
    for regression. ``rank``: an optional score that orders rows for ROC-AUC where it differs from
    the probability (SVC's decision function). ``labels``: class indices where the method predicts
    labels itself (otherwise argmax / threshold 0.5).
    """

    values: np.ndarray
    rank: np.ndarray | None = None
    labels: np.ndarray | None = None

    def take(self, idx: np.ndarray) -> "Prediction":
        pick = lambda a: None if a is None else a[idx]  # noqa: E731
        return Prediction(self.values[idx], pick(self.rank), pick(self.labels))


def fallback(task: str, y_train: np.ndarray, n: int, k: int) -> Prediction:
    """What a failed method is scored with: 0.5 (binary), the training class prior, the training mean."""
    if task == "binary":
        return Prediction(np.full(n, 0.5))
    if task == "multiclass":
        prior = np.bincount(y_train.astype(int), minlength=k) / len(y_train)
        return Prediction(np.tile(prior, (n, 1)))
    return Prediction(np.full(n, float(np.mean(y_train))))


def compute(task: str, y: np.ndarray, pred: Prediction, k: int = 2) -> dict[str, float]:
    """Metrics of ``pred`` against ``y`` (class indices 0..k-1 for classification, values for regression)."""
    from sklearn.metrics import log_loss, r2_score, roc_auc_score

    v = np.asarray(pred.values, dtype=float)
    if task == "regression":
        err = v - y
        return {"rmse": float(np.sqrt(np.mean(err**2))), "r2": float(r2_score(y, v)) if len(y) > 1 else float("nan")}
    y = y.astype(int)
    if task == "binary":
        p = np.clip(v, EPS, 1 - EPS)
        labels = pred.labels if pred.labels is not None else (v >= 0.5).astype(int)
        rank = pred.rank if pred.rank is not None else v
        auc = float(roc_auc_score(y, rank)) if len(np.unique(y)) == 2 else float("nan")
        return {"roc_auc": auc, "log_loss": float(log_loss(y, p, labels=[0, 1])),
                "accuracy": float(np.mean(labels == y))}
    p = np.clip(v, EPS, 1.0)
    p = p / p.sum(axis=1, keepdims=True)
    labels = pred.labels if pred.labels is not None else np.argmax(v, axis=1)
    return {"log_loss": float(log_loss(y, p, labels=list(range(k)))), "accuracy": float(np.mean(labels == y))}
