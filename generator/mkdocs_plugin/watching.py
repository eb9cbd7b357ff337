"""`mkdocs serve` sees an edit through the system's file notifications (inotify,
FSEvents, ReadDirectoryChangesW: watchdog's native Observer) instead of MkDocs' own
polling. MkDocs snapshots every watched file twice a second: at 10,000 reports that
is a walk of 10,000 files in a thread of the serving process, which holds Python's
lock while a rebuild runs, and an edit waits up to half a second to be seen.

Where notifications are unreliable (a network drive, a folder shared into a
container), COUNCIL_ARCHIVE_POLLING=1 keeps MkDocs' polling. This reaches into
MkDocs' LiveReloadServer (1.6.1, the last 1.x: frozen) and gives up, leaving the
polling in place, if it is not as expected."""
from __future__ import annotations

import os

from watchdog import events
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

POLLING_ENV = "COUNCIL_ARCHIVE_POLLING"
# What an edit does to a file. Not opening or reading one: MkDocs rebuilds on any event,
# and every rebuild reads the reports and site_config/, so it would rebuild for ever.
CHANGES = [events.FileCreatedEvent, events.FileModifiedEvent, events.FileDeletedEvent,
           events.FileMovedEvent, events.FileClosedEvent, events.DirCreatedEvent,
           events.DirDeletedEvent, events.DirMovedEvent]


class ChangesObserver(Observer):
    """The system's observer, told only of changes (MkDocs' watch() cannot say so)."""

    def schedule(self, event_handler, path, *, recursive=False, event_filter=None):
        return super().schedule(event_handler, path, recursive=recursive,
                                event_filter=event_filter or CHANGES)


def watch_natively(server) -> bool:
    """Move the server's watches to a native observer; True if done. Call before it serves."""
    watched = dict(getattr(server, "_watched_paths", None) or {})
    if (os.environ.get(POLLING_ENV) or Observer is PollingObserver or not watched
            or not isinstance(getattr(server, "observer", None), PollingObserver)
            or server.observer.is_alive()):
        return False
    for path, times in watched.items():
        for _ in range(times):
            server.unwatch(path)
    server.observer = ChangesObserver()
    for path, times in watched.items():
        for _ in range(times):
            server.watch(path)
    return True
