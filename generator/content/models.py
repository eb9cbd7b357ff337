"""The content model: what a report's front matter and site_config/ may say.

Pydantic models validate shape and types; cross-references (keys that must
exist elsewhere, dates that must agree) are checked in validate.py.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
import datetime as dt
from enum import Enum
from typing import Annotated

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, PlainValidator, Strict,
                      StrictInt, StringConstraints, WithJsonSchema)

from .dates import PartialDate, describe
from .yamlsource import YamlDoc

KEY_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Key = Annotated[str, StringConstraints(pattern=KEY_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _number(value: object) -> int | float:
    """A whole number stays whole (552, not 552.0); text, yes/no and infinities are refused."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"expected a number, got {describe(value)}")
    # an int is compared as an int: math.isfinite(10**400) raises OverflowError
    in_range = abs(value) < 10**15 if isinstance(value, int) else (
        math.isfinite(value) and abs(value) < 1e15)
    if not in_range:
        raise ValueError(f"expected a finite number below 10^15, got {_short(value)}")
    return value


def _short(value: int | float) -> str:
    """A number for a message: a 400-digit integer is summarised, not printed."""
    text = str(value)
    return text if len(text) <= 20 else f"{text[:6]}... (a number of {len(text)} characters)"


Number = Annotated[float, PlainValidator(_number), WithJsonSchema({"type": "number"})]
Due = Annotated[PartialDate, BeforeValidator(PartialDate.parse),
              WithJsonSchema({"type": ["string", "integer"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"})]


class Model(BaseModel):
    # strict: an officer's typo must be an error, never silently coerced
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True,
                              arbitrary_types_allowed=True, populate_by_name=True)


class Status(str, Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    DELIVERED = "delivered"
    DELAYED = "delayed"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()

    @property
    def closed(self) -> bool:
        return self in (Status.DELIVERED, Status.DROPPED)


class MetricReading(Model):
    metric: Key = Field(description="Key in site_config/metrics.yml.")
    value: Number = Field(description="The figure as the report states it.")
    as_of: dt.date = Field(description="The date the figure speaks of.")
    rate: Number | None = Field(None, description="The rate as printed, on the metric's rate base.")


class CommitmentStatement(Model):
    id: Key = Field(description="Stable id: the same id in a later report updates the same commitment.")
    text: Text | None = Field(None, description="The promise in the report's words; required where the id first appears.")
    status: Annotated[Status, Strict(False)]  # strict enums would refuse the YAML string
    due: Due | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD.")
    due_text: Text | None = Field(None, description="The report's own words for the due date.")
    update: Text | None = Field(None, description="What this report says of its progress.")
    anchor: Key | None = Field(None, description="Id of the element in the body this commitment comes from.")


class UpdateKind(str, Enum):
    CORRECTION = "correction"  # a published figure or statement was wrong and is put right
    UPDATE = "update"  # something added or clarified; nothing published was wrong


class UpdateNote(Model):
    """A change to the report after it was first published, in the officer's words."""

    date: dt.date = Field(description="The day the change was made.")
    kind: Annotated[UpdateKind, Strict(False)] = Field(description="correction or update.")
    summary: Text = Field(description="One sentence: what changed and why.")


class FrontMatter(Model):
    title: Text
    date: dt.date = Field(description="Date of the meeting; where none is known, the date the report speaks as of.")
    meeting: Text | None = Field(None, description="The body the report was presented to.")
    portfolio: Key = Field(description="Key in site_config/portfolios.yml.")
    member: Key = Field(description="Key in site_config/members.yml.")
    metrics: list[MetricReading] = []
    commitments: list[CommitmentStatement] = []
    tags: list[Key] = []
    updates: list[UpdateNote] = Field([], description="Change notes, shown as 'Updates to this page'.")


@dataclass(frozen=True, eq=False)
class Report:
    """One report: its validated front matter and where it lives.

    Compared by identity (eq=False): under `mkdocs serve` the LoadCache hands back the
    same Report until its file changes, so `is` tells a preview memo (preview.py) in one
    pointer test that nothing in it changed."""

    front: FrontMatter
    source: str  # path shown in messages, relative to the project root
    src_uri: str  # path inside content/, as MkDocs names it
    doc: YamlDoc  # line numbers of the front matter, for archive-wide checks
    body: str

    @property
    def url(self) -> str:
        return self.src_uri.removesuffix(".md") + "/"

    @property
    def date(self) -> dt.date:
        return self.front.date

    @property
    def portfolio(self) -> str:
        return self.front.portfolio

    @property
    def member(self) -> str:
        return self.front.member

    @property
    def title(self) -> str:
        return self.front.title

    def line(self, *loc) -> int:
        return self.doc.line(loc)


# --- site_config/ -----------------------------------------------------------

class RateBase(Model):
    per: StrictInt = Field(gt=0, description="Rate per this many of the population, e.g. 10000.")
    population: Key = Field(description="Key in site_config/populations.yml.")


class MetricDef(Model):
    label: Text
    description: Text
    unit: Text
    portfolio: Key
    rate: RateBase | None = None
    aliases: list[Text] = []


class Estimate(Model):
    label: Text = Field(description="How reports name it, e.g. 'mid-2016 estimate'.")
    reference_date: dt.date
    value: StrictInt = Field(gt=0)
    source: Text


class Population(Model):
    label: Text
    estimates: list[Estimate] = Field(min_length=1)

    def in_force(self, on: dt.date) -> Estimate | None:
        """The newest estimate whose reference date is on or before `on`."""
        earlier = [e for e in self.estimates if e.reference_date <= on]
        return max(earlier, key=lambda e: e.reference_date) if earlier else None


class Portfolio(Model):
    name: Text
    description: Text | None = None


class Role(Model):
    title: Text
    portfolio: Key
    start: dt.date | None = Field(None, alias="from")
    end: dt.date | None = Field(None, alias="to")

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Member(Model):
    name: Text
    roles: list[Role] = []

    def role_for(self, portfolio: str, day: dt.date) -> Role | None:
        roles = [r for r in self.roles if r.portfolio == portfolio]
        return next((r for r in roles if r.held_on(day)), roles[0] if roles else None)


class Licence(Model):
    name: Text
    url: Text


OGL = Licence(name="Open Government Licence v3.0",
              url="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")


class AsAt(str, Enum):
    """The day the commitment tracker judges 'overdue' and 'silent' as at."""

    NEWEST_REPORT = "newest-report"  # the same commit always builds the same site
    BUILD_DATE = "build-date"  # SOURCE_DATE_EPOCH if set, else today


class CheckLevel(str, Enum):
    WARNING = "warning"  # fails `check --strict` and `mkdocs build --strict`
    INFO = "info"  # printed as a note; never fails a build
    OFF = "off"


def _yaml_off(value: object) -> object:
    return CheckLevel.OFF if value is False else value  # YAML 1.1 reads a bare `off` as false


class CheckSettings(Model):
    unmentioned_commitments: Annotated[CheckLevel, Strict(False), BeforeValidator(_yaml_off)] = Field(
        CheckLevel.WARNING, description="When a report no longer mentions an open commitment "
                                        "its portfolio's previous report listed.")


class SiteSettings(Model):
    name: Text
    council: Text
    description: Text | None = None
    licence: Licence = OGL
    latest_reports: StrictInt = Field(10, gt=0, le=100, description="Reports listed on the home page.")
    as_at: Annotated[AsAt, Strict(False)] = Field(AsAt.NEWEST_REPORT, description="The day "
                                                  "commitments are judged overdue or silent as at.")
    checks: CheckSettings = CheckSettings()
