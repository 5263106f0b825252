"""Gemini through the official ``google-genai`` SDK (extra ``iblearn[gemini]``).

The SDK is imported at module top on purpose: if it is missing, ``iblearn.llm._load`` turns the
ImportError into a ConfigError that names the extra to install. ``GOOGLE_GEMINI_BASE_URL`` (read
by the SDK) points it at another host, e.g. a proxy or a test server.
"""

from __future__ import annotations

import os
import time
from typing import Any, Sequence

from google import genai
from google.genai import errors as genai_errors
from google.genai import types as genai_types

from ..errors import ConfigError, LLMResponseError, LLMTimeoutError
from .base import Completion, GenerationParams, Message
from .retry import Failure, RetryPolicy, call_with_retries, connect_failure, status_failure

_FINISH = {"STOP": "stop", "MAX_TOKENS": "length"}
_TIMEOUTS = ("TimeoutException", "Timeout", "TimeoutError")  # httpx2 / requests / builtin
_CONNECTION = ("TransportError", "ConnectionError", "NetworkError")


class GeminiBackend:
    """``models.generate_content``; system messages become ``system_instruction``.

    ``temperature``, ``seed``, ``max_tokens`` (as ``max_output_tokens``) and ``stop`` are sent.
    Thinking models spend part of ``max_tokens`` on reasoning; the tokens are counted as output.
    """

    def __init__(
        self,
        model: str,
        *,
        api_key: str | None = None,
        timeout: float = 120.0,
        max_retries: int = 3,
        max_concurrency: int = 8,
    ):
        if not model:
            raise ConfigError("the gemini back-end needs a model name, e.g. 'gemini:gemini-2.5-flash'")
        key = api_key or os.environ.get("GEMINI_API_KEY") or os.environ.get("GOOGLE_API_KEY")
        if not key:
            raise ConfigError("Gemini needs an API key: set GEMINI_API_KEY or GOOGLE_API_KEY (or pass api_key=)")
        self.name = "gemini"
        self.model = model
        self.max_concurrency = max(1, int(max_concurrency))
        self.context_window: int | None = None
        self.timeout = float(timeout)
        self.policy = RetryPolicy(max_retries=max(0, int(max_retries)))
        self.base_url = os.environ.get("GOOGLE_GEMINI_BASE_URL") or "https://generativelanguage.googleapis.com"
        try:
            # no retry_options: the SDK then tries exactly once and retry.py owns the policy
            options = genai_types.HttpOptions(timeout=max(1, int(self.timeout * 1000)))
            self._client = genai.Client(api_key=key, http_options=options)
        except (ValueError, genai_errors.APIError) as exc:
            raise ConfigError(f"cannot set up the Gemini client: {exc}") from exc

    def __repr__(self) -> str:
        return f"GeminiBackend({self.model} @ {self.base_url})"

    def complete(self, messages: Sequence[Message], params: GenerationParams) -> Completion:
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        contents = [
            {"role": "model" if m["role"] == "assistant" else "user", "parts": [{"text": m["content"]}]}
            for m in messages
            if m["role"] != "system"
        ]
        config = genai_types.GenerateContentConfig(
            system_instruction=system or None,
            temperature=params.temperature,
            seed=params.seed,
            max_output_tokens=params.max_tokens,
            stop_sequences=list(params.stop) or None,
            candidate_count=1,
        )

        def attempt() -> Any:
            return self._client.models.generate_content(model=self.model, contents=contents, config=config)

        t0 = time.perf_counter()
        resp = call_with_retries(attempt, self._classify, self.policy)
        return self._to_completion(resp, time.perf_counter() - t0)

    def _classify(self, exc: Exception) -> Failure | None:
        where = f"Gemini API at {self.base_url}"
        names = {c.__name__ for c in type(exc).__mro__}
        if isinstance(exc, genai_errors.APIError):
            headers = getattr(getattr(exc, "response", None), "headers", None)
            detail = exc.message or str(exc)
            return status_failure(
                int(exc.code or 500), detail, where=where, model=self.model, key_env="GEMINI_API_KEY", headers=headers
            )
        if names & set(_TIMEOUTS):
            return Failure(LLMTimeoutError(f"{where} did not answer within {self.timeout:g}s; raise timeout="), retry=True)
        if names & set(_CONNECTION):
            return connect_failure(where, exc)
        if isinstance(exc, ValueError):  # body not JSON, or not the promised schema
            return Failure(LLMResponseError(f"{where} sent a malformed response: {exc}"))
        return None

    def _to_completion(self, resp: Any, latency: float) -> Completion:
        candidates = getattr(resp, "candidates", None)
        if not candidates:
            feedback = getattr(resp, "prompt_feedback", None)
            raise LLMResponseError(f"Gemini API returned no candidates (prompt_feedback={feedback})")
        reason = getattr(candidates[0], "finish_reason", None)
        reason = getattr(reason, "value", reason)
        finish = _FINISH.get(str(reason), str(reason).lower()) if reason is not None else None
        try:
            text = resp.text
        except (ValueError, AttributeError):
            text = None
        if not isinstance(text, str) or not text.strip():
            hint = "; max_tokens was reached before any text (raise max_tokens)" if finish == "length" else ""
            raise LLMResponseError(f"Gemini API returned an empty answer (finish_reason={reason!r}){hint}")
        usage = getattr(resp, "usage_metadata", None)
        out = (getattr(usage, "candidates_token_count", 0) or 0) + (getattr(usage, "thoughts_token_count", 0) or 0)
        return Completion(
            text=text,
            model=self.model,
            backend=self.name,
            prompt_tokens=int(getattr(usage, "prompt_token_count", 0) or 0),
            completion_tokens=int(out),
            latency_s=latency,
            finish_reason=finish,
        )

