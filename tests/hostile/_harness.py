"""Helpers shared by the sandbox and escape tests: process accounting via /proc and host guards."""

from __future__ import annotations

import os
import re
import socket
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

HOSTILE_DIR = Path(__file__).parent


def proc_stat(pid: int) -> tuple[int, int, int] | None:
    """(ppid, pgid, sid) of a live process, or None."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    if fields[0] in ("Z", "X"):  # zombie or dead: no longer runs anything
        return None
    return int(fields[1]), int(fields[2]), int(fields[3])


def all_pids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def members_of(leader: int) -> list[int]:
    """Live processes in the session or process group that ``leader`` started."""
    out = []
    for pid in all_pids():
        st = proc_stat(pid)
        if st is not None and (st[1] == leader or st[2] == leader):
            out.append(pid)
    return out


def live_children(parent: int | None = None) -> set[int]:
    parent = os.getpid() if parent is None else parent
    return {pid for pid in all_pids() if (st := proc_stat(pid)) is not None and st[0] == parent}


def record_worker_pids(monkeypatch) -> list[int]:
    """Record the pid of every worker process the sandbox starts (restarts included)."""
    import iblearn.sandbox as sb

    pids: list[int] = []
    real = sb.subprocess.Popen

    class Recording(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            pids.append(self.pid)

    monkeypatch.setattr(sb.subprocess, "Popen", Recording)
    return pids


def as_text(values: np.ndarray | None) -> str:
    """Decode a result that might smuggle text out as character codes."""
    if values is None:
        return ""
    flat = np.asarray(values, dtype=np.float64).ravel()[:200_000]
    ok = np.isfinite(flat) & (flat >= 0) & (flat < 0x110000) & (flat == np.round(flat))
    return "".join(chr(int(v)) for v in flat[ok])


@dataclass
class HostGuard:
    """Sentinels in the host that a contained code model can neither read nor change."""

    tmp: Path
    secret: str = field(default_factory=lambda: "sk-sentinel-" + uuid.uuid4().hex)
    content: str = field(default_factory=lambda: "sentinel-content-" + uuid.uuid4().hex)

    def __post_init__(self) -> None:
        self.sentinel = self.tmp / "sentinel.txt"
        self.sentinel.write_text(self.content)
        self.pwned = self.tmp / "pwned.txt"
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.listener.setblocking(False)
        self.port = self.listener.getsockname()[1]
        self.children_before = live_children()

    def kwargs(self) -> dict:
        return {"sentinel": str(self.sentinel), "pwned": str(self.pwned), "port": float(self.port)}

    def leaked(self, *texts: str) -> list[str]:
        bad = []
        for text in texts:
            for needle in (self.secret, self.content, "root:x:0:0", "BEGIN OPENSSH", "sk-sentinel"):
                if needle and needle in text:
                    bad.append(needle)
        return bad

    def verify(self, *texts: str, worker_pids: list[int] = ()) -> None:
        assert not self.leaked(*texts), f"secret material leaked: {self.leaked(*texts)}"
        assert self.sentinel.read_text() == self.content, "the sentinel file was changed"
        assert not self.pwned.exists(), "a file was created in the host's directory"
        assert sorted(p.name for p in self.tmp.iterdir()) == ["sentinel.txt"], "the host directory changed"
        assert os.environ.get("OPENAI_API_KEY") == self.secret
        try:
            conn, _ = self.listener.accept()
        except BlockingIOError:
            pass
        else:
            conn.close()
            raise AssertionError("a connection reached the host's loopback listener")
        for pid in worker_pids:
            assert members_of(pid) == [], f"processes of sandbox session {pid} survived close()"
        assert live_children() <= self.children_before, "the test process has new live children"
        # host numpy is untouched
        assert float(np.sum(np.ones(4))) == 4.0 and float(np.exp(0.0)) == 1.0
        assert np.allclose(np.mean(np.arange(5.0)), 2.0)

    def close(self) -> None:
        self.listener.close()


@dataclass
class Fixture:
    name: str
    path: Path
    source: str
    description: str
    checked: set[str]
    unchecked: set[str]


def load_fixtures() -> list[Fixture]:
    out = []
    for path in sorted(HOSTILE_DIR.glob("*.py")):
        if path.name.startswith("_"):
            continue
        src = path.read_text()
        meta = dict(re.findall(r"^# (hostile|checked|unchecked): *(.*)$", src, flags=re.M))
        out.append(Fixture(path.stem, path, src, meta["hostile"], set(meta["checked"].split()),
                           set(meta["unchecked"].split())))
    return out
