"""Stage 5: HTML fragments for pages, from Jinja2 templates with autoescaping on, so
nothing an officer types can inject markup into the public site; undefined names fail.

One Jinja environment (`environment()`) for the site's pages and the hub's: the same
filters, globals and strictness. Each build keeps it in the cache while its templates
are unchanged (compiling them again would cost every preview rebuild), and each render
notes the templates it reads with the cache (content/cache.py `depends`), so an edit to
one template makes again only the pages that use it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from urllib.parse import quote

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, Template, TemplateNotFound, meta, select_autoescape

from ..model.archive import Archive
from .words import format_change, format_number, rate_note, rate_text, unconfirmed
from ..content.dates import long_date, short_date
from ..content.models import Report
from ..content.originals import site_path
from ..model.urls import commitment_url, metric_url, relative
from ..content.cache import digest
from .history_words import amended_anchor, amended_words, currency, removed_anchor, removed_words

TEMPLATES = Path(__file__).parent / "templates"


def environment(*more: Path) -> Environment:
    """The one Jinja environment: the site's templates (and, for the hub, its own after them)."""
    env = Environment(loader=ChoiceLoader([FileSystemLoader(str(folder)) for folder in (TEMPLATES, *more)]),
                      autoescape=select_autoescape(default=True), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True,
                      auto_reload=False)  # a build never edits its templates: no stat() per page
    env.filters.update(long_date=long_date, short_date=short_date, number=format_number,
                       rate_text=rate_text, rate_note=rate_note)
    env.globals.update(commitment_url=commitment_url, metric_url=metric_url)  # one place for URL shapes
    env.globals.update(amended_words=amended_words)  # one wording for an amended figure
    return env


def template_sources() -> dict[str, str]:
    """Each template's source name for the cache ('template:metric.html') and its digest."""
    return {f"template:{p.relative_to(TEMPLATES).as_posix()}": digest(p.read_bytes())
            for p in sorted(TEMPLATES.rglob("*.html"))}


def template(archive: Archive | None, name: str) -> Template:
    """A template of the build's environment, its reads (with every template it includes,
    imports or extends) noted with the cache."""
    cache = archive.cache if archive is not None else None
    env = site_environment(archive)
    if cache is not None:
        for used in _closure(env, name):
            cache.depends(f"template:{used}")
    return env.get_template(name)


def site_environment(archive: Archive | None) -> Environment:
    """The build's environment: kept in the cache while the templates are the same."""
    cache = archive.cache if archive is not None else None
    if cache is None:
        return archive.once("jinja", environment) if archive is not None else environment()
    sources = tuple(v for k, v in sorted(cache.sources.items()) if k.startswith("template:"))
    return cache.get(("jinja",), sources, environment, disk=False)


def compile_templates(env: Environment, names: list[str] | None = None) -> None:
    """Compile templates ahead of their first render (each name with those it includes;
    None: every template of the environment), as a preview does while it waits for an edit."""
    todo = env.list_templates(filter_func=lambda n: n.endswith(".html")) if names is None else list(names)
    done: set[str] = set()
    while todo:
        name = todo.pop()
        if name in done:
            continue
        done.add(name)
        try:
            source = env.loader.get_source(env, name)[0]
        except TemplateNotFound:  # `{% include ... ignore missing %}`: nothing to compile
            continue
        env.get_template(name)
        if names is not None:
            todo += [t for t in meta.find_referenced_templates(env.parse(source)) if t]


def _closure(env: Environment, name: str) -> list[str]:
    """The template and every one it includes, imports or extends, worked out once per environment."""
    known = env.__dict__.setdefault("ca_closures", {})
    if name not in known:
        found, todo = [], [name]
        while todo:
            current = todo.pop()
            if current in found:
                continue
            found.append(current)
            source = env.loader.get_source(env, current)[0]
            todo += [t for t in meta.find_referenced_templates(env.parse(source)) if t]
        known[name] = found
    return known[name]


def render(archive: Archive | None, name: str, **context) -> str:
    return template(archive, name).render(**context)


@dataclass(frozen=True)
class FigureRow:
    """One line of a report's figures table."""

    label: str
    metric: str
    value: str
    unit: str
    as_of: object
    rate: str
    rate_note: str
    change: str | None
    previous_url: str | None
    previous_label: str | None
    amended: str | None = None  # 'Amended on ...; first published on ... as ...'
    confirmed: bool = True  # False: from an imported draft not yet confirmed
    amended_anchor: str = ""  # the id of its amendment's note under the table


def figure_rows(report: Report, archive: Archive) -> list[FigureRow]:
    rows = []
    for reading in archive.readings_of(report):
        metric = archive.config.metrics[reading.metric]
        previous = archive.previous_reading(report, reading.metric)
        rows.append(FigureRow(
            label=metric.label, metric=reading.metric, value=format_number(reading.value),
            unit=metric.unit, as_of=reading.as_of, rate=rate_text(reading.rate), rate_note=rate_note(reading.rate),
            change=format_change(reading.value - previous.value) if previous else None,
            previous_url=relative(report.url, previous.report.url) if previous else None,
            previous_label=(f"{format_number(previous.value)} on {short_date(previous.as_of)}"
                            f"{unconfirmed(previous, ', ', '')}" if previous else None),
            confirmed=reading.confirmed,
            amended=_amended(reading.amendment),
            amended_anchor=amended_anchor(reading.metric, reading.index),
        ))
    return rows


def _amended(amended) -> str | None:
    return amended_words(amended) if amended else None


def render_report_header(report: Report, archive: Archive) -> str:
    config = archive.config
    member = config.members[report.member]
    role = member.role_for(report.portfolio, report.date)
    rate_bases = {config.metrics[m.metric].rate.per for m in report.front.metrics
                  if config.metrics[m.metric].rate}
    rows = figure_rows(report, archive)
    notes = sorted({row.rate_note for row in rows if row.rate and row.rate_note != "as printed"})
    history = archive.history_of(report)
    removed = [(removed_anchor(r, i), removed_words(r, config.metrics[r.metric].label)
                if r.metric in config.metrics else removed_words(r, r.metric))
               for i, r in enumerate(history.removed if history else ())]
    currencies = [c for i in range(len(rows)) if (c := currency(report, i, archive))]
    return render(archive, "report_header.html", report=report, member=member, role=role,
                  original=original_link(report),
                  dates=history.dates if history else None, removed=removed,
                  updates=sorted(report.front.updates, key=lambda u: u.date, reverse=True),
                  superseded=[c for c in currencies if not c.latest],
                  latest=[c.label for c in currencies if c.latest],
                  portfolio=config.portfolios[report.portfolio], rows=rows, rate_notes=notes,
                  rate_per=min(rate_bases) if len(rate_bases) == 1 else None,
                  has_rates=bool(rate_bases), commitments=commitment_rows(report, archive),
                  tracker_url=lambda cid: relative(report.url, commitment_url(cid)))


@dataclass(frozen=True)
class OriginalLink:
    url: str
    kind: str  # 'PDF', 'Word document'
    size: str  # '212 KB'


_KINDS = MappingProxyType({".pdf": "PDF", ".docx": "Word document", ".odt": "OpenDocument text",
                           ".html": "web page", ".htm": "web page", ".txt": "text", ".md": "text"})


def original_link(report: Report) -> OriginalLink | None:
    """The council's own document, where the import kept it: 'PDF, 212 KB'."""
    record = report.front.imported
    if record is None or record.original is None:
        return None
    path = record.original.path
    suffix = path[path.rfind("."):].lower() if "." in path else ""
    size = record.original.bytes
    shown = f"{size / 1024:,.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MB"
    return OriginalLink(quote(relative(report.url, site_path(path))), _KINDS.get(suffix, "document"), shown)


@dataclass(frozen=True)
class CommitmentRow:
    id: str
    text: str
    status: str
    status_key: str
    due: str | None
    due_text: str | None
    update: str | None
    anchor: str | None
    worded_in: str | None  # where the wording shown comes from, if another report


def commitment_rows(report: Report, archive: Archive) -> list[CommitmentRow]:
    return [CommitmentRow(id=s.id, text=s.text or archive.commitment_text(s.id) or "",
                          status=s.status.label, status_key=s.status.value,
                          due=s.due.label if s.due else None, due_text=s.due_text,
                          update=s.update, anchor=s.anchor,
                          worded_in=None if s.text else _first_worded_in(s.id, archive))
            for s in report.front.commitments]


def _first_worded_in(commitment_id: str, archive: Archive) -> str | None:
    """'the report of 21 December 2017': this report updates a promise worded earlier."""
    first = archive.first_worded(commitment_id)
    return f"the report of {long_date(first.report.date)}" if first else None
