"""Seconds spent in each stage of ours, by name, for the benchmark and for
`mkdocs build --verbose`. Stages are named after what they time ('load',
'page:metric-pages', 'post-build:search', ...), so a new registered kind is
timed without any change here. Timings never reach the built site."""
from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

TIMINGS_ENV = "COUNCIL_ARCHIVE_TIMINGS"  # a path: the plugin writes the timings there as JSON

_seconds: dict[str, float] = defaultdict(float)
# the same stages in CPU time of the thread that runs them: what a busy machine does not
# inflate (work handed to the other core, content/meanwhile.py, is not in it)
_cpu_seconds: dict[str, float] = defaultdict(float)
_outputs: dict[str, int] = defaultdict(int)  # stage -> pages or files it produced


@contextmanager
def timed(stage: str) -> Iterator[None]:
    """Add the time the with-block takes to `stage` (stages may repeat: times add up)."""
    start, cpu_start = time.perf_counter(), time.thread_time()
    try:
        yield
    finally:
        _seconds[stage] += time.perf_counter() - start
        _cpu_seconds[stage] += time.thread_time() - cpu_start


def count(stage: str, n: int) -> None:
    _outputs[stage] += n


def snapshot() -> dict:
    return {"seconds": dict(sorted(_seconds.items())), "cpu_seconds": dict(sorted(_cpu_seconds.items())),
            "outputs": dict(sorted(_outputs.items()))}


def reset() -> None:
    _seconds.clear()
    _cpu_seconds.clear()
    _outputs.clear()


def write_if_requested() -> Path | None:
    """Write the timings to $COUNCIL_ARCHIVE_TIMINGS, if set; return the path written."""
    target = os.environ.get(TIMINGS_ENV)
    if not target:
        return None
    path = Path(target)
    path.write_text(json.dumps(snapshot(), indent=1) + "\n", encoding="utf-8")
    return path
