"""Record real answers of the embedded model for the replay tests.

    PYTHONPATH=src python tests/record_answers.py            # every scenario in tests/replay.py
    PYTHONPATH=src python tests/record_answers.py moons_bagging   # only some

Each scenario (data + estimator settings, see ``tests/replay.py``) is run once against the real
local back-end, without the response cache, and every request with its answer is written to
``tests/fixtures/recorded/<scenario>.json``. Re-run it after changing prompts or strategies; the
replay tests count requests that no longer match (see ``ReplayBackend.misses``).
"""

from __future__ import annotations

import datetime as dt
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from replay import SCENARIOS, Recording, RecordingBackend, run_scenario  # noqa: E402

from iblearn.llm.base import LLM  # noqa: E402
from iblearn.llm.local import LocalBackend  # noqa: E402


def record(name: str, inner: LocalBackend) -> Recording:
    sc = SCENARIOS[name]
    rb = RecordingBackend(inner, inject=sc.inject)
    t0 = time.perf_counter()
    run_scenario(name, LLM(rb, cache=None))
    import llama_cpp

    meta = {
        "recorded": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - t0, 1),
        "llama_cpp_python": llama_cpp.__version__,
        "python": platform.python_version(),
        "weights": str(inner.path.name),
        "note": "answers are the embedded model's own, except entries with source 'hand-written'",
    }
    rec = Recording(name, rb.capabilities(), rb.calls, meta)
    path = rec.save()
    print(f"{name}: {len(rb.calls)} calls in {meta['seconds']} s -> {path}", flush=True)
    return rec


def main(argv: list[str]) -> int:
    names = argv or list(SCENARIOS)
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        print(f"unknown scenarios {unknown}; known: {', '.join(SCENARIOS)}", file=sys.stderr)
        return 2
    inner = LocalBackend("qwen2.5-coder-0.5b")
    for n in names:
        record(n, inner)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
