"""Persistent response cache: stdlib sqlite3, JSON values, safe for several writers at once.

Keys hash what determines an answer (back-end, model, messages, sampling settings, seed and the
sample index) and never the API key or URL, so a cache can be shared and committed to a bench run.
Each write is one transaction, so a crash leaves either the old state or the new entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Sequence

from .base import Completion, GenerationParams, Message

SCHEMA_VERSION = 1


def default_cache_dir() -> Path:
    """``$IBLEARN_CACHE_DIR``, else ``$XDG_CACHE_HOME/iblearn``, else ``~/.cache/iblearn``."""
    env = os.environ.get("IBLEARN_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "iblearn"


class ResponseCache:
    """Maps a request key to a :class:`Completion`."""

    def __init__(self, path: str | os.PathLike[str] | None = None):
        self.path = Path(path) if path is not None else default_cache_dir() / "responses.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        with self._conn() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
                " created REAL DEFAULT (julianday('now')))"
            )

    def __getstate__(self) -> dict[str, str]:
        return {"path": str(self.path)}

    def __setstate__(self, state: dict[str, str]) -> None:
        self.path = Path(state["path"])
        self._local = threading.local()

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is not None and getattr(self._local, "pid", None) != os.getpid():
            # inherited through fork: SQLite forbids using (or closing) a parent's connection
            self._local.orphan, conn = conn, None
        if conn is None:
            self._local.pid = os.getpid()
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=30000")
            self._local.conn = conn
        return _Tx(conn)  # type: ignore[return-value]

    @staticmethod
    def key(backend: str, model: str, messages: Sequence[Message], params: GenerationParams, sample: int) -> str:
        payload = {
            "v": SCHEMA_VERSION,
            "backend": backend,
            "model": model,
            "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
            "temperature": params.temperature,
            "seed": params.seed,
            "max_tokens": params.max_tokens,
            "stop": list(params.stop),
            "grammar": params.grammar,
            "sample": sample,
        }
        blob = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()

    def get(self, key: str) -> Completion | None:
        with self._conn() as db:
            row = db.execute("SELECT value FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return Completion.from_json(json.loads(row[0]))
        except (ValueError, TypeError):
            return None  # unreadable entry: treat as a miss, it will be overwritten

    def put(self, key: str, completion: Completion) -> None:
        value = json.dumps({**completion.to_json(), "cached": False}, ensure_ascii=False)
        with self._conn() as db:
            db.execute("INSERT OR REPLACE INTO responses (key, value) VALUES (?, ?)", (key, value))

    def __len__(self) -> int:
        with self._conn() as db:
            return int(db.execute("SELECT COUNT(*) FROM responses").fetchone()[0])

    def clear(self) -> None:
        with self._conn() as db:
            db.execute("DELETE FROM responses")


class _Tx:
    """``with`` block = one immediate transaction on a per-thread connection."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, *_: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
