"""The response cache and the LLM wrapper: keys, persistence, several writers, cache modes,
the usage ledger and the concurrent fan-out."""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import pickle
import sqlite3
import threading
import time
from dataclasses import replace
from typing import Sequence

import pytest

from iblearn.errors import LLMConnectionError, LLMServerError
from iblearn.llm import LLM, Completion, GenerationParams, Ledger, ResponseCache, Usage
from iblearn.llm.openai import OpenAIBackend

MSGS = [{"role": "user", "content": "Write f."}]


class FakeBackend:
    """Answers from a counter, records the peak number of simultaneous calls."""

    def __init__(self, max_concurrency: int = 4, delay: float = 0.0, text: str = "ans{n}", finish: str = "stop"):
        self.name, self.model, self.max_concurrency = "fake", "m", max_concurrency
        self.delay, self.text, self.finish = delay, text, finish
        self.calls = 0
        self.active = 0
        self.peak = 0
        self._lock = threading.Lock()

    def complete(self, messages: Sequence[dict[str, str]], params: GenerationParams) -> Completion:
        with self._lock:
            self.calls += 1
            n = self.calls
            self.active += 1
            self.peak = max(self.peak, self.active)
        try:
            time.sleep(self.delay)
            if "bad" in messages[-1]["content"]:
                raise LLMServerError(f"bad request {messages[-1]['content']}")
            return Completion(self.text.format(n=n, q=messages[-1]["content"]), self.model, self.name, prompt_tokens=10, completion_tokens=5,
                              latency_s=0.01, finish_reason=self.finish)
        finally:
            with self._lock:
                self.active -= 1


# --- keys ------------------------------------------------------------------------------------


def test_keys_differ_by_what_determines_the_answer():
    p = GenerationParams()
    base = ResponseCache.key("openai", "m", MSGS, p, 0)
    assert base == ResponseCache.key("openai", "m", [dict(m) for m in MSGS], GenerationParams(), 0)
    variants = [
        ResponseCache.key("ollama", "m", MSGS, p, 0),
        ResponseCache.key("openai", "m2", MSGS, p, 0),
        ResponseCache.key("openai", "m", [{"role": "user", "content": "Write g."}], p, 0),
        ResponseCache.key("openai", "m", [{"role": "system", "content": "Write f."}], p, 0),
        ResponseCache.key("openai", "m", MSGS, replace(p, temperature=0.7), 0),
        ResponseCache.key("openai", "m", MSGS, replace(p, seed=1), 0),
        ResponseCache.key("openai", "m", MSGS, replace(p, seed=2), 0),
        ResponseCache.key("openai", "m", MSGS, replace(p, max_tokens=10), 0),
        ResponseCache.key("openai", "m", MSGS, replace(p, stop=("\n",)), 0),
        ResponseCache.key("openai", "m", MSGS, replace(p, grammar="root ::= x"), 0),
        ResponseCache.key("openai", "m", MSGS, p, 1),
    ]
    assert len({base, *variants}) == len(variants) + 1


def test_key_ignores_api_key_and_url(tmp_path):
    """Two back-ends that differ only in URL and key share entries; the secret never hits disk."""
    cache = ResponseCache(tmp_path / "c.sqlite")
    a = OpenAIBackend("m", base_url="http://10.0.0.1:8000/v1", api_key="sk-secret-AAAA")
    dead = f"http://127.0.0.1:{_closed_port()}/v1"
    b = OpenAIBackend("m", base_url=dead, api_key="sk-secret-BBBB")
    key = cache.key(a.name, a.model, MSGS, GenerationParams(), 0)
    cache.put(key, Completion("hello", "m", "openai"))
    hit = LLM(b, cache).complete(MSGS)  # would raise LLMConnectionError on a miss
    assert hit.cached and hit.text == "hello"
    with pytest.raises(LLMConnectionError):
        LLM(b, cache).complete(MSGS, cache="refresh")
    blob = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"sk-secret" not in blob and b"10.0.0.1" not in blob and b"127.0.0.1" not in blob


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- persistence and concurrency -------------------------------------------------------------


def test_persistence_across_instances(tmp_path):
    path = tmp_path / "sub" / "c.sqlite"
    first = ResponseCache(path)
    k = first.key("fake", "m", MSGS, GenerationParams(), 0)
    first.put(k, Completion("def f(): pass", "m", "fake", 3, 4, 0.5, "stop"))
    second = ResponseCache(path)
    got = second.get(k)
    assert got is not None and got.text == "def f(): pass" and got.prompt_tokens == 3 and not got.cached
    assert len(second) == 1 and second.get("nope") is None
    clone = pickle.loads(pickle.dumps(second))
    assert clone.get(k) == got
    second.clear()
    assert len(first) == 0


def test_default_cache_dir_honours_env(tmp_path, monkeypatch):
    monkeypatch.setenv("IBLEARN_CACHE_DIR", str(tmp_path / "here"))
    assert ResponseCache().path == tmp_path / "here" / "responses.sqlite"


def _writer(path: str, worker: int, n: int) -> None:
    cache = ResponseCache(path)
    for i in range(n):
        k = cache.key("fake", "m", [{"role": "user", "content": f"w{worker}-{i}"}], GenerationParams(), 0)
        cache.put(k, Completion(f"text {worker} {i}", "m", "fake", 1, 1))
        shared = cache.key("fake", "m", [{"role": "user", "content": "shared"}], GenerationParams(), i % 3)
        cache.put(shared, Completion(f"shared from {worker}", "m", "fake"))
        assert cache.get(k) is not None


def test_concurrent_writer_processes_leave_a_consistent_db(tmp_path):
    path = str(tmp_path / "c.sqlite")
    ResponseCache(path)
    workers, n = 4, 40
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, w, n)) for w in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0] * workers
    cache = ResponseCache(path)
    assert len(cache) == workers * n + 3
    for w in range(workers):
        for i in range(n):
            k = cache.key("fake", "m", [{"role": "user", "content": f"w{w}-{i}"}], GenerationParams(), 0)
            assert cache.get(k).text == f"text {w} {i}"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_forked_child_does_not_reuse_the_parents_connection(tmp_path):
    cache = ResponseCache(tmp_path / "c.sqlite")
    cache.put("parent", Completion("p", "m", "fake"))  # opens the parent's connection
    parent_conn = cache._local.conn

    def child() -> None:
        cache.put("child", Completion("c", "m", "fake"))
        os._exit(0 if cache._local.conn is not parent_conn else 3)

    p = mp.get_context("fork").Process(target=child)
    p.start()
    p.join(60)
    assert p.exitcode == 0
    assert cache.get("child").text == "c" and cache.get("parent").text == "p"


# --- cache modes through LLM.complete --------------------------------------------------------


def test_use_refresh_off(tmp_path):
    b = FakeBackend()
    llm = LLM(b, ResponseCache(tmp_path / "c.sqlite"))
    first = llm.complete(MSGS)
    assert (first.text, first.cached, b.calls) == ("ans1", False, 1)
    hit = llm.complete(MSGS)
    assert (hit.text, hit.cached, b.calls) == ("ans1", True, 1) and hit.latency_s < 0.05
    other_sample = llm.complete(MSGS, sample=1)
    assert (other_sample.text, b.calls) == ("ans2", 2)
    refreshed = llm.complete(MSGS, cache="refresh")
    assert (refreshed.text, refreshed.cached, b.calls) == ("ans3", False, 3)
    assert llm.complete(MSGS).text == "ans3"  # refresh overwrote the entry
    off = llm.complete(MSGS, cache="off")
    assert (off.text, off.cached, b.calls) == ("ans4", False, 4)
    assert llm.complete(MSGS).text == "ans3"  # off neither read nor wrote
    assert len(llm.cache) == 2


def test_no_cache_at_all():
    b = FakeBackend()
    llm = LLM(b, None)
    assert [llm.complete(MSGS).text for _ in range(2)] == ["ans1", "ans2"]


def test_truncated_and_blank_answers_are_not_cached(tmp_path):
    cache = ResponseCache(tmp_path / "c.sqlite")
    LLM(FakeBackend(finish="length"), cache).complete(MSGS)
    LLM(FakeBackend(text="  \n"), cache).complete(MSGS)
    LLM(FakeBackend(text=""), cache).complete(MSGS, sample=1)
    assert len(cache) == 0
    LLM(FakeBackend(), cache).complete(MSGS)
    assert len(cache) == 1


# --- ledger ----------------------------------------------------------------------------------


def test_ledger_and_usage_sums(tmp_path):
    llm = LLM(FakeBackend(), ResponseCache(tmp_path / "c.sqlite"))
    llm.complete(MSGS, tag="a")
    mark = llm.ledger.mark()
    llm.complete(MSGS, tag="b")  # cached
    llm.complete(MSGS, sample=1, tag="b")
    total, since = llm.ledger.since(), llm.ledger.since(mark)
    assert (total.calls, total.cached_calls, total.prompt_tokens, total.completion_tokens) == (3, 1, 30, 15)
    assert (since.calls, since.cached_calls, since.total_tokens) == (2, 1, 30)
    assert total.to_json()["total_tokens"] == 45
    assert [r.tag for r in llm.ledger.records] == ["a", "b", "b"]
    assert Usage.of([]) == Usage()
    clone = pickle.loads(pickle.dumps(llm.ledger))
    clone.add(clone.records[0])
    assert clone.since().calls == 4 and isinstance(clone, Ledger)


# --- complete_many ---------------------------------------------------------------------------


def _reqs(n: int, bad: Sequence[int] = ()) -> list[dict]:
    return [{"messages": [{"role": "user", "content": f"{'bad' if i in bad else 'ok'} {i}"}]} for i in range(n)]


def test_complete_many_respects_the_backend_limit():
    b = FakeBackend(max_concurrency=8, delay=0.1)
    out = LLM(b).complete_many(_reqs(16))
    assert len(out) == 16 and b.calls == 16
    assert b.peak == 8  # all 8 slots used, never more (default thread pools hold only cpus + 4)


def test_complete_many_respects_a_caller_limit():
    b = FakeBackend(max_concurrency=8, delay=0.05)
    LLM(b).complete_many(_reqs(10), concurrency=3)
    assert 2 <= b.peak <= 3
    b = FakeBackend(max_concurrency=2, delay=0.05)
    LLM(b).complete_many(_reqs(6), concurrency=50)  # never above what the back-end allows
    assert b.peak <= 2
    b = FakeBackend(max_concurrency=1, delay=0.01)
    LLM(b).complete_many(_reqs(4))
    assert b.peak == 1


@pytest.mark.parametrize("limit", [1, 4])
def test_complete_many_keeps_order_and_returns_exceptions(limit):
    b = FakeBackend(max_concurrency=limit, delay=0.01, text="{q}")
    out = LLM(b).complete_many(_reqs(8, bad=(2, 5)))
    assert [type(o).__name__ for o in out] == ["Completion"] * 2 + ["LLMServerError"] + ["Completion"] * 2 + [
        "LLMServerError"
    ] + ["Completion"] * 2
    assert "bad 5" in str(out[5])
    assert all(o.text == f"ok {i}" for i, o in enumerate(out) if isinstance(o, Completion))


def test_complete_many_inside_a_running_loop():
    b = FakeBackend(max_concurrency=4, delay=0.01)

    async def main() -> list:
        return LLM(b).complete_many(_reqs(5, bad=(1,)))

    out = asyncio.run(main())
    assert len(out) == 5 and isinstance(out[1], LLMServerError) and b.peak <= 4


def test_spec_of_wrapper():
    assert LLM(FakeBackend()).spec == "fake:m" and repr(LLM(FakeBackend())) == "LLM('fake:m')"
    assert LLM(FakeBackend()).context_window is None
