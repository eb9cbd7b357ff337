"""feeds/commitments.ics: an iCalendar (RFC 5545) of the due dates of open
commitments (planned, in progress, delayed), one all-day event each on the last
day it counts as on time. Delivered and dropped ones are left out (at 10,000
reports they would make the calendar megabytes of past events); their dates are
in data/commitments.json. Stamped with report dates, never the build time."""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

from ...model.archive import Archive
from ..pages import GeneratedFile, file_kind
from ...model.archive import remember_each
from ..parts.feeds_paths import due_dates_calendar
from ..parts.listing import commitment_entry


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF and a space (RFC 5545 3.1)."""
    out, current = [], ""
    for char in line:
        limit = 75 if not out else 74  # a continuation line starts with a space
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return "\r\n ".join(out)


def commitment_event(archive: Archive, commitment_id: str, host: str) -> list[str] | None:
    entry = commitment_entry(archive, commitment_id)
    if entry.due is None or entry.status.closed:
        return None
    day = entry.due.end
    url = f"{archive.site_url.rstrip('/')}/{entry.latest.url}#commitment-{commitment_id}"
    return [
        "BEGIN:VEVENT",
        f"UID:commitment-{commitment_id}@{host}",
        f"DTSTAMP:{entry.latest.date.strftime('%Y%m%d')}T000000Z",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{escape(f'Due ({entry.status.label.lower()}): {entry.text}')}",
        f"DESCRIPTION:{escape(f'Due {entry.due.label}. Status: {entry.status.label}. {url}')}",
        f"URL:{url}",
        "STATUS:CONFIRMED",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


@file_kind("due-dates-calendar")
def due_dates(archive: Archive) -> list[GeneratedFile]:
    host = urlsplit(archive.site_url).hostname or "council-archive"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//council-archive//commitment due dates//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape(archive.config.settings.name + ': commitment due dates')}"]
    # an event reads only its commitment's mentions: (id, those reports) is its key
    events = remember_each(archive, "due-dates", [(cid, tuple(m.report for m in archive.mentions[cid]))
                                                  for cid in sorted(archive.mentions)],
                           lambda item: _folded(commitment_event(archive, item[0], host) or []))
    text = _folded(lines) + "".join(events) + _folded(["END:VCALENDAR"])
    return [GeneratedFile(due_dates_calendar().href, text)]


def _folded(lines: list[str]) -> str:
    return "".join(fold(line) + "\r\n" for line in lines)
