"""The one interface every language model sits behind.

A back-end turns chat messages into a :class:`Completion` (text, tokens, latency). :class:`LLM`
wraps a back-end with the response cache and a usage ledger, so the rest of iblearn never
cares which provider answered or whether the answer came from disk.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Iterable, Literal, Protocol, Sequence

Message = dict[str, str]  # {"role": "system"|"user"|"assistant", "content": "..."}
CacheMode = Literal["use", "refresh", "off"]


@dataclass(frozen=True)
class GenerationParams:
    """Sampling settings; back-ends ignore what they cannot honour (and say so in their docs)."""

    temperature: float = 0.0
    seed: int | None = None
    max_tokens: int = 768
    stop: tuple[str, ...] = ()
    grammar: str | None = None  # GBNF, honoured by the local back-end only


@dataclass
class Completion:
    """One answer and what it cost."""

    text: str
    model: str
    backend: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0
    finish_reason: str | None = None
    cached: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Completion":
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


class Backend(Protocol):
    """What a provider must offer. ``complete`` raises only :class:`iblearn.errors.LLMError`."""

    name: str  # provider name used in specs and cache keys: "local", "openai", ...
    model: str
    max_concurrency: int  # 1 for in-process models; >1 lets remote calls overlap

    def complete(self, messages: Sequence[Message], params: GenerationParams) -> Completion: ...


@dataclass
class CallRecord:
    """One entry in the usage ledger."""

    backend: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    latency_s: float
    cached: bool
    tag: str = ""


@dataclass
class Usage:
    """Summed cost of a set of calls."""

    calls: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    @classmethod
    def of(cls, records: Iterable[CallRecord]) -> "Usage":
        u = cls()
        for r in records:
            u.calls += 1
            u.cached_calls += int(r.cached)
            u.prompt_tokens += r.prompt_tokens
            u.completion_tokens += r.completion_tokens
            u.latency_s += r.latency_s
        return u

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "total_tokens": self.total_tokens}


@dataclass
class Ledger:
    """Append-only record of calls; ``mark()``/``since(mark)`` sums the calls of one fit."""

    records: list[CallRecord] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, record: CallRecord) -> None:
        with self._lock:
            self.records.append(record)

    def mark(self) -> int:
        return len(self.records)

    def since(self, mark: int = 0) -> Usage:
        with self._lock:
            return Usage.of(self.records[mark:])

    def __getstate__(self) -> dict[str, Any]:
        return {"records": list(self.records)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.records = state["records"]
        self._lock = threading.Lock()


class LLM:
    """A back-end plus cache plus ledger: the object the rest of iblearn talks to."""

    def __init__(self, backend: Backend, cache: Any | None = None, ledger: Ledger | None = None):
        self.backend = backend
        self.cache = cache  # an iblearn.llm.cache.ResponseCache, or None for no caching
        self.ledger = ledger if ledger is not None else Ledger()
        self.spec = f"{backend.name}:{backend.model}"

    def __repr__(self) -> str:
        return f"LLM({self.spec!r})"

    def __deepcopy__(self, memo: dict[int, Any]) -> "LLM":
        return self  # a shared resource (a loaded model, a connection pool): clone() must not copy it

    @property
    def max_concurrency(self) -> int:
        return max(1, int(getattr(self.backend, "max_concurrency", 1)))

    @property
    def context_window(self) -> int | None:
        return getattr(self.backend, "context_window", None)

    def complete(
        self,
        messages: Sequence[Message],
        *,
        temperature: float = 0.0,
        seed: int | None = None,
        max_tokens: int = 768,
        stop: Sequence[str] = (),
        grammar: str | None = None,
        sample: int = 0,
        cache: CacheMode = "use",
        tag: str = "",
    ) -> Completion:
        """Answer ``messages``; ``sample`` tells apart repeated draws with identical settings."""
        params = GenerationParams(temperature, seed, max_tokens, tuple(stop), grammar)
        key = None
        if self.cache is not None and cache != "off":
            key = self.cache.key(self.backend.name, self.backend.model, messages, params, sample)
            if cache == "use":
                t0 = time.perf_counter()
                hit = self.cache.get(key)
                if hit is not None:
                    hit = replace(hit, cached=True, latency_s=time.perf_counter() - t0)
                    self._record(hit, tag)
                    return hit
        completion = self.backend.complete(list(messages), params)
        if key is not None and completion.text.strip() and completion.finish_reason != "length":
            self.cache.put(key, completion)
        self._record(completion, tag)
        return completion

    def complete_many(
        self,
        requests: Sequence[dict[str, Any]],
        *,
        concurrency: int | None = None,
    ) -> list[Completion | BaseException]:
        """Run ``complete(**request)`` for each request, at most ``concurrency`` at a time.

        Results come back in request order; a failed request yields its exception instead of
        aborting the others. The local back-end serialises (its concurrency is 1).
        """
        limit = max(1, min(concurrency or self.max_concurrency, self.max_concurrency))
        return run_concurrently([lambda r=r: self.complete(**r) for r in requests], limit)

    def _record(self, c: Completion, tag: str) -> None:
        self.ledger.add(
            CallRecord(c.backend, c.model, c.prompt_tokens, c.completion_tokens, c.latency_s, c.cached, tag)
        )


def run_concurrently(thunks: Sequence[Any], limit: int) -> list[Any]:
    """Run blocking callables on asyncio worker threads under a semaphore; keep order and errors."""

    async def _main() -> list[Any]:
        sem = asyncio.Semaphore(limit)
        # A pool of our own: asyncio.to_thread's default pool has min(32, cpus + 4) workers,
        # which silently capped the fan-out at 6 on a 2-core machine.
        pool = ThreadPoolExecutor(max_workers=limit, thread_name_prefix="iblearn-llm")
        loop = asyncio.get_running_loop()

        async def one(fn: Any) -> Any:
            async with sem:
                try:
                    return await loop.run_in_executor(pool, fn)
                except BaseException as exc:  # noqa: BLE001 - returned to the caller, not swallowed
                    if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                        raise
                    return exc

        try:
            return await asyncio.gather(*(one(f) for f in thunks))
        finally:
            pool.shutdown(wait=False)

    if limit == 1:
        out: list[Any] = []
        for fn in thunks:
            try:
                out.append(fn())
            except Exception as exc:  # noqa: BLE001
                out.append(exc)
        return out
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_main())
    # Called from inside a running loop (e.g. Jupyter): use a private loop on a helper thread.
    result: list[Any] = []
    t = threading.Thread(target=lambda: result.extend(asyncio.run(_main())))
    t.start()
    t.join()
    return result
