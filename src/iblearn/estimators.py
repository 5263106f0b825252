"""scikit-learn estimators over the search and the code model.

``fit`` asks an LLM for code models, selects one on held-out rows and keeps it as ``model_``;
``predict`` runs that code in a sandbox worker. The fitted estimator pickles as source code and
rebuilds its worker on demand, so ``clone``, ``pickle`` and ``cross_val_score`` work as usual.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, RegressorMixin
from sklearn.utils.validation import check_is_fitted

from . import __version__
from .codemodel import CodeModel, OutputInvalid, atomic_write
from .data import Schema, check_features, column_inputs, estimate_tokens, fingerprint, infer_schema, read_table
from .errors import DataError
from .llm import LLM, get_llm
from .prompting import build_task_prompt, explain_messages, skeleton
from .search import CHOICE_ONLY_KEYS, Budget, reselect, search


class _IBLBase(BaseEstimator):
    """Parameters shared by the classifier and the regressor (see the class docstrings)."""

    _task_kind = "classification"

    def __init__(
        self,
        llm: str | LLM | None = None,
        strategy: str = "default",
        selection: str = "crossval_distilled_in_range",
        prune: bool = True,
        max_calls: int | None = None,
        max_tokens: int | None = None,
        max_seconds: float | None = None,
        validation_fraction: float = 0.3,
        max_rows: int = 100,
        max_repairs: int = 2,
        random_state: int = 0,
        cache: bool | str = True,
        progress: bool = False,
        verbose: bool = False,
    ):
        self.llm = llm
        self.strategy = strategy
        self.selection = selection
        self.prune = prune
        self.max_calls = max_calls
        self.max_tokens = max_tokens
        self.max_seconds = max_seconds
        self.validation_fraction = validation_fraction
        self.max_rows = max_rows
        self.max_repairs = max_repairs
        self.random_state = random_state
        self.cache = cache
        self.progress = progress
        self.verbose = verbose

    # -- fitting ------------------------------------------------------------------------------
    def _encode_target(self, y: np.ndarray) -> tuple[str, np.ndarray, list[Any]]:
        raise NotImplementedError

    def _training_rows(self, X: Any, y: Any) -> tuple[Any, Schema, dict[str, np.ndarray], np.ndarray, np.ndarray]:
        """Checked training rows: table, schema, column inputs, encoded and raw target (fit and reselect)."""
        df = check_features(read_table(X))
        y_arr = _as_1d(y)
        if len(y_arr) != len(df):
            raise DataError(f"X has {len(df)} rows but y has {len(y_arr)}; they must match")
        if len(df) < 2:
            raise DataError(f"fit needs at least 2 rows, got {len(df)}")
        task, y_enc, classes = self._encode_target(y_arr)
        target = str(getattr(y, "name", None) or "y")
        schema = infer_schema(df, task, target=target, classes=classes)  # type: ignore[arg-type]
        return df, schema, column_inputs(df, schema), y_enc, y_arr

    def fit(self, X: Any, y: Any) -> "_IBLBase":
        """Ask the LLM for code models of ``y`` given ``X`` and keep the best on validation rows."""
        df, schema, inputs, y_enc, y_arr = self._training_rows(X, y)
        llm = get_llm(self.llm, cache=self.cache)
        check_prompt_fits(llm, schema, inputs, y_arr)
        budget = Budget(self.max_calls or (1 + self.max_repairs if self.strategy == "oneshot" else 16),
                        self.max_tokens, self.max_seconds)
        result = search(llm, schema, inputs, y_enc, y_arr, strategy=self.strategy, selection=self.selection,
                        budget=budget, validation_fraction=self.validation_fraction, seed=self.random_state,
                        max_rows=self.max_rows, max_repairs=self.max_repairs, progress=self.progress,
                        verbose=self.verbose, prune=self.prune)
        model = result.model
        model.provenance.update(
            iblearn_version=__version__,
            llm=llm.spec,
            data_fingerprint=fingerprint(inputs, y_arr)[:16],
            metric="validation rows held out from prompts and fitting",
            llm_calls=result.usage.calls,
            prompt_tokens=result.usage.prompt_tokens,
            completion_tokens=result.usage.completion_tokens,
            fit_seconds=round(result.seconds, 2),
            created=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        )
        model.provenance["split"] = result.split
        self.model_ = model
        self.search_log_ = result.log
        self.usage_ = result.usage
        self.split_ = result.split
        self.n_features_in_ = df.shape[1]
        if _has_string_columns(X):
            self.feature_names_in_ = np.asarray([str(c) for c in df.columns], dtype=object)
        elif hasattr(self, "feature_names_in_"):
            del self.feature_names_in_
        return self

    def reselect(self, X: Any, y: Any, *, selection: str | None = None, candidate: int | None = None) -> "_IBLBase":
        """Choose the final model again from ``search_log_``, without a single LLM call.

        ``X`` and ``y`` must be the rows given to ``fit`` (the logged parameters were fitted on their
        fit rows and the logged scores come from their validation rows; a fingerprint checks it).
        ``selection`` applies another rule (``"crossval_distilled_in_range"``, ``"crossval_distilled"``,
        ``"crossval"``, ``"simplest"``, ``"best"``, ``"average"``, ``"distilled"``, ``"faithful"`` or
        ``"crossval_1se"``);
        ``candidate`` keeps that candidate of the log instead, refitted on all rows like any winner. The LLM usage and the
        search log stay those of the fit; the provenance records the new choice.
        """
        check_is_fitted(self, "model_")
        _, schema, inputs, y_enc, y_arr = self._training_rows(X, y)
        if fingerprint(inputs, y_arr)[:16] != self.model_.provenance.get("data_fingerprint"):
            raise DataError("reselect needs the rows fit() was given: X and y differ from them, and the logged "
                            "parameters and validation scores belong to those rows")
        split = getattr(self, "split_", {})
        result = reselect(schema, inputs, y_enc, y_arr, self.search_log_, strategy=self.strategy,
                          selection=selection or self.selection, candidate=candidate,
                          validation_fraction=split.get("validation_fraction", self.validation_fraction),
                          seed=split.get("seed", self.random_state), prune=self.prune)
        model = result.model
        # the fit's provenance, without what only the last choice wrote
        kept = {k: v for k, v in self.model_.provenance.items() if k not in CHOICE_ONLY_KEYS}
        model.provenance = {**kept, **model.provenance, "split": result.split,
                            "reselected": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")}
        self.model_.close()
        self.model_ = model
        return self

    # -- predicting ---------------------------------------------------------------------------
    def _inputs(self, X: Any) -> dict[str, np.ndarray]:
        check_is_fitted(self, "model_")
        df = read_table(X)
        schema = self.model_.schema
        if not _has_string_columns(X):
            if df.shape[1] != self.n_features_in_:
                raise DataError(f"X has {df.shape[1]} columns; the model was fitted on {self.n_features_in_}")
            df = df.set_axis(schema.names, axis=1)  # a new frame: the caller's is never renamed
        elif getattr(self, "feature_names_in_", None) is None and df.shape[1] == self.n_features_in_:
            df = df.set_axis(schema.names, axis=1)
        if len(df) == 0:
            raise DataError("X has no rows")
        return column_inputs(df, schema)

    @property
    def code_(self) -> str:
        """The code model's source, as it runs."""
        check_is_fitted(self, "model_")
        return self.model_.source

    def __str__(self) -> str:
        if not hasattr(self, "model_"):
            return repr(self)
        return self.model_.readable()

    def explain(self, max_sentences: int = 6) -> str:
        """A plain-language account of what the code does, written by the LLM (the reference's ``interpret``)."""
        check_is_fitted(self, "model_")
        llm = get_llm(self.llm, cache=self.cache)
        msgs = explain_messages(self.model_.source, self.model_.schema, max_sentences)
        return llm.complete(msgs, max_tokens=400, tag="explain").text.strip()

    def save(self, path: str | Path) -> Path:
        """Write the standalone ``.py`` artifact and, beside it, the search log as JSON."""
        check_is_fitted(self, "model_")
        path = Path(path)
        self.model_.save(path)
        log = {"provenance": self.model_.provenance, "candidates": [c.to_json() for c in self.search_log_]}
        atomic_write(path.with_suffix(".search.json"), json.dumps(log, indent=1, default=str))
        return path

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        if isinstance(state.get("llm"), LLM):
            state["llm"] = state["llm"].spec  # a model in memory does not pickle; its spec does
        return state

    def __del__(self) -> None:
        model = self.__dict__.get("model_")
        if model is not None:
            try:
                model.close()
            except Exception:
                pass


class IBLClassifier(ClassifierMixin, _IBLBase):
    """Binary or multiclass classifier whose model is a small Python function written by an LLM.

    Parameters
    ----------
    llm : back-end spec such as ``"local"`` (default, or ``$IBLEARN_LLM``), ``"openai:gpt-4o"``,
        ``"ollama:qwen2.5-coder:7b"``; or an :class:`iblearn.llm.LLM`.
    strategy : ``"default"``, ``"oneshot"``, ``"best_of_n"``, ``"fit_params"``, ``"refine"`` or ``"bagging"``.
    selection : ``"crossval_distilled_in_range"`` (default): ``"crossval_distilled"`` with every candidate
        cross-validated and taught with its inputs held to the range of the rows it was fitted on, as its
        artifact runs; ``"crossval_distilled"``: ``"crossval"``'s lead, its parameters fitted to the
        ``"average"`` instead of the labels (one short function taught by all candidates); ``"crossval"``:
        the lowest 5-fold cross-validated loss over all training rows, each candidate's parameters
        refitted on four folds and scored on the fifth; ``"simplest"``: of the
        candidates whose validation loss is within one standard error of the lowest, the one with fewest
        parameters; ``"best"``: the lowest validation loss itself;
        ``"average"``: the average of every distinct candidate that beats the training prior on validation
        (more accurate on development data; the artifact has up to 16 members and scores that much slower);
        ``"distilled"``: the simplest pick's code with its parameters fitted to that average instead of the labels;
        ``"faithful"``: each candidate within one standard error fitted to that average, keeping the one that
        reproduces it most closely on jittered training rows it was not fitted to; ``"crossval_1se"``
        (tested against the default on development seeds and not adopted): the fewest parameters within
        one standard error of the lowest cross-validated loss.
    prune : take redundant additive terms (``s = s + E``) out of the final model where refitting the rest
        moves no prediction on the training rows (and jittered copies) by more than 0.02 (default True;
        the provenance lists what was removed under ``pruned``).
    max_calls, max_tokens, max_seconds : budget per fit (LLM calls default to 16; 3 for oneshot).
    validation_fraction : share of training rows held out from prompts and fitting, for selection.
    max_rows : at most this many rows are shown to the LLM (a stratified sample beyond it).
    max_repairs : how often a broken answer is sent back with its error.
    random_state : seed for splits, samples and LLM sampling; with the cache on, fits repeat exactly.
    cache : ``True`` (default cache file), ``False``, or a path to a cache file.
    """

    def _encode_target(self, y: np.ndarray) -> tuple[str, np.ndarray, list[Any]]:
        if _isnan(y).any():
            raise DataError(f"y has {int(_isnan(y).sum())} missing values; drop those rows or fill them")
        if _n_infinite(y):
            raise DataError(f"y has {_n_infinite(y)} infinite values; a class label must be a finite value")
        if y.dtype.kind == "f" and not np.all(np.mod(y, 1) == 0):
            raise DataError(f"y holds {len(np.unique(y))} distinct non-integer numbers, which is a regression "
                            "target, not class labels; use IBLRegressor")
        classes, y_idx = np.unique(y, return_inverse=True)
        if len(classes) < 2:
            raise DataError(f"y has only one class ({_jsonable(classes[0])!r}); a classifier needs at least two")
        self.classes_ = classes
        return ("binary" if len(classes) == 2 else "multiclass"), y_idx, [c.item() if hasattr(c, "item") else c for c in classes]

    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities, shape (rows, classes), columns in the order of ``classes_``."""
        inputs = self._inputs(X)  # checks that the estimator is fitted before model_ is read
        values = predict_values(self.model_, inputs)
        if values.ndim == 1:
            return np.column_stack([1 - values, values])
        return values

    def predict(self, X: Any) -> np.ndarray:
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]


class IBLRegressor(RegressorMixin, _IBLBase):
    """Regressor whose model is a small Python function written by an LLM (parameters as in IBLClassifier)."""

    def _encode_target(self, y: np.ndarray) -> tuple[str, np.ndarray, list[Any]]:
        try:
            yf = np.asarray(y, dtype=float)
        except (TypeError, ValueError) as exc:
            raise DataError(f"y must be numeric for regression: {exc}") from exc
        if not np.isfinite(yf).all():
            raise DataError(f"y has {int((~np.isfinite(yf)).sum())} missing or infinite values; drop or fill them")
        if np.ptp(yf) == 0:
            raise DataError("y is constant; there is nothing to learn")
        return "regression", yf, []

    def predict(self, X: Any) -> np.ndarray:
        inputs = self._inputs(X)  # checks that the estimator is fitted before model_ is read
        return predict_values(self.model_, inputs)


def load_fitted(path: str | Path, **params: Any) -> "IBLClassifier | IBLRegressor":
    """A fitted estimator around a model :meth:`~_IBLBase.save` wrote and the search log beside it.

    It predicts, saves and chooses again with :meth:`~_IBLBase.reselect` (given the rows it was
    fitted on) like the estimator that made it; none of these asks an LLM. ``params`` are estimator parameters to set,
    e.g. ``random_state`` for a model saved before its validation split was recorded, which is then
    the estimator's default split with that seed.
    """
    from .codemodel import load
    from .search import SELECTIONS
    from .search.base import Candidate

    path = Path(path)
    log_path = path.with_suffix(".search.json")
    if not log_path.is_file():
        raise DataError(f"{log_path} not found: the search log is saved beside the model by save() and `iblearn fit`")
    saved = json.loads(log_path.read_text(encoding="utf-8"))
    model = load(path)
    prov = model.provenance
    cls = IBLRegressor if model.schema.task == "regression" else IBLClassifier
    est = cls(strategy=prov.get("strategy", "default"),
              # a model whose provenance names no rule was saved before there was a choice: "simplest"
              selection=prov["selection"] if prov.get("selection") in SELECTIONS else "simplest")
    est.set_params(**params)
    est.model_, est.search_log_ = model, [Candidate(**c) for c in saved["candidates"]]
    est.split_ = dict(prov.get("split") or {})
    names = [c.name for c in model.schema.columns]
    est.n_features_in_, est.feature_names_in_ = len(names), np.asarray(names, dtype=object)
    if isinstance(est, IBLClassifier):
        est.classes_ = np.asarray(model.schema.classes)
    return est


def check_prompt_fits(llm: LLM, schema: Schema, inputs: dict[str, np.ndarray], y: np.ndarray) -> None:
    """Refuse, before any LLM call, a table whose smallest prompt cannot fit the model's context window.

    Rows never cause this (the prompt shows a sample that shrinks to fit); very many columns can,
    because every column is described and named in the code outline. Back-ends that do not report
    a window (remote servers) are left to answer for themselves.
    """
    window = llm.context_window
    if not window:
        return
    prompt = build_task_prompt(schema, inputs, y, max_rows=8, token_budget=0)
    need = sum(estimate_tokens(m["content"]) for m in prompt.messages)
    need += estimate_tokens(skeleton(schema, params=True))  # the answer copies the outline
    if need > window:
        raise DataError(
            f"the table has {len(schema.columns)} columns; describing them takes about {need:,} tokens even with "
            f"8 rows, more than the {window:,}-token context window of {llm.spec}. Select fewer columns "
            "(for example the most relevant 50) or use a back-end with a larger context window"
        )


def predict_values(model: CodeModel, inputs: dict[str, np.ndarray]) -> np.ndarray:
    """The model's predictions; NaN output on rows with missing inputs is reported as a data problem.

    The code model decides what a missing value means; when it has no answer for one, the user
    should learn which columns to fill, not read advice written for the LLM.
    """
    try:
        return model.predict_values(inputs)
    except OutputInvalid as exc:
        gaps = [c.name for c in model.schema.columns
                if c.kind == "numeric" and np.isnan(inputs[c.ident]).any()]
        if not gaps or "NaN or infinite" not in exc.reason:
            raise
        raise DataError(f"the code model returned NaN for some rows; those rows have missing values (NaN) in "
                        f"{gaps}, which the code does not handle; fill them (e.g. with the training mean)") from exc


def _jsonable(v: Any) -> Any:
    return v.item() if isinstance(v, np.generic) else v


def _n_infinite(y: np.ndarray) -> int:
    if y.dtype.kind in "fc":
        return int(np.isinf(y).sum())
    if y.dtype == object:
        return sum(isinstance(v, (float, np.floating)) and np.isinf(v) for v in y)
    return 0


def _as_1d(y: Any) -> np.ndarray:
    if hasattr(y, "to_numpy"):
        y = y.to_numpy()
    arr = np.asarray(y)
    if arr.ndim == 2 and arr.shape[1] == 1:
        arr = arr[:, 0]
    if arr.ndim != 1:
        raise DataError(f"y must be one column, got shape {arr.shape}")
    if arr.dtype == object:
        return arr
    return arr


def _isnan(y: np.ndarray) -> np.ndarray:
    import pandas as pd

    return np.asarray(pd.isna(y), dtype=bool)


def _has_string_columns(X: Any) -> bool:
    cols = getattr(X, "columns", None)
    if cols is None or isinstance(X, (str, Path)):
        return isinstance(X, (str, Path))
    return all(isinstance(c, str) for c in cols)


__all__ = ["IBLClassifier", "IBLRegressor", "Schema", "CodeModel"]
