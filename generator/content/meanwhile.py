"""Work done in a forked copy of this process, on the other core, while this one goes
on: a build uses one core until the search indexer starts. The copy already holds the
archive (nothing is sent to it) and hands back only its result, through a pipe.

Only where fork is safe and pays: `mkdocs build` (not `serve`: its preview rebuilds
little, and its server runs threads), an archive large enough to pay for the fork,
and a system that has fork. COUNCIL_ARCHIVE_PARALLEL=always|never overrides the size
test, here and for chart_svg's renderer process (the tests build tiny sites both
ways and compare the bytes)."""
from __future__ import annotations

import io
import os
import pickle
import signal
from typing import Callable, Generic, TypeVar

T = TypeVar("T")
PARALLEL_ENV = "COUNCIL_ARCHIVE_PARALLEL"
PARALLEL_FROM = 1000  # reports: below this the whole build takes a few seconds


def parallel_choice() -> str | None:
    """'always' or 'never' if the environment says so; None: judge by the work's size."""
    choice = os.environ.get(PARALLEL_ENV, "")
    return choice if choice in ("always", "never") else None


def worth_forking(reports: int) -> bool:
    choice = parallel_choice()
    wanted = choice == "always" if choice else reports >= PARALLEL_FROM
    return wanted and hasattr(os, "fork")


class Meanwhile(Generic[T]):
    """work() run in a forked copy from now; result() waits for it. If the copy fails
    (killed, out of memory), result() does the work here, so the build is the same.

    shared: objects both processes hold already, by a name (the archive's reports by
    their path): what the copy hands back names them instead of sending them again, and
    this process puts its own in their place (a cache key naming 5,000 reports would
    otherwise bring 5,000 copies back through the pipe)."""

    def __init__(self, work: Callable[[], T], shared: dict[str, object] | None = None):
        self._work = work
        self._shared = shared or {}
        self._done = False
        self._cancelled = False
        self._result: T | None = None
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the copy: never returns into the caller's code
            os.close(read)
            _run_and_exit(work, write, {id(obj): name for name, obj in self._shared.items()})
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> T:
        """The copy's result (waiting for it); raises Cancelled after cancel()."""
        if not self._done:
            with os.fdopen(self._read, "rb") as pipe:
                data = pipe.read()
            _, status = os.waitpid(self._pid, 0)
            self._done = True
            if self._cancelled:
                raise Cancelled()
            self._result = _Unpickler(io.BytesIO(data), self._shared).load() if status == 0 and data else self._work()
        return self._result

    def cancel(self) -> None:
        """Stop the copy (a failed build). Safe from another thread than result()'s,
        which then raises Cancelled instead of doing the work itself."""
        self._cancelled = True
        if not self._done:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


class Cancelled(Exception):
    """The work was cancelled before its result was taken."""


class _Pickler(pickle.Pickler):
    def __init__(self, out, names: dict[int, str]):
        super().__init__(out, protocol=pickle.HIGHEST_PROTOCOL)
        self.names = names

    def persistent_id(self, obj):
        return self.names.get(id(obj))


class _Unpickler(pickle.Unpickler):
    def __init__(self, data, shared: dict[str, object]):
        super().__init__(data)
        self.shared = shared

    def persistent_load(self, name):
        return self.shared[name]


def _run_and_exit(work: Callable[[], object], write: int, names: dict[int, str]) -> None:
    status = 1
    try:
        out = io.BytesIO()
        _Pickler(out, names).dump(work())
        with os.fdopen(write, "wb") as pipe:
            pipe.write(out.getbuffer())
        status = 0
    finally:
        # no atexit handlers, no flushing the parent's buffers twice: only the result leaves
        os._exit(status)
