"""tags/ and tags/<tag>/: reports by topic."""
from __future__ import annotations

from ...model.archive import Archive
from ..pages import GeneratedPage, page_kind
from ..render import render
from ..parts.groups import reports_by
from ..parts.listing import list_pages, report_entries


def tag_label(tag: str) -> str:
    """'looked-after-children' -> 'Looked after children'."""
    return tag.replace("-", " ").capitalize()


@page_kind("tag")
def tag_pages(archive: Archive) -> list[GeneratedPage]:
    tags = dict(sorted(reports_by(archive, lambda r: sorted(set(r.front.tags))).items()))
    pages = [GeneratedPage("tags/index.md", "Topics", render(archive, "tags_index.html", tags=[(t, tag_label(t), len(reports)) for t, reports in tags.items()]),
        in_nav=True, description="Reports by topic.")]
    for tag, reports in tags.items():
        pages += list_pages(f"tags/{tag}/", f"Topic: {tag_label(tag)}", report_entries(archive, reports),
                            "reports", intro=f"Reports tagged \u2018{tag}\u2019, newest first.", archive=archive)
    return pages
