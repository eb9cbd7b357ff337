"""Stage 2: checks that need more than one file: keys that must exist in
site_config/, file names that must agree with the front matter, figures that
must agree with their population base, and reports that must not collide."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal, InvalidOperation

from . import catalogue as checks
from .cache import Cache
from .commitment_checks import check_commitment_history
from .import_checks import check_unconfirmed_imports
from .config import SiteConfig
from .dates import long_date
from .load import REPORT_NAME
from .models import Report
from .problems import Problems, field_path, suggest
from .rates import calculated


def validate_reports(reports: list[Report], config: SiteConfig, problems: Problems,
                     cache: Cache | None = None, parts: list[Report] = ()) -> None:
    """The one-report checks' problems are kept in the cache for the same report and
    site_config/ (content/cache.py); the checks across reports always run.
    parts: what is left of reports with field errors (partial.py): their other fields get
    the one-report checks, and their commitments count as mentioned."""
    for part in parts:
        validate_one(part, config, problems)
    for report in reports:
        if cache is None:
            validate_one(report, config, problems)
        else:
            problems.items.extend(cache.get(("checks", report.src_uri), (report, config.digest),
                                            lambda report=report: _checked(report, config)))
    validate_unique_dates(reports, problems)
    # with the cache, each commitment's first mention is checked with its history, only when one
    # of its reports changed (a report with field errors counts as a mention: then all at once)
    together = cache is not None and not parts
    if not together:
        validate_first_mentions(reports, problems, parts)
    check_commitment_history(reports, config, problems, cache, first_mentions=together)
    check_unconfirmed_imports(reports, config.settings.publish_unconfirmed_imports, problems)


def _checked(report: Report, config: SiteConfig) -> list:
    found = Problems()
    validate_one(report, config, found)
    return found.items


def validate_one(report: Report, config: SiteConfig, problems: Problems) -> None:
    """The checks that read one report (and site_config/) only."""
    validate_file_name(report, problems)
    validate_references(report, config, problems)
    validate_readings(report, config, problems)
    validate_commitment_ids(report, problems)


def validate_file_name(report: Report, problems: Problems) -> None:
    """reports/YYYY/YYYY-MM-DD-<portfolio>.md must say what the front matter says."""
    if report.date is None or report.portfolio is None:  # a field error, already reported
        return
    parts = report.src_uri.split("/")
    name = parts[-1]
    match = REPORT_NAME.match(name)
    expected = f"{report.date.isoformat()}-{report.portfolio}.md"
    if len(parts) != 3 or match is None:
        problems.report(checks.MISPLACED_REPORT, report.source, 1, "(file)", f"a report must be content/reports/YYYY/"
                       f"YYYY-MM-DD-<portfolio>.md; by its front matter this one is "
                       f"content/reports/{report.date.year}/{expected}")
        return
    year, month, day, portfolio = match.groups()
    if f"{year}-{month}-{day}" != report.date.isoformat():
        problems.report(checks.FILE_NAME_DATE, report.source, report.line("date"), "date", f"the file name says "
                       f"{year}-{month}-{day} but date is {report.date.isoformat()}; rename the file "
                       f"to {expected} or correct the date")
    if portfolio != report.portfolio:
        problems.report(checks.FILE_NAME_PORTFOLIO,
                        report.source, report.line("portfolio"), "portfolio", f"the file name says "
                        f"'{portfolio}' but portfolio is '{report.portfolio}'; rename the file to "
                        f"{expected} or correct the portfolio")
    if parts[1] != year:
        problems.report(checks.WRONG_YEAR_FOLDER,
                        report.source, 1, "(file)", f"the report is in folder reports/{parts[1]}/ "
                        f"but its file name says {year}; move it to reports/{year}/")


def validate_references(report: Report, config: SiteConfig, problems: Problems) -> None:
    # known() counts a broken definition as defined: its own error is reported once, in site_config/
    # (a field that is None had an error of its own, already reported)
    _ref(report, problems, ("portfolio",), report.portfolio, config.known("portfolios"), "portfolio",
         "portfolios.yml")
    _ref(report, problems, ("member",), report.member, config.known("members"), "member", "members.yml")
    metrics = config.known("metrics")
    for i, reading in enumerate(report.front.metrics or ()):
        if reading.metric is not None and reading.metric not in metrics:
            loc = ("metrics", i, "metric")
            hint = _alias_hint(reading.metric, config) or suggest(reading.metric, config.metrics)
            problems.report(checks.UNKNOWN_METRIC, report.source, report.line(*loc), field_path(loc),
                            f"unknown metric '{reading.metric}'{hint}")
        else:
            check_metric_portfolio(report, i, config, problems)
    member = config.members.get(report.member) if report.member is not None else None
    if member and report.portfolio in config.portfolios and report.date is not None \
            and not member.role_for(report.portfolio, report.date):
        problems.report(checks.MEMBER_WITHOUT_ROLE,
                        report.source, report.line("member"), "member", f"'{report.member}' holds no "
                        f"role for portfolio '{report.portfolio}' in site_config/members.yml")


def _alias_hint(name: str, config: SiteConfig) -> str:
    key = config.metric_by_alias(name.replace("-", " "))
    return f" (did you mean '{key}'? '{name}' is one of its names)" if key else ""


def check_metric_portfolio(report: Report, i: int, config: SiteConfig, problems: Problems) -> None:
    """A report states its own portfolio's figures; another portfolio's is worth a look
    (catalogue CA105, which the importer also raises of a document it reads)."""
    reading = report.front.metrics[i]
    metric = config.metrics.get(reading.metric) if reading.metric is not None else None
    if metric is None or report.portfolio is None or metric.portfolio == report.portfolio \
            or not {metric.portfolio, report.portfolio} <= set(config.portfolios):  # unknown: its own error
        return
    loc = ("metrics", i, "metric")
    problems.report(checks.OTHER_PORTFOLIO_METRIC, report.source, report.line(*loc), field_path(loc),
                    other_portfolio_message(reading.metric, metric.portfolio, report.portfolio))


def other_portfolio_message(metric: str, its_portfolio: str, report_portfolio: str) -> str:
    return (f"metric '{metric}' is a figure of portfolio '{its_portfolio}' in site_config/metrics.yml, but "
            f"this report is of portfolio '{report_portfolio}'; check the metric and the report's portfolio")


def _ref(report, problems, loc, value, known, kind, file) -> None:
    if value is not None and value not in known:
        check = checks.UNKNOWN_PORTFOLIO if kind == "portfolio" else checks.UNKNOWN_MEMBER
        problems.report(check, report.source, report.line(*loc), field_path(loc),
                       f"unknown {kind} '{value}'{suggest(value, known)}; "
                       f"keys are defined in site_config/{file}")


def validate_readings(report: Report, config: SiteConfig, problems: Problems) -> None:
    seen: dict[tuple, int] = {}
    for i, reading in enumerate(report.front.metrics or ()):
        loc = ("metrics", i)
        if reading.as_of is None or reading.metric is None:  # a field error, already reported
            continue
        if report.date is not None and reading.as_of > report.date:
            problems.report(checks.AS_OF_AFTER_DATE,
                            report.source, report.line(*loc, "as_of"), field_path(loc + ("as_of",)),
                            f"as_of {reading.as_of.isoformat()} is after the report's date "
                            f"{report.date.isoformat()}")
        key = (reading.metric, reading.as_of)
        if key in seen:
            problems.report(checks.REPEATED_FIGURE, report.source, report.line(*loc), field_path(loc), f"metric "
                           f"'{reading.metric}' as of {reading.as_of.isoformat()} is already stated "
                           f"at metrics[{seen[key]}]")
        seen.setdefault(key, i)
        if reading.rate is not None and reading.value is not None and reading.metric in config.metrics:
            check_rate(report, i, config, problems)


def check_rate(report: Report, i: int, config: SiteConfig, problems: Problems) -> None:
    """A printed rate must be value / population x base, to the precision printed."""
    reading = report.front.metrics[i]
    metric = config.metrics[reading.metric]
    loc = ("metrics", i, "rate")
    where = (report.source, report.line(*loc), field_path(loc))
    if metric.rate is None:
        problems.report(checks.RATE_WITHOUT_BASE, *where, f"metric '{reading.metric}' has no rate base in "
                       "site_config/metrics.yml; remove the rate or give the metric one")
        return
    rate = calculated(metric, reading.value, reading.as_of, config.populations)
    if rate is None:
        if metric.rate.population in config.populations:
            problems.report(checks.NO_POPULATION_ESTIMATE,
                            *where, f"no estimate of population '{metric.rate.population}' is in "
                            f"force on {reading.as_of.isoformat()}, so the rate cannot be checked")
        return
    computed, estimate = rate.value, rate.estimate
    printed = report.doc.raw.get(loc, str(reading.rate))
    tolerance = _half_unit(printed)
    if abs(computed - reading.rate) > tolerance + 1e-9:
        problems.report(checks.RATE_DISAGREES,
                        *where, f"stated rate {printed} per {metric.rate.per:,} disagrees with "
                        f"{_num(reading.value)} / {estimate.value:,} x {metric.rate.per:,} = "
                        f"{computed:.{max(_decimals(printed) + 1, 2)}f} (population: "
                        f"{estimate.label}, {estimate.value:,})")


def _decimals(printed: str) -> int:
    try:
        exponent = Decimal(printed.strip().replace(",", "")).as_tuple().exponent
    except InvalidOperation:
        return 0
    return max(-exponent, 0) if isinstance(exponent, int) else 0


def _half_unit(printed: str) -> float:
    """Half the last printed digit: 136.1 may stand for anything from 136.05 to 136.15."""
    return 0.5 * 10 ** -_decimals(printed)


def _num(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.10g}"


def validate_commitment_ids(report: Report, problems: Problems) -> None:
    first: dict[str, int] = {}
    for i, statement in enumerate(report.front.commitments or ()):
        if statement.id is None:
            continue
        if statement.id in first:
            loc = ("commitments", i, "id")
            problems.report(checks.REPEATED_COMMITMENT,
                            report.source, report.line(*loc), field_path(loc), f"commitment "
                            f"'{statement.id}' is already listed at commitments[{first[statement.id]}]")
        first.setdefault(statement.id, i)


def validate_unique_dates(reports: list[Report], problems: Problems) -> None:
    by_key: dict[tuple, list[Report]] = defaultdict(list)
    for report in reports:
        by_key[(report.date, report.portfolio)].append(report)
    for (day, portfolio), group in by_key.items():
        for report in group if len(group) > 1 else ():
            others = ", ".join(r.source for r in group if r is not report)
            problems.report(checks.SAME_DATE, report.source, report.line("date"), "date", f"another report of "
                           f"portfolio '{portfolio}' has the same date {day.isoformat()}: {others}")


def validate_first_mentions(reports: list[Report], problems: Problems, parts: list[Report] = ()) -> None:
    """A commitment's wording is required where its id first appears. A report with field
    errors (a part) is not checked, but what it mentions counts as mentioned: the next
    report is not told it needs a text that the broken one may well give."""
    seen: set[str] = set()
    everything = [r for r in [*reports, *parts] if r.date is not None]
    for report in sorted(everything, key=lambda r: (r.date, r.source)):
        for i, statement in enumerate(report.front.commitments or ()):
            if report.partial or statement.id is None:
                seen.add(statement.id)
                continue
            if statement.id not in seen and statement.text is None:
                loc = ("commitments", i, "text")
                problems.report(checks.COMMITMENT_NEEDS_TEXT,
                                report.source, report.line("commitments", i), field_path(loc),
                                f"commitment '{statement.id}' first appears in this report "
                                f"({long_date(report.date)}), so it needs its text")
            seen.add(statement.id)
