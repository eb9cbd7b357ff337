"""A hub project: councils.yml (which councils, where their projects are) and the
optional hub-level metrics.yml of shared definitions, read and checked with the
usual `path:line: field: message`, and each council's references to them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import Field, PlainValidator, WithJsonSchema

from ..content.config import SiteConfig, load_config, read_yaml_file
from ..content.history import facts_of
from ..content.load import report_files
from ..content.partial import partial_of
from ..content import catalogue as checks
from ..content.catalogue import Refused
from ..content.dates import describe
from ..content.modelcheck import check_model
from ..content.models import KEY_PATTERN, AreaCode, Model, SharedMetric, SharedRate, Text  # noqa: F401
from ..content.problems import Problems, field_path, suggest
from ..content.yamlsource import YamlDoc

_KEY = re.compile(KEY_PATTERN)


def _site_address(value: object) -> str:
    """An absolute https address of a site (no query, no fragment), as the cards link it."""
    parts = urlsplit(value.strip()) if isinstance(value, str) else None
    if parts is None or parts.scheme != "https" or not parts.netloc or parts.query or parts.fragment:
        raise Refused(checks.SITE_ADDRESS,
                      f"{describe(value)} is not the address of a site: expected an absolute https "
                      f"address such as https://reports.stockton.gov.uk/ (the council's own site)")
    return value.strip()


SiteAddress = Annotated[str, PlainValidator(_site_address), WithJsonSchema({"type": "string", "format": "uri"})]


class Council(Model):
    name: Text
    area_code: AreaCode = Field(description="ONS area code, e.g. E06000002 for Middlesbrough.")
    path: Text = Field(description="The council's project folder, relative to the hub or absolute.")
    url: SiteAddress | None = Field(default=None, description="The council's own site, where it is hosted "
                                    "apart from the hub, e.g. https://reports.stockton.gov.uk/.")


@dataclass
class HubCouncil:
    key: str
    council: Council
    root: Path
    line: int = 1  # of its entry in councils.yml
    config: SiteConfig | None = None

    @property
    def name(self) -> str:
        return self.council.name

    @property
    def own_site(self) -> str | None:
        """The council's own site's address, ending in '/', where it is hosted apart from the hub."""
        return self.council.url.rstrip("/") + "/" if self.council.url else None


@dataclass
class Hub:
    root: Path
    councils: dict[str, HubCouncil] = field(default_factory=dict)
    metrics: dict[str, SharedMetric] = field(default_factory=dict)


def read_yaml(path: Path, shown: str, problems: Problems, required: bool) -> YamlDoc | None:
    return read_yaml_file(path, shown, problems, "missing: a hub folder must have this file" if required else None)


def _entries(doc: YamlDoc | None, shown: str, model, problems: Problems, parts: dict | None = None) -> dict:
    """Each `key: {fields}` entry of a hub file that passes its model; `parts` (if given)
    gets what is valid of each entry that does not (partial.py), for its other checks."""
    if doc is None or doc.data is None:
        return {}
    if not isinstance(doc.data, dict):
        problems.report(checks.NOT_ENTRIES, shown, 1, "(file)", "expected entries of the form 'key: {fields}'")
        return {}
    out = {}
    for key, value in doc.data.items():
        if not _KEY.match(str(key)):
            problems.report(checks.INVALID_KEY, shown, doc.line((key,)), str(key),
                            f"'{key}' is not a valid key: use lowercase letters, digits and hyphens")
            continue
        entry = check_model(model, value, doc, shown, problems, loc=(key,))
        if entry is not None:
            out[key] = entry
        elif parts is not None and (part := partial_of(model, value)) is not None:
            parts[key] = part
    return out


def load_hub(root: Path, problems: Problems, with_councils: bool = True) -> Hub:
    """councils.yml and metrics.yml; with_councils: each council's site_config/ too."""
    hub = Hub(root=root)
    councils_doc = read_yaml(root / "councils.yml", "councils.yml", problems, required=True)
    metrics_doc = read_yaml(root / "metrics.yml", "metrics.yml", problems, required=False)
    hub.metrics = _entries(metrics_doc, "metrics.yml", SharedMetric, problems)
    # a council with a field error is still checked for the rest (its path, its own files):
    # every problem at once; it is never built, since the error stops every command
    parts: dict = {}
    listed = _entries(councils_doc, "councils.yml", Council, problems, parts)
    shared_codes = _check_area_codes_unique({**listed, **parts}, councils_doc, problems)
    entries = {}
    for key, council in {**listed, **parts}.items():
        if council.path is None:
            continue
        folder = (root / council.path) if not Path(council.path).is_absolute() else Path(council.path)
        if not (folder / "site_config").is_dir():
            problems.report(checks.NOT_A_COUNCIL_PROJECT, "councils.yml", councils_doc.line((key, "path")),
                            f"{key}.path", f"'{council.path}' is not a council project: expected a folder with "
                            f"site_config/ and content/ (relative to the hub folder or absolute)")
            continue
        entries[key] = HubCouncil(key, council, folder.resolve(), councils_doc.line((key,)))
    hub.councils = {key: entry for key, entry in entries.items() if key in listed}
    if with_councils:
        for entry in entries.values():
            entry.config = _load_council_config(entry, problems)
            if entry.config:
                _check_shared_refs(hub, entry, problems)
                # a code given twice: which council is wrong is not known, so its estimates are not
                # held to it (one error, never one for each estimate)
                if entry.council.area_code is not None and entry.council.area_code not in shared_codes:
                    _check_estimate_areas(entry, problems)
        check_shared_metrics_reported(hub, list(entries.values()), metrics_doc, problems)
    return hub


def _load_council_config(entry: HubCouncil, problems: Problems) -> SiteConfig | None:
    """The council's own site_config/, its problems named from the hub folder
    (every council has a site_config/metrics.yml: the prefix says whose)."""
    own = Problems()
    config = load_config(entry.root / "site_config", entry.root, own)
    for p in own.items:
        problems.items.append(replace(p, path=f"{entry.council.path}/{p.path}"))
    return config


def _check_area_codes_unique(listed: dict, doc: YamlDoc | None, problems: Problems) -> set[str]:
    """One error for each code two councils give, naming both; the codes given twice."""
    seen: dict[str, str] = {}
    twice = set()
    for key in sorted(listed, key=lambda k: doc.line((k,))):
        code = listed[key].area_code
        if code is None:
            continue
        if code in seen:
            twice.add(code)
            first = seen[code]
            problems.report(checks.DUPLICATE_AREA_CODE, "councils.yml", doc.line((key, "area_code")),
                            f"{key}.area_code", f"'{code}' is the area code of both '{first}' (line "
                            f"{doc.line((first, 'area_code'))}) and '{key}'; each council has its own")
        seen.setdefault(code, key)
    return twice


def _check_shared_refs(hub: Hub, entry: HubCouncil, problems: Problems) -> None:
    """A council's metric that names a shared definition names one the hub defines,
    and has a rate where the shared definition compares rates."""
    config = entry.config
    shown = f"{entry.council.path}/{config.paths['metrics.yml']}"
    for key, metric in config.metrics.items():
        if metric.shared is None:
            continue
        line = config.line("metrics.yml", key, "shared")
        shared = hub.metrics.get(metric.shared)
        if shared is None:
            problems.report(checks.UNKNOWN_SHARED_METRIC,
                            shown, line, f"{key}.shared", f"unknown shared metric '{metric.shared}'"
                            f"{suggest(metric.shared, hub.metrics)}; define it in the hub's metrics.yml")
        elif shared.rate and metric.rate is None:
            problems.report(checks.SHARED_RATE_MISSING, shown, line, f"{key}.shared",
                           f"'{metric.shared}' is compared as a rate per {shared.rate.per:,}, but '{key}' "
                           f"has no rate: give it 'rate: {{per: ..., population: ...}}'")


def _check_estimate_areas(entry: HubCouncil, problems: Problems) -> None:
    """Each population estimate names the council's own area: a hub compares rates
    across councils, so an estimate copied from another council's file must show."""
    config, code = entry.config, entry.council.area_code
    shown = f"{entry.council.path}/{config.paths.get('populations.yml', 'site_config/populations.yml')}"
    for key, population in config.populations.items():
        for n, estimate in enumerate(population.estimates):
            loc = (key, "estimates", n, "area_code")
            if estimate.area_code is None:
                problems.report(checks.ESTIMATE_WITHOUT_AREA,
                                shown, config.line("populations.yml", key, "estimates", n), field_path(loc),
                                f"missing: in a hub each estimate names the area it counts; "
                                f"add 'area_code: {code}' (the council's code in councils.yml)")
            elif estimate.area_code != code:
                problems.report(checks.ESTIMATE_OF_OTHER_AREA,
                                shown, config.line("populations.yml", *loc), field_path(loc),
                                f"'{estimate.area_code}' is not the area code of '{entry.key}' ({code} in "
                                f"councils.yml): is this another area's estimate? Use the council's own")


def check_shared_metrics_reported(hub: Hub, entries: list[HubCouncil], doc: YamlDoc | None,
                                  problems: Problems) -> None:
    """A shared definition no council states a figure of would be an empty comparison page."""
    by_key = {entry.key: entry for entry in entries}
    stated: dict[str, set[str]] = {}  # council -> every metric its reports state, read once
    for key in hub.metrics:
        names = {entry.key: [m for m, shared in shared_keys(entry).items() if shared == key] for entry in entries}
        names = {council: metrics for council, metrics in names.items() if metrics}
        if not names:
            message = (f"no council's metric is 'shared: {key}', so its comparison page would be empty; name it "
                       "in the metrics.yml of each council that reports it, or remove the definition")
        elif not any(set(metrics) & stated.setdefault(c, metrics_stated(by_key[c])) for c, metrics in names.items()):
            named = ", ".join(f"'{c}'" for c in sorted(names))
            message = (f"no report of {named} states a figure of shared metric '{key}', so its comparison "
                       "page would be empty; check the councils' reports, or remove the definition")
        else:
            continue
        problems.report(checks.SHARED_METRIC_UNREPORTED, "metrics.yml", doc.line((key,)), key, message)


def metrics_stated(entry: HubCouncil) -> set[str]:
    """Every metric the council's reports state a figure of. Only each report's `metrics:`
    is read (history.facts_of): a hub has many reports, and their own checks are the
    council's build's."""
    found: set[str] = set()
    for path in report_files(entry.root / "content"):
        figures, _ = facts_of(path.read_bytes())
        found.update(figure[0] for figure in figures or ())
    return found


def shared_keys(entry: HubCouncil) -> dict[str, str]:
    """council metric key -> shared key, for a council whose site_config/ was read."""
    if entry.config is None:
        return {}
    return {key: m.shared for key, m in entry.config.metrics.items() if m.shared}
