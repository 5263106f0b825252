"""The ``PROVIDER[:MODEL][@BASE_URL]`` spec grammar and how specs become back-ends."""

from __future__ import annotations

import sys

import pytest

from iblearn.errors import ConfigError
from iblearn.llm import LLM, ResponseCache, Spec, get_llm, parse_spec
from iblearn.llm import make_backend


@pytest.mark.parametrize(
    "text,expected",
    [
        ("local", Spec("local")),
        ("local:qwen2.5-coder-1.5b", Spec("local", "qwen2.5-coder-1.5b")),
        ("local:/path/to/model.gguf", Spec("local", "/path/to/model.gguf")),
        ("openai:gpt-4o", Spec("openai", "gpt-4o")),
        ("ollama:qwen2.5-coder:7b", Spec("ollama", "qwen2.5-coder:7b")),  # only the first ':' splits
        ("openai:m@http://127.0.0.1:9/v1", Spec("openai", "m", "http://127.0.0.1:9/v1")),
        ("ollama:qwen2.5-coder:7b@https://gpu.example:11434/v1", Spec("ollama", "qwen2.5-coder:7b", "https://gpu.example:11434/v1")),
        ("vllm:Qwen/Qwen2.5-Coder-7B-Instruct", Spec("vllm", "Qwen/Qwen2.5-Coder-7B-Instruct")),
        ("azure:my-deployment", Spec("azure", "my-deployment")),
        ("anthropic:claude-sonnet-4-5", Spec("anthropic", "claude-sonnet-4-5")),
        ("gemini:gemini-2.5-flash", Spec("gemini", "gemini-2.5-flash")),
        ("  OpenAI:gpt-4o  ", Spec("openai", "gpt-4o")),  # provider is case-insensitive, blanks trimmed
        ("openai:team@org-model", Spec("openai", "team@org-model")),  # '@' not followed by a URL stays in the model
    ],
)
def test_parse(text, expected):
    assert parse_spec(text) == expected


@pytest.mark.parametrize("text", ["local", "ollama:qwen2.5-coder:7b", "openai:m@http://127.0.0.1:9/v1"])
def test_str_round_trips(text):
    assert str(parse_spec(text)) == text
    assert parse_spec(str(parse_spec(text))) == parse_spec(text)


@pytest.mark.parametrize("text", ["gpt4all:x", "chatgpt", "http://localhost:8000/v1", "foo:bar@http://h/v1"])
def test_unknown_provider(text):
    with pytest.raises(ConfigError, match="known back-ends: local, openai"):
        parse_spec(text)


@pytest.mark.parametrize("text", ["openai", "ollama:", "anthropic", "gemini:@http://h/v1"])
def test_missing_model(text):
    with pytest.raises(ConfigError, match="needs a model name"):
        parse_spec(text)


@pytest.mark.parametrize("text", ["", "   ", None, 3])
def test_empty_spec(text):
    with pytest.raises(ConfigError, match="empty LLM spec"):
        parse_spec(text)  # type: ignore[arg-type]


def test_config_error_is_a_value_error():
    with pytest.raises(ValueError):
        parse_spec("nope:x")


def test_default_urls_and_options(monkeypatch):
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    monkeypatch.delenv("VLLM_BASE_URL", raising=False)
    b = make_backend("ollama:qwen2.5-coder:7b", timeout=7, max_concurrency=3)
    assert (b.name, b.model, b.max_concurrency, b.timeout) == ("ollama", "qwen2.5-coder:7b", 3, 7)
    assert b.base_url == "http://localhost:11434/v1"
    assert make_backend("vllm:x").base_url == "http://localhost:8000/v1"
    assert make_backend("lmstudio:x").base_url == "http://localhost:1234/v1"
    assert make_backend("llamacpp:x").base_url == "http://localhost:8080/v1"
    assert make_backend("openai:m@http://127.0.0.1:9/v1").base_url == "http://127.0.0.1:9/v1"
    monkeypatch.setenv("OLLAMA_HOST", "10.1.2.3:11434")
    assert make_backend("ollama:x").base_url == "http://10.1.2.3:11434/v1"
    monkeypatch.setenv("VLLM_BASE_URL", "http://gpu:9000/v1")
    assert make_backend("vllm:x").base_url == "http://gpu:9000/v1"


def test_get_llm(monkeypatch, tmp_path):
    monkeypatch.setenv("IBLEARN_LLM", "ollama:qwen2.5-coder:7b")
    llm = get_llm(cache=tmp_path / "c.sqlite")
    assert llm.spec == "ollama:qwen2.5-coder:7b" and llm.cache.path == tmp_path / "c.sqlite"
    assert get_llm(llm) is llm
    assert get_llm("vllm:x", cache=False).cache is None
    rc = ResponseCache(tmp_path / "d.sqlite")
    assert get_llm("vllm:x", cache=rc).cache is rc
    assert get_llm(llm.backend, cache=False).backend is llm.backend
    assert isinstance(get_llm("openai:m@http://127.0.0.1:9/v1", cache=False), LLM)


@pytest.mark.parametrize(
    "spec,sdk,module,extra",
    [
        ("anthropic:claude-x", "anthropic", "iblearn.llm.anthropic", "anthropic"),
        ("gemini:gemini-x", "google.genai", "iblearn.llm.gemini", "gemini"),
    ],
)
def test_missing_sdk_names_the_extra(monkeypatch, spec, sdk, module, extra):
    monkeypatch.setitem(sys.modules, sdk, None)  # makes `import sdk` fail as if not installed
    monkeypatch.delitem(sys.modules, module, raising=False)
    with pytest.raises(ConfigError) as ei:
        get_llm(spec, cache=False, api_key="k")
    assert f"iblearn[{extra}]" in str(ei.value) and "pip install" in str(ei.value)
