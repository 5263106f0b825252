"""iblearn sandbox worker: runs ONE generated code model inside a locked-down process.

This file is a standalone script (stdlib + numpy only; it never imports iblearn). The host
(:mod:`iblearn.sandbox`) starts it as::

    <python> -I -B _worker.py '<json config>'

with a scrubbed environment, a fresh private directory as cwd, ``start_new_session=True`` and the
two protocol pipes passed as inherited file descriptors. Before any untrusted code runs it:

1. imports numpy, math and the numpy submodules a code model may touch (nothing can be imported
   after step 2);
2. if root: ``unshare(CLONE_NEWNET)`` (no network), ``chroot`` into the private directory (which
   holds nothing but this model's input files), drops to uid/gid 65534 (nobody) with no
   supplementary groups; if not root: tries ``unshare(CLONE_NEWUSER|CLONE_NEWNET)`` and, when the
   OS allows it, chroots there and drops every capability; when the OS refuses, carries on without
   namespaces (the seccomp filter below still blocks sockets, exec and fork);
3. sets ``PR_SET_NO_NEW_PRIVS``, ``PR_SET_DUMPABLE=0`` and ``PR_SET_PDEATHSIG=SIGKILL`` (dies with
   the host);
4. sets resource limits: RLIMIT_AS (memory), RLIMIT_FSIZE=0 (no file can grow), RLIMIT_NOFILE
   small, RLIMIT_CORE=0, RLIMIT_NPROC=0 (no fork), RLIMIT_MEMLOCK=0; RLIMIT_CPU is armed per call;
5. where the kernel has Landlock (5.13+), forbids every filesystem access except reading its own
   input files (and, on newer kernels, TCP and signals to processes outside the sandbox);
6. on x86-64, installs a seccomp filter that makes socket, exec, fork/clone, ptrace, kill of other
   processes, namespace/mount/chroot/prctl/bpf/keyctl/io_uring and similar calls fail with EPERM;
7. runs the code with a restricted ``__builtins__`` (defence in depth only; the process boundary
   is what holds).

Protocol: each message is an 8-byte little-endian length, a UTF-8 JSON header, then raw ``.npy``
bytes (numpy.lib.format headers + C-order data) for every array the header lists with
``"via": "pipe"``. Arrays listed with ``"via": "file"`` are ``.npy`` files the host wrote into the
private directory; they are memory-mapped read-only. Arrays listed with ``"via": "arena"`` sit at
an offset in the host's shared memory file (inherited descriptor ``arena_fd``, sealed against
shrinking); a call that names a result slot there gets its float64 result written into it
instead of the pipe. Nothing is ever pickled.
"""

from __future__ import annotations

import builtins
import collections
import ctypes
import io
import json
import math
import mmap  # np.load(mmap_mode=...) and the arena; no imports after chroot
import os
import resource
import signal
import struct
import sys
import traceback
import warnings

import numpy as np
import numpy.lib.format as npformat

# Submodules a code model may reach as attributes (np.random.x, np.fft.x ...). Touch them now:
# after the chroot nothing more can be imported.
import numpy.linalg  # noqa: F401

for _sub in ("fft", "random", "polynomial", "ma", "char", "strings", "rec", "emath", "dtypes", "exceptions"):
    try:
        getattr(np, _sub)
    except Exception:  # older numpy without that submodule
        pass

CODE_FILENAME = "<code model>"
NOBODY = 65534
MAX_HEADER_BYTES = 256 * 1024 * 1024
STDOUT_CAP = 16 * 1024

#: Keep in sync with iblearn.checks.ALLOWED_BUILTINS (a test compares them).
ALLOWED_BUILTINS = (
    "abs", "all", "any", "bool", "dict", "divmod", "enumerate", "filter", "float", "frozenset",
    "int", "isinstance", "len", "list", "map", "max", "min", "pow", "print", "range",
    "reversed", "round", "set", "slice", "sorted", "str", "sum", "tuple", "zip",
    "ArithmeticError", "AssertionError", "Exception", "FloatingPointError", "IndexError",
    "KeyError", "NotImplementedError", "OverflowError", "RuntimeError", "TypeError",
    "ValueError", "ZeroDivisionError",
)  # fmt: skip

_IMPORTABLE = {"numpy": np, "math": math, "numpy.linalg": np.linalg}

# --------------------------------------------------------------------------- lockdown

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_SECCOMP = 22
PR_SET_NO_NEW_PRIVS = 38
SECCOMP_MODE_FILTER = 2

_libc = ctypes.CDLL(None, use_errno=True)


def _prctl(option: int, arg: int = 0) -> bool:
    return _libc.prctl(ctypes.c_int(option), ctypes.c_ulong(arg), ctypes.c_ulong(0), ctypes.c_ulong(0),
                       ctypes.c_ulong(0)) == 0


def _drop_capabilities() -> bool:
    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]

    hdr = Header(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3
    data = (Data * 2)()
    return _libc.capset(ctypes.byref(hdr), ctypes.byref(data)) == 0


# x86-64 syscall numbers the filter refuses (EPERM). A deny-list: Python and numpy need a wide,
# version-dependent set of ordinary calls, while everything here is something a numeric function
# never needs and an escape would.
_X86_64_DENY = {
    41: "socket", 42: "connect", 43: "accept", 44: "sendto", 45: "recvfrom", 46: "sendmsg",
    47: "recvmsg", 48: "shutdown", 49: "bind", 50: "listen", 51: "getsockname",
    52: "getpeername", 53: "socketpair", 54: "setsockopt", 55: "getsockopt", 288: "accept4",
    299: "recvmmsg", 307: "sendmmsg",
    56: "clone", 57: "fork", 58: "vfork", 435: "clone3", 59: "execve", 322: "execveat",
    101: "ptrace", 310: "process_vm_readv", 311: "process_vm_writev", 312: "kcmp",
    62: "kill", 200: "tkill", 129: "rt_sigqueueinfo", 297: "rt_tgsigqueueinfo",
    424: "pidfd_send_signal", 434: "pidfd_open", 438: "pidfd_getfd", 440: "process_madvise",
    448: "process_mrelease",
    272: "unshare", 308: "setns", 165: "mount", 166: "umount2", 155: "pivot_root", 161: "chroot",
    133: "mknod", 259: "mknodat", 428: "open_tree", 429: "move_mount", 430: "fsopen",
    431: "fsconfig", 432: "fsmount", 433: "fspick", 442: "mount_setattr",
    303: "name_to_handle_at", 304: "open_by_handle_at",
    157: "prctl", 317: "seccomp", 250: "keyctl", 248: "add_key", 249: "request_key", 321: "bpf",
    298: "perf_event_open", 323: "userfaultfd", 425: "io_uring_setup", 426: "io_uring_enter",
    427: "io_uring_register", 135: "personality", 246: "kexec_load", 320: "kexec_file_load",
    175: "init_module", 313: "finit_module", 176: "delete_module", 169: "reboot", 167: "swapon",
    168: "swapoff", 172: "iopl", 173: "ioperm", 163: "acct", 103: "syslog", 179: "quotactl",
    279: "move_pages", 256: "migrate_pages", 227: "clock_settime", 159: "adjtimex",
    164: "settimeofday", 170: "sethostname", 171: "setdomainname",
}  # fmt: skip
_X86_64_TGKILL = 234
_X86_64_PRLIMIT64 = 302
_AUDIT_ARCH_X86_64 = 0xC000003E


def _install_seccomp() -> bool:
    """A classic-BPF seccomp filter (x86-64 only). True when installed."""
    if os.uname().machine != "x86_64":
        return False
    LD, JEQ, JGE, RET = 0x20, 0x15, 0x35, 0x06  # BPF_LD|W|ABS, BPF_JMP|JEQ|K, BPF_JMP|JGE|K, BPF_RET|K
    ALLOW, KILL, DENY = 0x7FFF0000, 0x80000000, 0x00050000 | 1  # ..., SECCOMP_RET_ERRNO | EPERM
    pid = os.getpid()
    prog: list[tuple] = []  # (code, jt, jf, k); jt/jf may be label names

    def emit(code, k, jt=0, jf=0):
        prog.append((code, jt, jf, k))

    labels: dict[str, int] = {}
    emit(LD, 4)  # arch
    emit(JEQ, _AUDIT_ARCH_X86_64, 1, 0)
    emit(RET, KILL)
    emit(LD, 0)  # syscall number
    emit(JGE, 0x40000000, "deny", 0)  # x32 ABI numbers
    for nr in sorted(_X86_64_DENY):
        emit(JEQ, nr, "deny", 0)
    emit(JEQ, _X86_64_TGKILL, "tgkill", 0)
    emit(JEQ, _X86_64_PRLIMIT64, "prlimit", 0)
    emit(RET, ALLOW)
    labels["tgkill"] = len(prog)  # tgkill(tgid, ...) only on ourselves (raise(), abort())
    emit(LD, 20)  # args[0] high word
    emit(JEQ, 0, 0, "deny")
    emit(LD, 16)  # args[0] low word
    emit(JEQ, pid, "allow", "deny")
    labels["prlimit"] = len(prog)  # prlimit64(0 or self, ...) only
    emit(LD, 20)
    emit(JEQ, 0, 0, "deny")
    emit(LD, 16)
    emit(JEQ, 0, "allow", 0)
    emit(JEQ, pid, "allow", "deny")
    labels["allow"] = len(prog)
    emit(RET, ALLOW)
    labels["deny"] = len(prog)
    emit(RET, DENY)

    class SockFilter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_uint16), ("jt", ctypes.c_uint8), ("jf", ctypes.c_uint8),
                    ("k", ctypes.c_uint32)]

    class SockFprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(SockFilter))]

    filters = (SockFilter * len(prog))()
    for i, (code, jt, jf, k) in enumerate(prog):
        jt = labels[jt] - i - 1 if isinstance(jt, str) else jt
        jf = labels[jf] - i - 1 if isinstance(jf, str) else jf
        if not (0 <= jt <= 255 and 0 <= jf <= 255):
            raise RuntimeError("seccomp filter jump out of range")
        filters[i] = SockFilter(code, jt, jf, k)
    fprog = SockFprog(len(prog), filters)
    rc = _libc.prctl(ctypes.c_int(PR_SET_SECCOMP), ctypes.c_ulong(SECCOMP_MODE_FILTER),
                     ctypes.cast(ctypes.pointer(fprog), ctypes.c_void_p), ctypes.c_ulong(0),
                     ctypes.c_ulong(0))
    return rc == 0


def _install_landlock(data_dir: str) -> int:
    """Landlock (Linux >= 5.13, unprivileged): no filesystem access except reading ``data_dir``;
    on newer kernels also no TCP and no signals or abstract sockets outside the sandbox.
    Returns the ABI version used, 0 when unavailable."""
    syscall = _libc.syscall
    syscall.restype = ctypes.c_long
    abi = syscall(ctypes.c_long(444), None, ctypes.c_size_t(0), ctypes.c_uint32(1))  # ..._VERSION
    if abi < 1:
        return 0
    fs = (1 << 13) - 1  # ABI 1: execute, write, read, read-dir, remove, make-*
    if abi >= 2:
        fs |= 1 << 13  # refer
    if abi >= 3:
        fs |= 1 << 14  # truncate
    if abi >= 5:
        fs |= 1 << 15  # ioctl on devices

    class Ruleset(ctypes.Structure):
        _fields_ = [("fs", ctypes.c_uint64), ("net", ctypes.c_uint64), ("scoped", ctypes.c_uint64)]

    class PathBeneath(ctypes.Structure):
        _pack_ = 1
        _fields_ = [("allowed", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]

    attr = Ruleset(fs, 3 if abi >= 4 else 0, 3 if abi >= 6 else 0)  # net: bind+connect tcp; scoped: abstract unix, signal
    size = 8 if abi < 4 else (16 if abi < 6 else 24)
    ruleset = syscall(ctypes.c_long(444), ctypes.byref(attr), ctypes.c_size_t(size), ctypes.c_uint32(0))
    if ruleset < 0:
        return 0
    try:
        try:
            dfd = os.open(data_dir, os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError:
            dfd = -1
        if dfd >= 0:
            rule = PathBeneath((1 << 2) | (1 << 3), dfd)  # read file, read dir
            rc = syscall(ctypes.c_long(445), ctypes.c_int(ruleset), ctypes.c_int(1), ctypes.byref(rule),
                         ctypes.c_uint32(0))
            os.close(dfd)
            if rc != 0:
                return 0
        if syscall(ctypes.c_long(446), ctypes.c_int(ruleset), ctypes.c_uint32(0)) != 0:
            return 0
    finally:
        os.close(ruleset)
    return int(abi)


def _setrlimit(which: int, value: int) -> None:
    try:
        resource.setrlimit(which, (value, value))
    except (ValueError, OSError):
        soft, hard = resource.getrlimit(which)
        resource.setrlimit(which, (min(value, hard) if hard != resource.RLIM_INFINITY else value, hard))


def lockdown(cfg: dict) -> dict:
    """Cut the process off from everything it does not need. Raises when it cannot drop root."""
    info = {"root": os.geteuid() == 0, "net_isolated": False, "user_namespace": False,
            "chroot": False, "uid": None, "no_new_privs": False, "landlock": 0, "seccomp": False}
    if os.geteuid() == 0:
        if _libc.unshare(CLONE_NEWNET) == 0:
            info["net_isolated"] = True
        try:
            os.chroot(".")
            os.chdir("/")
            info["chroot"] = True
        except OSError:
            pass
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)
        if os.getuid() != NOBODY or os.geteuid() != NOBODY or os.getegid() != NOBODY:
            raise RuntimeError("could not drop root privileges")
        try:
            os.setuid(0)
        except OSError:
            pass
        else:
            raise RuntimeError("could regain root after dropping it")
    else:
        if _libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0:
            info["user_namespace"] = info["net_isolated"] = True
            try:
                os.chroot(".")
                os.chdir("/")
                info["chroot"] = True
            except OSError:
                pass
            if not _drop_capabilities():
                raise RuntimeError("could not drop the capabilities of the new user namespace")
    info["uid"] = os.getuid()
    info["no_new_privs"] = _prctl(PR_SET_NO_NEW_PRIVS, 1)
    _prctl(PR_SET_DUMPABLE, 0)
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != cfg["host_pid"]:  # the host died before we could ask to die with it
        os._exit(3)

    _setrlimit(resource.RLIMIT_CORE, 0)
    _setrlimit(resource.RLIMIT_FSIZE, 0)
    _setrlimit(resource.RLIMIT_NOFILE, 16)
    _setrlimit(resource.RLIMIT_MEMLOCK, 0)
    _setrlimit(resource.RLIMIT_NPROC, 0)
    if hasattr(resource, "RLIMIT_MSGQUEUE"):
        _setrlimit(resource.RLIMIT_MSGQUEUE, 0)
    _setrlimit(resource.RLIMIT_AS, int(cfg["memory_bytes"]))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writing a file fails with EFBIG instead of dying
    if info["no_new_privs"]:
        try:
            info["landlock"] = _install_landlock("data")
        except Exception:
            info["landlock"] = 0
        try:
            info["seccomp"] = _install_seccomp()
        except Exception:
            info["seccomp"] = False
    return info


# --------------------------------------------------------------------------- CPU limit


class CpuTimeExceeded(BaseException):
    """Raised from the SIGXCPU handler (a BaseException so ``except Exception`` cannot swallow it)."""


class OutputTooLarge(Exception):
    pass


_cpu = {"armed": False, "hit": False, "seconds": 0.0}


def _on_sigxcpu(signum, frame):  # noqa: ARG001
    _cpu["hit"] = True
    if _cpu["armed"]:
        raise CpuTimeExceeded()


def _arm_cpu(seconds: float) -> None:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    used = ru.ru_utime + ru.ru_stime
    _cpu["hit"] = False
    _cpu["seconds"] = seconds
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (int(math.ceil(used + seconds)), resource.RLIM_INFINITY))
    except (ValueError, OSError):
        pass  # the host's wall-clock timeout still holds
    _cpu["armed"] = True


def _disarm_cpu() -> None:
    _cpu["armed"] = False


# --------------------------------------------------------------------------- output capture


class _Capture(io.TextIOBase):
    """Collects what the code prints (capped); the protocol pipes never see it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.dropped = 0

    def writable(self) -> bool:
        return True

    def write(self, s) -> int:  # type: ignore[override]
        s = str(s)
        room = STDOUT_CAP - self.size
        if room > 0:
            self.parts.append(s[:room])
            self.size += min(len(s), room)
        self.dropped += max(0, len(s) - max(room, 0))
        return len(s)

    def flush(self) -> None:
        pass

    def text(self) -> str:
        out = "".join(self.parts)
        if self.dropped:
            out += f"\n[... {self.dropped} more characters of output dropped]"
        return out


_capture = _Capture()


def _showwarning(message, category, filename, lineno, file=None, line=None):  # noqa: ARG001
    where = f"line {lineno}: " if filename == CODE_FILENAME else ""
    _capture.write(f"{where}{getattr(category, '__name__', 'Warning')}: {message}\n")


# --------------------------------------------------------------------------- protocol


class Arena:
    """The host's shared-memory file for bulk transfers, mapped on demand (see iblearn.sandbox)."""

    def __init__(self, fd: int) -> None:
        self.fd, self.mm, self.size = fd, None, 0

    def _map(self, size: int) -> None:
        if self.fd < 0:
            raise ValueError("protocol: no arena")
        if size > self.size:
            self.mm = mmap.mmap(self.fd, size)  # the old mapping goes once nothing views it
            self.size = size

    def view(self, size: int, offset: int, dtype: np.dtype, shape: tuple[int, ...]) -> np.ndarray:
        self._map(size)
        count = int(np.prod(shape, dtype=np.int64))
        if offset < 0 or offset + count * dtype.itemsize > self.size:
            raise ValueError("protocol: arena array out of bounds")
        return np.frombuffer(self.mm, dtype=dtype, count=count, offset=offset).reshape(shape)

    def put_result(self, size: int, slot: list, arr: np.ndarray) -> bool:
        """Write a float64 result into its slot; False when it does not fit (it goes by pipe)."""
        offset, capacity = int(slot[0]), int(slot[1])
        if arr.dtype != np.float64 or arr.nbytes > capacity:
            return False
        self._map(size)
        if offset < 0 or offset + capacity > self.size:
            return False
        np.frombuffer(self.mm, dtype=np.float64, count=arr.size, offset=offset)[...] = arr.reshape(-1)
        return True


ARENA = Arena(-1)
ARENA_DTYPES = ("f", "U")


class Channel:
    def __init__(self, rfd: int, wfd: int) -> None:
        self.rfd, self.wfd = rfd, wfd
        self.reader = io.FileIO(rfd, "rb", closefd=False)

    def read_into(self, mv: memoryview) -> None:
        got, n = 0, len(mv)
        while got < n:
            k = self.reader.readinto(mv[got:])
            if not k:
                raise EOFError
            got += k

    def read_exact(self, n: int) -> bytes:
        buf = bytearray(n)
        self.read_into(memoryview(buf))
        return bytes(buf)

    def discard(self, n: int) -> None:
        buf = memoryview(bytearray(min(n, 1 << 20)))
        while n > 0:
            k = min(n, len(buf))
            self.read_into(buf[:k])
            n -= k

    def write_all(self, data) -> None:
        mv = memoryview(data).cast("B")
        off = 0
        while off < len(mv):
            off += os.write(self.wfd, mv[off:off + (1 << 20)])

    def recv(self) -> tuple[dict, dict]:
        (n,) = struct.unpack("<Q", self.read_exact(8))
        if n > MAX_HEADER_BYTES:
            raise ValueError("protocol: header too large")
        header = json.loads(self.read_exact(n).decode("utf-8"))
        arrays: dict[str, np.ndarray] = {}
        failure: BaseException | None = None
        for desc in header.get("arrays", []):
            name = str(desc["name"])
            if desc["via"] == "arena":
                if failure is not None:
                    continue
                dtype = np.dtype(str(desc["dtype"]))
                shape = tuple(int(d) for d in desc["shape"])
                if dtype.kind not in ARENA_DTYPES or dtype.byteorder == ">" or any(d < 0 for d in shape):
                    raise ValueError("protocol: bad arena array")
                try:
                    arr = ARENA.view(int(header["arena"]["size"]), int(desc["offset"]), dtype, shape)
                except (MemoryError, OSError) as exc:
                    failure = exc
                    continue
            elif desc["via"] == "pipe":
                raw = self.read_exact(int(desc["npy"]))
                shape, dtype = parse_npy_header(raw)  # a malformed header is fatal: we cannot resync
                nbytes = int(np.prod(shape, dtype=np.int64)) * dtype.itemsize
                try:
                    if failure is not None:
                        raise failure
                    arr = np.empty(shape, dtype=dtype)
                except MemoryError as exc:
                    failure = failure or exc
                    self.discard(nbytes)
                    continue
                if nbytes:
                    self.read_into(_bytes_view(arr))
            else:
                if failure is not None:
                    continue
                path = str(desc["path"])
                if path.startswith("/") or ".." in path.split("/"):
                    raise ValueError("protocol: bad data path")
                try:
                    arr = np.asarray(np.load(path, mmap_mode="r", allow_pickle=False))
                except Exception as exc:  # noqa: BLE001 - reported to the host as an error
                    failure = exc
                    continue
            arr.flags.writeable = False  # inputs are shared across calls: nobody may change them
            arrays[name] = arr
        if failure is not None:
            header["_failure"] = failure
        return header, arrays

    def send(self, header: dict, arrays: list[np.ndarray] = (), arena: dict | None = None) -> None:
        descs, blobs = [], []
        for arr in arrays:
            arr = np.asarray(arr, order="C")
            if arena and arena.get("result") and ARENA.put_result(int(arena["size"]), arena["result"], arr):
                descs.append({"via": "arena", "shape": list(arr.shape)})
                continue
            bio = io.BytesIO()
            npformat.write_array_header_1_0(bio, npformat.header_data_from_array_1_0(arr))
            hdr = bio.getvalue()
            descs.append({"npy": len(hdr)})
            blobs.append((hdr, arr))
        header = dict(header, arrays=descs)
        body = json.dumps(header, allow_nan=True).encode("utf-8")
        self.write_all(struct.pack("<Q", len(body)) + body)
        for hdr, arr in blobs:
            self.write_all(hdr)
            if arr.nbytes:
                self.write_all(_bytes_view(arr))


def _bytes_view(arr: np.ndarray) -> memoryview:
    """The raw bytes of a C-contiguous array, without copying (works for '<U' arrays too)."""
    return memoryview(arr.reshape(-1).view(np.uint8))


def parse_npy_header(raw: bytes) -> tuple[tuple[int, ...], np.dtype]:
    bio = io.BytesIO(raw)
    version = npformat.read_magic(bio)
    if version == (1, 0):
        shape, fortran, dtype = npformat.read_array_header_1_0(bio)
    elif version == (2, 0):
        shape, fortran, dtype = npformat.read_array_header_2_0(bio)
    else:
        raise ValueError(f"protocol: unsupported .npy version {version}")
    if bio.tell() != len(raw) or fortran or dtype.hasobject or dtype.kind not in "fU":
        raise ValueError("protocol: unexpected array header")
    return tuple(int(d) for d in shape), dtype


# --------------------------------------------------------------------------- running code


def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):  # noqa: A002, ARG001
    if level == 0 and name in _IMPORTABLE:
        return _IMPORTABLE[name] if fromlist else _IMPORTABLE[name.partition(".")[0]]
    # numpy's C code imports its own helpers lazily (ndarray.sum -> numpy._core._methods) through
    # the *caller's* __import__, i.e. this one: let already-loaded numpy modules through.
    if level == 0 and name.startswith("numpy.") and name in sys.modules:
        return sys.modules[name] if fromlist else np
    raise ImportError(f"import of {name!r} is not allowed in a code model")


def _restricted_builtins() -> dict:
    safe = {name: getattr(builtins, name) for name in ALLOWED_BUILTINS}
    safe["__import__"] = _guarded_import
    return safe


def _kwarg(value):
    if isinstance(value, list):
        return np.asarray(value, dtype=np.float64)
    return value


def _as_output(result, max_values: int) -> np.ndarray:
    if isinstance(result, (list, tuple)):
        if len(result) > max_values:
            raise OutputTooLarge(len(result))
        parts, total = [], 0
        for part in result:
            if isinstance(part, (list, tuple)) and len(part) > max_values:
                raise OutputTooLarge(len(part))
            if isinstance(part, np.ndarray) and part.size > max_values:
                raise OutputTooLarge(part.size)
            a = np.asarray(part, dtype=np.float64)
            total += a.size
            if total > max_values:
                raise OutputTooLarge(total)
            parts.append(a)
        if any(p.ndim for p in parts):
            shapes = sorted({p.shape for p in parts if p.ndim})
            if len(shapes) > 1:
                raise ValueError("the returned arrays have different shapes: "
                                 + ", ".join(str(s) for s in shapes) + "; return arrays of equal length")
            out = np.stack(np.broadcast_arrays(*parts), axis=-1)
        else:
            out = np.asarray(parts, dtype=np.float64)
    else:
        if isinstance(result, np.ndarray) and result.size > max_values:
            raise OutputTooLarge(result.size)
        out = np.asarray(result, dtype=np.float64)
    if out.size > max_values:
        raise OutputTooLarge(out.size)
    return np.asarray(out, order="C")


def _safe_str(obj, limit: int = 2000) -> str:
    try:
        s = str(obj)
    except BaseException:  # noqa: BLE001 - hostile __str__
        s = "<unprintable>"
    return s if len(s) <= limit else s[:limit] + " [...]"


class Runner:
    def __init__(self) -> None:
        self.source_lines: list[str] = []
        self.fn = None
        self.handles: dict[str, dict[str, np.ndarray]] = {}

    # Errors ------------------------------------------------------------------------------------
    def describe(self, exc: BaseException, kind: str = "error") -> dict:
        try:
            return self._describe(exc, kind)
        except BaseException:  # noqa: BLE001 - e.g. out of memory while describing a memory error
            return {"ok": False, "kind": kind, "exc_type": "Error", "message": "(could not describe the error)",
                    "lineno": None, "line": "", "trace": ""}

    def _describe(self, exc: BaseException, kind: str) -> dict:
        first: list[tuple[int, str]] = []
        last: collections.deque = collections.deque(maxlen=6)
        count = 0
        tb = exc.__traceback__
        while tb is not None:  # bounded memory even for a million-frame recursion
            code = tb.tb_frame.f_code
            if code.co_filename == CODE_FILENAME:
                count += 1
                if len(first) < 4:
                    first.append((tb.tb_lineno, code.co_name))
                else:
                    last.append((tb.tb_lineno, code.co_name))
            tb = tb.tb_next
        frames = first + list(last)
        lineno = frames[-1][0] if frames else None
        if isinstance(exc, SyntaxError) and exc.filename == CODE_FILENAME:
            lineno = exc.lineno
        etype = type(exc).__name__
        message = _safe_str(exc.msg if isinstance(exc, SyntaxError) else exc)
        if etype == "ValueError" and "read-only" in message:
            message += " (input arrays are read-only; copy them first, e.g. x = x.copy())"

        def text(ln):
            if ln and 1 <= ln <= len(self.source_lines):
                return self.source_lines[ln - 1].strip()[:200]
            return ""

        trace = [f"  line {ln}, in {fn}: {text(ln)}" for ln, fn in first]
        if count > len(frames):
            trace.append(f"  ... {count - len(frames)} more frames ...")
        trace += [f"  line {ln}, in {fn}: {text(ln)}" for ln, fn in last]
        return {"ok": False, "kind": kind, "exc_type": etype, "message": message, "lineno": lineno,
                "line": text(lineno), "trace": "\n".join(trace)}

    def guarded(self, thunk, max_values: int | None = None) -> tuple[dict, list]:
        """Run untrusted work with the CPU limit armed and print() captured."""
        _capture.parts.clear()
        _capture.size = _capture.dropped = 0
        saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = _capture
        caught: BaseException | None = None
        result = None
        try:
            try:
                _arm_cpu(_cpu["seconds"])
                result = thunk()
                if max_values is not None:
                    result = _as_output(result, max_values)
                if _cpu["hit"]:  # the code swallowed CpuTimeExceeded and carried on
                    raise CpuTimeExceeded()
            finally:
                _disarm_cpu()  # from here on SIGXCPU only sets a flag
        except BaseException as exc:  # noqa: BLE001 - every failure of the code is reported
            caught, result = exc, None
        try:
            if caught is None:
                reply, arrays = {"ok": True}, ([result] if max_values is not None else [])
            elif isinstance(caught, CpuTimeExceeded):
                reply, arrays = self.describe(caught, "timeout"), []
                reply["message"] = f"CPU time limit exceeded ({_cpu['seconds']:g} s)"
            elif isinstance(caught, MemoryError):
                reply, arrays = self.describe(caught, "memory"), []
                detail = _safe_str(caught)
                reply["message"] = "memory limit exceeded" + (f": {detail}" if detail else "")
            elif isinstance(caught, OutputTooLarge):
                reply, arrays = self.describe(caught, "output"), []
                reply["message"] = (f"the output has {caught.args[0]:,} values, more than the limit of "
                                    f"{max_values:,}")
            else:
                reply, arrays = self.describe(caught, "error"), []
        finally:
            sys.stdout, sys.stderr = saved
            del caught
        reply["stdout"] = _capture.text()
        return reply, arrays

    # Operations --------------------------------------------------------------------------------
    def load(self, msg: dict) -> tuple[dict, list]:
        source, entry = msg["source"], msg["entry"]
        self.source_lines = source.splitlines()
        namespace = {"__builtins__": _restricted_builtins(), "__name__": "code_model"}

        def thunk():
            exec(compile(source, CODE_FILENAME, "exec"), namespace)  # noqa: S102 - that is the point
            fn = namespace.get(entry)
            if not callable(fn):
                raise NameError(f"the code does not define a function named {entry!r}")
            self.fn = fn

        return self.guarded(thunk)

    def call(self, inputs: dict, kwargs: dict, max_values: int) -> tuple[dict, list]:
        kwargs = {str(k): _kwarg(v) for k, v in kwargs.items()}
        fn = self.fn
        return self.guarded(lambda: fn(**inputs, **kwargs), max_values)

    def call_stacked(self, inputs: dict, names: list, matrix: np.ndarray, max_values: int) -> tuple[dict, list]:
        """One call for many parameter sets: parameter ``names[j]`` is the column ``matrix[:, j]`` as an
        (m, 1) array, so element-wise code returns all m results stacked along a first axis."""
        values = np.asarray(matrix, dtype=np.float64)
        kwargs = {str(name): values[:, j:j + 1].copy() for j, name in enumerate(names)}
        fn = self.fn
        return self.guarded(lambda: fn(**inputs, **kwargs), max_values)


def _unknown_handle(handle: object) -> dict:
    return {"ok": False, "kind": "error", "exc_type": "KeyError", "message": f"unknown data handle {handle!r}"}


def serve(chan: Channel, runner: Runner) -> None:
    while True:
        try:
            msg, arrays = chan.recv()
        except EOFError:
            return
        op = msg.get("op")
        if "cpu" in msg:
            _cpu["seconds"] = float(msg["cpu"])
        failure = msg.pop("_failure", None)
        if failure is not None:
            kind = "memory" if isinstance(failure, MemoryError) else "error"
            reply = {"ok": False, "kind": kind, "exc_type": type(failure).__name__,
                     "message": ("memory limit exceeded while receiving the data" if kind == "memory"
                                 else f"could not receive the data: {_safe_str(failure)}")}
            if op == "batch":
                for i in range(len(msg.get("kwargs_list", []))):
                    chan.send(dict(reply, index=i))
            else:
                chan.send(reply)
            continue
        if op == "load":
            reply, out = runner.load(msg)
            chan.send(reply, out)
        elif op == "put":
            runner.handles[msg["handle"]] = arrays
            chan.send({"ok": True})
        elif op == "drop":
            runner.handles.pop(msg["handle"], None)
            chan.send({"ok": True})
        elif op == "call":
            inputs = runner.handles.get(msg["handle"]) if msg.get("handle") else arrays
            if inputs is None:
                chan.send(_unknown_handle(msg["handle"]))
                continue
            reply, out = runner.call(inputs, msg.get("kwargs") or {}, int(msg["max_values"]))
            chan.send(reply, out, msg.get("arena"))
            del inputs, arrays, out
        elif op == "stacked":
            inputs = runner.handles.get(msg["handle"])
            if inputs is None:
                chan.send(_unknown_handle(msg["handle"]))
                continue
            matrix = arrays.get("matrix")
            if not isinstance(matrix, np.ndarray) or matrix.ndim != 2 or matrix.shape[1] != len(msg["names"]):
                chan.send({"ok": False, "kind": "error", "exc_type": "ValueError",
                           "message": "stacked call without a parameter matrix"})
                continue
            reply, out = runner.call_stacked(inputs, msg["names"], matrix, int(msg["max_values"]))
            chan.send(reply, out)
            del inputs, arrays, matrix, out
        elif op == "batch":
            inputs = runner.handles.get(msg["handle"])
            for i, kw in enumerate(msg["kwargs_list"]):
                if inputs is None:
                    reply, out = _unknown_handle(msg["handle"]), []
                else:
                    reply, out = runner.call(inputs, kw or {}, int(msg["max_values"]))
                reply["index"] = i
                chan.send(reply, out)
                del out
        else:
            chan.send({"ok": False, "kind": "error", "exc_type": "ValueError", "message": f"unknown op {op!r}"})


def main() -> None:
    cfg = json.loads(sys.argv[1])
    rfd = os.dup(cfg["rfd"])  # private descriptor numbers, away from 0/1/2
    wfd = os.dup(cfg["wfd"])
    os.close(cfg["rfd"])
    os.close(cfg["wfd"])
    chan = Channel(rfd, wfd)
    if cfg.get("arena_fd", -1) >= 0:
        ARENA.fd = os.dup(cfg["arena_fd"])
        os.close(cfg["arena_fd"])
    try:
        info = lockdown(cfg)
    except BaseException as exc:  # noqa: BLE001
        try:
            chan.send({"op": "ready", "ok": False, "message": f"sandbox setup failed: {type(exc).__name__}: {exc}"})
        finally:
            os._exit(2)
    signal.signal(signal.SIGXCPU, _on_sigxcpu)
    warnings.showwarning = _showwarning
    info["pid"] = os.getpid()
    chan.send({"op": "ready", "ok": True, "isolation": info})
    try:
        serve(chan, Runner())
    except BaseException:  # noqa: BLE001 - a broken pipe or a hostile model: just go
        if cfg.get("debug"):
            traceback.print_exc()
        os._exit(1)
    os._exit(0)


if __name__ == "__main__":
    main()
