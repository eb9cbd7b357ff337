"""Documents are read in worker processes, so a document that hangs or eats memory is
stopped at its limit and the batch goes on. A worker reads one document after another
(forking one per document cost about 35 ms each, a third of the batch's time) and is
replaced when it is stopped or runs out of memory."""
from __future__ import annotations

import multiprocessing as mp
import os
import resource
import time
import traceback
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Callable


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024  # a document's file size
    seconds: float = 60.0  # reading one document
    memory: int = 1024 * 1024 * 1024  # address space one worker may add to what it forked with


@dataclass
class _Worker:
    process: mp.Process
    to_worker: object
    from_worker: object
    job: tuple[int, float] | None = None  # (index, deadline) of the document it is reading


def run_each(items: list, work: Callable, limits: Limits, jobs: int,
             on_done: Callable[[int, object], None], on_failed: Callable[[int, str], None],
             on_progress: Callable[[int, int, int], None] | None = None) -> None:
    """work(item, progress) in worker processes for every item, at most `jobs` at a time.
    A long read (OCR, page by page) calls progress(done, total): each call is shown through
    on_progress(index, done, total) and gives the document its time limit afresh, so the
    limit is per page for a scan and per document for the rest."""
    pending = deque(enumerate(items))
    workers = [_start(work, limits) for _ in range(min(jobs, len(items)))]
    try:
        while pending or any(w.job for w in workers):
            for worker in workers:
                if worker.job is None and pending:
                    index, item = pending.popleft()
                    worker.to_worker.send((index, item))
                    worker.job = (index, time.monotonic() + limits.seconds)
            workers = _collect(workers, work, limits, on_done, on_failed, on_progress)
    finally:
        for worker in workers:
            _stop(worker)


def _start(work: Callable, limits: Limits) -> _Worker:
    context = mp.get_context("fork")
    to_child, child_in = context.Pipe(duplex=False)
    child_out, from_child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(work, to_child, from_child, limits.memory), daemon=True)
    process.start()
    to_child.close()
    from_child.close()
    return _Worker(process, child_in, child_out)


def _stop(worker: _Worker, kill: bool = False) -> None:
    if kill:
        worker.process.kill()
    else:
        try:
            worker.to_worker.send(None)
        except OSError:
            worker.process.kill()
    worker.process.join()
    worker.to_worker.close()
    worker.from_worker.close()


def _collect(workers: list[_Worker], work, limits: Limits, on_done, on_failed, on_progress) -> list[_Worker]:
    busy = [w for w in workers if w.job]
    soonest = min(w.job[1] for w in busy)
    ready = wait([w.from_worker for w in busy], timeout=max(0.0, soonest - time.monotonic()))
    out = []
    for worker in workers:
        if worker.job and worker.from_worker in ready:
            index = worker.job[0]
            try:
                kind, value = worker.from_worker.recv()
            except (EOFError, OSError):
                kind, value = "died", None
            if kind == "progress":
                worker.job = (index, time.monotonic() + limits.seconds)
                if on_progress:
                    on_progress(index, *value)
                out.append(worker)
                continue
            worker.job = None
            _report(kind, value, index, limits, on_done, on_failed)
            if kind in ("memory", "died"):  # its state cannot be trusted: a fresh worker
                _stop(worker, kill=True)
                worker = _start(work, limits)
        elif worker.job and time.monotonic() >= worker.job[1]:
            _stop(worker, kill=True)
            on_failed(worker.job[0], f"reading the document took longer than {limits.seconds:g} seconds; "
                                     "split it into smaller files, or save it again as .docx or .pdf, "
                                     "and import those")
            worker = _start(work, limits)
        out.append(worker)
    return out


def _report(kind: str, value, index: int, limits: Limits, on_done, on_failed) -> None:
    if kind == "ok":
        on_done(index, value)
    elif kind == "bug":
        on_failed(index, f"the importer itself failed on this document ({value}); please report it "
                         "with the document")
    elif kind == "error":
        on_failed(index, f"the document is damaged and cannot be read ({value}); open it in the "
                         "program that made it, save it again and import the new file")
    else:
        on_failed(index, f"the document needs more memory than the importer allows "
                         f"({limits.memory // 2**20} MB); split it into smaller files and import those")


def _child(work: Callable, receive, send, memory: int) -> None:
    # The limit counts the address space the fork inherited (a big parent, such as a
    # test run with a browser, may already hold more than the allowance): add to it.
    allowed = _address_space() + memory
    resource.setrlimit(resource.RLIMIT_AS, (allowed, allowed))
    def progress(done: int, total: int) -> None:
        send.send(("progress", (done, total)))

    try:
        while (job := receive.recv()) is not None:
            send.send(_attempt(work, job[1], progress))
    except (EOFError, OSError, KeyboardInterrupt):  # the batch ended or was stopped: leave quietly
        pass


def _attempt(work: Callable, item, progress) -> tuple[str, object]:
    try:
        return "ok", work(item, progress)
    except MemoryError:
        return "memory", None
    except RecursionError:
        return "error", "it is nested too deeply to read"
    except Exception as exc:  # one line, never a traceback
        return failure_of(exc)


def failure_of(exc: Exception) -> tuple[str, str]:
    """A reading library's failure means a damaged file; a failure in the importer's own
    code is a bug, said as such with where it happened, not blamed on the document."""
    last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    if last and f"{os.sep}generator{os.sep}importers{os.sep}" in last.filename:
        return "bug", f"{type(exc).__name__} in generator/importers/{os.path.basename(last.filename)}:{last.lineno}"
    return "error", type(exc).__name__


def _address_space() -> int:
    """This process's virtual memory size in bytes (Linux); 0 where unknown."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0
