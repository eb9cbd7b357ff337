"""A metric's readings by decade: metrics/<id>/readings/2010-2019/ lists every
reading whose as-of date falls in 2010 to 2019, oldest first.

The metric page shows only its newest readings (series.RECENT_READINGS): at 10,000
reports a metric has ~730 readings and one page of them all was over 1 MB. These
pages keep every reading one ordinary link away. A decade's URL never changes as
the archive grows (a link to '2010-2019/' stays right), and every metric has them,
however few its readings. A decade with more than READINGS_PER_PAGE readings
continues on '2010-2019/page-2/', so no page grows with the archive.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..pages import GeneratedPage
from ..render import render
from ...model.archive import Archive, Reading
from ...model.series import MetricSeries
from ..open_data import csv_name, json_name
from ...model.urls import metric_readings_url, relative
from .listing import Pager, chunks

READINGS_PER_PAGE = 250  # ~120 KB of table; a council reporting weekly fills a decade with 520


@dataclass(frozen=True)
class ReadingsPage:
    """One page of one decade of a metric's readings."""

    series: MetricSeries
    decade: int  # its first year: 2010 for 2010-2019
    number: int  # the page within the decade, from 1
    pages: int  # how many pages the decade takes
    points: tuple[Reading, ...]

    @property
    def url(self) -> str:
        return metric_readings_url(self.series.key, self.decade, self.number)

    @property
    def years(self) -> str:
        return decade_label(self.decade)

    @property
    def title(self) -> str:
        title = f"{self.series.label}: readings {self.years}"
        return title if self.number == 1 else f"{title} (page {self.number} of {self.pages})"


@dataclass(frozen=True)
class DecadeLink:
    label: str  # '2010-2019'
    href: str
    count: int  # readings in the decade
    current: str | None  # aria-current: 'page' on its own first page, 'true' on its later pages


def decade_label(decade: int) -> str:
    return f"{decade}-{decade + 9}"


def by_decade(series: MetricSeries) -> dict[int, tuple[Reading, ...]]:
    """Readings by the decade of their as-of date, oldest decade first."""
    decades: dict[int, list[Reading]] = {}
    for point in series.points:  # already by as-of date
        decades.setdefault(point.as_of.year // 10 * 10, []).append(point)
    return {decade: tuple(points) for decade, points in sorted(decades.items())}


def readings_pages(series: MetricSeries) -> list[ReadingsPage]:
    pages = []
    for decade, points in by_decade(series).items():
        parts = chunks(points, READINGS_PER_PAGE)
        pages += [ReadingsPage(series, decade, n, len(parts), tuple(part))
                  for n, part in enumerate(parts, start=1)]
    return pages


def decade_links(series: MetricSeries, here: str, current: ReadingsPage | None = None) -> list[DecadeLink]:
    """A link to each decade's first page, relative to the page at `here`."""
    links = []
    for decade, points in by_decade(series).items():
        is_current = current is not None and current.decade == decade
        links.append(DecadeLink(decade_label(decade),
                                relative(here, metric_readings_url(series.key, decade)), len(points),
                                None if not is_current else "page" if current.number == 1 else "true"))
    return links


def readings_page(archive: Archive, page: ReadingsPage, sequence: list[ReadingsPage]) -> GeneratedPage:
    """The page, with links to the decades and to the pages before and after it."""
    here, series = page.url, page.series
    at = sequence.index(page)
    older = _neighbour(here, sequence[at - 1]) if at > 0 else None
    newer = _neighbour(here, sequence[at + 1]) if at + 1 < len(sequence) else None
    metric_href = relative(here, series.url)
    html = render(archive, "metric_readings.html", page=page, series=series, page_url=here, relative=relative,
                  decades=decade_links(series, here, page), older=older, newer=newer,
                  pager=_pager(page, sequence, here), metric_href=metric_href,
                  csv_href=metric_href + csv_name(series), json_href=metric_href + json_name(series))
    return GeneratedPage(src_uri=f"{here}index.md", title=page.title, html=html,
                         description=f"Every reading of {series.label} as of {page.years}, "
                                     "with the report that states it.")


def _neighbour(here: str, page: ReadingsPage) -> tuple[str, str]:
    label = page.years if page.pages == 1 else f"{page.years}, page {page.number} of {page.pages}"
    return relative(here, page.url), label


def _pager(page: ReadingsPage, sequence: list[ReadingsPage], here: str) -> Pager:
    """The pages of this decade (one link when the decade fits on one page)."""
    same = [p for p in sequence if p.decade == page.decade]
    return Pager(page.number, tuple((p.number, relative(here, p.url)) for p in same))


def metric_readings_pages(archive: Archive, series: MetricSeries) -> list[GeneratedPage]:
    sequence = readings_pages(series)
    return [readings_page(archive, page, sequence) for page in sequence]
