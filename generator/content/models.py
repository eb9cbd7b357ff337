"""The content model: what a report's front matter and site_config/ may say.

Pydantic models validate shape and types; cross-references (keys that must
exist elsewhere, dates that must agree) are checked in validate.py.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
import datetime as dt
from enum import Enum
from typing import Annotated, Literal

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, PlainValidator, Strict,
                      StrictInt, StringConstraints, WithJsonSchema)

from . import catalogue as checks
from .catalogue import Level, Refused
from .dates import PartialDate, describe, read_day
from .yamlsource import YamlDoc

KEY_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Key = Annotated[str, StringConstraints(pattern=KEY_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _number(value: object) -> int | float:
    """A whole number stays whole (552, not 552.0); text, yes/no and infinities are refused.

    '1,846' never gets here as text: forgiving.py has read it as 1846, with a note."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Refused(checks.NOT_A_NUMBER, f"expected a number, got {describe(value)}{_number_hint(value)}")
    # an int is compared as an int: math.isfinite(10**400) raises OverflowError
    in_range = abs(value) < 10**15 if isinstance(value, int) else (
        math.isfinite(value) and abs(value) < 1e15)
    if not in_range:
        raise Refused(checks.NUMBER_TOO_LARGE, f"expected a finite number below 10^15, got {_short(value)}")
    return value


_FIGURE = re.compile(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+(?:\.\d+)?")


def _number_hint(value: object) -> str:
    """'1846 children': the figure alone is the form to write; text without one gets the shape."""
    if not isinstance(value, str):
        return ""
    figures = _FIGURE.findall(value)
    if len(figures) == 1:
        return f"; write the figure alone, as {figures[0].replace(',', '')}"
    return "; write the figure alone in digits, e.g. 1846 or 136.1"


def _short(value: int | float) -> str:
    """A number for a message: a 400-digit integer is summarised, not printed."""
    text = str(value)
    return text if len(text) <= 20 else f"{text[:6]}... (a number of {len(text)} characters)"


Number = Annotated[float, PlainValidator(_number), WithJsonSchema({"type": "number"})]

# ONS GSS codes for local authorities: E06/E07/E08/E09/E10 (England), W06, S12, N09, then six digits
AREA_CODE_PATTERN = r"^[ENSW]\d{8}$"
_AREA_CODE = re.compile(AREA_CODE_PATTERN)


def _area_code(value: object) -> str:
    if not isinstance(value, str) or not _AREA_CODE.match(value.strip()):
        raise Refused(checks.AREA_CODE, f"{describe(value)} is not an ONS area code: expected a letter and eight "
                      f"digits, e.g. E06000002 for Middlesbrough (see the ONS Open Geography Portal)")
    return value.strip()


AreaCode = Annotated[str, PlainValidator(_area_code), WithJsonSchema({"type": "string", "pattern": AREA_CODE_PATTERN})]
# A date field: a quoted '2019-09-04' is read as the date it plainly is (many editors quote dates)
Day = Annotated[dt.date, BeforeValidator(read_day), WithJsonSchema({"type": "string", "format": "date"})]
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
    as_of: Day = Field(description="The date the figure speaks of.")
    rate: Number | None = Field(None, description="The rate as printed, on the metric's rate base.")


class CommitmentStatement(Model):
    id: Key = Field(description="Stable id: the same id in a later report updates the same commitment.")
    text: Text | None = Field(None, description="The promise in the report's words; required where the id first appears.")
    status: Annotated[Status, Strict(False)]  # strict enums would refuse the YAML string
    due: Due | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD.")
    due_text: Text | None = Field(None, description="The report's own words for the due date.")
    update: Text | None = Field(None, description="What this report says of its progress.")
    anchor: Key | None = Field(None, description="Id of the element in the body this commitment comes from.")


class ImportedValue(Model):
    """Where `council-archive import` read one suggested value, for the officer to check."""

    field: Text = Field(description="The front-matter field suggested, e.g. 'metrics[0].value'.")
    at: Text = Field(description="Where in the source document: 'page 2', 'paragraph 14'.")
    words: Text = Field(description="The words the value was read from.")
    confidence: StrictInt | None = Field(None, ge=0, le=100, description="Read from a scan: how sure text "
                                         "recognition was of the words, 0-100 (their least sure word).")
    match: Text | None = Field(None, description="A commitment given the id of one the portfolio already "
                               "tracks: which, how well the wording matched, and the words shared.")


class UnmatchedLine(Model):
    at: Text
    words: Text


class OriginalDocument(Model):
    """The council's own document, kept by `import --keep-originals` and linked from the report's page."""

    path: Annotated[str, StringConstraints(pattern=r"^imports/originals/[^\\]+$")] = Field(
        description="Where the copy is, under imports/originals/.")
    bytes: StrictInt = Field(gt=0, description="Its size, shown beside the link.")


class ScanRecord(Model):
    """How the text of a scanned document was read."""

    engine: Text = Field(description="The text recognition (OCR) used, e.g. 'Tesseract 5.3.0'.")
    pages: StrictInt = Field(gt=0)
    confidence: StrictInt = Field(ge=0, le=100, description="Mean word confidence, 0-100.")


class ImportRecord(Model):
    review: Literal["unconfirmed"] | None = Field(None, description="Delete this line to confirm the draft.")
    source: Text = Field(description="The document the draft was imported from: its path relative to the "
                         "folder imported, or its file name; never where it lay on the officer's machine.")
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] = Field(
        description="The document's SHA-256: a re-import of the same document is skipped.")
    original: OriginalDocument | None = Field(None, description="The document itself, kept in the project.")
    scan: ScanRecord | None = Field(None, description="Set where the document was a scan read by OCR.")
    values: list[ImportedValue] = []
    unmatched: list[UnmatchedLine] = Field([], description="Figure-like lines that name no known metric.")


class UpdateKind(str, Enum):
    CORRECTION = "correction"  # a published figure or statement was wrong and is put right
    UPDATE = "update"  # something added or clarified; nothing published was wrong


class UpdateNote(Model):
    """A change to the report after it was first published, in the officer's words."""

    date: Day = Field(description="The day the change was made.")
    kind: Annotated[UpdateKind, Strict(False)] = Field(description="correction or update.")
    summary: Text = Field(description="One sentence: what changed and why.")


class FrontMatter(Model):
    title: Text
    date: Day = Field(description="Date of the meeting; where none is known, the date the report speaks as of.")
    meeting: Text | None = Field(None, description="The body the report was presented to.")
    portfolio: Key = Field(description="Key in site_config/portfolios.yml.")
    member: Key = Field(description="Key in site_config/members.yml.")
    metrics: list[MetricReading] = []
    commitments: list[CommitmentStatement] = []
    tags: list[Key] = []
    imported: ImportRecord | None = Field(None, description="Written by `council-archive import`: "
                                          "where each suggested value was read.")

    @property
    def unconfirmed(self) -> bool:
        return self.imported is not None and self.imported.review == "unconfirmed"
    updates: list[UpdateNote] = Field([], description="Change notes, shown as 'Updates to this page'.")


@dataclass(frozen=True, eq=False)
class Report:
    """One report: its validated front matter and where it lives.

    Compared by content: two Reports are equal when read from the same bytes at the same
    place (`digest`), so a key that names reports (content/cache.py) says 'unchanged'
    across builds and processes; the cache hands back the very same Report until its
    file changes, so most comparisons are one pointer test."""

    front: FrontMatter
    source: str  # path shown in messages, relative to the project root
    src_uri: str  # path inside content/, as MkDocs names it
    doc: YamlDoc  # line numbers of the front matter, for archive-wide checks
    body: str
    digest: str = ""  # of the file's bytes (content/cache.py digest)
    # what is left of a report with field errors (partial.py): its other fields are checked,
    # any of them may be None, and it is never built
    partial: bool = False
    # the front matter's fields every stage sorts and groups by, as plain attributes: read
    # millions of times at 10,000 reports, each a lookup through the pydantic model otherwise
    date: dt.date = field(init=False, compare=False)
    portfolio: str = field(init=False, compare=False)
    member: str = field(init=False, compare=False)
    title: str = field(init=False, compare=False)
    url: str = field(init=False, compare=False)  # 'reports/2019/x/'

    def __post_init__(self) -> None:
        for name in ("date", "portfolio", "member", "title"):
            object.__setattr__(self, name, getattr(self.front, name))
        object.__setattr__(self, "url", self.src_uri.removesuffix(".md") + "/")
        object.__setattr__(self, "_hash", hash((self.digest, self.src_uri)) if self.digest else id(self))

    def __eq__(self, other: object) -> bool:
        return self is other or (isinstance(other, Report) and self.digest == other.digest != ""
                                 and self.src_uri == other.src_uri and self.source == other.source
                                 and self.partial == other.partial)

    def __hash__(self) -> int:  # worked out once: keys and rows hash reports hundreds of thousands of times
        return self._hash

    def line(self, *loc) -> int:
        return self.doc.line(loc)


# --- site_config/ -----------------------------------------------------------

class RateBase(Model):
    per: StrictInt = Field(gt=0, description="Rate per this many of the population, e.g. 10000.")
    population: Key = Field(description="Key in site_config/populations.yml.")


class Measure(Model):
    """What every definition of a measure has, a council's own (MetricDef) and a hub's shared
    one (SharedMetric): pages, charts and downloads read these fields of either."""

    label: Text
    unit: Text


class MetricDef(Measure):
    """A measure in a council's site_config/metrics.yml."""

    description: Text
    portfolio: Key
    rate: RateBase | None = None
    aliases: list[Text] = []
    # only a hub reads it: the key of the hub's metrics.yml definition this metric reports
    shared: Key | None = Field(default=None, description="Key in a hub's metrics.yml, e.g. children-looked-after.")


class SharedRate(Model):
    per: StrictInt = Field(gt=0, description="Rates compared per this many of the population.")
    population: Text = Field(description="Whom the rate is per, e.g. 'children aged 0 to 17'.")


class SharedMetric(Measure):
    """A measure in a hub's metrics.yml, which councils' own metrics name (MetricDef.shared)."""

    rate: SharedRate | None = None
    reference: Text | None = Field(default=None, description="The official measure, e.g. DfE's CLA on 31 March.")


class Estimate(Model):
    label: Text = Field(description="How reports name it, e.g. 'mid-2016 estimate'.")
    reference_date: Day
    value: StrictInt = Field(gt=0)
    source: Text = Field(description="Who published the estimate, e.g. 'ONS mid-2016 population estimates'.")
    # optional on a council's own site; a hub requires it (each estimate names its area)
    area_code: AreaCode | None = Field(default=None, description="ONS area code the estimate is for, e.g. E06000002.")


class Population(Model):
    label: Text
    estimates: list[Estimate] = Field(min_length=1)

    # which estimate is in force on a day is content/rates.py's (InForce), the one place it is worked out


class Portfolio(Model):
    name: Text
    description: Text | None = None


class Role(Model):
    title: Text
    portfolio: Key
    start: Day | None = Field(None, alias="from")
    end: Day | None = Field(None, alias="to")

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


def _yaml_off(value: object) -> object:
    return Level.OFF if value is False else value  # YAML 1.1 reads a bare `off` as false


# A check's level, set in site.yml by the check's code or name (catalogue.py); which levels
# each check allows is checked in config.py, naming the line
CheckLevel = Annotated[Level, Strict(False), BeforeValidator(_yaml_off)]


class SiteSettings(Model):
    name: Text
    council: Text
    description: Text | None = None
    licence: Licence = OGL
    latest_reports: StrictInt = Field(10, gt=0, le=100, description="Reports listed on the home page.")
    as_at: Annotated[AsAt, Strict(False)] = Field(AsAt.NEWEST_REPORT, description="The day "
                                                  "commitments are judged overdue or silent as at.")
    checks: dict[str, CheckLevel] = Field({}, description="A check's level by its code or name, e.g. "
                                          "'CA505: info' (error, warning, info or off, where the catalogue "
                                          "allows it).")
    publish_unconfirmed_imports: bool = Field(False, description="Publish imported drafts an officer "
                                              "has not yet confirmed, each with a notice saying so.")
