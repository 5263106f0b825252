"""Fan-out over several OpenAI-compatible servers of one model: requests spread within each
server's concurrency limit, a lost server is set aside, and a fit finishes on the others.

The first tests use small scripted HTTP servers (timing and failures on demand); the last one
runs two real llama.cpp servers with the embedded model and stops one in the middle of a fit.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from iblearn.errors import ConfigError, LLMConnectionError, LLMServerError
from iblearn.llm import get_llm, parse_spec
from iblearn.llm.base import GenerationParams
from iblearn.llm.fanout import FanOutBackend

sys.path.insert(0, str(Path(__file__).parent))

MSGS = [{"role": "user", "content": "Return 1."}]


class Server:
    """An OpenAI-compatible endpoint that answers after ``delay`` s and counts concurrent requests."""

    def __init__(self, delay: float = 0.2, status: int = 200, content: str | None = None):
        self.delay, self.status, self.content = delay, status, content
        self.served = 0
        self.in_flight = 0
        self.peak = 0
        self.lock = threading.Lock()
        srv = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("content-length") or 0))
                with srv.lock:
                    srv.in_flight += 1
                    srv.peak = max(srv.peak, srv.in_flight)
                time.sleep(srv.delay)
                with srv.lock:
                    srv.in_flight -= 1
                    srv.served += 1
                if srv.status != 200:
                    body = json.dumps({"error": {"message": "scripted", "code": srv.status}}).encode()
                else:
                    body = json.dumps({"id": "c", "object": "chat.completion", "created": 0, "model": "m",
                                       "choices": [{"index": 0, "finish_reason": "stop",
                                                    "message": {"role": "assistant",
                                                                "content": srv.content or f"from {srv.port}"}}],
                                       "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}}).encode()
                try:
                    self.send_response(srv.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def servers():
    made: list[Server] = []

    def make(**kw: Any) -> Server:
        made.append(Server(**kw))
        return made[-1]

    yield make
    for s in made:
        s.stop()


def _closed_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/v1"


def _params(i: int = 0) -> GenerationParams:
    return GenerationParams(0.0, i, 16, (), None)


def test_spec_with_several_urls_builds_a_fan_out():
    s = parse_spec("vllm:Qwen/Qwen2.5-Coder-7B@http://a:8000/v1, http://b:8000/v1")
    assert s.urls == ["http://a:8000/v1", "http://b:8000/v1"] and s.model == "Qwen/Qwen2.5-Coder-7B"
    llm = get_llm(str(s), cache=False, max_concurrency=3)
    assert isinstance(llm.backend, FanOutBackend)
    assert llm.max_concurrency == 6 and llm.spec == "vllm:Qwen/Qwen2.5-Coder-7B"
    with pytest.raises(ConfigError, match="OpenAI-compatible servers only"):
        parse_spec("anthropic:claude@http://a/v1,http://b/v1")
    with pytest.raises(ConfigError, match="http"):
        parse_spec("vllm:m@http://a/v1,b:8000")
    with pytest.raises(ConfigError, match="same model"):
        from iblearn.llm.openai import OpenAIBackend

        FanOutBackend([OpenAIBackend("a", provider="vllm", base_url="http://a/v1"),
                       OpenAIBackend("b", provider="vllm", base_url="http://b/v1")])


def test_requests_spread_within_each_endpoints_limit(servers):
    a, b = servers(delay=0.3), servers(delay=0.3)
    llm = get_llm(f"openai:m@{a.url},{b.url}", cache=False, max_concurrency=2)
    t0 = time.perf_counter()
    out = llm.complete_many([dict(messages=MSGS, seed=i) for i in range(8)])
    elapsed = time.perf_counter() - t0
    assert all(not isinstance(c, BaseException) for c in out), out
    assert a.served == 4 and b.served == 4
    assert a.peak <= 2 and b.peak <= 2 and max(a.peak, b.peak) == 2
    assert elapsed < 8 * 0.3 * 0.6  # ran four at a time, not one after another
    status = llm.backend.status()
    assert [s["served"] for s in status] == [4, 4] and not any(s["down"] for s in status)


def test_an_unreachable_endpoint_is_set_aside_and_the_others_serve(servers):
    good = servers(delay=0.05)
    dead = _closed_url()
    llm = get_llm(f"openai:m@{dead},{good.url}", cache=False, max_concurrency=2, cooldown=60)
    out = llm.complete_many([dict(messages=MSGS, seed=i) for i in range(6)])
    assert all(not isinstance(c, BaseException) for c in out), out
    assert good.served == 6
    dead_status, good_status = llm.backend.status()
    assert dead_status["failures"] >= 1 and dead_status["down"] and "connect" in dead_status["last_error"]
    assert good_status["served"] == 6
    failures_before = dead_status["failures"]
    llm.complete(MSGS, seed=99)  # while set aside, the dead endpoint is not tried again
    assert llm.backend.status()[0]["failures"] == failures_before


def test_losing_every_endpoint_names_each_failure():
    a, b = _closed_url(), _closed_url()
    llm = get_llm(f"openai:m@{a},{b}", cache=False)
    with pytest.raises(LLMConnectionError, match="all 2 endpoints failed") as info:
        llm.complete(MSGS)
    assert a in str(info.value) and b in str(info.value)


def test_a_server_error_fails_over_but_a_bad_request_does_not(servers):
    broken, good = servers(delay=0.0, status=503), servers(delay=0.0)
    llm = get_llm(f"openai:m@{broken.url},{good.url}", cache=False, max_retries=0)
    assert llm.complete(MSGS).text == f"from {good.port}"
    assert broken.served == 1 and good.served == 1
    bad, other = servers(delay=0.0, status=400), servers(delay=0.0)
    llm = get_llm(f"openai:m@{bad.url},{other.url}", cache=False, max_retries=0)
    with pytest.raises(LLMServerError, match="400"):
        llm.complete(MSGS)
    assert other.served == 0  # another server would reject the same request: don't spend its time


def test_search_sends_candidates_concurrently_through_the_fan_out(servers, tmp_path):
    """best_of_n over a fan-out: first answers of a batch are in flight together on both servers."""
    import numpy as np

    from iblearn import IBLClassifier

    code = "```python\nimport numpy as np\n\ndef predict(x0, x1):\n    return 1 / (1 + np.exp(-(x0 - x1)))\n```"

    a, b = servers(delay=0.4, content=code), servers(delay=0.4, content=code)
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 2)).round(2)
    y = (X[:, 0] > X[:, 1]).astype(int)
    llm = get_llm(f"openai:m@{a.url},{b.url}", cache=False, max_concurrency=2)
    est = IBLClassifier(llm=llm, strategy="best_of_n", max_calls=4, max_repairs=0, progress=False).fit(X, y)
    assert a.served + b.served == 4 and a.served >= 1 and b.served >= 1
    assert max(a.peak, b.peak) >= 1 and a.peak + b.peak >= 3  # requests overlapped across the fleet
    assert [c.id for c in est.search_log_] == [0, 1, 2, 3] and all(c.valid for c in est.search_log_)


# --- two real llama.cpp servers, one stopped mid-fit ------------------------------------------


@pytest.mark.server
@pytest.mark.llm
def test_fit_finishes_when_one_of_two_real_servers_stops(tmp_path_factory, tmp_path):
    from test_openai_server import _free_port, _weights  # the embedded GGUF, assembled and checked

    import importlib.util
    import subprocess
    import urllib.request

    import numpy as np

    from iblearn import IBLClassifier

    if importlib.util.find_spec("llama_cpp.server") is None:
        pytest.skip("llama-cpp-python[server] is not installed")
    tmp = tmp_path_factory.mktemp("fleet")
    model = _weights(tmp)
    procs, urls, logs = [], [], []
    try:
        for i in range(2):
            port = _free_port()
            logs.append((tmp / f"server{i}.log").open("wb"))
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
                 "--port", str(port), "--n_ctx", "4096", "--n_threads", "1"], stdout=logs[-1], stderr=subprocess.STDOUT))
            urls.append(f"http://127.0.0.1:{port}/v1")
        deadline = time.monotonic() + 180
        for proc, url in zip(procs, urls):
            while True:
                assert proc.poll() is None, (tmp / "server0.log").read_text()[-2000:]
                try:
                    with urllib.request.urlopen(url + "/models", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                assert time.monotonic() < deadline, "llama_cpp.server did not start within 180 s"
                time.sleep(0.5)

        llm = get_llm(f"llamacpp:qwen@{urls[0]},{urls[1]}", cache=tmp_path / "fresh.sqlite", max_concurrency=1,
                      timeout=300, cooldown=600)
        fan: FanOutBackend = llm.backend  # type: ignore[assignment]
        stopped_at: dict[str, int] = {}

        def stop_first_server_after_two_answers() -> None:
            while sum(s["served"] for s in fan.status()) < 2:
                time.sleep(0.2)
            procs[0].terminate()
            procs[0].wait(30)
            stopped_at["served"] = sum(s["served"] for s in fan.status())

        killer = threading.Thread(target=stop_first_server_after_two_answers, daemon=True)
        killer.start()
        from sklearn.datasets import make_moons

        X, y = make_moons(n_samples=40, noise=0.05, random_state=0)
        X = X.round(3)
        est = IBLClassifier(llm=llm, strategy="best_of_n", max_calls=6, max_repairs=1, progress=False, random_state=0)
        est.fit(X, y)
        killer.join(60)
        assert procs[0].poll() is not None, "the first server was never stopped: the fit ended too early"
        status = fan.status()
        assert status[1]["served"] > 0
        after = sum(s["served"] for s in status) - stopped_at["served"]
        assert after >= 1, status  # answers came after the stop, from the surviving server
        assert status[0]["failures"] >= 1 and status[0]["down"], status
        assert est.model_ is not None and np.isfinite(est.predict_proba(X)).all()
        usage = llm.ledger.since()
        assert usage.calls == 6 and usage.cached_calls == 0
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
        for log in logs:
            log.close()
