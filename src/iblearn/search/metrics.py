"""Scores for selecting code models: one 'loss' to rank by (lower is better) and readable extras."""

from __future__ import annotations

import numpy as np

EPS = 1e-6


def log_loss(y_idx: np.ndarray, proba: np.ndarray) -> float:
    """Mean negative log-likelihood; ``proba`` is (n,) for binary or (n, k) for multiclass."""
    if proba.ndim == 1:
        p = np.clip(proba, EPS, 1 - EPS)
        return float(-np.mean(y_idx * np.log(p) + (1 - y_idx) * np.log(1 - p)))
    p = np.clip(proba[np.arange(len(y_idx)), y_idx], EPS, 1.0)
    return float(-np.mean(np.log(p)))


def row_losses(task: str, y_idx: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """Per-row loss: negative log-likelihood (classification) or squared error (regression).

    Their mean is the log-loss, or the square of the RMSE; their spread gives the standard error
    the one-standard-error rule (``selection='simplest'``) and the averaging rule need.
    """
    if task == "regression":
        return (np.asarray(y_idx, float) - pred) ** 2
    if pred.ndim == 1:
        p = np.clip(pred, EPS, 1 - EPS)
        return -(y_idx * np.log(p) + (1 - y_idx) * np.log(1 - p))
    return -np.log(np.clip(pred[np.arange(len(y_idx)), y_idx], EPS, 1.0))


def mean_loss(task: str, y_idx: np.ndarray, pred: np.ndarray) -> tuple[float, float]:
    """Mean per-row loss and its standard error (0 for a single row): what selection rules compare."""
    rows = row_losses(task, y_idx, pred)
    return float(rows.mean()), float(rows.std(ddof=1) / np.sqrt(len(rows))) if len(rows) > 1 else 0.0


def divergence(task: str, target: np.ndarray, pred: np.ndarray) -> float:
    """How far ``pred`` is from another model's predictions ``target``: mean KL(target || pred) for
    probabilities (zero only when they agree), mean squared difference for regression."""
    if task == "regression":
        return float(np.mean((np.asarray(target, float) - pred) ** 2))
    p, q = np.clip(target, EPS, 1 - EPS), np.clip(pred, EPS, 1 - EPS)
    if p.ndim == 1:
        return float(np.mean(p * np.log(p / q) + (1 - p) * np.log((1 - p) / (1 - q))))
    return float(np.mean(np.sum(p * np.log(p / q), axis=1)))


def roc_auc(y01: np.ndarray, score: np.ndarray) -> float:
    """ROC-AUC by ranks (ties averaged); NaN when only one class is present."""
    pos = y01 == 1
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    from scipy.stats import rankdata

    ranks = rankdata(score)
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def rmse(y: np.ndarray, pred: np.ndarray) -> float:
    return float(np.sqrt(np.mean((np.asarray(y, float) - pred) ** 2)))


def r2(y: np.ndarray, pred: np.ndarray) -> float:
    y = np.asarray(y, float)
    ss = float(np.sum((y - y.mean()) ** 2))
    return float(1 - np.sum((y - pred) ** 2) / ss) if ss > 0 else float("nan")


def scores(task: str, y_idx: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    """All reported metrics; ``loss`` is the one selection ranks by."""
    if task == "regression":
        e = rmse(y_idx, pred)
        return {"loss": e, "rmse": e, "r2": r2(y_idx, pred)}
    ll = log_loss(y_idx, pred)
    out = {"loss": ll, "log_loss": ll}
    if task == "binary":
        out["auc"] = roc_auc(y_idx, pred)
        out["accuracy"] = float(np.mean((pred >= 0.5) == (y_idx == 1)))
    else:
        out["accuracy"] = float(np.mean(np.argmax(pred, axis=1) == y_idx))
    return out


def headline(task: str) -> str:
    """The metric people read: AUC for binary, accuracy for multiclass, R² for regression."""
    return {"binary": "auc", "multiclass": "accuracy", "regression": "r2"}[task]
