"""Search shards: the index as several Pagefind bundles, each a span of report dates.

Pagefind's indexer holds every page's words and text until it writes (about 0.33 GB
per 1,000 report pages), and a first query downloads the whole metadata of the index
it searches (about 10 bytes a page) and each searched word's postings. So the
documents are split by date into shards, newest first, each indexed by its own
Pagefind run, one after another: the build's peak memory is bounded by the largest
shard, not the archive, and a "newest first" search pays only for the newest shard
until the reader asks for older results. Because shards partition time, reading
them in order gives exactly the single index's date order.

Shard 0 is pagefind/ itself (the URLs of a one-shard site are unchanged); older
shards are pagefind/shard-1/, pagefind/shard-2/, ... Their documents carry a hidden
filter `shard` (only when there is more than one shard) so that search.js, which
merges older shards into one Pagefind instance with mergeIndex, can ask for one
shard's results at a time. pagefind/shards.json, the manifest, gives each shard's
folder, date span, document count and filter totals, and the totals overall.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Documents per shard: the newest shard is small, so a first "newest first" query
# fetches little, and older shards larger, yet bounded so one Pagefind run stays
# near 1.3 GB. One report makes about 1.4 documents (its page, its share of the
# figures and of the commitment groups), so the newest shard holds ~1,800 reports.
NEWEST_SHARD_DOCUMENTS = 2_500
OLDER_SHARD_DOCUMENTS = 4_000
SHARD_FILTER = "shard"
MANIFEST = "shards.json"
DATE = re.compile(r'data-pagefind-sort="date">(\d{4}-\d{2}-\d{2})<')


@dataclass(frozen=True)
class ShardSizes:
    """How many documents the newest shard and each older shard hold at most."""

    newest: int = NEWEST_SHARD_DOCUMENTS
    older: int = OLDER_SHARD_DOCUMENTS

    def __post_init__(self):
        if self.newest < 1 or self.older < 1:
            raise ValueError(f"shard sizes must be at least 1, got {self.newest} and {self.older}")


@dataclass
class Shard:
    number: int
    documents: list = field(default_factory=list)  # (dest_uri, ...) tuples, as BackgroundIndex keeps them
    dates: list[str] = field(default_factory=list)

    @property
    def folder(self) -> str:
        """Its folder under pagefind/ ('' for the newest)."""
        return "" if self.number == 0 else f"shard-{self.number}"


def document_date(content: str) -> str | None:
    """The date a search document is sorted by (search_data's sort value), if it has one."""
    match = DATE.search(content)
    return match.group(1) if match else None


def plan_shards(documents: list[tuple], dates: list[str | None], sizes: ShardSizes) -> list[Shard]:
    """Split documents (in any order) into shards of whole dates, newest first.

    A date is never split across two shards, so a shard may exceed its size by the
    documents of its last date. Documents without a date (no sort value: they never
    appear in "newest first") go in the newest shard."""
    order = sorted(range(len(documents)), key=lambda i: (dates[i] or "9999", documents[i][0]), reverse=True)
    shards = [Shard(0)]
    for i in order:
        shard = shards[-1]
        limit = sizes.newest if shard.number == 0 else sizes.older
        full = len(shard.documents) >= limit and dates[i] is not None
        if full and shard.dates and shard.dates[-1] != dates[i]:
            shard = Shard(len(shards))
            shards.append(shard)
        shard.documents.append(documents[i])
        if dates[i] is not None:
            shard.dates.append(dates[i])
    for shard in shards:
        shard.documents.sort()  # Pagefind numbers pages in the order they are written
    return shards


def shard_filter_html(shard: Shard, count: int) -> str:
    """The hidden filter that tells shards apart once merged; none for a one-shard index."""
    if count == 1:
        return ""
    return (f'<div hidden data-pagefind-ignore><span data-pagefind-filter="{SHARD_FILTER}">'
            f"{shard.number}</span></div>")


# A word as Pagefind splits text: what lies between spaces, once the tags are gone
# (Pagefind joins <dt>Date</dt><dd>4</dd> into "Date4" too), less the punctuation
# around it. Pagefind stems and splits it again, exactly as in the page.
TAG = re.compile(r"<[^>]*>")
SEARCH_BLOCK = re.compile(r'<div class="ca-search-data".*?</div>', re.S)  # ignored by Pagefind
EDGE_PUNCTUATION = "\"'.,;:!?()[]{}\u2018\u2019\u201c\u201d\u2026-\u2013\u2014/*"
VOCABULARY_URI = "search-vocabulary/index.html"
VOCABULARY_SHARD = "vocabulary"


def words_of(content: str) -> set[str]:
    """The words of a search document's indexed text, lower case."""
    import html

    text = html.unescape(TAG.sub("", SEARCH_BLOCK.sub(" ", content))).lower()
    # strip each distinct token once: a page repeats most of its words
    return {word.strip(EDGE_PUNCTUATION) for word in set(text.split())} - {""}


def vocabulary_document(missing: set[str], lang: str) -> str:
    """Every word of the archive that a shard lacks, in one hidden document of that shard.

    Pagefind drops a searched word its index does not hold ("youth parliament" in a
    shard without "parliament" finds every "youth"), and matches a word no indexed
    word extends by its longest indexed prefix. Both depend on the index's words, so
    a shard answers as the single index would only if it knows every word of the
    archive: this document gives it the others. Its shard filter is "vocabulary",
    which search-shards.js leaves out of every search."""
    words = " ".join(sorted(missing))
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>-</title></head>'
            f'<body><div data-pagefind-body><div hidden data-pagefind-ignore>'
            f'<span data-pagefind-filter="{SHARD_FILTER}">{VOCABULARY_SHARD}</span></div>'
            f"<p>{words}</p></div></body></html>")


def manifest(shards: list[Shard], totals: list[dict[str, dict[str, int]]],
             overall: dict[str, dict[str, int]]) -> dict:
    """What search.js reads first: the shards newest first, their spans and totals."""
    return {"version": 1,
            "shards": [{"path": shard.folder + "/" if shard.folder else "",
                        "newest": shard.dates[0] if shard.dates else None,
                        "oldest": shard.dates[-1] if shard.dates else None,
                        "documents": len(shard.documents),
                        "totals": shard_totals}
                       for shard, shard_totals in zip(shards, totals)],
            "totals": overall}
