"""Language-model back-ends behind one protocol, picked with a short spec string.

Spec grammar (Python, CLI ``--llm`` and ``$IBLEARN_LLM`` alike)::

    PROVIDER[:MODEL][@BASE_URL]

    local                               embedded Qwen2.5-Coder-0.5B-Instruct (offline, no key)
    local:qwen2.5-coder-1.5b            the larger embedded model
    local:/path/to/model.gguf           any GGUF file you have
    openai:gpt-4o                       OpenAI (OPENAI_API_KEY, optional OPENAI_BASE_URL)
    openai:my-model@http://host:8000/v1 any OpenAI-compatible server
    vllm:MODEL@http://a:8000/v1,http://b:8000/v1
                                        a fleet: requests spread over several servers of one
                                        model, each at most ``max_concurrency`` at a time; a
                                        server that fails is set aside and the fit goes on
    azure:my-deployment                 Azure OpenAI (AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY)
    ollama:qwen2.5-coder:7b             Ollama at OLLAMA_HOST or http://localhost:11434
    vllm:Qwen/Qwen2.5-Coder-7B-Instruct vLLM at VLLM_BASE_URL or http://localhost:8000/v1
    lmstudio:MODEL                      LM Studio at http://localhost:1234/v1
    llamacpp:MODEL                      llama.cpp server at http://localhost:8080/v1
    anthropic:claude-sonnet-4-5         Anthropic SDK (ANTHROPIC_API_KEY), extra ``iblearn[anthropic]``
    gemini:gemini-2.5-flash             Google GenAI SDK (GEMINI_API_KEY), extra ``iblearn[gemini]``

Only the first ``:`` separates provider from model, so model names may contain colons.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .base import LLM, Backend, Completion, GenerationParams, Ledger, Message, Usage
from .cache import ResponseCache

__all__ = [
    "LLM",
    "Backend",
    "Completion",
    "GenerationParams",
    "Ledger",
    "Message",
    "ResponseCache",
    "Spec",
    "Usage",
    "get_llm",
    "parse_spec",
]

DEFAULT_SPEC = "local"

# OpenAI-compatible providers and their default base URL (None: the SDK's own default)
_OPENAI_COMPATIBLE = {
    "openai": None,
    "azure": None,
    "ollama": "http://localhost:11434/v1",
    "vllm": "http://localhost:8000/v1",
    "lmstudio": "http://localhost:1234/v1",
    "llamacpp": "http://localhost:8080/v1",
}
PROVIDERS = ("local", *_OPENAI_COMPATIBLE, "anthropic", "gemini")


@dataclass(frozen=True)
class Spec:
    provider: str
    model: str | None = None
    base_url: str | None = None

    def __str__(self) -> str:
        s = self.provider + (f":{self.model}" if self.model else "")
        return s + (f"@{self.base_url}" if self.base_url else "")

    @property
    def urls(self) -> list[str]:
        """The server URLs: several (comma-separated) make a fan-out over one model's servers."""
        return [u.strip() for u in self.base_url.split(",")] if self.base_url else []


def parse_spec(spec: str) -> Spec:
    """Split ``PROVIDER[:MODEL][@BASE_URL]``; raise :class:`ConfigError` on anything unknown."""
    if not isinstance(spec, str) or not spec.strip():
        raise ConfigError("empty LLM spec; use e.g. 'local', 'openai:gpt-4o' or 'ollama:qwen2.5-coder:7b'")
    text = spec.strip()
    base_url = None
    if "@" in text:
        head, _, tail = text.rpartition("@")
        if tail.startswith(("http://", "https://")):
            text, base_url = head, tail
    provider, _, model = text.partition(":")
    provider = provider.strip().lower()
    if provider not in PROVIDERS:
        raise ConfigError(
            f"unknown LLM back-end {provider!r} in spec {spec!r}; known back-ends: {', '.join(PROVIDERS)}"
        )
    if base_url and "," in base_url:
        urls = [u.strip() for u in base_url.split(",")]
        bad = [u for u in urls if not u.startswith(("http://", "https://"))]
        if bad:
            raise ConfigError(f"spec {spec!r}: every server in a fan-out needs an http(s):// URL, not {bad}")
        if provider not in _OPENAI_COMPATIBLE or provider == "azure":
            raise ConfigError(f"spec {spec!r}: several servers (a fan-out) work with OpenAI-compatible servers "
                              f"only ({', '.join(p for p in _OPENAI_COMPATIBLE if p != 'azure')}), not {provider!r}")
        base_url = ",".join(urls)
    if provider != "local" and not model:
        raise ConfigError(f"spec {spec!r} needs a model name, e.g. '{provider}:MODEL'")
    return Spec(provider, model or None, base_url)


def _load(module: str, cls: str, extra: str | None) -> Any:
    try:
        mod = importlib.import_module(f"iblearn.llm.{module}")
    except ImportError as exc:  # the SDK behind the back-end is missing
        hint = f"pip install 'iblearn[{extra}]'" if extra else "reinstall iblearn"
        raise ConfigError(f"the {module!r} back-end needs a package that is not installed ({exc.name}); run: {hint}") from exc
    return getattr(mod, cls)


def make_backend(spec: str | Spec, **options: Any) -> Backend:
    """Build the back-end a spec names; ``options`` go to its constructor (api_key, timeout, ...)."""
    s = parse_spec(spec) if isinstance(spec, str) else spec
    if s.provider == "local":
        cls = _load("local", "LocalBackend", "local")
        return cls(s.model or "qwen2.5-coder-0.5b", **options)
    if s.provider in _OPENAI_COMPATIBLE:
        cls = _load("openai", "OpenAIBackend", None)
        urls = s.urls
        if len(urls) > 1:  # a fleet of servers of one model: spread requests, survive losing some
            from .fanout import FanOutBackend

            fan = {k: options.pop(k) for k in ("cooldown", "per_endpoint") if k in options}
            options.setdefault("max_retries", 1)  # another endpoint is a better retry than waiting
            return FanOutBackend([cls(s.model, provider=s.provider, base_url=u, **options) for u in urls], **fan)
        return cls(s.model, provider=s.provider, base_url=s.base_url or _default_url(s.provider), **options)
    if s.provider == "anthropic":
        return _load("anthropic", "AnthropicBackend", "anthropic")(s.model, base_url=s.base_url, **options)
    return _load("gemini", "GeminiBackend", "gemini")(s.model, **options)


def _default_url(provider: str) -> str | None:
    if provider == "ollama" and os.environ.get("OLLAMA_HOST"):
        host = os.environ["OLLAMA_HOST"]
        host = host if host.startswith("http") else f"http://{host}"
        return host.rstrip("/") + "/v1"
    if provider == "vllm" and os.environ.get("VLLM_BASE_URL"):
        return os.environ["VLLM_BASE_URL"]
    return _OPENAI_COMPATIBLE.get(provider)


def get_llm(
    spec: str | LLM | Backend | None = None,
    *,
    cache: bool | str | Path | ResponseCache = True,
    **options: Any,
) -> LLM:
    """Return a ready :class:`LLM` for ``spec`` (default ``$IBLEARN_LLM`` or ``'local'``).

    ``cache=True`` uses the default cache file, a path uses that file, ``False`` disables caching.
    """
    if isinstance(spec, LLM):
        return spec
    if spec is not None and not isinstance(spec, str):
        backend = spec
    else:
        backend = make_backend(spec or os.environ.get("IBLEARN_LLM") or DEFAULT_SPEC, **options)
    if isinstance(cache, ResponseCache):
        rc: ResponseCache | None = cache
    elif cache is True:
        rc = ResponseCache()
    elif cache is False or cache is None:
        rc = None
    else:
        rc = ResponseCache(Path(cache))
    return LLM(backend, rc)
