"""Atom feeds of new reports (all, per portfolio, per member), of new figures per
metric and of updates per commitment. Entry dates are report dates, never the
build time; a feed's updated date is its newest entry's."""
from __future__ import annotations

from datetime import date
from typing import Callable

from ...model.archive import Archive, Mention, Reading
from ...content.dates import long_date
from ...content.models import Report
from ..pages import GeneratedFile, file_kind
from ..words import format_number, unconfirmed
from ...model.urls import commitment_url, metric_url
from ...model.archive import remember
from ..parts.atom import FEED_ENTRIES, Feed, FeedEntry, write_feed
from ..parts.feeds_paths import commitment_feed, member_feed, metric_feed, portfolio_feed, reports_feed
from ..parts.groups import reports_by
from ..history_words import amended_words
from ...model.amendments import AmendedFigure


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def report_entry(archive: Archive, report: Report) -> FeedEntry:
    config = archive.config
    url = archive.site_url.rstrip("/") + "/" + report.url
    summary = (f"{long_date(report.date)}: {config.portfolios[report.portfolio].name}, "
               f"{config.members[report.member].name}. "
               f"{_plural(len(report.front.metrics), 'figure')}, "
               f"{_plural(len(report.front.commitments), 'commitment')}.")
    if report.front.unconfirmed:
        summary += (" Not yet confirmed: imported from the council's document and not yet checked "
                    "by an officer.")
    return FeedEntry(url, report.title, report.date, url, summary)


def reading_entry(archive: Archive, reading: Reading) -> FeedEntry:
    metric = archive.config.metrics[reading.metric]
    url = archive.site_url.rstrip("/") + "/" + reading.report.url
    title = (f"{metric.label}: {format_number(reading.value)} {metric.unit} as of {long_date(reading.as_of)}"
             f"{unconfirmed(reading)}")
    summary = (f"{format_number(reading.value)} {metric.unit} as of {long_date(reading.as_of)}"
               f"{unconfirmed(reading, ', ', '')}, stated in \u2018{reading.report.title}\u2019 of "
               f"{long_date(reading.report.date)}.")
    return FeedEntry(f"{url}#figure-{reading.metric}-{reading.index}", title, reading.report.date,
                     url + "#figures", summary)


def mention_entry(archive: Archive, mention: Mention, commitment_id: str) -> FeedEntry:
    s, report = mention.statement, mention.report
    url = archive.site_url.rstrip("/") + "/" + report.url + f"#commitment-{commitment_id}"
    due = f" Due: {s.due.label}." if s.due else ""
    summary = f"{s.status.label}.{due} {s.update or s.text or archive.commitment_text(commitment_id) or ''}"
    title = f"{s.status.label}: {shorten(archive.commitment_text(commitment_id) or commitment_id)}"
    return FeedEntry(url, title, report.date, url, summary.strip())


def shorten(text: str, limit: int = 120) -> str:
    """A long promise cut at a word for a feed entry's title (the summary has it whole)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "\u2026"


def archive_feeds(archive: Archive) -> list[tuple[str, tuple, Callable[[], Feed]]]:
    """Every feed as (path, what it reads, how to make it). A feed shows its newest
    FEED_ENTRIES entries, so only those are made, and only their reports are read
    (a commitment's feed also reads its first wording, from any of its mentions)."""
    config = archive.config
    # an empty feed's updated date: the newest report's, so it is reproducible too
    newest = archive.reports[-1].date if archive.reports else date(1970, 1, 1)
    by_portfolio = reports_by(archive, lambda r: [r.portfolio])
    by_member = reports_by(archive, lambda r: [r.member])

    def of_reports(path: str, title: str, page: str, reports: list[Report]):
        shown = tuple(reports[:FEED_ENTRIES])
        # the title names a portfolio or member: in the key (report entries read their names as they are made)
        return path, (title, shown, newest), lambda: Feed(path, title, page, [report_entry(archive, r) for r in shown],
                                                          newest)

    feeds = [of_reports(reports_feed().href, f"{config.settings.name}: new reports", "reports/",
                        archive.newest_first())]
    feeds += [of_reports(portfolio_feed(key, p.name).href, f"New reports: {p.name}", f"portfolios/{key}/",
                         by_portfolio.get(key, [])) for key, p in config.portfolios.items()]
    feeds += [of_reports(member_feed(key, m.name).href, f"New reports by {m.name}", f"members/{key}/",
                         by_member.get(key, [])) for key, m in config.members.items()]
    for key, metric in config.metrics.items():
        readings = archive.readings.get(key, [])
        feeds.append((metric_feed(key, metric.label).href, (metric, tuple(readings), newest),
                      lambda key=key, metric=metric, readings=readings: Feed(
                          metric_feed(key, metric.label).href, f"New figures: {metric.label}", metric_url(key),
                          _metric_entries(archive, readings), newest)))
    for cid, mentions in archive.mentions.items():
        feeds.append((commitment_feed(cid).href, (tuple(m.report for m in mentions), newest),
                      lambda cid=cid, mentions=mentions: Feed(
                          commitment_feed(cid).href, f"Updates on commitment {cid}", commitment_url(cid),
                          [mention_entry(archive, m, cid) for m in mentions[::-1][:FEED_ENTRIES]], newest)))
    return feeds


def _metric_entries(archive: Archive, readings: list[Reading]) -> list[FeedEntry]:
    """New figures, and an entry for each amended one on the day it changed; newest first."""
    entries = [reading_entry(archive, r) for r in _newest_readings(readings)]
    entries += [amendment_entry(archive, r, a) for r in readings
                if (a := r.amendment) is not None and a.changed_on is not None]
    return sorted(entries, key=lambda e: (e.updated, e.id), reverse=True)[:FEED_ENTRIES]


def amendment_entry(archive: Archive, reading: Reading, amended: AmendedFigure) -> FeedEntry:
    metric = archive.config.metrics[reading.metric]
    url = archive.site_url.rstrip("/") + "/" + reading.report.url
    title = (f"Amended: {metric.label} as of {long_date(reading.as_of)} is now "
             f"{format_number(reading.value)} {metric.unit}{unconfirmed(reading)}")
    summary = (f"{amended_words(amended)}. Now {format_number(reading.value)} {metric.unit} as of "
               f"{long_date(reading.as_of)}, in \u2018{reading.report.title}\u2019 of "
               f"{long_date(reading.report.date)}.")
    return FeedEntry(f"{url}#figure-{reading.metric}-{reading.index}-amended-{amended.commit[:12]}",
                     title, amended.changed_on, url + "#figures", summary)


def _newest_readings(readings: list[Reading]) -> list[Reading]:
    """The FEED_ENTRIES newest, by the date of the report that stated them."""
    by_report = sorted(readings, key=lambda r: (r.report.date, r.report.source))
    return by_report[::-1][:FEED_ENTRIES]


@file_kind("feeds")
def feed_files(archive: Archive) -> list[GeneratedFile]:
    settings = archive.config.settings
    rights = f"\u00a9 {settings.council}. {settings.licence.name}: {settings.licence.url}"
    return [remember(archive, ("feed", path), key, lambda make=make: GeneratedFile(
                path, write_feed(make(), archive.site_url, settings.council, rights)))
            for path, key, make in archive_feeds(archive)]
