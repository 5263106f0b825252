"""Run a generated code model in a separate, locked-down process.

The second safety layer (the first is :mod:`iblearn.checks`). Generated code never runs in the
host process: each :class:`SandboxWorker` owns one warm worker process (``_worker.py``) that loads
the code once and then serves many calls.

The worker is started as ``<python> -I -B _worker.py`` with a scrubbed environment (PATH, LANG and
single-thread BLAS settings only: no API keys, no HOME), a fresh private directory as cwd and its
own session, so the whole process group can be killed. Before it runs any generated code it
drops everything it does not need (details in the ``_worker`` docstring): no network (network
namespace), an empty filesystem (chroot + Landlock), uid nobody, no new privileges, no
fork/exec/sockets/ptrace (seccomp, x86-64), limits on memory, file size, open files and CPU. The
host adds a wall-clock timeout that kills the process group, and treats every byte coming back as
untrusted (sizes, dtypes and shapes are checked before anything is allocated).

Data travels over pipes as JSON headers plus raw ``.npy`` bytes (never pickles). Bulk data takes
a faster way: each worker shares one sealed memory file (``memfd``, the *arena*) with the host;
per-call arrays of :data:`ARENA_MIN_BYTES` or more are copied into it and read in place by the
worker (read-only), and a big float64 result is written back into a slot the host reserved and
copied out before it is checked. Data stored with :meth:`SandboxWorker.put` (and everything where
there is no memfd) goes as ``.npy`` files of :data:`FILE_TRANSFER_MIN_BYTES` or more, written
into the worker's private directory and memory-mapped read-only. Numeric columns travel as
float64, text columns as numpy unicode arrays (``'<U..'``). Inputs are read-only inside the
worker, so stored data cannot drift between calls.

Timing, measured on a 2-core VM: starting a worker takes ~0.15 s; a warm call on 1,000,000 rows x
4 float64 columns costs ~4 ms of overhead when the data is sent with the call (~13 ms through
files) and under 1 ms with a stored handle.
"""

from __future__ import annotations

import atexit
import fcntl
import functools
import io
import json
import math
import mmap
import os
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.lib.format as npformat

from .checks import check_source
from .errors import DataError, SandboxError

__all__ = ["FILE_TRANSFER_MIN_BYTES", "Limits", "SandboxWorker", "run_code"]

_WORKER_SCRIPT = Path(__file__).with_name("_worker.py")
#: Arrays at least this large go through a memory-mapped file instead of the pipe.
FILE_TRANSFER_MIN_BYTES = 4 << 20
#: Per-call arrays (and results) at least this large go through the shared arena instead.
ARENA_MIN_BYTES = 1 << 20
_ARENA_ALIGN = 64
_MAX_HEADER_BYTES = 8 << 20
_MAX_NPY_HEADER = 64 << 10
_STARTUP_SECONDS = 60.0
_CHUNK = 1 << 20
_STDOUT_CAP = 64 << 10


@dataclass(frozen=True)
class Limits:
    """Per-call limits. ``memory_mb`` caps the worker's whole address space (RLIMIT_AS).

    ``max_output_values`` defaults to ``16 * rows + 1024`` values per call.
    """

    cpu_seconds: float = 20.0
    wall_seconds: float = 30.0
    memory_mb: int = 2048
    max_output_values: int | None = None

    def __post_init__(self) -> None:
        if not (self.cpu_seconds > 0 and self.wall_seconds > 0):
            raise ValueError("cpu_seconds and wall_seconds must be positive")
        if self.memory_mb < 128:
            raise ValueError("memory_mb must be at least 128 (python and numpy alone need ~100 MB)")
        if self.max_output_values is not None and self.max_output_values < 1:
            raise ValueError("max_output_values must be positive")


class _Timeout(Exception):
    pass


class _Dead(Exception):
    pass


class _Protocol(Exception):
    pass


class _TooBig(Exception):
    pass


@dataclass
class _Handle:
    rows: int
    pipe: dict[str, np.ndarray]  # small arrays, resent after a restart
    files: dict[str, str]  # name -> path relative to the jail, mapped again after a restart


_LIVE: "weakref.WeakSet[SandboxWorker]" = weakref.WeakSet()
_LIVE_LOCK = threading.RLock()  # re-entrant: __del__ may run inside a locked section


def _close_all() -> None:
    with _LIVE_LOCK:
        workers = list(_LIVE)
    for w in workers:
        try:
            w.close()
        except Exception:  # noqa: BLE001 - best effort at exit
            pass


atexit.register(_close_all)


def _scrubbed_env() -> dict[str, str]:
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        # glibc malloc: keep freed memory for the next call. By default a fresh process hands the
        # big temporaries of a call back to the kernel and page-faults them in again on the next
        # one, which made a warm worker's numpy code ~2x slower than the same code in the host
        # (measured: 56 vs 32 ms per million rows). RLIMIT_AS still caps what it can keep.
        "MALLOC_MMAP_THRESHOLD_": str(32 << 20),
        "MALLOC_TRIM_THRESHOLD_": str(1 << 30),
    }


def _coerce(name: Any, value: Any) -> np.ndarray:
    if not isinstance(name, str):
        raise DataError(f"input names must be strings, not {type(name).__name__}")
    a = np.asarray(value)
    kind = a.dtype.kind
    if kind in "biuf":
        return np.asarray(a, dtype=np.float64, order="C")
    if kind == "U":
        return np.asarray(a, dtype=a.dtype.newbyteorder("<"), order="C")
    if kind == "S":
        return np.asarray(np.char.decode(a, "utf-8", "replace"), order="C")
    if kind == "O":
        try:
            return np.asarray(a, dtype=np.float64, order="C")
        except (TypeError, ValueError):
            return np.asarray(a.astype(str), order="C")
    if kind in "mM":
        return np.asarray(a.astype(str), order="C")
    raise DataError(f"input {name!r} has dtype {a.dtype}, which the sandbox cannot pass (use numbers or text)")


def _rows(arrays: dict[str, np.ndarray]) -> int:
    return max((a.shape[0] for a in arrays.values() if a.ndim >= 1), default=0)


def _json_value(key: str, v: Any) -> Any:
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, (int, float, np.integer, np.floating, np.bool_)):
        return float(v) if not isinstance(v, (bool, np.bool_)) else bool(v)
    if isinstance(v, (list, tuple, np.ndarray)):
        return [float(x) for x in np.asarray(v, dtype=np.float64).ravel()]
    raise TypeError(f"keyword argument {key!r} must be a number, text or a list of numbers, not {type(v).__name__}")


@functools.lru_cache(maxsize=256)
def _result_header(raw: bytes) -> tuple[tuple[int, ...], bool, np.dtype, int]:
    """A result's .npy header: shape, Fortran order, dtype and the bytes it used (version 1.0 only).

    Parsing one costs ~60 us (numpy evaluates it as a Python literal), and a parameter fit reads
    millions of results whose headers repeat byte for byte; the parse depends on the bytes alone.
    """
    bio = io.BytesIO(raw)
    version = npformat.read_magic(bio)
    if version != (1, 0):
        raise ValueError(f"version {version}")
    shape, fortran, dtype = npformat.read_array_header_1_0(bio)
    return shape, fortran, dtype, bio.tell()


def _json_kwargs(kwargs: dict[str, Any] | None) -> dict[str, Any]:
    if not kwargs:
        return {}
    if all(type(k) is str and type(v) is float for k, v in kwargs.items()):
        return dict(kwargs)  # parameter fits send millions of these: plain floats need no conversion
    out = {}
    for k, v in kwargs.items():
        if not isinstance(k, str):
            raise TypeError("keyword argument names must be strings")
        out[k] = _json_value(k, v)
    return out


def _bytes_view(arr: np.ndarray) -> memoryview:
    return memoryview(arr.reshape(-1).view(np.uint8))


def _npy_header(arr: np.ndarray) -> bytes:
    bio = io.BytesIO()
    npformat.write_array_header_1_0(bio, npformat.header_data_from_array_1_0(arr))
    return bio.getvalue()


@dataclass(frozen=True)
class _Placed:
    """An input array already copied into the arena: where it is and what it looks like."""

    offset: int
    dtype: str
    shape: tuple[int, ...]


def _checked_count(shape: Any, max_values: int) -> int:
    """How many values an untrusted result shape holds; raises before anything is allocated."""
    count = 1
    for d in shape:
        if not isinstance(d, int) or isinstance(d, bool) or d < 0:
            raise _Protocol("bad shape")
        count *= d
    if count > max_values:
        raise _TooBig(f"the output has {count:,} values, more than the limit of {max_values:,}")
    return count


def _align(n: int, to: int = _ARENA_ALIGN) -> int:
    return (n + to - 1) // to * to


def _new_arena() -> int:
    """A sealed shared-memory file for bulk transfers (Linux), or -1 where there is none.

    Sealed against shrinking (a worker that truncated it would crash the host on its next read)
    and against further seals (it could otherwise forbid the host to grow or write it).
    """
    try:
        fd = os.memfd_create("iblearn-arena", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    except (AttributeError, OSError):
        return -1
    try:
        fcntl.fcntl(fd, fcntl.F_ADD_SEALS, fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_SEAL)
    except (AttributeError, OSError):
        os.close(fd)
        return -1
    return fd


def _signal_name(num: int) -> str:
    try:
        return signal.Signals(num).name
    except ValueError:
        return f"signal {num}"


class SandboxWorker:
    """One warm, locked-down process that runs one code model for many calls.

    ``checked=True`` runs :func:`iblearn.checks.check_source` first (raises ``CodeRejected``).
    Loading the code (running its module level) happens once, at construction; a failure there
    raises :class:`SandboxError`. After a crash or a timeout the next call starts a new process.
    """

    def __init__(self, source: str, entry: str = "predict", *, limits: Limits = Limits(), checked: bool = True):
        if checked:
            check_source(source)
        if not isinstance(source, str):
            raise SandboxError("the code must be a str", "error")
        if not (isinstance(entry, str) and entry.isidentifier() and not entry.startswith("__")):
            raise ValueError(f"entry must be a plain function name, not {entry!r}")
        self.source = source
        self.entry = entry
        self.limits = limits
        self.checked = checked
        self.isolation: dict[str, Any] = {}
        self.last_stdout = ""
        self.restarts = 0
        self._lock = threading.RLock()
        self._proc: subprocess.Popen | None = None
        self._wfd = self._rfd = self._data_fd = -1
        self._loaded: set[str] = set()
        self._handles: dict[str, _Handle] = {}
        self._closed = False
        self._started = False
        self._base = ""
        self._arena_fd = -1
        self._arena: mmap.mmap | None = None
        self._arena_size = 0
        #: values per row the results usually have (classes for multiclass); sizes the arena's result slot
        self.output_width = 1
        with _LIVE_LOCK:
            _LIVE.add(self)
        try:
            # <base> is private to the host (0700); <base>/jail becomes the worker's root directory
            # and holds nothing but data/, the input files the host writes for this worker.
            self._base = tempfile.mkdtemp(prefix="iblearn-sandbox-")
            self._jail = os.path.join(self._base, "jail")
            os.mkdir(self._jail)
            os.mkdir(os.path.join(self._jail, "data"))
            os.chmod(self._jail, 0o755)  # readable, not writable, by the unprivileged worker
            os.chmod(os.path.join(self._jail, "data"), 0o755)
            self._data_fd = os.open(os.path.join(self._jail, "data"), os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
            self._arena_fd = _new_arena()
            self._start()
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------------ public API
    @property
    def pid(self) -> int | None:
        """The worker's process id (also its process-group and session id), or None."""
        return self._proc.pid if self._proc is not None and self._proc.returncode is None else None

    def put(self, inputs: dict[str, np.ndarray]) -> str:
        """Store ``inputs`` in the worker; returns a handle for :meth:`call` and :meth:`call_batch`."""
        arrays = {name: _coerce(name, v) for name, v in inputs.items()}
        with self._lock:
            self._check_open()
            handle = "h" + uuid.uuid4().hex[:16]
            pipe, files = {}, {}
            for i, (name, arr) in enumerate(arrays.items()):
                if arr.nbytes >= FILE_TRANSFER_MIN_BYTES:
                    files[name] = self._write_file(arr, f"{handle}-{i}.npy")
                else:
                    pipe[name] = arr
            self._handles[handle] = _Handle(_rows(arrays), pipe, files)
            self._ensure_running()
            self._ensure_handle(handle)
            return handle

    def drop(self, handle: str) -> None:
        """Forget stored data (frees the worker's memory and the files)."""
        with self._lock:
            h = self._handles.pop(handle, None)
            if h is None:
                return
            for rel in h.files.values():
                self._unlink(rel)
            if handle in self._loaded and self._alive():
                self._loaded.discard(handle)
                try:
                    self._roundtrip({"op": "drop", "handle": handle}, {}, {}, self._deadline())
                except SandboxError:
                    pass

    def call(self, inputs: dict[str, np.ndarray] | str, kwargs: dict[str, float] | None = None) -> np.ndarray:
        """``entry(**inputs, **kwargs)`` in the worker, as a float64 array. Raises SandboxError."""
        kw = _json_kwargs(kwargs)
        with self._lock:
            self._check_open()
            if isinstance(inputs, str):
                if inputs not in self._handles:
                    raise SandboxError(f"unknown data handle {inputs!r}", "error")
                rows = self._handles[inputs].rows
                self._ensure_running()
                self._ensure_handle(inputs)
                msg = {"op": "call", "handle": inputs}
                pipe, files = {}, {}
            else:
                arrays = {name: _coerce(name, v) for name, v in inputs.items()}
                rows = _rows(arrays)
                self._ensure_running()
                msg = {"op": "call"}
                pipe, files = {}, {}
            max_values = self._max_values(rows)
            msg.update(kwargs=kw, max_values=max_values, cpu=self.limits.cpu_seconds)
            shared = self._arena_layout(arrays if not isinstance(inputs, str) else {}, rows, max_values)
            result_slot = None
            if shared is not None:
                placed, result_slot = shared
                msg["arena"] = {"size": self._arena_size, "result": list(result_slot) if result_slot else None}
            try:
                if not isinstance(inputs, str):
                    for i, (name, arr) in enumerate(arrays.items()):
                        if shared is not None and name in placed:
                            pipe[name] = placed[name]  # copied into the arena: only its place travels
                        elif arr.nbytes >= FILE_TRANSFER_MIN_BYTES:  # big: a memory-mapped file is faster
                            files[name] = self._write_file(arr, f"call-{uuid.uuid4().hex[:12]}-{i}.npy")
                        else:
                            pipe[name] = arr
                reply, out = self._roundtrip(msg, pipe, files, self._deadline(), max_values, result_slot)
            finally:
                if not isinstance(inputs, str):
                    for rel in files.values():
                        self._unlink(rel)
            return self._result(reply, out)

    def call_batch(self, handle: str, kwargs_list: list[dict[str, float]]) -> list[np.ndarray | SandboxError]:
        """Many parameter sets over stored data in one round trip; one result or error per set."""
        kws = [_json_kwargs(k) for k in kwargs_list]
        results: list[np.ndarray | SandboxError | None] = [None] * len(kws)
        with self._lock:
            self._check_open()
            if handle not in self._handles:
                raise SandboxError(f"unknown data handle {handle!r}", "error")
            max_values = self._max_values(self._handles[handle].rows)
            start, deaths = 0, 0
            while start < len(kws):
                try:
                    self._ensure_running()
                    self._ensure_handle(handle)
                except SandboxError as exc:  # cannot (re)start: every remaining set gets the reason
                    for k in range(start, len(kws)):
                        results[k] = exc
                    break
                j = start
                try:
                    self._send({"op": "batch", "handle": handle, "kwargs_list": kws[start:],
                                "max_values": max_values, "cpu": self.limits.cpu_seconds}, {}, {},
                               self._deadline())
                    while j < len(kws):
                        reply, out = self._recv(self._deadline(), max_values)
                        if reply.get("index") != j - start:
                            raise _Protocol("batch replies out of order")
                        self.last_stdout = str(reply.get("stdout", ""))[:_STDOUT_CAP]
                        if reply.get("ok") and len(out) == 1:
                            results[j] = out[0]
                        elif reply.get("ok"):
                            raise _Protocol("no result array")
                        else:
                            results[j] = self._error(reply)
                        j += 1
                    start = j
                except (_Timeout, _Dead, _Protocol, _TooBig) as exc:
                    results[j] = self._failure(exc)
                    start, deaths = j + 1, deaths + 1
                    if deaths >= 2 and start < len(kws):
                        last = results[j]
                        for k in range(start, len(kws)):
                            results[k] = SandboxError(
                                "not run: the sandbox process died twice in this batch "
                                f"(last: {last.reason})", last.kind)
                        start = len(kws)
        return results  # type: ignore[return-value]

    def call_stacked(self, handle: str, names: list[str], matrix: np.ndarray) -> np.ndarray:
        """``entry`` once over stored data for many parameter sets, each parameter an (m, 1) column.

        Element-wise code then returns the m results stacked on a first axis, in one round trip and
        one vectorised pass instead of m; the caller checks that they equal :meth:`call_batch`'s for
        this code before relying on it. Raises SandboxError (also when the result does not have m
        rows); the output limit is m times a single call's."""
        values = np.asarray(matrix, dtype=np.float64)
        if values.ndim != 2 or values.shape[1] != len(names) or not values.shape[0]:
            raise ValueError("matrix must have one row per parameter set and one column per name")
        if not all(isinstance(n, str) for n in names):
            raise TypeError("parameter names must be strings")
        m = values.shape[0]
        with self._lock:
            self._check_open()
            if handle not in self._handles:
                raise SandboxError(f"unknown data handle {handle!r}", "error")
            max_values = self._max_values(self._handles[handle].rows) * m
            self._ensure_running()
            self._ensure_handle(handle)
            msg = {"op": "stacked", "handle": handle, "names": list(names), "max_values": max_values,
                   "cpu": self.limits.cpu_seconds}
            reply, out = self._roundtrip(msg, {"matrix": np.ascontiguousarray(values)}, {}, self._deadline(),
                                         max_values)
            result = self._result(reply, out)
            if result.ndim < 1 or result.shape[0] != m:
                raise SandboxError(f"stacked parameters gave shape {result.shape}, not {m} results", "error")
            return result

    def close(self) -> None:
        """Kill the worker's process group and delete its private directory. Idempotent."""
        lock = getattr(self, "_lock", None)
        if lock is None:
            return
        with lock:
            if getattr(self, "_closed", True) and self._proc is None:
                return
            self._closed = True
            self._kill()
            self._handles.clear()
            if getattr(self, "_data_fd", -1) >= 0:
                os.close(self._data_fd)
                self._data_fd = -1
            self._close_arena()
            base = getattr(self, "_base", None)
            if base:
                shutil.rmtree(base, ignore_errors=True)
                self._base = ""
        with _LIVE_LOCK:
            _LIVE.discard(self)

    def __enter__(self) -> SandboxWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - best effort during garbage collection/shutdown
            pass

    # ------------------------------------------------------------------ process management
    def _check_open(self) -> None:
        if self._closed:
            raise SandboxError("this sandbox worker is closed", "error")

    def _alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _deadline(self) -> float:
        return time.monotonic() + self.limits.wall_seconds

    def _max_values(self, rows: int) -> int:
        if self.limits.max_output_values is not None:
            return int(self.limits.max_output_values)
        return 16 * rows + 1024

    def _ensure_running(self) -> None:
        if self._alive():
            return
        if self._proc is not None:  # died since the last call: reap it and start afresh
            self._kill()
        self._start()

    def _start(self) -> None:
        if self._started:
            self.restarts += 1
        self._started = True
        debug = bool(os.environ.get("IBLEARN_SANDBOX_DEBUG"))
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        for fd in (to_child_w, from_child_r):
            try:
                fcntl.fcntl(fd, 1031, 1 << 20)  # F_SETPIPE_SZ: fewer wake-ups for big arrays
            except OSError:
                pass
        cfg = {"rfd": to_child_r, "wfd": from_child_w, "host_pid": os.getpid(), "arena_fd": self._arena_fd,
               "memory_bytes": int(self.limits.memory_mb) << 20, "debug": debug}
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-I", "-B", str(_WORKER_SCRIPT), json.dumps(cfg)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=None if debug else subprocess.DEVNULL,
                cwd=self._jail,
                env=_scrubbed_env(),
                pass_fds=(to_child_r, from_child_w) + ((self._arena_fd,) if self._arena_fd >= 0 else ()),
                close_fds=True,
                start_new_session=True,
            )
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self._wfd, self._rfd = to_child_w, from_child_r
        os.set_blocking(self._wfd, False)
        os.set_blocking(self._rfd, False)
        self._loaded = set()
        try:
            ready, _ = self._recv(time.monotonic() + max(_STARTUP_SECONDS, self.limits.wall_seconds), 0)
        except (_Timeout, _Dead, _Protocol, _TooBig) as exc:
            raise self._failure(exc, starting=True) from None
        if ready.get("op") != "ready" or not ready.get("ok"):
            self._kill()
            raise SandboxError(str(ready.get("message", "the sandbox process did not start")), "crash")
        self.isolation = dict(ready.get("isolation") or {})
        reply, _ = self._roundtrip({"op": "load", "source": self.source, "entry": self.entry,
                                    "cpu": self.limits.cpu_seconds}, {}, {}, self._deadline())
        if not reply.get("ok"):
            err = self._error(reply, loading=True)
            self._kill()
            raise err

    def _kill(self) -> int | None:
        proc, self._proc = self._proc, None
        for fd in (self._wfd, self._rfd):
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._wfd = self._rfd = -1
        self._loaded = set()
        if proc is None:
            return None
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the whole session/group, even if the leader is gone
        except (ProcessLookupError, PermissionError):
            pass
        try:
            return proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL does not fail
            return None

    # ------------------------------------------------------------------ shared arena
    def _arena_layout(self, arrays: dict[str, np.ndarray], rows: int,
                      max_values: int) -> tuple[dict[str, "_Placed"], tuple[int, int] | None] | None:
        """Copy this call's big arrays into the arena and reserve a slot for the result; None to skip it.

        The arena is one shared-memory file per worker, mapped by both processes for their whole
        lives: a 32 MB table costs one memory copy instead of a file write plus page faults on the
        other side, and a big result comes back without the pipe.
        """
        if self._arena_fd < 0:
            return None
        big = {n: a for n, a in arrays.items() if a.nbytes >= ARENA_MIN_BYTES and a.dtype.kind in "fU"}
        result_bytes = 8 * min(max_values, rows * max(1, int(self.output_width)))
        want_result = result_bytes >= ARENA_MIN_BYTES
        if not big and not want_result:
            return None
        offsets, end = {}, 0
        for name, arr in big.items():
            offsets[name] = end
            end = _align(end + arr.nbytes)
        slot = (end, result_bytes) if want_result else None
        end += result_bytes if want_result else 0
        if end > (int(self.limits.memory_mb) << 20) // 2 or not self._arena_reserve(end):
            return None  # too big to share twice: the file path is the fallback
        assert self._arena is not None
        placed = {}
        for name, arr in big.items():
            view = np.frombuffer(self._arena, dtype=arr.dtype, count=arr.size, offset=offsets[name])
            view[...] = arr.reshape(-1)
            del view
            placed[name] = _Placed(offsets[name], arr.dtype.str, arr.shape)
        return placed, slot

    def _arena_reserve(self, nbytes: int) -> bool:
        if nbytes <= self._arena_size:
            return True
        size = _align(nbytes, 1 << 20)
        try:
            os.ftruncate(self._arena_fd, size)  # sealed against shrinking: only the host can grow it
            new = mmap.mmap(self._arena_fd, size)
        except OSError:
            return False
        old, self._arena, self._arena_size = self._arena, new, size
        if old is not None:
            old.close()
        return True

    def _arena_result(self, desc: dict, max_values: int, slot: tuple[int, int] | None) -> np.ndarray:
        """A result the worker left in the arena: checked against the slot, then copied out at once."""
        shape = desc.get("shape")
        if slot is None or self._arena is None or not isinstance(shape, list) or len(shape) > 32:
            raise _Protocol("an arena result nobody asked for")
        count = _checked_count(shape, max_values)
        offset, capacity = slot
        if 8 * count > capacity:
            raise _Protocol("the result overflows its arena slot")
        # copy: the worker can still write to the arena, so only the copy is checked and used
        return np.frombuffer(self._arena, dtype="<f8", count=count, offset=offset).reshape(shape).copy()

    def _close_arena(self) -> None:
        if getattr(self, "_arena", None) is not None:
            try:
                self._arena.close()
            except BufferError:  # pragma: no cover - a view still exists; the GC frees it
                pass
            self._arena = None
        if getattr(self, "_arena_fd", -1) >= 0:
            os.close(self._arena_fd)
            self._arena_fd = -1
        self._arena_size = 0

    def _write_file(self, arr: np.ndarray, filename: str) -> str:
        # Through a descriptor of the data directory, never following links: a worker that can
        # write into its own directory (non-root mode) cannot redirect the host's writes.
        fd = os.open(filename, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644,
                     dir_fd=self._data_fd)
        with open(fd, "wb") as f:
            os.fchmod(fd, 0o644)
            npformat.write_array(f, arr, allow_pickle=False)
        return f"data/{filename}"

    def _unlink(self, rel: str) -> None:
        try:
            os.unlink(rel.rpartition("/")[2], dir_fd=self._data_fd)
        except OSError:
            pass

    def _ensure_handle(self, handle: str) -> None:
        if handle in self._loaded:
            return
        h = self._handles[handle]
        reply, _ = self._roundtrip({"op": "put", "handle": handle}, h.pipe, h.files, self._deadline())
        if not reply.get("ok"):
            raise self._error(reply)
        self._loaded.add(handle)

    # ------------------------------------------------------------------ errors
    def _result(self, reply: dict, out: list[np.ndarray]) -> np.ndarray:
        """The one result array of a call's reply; its error, or a protocol break, raised."""
        if not reply.get("ok"):
            raise self._error(reply)
        if len(out) != 1:
            self._kill()
            raise SandboxError("the sandbox broke the protocol (no result array)", "crash")
        return out[0]

    def _failure(self, exc: Exception, starting: bool = False) -> SandboxError:
        """Kill the worker after a transport-level failure and describe it."""
        if isinstance(exc, _Timeout):
            self._kill()
            what = "starting the sandbox" if starting else "the code model"
            return SandboxError(f"wall-clock time limit exceeded ({self.limits.wall_seconds:g} s) "
                                f"while {'waiting for ' if starting else 'running '}{what}", "timeout")
        if isinstance(exc, _TooBig):
            self._kill()
            return SandboxError(str(exc), "output")
        if isinstance(exc, _Protocol):
            self._kill()
            return SandboxError(f"the sandbox process broke the protocol ({exc}); it was stopped", "crash")
        status = self._kill()
        if status is not None and status < 0:
            sig = -status
            if sig == signal.SIGXCPU:
                return SandboxError(f"CPU time limit exceeded ({self.limits.cpu_seconds:g} s)", "timeout")
            how = f"was killed by {_signal_name(sig)}"
            if sig == signal.SIGKILL:
                how += " (out of memory?)"
        elif status is not None:
            how = f"exited with status {status}"
        else:
            how = "stopped answering"
        return SandboxError(f"the sandbox process {how}; it will be restarted on the next call", "crash")

    def _error(self, reply: dict, loading: bool = False) -> SandboxError:
        self.last_stdout = str(reply.get("stdout", ""))[:_STDOUT_CAP]
        kind = str(reply.get("kind", "error"))
        if kind not in ("error", "timeout", "memory", "output", "crash"):
            kind = "error"
        etype = str(reply.get("exc_type", "Error"))
        message = str(reply.get("message", ""))
        lineno = reply.get("lineno")
        line = str(reply.get("line", ""))
        where = ""
        if isinstance(lineno, int):
            where = f" (line {lineno}" + (f": {line}" if line else "") + ")"
        prefix = "loading the code failed: " if loading else ""
        text = f"{prefix}{etype}: {message}{where}" if kind == "error" else f"{prefix}{message}{where}"
        trace = str(reply.get("trace", ""))
        if trace and kind == "error":
            text += "\nTraceback (code model lines only):\n" + trace
        err = SandboxError(text[:8000], kind)
        err.exc_type = etype  # type: ignore[attr-defined]
        err.lineno = lineno if isinstance(lineno, int) else None  # type: ignore[attr-defined]
        err.stdout = self.last_stdout  # type: ignore[attr-defined]
        return err

    # ------------------------------------------------------------------ transport
    def _roundtrip(self, msg: dict, pipe: dict[str, Any], files: dict[str, str], deadline: float,
                   max_values: int = 0, result_slot: tuple[int, int] | None = None) -> tuple[dict, list[np.ndarray]]:
        try:
            self._send(msg, pipe, files, deadline)
            reply, out = self._recv(deadline, max_values, result_slot)
        except (_Timeout, _Dead, _Protocol, _TooBig) as exc:
            raise self._failure(exc) from None
        self.last_stdout = str(reply.get("stdout", ""))[:_STDOUT_CAP]
        return reply, out

    def _wait(self, fd: int, event: int, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _Timeout()
        poller = select.poll()
        poller.register(fd, event)
        poller.poll(max(1, int(math.ceil(remaining * 1000))))
        if time.monotonic() >= deadline and not poller.poll(0):
            raise _Timeout()

    def _write_all(self, data: Any, deadline: float) -> None:
        mv = memoryview(data).cast("B")
        off = 0
        while off < len(mv):
            try:
                off += os.write(self._wfd, mv[off:off + _CHUNK])
            except BlockingIOError:
                self._wait(self._wfd, select.POLLOUT, deadline)
            except (BrokenPipeError, OSError) as exc:
                raise _Dead(str(exc)) from None

    def _read_into(self, mv: memoryview, deadline: float) -> None:
        got = 0
        while got < len(mv):
            try:
                k = os.readv(self._rfd, [mv[got:]])
            except BlockingIOError:
                self._wait(self._rfd, select.POLLIN, deadline)
                continue
            except OSError as exc:
                raise _Dead(str(exc)) from None
            if k == 0:
                raise _Dead("end of stream")
            got += k

    def _read_exact(self, n: int, deadline: float) -> bytes:
        buf = bytearray(n)
        self._read_into(memoryview(buf), deadline)
        return bytes(buf)

    def _send(self, msg: dict, pipe: dict[str, np.ndarray], files: dict[str, str], deadline: float) -> None:
        if self._wfd < 0:
            raise _Dead("not running")
        descs: list[dict[str, Any]] = []
        blobs: list[tuple[bytes, np.ndarray]] = []
        for name, arr in pipe.items():
            if isinstance(arr, _Placed):
                descs.append({"name": name, "via": "arena", "offset": arr.offset, "dtype": arr.dtype,
                              "shape": list(arr.shape)})
                continue
            hdr = _npy_header(arr)
            descs.append({"name": name, "via": "pipe", "npy": len(hdr)})
            blobs.append((hdr, arr))
        for name, rel in files.items():
            descs.append({"name": name, "via": "file", "path": rel})
        body = json.dumps(dict(msg, arrays=descs)).encode("utf-8")
        self._write_all(struct.pack("<Q", len(body)) + body, deadline)
        for hdr, arr in blobs:
            self._write_all(hdr, deadline)
            if arr.nbytes:
                self._write_all(_bytes_view(arr), deadline)

    def _recv(self, deadline: float, max_values: int,
              result_slot: tuple[int, int] | None = None) -> tuple[dict, list[np.ndarray]]:
        """Read one reply. Everything from the worker is untrusted: sizes and types are checked."""
        (n,) = struct.unpack("<Q", self._read_exact(8, deadline))
        if n > _MAX_HEADER_BYTES:
            raise _Protocol(f"a {n:,}-byte header")
        try:
            header = json.loads(self._read_exact(n, deadline).decode("utf-8"))
        except Exception as exc:  # noqa: BLE001 - bad UTF-8/JSON, nesting bombs (RecursionError)
            raise _Protocol(f"unreadable header: {type(exc).__name__}") from None
        if not isinstance(header, dict):
            raise _Protocol("the header is not an object")
        descs = header.get("arrays", [])
        if not isinstance(descs, list) or len(descs) > 1:
            raise _Protocol("unexpected arrays")
        out: list[np.ndarray] = []
        for desc in descs:
            if isinstance(desc, dict) and desc.get("via") == "arena":
                out.append(self._arena_result(desc, max_values, result_slot))
                continue
            hlen = desc.get("npy") if isinstance(desc, dict) else None
            if not isinstance(hlen, int) or not 0 < hlen <= _MAX_NPY_HEADER:
                raise _Protocol("bad array header length")
            raw = self._read_exact(hlen, deadline)
            try:
                shape, fortran, dtype, used = _result_header(raw)
            except Exception as exc:  # noqa: BLE001 - any malformed header is a protocol error
                raise _Protocol(f"bad .npy header: {exc}") from None
            if dtype != np.dtype("<f8") or fortran or used != hlen or len(shape) > 32:
                raise _Protocol(f"unexpected result array ({dtype}, fortran={fortran})")
            _checked_count(shape, max_values)
            arr = np.empty(shape, dtype=np.float64)
            if arr.nbytes:
                self._read_into(_bytes_view(arr), deadline)
            out.append(arr)
        return header, out


def run_code(source: str, inputs: dict[str, np.ndarray], kwargs: dict[str, float] | None = None, *,
             entry: str = "predict", limits: Limits = Limits(), checked: bool = True) -> np.ndarray:
    """One-shot convenience: start a worker, call ``entry`` once, stop the worker."""
    with SandboxWorker(source, entry, limits=limits, checked=checked) as worker:
        return worker.call(inputs, kwargs)
