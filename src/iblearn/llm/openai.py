"""OpenAI and every OpenAI-compatible server (Azure, Ollama, vLLM, LM Studio, llama.cpp).

One class covers them all because they share the ``/chat/completions`` protocol; only the
credentials and the default URL differ. The SDK's own retries are off (``max_retries=0``) so
that :mod:`iblearn.llm.retry` bounds the total time a call can take.
"""

from __future__ import annotations

import os
import time
from typing import Any, Sequence

import openai

from ..errors import ConfigError, LLMResponseError, LLMServerError, LLMTimeoutError
from .base import Completion, GenerationParams, Message
from .retry import Failure, RetryPolicy, call_with_retries, connect_failure, status_failure

LOCAL_SERVERS = ("ollama", "vllm", "lmstudio", "llamacpp")
PROVIDERS = ("openai", "azure", *LOCAL_SERVERS)
DEFAULT_AZURE_API_VERSION = "2024-10-21"  # GA version; override with OPENAI_API_VERSION
_NO_KEY = "sk-no-key-required"  # local servers ignore the key but the SDK insists on one


class OpenAIBackend:
    """Chat completions through the official ``openai`` SDK.

    ``temperature``, ``seed``, ``max_tokens`` and ``stop`` are sent; ``grammar`` only to a
    llama.cpp server (others ignore or reject it).
    """

    def __init__(
        self,
        model: str,
        *,
        provider: str = "openai",
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 120.0,
        max_retries: int = 3,
        max_concurrency: int = 8,
        api_version: str | None = None,
    ):
        if provider not in PROVIDERS:
            raise ConfigError(f"unknown OpenAI-compatible provider {provider!r}; use one of {', '.join(PROVIDERS)}")
        if not model:
            raise ConfigError(f"the {provider} back-end needs a model name, e.g. '{provider}:MODEL'")
        self.name = provider
        self.model = model
        self.max_concurrency = max(1, int(max_concurrency))
        self.context_window: int | None = None
        self.timeout = float(timeout)
        self.policy = RetryPolicy(max_retries=max(0, int(max_retries)))
        self._drop_temperature = False  # set once a reasoning model rejects `temperature`
        try:
            if provider == "azure":
                self._client: openai.OpenAI = self._azure_client(base_url, api_key, api_version)
            else:
                self._client = self._openai_client(base_url, api_key)
        except openai.OpenAIError as exc:
            raise ConfigError(f"cannot set up the {provider} client: {exc}") from exc
        self.base_url = str(self._client.base_url).rstrip("/")
        # api.openai.com and Azure want max_completion_tokens; local servers know only max_tokens
        self._official = provider == "azure" or (provider == "openai" and "api.openai.com" in self.base_url)

    def _openai_client(self, base_url: str | None, api_key: str | None) -> openai.OpenAI:
        if self.name == "openai":
            base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
            key = api_key or os.environ.get("OPENAI_API_KEY")
            if not key and base_url is None:
                raise ConfigError(
                    "OpenAI needs an API key: set OPENAI_API_KEY (or pass api_key=), "
                    "or give a local server with 'openai:MODEL@http://host:port/v1'"
                )
        else:  # a local server: never forward a real OpenAI key to it
            key = api_key
        return openai.OpenAI(api_key=key or _NO_KEY, base_url=base_url, timeout=self.timeout, max_retries=0)

    def _azure_client(self, base_url: str | None, api_key: str | None, api_version: str | None) -> openai.OpenAI:
        key = api_key or os.environ.get("AZURE_OPENAI_API_KEY")
        if not key:
            raise ConfigError("Azure OpenAI needs an API key: set AZURE_OPENAI_API_KEY (or pass api_key=)")
        endpoint = base_url or os.environ.get("AZURE_OPENAI_ENDPOINT")
        if not endpoint:
            raise ConfigError(
                "Azure OpenAI needs an endpoint: set AZURE_OPENAI_ENDPOINT "
                "(e.g. https://NAME.openai.azure.com) or use 'azure:DEPLOYMENT@https://...'"
            )
        version = api_version or os.environ.get("OPENAI_API_VERSION") or DEFAULT_AZURE_API_VERSION
        return openai.AzureOpenAI(
            api_key=key, azure_endpoint=endpoint, api_version=version, timeout=self.timeout, max_retries=0
        )

    def __repr__(self) -> str:
        return f"OpenAIBackend({self.name}:{self.model} @ {self.base_url})"

    def complete(self, messages: Sequence[Message], params: GenerationParams) -> Completion:
        kwargs: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
            ("max_completion_tokens" if self._official else "max_tokens"): params.max_tokens,
        }
        if params.seed is not None:
            kwargs["seed"] = params.seed
        if params.stop:
            kwargs["stop"] = list(params.stop)
        if params.grammar and self.name == "llamacpp":
            kwargs["extra_body"] = {"grammar": params.grammar}

        def attempt() -> Any:
            args = kwargs if self._drop_temperature else {**kwargs, "temperature": params.temperature}
            return self._client.chat.completions.create(**args)

        t0 = time.perf_counter()
        try:
            resp = call_with_retries(attempt, self._classify, self.policy)
        except LLMServerError as exc:
            if self._drop_temperature or "temperature" not in str(exc) or "(HTTP 400)" not in str(exc):
                raise
            self._drop_temperature = True  # e.g. reasoning models accept only their default
            resp = call_with_retries(attempt, self._classify, self.policy)
        return self._to_completion(resp, time.perf_counter() - t0)

    def _classify(self, exc: Exception) -> Failure | None:
        where = f"{self.name} server at {self.base_url}"
        if isinstance(exc, openai.APITimeoutError):  # subclass of APIConnectionError: test first
            return Failure(
                LLMTimeoutError(f"{where} did not answer within {self.timeout:g}s; raise timeout= or check the server load"),
                retry=True,
            )
        if isinstance(exc, openai.APIConnectionError):
            return connect_failure(where, exc)
        if isinstance(exc, openai.APIStatusError):
            key_env = {"openai": "OPENAI_API_KEY", "azure": "AZURE_OPENAI_API_KEY"}.get(self.name)
            detail = getattr(exc, "message", None) or str(exc)
            return status_failure(
                exc.status_code, detail, where=where, model=self.model, key_env=key_env, headers=exc.response.headers
            )
        if isinstance(exc, (openai.APIResponseValidationError, ValueError)):  # ValueError: body not JSON
            return Failure(LLMResponseError(f"{where} sent a malformed response: {exc}"))
        if isinstance(exc, openai.OpenAIError):
            return Failure(LLMServerError(f"{where}: {exc}"))
        return None

    def _to_completion(self, resp: Any, latency: float) -> Completion:
        where = f"{self.name} server at {self.base_url}"
        choices = getattr(resp, "choices", None)
        if not choices:
            raise LLMResponseError(f"{where} answered without choices: {str(resp)[:200]!r}")
        choice = choices[0]
        text = getattr(getattr(choice, "message", None), "content", None)
        finish = getattr(choice, "finish_reason", None)
        if not isinstance(text, str) or not text.strip():
            hint = f"; max_tokens was reached before any text (raise max_tokens)" if finish == "length" else ""
            raise LLMResponseError(f"{where} returned an empty answer (finish_reason={finish!r}){hint}")
        usage = getattr(resp, "usage", None)
        return Completion(
            text=text,
            model=self.model,
            backend=self.name,
            prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
            completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
            latency_s=latency,
            finish_reason=str(finish) if finish is not None else None,
        )
