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
        raise ValueError(f"{describe(value)} is not the address of a site: expected an absolute https "
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


def _entries(doc: YamlDoc | None, shown: str, model, problems: Problems) -> dict:
    """Each `key: {fields}` entry of a hub file that passes its model."""
    if doc is None or doc.data is None:
        return {}
    if not isinstance(doc.data, dict):
        problems.error(shown, 1, "(file)", "expected entries of the form 'key: {fields}'")
        return {}
    out = {}
    for key, value in doc.data.items():
        if not _KEY.match(str(key)):
            problems.error(shown, doc.line((key,)), str(key),
                           f"'{key}' is not a valid key: use lowercase letters, digits and hyphens")
            continue
        entry = check_model(model, value, doc, shown, problems, loc=(key,))
        if entry is not None:
            out[key] = entry
    return out


def load_hub(root: Path, problems: Problems, with_councils: bool = True) -> Hub:
    """councils.yml and metrics.yml; with_councils: each council's site_config/ too."""
    hub = Hub(root=root)
    councils_doc = read_yaml(root / "councils.yml", "councils.yml", problems, required=True)
    metrics_doc = read_yaml(root / "metrics.yml", "metrics.yml", problems, required=False)
    hub.metrics = _entries(metrics_doc, "metrics.yml", SharedMetric, problems)
    listed = _entries(councils_doc, "councils.yml", Council, problems)
    _check_area_codes_unique(listed, councils_doc, problems)
    for key, council in listed.items():
        folder = (root / council.path) if not Path(council.path).is_absolute() else Path(council.path)
        if not (folder / "site_config").is_dir():
            problems.error("councils.yml", councils_doc.line((key, "path")), f"{key}.path",
                           f"'{council.path}' is not a council project: expected a folder with "
                           f"site_config/ and content/ (relative to the hub folder or absolute)")
            continue
        hub.councils[key] = HubCouncil(key, council, folder.resolve(), councils_doc.line((key,)))
    if with_councils:
        for entry in hub.councils.values():
            entry.config = _load_council_config(entry, problems)
            if entry.config:
                _check_shared_refs(hub, entry, problems)
                _check_estimate_areas(entry, problems)
    return hub


def _load_council_config(entry: HubCouncil, problems: Problems) -> SiteConfig | None:
    """The council's own site_config/, its problems named from the hub folder
    (every council has a site_config/metrics.yml: the prefix says whose)."""
    own = Problems()
    config = load_config(entry.root / "site_config", entry.root, own)
    for p in own.items:
        problems.items.append(replace(p, path=f"{entry.council.path}/{p.path}"))
    return config


def _check_area_codes_unique(listed: dict[str, Council], doc: YamlDoc | None, problems: Problems) -> None:
    seen: dict[str, str] = {}
    for key, council in listed.items():
        code = council.area_code
        if code in seen:
            problems.error("councils.yml", doc.line((key, "area_code")), f"{key}.area_code",
                           f"'{code}' is already the area code of '{seen[code]}'; each council has its own")
        seen.setdefault(code, key)


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
            problems.error(shown, line, f"{key}.shared", f"unknown shared metric '{metric.shared}'"
                           f"{suggest(metric.shared, hub.metrics)}; define it in the hub's metrics.yml")
        elif shared.rate and metric.rate is None:
            problems.error(shown, line, f"{key}.shared",
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
                problems.error(shown, config.line("populations.yml", key, "estimates", n), field_path(loc),
                               f"missing: in a hub each estimate names the area it counts; "
                               f"add 'area_code: {code}' (the council's code in councils.yml)")
            elif estimate.area_code != code:
                problems.error(shown, config.line("populations.yml", *loc), field_path(loc),
                               f"'{estimate.area_code}' is not the area code of '{entry.key}' ({code} in "
                               f"councils.yml): is this another area's estimate? Use the council's own")


def shared_keys(entry: HubCouncil) -> dict[str, str]:
    """council metric key -> shared key, for a council whose site_config/ was read."""
    if entry.config is None:
        return {}
    return {key: m.shared for key, m in entry.config.metrics.items() if m.shared}
