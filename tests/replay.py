"""Replay recorded LLM answers, so unit tests exercise the real pipeline without running a model.

The recordings in ``tests/fixtures/recorded/*.json`` were made by ``tests/record_answers.py``,
which runs each scenario below against the real embedded model and stores every request
(messages + generation parameters) with the model's answer. Entries whose ``source`` is
``"hand-written"`` were injected by the recorder on purpose (a broken first answer, so the real
model's *repair* can be recorded); everything else is what the model really said.

:class:`ReplayBackend` implements the :class:`iblearn.llm.base.Backend` protocol. It reports the
recorded back-end's name and capabilities (grammar support, prefill, context window, prompt
budget), so the search issues exactly the requests it issued while recording. A request is
answered by its exact match; when prompts have changed since recording (another module edited),
a non-strict replay serves the next unused recorded answer instead and counts a miss, and
``strict=True`` raises so a test can insist on an exact replay.

Scenarios are shared by the recorder and the tests so both make identical requests.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from iblearn.errors import LLMResponseError
from iblearn.llm.base import LLM, Completion, GenerationParams, Message

RECORDED = Path(__file__).parent / "fixtures" / "recorded"
# Back-end attributes that change what the search asks for; copied from the recording.
CAPABILITIES = ("name", "model", "max_concurrency", "supports_prefill", "context_window", "prompt_budget")


def request_key(messages: Sequence[Message], params: GenerationParams | dict[str, Any]) -> str:
    p = asdict(params) if isinstance(params, GenerationParams) else dict(params)
    p["stop"] = list(p.get("stop") or ())
    payload = {"messages": [{"role": m["role"], "content": m["content"]} for m in messages], "params": p}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _kind(messages: Sequence[Message], params: dict[str, Any]) -> tuple:
    """What a request is for, roughly: a first ask, a constrained ask, a repair, an explanation."""
    return tuple(m["role"] for m in messages), params.get("grammar") is None


@dataclass
class Recording:
    """One scenario's calls, in the order they were made."""

    scenario: str
    backend: dict[str, Any]
    calls: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, name_or_path: str | Path) -> "Recording":
        path = Path(name_or_path)
        if not path.suffix:
            path = RECORDED / f"{name_or_path}.json"
        d = json.loads(path.read_text(encoding="utf-8"))
        return cls(d["scenario"], d["backend"], d["calls"], d.get("meta", {}))

    def save(self, path: Path | None = None) -> Path:
        path = path or RECORDED / f"{self.scenario}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"scenario": self.scenario, "backend": self.backend, "meta": self.meta, "calls": self.calls}
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return path

    def answers(self, source: str | None = "model") -> list[str]:
        return [c["completion"]["text"] for c in self.calls if source is None or c.get("source") == source]


class ReplayBackend:
    """Answers requests from one or more recordings; records every request it receives in ``seen``."""

    def __init__(self, *recordings: Recording | str, strict: bool = False):
        recs = [r if isinstance(r, Recording) else Recording.load(r) for r in recordings]
        if not recs:
            raise ValueError("ReplayBackend needs at least one recording")
        caps = recs[0].backend
        self.name: str = caps.get("name", "replay")
        self.model: str = caps.get("model", "replay")
        self.max_concurrency: int = 1  # replays in order, so answers don't depend on thread timing
        for attr in ("supports_prefill", "context_window", "prompt_budget"):
            if attr in caps:
                setattr(self, attr, caps[attr])
        self.strict = strict
        self.entries = [c for r in recs for c in r.calls]
        self._by_key: dict[str, list[int]] = {}
        for i, c in enumerate(self.entries):
            self._by_key.setdefault(c["key"], []).append(i)
        self._used: set[int] = set()
        self._served: dict[str, int] = {}
        self._next = 0
        self.seen: list[dict[str, Any]] = []  # every request, in order: messages, params, hit
        self.misses = 0
        self._lock = threading.Lock()

    def complete(self, messages: Sequence[Message], params: GenerationParams) -> Completion:
        key = request_key(messages, params)
        with self._lock:
            hits = self._by_key.get(key, [])
            idx = next((i for i in hits if i not in self._used), hits[0] if hits else None)
            hit = idx is not None
            if key in self._served:  # a repeated request gets the answer it got before, as from a cache
                idx = self._served[key]
            elif not hit:
                if self.strict:
                    raise LLMResponseError(
                        "replay miss: this request was not recorded (prompts changed?); "
                        "re-record with: PYTHONPATH=src python tests/record_answers.py"
                    )
                self.misses += 1
                unused = [i for i in range(len(self.entries)) if i not in self._used]
                # prefer a recorded request of the same kind (roles, grammar or not, answer length)
                same = [i for i in unused if _kind(self.entries[i]["messages"], self.entries[i]["params"])
                        == _kind(messages, asdict(params))]
                idx = (same or unused or [self._next % len(self.entries)])[0]
                self._next += 1
            self._used.add(idx)
            self._served[key] = idx
            rec = self.entries[idx]["completion"]
            self.seen.append({"messages": [dict(m) for m in messages], "params": asdict(params), "hit": hit,
                              "finish_reason": rec.get("finish_reason")})
        return Completion.from_json({**rec, "cached": False})


class RecordingBackend:
    """Wraps a real back-end and keeps every request and answer (used by ``record_answers.py``).

    ``inject`` maps a call index to a hand-written answer returned instead of asking the model;
    such entries are stored with ``source: "hand-written"``.
    """

    def __init__(self, inner: Any, inject: dict[int, str] | None = None):
        self.inner = inner
        for attr in CAPABILITIES:
            if hasattr(inner, attr):
                setattr(self, attr, getattr(inner, attr))
        self.inject = dict(inject or {})
        self.calls: list[dict[str, Any]] = []

    def capabilities(self) -> dict[str, Any]:
        return {a: getattr(self.inner, a) for a in CAPABILITIES if hasattr(self.inner, a)}

    def complete(self, messages: Sequence[Message], params: GenerationParams) -> Completion:
        i = len(self.calls)
        if i in self.inject:
            c = Completion(self.inject[i], self.model, self.name, finish_reason="stop")
            source = "hand-written"
        else:
            c = self.inner.complete(messages, params)
            source = "model"
        self.calls.append({
            "key": request_key(messages, params),
            "source": source,
            "messages": [dict(m) for m in messages],
            "params": {**asdict(params), "stop": list(params.stop)},
            "completion": {**c.to_json(), "cached": False},
        })
        return c


def replay_llm(*scenarios: str, strict: bool = False, cache: Any = None) -> LLM:
    """An :class:`LLM` that answers from the named recordings (no response cache unless given)."""
    return LLM(ReplayBackend(*scenarios, strict=strict), cache)


def have_recording(*scenarios: str) -> bool:
    return all((RECORDED / f"{s}.json").is_file() for s in scenarios)


# --------------------------------------------------------------------------- scenarios
# The data and estimator settings of every recorded scenario. Tests and the recorder both use
# these, so the requests match. Keep them small: each recorded call costs 10-60 s on 2 cores.


def moons(n: int = 40):
    import pandas as pd
    from sklearn.datasets import make_moons

    X, y = make_moons(n_samples=n, noise=0.1, random_state=0)
    return pd.DataFrame(X.round(3), columns=["x1", "x2"]), y


def iris(n: int = 45):
    from sklearn.datasets import load_iris
    from sklearn.model_selection import train_test_split

    d = load_iris(as_frame=True)
    X, _, y, _ = train_test_split(d.data, d.target, train_size=n, stratify=d.target, random_state=0)
    names = np.asarray(d.target_names)
    return X.reset_index(drop=True), names[y.to_numpy()]


def diabetes(n: int = 50):
    from sklearn.datasets import load_diabetes

    d = load_diabetes(as_frame=True)
    X = d.data[["bmi", "bp", "s5"]].iloc[:n].round(4).reset_index(drop=True)
    return X, d.target.iloc[:n].to_numpy()


def pseudo(n: int = 40):
    import pandas as pd
    from sklearn.datasets import make_classification

    X, y = make_classification(n_samples=n, n_features=4, random_state=3655)
    return pd.DataFrame(X.round(2), columns=list("abcd")), y


@dataclass(frozen=True)
class Scenario:
    data: Callable[[], Any]
    estimator: str  # "classifier" | "regressor"
    params: dict[str, Any]
    inject: dict[int, str] = field(default_factory=dict)
    cv: int = 0  # >0: cross_val_score with this many folds instead of one fit
    explain: bool = False  # also call explain() on the fitted model

    def make(self, llm: Any) -> Any:
        from iblearn import IBLClassifier, IBLRegressor

        cls = IBLClassifier if self.estimator == "classifier" else IBLRegressor
        return cls(llm=llm, cache=False, **self.params)


# A broken first answer, hand-written (NOT from the model), so that the real model's repair of
# it gets recorded: it returns one number instead of one per row.
BROKEN_SCALAR = """```python
import numpy as np

def predict(a, b, c, d):
    return 0.5
```"""

SCENARIOS: dict[str, Scenario] = {
    "moons_default": Scenario(moons, "classifier", dict(max_calls=4), explain=True),
    "iris_default": Scenario(iris, "classifier", dict(max_calls=4)),
    "diabetes_default": Scenario(diabetes, "regressor", dict(max_calls=4)),
    "moons_bagging": Scenario(moons, "classifier", dict(strategy="bagging", max_calls=4)),
    "pseudo_oneshot": Scenario(pseudo, "classifier", dict(strategy="oneshot", max_repairs=2)),
    "pseudo_repair": Scenario(pseudo, "classifier", dict(strategy="best_of_n", max_calls=2, max_repairs=1),
                              inject={0: BROKEN_SCALAR}),
}


def run_scenario(name: str, llm: Any) -> Any:
    """Run a scenario with ``llm``; returns the fitted estimator (or the cv scores)."""
    sc = SCENARIOS[name]
    X, y = sc.data()
    est = sc.make(llm)
    if sc.cv:
        from sklearn.model_selection import StratifiedKFold, cross_val_score

        return cross_val_score(est, X, y, cv=StratifiedKFold(sc.cv, shuffle=True, random_state=0),
                               error_score="raise")
    est.fit(X, y)
    if sc.explain:
        est.explanation_ = est.explain()
    return est
