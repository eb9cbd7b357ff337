"""Site URLs, always relative, so the site works from any sub-path."""
from __future__ import annotations

import posixpath


def relative(from_url: str, to_url: str) -> str:
    """Link from the page at from_url ('reports/2019/x/') to to_url, both directory URLs.

    Called for every link of 28,000 pages at 10,000 reports: plain string work, as
    posixpath.relpath gives for these normalised site paths (tested against it)."""
    start = from_url if from_url.endswith("/") else posixpath.dirname(from_url)
    here = [part for part in start.split("/") if part]
    there = [part for part in to_url.split("/") if part]
    common = 0
    for mine, theirs in zip(here, there):
        if mine != theirs:
            break
        common += 1
    parts = [".."] * (len(here) - common) + there[common:]
    if not parts:
        return "./"
    rel = "/".join(parts)
    return rel + "/" if to_url == "" or to_url.endswith("/") else rel


def commitment_url(commitment_id: str) -> str:
    """A commitment's tracker page."""
    return f"commitments/{commitment_id}/"


def metric_url(metric_key: str) -> str:
    """A metric's trend page."""
    return f"metrics/{metric_key}/"


def metric_readings_url(metric_key: str, decade: int, page: int = 1) -> str:
    """One page of a metric's readings by decade: decade 2010 -> 'metrics/x/readings/2010-2019/';
    a decade too long for one page continues on '.../2010-2019/page-2/'."""
    return paged_url(f"{metric_url(metric_key)}readings/{decade}-{decade + 9}/", page)


def paged_url(first_page_url: str, page: int) -> str:
    """Page `page` of a list whose first page is first_page_url: 'x/' then 'x/page-2/', ..."""
    return first_page_url if page == 1 else f"{first_page_url}page-{page}/"


def page_url(src_uri: str) -> str:
    """'reports/2019/x.md' -> 'reports/2019/x/', 'index.md' -> '' (use_directory_urls)."""
    stem = src_uri.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"
