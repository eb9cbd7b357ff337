"""Stage 0: read site_config/ (site settings and the metric, portfolio, member
and population definitions) and check that its cross-references resolve."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Container, TypeVar

from pydantic import BaseModel

from . import catalogue as checks
from .cache import digest, folder_digest
from .forgiving import read_forgivingly
from .load import display_path
from .modelcheck import check_model
from .models import KEY_PATTERN, MetricDef, Member, Population, Portfolio, SiteSettings
from .problems import Problems, field_path, suggest
from .yamlsource import YamlDoc, parse_yaml

import re

M = TypeVar("M", bound=BaseModel)
_KEY = re.compile(KEY_PATTERN)

# Each site_config/ file and the model of one entry in it.
DEFINITION_FILES: dict[str, type[BaseModel]] = {
    "metrics.yml": MetricDef,
    "portfolios.yml": Portfolio,
    "members.yml": Member,
    "populations.yml": Population,
}


class Definitions(dict):
    """One site_config/ file's entries, by key. Each read is noted with the cache as a
    dependency of what is being made (content/cache.py `depends`): a key read is that
    definition (`metrics.yml:children-looked-after`), a walk over them all the whole file;
    so an edit to one definition makes again only what read it."""

    def __init__(self, file: str = "", entries: dict | None = None):
        super().__init__(entries or {})
        self.file = file
        self.cache = None  # set by the pipeline: the build's cache

    def sources(self) -> dict[str, str]:
        """Each definition's source name and digest, and the whole file's."""
        found = {f"{self.file}:{key}": digest(value.model_dump_json().encode()) for key, value in self.items()}
        found[self.file] = digest("\0".join(f"{k}={v}" for k, v in sorted(found.items())).encode())
        return found

    def _note(self, key=None) -> None:
        cache = self.cache
        if cache is not None and cache.making:  # only what a cache entry is made from is noted
            cache.depends(self.file if key is None else f"{self.file}:{key}")

    def __reduce__(self):  # pickled without the cache
        return Definitions, (self.file, dict(self))

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def __contains__(self, key) -> bool:
        self._note(key)
        return super().__contains__(key)

    def __iter__(self):
        self._note()
        return super().__iter__()

    def items(self):
        self._note()
        return super().items()

    def values(self):
        self._note()
        return super().values()

    def keys(self):
        self._note()
        return super().keys()

    def __len__(self) -> int:
        self._note()
        return super().__len__()


@dataclass
class SiteConfig:
    settings: SiteSettings
    metrics: dict[str, MetricDef] = field(default_factory=dict)
    portfolios: dict[str, Portfolio] = field(default_factory=dict)
    members: dict[str, Member] = field(default_factory=dict)
    populations: dict[str, Population] = field(default_factory=dict)
    paths: dict[str, str] = field(default_factory=dict)  # file name -> path shown in messages
    docs: dict[str, YamlDoc] = field(default_factory=dict)
    # keys whose definition has an error (reported once, at its own line): still known, so
    # reports and other definitions that name them do not each fail with 'unknown ...'
    broken: dict[str, set[str]] = field(default_factory=dict)  # 'members' -> {'barrie-cooper'}

    # files that could not be read at all (missing, malformed YAML): their one error stands
    # for every key a report names from them
    unreadable: set[str] = field(default_factory=set)  # 'members'
    # site.yml checks:, by code: the level each check named there is reported at
    levels: dict[str, checks.Level] = field(default_factory=dict)
    digest: str = ""  # of every file under site_config/ (content/cache.py): part of cache keys

    def sources(self, cache) -> dict[str, str]:
        """What a cache entry may read of site_config/, each with its digest now; from here on
        each read is noted with `cache` (content/cache.py)."""
        found = {"site.yml": digest(self.settings.model_dump_json().encode())}
        for name in DEFINITION_FILES:
            definitions = getattr(self, name.removesuffix(".yml"))
            found.update(definitions.sources())
            definitions.cache = cache
        return found

    def known(self, kind: str) -> Container[str]:
        """Every key defined in site_config/<kind>.yml, broken definitions included."""
        if kind in self.unreadable:
            return _EVERY_KEY
        return set(getattr(self, kind)) | self.broken.get(kind, set())

    @property
    def severities(self) -> dict:
        """The levels as Problems.apply_levels takes them: code -> severity, None for off."""
        return {code: checks.SEVERITY_OF.get(level) for code, level in self.levels.items()}

    def line(self, file: str, *loc) -> int:
        doc = self.docs.get(file)
        return doc.line(loc) if doc else 1

    def metric_by_alias(self, name: str) -> str | None:
        """The metric key a report's wording ('LAC') stands for, if any."""
        folded = name.strip().casefold()
        for key, metric in self.metrics.items():
            if folded in (a.casefold() for a in metric.aliases) or folded == metric.label.casefold():
                return key
        return None


class _EveryKey:
    """Stands for the keys of a file that could not be read: none of them is 'unknown'."""

    def __contains__(self, key: object) -> bool:
        return True


_EVERY_KEY = _EveryKey()


def load_config(config_dir: Path, project_root: Path, problems: Problems) -> SiteConfig | None:
    """Read every site_config/ file; None if site.yml itself is unusable (the other files
    are still read and checked: every problem at once)."""
    config = SiteConfig(settings=None, digest=folder_digest(config_dir))  # type: ignore[arg-type]
    settings = _load_settings(config_dir, project_root, config, problems)
    if settings is not None:
        config.settings = settings
        config.levels = check_levels(settings.checks, config, problems)
    for name, model in DEFINITION_FILES.items():
        setattr(config, name.removesuffix(".yml"), Definitions(name, _load_definitions(
            config_dir / name, model, project_root, config, problems)))
    check_config_references(config, problems)
    return config if settings is not None else None


def _read_doc(path: Path, project_root: Path, config: SiteConfig, problems: Problems) -> YamlDoc | None:
    shown = display_path(path, project_root)
    config.paths[path.name] = shown
    doc = read_yaml_file(path, shown, problems, missing="missing: site_config/ must have this file")
    if doc is not None:
        read_forgivingly(doc, shown, problems)
        config.docs[path.name] = doc
    return doc


def read_yaml_file(path: Path, shown: str, problems: Problems, missing: str | None) -> YamlDoc | None:
    """A YAML file of settings or definitions, with its line numbers; `missing` is the error
    when there is no such file (None: the file is optional)."""
    if not path.is_file():
        if missing:
            problems.report(checks.MISSING_CONFIG_FILE if "site_config" in missing else checks.HUB_FILE_MISSING,
                            shown, 1, "(file)", missing)
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.report(checks.NOT_UTF8, shown, 1, "(file)", "not valid UTF-8 text; save the file as UTF-8")
        return None
    # YAML files hold more than front matter; the size guard is for reports
    return parse_yaml("\n" + text, shown, problems, line_offset=-1)


def _load_settings(config_dir, project_root, config, problems) -> SiteSettings | None:
    doc = _read_doc(config_dir / "site.yml", project_root, config, problems)
    if doc is None:
        return None
    return check_model(SiteSettings, doc.data, doc, config.paths["site.yml"], problems)


def _load_definitions(path: Path, model: type[M], project_root, config, problems) -> dict[str, M]:
    doc = _read_doc(path, project_root, config, problems)
    if doc is None:  # reported; the keys it defines are unknown, not undefined
        config.unreadable.add(path.stem)
        return {}
    if doc.data is None:
        return {}
    shown = config.paths[path.name]
    if not isinstance(doc.data, dict):
        problems.report(checks.NOT_ENTRIES, shown, 1, "(file)", "expected entries of the form 'key: {fields}'")
        config.unreadable.add(path.stem)
        return {}
    out: dict[str, M] = {}
    for key, value in doc.data.items():
        if not _KEY.match(key):
            problems.report(checks.INVALID_KEY, shown, doc.line((key,)), key,
                           f"'{key}' is not a valid key: use lowercase letters, digits and hyphens")
            continue
        entry = check_model(model, value, doc, shown, problems, loc=(key,))
        if entry is not None:
            out[key] = entry
        else:
            config.broken.setdefault(path.stem, set()).add(key)
    return out


def check_levels(given: dict[str, checks.Level], config: SiteConfig, problems: Problems) -> dict[str, checks.Level]:
    """site.yml `checks:`: each key a check's code or name, at a level the catalogue allows."""
    levels = {}
    for key, level in given.items():
        found = checks.find(key)
        line, where = config.line("site.yml", "checks", key), f"checks.{key}"
        if found is None:
            problems.report(checks.UNKNOWN_CHECK, config.paths["site.yml"], line, where,
                            f"unknown check '{key}'{checks.nearest(key)}; name a check by its code or name, "
                            "as council-archive explain lists them")
        elif not found.allows(level):
            problems.report(checks.LEVEL_NOT_ALLOWED, config.paths["site.yml"], line, where, found.refusal(level))
        else:
            levels[found.code] = level
    return levels


def check_config_references(config: SiteConfig, problems: Problems) -> None:
    """Every key one definition names must be defined in its own file."""
    for key, metric in config.metrics.items():
        _check_ref(config, problems, "metrics.yml", (key, "portfolio"), metric.portfolio,
                   config.known("portfolios"), "portfolio", "portfolios.yml")
        if metric.rate:
            _check_ref(config, problems, "metrics.yml", (key, "rate", "population"),
                       metric.rate.population, config.known("populations"), "population", "populations.yml")
    for key, member in config.members.items():
        for i, role in enumerate(member.roles):
            _check_ref(config, problems, "members.yml", (key, "roles", i, "portfolio"), role.portfolio,
                       config.known("portfolios"), "portfolio", "portfolios.yml")


def _check_ref(config, problems, file, loc, value, known, kind, known_file) -> None:
    if value in known:
        return
    message = f"unknown {kind} '{value}'{suggest(value, known)}; define it in site_config/{known_file}"
    problems.report(checks.UNDEFINED_IN_CONFIG, config.paths[file], config.line(file, *loc), field_path(loc), message)


