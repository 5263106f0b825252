"""Claude through the official ``anthropic`` SDK (extra ``iblearn[anthropic]``).

The SDK is imported at module top on purpose: if it is missing, ``iblearn.llm._load`` turns the
ImportError into a ConfigError that names the extra to install.
"""

from __future__ import annotations

import os
import time
from typing import Any, Sequence

import anthropic

from ..errors import ConfigError, LLMResponseError, LLMServerError, LLMTimeoutError
from .base import Completion, GenerationParams, Message
from .retry import Failure, RetryPolicy, call_with_retries, connect_failure, status_failure

_FINISH = {"end_turn": "stop", "stop_sequence": "stop", "max_tokens": "length", "model_context_window_exceeded": "length"}


class AnthropicBackend:
    """Messages API; system messages go into ``system=``.

    ``temperature`` and ``seed`` are not sent: API version 2026-10-21 (SDK 2.x) removed sampling
    parameters and rejects them with HTTP 400, so repeated samples rely on the model's own
    randomness. ``max_tokens`` and ``stop`` are honoured.
    """

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 120.0,
        max_retries: int = 3,
        max_concurrency: int = 8,
    ):
        if not model:
            raise ConfigError("the anthropic back-end needs a model name, e.g. 'anthropic:claude-sonnet-4-5'")
        key = api_key or os.environ.get("ANTHROPIC_API_KEY")
        if not key and base_url is None:
            raise ConfigError("Anthropic needs an API key: set ANTHROPIC_API_KEY (or pass api_key=)")
        self.name = "anthropic"
        self.model = model
        self.max_concurrency = max(1, int(max_concurrency))
        self.context_window: int | None = None
        self.timeout = float(timeout)
        self.policy = RetryPolicy(max_retries=max(0, int(max_retries)))
        try:
            self._client = anthropic.Anthropic(
                api_key=key or "no-key-required", base_url=base_url, timeout=self.timeout, max_retries=0
            )
        except anthropic.AnthropicError as exc:
            raise ConfigError(f"cannot set up the Anthropic client: {exc}") from exc
        self.base_url = str(self._client.base_url).rstrip("/")

    def __repr__(self) -> str:
        return f"AnthropicBackend({self.model} @ {self.base_url})"

    def complete(self, messages: Sequence[Message], params: GenerationParams) -> Completion:
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        chat = [{"role": m["role"], "content": m["content"]} for m in messages if m["role"] != "system"]
        kwargs: dict[str, Any] = {"model": self.model, "messages": chat, "max_tokens": params.max_tokens}
        if system:
            kwargs["system"] = system
        if params.stop:
            kwargs["stop_sequences"] = list(params.stop)
        t0 = time.perf_counter()
        resp = call_with_retries(lambda: self._client.messages.create(**kwargs), self._classify, self.policy)
        return self._to_completion(resp, time.perf_counter() - t0)

    def _classify(self, exc: Exception) -> Failure | None:
        where = f"Anthropic API at {self.base_url}"
        if isinstance(exc, anthropic.APITimeoutError):  # subclass of APIConnectionError: test first
            return Failure(LLMTimeoutError(f"{where} did not answer within {self.timeout:g}s; raise timeout="), retry=True)
        if isinstance(exc, anthropic.APIConnectionError):
            return connect_failure(where, exc)
        if isinstance(exc, anthropic.APIStatusError):
            detail = getattr(exc, "api_message", None) or getattr(exc, "message", None) or str(exc)
            status = 503 if exc.status_code == 529 else exc.status_code  # 529 = overloaded
            return status_failure(
                status, detail, where=where, model=self.model, key_env="ANTHROPIC_API_KEY", headers=exc.response.headers
            )
        if isinstance(exc, (anthropic.APIResponseValidationError, ValueError)):
            return Failure(LLMResponseError(f"{where} sent a malformed response: {exc}"))
        if isinstance(exc, anthropic.AnthropicError):
            return Failure(LLMServerError(f"{where}: {exc}"))
        return None

    def _to_completion(self, resp: Any, latency: float) -> Completion:
        blocks = getattr(resp, "content", None)
        if not isinstance(blocks, list):
            raise LLMResponseError(f"Anthropic API sent no content blocks: {str(resp)[:200]!r}")
        text = "".join(getattr(b, "text", "") or "" for b in blocks if getattr(b, "type", None) == "text")
        stop = getattr(resp, "stop_reason", None)
        finish = _FINISH.get(str(stop), str(stop) if stop is not None else None)
        if not text.strip():
            hint = "; max_tokens was reached before any text (raise max_tokens)" if finish == "length" else ""
            raise LLMResponseError(f"Anthropic API returned an empty answer (stop_reason={stop!r}){hint}")
        usage = getattr(resp, "usage", None)
        return Completion(
            text=text,
            model=self.model,
            backend=self.name,
            prompt_tokens=int(getattr(usage, "input_tokens", 0) or 0),
            completion_tokens=int(getattr(usage, "output_tokens", 0) or 0),
            latency_s=latency,
            finish_reason=finish,
        )
