"""One back-end over several servers of the same model: spread requests, survive losing some.

A user with a fleet (several vLLM, Ollama or llama.cpp servers) names them all in one spec,
``openai:MODEL@http://a:8000/v1,http://b:8000/v1``. Each request goes to the healthy endpoint
with the fewest requests in flight, never more than its own concurrency limit. An endpoint that
cannot be reached, times out or answers 5xx is set aside for ``cooldown`` seconds and the
request is sent to another one; the fit only fails when every endpoint has failed it.

Errors that another server cannot fix (a rejected request, a missing key, a malformed answer)
are raised at once. The answers are assumed interchangeable (same model), so they share one
cache entry: the cache key holds the back-end name and model, never a URL.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import Any

from ..errors import ConfigError, LLMConnectionError, LLMError, LLMRateLimitError, LLMServerError, LLMTimeoutError
from .base import Backend, Completion, GenerationParams, Message


def _server_fault(exc: LLMError) -> bool:
    """Failures that say "this server, now" rather than "this request": another endpoint may succeed.

    Unreachable, timed out, rate-limited, 5xx, or without this model (404). A 400/401/403/422
    would be the same on every server of the fleet, so it is raised at once.
    """
    if isinstance(exc, (LLMConnectionError, LLMTimeoutError, LLMRateLimitError)):
        return True
    if isinstance(exc, LLMServerError):
        status = getattr(exc, "status", None)
        return status is None or status >= 500 or status == 404
    return False


class _Endpoint:
    def __init__(self, backend: Backend, limit: int):
        self.backend = backend
        self.limit = max(1, limit)
        self.in_flight = 0
        self.down_until = 0.0
        self.failures = 0
        self.served = 0
        self.last_error: str | None = None

    @property
    def url(self) -> str:
        return str(getattr(self.backend, "base_url", repr(self.backend)))


class FanOutBackend:
    """Several back-ends serving one model, used as one; see the module docstring."""

    def __init__(self, backends: Sequence[Backend], *, per_endpoint: int | None = None, cooldown: float = 30.0,
                 wait_timeout: float = 600.0):
        if not backends:
            raise ConfigError("a fan-out needs at least one endpoint")
        models = {b.model for b in backends}
        if len(models) != 1:
            raise ConfigError(f"fan-out endpoints must serve the same model, got {sorted(map(str, models))}")
        self.name = backends[0].name
        self.model = backends[0].model
        self.cooldown = float(cooldown)
        self.wait_timeout = float(wait_timeout)
        self.endpoints = [
            _Endpoint(b, per_endpoint or int(getattr(b, "max_concurrency", 1))) for b in backends
        ]
        self.max_concurrency = sum(e.limit for e in self.endpoints)
        windows = [w for w in (getattr(b, "context_window", None) for b in backends) if w]
        self.context_window = min(windows) if windows else None
        self._cond = threading.Condition()

    def __repr__(self) -> str:
        return f"FanOutBackend({self.name}:{self.model} over {', '.join(e.url for e in self.endpoints)})"

    def status(self) -> list[dict[str, Any]]:
        """Per endpoint: requests served, failures, whether it is set aside now, and the last error."""
        now = time.monotonic()
        with self._cond:
            return [{"url": e.url, "served": e.served, "failures": e.failures, "in_flight": e.in_flight,
                     "down": e.down_until > now, "last_error": e.last_error} for e in self.endpoints]

    # -- routing ------------------------------------------------------------------------------
    def _acquire(self, tried: set[int]) -> _Endpoint | None:
        """The least-busy healthy endpoint not yet tried for this request; waits for a free slot.

        Returns None when every endpoint has been tried. Endpoints set aside are used only when
        nothing else is left (a server may have come back), so one restart doesn't fail a fit.
        """
        deadline = time.monotonic() + self.wait_timeout
        with self._cond:
            while True:
                now = time.monotonic()
                left = [i for i in range(len(self.endpoints)) if i not in tried]
                if not left:
                    return None
                healthy = [i for i in left if self.endpoints[i].down_until <= now]
                pool = healthy or left
                free = [i for i in pool if self.endpoints[i].in_flight < self.endpoints[i].limit]
                if free:
                    i = min(free, key=lambda j: (self.endpoints[j].in_flight / self.endpoints[j].limit, j))
                    tried.add(i)
                    self.endpoints[i].in_flight += 1
                    return self.endpoints[i]
                if now >= deadline:
                    raise LLMTimeoutError(f"no free slot on any of {len(self.endpoints)} endpoints within "
                                          f"{self.wait_timeout:g}s")
                self._cond.wait(timeout=min(1.0, deadline - now))

    def _release(self, ep: _Endpoint, error: BaseException | None) -> None:
        with self._cond:
            ep.in_flight -= 1
            if error is None:
                ep.served += 1
                ep.down_until = 0.0
            else:
                ep.failures += 1
                ep.last_error = str(error)
                ep.down_until = time.monotonic() + self.cooldown
            self._cond.notify_all()

    def complete(self, messages: Sequence[Message], params: GenerationParams) -> Completion:
        tried: set[int] = set()
        errors: list[str] = []
        last: LLMError | None = None
        while True:
            ep = self._acquire(tried)
            if ep is None:
                cls = type(last) if last is not None else LLMConnectionError
                raise cls(f"all {len(self.endpoints)} endpoints failed this request: {'; '.join(errors)}") from last
            try:
                result = ep.backend.complete(messages, params)
            except LLMError as exc:
                if not _server_fault(exc):  # the request itself is at fault: another server won't help
                    self._release(ep, None)
                    raise
                self._release(ep, exc)
                errors.append(f"{ep.url}: {exc}")
                last = exc
                continue
            except BaseException as exc:
                self._release(ep, exc)
                raise
            self._release(ep, None)
            return result

    @property
    def supports_prefill(self) -> bool:
        return all(getattr(e.backend, "supports_prefill", False) for e in self.endpoints)
