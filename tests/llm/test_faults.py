"""Remote back-ends against a scripted local HTTP server: every failure mode ends in the right
iblearn error, within bounded time and retries, and never leaves a broken cache entry."""

from __future__ import annotations

import json
import socket
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from iblearn.errors import (
    ConfigError,
    LLMConnectionError,
    LLMRateLimitError,
    LLMResponseError,
    LLMServerError,
    LLMTimeoutError,
)
from iblearn.llm import LLM, GenerationParams, ResponseCache
from iblearn.llm.openai import OpenAIBackend
from iblearn.llm.retry import Failure, RetryPolicy, backoff, call_with_retries, parse_retry_after

MSGS = [{"role": "system", "content": "You write Python."}, {"role": "user", "content": "Return 1."}]


class FakeServer:
    """Speaks just enough OpenAI / Anthropic / Gemini; ``script`` says how to answer each request
    in turn (the last entry repeats)."""

    def __init__(self) -> None:
        self.script: list[tuple[Any, ...]] = [("ok", "def f():\n    return 1", "stop")]
        self.requests: list[dict[str, Any]] = []
        self.release = threading.Event()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                fake.requests.append({"path": self.path, "json": json.loads(body or b"{}"), "headers": {k.lower(): v for k, v in self.headers.items()}})
                action = fake.script[min(len(fake.requests), len(fake.script)) - 1]
                try:
                    fake.answer(self, action)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False  # type: ignore[attr-defined]
        self.port = self.httpd.server_address[1]
        self.root = f"http://127.0.0.1:{self.port}"
        self.url = self.root + "/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def answer(self, h: BaseHTTPRequestHandler, action: tuple[Any, ...]) -> None:
        kind = action[0]
        if kind == "stall":
            self.release.wait(action[1])
            action = ("ok", "late", "stop")
            kind = "ok"
        if kind == "ok":
            payload = self.success(h.path, action[1], action[2])
            self.send(h, 200, json.dumps(payload).encode(), "application/json")
        elif kind == "status":
            code, headers, message = action[1], action[2], (action[3] if len(action) > 3 else f"scripted {action[1]}")
            err = {"error": {"message": message, "type": "scripted", "code": code}}
            self.send(h, code, json.dumps(err).encode(), "application/json", headers)
        elif kind == "raw":
            self.send(h, 200, action[1], action[2])
        else:
            raise AssertionError(kind)

    @staticmethod
    def success(path: str, text: str | None, finish: str) -> dict[str, Any]:
        if path.endswith("/messages"):  # Anthropic
            stop = {"stop": "end_turn", "length": "max_tokens"}[finish]
            return {"id": "msg_1", "type": "message", "role": "assistant", "model": "m",
                    "content": [{"type": "text", "text": text or ""}], "stop_reason": stop,
                    "usage": {"input_tokens": 11, "output_tokens": 7}}
        if ":generateContent" in path:  # Gemini
            reason = {"stop": "STOP", "length": "MAX_TOKENS"}[finish]
            return {"candidates": [{"content": {"role": "model", "parts": [{"text": text or ""}]}, "finishReason": reason}],
                    "usageMetadata": {"promptTokenCount": 11, "candidatesTokenCount": 7, "totalTokenCount": 18}}
        return {"id": "c1", "object": "chat.completion", "created": 0, "model": "m",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}],
                "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}}

    @staticmethod
    def send(h: BaseHTTPRequestHandler, code: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
        h.send_response(code)
        h.send_header("content-type", ctype)
        h.send_header("content-length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)


@pytest.fixture
def server():
    s = FakeServer()
    yield s
    s.stop()


@pytest.fixture
def cache(tmp_path):
    return ResponseCache(tmp_path / "responses.sqlite")


def openai_llm(server: FakeServer, cache: ResponseCache, **kw: Any) -> LLM:
    kw.setdefault("timeout", 5.0)
    return LLM(OpenAIBackend("m", provider="openai", base_url=server.url, **kw), cache)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- OpenAI-compatible -----------------------------------------------------------------------


def test_success_passes_params_and_fills_usage(server, cache):
    llm = openai_llm(server, cache)
    c = llm.complete(MSGS, temperature=0.3, seed=7, max_tokens=50, stop=["\n\n"])
    assert c.text.startswith("def f") and c.backend == "openai" and c.model == "m"
    assert (c.prompt_tokens, c.completion_tokens, c.finish_reason, c.cached) == (11, 7, "stop", False)
    sent = server.requests[0]
    assert sent["path"] == "/v1/chat/completions"
    body = sent["json"]
    assert body["temperature"] == 0.3 and body["seed"] == 7 and body["max_tokens"] == 50 and body["stop"] == ["\n\n"]
    assert body["messages"] == MSGS
    assert sent["headers"].get("authorization", "").startswith("Bearer ")  # a dummy key, not none
    assert len(cache) == 1
    again = llm.complete(MSGS, temperature=0.3, seed=7, max_tokens=50, stop=["\n\n"])
    assert again.cached and again.text == c.text and len(server.requests) == 1


def test_refused_connection_fails_fast_with_hint(cache):
    url = f"http://127.0.0.1:{closed_port()}/v1"
    llm = LLM(OpenAIBackend("m", base_url=url, timeout=5, max_retries=3), cache)
    t0 = time.monotonic()
    with pytest.raises(LLMConnectionError) as ei:
        llm.complete(MSGS)
    assert time.monotonic() - t0 < 5
    msg = str(ei.value)
    assert url in msg and "Start the server" in msg and "base_url" in msg
    assert len(cache) == 0


def test_stall_beyond_timeout(server, cache):
    server.script = [("stall", 8.0)]
    llm = openai_llm(server, cache, timeout=1.0, max_retries=1)
    t0 = time.monotonic()
    with pytest.raises(LLMTimeoutError):
        llm.complete(MSGS)
    assert time.monotonic() - t0 < 10
    assert len(server.requests) == 2  # first try + one retry
    assert len(cache) == 0


def test_429_with_retry_after_then_success(server, cache):
    server.script = [("status", 429, {"retry-after": "1"}), ("ok", "x = 1", "stop")]
    llm = openai_llm(server, cache)
    t0 = time.monotonic()
    c = llm.complete(MSGS)
    elapsed = time.monotonic() - t0
    assert c.text == "x = 1" and len(server.requests) == 2
    assert 0.95 <= elapsed < 5  # honoured the server's pace, no more
    assert len(cache) == 1


def test_429_forever(server, cache):
    server.script = [("status", 429, {"retry-after": "1"})]
    llm = openai_llm(server, cache, max_retries=2)
    t0 = time.monotonic()
    with pytest.raises(LLMRateLimitError, match="after 3 attempts"):
        llm.complete(MSGS)
    assert 1.9 <= time.monotonic() - t0 < 8
    assert len(server.requests) == 3
    assert len(cache) == 0


def test_retry_after_beyond_budget_gives_up_at_once(server, cache):
    date = formatdate(time.time() + 3600, usegmt=True)
    server.script = [("status", 429, {"retry-after": date})]
    llm = openai_llm(server, cache, max_retries=3)
    t0 = time.monotonic()
    with pytest.raises(LLMRateLimitError, match="asked to wait .* wait budget"):
        llm.complete(MSGS)
    assert time.monotonic() - t0 < 3 and len(server.requests) == 1


def test_500_then_success(server, cache):
    server.script = [("status", 500, {}), ("ok", "y = 2", "stop")]
    c = openai_llm(server, cache).complete(MSGS)
    assert c.text == "y = 2" and len(server.requests) == 2 and len(cache) == 1


def test_500_forever(server, cache):
    server.script = [("status", 503, {})]
    llm = openai_llm(server, cache, max_retries=2)
    t0 = time.monotonic()
    with pytest.raises(LLMServerError, match="503"):
        llm.complete(MSGS)
    assert time.monotonic() - t0 < 8  # back-off 0.5 + 1 s, with jitter
    assert len(server.requests) == 3 and len(cache) == 0


@pytest.mark.parametrize(
    "action",
    [
        ("raw", b'{"choices": [', "application/json"),  # malformed JSON
        ("raw", b"<html>gateway</html>", "text/html"),  # not JSON at all
        ("raw", b'{"id": "x", "object": "chat.completion", "choices": []}', "application/json"),  # no choices
        ("ok", "", "stop"),  # empty content
        ("ok", None, "stop"),  # null content
        ("ok", "   \n", "length"),  # truncated before any text
    ],
)
def test_bad_answers_raise_response_error(server, cache, action):
    server.script = [action]
    with pytest.raises(LLMResponseError):
        openai_llm(server, cache).complete(MSGS)
    assert len(server.requests) == 1  # a deterministic bad answer is not retried
    assert len(cache) == 0


def test_truncated_answer_is_returned_but_not_cached(server, cache):
    server.script = [("ok", "def f(x):\n    return", "length")]
    c = openai_llm(server, cache).complete(MSGS)
    assert c.finish_reason == "length" and c.text.startswith("def f")
    assert len(cache) == 0


@pytest.mark.parametrize("code,needle", [(401, "API key"), (403, "denied"), (404, "model 'm'"), (400, "HTTP 400")])
def test_client_errors_are_not_retried(server, cache, code, needle):
    server.script = [("status", code, {})]
    with pytest.raises(LLMServerError, match=needle):
        openai_llm(server, cache).complete(MSGS)
    assert len(server.requests) == 1 and len(cache) == 0


def test_reasoning_model_rejecting_temperature_is_retried_without_it(server, cache):
    server.script = [("status", 400, {}, "Unsupported value: 'temperature' does not support 0.0"), ("ok", "v = 5", "stop")]
    llm = openai_llm(server, cache)
    assert llm.complete(MSGS).text == "v = 5"
    assert "temperature" in server.requests[0]["json"] and "temperature" not in server.requests[1]["json"]
    llm.complete(MSGS, sample=1)
    assert "temperature" not in server.requests[2]["json"] and len(server.requests) == 3


def test_official_openai_uses_max_completion_tokens(monkeypatch):
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    b = OpenAIBackend("gpt-x", api_key="sk-test")
    sent: dict = {}

    def fake_create(**kw):
        sent.update(kw)
        raise KeyError("stop here")

    monkeypatch.setattr(b._client.chat.completions, "create", fake_create)
    with pytest.raises(KeyError):  # not an API error: propagates as is, no retry
        b.complete(MSGS, GenerationParams(max_tokens=99))
    assert sent["max_completion_tokens"] == 99 and "max_tokens" not in sent and b.base_url == "https://api.openai.com/v1"


def test_complete_many_over_http(server, cache):
    server.script = [("ok", "a = 1", "stop")]
    llm = openai_llm(server, cache, max_concurrency=4)
    reqs = [{"messages": [{"role": "user", "content": f"q{i}"}]} for i in range(6)]
    out = llm.complete_many(reqs)
    assert all(not isinstance(o, BaseException) and o.text == "a = 1" for o in out)
    assert len(server.requests) == 6 and len(cache) == 6


# --- configuration ---------------------------------------------------------------------------


def test_missing_keys_name_the_env_var(monkeypatch):
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        OpenAIBackend("gpt-4o")
    with pytest.raises(ConfigError, match="AZURE_OPENAI_API_KEY"):
        OpenAIBackend("dep", provider="azure")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "k")
    with pytest.raises(ConfigError, match="AZURE_OPENAI_ENDPOINT"):
        OpenAIBackend("dep", provider="azure")
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://x.openai.azure.com")
    b = OpenAIBackend("dep", provider="azure")
    assert b.name == "azure" and b.context_window is None
    for p in ("ollama", "vllm", "lmstudio", "llamacpp"):
        assert OpenAIBackend("m", provider=p, base_url="http://127.0.0.1:1/v1").name == p
    assert OpenAIBackend("m", base_url="http://127.0.0.1:1/v1").max_concurrency == 8


def test_local_server_never_gets_the_real_openai_key(server, cache, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-real-secret")
    LLM(OpenAIBackend("m", provider="llamacpp", base_url=server.url), cache).complete(MSGS)
    assert "sk-real-secret" not in json.dumps(server.requests[0]["headers"])


# --- Anthropic and Gemini through their real SDKs --------------------------------------------


def test_anthropic_success_retry_and_errors(server, cache):
    from iblearn.llm.anthropic import AnthropicBackend

    server.script = [("status", 429, {"retry-after": "0"}), ("ok", "z = 3", "stop")]
    llm = LLM(AnthropicBackend("claude-x", base_url=server.root, api_key="k", timeout=5), cache)
    c = llm.complete(MSGS, max_tokens=40, stop=["END"])
    assert (c.text, c.backend, c.prompt_tokens, c.completion_tokens, c.finish_reason) == ("z = 3", "anthropic", 11, 7, "stop")
    body = server.requests[-1]["json"]
    assert server.requests[-1]["path"] == "/v1/messages" and len(server.requests) == 2
    assert body["system"] == "You write Python." and body["messages"] == MSGS[1:]
    assert body["max_tokens"] == 40 and body["stop_sequences"] == ["END"] and "temperature" not in body
    assert len(cache) == 1

    server.requests.clear()
    server.script = [("status", 529, {})]
    llm = LLM(AnthropicBackend("claude-x", base_url=server.root, api_key="k", max_retries=1), cache)
    with pytest.raises(LLMServerError):
        llm.complete(MSGS, sample=1)
    assert len(server.requests) == 2

    server.script = [("ok", "partial", "length")]
    assert llm.complete(MSGS, sample=2).finish_reason == "length"
    assert len(cache) == 1


def test_anthropic_missing_key(monkeypatch):
    from iblearn.llm.anthropic import AnthropicBackend

    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with pytest.raises(ConfigError, match="ANTHROPIC_API_KEY"):
        AnthropicBackend("claude-x")


def test_gemini_success_retry_and_errors(server, cache, monkeypatch):
    from iblearn.llm.gemini import GeminiBackend

    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", server.root)
    server.script = [("status", 500, {}), ("ok", "w = 4", "stop")]
    llm = LLM(GeminiBackend("gemini-x", api_key="k", timeout=5), cache)
    c = llm.complete(MSGS, temperature=0.5, seed=3, max_tokens=30)
    assert (c.text, c.backend, c.prompt_tokens, c.completion_tokens, c.finish_reason) == ("w = 4", "gemini", 11, 7, "stop")
    req = server.requests[-1]
    assert ":generateContent" in req["path"] and "gemini-x" in req["path"] and len(server.requests) == 2
    cfg = req["json"]["generationConfig"]
    assert cfg["temperature"] == 0.5 and cfg["seed"] == 3 and cfg["maxOutputTokens"] == 30
    assert req["json"]["systemInstruction"]["parts"][0]["text"] == "You write Python."
    assert len(cache) == 1

    server.requests.clear()
    server.script = [("status", 400, {})]
    with pytest.raises(LLMServerError, match="HTTP 400"):
        llm.complete(MSGS, sample=1)
    assert len(server.requests) == 1

    server.script = [("ok", "", "stop")]
    with pytest.raises(LLMResponseError):
        llm.complete(MSGS, sample=2)

    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(LLMConnectionError):
        LLM(GeminiBackend("gemini-x", api_key="k"), cache).complete(MSGS, sample=3)
    assert len(cache) == 1


def test_gemini_missing_key(monkeypatch):
    from iblearn.llm.gemini import GeminiBackend

    monkeypatch.delenv("GEMINI_API_KEY", raising=False)
    monkeypatch.delenv("GOOGLE_API_KEY", raising=False)
    with pytest.raises(ConfigError, match="GEMINI_API_KEY"):
        GeminiBackend("gemini-x")


# --- the retry helper itself -----------------------------------------------------------------


def test_parse_retry_after():
    assert parse_retry_after({"retry-after": "3"}) == 3.0
    assert parse_retry_after({"retry-after-ms": "250"}) == 0.25
    now = time.time()
    assert 59 <= parse_retry_after({"retry-after": formatdate(now + 60, usegmt=True)}, now=now) <= 61
    assert parse_retry_after({"retry-after": formatdate(now - 60, usegmt=True)}, now=now) == 0.0
    assert parse_retry_after({"retry-after": "soon"}) is None
    assert parse_retry_after({}) is None and parse_retry_after(None) is None


def test_backoff_grows_with_bounded_jitter():
    p = RetryPolicy(base_delay=0.5, max_delay=4.0, jitter=0.25)
    for attempt, nominal in enumerate([0.5, 1.0, 2.0, 4.0, 4.0]):
        for _ in range(20):
            assert nominal * 0.75 <= backoff(attempt, p) <= nominal * 1.25


def test_total_wait_is_capped():
    slept: list[float] = []
    calls = []

    def fail() -> None:
        calls.append(1)
        raise RuntimeError("boom")

    policy = RetryPolicy(max_retries=10, base_delay=1.0, max_delay=100, max_wait=5.0, jitter=0.0)
    classify = lambda e: Failure(LLMServerError("down"), retry=True)  # noqa: E731
    with pytest.raises(LLMServerError, match="after 3 attempts"):
        call_with_retries(fail, classify, policy, sleep=slept.append)
    assert slept == [1.0, 2.0] and sum(slept) <= 5.0 and len(calls) == 3

    with pytest.raises(KeyError):  # not an API failure: propagates untouched
        call_with_retries(lambda: {}["x"], lambda e: None, policy, sleep=slept.append)
