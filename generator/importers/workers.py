"""Each document is read in a worker process of its own, so a document that hangs
or eats memory is stopped at its limit and the batch goes on. Forking a worker
costs a few milliseconds (measured in benchmarks/import_bench.py)."""
from __future__ import annotations

import multiprocessing as mp
import os
import traceback
import resource
import time
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Callable, Iterable


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024  # a document's file size
    seconds: float = 60.0  # reading one document
    memory: int = 1024 * 1024 * 1024  # address space one worker may add to what it forked with


def run_each(items: list, work: Callable, limits: Limits, jobs: int,
             on_done: Callable[[int, object], None], on_failed: Callable[[int, str], None]) -> None:
    """work(item) in a forked worker for every item, at most `jobs` at a time."""
    context = mp.get_context("fork")
    pending = list(enumerate(items))[::-1]
    running: dict = {}  # connection -> (index, process, deadline)
    while pending or running:
        while pending and len(running) < jobs:
            index, item = pending.pop()
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_child, args=(work, item, send, limits.memory), daemon=True)
            process.start()
            send.close()
            running[receive] = (index, process, time.monotonic() + limits.seconds)
        _collect(running, limits, on_done, on_failed)


def _collect(running: dict, limits: Limits, on_done, on_failed) -> None:
    soonest = min(deadline for _, _, deadline in running.values())
    ready = wait(list(running), timeout=max(0.0, soonest - time.monotonic()))
    for connection in ready:
        index, process, _ = running.pop(connection)
        try:
            kind, value = connection.recv()
        except (EOFError, OSError):
            kind, value = "died", None
        process.join()
        connection.close()
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
    now = time.monotonic()
    for connection, (index, process, deadline) in list(running.items()):
        if now >= deadline:
            process.kill()
            process.join()
            connection.close()
            del running[connection]
            on_failed(index, f"reading the document took longer than {limits.seconds:g} seconds; "
                             "split it into smaller files, or save it again as .docx or .pdf, and import those")


def _child(work: Callable, item, send, memory: int) -> None:
    try:
        # The limit counts the address space the fork inherited (a big parent, such as a
        # test run with a browser, may already hold more than the allowance): add to it.
        allowed = _address_space() + memory
        resource.setrlimit(resource.RLIMIT_AS, (allowed, allowed))
        result = work(item)
        send.send(("ok", result))
    except MemoryError:
        send.send(("memory", None))
    except RecursionError:
        send.send(("error", "it is nested too deeply to read"))
    except Exception as exc:  # one line, never a traceback
        send.send(_failure(exc))
    finally:
        send.close()


def _address_space() -> int:
    """This process's virtual memory size in bytes (Linux); 0 where unknown."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _failure(exc: Exception) -> tuple[str, str]:
    """A reading library's failure means a damaged file; a failure in the importer's own
    code is a bug, said as such with where it happened, not blamed on the document."""
    last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    if last and f"{os.sep}generator{os.sep}importers{os.sep}" in last.filename:
        return "bug", f"{type(exc).__name__} in generator/importers/{os.path.basename(last.filename)}:{last.lineno}"
    return "error", type(exc).__name__
