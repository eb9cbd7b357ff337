"""The hub's own pages, written next to the councils' shards: a councils index (a card
per council, linking to its site) and, per shared metric, a comparison page (one
line per council, a table, each council's latest reading, CSV/JSON). It reads only
what the shards publish (data/reports.json, data/readings.csv) and the councils'
site_config/, never a report."""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jinja2 import Environment

from ..content.dates import long_date
from ..site.words import format_number
from ..site.chart_svg import drawn
from ..site.charts import comparison_chart_spec
from ..site.render import environment
from ..site.open_data import to_json
from ..site.kinds.security import HEADERS, META_CSP
from .compare import Comparison, HubReading, comparisons, rows, to_csv
from .project import Hub, HubCouncil

HERE = Path(__file__).parent
# name -> file: the councils' own shard client (search-shards.js) pages the hub's search too
ASSETS = {"hub.css": HERE / "assets" / "hub.css", "hub-search.js": HERE / "assets" / "hub-search.js",
          "search-shards.js": HERE.parent / "site" / "assets" / "search-shards.js"}
# A search across more councils than this loads too many indexes at once: the reader adds more
DEFAULT_SEARCH_COUNCILS = 10


@dataclass
class CouncilCard:
    key: str
    name: str
    area_code: str
    reports: int
    newest: str  # long date of its newest report, or ''
    href: str  # its site: '<key>/' in the hub, or its own address (councils.yml url)
    own_site: bool = False  # hosted apart from the hub: its search is on its own site


def hub_environment() -> Environment:
    """The site's one Jinja environment (site/render.py: its filters, StrictUndefined), with
    the hub's own templates after the site's."""
    return environment(HERE / "templates")


def council_card(site_dir: Path, entry: HubCouncil) -> CouncilCard:
    reports = json.loads((site_dir / entry.key / "data" / "reports.json").read_text("utf-8"))
    dates = sorted(r["front_matter"]["date"] for r in reports)
    newest = long_date(date.fromisoformat(dates[-1])) if dates else ""
    return CouncilCard(entry.key, entry.name, entry.council.area_code, len(reports), newest,
                       entry.own_site or f"{entry.key}/", entry.own_site is not None)


def chart_spec(comparison: Comparison) -> dict:
    """One line per council, on the shared rate where there is one, else the count (the site's
    chart code: site/charts.py)."""
    field = "rate_shown" if comparison.by_rate else "value"
    rows = [{"as_of": r.as_of.isoformat(), "value": getattr(r, field), "council": r.council_name}
            for r in sorted(comparison.readings, key=lambda r: (r.council_name, r.as_of))
            if getattr(r, field) is not None]
    return comparison_chart_spec(rows, comparison.councils(), y_title(comparison))


def y_title(comparison: Comparison) -> str:
    metric = comparison.metric
    if metric.rate:
        return f"Rate per {metric.rate.per:,} {metric.rate.population}"
    return metric.unit.capitalize()


def chart_summary(comparison: Comparison) -> str:
    """What the chart shows, in words, for readers who cannot see it."""
    latest = comparison.latest()
    if not latest:
        return "No council has reported this figure yet."
    parts = [f"{r.council_name} {format_number(r.rate_shown if comparison.by_rate else r.value)} on {long_date(r.as_of)}"
             for r in latest if (r.rate_shown if comparison.by_rate else r.value) is not None]
    return (f"A line chart of {comparison.metric.label.lower()} for {len(latest)} "
            f"council{'s' if len(latest) != 1 else ''}, {y_title(comparison).lower()}. Latest: "
            + "; ".join(parts) + ".")


def bases_list(comparison: Comparison) -> list[str]:
    """'<council>: <its estimate, area code and source>' for each council, where the bases differ."""
    if not comparison.bases_differ():
        return []
    return [f"{name}: {base_named(r)}" for name, r in sorted(comparison.bases().items())]


def base_named(reading: HubReading) -> str:
    """'mid-2018 estimate (30 June 2018) for E06000001, source: ONS ...': which estimate, of which area, by whom."""
    words = reading.base
    if reading.base_area_code:
        words += f" for {reading.base_area_code}"
    if reading.base_source:
        words += f", source: {reading.base_source}"
    return words


def assemble(hub: Hub, site_dir: Path, hub_name: str) -> list[Path]:
    """Write the hub's pages and assets into site_dir; the paths written, relative to it."""
    env = hub_environment()
    councils = [e for _, e in sorted(hub.councils.items())]
    cards = [council_card(site_dir, e) for e in councils]
    found = comparisons(site_dir, councils, hub.metrics)
    written = {"index.html": env.get_template("councils.html").render(
        hub_name=hub_name, csp=META_CSP, root="", title=hub_name, cards=cards, comparisons=found)}
    written["search/index.html"] = env.get_template("search.html").render(
        hub_name=hub_name, csp=META_CSP, root="../", title="Search",
        cards=[c for c in cards if not c.own_site], elsewhere=[c for c in cards if c.own_site],
        default_councils=DEFAULT_SEARCH_COUNCILS)
    for comparison in found:
        written |= _comparison_files(env, comparison, hub_name)
    # hosts read _headers at the site's root only: the shards' own <key>/_headers are not read
    written["_headers"] = "\n".join(["/*"] + [f"  {k}: {v}" for k, v in HEADERS.items()]) + "\n"
    for name, path in ASSETS.items():
        written[f"assets/{name}"] = path.read_text("utf-8")
    for rel, text in written.items():
        (site_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / rel).write_text(text, "utf-8")
    return [Path(rel) for rel in sorted(written)]


def _comparison_files(env: Environment, comparison: Comparison, hub_name: str) -> dict[str, str]:
    folder = f"compare/{comparison.key}/"
    html = env.get_template("comparison.html").render(
        hub_name=hub_name, csp=META_CSP, root="../../", title=comparison.metric.label, c=comparison,
        svg=drawn(None, chart_spec(comparison)) if comparison.readings else "",
        summary=chart_summary(comparison), bases=bases_list(comparison), y_title=y_title(comparison),
        rows=rows(comparison), latest=comparison.latest(), download=comparison.key)
    return {folder + "index.html": html, folder + f"{comparison.key}.csv": to_csv(comparison),
            folder + f"{comparison.key}.json": to_json(rows(comparison))}


def clear_hub_pages(site_dir: Path) -> None:
    """Remove the hub's own pages before writing them again (never a council's shard)."""
    for rel in ("index.html", "compare", "assets", "search", "_headers"):
        path = site_dir / rel
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
