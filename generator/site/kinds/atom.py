"""Writing an Atom feed (RFC 4287): entries in, deterministic XML out. Dates are
the reports' own, so the same content gives the same bytes."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 50  # newest entries in each feed; older ones are on the site and in data/


@dataclass(frozen=True)
class FeedEntry:
    id: str  # absolute IRI, permanent
    title: str
    updated: date
    link: str  # absolute URL of the page
    summary: str


@dataclass(frozen=True)
class Feed:
    path: str  # site-relative, e.g. 'feeds/reports.xml'
    title: str
    page: str  # site-relative URL of the page the feed follows
    entries: list[FeedEntry]  # newest first
    empty_updated: date  # feed-level updated when there are no entries


def timestamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    element.text = text
    return element


def write_feed(feed: Feed, site_url: str, author: str, rights: str) -> str:
    base = site_url.rstrip("/") + "/"
    entries = feed.entries[:FEED_ENTRIES]
    root = ET.Element(f"{{{ATOM_NS}}}feed")
    _add(root, "id", base + feed.path)
    _add(root, "title", feed.title)
    _add(root, "updated", timestamp(max((e.updated for e in entries), default=feed.empty_updated)))
    _add(root, "link", rel="self", type="application/atom+xml", href=base + feed.path)
    _add(root, "link", rel="alternate", type="text/html", href=base + feed.page)
    _add(_add(root, "author"), "name", author)
    _add(root, "rights", rights)
    for e in entries:
        entry = _add(root, "entry")
        _add(entry, "id", e.id)
        _add(entry, "title", e.title)
        _add(entry, "updated", timestamp(e.updated))
        _add(entry, "link", rel="alternate", type="text/html", href=e.link)
        _add(entry, "summary", e.summary)
    ET.register_namespace("", ATOM_NS)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
