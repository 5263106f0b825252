"""scikit-learn baselines, fitted once per grid cell on exactly the rows iblearn gets.

Each is a pipeline: missing numbers imputed (median) and standardised, text columns one-hot
encoded, then the model with scikit-learn defaults (LogisticRegression with ``max_iter=1000``).
Tiny training sets are handled rather than skipped: KNN uses ``min(5, n)`` neighbours.
SVC's ROC-AUC comes from its decision function, its log-loss from Platt probabilities.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .metrics import Prediction

CLASSIFIERS = ("LogisticRegression", "KNeighbors", "SVC(linear)", "RandomForest", "HistGradientBoosting")
REGRESSORS = ("Ridge", "KNeighbors", "SVR(linear)", "RandomForest", "HistGradientBoosting")
# short names accepted on the command line; each maps to the classifier and the regressor it means
ALIASES = {
    "lr": ("LogisticRegression", "Ridge"), "logisticregression": ("LogisticRegression", "Ridge"),
    "ridge": ("LogisticRegression", "Ridge"), "linear": ("LogisticRegression", "Ridge"),
    "knn": ("KNeighbors", "KNeighbors"), "kneighbors": ("KNeighbors", "KNeighbors"),
    "svc": ("SVC(linear)", "SVR(linear)"), "svm": ("SVC(linear)", "SVR(linear)"), "svr": ("SVC(linear)", "SVR(linear)"),
    "rf": ("RandomForest", "RandomForest"), "randomforest": ("RandomForest", "RandomForest"),
    "hgb": ("HistGradientBoosting", "HistGradientBoosting"),
    "histgradientboosting": ("HistGradientBoosting", "HistGradientBoosting"),
}


def names(task: str, wanted: list[str] | None = None) -> list[str]:
    """Baseline names for a task, optionally restricted to ``wanted`` (aliases such as lr, knn, svc)."""
    full = REGRESSORS if task == "regression" else CLASSIFIERS
    if wanted is None:
        return list(full)
    col = 1 if task == "regression" else 0
    out = []
    for w in wanted:
        key = w.strip().lower().replace("(linear)", "")
        if key not in ALIASES:
            raise KeyError(f"unknown baseline {w!r}; choose from {', '.join(sorted(set(ALIASES)))}")
        name = ALIASES[key][col]
        if name not in out:
            out.append(name)
    return [n for n in full if n in out]


def _preprocessor(X: Any) -> Any:
    from sklearn.compose import ColumnTransformer
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    numeric = [c for c in X.columns if X[c].dtype.kind in "biuf"]
    text = [c for c in X.columns if c not in numeric]
    parts = [("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric)]
    if text:
        parts.append(("txt", make_pipeline(SimpleImputer(strategy="most_frequent"),
                                           OneHotEncoder(handle_unknown="ignore")), text))
    return ColumnTransformer(parts)


def make(name: str, task: str, n_train: int, seed: int, X: Any) -> Any:
    """An unfitted pipeline for baseline ``name``."""
    from sklearn import ensemble, linear_model, neighbors, svm
    from sklearn.compose import TransformedTargetRegressor
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    k = min(5, n_train)
    if task == "regression":
        model = {
            "Ridge": lambda: linear_model.Ridge(),
            "KNeighbors": lambda: neighbors.KNeighborsRegressor(n_neighbors=k),
            # SVR's epsilon and C assume a target on the unit scale
            "SVR(linear)": lambda: TransformedTargetRegressor(svm.SVR(kernel="linear"), transformer=StandardScaler()),
            "RandomForest": lambda: ensemble.RandomForestRegressor(random_state=seed),
            "HistGradientBoosting": lambda: ensemble.HistGradientBoostingRegressor(random_state=seed),
        }[name]()
    else:
        model = {
            "LogisticRegression": lambda: linear_model.LogisticRegression(max_iter=1000),
            "KNeighbors": lambda: neighbors.KNeighborsClassifier(n_neighbors=k),
            "SVC(linear)": lambda: svm.SVC(kernel="linear", probability=True, random_state=seed),
            "RandomForest": lambda: ensemble.RandomForestClassifier(random_state=seed),
            "HistGradientBoosting": lambda: ensemble.HistGradientBoostingClassifier(random_state=seed),
        }[name]()
    return make_pipeline(_preprocessor(X), model)


def predict(est: Any, task: str, X: Any) -> Prediction:
    """The fitted pipeline's prediction in the bench's format (class indices are the pipeline's classes)."""
    if task == "regression":
        return Prediction(np.asarray(est.predict(X), dtype=float))
    proba = est.predict_proba(X)
    labels = np.asarray(est.predict(X)).astype(int)
    if task == "binary":
        # SVC's Platt probabilities come from an internal cross-validation and can disagree with its
        # own ordering of rows; rank by the decision function (for LR and HGB it orders as predict_proba)
        rank = est.decision_function(X) if hasattr(est[-1], "decision_function") else None
        return Prediction(proba[:, 1], rank, labels)
    return Prediction(proba, None, labels)
