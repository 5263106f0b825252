"""The benchmark's tables and how each grid cell splits them into training rows and a test set.

Synthetic data follows the IBL paper exactly ("pseudo": ``make_classification`` with 4 features
rounded to 2 decimals, columns a-d; "moon": ``make_moons`` with noise 0.05 rounded to 3 decimals,
columns a, b; both 1,000 rows generated with ``random_state=seed``). Real data comes from
scikit-learn's bundled sets, or from a user CSV. For every (dataset, n, seed) the training rows are
drawn with that seed (class-balanced for the synthetic sets as in the paper, stratified for real
classification data, uniform for regression); every other row is the test set, which no method
ever uses for fitting or selection. A fixed subsample of at most 100 test rows is where in-context
learning is scored, and every other method is scored there too for that comparison.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

SYNTHETIC = ("pseudo", "moon")
REAL = ("breast_cancer", "iris", "wine", "diabetes")
ALL = SYNTHETIC + REAL
PAPER_SIZES = (10, 20, 30, 40, 50, 100, 200, 300)


@dataclass
class Dataset:
    """One table: features as a DataFrame, the target as given, and how training rows are drawn."""

    name: str
    task: str  # binary | multiclass | regression
    X: Any  # pandas DataFrame
    y: np.ndarray  # raw labels or values
    target: str
    classes: list[Any]  # sorted labels (classification), [] for regression
    sampling: str  # balanced | stratified | uniform
    source: str  # how it was made, for the results' record

    def __len__(self) -> int:
        return len(self.y)


@dataclass
class Split:
    """One grid cell's rows: training rows, the test set, and the in-context-learning subsample of it."""

    dataset: Dataset
    n: int
    seed: int
    train_idx: np.ndarray
    test_idx: np.ndarray
    sub: np.ndarray  # positions within the test set (not row ids) of the ICL subsample, in random order

    @property
    def X_train(self) -> Any:
        return self.dataset.X.iloc[self.train_idx].reset_index(drop=True)

    @property
    def y_train(self) -> np.ndarray:
        return self.dataset.y[self.train_idx]

    @property
    def X_test(self) -> Any:
        return self.dataset.X.iloc[self.test_idx].reset_index(drop=True)

    @property
    def y_test(self) -> np.ndarray:
        return self.dataset.y[self.test_idx]


def _frame(X: np.ndarray, names: list[str]) -> Any:
    import pandas as pd

    return pd.DataFrame(X, columns=names)


def synthetic(name: str, seed: int, n_samples: int = 1000) -> tuple[Any, np.ndarray]:
    """The paper's generators (also used, with more rows, for the speed check)."""
    from sklearn.datasets import make_classification, make_moons

    if name == "pseudo":
        X, y = make_classification(n_samples=n_samples, n_features=4, random_state=seed)
        return _frame(np.round(X, 2), ["a", "b", "c", "d"]), y
    if name == "moon":
        X, y = make_moons(n_samples=n_samples, noise=0.05, random_state=seed)
        return _frame(np.round(X, 3), ["a", "b"]), y
    raise KeyError(name)


def load(name: str, seed: int = 0, *, csv: str | Path | None = None, target: str | None = None) -> Dataset:
    """A dataset by name ("pseudo", "moon", "breast_cancer", "iris", "wine", "diabetes") or a CSV file."""
    if csv is not None:
        return load_csv(csv, target or "")
    if name in SYNTHETIC:
        X, y = synthetic(name, seed)
        gen = ("make_classification(n_samples=1000, n_features=4, random_state=seed), 2 decimals"
               if name == "pseudo" else "make_moons(n_samples=1000, noise=0.05, random_state=seed), 3 decimals")
        return Dataset(name, "binary", X, y, "y", [0, 1], "balanced", f"sklearn.datasets.{gen}")
    if name in REAL:
        from sklearn import datasets

        bunch = getattr(datasets, f"load_{name}")(as_frame=True)
        X, y = bunch.data.reset_index(drop=True), bunch.target.to_numpy()
        if name == "diabetes":
            return Dataset(name, "regression", X, y.astype(float), "target", [], "uniform",
                           f"sklearn.datasets.load_{name}")
        classes = sorted(np.unique(y).tolist())
        task = "binary" if len(classes) == 2 else "multiclass"
        return Dataset(name, task, X, y, "target", classes, "stratified", f"sklearn.datasets.load_{name}")
    raise KeyError(f"unknown dataset {name!r}; choose from {', '.join(ALL)} or give --data PATH --target COL")


def load_csv(path: str | Path, target: str) -> Dataset:
    """A user table: the task is inferred from the target column as ``iblearn fit`` does."""
    import pandas as pd

    from ..data import infer_task, read_table, split_target
    from ..errors import DataError

    df = read_table(path)
    X, y = split_target(df, target)
    keep = ~np.asarray(pd.isna(y), dtype=bool)
    if not keep.all():
        X, y = X[keep].reset_index(drop=True), y[keep]
    if len(y) < 20:
        raise DataError(f"{path} has {len(y)} labelled rows; the benchmark needs at least 20")
    task = infer_task(y)
    if task == "regression":
        return Dataset(Path(path).stem, task, X, y.astype(float), target, [], "uniform", str(path))
    classes = sorted(np.unique(y).tolist(), key=lambda v: (str(type(v)), v))
    return Dataset(Path(path).stem, task, X, y, target, classes, "stratified", str(path))


def min_test_rows(total: int) -> int:
    """A training size is run only if at least this many rows remain for the test set."""
    return max(30, total // 4)


def feasible(ds: Dataset, n: int) -> bool:
    k = max(1, len(ds.classes))
    return n >= max(2, k) and len(ds) - n >= min_test_rows(len(ds))


def _balanced(y: np.ndarray, classes: list[Any], n: int, rng: np.random.Generator) -> np.ndarray:
    k = len(classes)
    picks = []
    for j, c in enumerate(classes):
        idx = np.flatnonzero(y == c)
        want = n // k + (1 if j < n % k else 0)
        picks.append(rng.choice(idx, size=min(want, len(idx)), replace=False))
    return np.concatenate(picks)


def _stratified(y: np.ndarray, classes: list[Any], n: int, rng: np.random.Generator) -> np.ndarray:
    """Proportional to the class shares (largest remainder), at least one row per class."""
    counts = np.array([(y == c).sum() for c in classes])
    exact = counts / counts.sum() * n
    quota = np.maximum(1, np.floor(exact).astype(int))
    while quota.sum() < n:
        quota[np.argmax(exact - quota)] += 1
    while quota.sum() > n:
        quota[np.argmax(np.where(quota > 1, quota - exact, -np.inf))] -= 1
    return np.concatenate([rng.choice(np.flatnonzero(y == c), size=min(q, cnt), replace=False)
                           for c, q, cnt in zip(classes, quota, counts)])


def split(ds: Dataset, n: int, seed: int, sub_rows: int = 100) -> Split:
    """Training rows for one grid cell (drawn with ``seed``); all other rows are the test set."""
    if not feasible(ds, n):
        raise ValueError(f"{ds.name} has {len(ds)} rows: too few for {n} training rows and a test set")
    rng = np.random.default_rng(seed)
    if ds.sampling == "balanced":
        train = _balanced(ds.y, ds.classes, n, rng)
    elif ds.sampling == "stratified":
        train = _stratified(ds.y, ds.classes, n, rng)
    else:
        train = rng.choice(len(ds), size=n, replace=False)
    train = np.sort(train)
    test = np.setdiff1d(np.arange(len(ds)), train)
    # random order: ICL batches neighbouring rows, and tables sorted by label would hand it same-label batches
    sub = np.random.default_rng(seed + 7_919).choice(len(test), size=min(sub_rows, len(test)), replace=False)
    return Split(ds, n, seed, train, test, sub)


def big_table(ds: Dataset, rows: int, seed: int) -> Any:
    """``rows`` feature rows like the dataset's, for the speed check (generated, or resampled)."""
    if ds.name in SYNTHETIC and ds.source.startswith("sklearn"):
        X, _ = synthetic(ds.name, seed, rows)
        return X
    idx = np.random.default_rng(seed).integers(0, len(ds), size=rows)
    return ds.X.iloc[idx].reset_index(drop=True)
