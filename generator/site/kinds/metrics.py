"""Metric trend pages (metrics/<id>/), their downloads and chart specs, the
metrics index (metrics/) and the home page's 'latest figures' panel.

Stable URLs, per metric:
  metrics/<id>/               the page: summary, charts, recent readings, definition
  metrics/<id>/readings/2010-2019/   every reading of a decade (metric_readings.py)
  metrics/<id>/<id>.csv       every reading as CSV  (see open_data.py)
  metrics/<id>/<id>.json      the same as JSON, with the definition
  metrics/<id>/values.vl.json, rates.vl.json   the Vega-Lite chart specs
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...model.archive import Archive, Mention
from ..chart_svg import drawn, prefetch, spec_key
from ..charts import history_chart_spec, narrow_spec, rate_chart_spec, spec_json, value_chart_spec
from ...content.dates import long_date
from ..parts.commitment_views import portfolio_url as commitments_by_portfolio_url
from ..parts.feeds_paths import metric_feed
from ..parts.metric_readings import decade_links, metric_readings_pages
from ..search_data import search_data
from ..pages import GeneratedFile, GeneratedPage, block, file_kind, head_start, page_kind
from ...model.archive import remember
from ..render import render
from ...model.archive import Reading
from ...model.series import MetricSeries, build_series, series_by_portfolio
from ..words import change_since_previous, format_number, summary_sentence
from ..open_data import SERIES_COLUMNS, csv_name, json_name, reading_row, series_csv, series_json, with_confirmed
from ...model.urls import relative
from ..parts.sparkline import sparkline_svg

INDEX_URL = "metrics/"
CHARTS_URL = "assets/council-archive/charts/metric-chart.js"
# A portfolio can make thousands of commitments over decades; its tracker page lists them all.
COMMITMENTS_SHOWN = 20


@dataclass(frozen=True)
class Chart:
    """One chart on a metric page: its spec file and its static rendering."""

    id: str  # 'values' or 'rates' (or their '-history'); also the element id and the spec file's stem
    title: str
    spec: dict
    description: str
    history: bool = False  # a long series' whole history, under the recent years' chart
    # a phone's drawing of the chart (None for a whole history, which is drawn once), and each
    # drawing's cache key: worked out once, when the chart is made (a spec's JSON is 2 ms)
    narrow: dict | None = field(default=None, compare=False)
    keys: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        narrow = None if self.history else narrow_spec(self.spec)
        object.__setattr__(self, "narrow", narrow)
        object.__setattr__(self, "keys", tuple(spec_key(s) for s in (self.spec, narrow) if s is not None))

    @property
    def spec_file(self) -> str:
        return f"{self.id}.vl.json"

    @property
    def specs(self) -> list[tuple[dict, str]]:
        """(spec, its cache key) of each drawing."""
        return list(zip([s for s in (self.spec, self.narrow) if s is not None], self.keys))


@dataclass(frozen=True)
class PortfolioCommitment:
    id: str
    text: str
    status: str
    status_key: str
    report_href: str  # the latest report that speaks of it, at the commitment
    report_date: object


def metric_charts(series: MetricSeries) -> list[Chart]:
    charts = [Chart("values", f"{series.label} by as-of date", value_chart_spec(series, series.url),
                    _chart_description(series, _value, series.definition.unit))]
    if series.has_rates:
        per = format_number(series.definition.rate.per)
        charts.append(Chart(
            "rates", f"{series.label}: rate per {per}", rate_chart_spec(series, series.url),
            _chart_description(series, _rate, f"per {per}") + " Round points are rates printed in the "
            "report; diamonds are rates calculated here from the population estimate in force"
            + _base_changes_described(series)))
    return charts + history_charts(series)


def history_charts(series: MetricSeries) -> list[Chart]:
    """A long series' every reading, as a line, one step below its recent years' charts."""
    if series.all_recent:
        return []
    years = f"{series.first.as_of.year} to {series.latest.as_of.year}"
    charts = [Chart("values-history", f"{series.label}, {years}", history_chart_spec(series, rates=False),
                    _chart_description(series, _value, series.definition.unit, whole=True), history=True)]
    if series.has_rates:
        per = format_number(series.definition.rate.per)
        charts.append(Chart("rates-history", f"{series.label}: rate per {per}, {years}",
                            history_chart_spec(series, rates=True),
                            _chart_description(series, _rate, f"per {per}", whole=True).removesuffix(".")
                            + _base_changes_described(series), history=True))
    return charts


def _value(point: Reading) -> float:
    return point.value


def _rate(point: Reading) -> float | None:
    return point.rate.shown if point.rate else None


# Up to this many population estimates are each named in the rate chart's caption; past
# it the caption gives the first and the latest, and 'About this measure' lists them all.
BASES_NAMED = 3


def _base_changes_described(series: MetricSeries) -> str:
    """The rate chart's dashed lines in words, ending the caption's sentence."""
    changes = series.base_changes
    if not changes:
        return "."
    if len(changes) <= BASES_NAMED:
        return "; " + "; ".join(f"a dashed line marks the {b.estimate.label} ({b.estimate.value:,}), "
                                f"reference date {long_date(b.reference_date)}" for b in changes) + "."
    first, last = changes[0], changes[-1]
    return (f"; {len(changes)} dashed lines mark where each new population estimate took effect, "
            f"from the {first.estimate.label} ({first.estimate.value:,}), reference date "
            f"{long_date(first.reference_date)}, to the {last.estimate.label} ({last.estimate.value:,}), "
            f"reference date {long_date(last.reference_date)}; the table names the estimate each calculated "
            "rate rests on, and 'About this measure' lists them all.")


def _chart_description(series: MetricSeries, value_of, unit: str, whole: bool = False) -> str:
    """The chart in words (of the readings with a value: rates start with the first
    estimate); for a long series' recent years, the whole series too."""
    dated = [(p.as_of, value_of(p)) for p in series.points if value_of(p) is not None]
    recent = [p for p in series.recent if value_of(p) is not None]
    (first, _), (last, latest) = dated[0], dated[-1]
    if len(dated) == 1:
        return f"The chart shows one reading, {format_number(latest)} {unit} as of {long_date(last)}."
    values = [value for _, value in dated]
    whole_series = (f"{len(dated)} readings from {long_date(first)} to {long_date(last)}, "
                    f"ranging from {format_number(min(values))} to {format_number(max(values))} {unit}.")
    if whole or len(recent) == len(dated):
        return f"The chart shows {whole_series}"
    # 700 readings over 36 years drew a zig-zag band: the recent years are what most came for
    return (f"The archive holds {whole_series} The chart shows the {len(recent)} most recent, "
            f"from {long_date(recent[0].as_of)}; 'The whole history', below it, draws every one.")


def _prefix_ids(svg: str, prefix: str) -> str:
    """Two charts on one page must not share element ids (clip paths, gradients)."""
    return (svg.replace(' id="', f' id="{prefix}').replace('url(#', f'url(#{prefix}')
            .replace('href="#', f'href="#{prefix}'))


def portfolio_commitments(archive: Archive, portfolio: str, page_url: str) -> list[PortfolioCommitment]:
    """Each commitment a report of the portfolio speaks of, with its latest status there."""
    rows = []
    for commitment_id, latest in _latest_mentions(archive).get(portfolio, []):
        rows.append(PortfolioCommitment(
            id=commitment_id, text=archive.commitment_text(commitment_id) or commitment_id,
            status=latest.statement.status.label, status_key=latest.statement.status.value,
            report_href=relative(page_url, latest.report.url) + f"#commitment-{commitment_id}",
            report_date=latest.report.date))
    # newest first, so the cap below keeps what a reader most likely wants
    return sorted(rows, key=lambda row: (row.report_date, row.id), reverse=True)


def _latest_mentions(archive: Archive) -> dict[str, list[tuple[str, Mention]]]:
    """portfolio -> (commitment id, its latest mention in that portfolio), by id; one sweep
    per archive, so a thousand metric pages do not each walk every mention."""
    def sweep() -> dict[str, list[tuple[str, Mention]]]:
        by_portfolio: dict[str, dict[str, Mention]] = {}
        for commitment_id, mentions in sorted(archive.mentions.items()):
            for mention in mentions:  # oldest first: the last one kept is the latest
                by_portfolio.setdefault(mention.report.portfolio, {})[commitment_id] = mention
        return {key: sorted(found.items()) for key, found in by_portfolio.items()}
    return archive.once("latest-mentions-by-portfolio", sweep)


@head_start("metric-charts", makes="chart-drawings")
def draw_charts_meanwhile(archive: Archive) -> None:
    """Specs for every chart now, and the SVGs the cache lacks drawn on the other core
    while the other kinds run (the metric pages run last: kinds/__init__.py)."""
    prefetch(archive, [spec for series in _series(archive) for chart in _charts(archive, series)
                       for spec in chart.specs])  # (spec, key) each


@page_kind("metric", reads=("chart-drawings",))
def metric_pages(archive: Archive) -> list[GeneratedPage]:
    return [_metric_page(s, archive) for s in _series(archive)]


def _metric_page(s: MetricSeries, archive: Archive) -> GeneratedPage:
    # made from the series and the portfolio's commitments: both plain data, so they are the key
    key = (s, _portfolio_reads(archive, s.definition.portfolio))  # s: the same object if unchanged
    return remember(archive, ("metric", s.key), key, lambda: GeneratedPage(
        src_uri=f"{s.url}index.md", title=s.label, html=_metric_html(s, archive),
        description=summary_sentence(s), alternates=(metric_feed(s.key, s.label),)))


def _portfolio_reads(archive: Archive, portfolio: str) -> tuple:
    """What portfolio_commitments reads: each commitment's mentions (its latest one in the
    portfolio, and its first wording, which may come from any report)."""
    reads = archive.once("portfolio-reads", dict)
    if portfolio not in reads:
        reads[portfolio] = tuple((cid, tuple(m.report for m in archive.mentions[cid]))
                                 for cid, _ in _latest_mentions(archive).get(portfolio, []))
    return reads[portfolio]


def _metric_html(series: MetricSeries, archive: Archive) -> str:
    page_url = series.url
    config = archive.config
    commitments = portfolio_commitments(archive, series.definition.portfolio, page_url)
    rate = series.definition.rate
    return render(archive, "metric.html", series=series, summary=summary_sentence(series),
        charts=[_drawn(archive, chart) for chart in _charts(archive, series)],
        csv_href=csv_name(series), json_href=json_name(series), relative=relative, page_url=page_url,
        portfolio=config.portfolios[series.definition.portfolio],
        population=config.populations.get(rate.population) if rate else None,
        commitments=commitments[:COMMITMENTS_SHOWN], commitments_total=len(commitments),
        portfolio_commitments_href=relative(page_url, commitments_by_portfolio_url(series.definition.portfolio)),
        index_href=relative(page_url, INDEX_URL), scripts=_scripts(page_url),
        confirmed_column=config.settings.publish_unconfirmed_imports,
        decades=decade_links(series, page_url),
        search=search_data(archive, "metric", title=series.label, date=series.points[-1].as_of,
                           portfolio=config.portfolios[series.definition.portfolio].name))


def _scripts(page_url: str) -> list[str]:
    """The charts' keyboard and tooltips: a few KB, and no chart library (each chart is drawn
    once, at build time, as SVG)."""
    return [relative(page_url, CHARTS_URL)]


@page_kind("metric-readings")
def metric_readings(archive: Archive) -> list[GeneratedPage]:
    return [page for series in _series(archive)  # a series' decades read only the series
            for page in remember(archive, ("metric-readings", series.key), (series,),
                                 lambda series=series: metric_readings_pages(archive, series))]


@file_kind("metric-data")
def metric_files(archive: Archive) -> list[GeneratedFile]:
    return [file for series in _series(archive)
            for file in remember(archive, ("metric-data", series.key), (series,),
                                 lambda series=series: _series_files(series, archive))]


def _series_files(series: MetricSeries, archive: Archive) -> list[GeneratedFile]:
    rows, columns = [reading_row(archive, r) for r in series.points], with_confirmed(archive, SERIES_COLUMNS)
    files = [GeneratedFile(series.url + csv_name(series), series_csv(series, rows, columns)),
             GeneratedFile(series.url + json_name(series), series_json(series, rows, columns))]
    return files + [GeneratedFile(series.url + chart.spec_file, spec_json(chart.spec))
                    for chart in _charts(archive, series) if not chart.history]  # a history is drawn static only


@page_kind("metrics-index")
def metrics_index(archive: Archive) -> list[GeneratedPage]:
    key = tuple(_series(archive))  # the index reads every series (each the same object if unchanged)
    return [remember(archive, "metrics-index", key, lambda: GeneratedPage(
        src_uri="metrics/index.md", title="Figures", html=render(archive, "metrics_index.html",
                                                                 groups=_index_groups(archive, INDEX_URL)),
        in_nav=True, description="Every figure the reports state, with its latest value and trend."))]


# Figures per portfolio on the home page: a row of tiles; the rest are on the metrics index.
FIGURES_ON_HOME = 4


@block("latest-figures")
def latest_figures(archive: Archive, page_url: str) -> str:
    # reads every series (each the same object while unchanged) and nothing else
    return remember(archive, ("latest-figures", page_url), tuple(_series(archive)), lambda: render(archive, "latest_figures.html", index_href=relative(page_url, INDEX_URL), groups=[
            (key, name, rows[:FIGURES_ON_HOME], len(rows)) for key, name, rows in _index_groups(archive, page_url)]))


@dataclass(frozen=True)
class IndexRow:
    label: str
    href: str
    latest: str
    unit: str
    as_of: object
    change: str | None
    sparkline: str
    confirmed: bool = True  # the latest reading's: False for an import not yet confirmed


def _index_groups(archive: Archive, page_url: str) -> list[tuple[str, str, list[IndexRow]]]:
    return [(key, name, [IndexRow(label=s.label, href=relative(page_url, s.url),
                             latest=format_number(s.latest.value), unit=s.definition.unit,
                             as_of=s.latest.as_of, change=change_since_previous(s),
                             sparkline=sparkline_svg([(p.as_of, p.value) for p in s.points], s.label),
                             confirmed=s.latest.confirmed)
                    for s in members])
            for key, name, members in series_by_portfolio(archive)]


def _series(archive: Archive) -> list[MetricSeries]:
    return build_series(archive)


def _charts(archive: Archive, series: MetricSeries) -> list[Chart]:
    """A series' charts, kept while the series is the same (an unchanged series is the
    very object of the last build: one pointer test): Altair takes 30-70 ms a chart, so
    an edit to one report re-specs only the series it changed."""
    return remember(archive, ("charts", series.key), (series,), lambda: metric_charts(series))


@dataclass(frozen=True)
class Drawn:
    """A chart with its drawings: for a wide column and, but for a whole history, a phone's."""

    chart: Chart
    svg: str
    narrow_svg: str = ""


def _drawn(archive: Archive, chart: Chart) -> Drawn:
    (wide, wide_key), *narrow = chart.specs
    svg = _prefix_ids(drawn(archive, wide, wide_key), f"chart-{chart.id}-")
    narrow_svg = _prefix_ids(drawn(archive, *narrow[0]), f"chart-{chart.id}-narrow-") if narrow else ""
    return Drawn(chart, svg, narrow_svg)
