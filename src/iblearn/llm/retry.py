"""Bounded retries shared by every remote back-end.

The SDKs' own retry loops are switched off so that all providers obey one policy whose worst
case is known in advance: at most ``max_retries`` extra attempts and at most ``max_wait``
seconds spent sleeping between them. A server's ``retry-after`` (seconds or an HTTP date) is
honoured; if it asks for more than the remaining budget we stop at once instead of hanging.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Mapping, TypeVar

from ..errors import (
    IblearnError,
    LLMConnectionError,
    LLMError,
    LLMRateLimitError,
    LLMServerError,
    LLMTimeoutError,
)

T = TypeVar("T")
log = logging.getLogger("iblearn.llm")


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: worst case is ``(max_retries + 1) * timeout + max_wait`` seconds."""

    max_retries: int = 3
    base_delay: float = 0.5  # first back-off, doubled after each failed attempt
    max_delay: float = 20.0  # cap on one back-off (not on a server's retry-after)
    max_wait: float = 60.0  # cap on the total time asleep across all retries
    jitter: float = 0.25  # +-25 % so that concurrent callers do not retry in lock-step


@dataclass
class Failure:
    """What a failed attempt means: the error to raise if we stop, and whether to try again."""

    error: IblearnError
    retry: bool = False
    retry_after: float | None = None  # seconds the server asked us to wait


def parse_retry_after(headers: Mapping[str, str] | None, now: float | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms`` / ``retry-after`` (number or HTTP date), else None."""
    if not headers:
        return None
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff(attempt: int, policy: RetryPolicy, rng: random.Random | None = None) -> float:
    """Exponential back-off with proportional jitter for retry number ``attempt`` (0-based)."""
    r = (rng or random).random()
    delay = min(policy.max_delay, policy.base_delay * (2**attempt))
    return max(0.0, delay * (1.0 + policy.jitter * (2.0 * r - 1.0)))


def call_with_retries(
    attempt: Callable[[], T],
    classify: Callable[[Exception], Failure | None],
    policy: RetryPolicy,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``attempt`` until it succeeds or the policy says stop; raise the classified error.

    ``classify`` maps an SDK exception to a :class:`Failure`; returning None means "not an API
    failure" (a bug) and the original exception propagates untouched.
    """
    waited = 0.0
    n = 0
    while True:
        n += 1
        try:
            return attempt()
        except IblearnError:
            raise
        except Exception as exc:
            failure = classify(exc)
            if failure is None:
                raise
            cause = exc
        retries_left = n <= policy.max_retries
        delay = failure.retry_after if failure.retry_after is not None else backoff(n - 1, policy)
        if failure.retry_after is not None:
            delay *= 1.0 + 0.1 * random.random()  # a little spread even when the server sets the pace
        if not failure.retry or not retries_left or waited + delay > policy.max_wait:
            err = failure.error
            if failure.retry and isinstance(err, LLMError):
                why = f"after {n} attempt{'s' if n > 1 else ''}"
                if retries_left:  # stopped by the wait budget, not the retry count
                    asked = f"the server asked to wait {failure.retry_after:.0f}s, " if failure.retry_after else ""
                    why += f"; {asked}beyond the {policy.max_wait:.0f}s wait budget"
                err = type(err)(f"{err} ({why})")
            raise err from cause
        log.info("retrying in %.2fs after: %s", delay, failure.error)
        sleep(delay)
        waited += delay


def status_failure(
    status: int,
    detail: str,
    *,
    where: str,
    model: str,
    key_env: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Failure:
    """Map an HTTP error status to an iblearn error; only 408/429/5xx are worth another try."""
    detail = " ".join(str(detail).split())[:300]
    if status == 429:
        quota = "insufficient_quota" in detail  # billing, not pacing: waiting will not help
        hint = " Check your plan and billing." if quota else ""
        return Failure(LLMRateLimitError(f"{where} is rate-limiting requests (429): {detail}.{hint}"),
                       retry=not quota, retry_after=parse_retry_after(headers))
    if status == 408:
        return Failure(LLMTimeoutError(f"{where} timed out the request (408): {detail}"), retry=True)
    if status >= 500:
        return Failure(LLMServerError(f"{where} failed with HTTP {status}: {detail}", status), retry=True,
                       retry_after=parse_retry_after(headers))
    if status == 401:
        fix = f"set {key_env} or pass api_key=" if key_env else "pass the server's key as api_key="
        return Failure(LLMServerError(f"{where} rejected the credentials (401): {detail}. Check the API key: {fix}", status))
    if status == 403:
        return Failure(LLMServerError(f"{where} denied access (403): {detail}. The key may lack access to model {model!r}", status))
    if status == 404:
        return Failure(LLMServerError(
            f"{where} has no model {model!r} or no such endpoint (404): {detail}. "
            "Check the model name (ollama: `ollama pull MODEL`) and that base_url ends in /v1 where needed", status))
    return Failure(LLMServerError(f"{where} refused the request (HTTP {status}): {detail}", status))


def is_connect_error(exc: BaseException) -> bool:
    """True if the cause chain holds a refused connection or failed DNS lookup (not a dropped one)."""
    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if type(e).__name__ in ("ConnectError", "ConnectionRefusedError", "gaierror"):
            return True
        e = e.__cause__ or e.__context__
    return False


def connect_failure(where: str, exc: BaseException) -> Failure:
    """Refused/DNS fails fast with a hint; a dropped connection mid-request is retried."""
    if is_connect_error(exc):
        return Failure(LLMConnectionError(
            f"cannot connect to {where}: {_root(exc)}. Start the server (e.g. `ollama serve`, "
            "`python -m llama_cpp.server --model FILE`) or check base_url / network access"))
    return Failure(LLMConnectionError(f"connection to {where} failed: {_root(exc)}"), retry=True)


def _root(exc: BaseException) -> str:
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
