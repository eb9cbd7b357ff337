"""The catalogue of checks: every problem `check`, the build and `hub check` can report,
each with a stable code and name (as linters number their rules: `CA104 unknown-metric`),
its severity, the lowest level site.yml may set it to, and what to do about it.

One place: a check is added here, raised with `problems.report(CHECK, ...)`, and its
entry in docs/officers.md is made from here (tests/test_catalogue.py keeps them in step).
`council-archive explain CA104` prints an entry. Codes are never reused or renumbered:
a check that goes away keeps its number retired."""
from __future__ import annotations

import difflib
import textwrap
from dataclasses import dataclass
from enum import Enum

from .problems import Severity


class Level(str, Enum):
    """What site.yml `checks:` may set a check to."""

    ERROR = "error"  # stops the build
    WARNING = "warning"  # stops `check --strict` and `mkdocs build --strict`
    INFO = "info"  # printed as a note; never stops anything
    OFF = "off"  # not reported

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Level.ERROR: 3, Level.WARNING: 2, Level.INFO: 1, Level.OFF: 0}
SEVERITY_OF = {Level.ERROR: Severity.ERROR, Level.WARNING: Severity.WARNING, Level.INFO: Severity.NOTE}
LEVEL_OF = {Severity.ERROR: Level.ERROR, Severity.WARNING: Level.WARNING, Severity.NOTE: Level.INFO}


@dataclass(frozen=True)
class Check:
    code: str  # CA104: never reused
    name: str  # unknown-metric
    section: str
    severity: Severity
    message: str  # as printed; 'x' is the value written, N a number, <...> what is filled in
    fix: str  # what to do
    mistake: str = ""  # an example of the mistake, as written in the file
    fixed: str = ""  # the same, put right
    # the lowest level site.yml may set; an error that would let wrong data be published
    # (or leave the archive unreadable) stays an error
    lowest: Level | None = None
    why_not_lower: str = "it would let a wrong or unreadable report be published"
    settable: bool = True  # False: said once for the whole run, not a check site.yml can set

    @property
    def default_level(self) -> Level:
        return LEVEL_OF[self.severity]

    @property
    def lowest_level(self) -> Level:
        if self.lowest is not None:
            return self.lowest
        return Level.ERROR if self.severity is Severity.ERROR else Level.OFF

    @property
    def title(self) -> str:
        return f"{self.code} {self.name}"

    def allows(self, level: Level) -> bool:
        return self.settable and level.rank >= self.lowest_level.rank

    def refusal(self, level: Level) -> str:
        """Why site.yml may not set this check to `level`."""
        if not self.settable:
            return f"{self.title} cannot be set in site.yml: it is said once for the whole run, not of a file"
        return (f"{self.title} cannot be set to '{level.value}': {self.why_not_lower} (its lowest level is "
                f"{self.lowest_level.value})")


class Refused(ValueError):
    """A value a validator refuses, with the check whose message it is (modelcheck.py reads it)."""

    def __init__(self, check: Check, message: str):
        super().__init__(message)
        self.check = check


CHECKS: dict[str, Check] = {}
SECTIONS: dict[str, str] = {}  # section title -> one line on what it covers


def section(title: str, about: str) -> str:
    SECTIONS[title] = about
    return title


def check(code: str, name: str, sect: str, severity: Severity, message: str, fix: str, mistake: str = "",
          fixed: str = "", **more) -> Check:
    assert code not in CHECKS and all(c.name != name for c in CHECKS.values()), code
    found = Check(code, name, sect, severity, message, fix, textwrap.dedent(mistake).strip("\n"),
                  textwrap.dedent(fixed).strip("\n"), **more)
    CHECKS[code] = found
    return found


E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE

# --- CA0xx: the file ---------------------------------------------------------------------
FILE = section("The file", "where a report lives, what it is named, how it starts")
NOT_A_REPORT = check(
    "CA001", "not-a-report", FILE, E,
    "not a report: files under content/reports/ must be Markdown files named YYYY-MM-DD-<portfolio>.md",
    "Rename the file (only `.md` files belong under `content/reports/`), or move it out of `content/reports/`.",
    "content/reports/2019/2019-09-04-childrens-services.txt", "content/reports/2019/2019-09-04-childrens-services.md")
MISPLACED_REPORT = check(
    "CA002", "misplaced-report", FILE, E,
    "a report must be content/reports/YYYY/YYYY-MM-DD-<portfolio>.md; by its front matter this one is "
    "content/reports/<year>/<name>",
    "Move and rename the file as the message says.",
    "content/reports/children-sept.md", "content/reports/2019/2019-09-04-childrens-services.md")
FILE_NAME_DATE = check(
    "CA003", "file-name-date", FILE, E,
    "the file name says <date> but date is <date>; rename the file to <name> or correct the date",
    "Make the file name and `date` agree: the name is the report's address on the site.",
    "2019-09-05-childrens-services.md with date: 2019-09-04", "2019-09-04-childrens-services.md with date: 2019-09-04")
FILE_NAME_PORTFOLIO = check(
    "CA004", "file-name-portfolio", FILE, E,
    "the file name says 'x' but portfolio is 'y'; rename the file to <name> or correct the portfolio",
    "Make the file name and `portfolio` agree.",
    "2019-09-04-childrens.md with portfolio: childrens-services",
    "2019-09-04-childrens-services.md with portfolio: childrens-services")
WRONG_YEAR_FOLDER = check(
    "CA005", "wrong-year-folder", FILE, E,
    "the report is in folder reports/<year>/ but its file name says <year>; move it to reports/<year>/",
    "Move the file to its year's folder. (The report is still read right, so site.yml may lower this one to "
    "a warning while a large archive is being tidied.)",
    "content/reports/2018/2019-09-04-childrens-services.md", "content/reports/2019/2019-09-04-childrens-services.md",
    lowest=Level.WARNING)
NOT_UTF8 = check(
    "CA006", "not-utf8", FILE, E,
    "not valid UTF-8 text (byte 0xNN); save the file as UTF-8",
    "Save the file as UTF-8 (in Word's \"Save as\", choose \"Plain text, UTF-8\"; in an editor, the encoding "
    "menu). In `site_config/` the message is `not valid UTF-8 text; save the file as UTF-8`.")
NO_FRONT_MATTER = check(
    "CA007", "no-front-matter", FILE, E,
    "a report must start with a front matter block: '---' on line 1, the fields, then '---'",
    "Put `---` on the very first line, then the fields, then `---`, then the report's text.",
    "title: Children's Services\ndate: 2019-09-04", "---\ntitle: Children's Services\ndate: 2019-09-04\n---")
UNCLOSED_FRONT_MATTER = check(
    "CA008", "unclosed-front-matter", FILE, E,
    "the front matter block is not closed: add a line '---' after the fields",
    "Add a line `---` between the fields and the report's text.",
    "---\ntitle: Children's Services\n\n1. Introduction", "---\ntitle: Children's Services\n---\n\n1. Introduction")
NO_FIELDS = check(
    "CA009", "no-fields", FILE, E,
    "expected fields such as 'title: ...', got nothing (or a single value)",
    "Write the fields as `name: value`, one a line.",
    "---\nChildren's Services report\n---", "---\ntitle: Children's Services report\n---")
FRONT_MATTER_TOO_LONG = check(
    "CA010", "front-matter-too-long", FILE, E,
    "longer than N KB",
    "The front matter is too large: it holds data, not the report's text, which goes below the closing `---`.")

# --- CA1xx: references -------------------------------------------------------------------
REFS = section("References", "keys a report names that must be defined in site_config/")
UNKNOWN_PORTFOLIO = check(
    "CA101", "unknown-portfolio", REFS, E,
    "unknown portfolio 'x' (did you mean 'y'?); keys are defined in site_config/portfolios.yml",
    "Correct the key, or define the portfolio in `site_config/portfolios.yml`.",
    "portfolio: childrens-service", "portfolio: childrens-services")
UNKNOWN_MEMBER = check(
    "CA102", "unknown-member", REFS, E,
    "unknown member 'x' (did you mean 'y'?); keys are defined in site_config/members.yml",
    "Correct the key, or define the member in `site_config/members.yml`.",
    "member: barry-cooper", "member: barrie-cooper")
MEMBER_WITHOUT_ROLE = check(
    "CA103", "member-without-role", REFS, W,
    "'x' holds no role for portfolio 'y' in site_config/members.yml",
    "Check the member, or add the role (with its dates) to `members.yml`.",
    "barrie-cooper:\n  name: Cllr Barrie Cooper\n  roles: []",
    "barrie-cooper:\n  name: Cllr Barrie Cooper\n  roles:\n    - {title: Executive Member, portfolio: "
    "childrens-services}")
UNKNOWN_METRIC = check(
    "CA104", "unknown-metric", REFS, E,
    "unknown metric 'x' (did you mean 'y'?)",
    "Correct the key, or define the metric in `site_config/metrics.yml`. Where the report's wording is one "
    "of a metric's `aliases`, the message says `(did you mean 'y'? 'x' is one of its names)`: write the key.",
    "metrics:\n  - metric: children-looked-afer", "metrics:\n  - metric: children-looked-after")
OTHER_PORTFOLIO_METRIC = check(
    "CA105", "other-portfolio-metric", REFS, W,
    "metric 'x' is a figure of portfolio 'y' in site_config/metrics.yml, but this report is of portfolio 'z'; "
    "check the metric and the report's portfolio",
    "A report usually states its own portfolio's figures: check that the metric key is the one meant, and the "
    "report's `portfolio`. If the report really states another portfolio's figure (a joint report), leave it; "
    "site.yml may set this check to `info`. `council-archive import` reports the same of a document it reads.",
    "portfolio: adult-social-care\nmetrics:\n  - metric: children-looked-after",
    "portfolio: childrens-services\nmetrics:\n  - metric: children-looked-after")
SAME_DATE = check(
    "CA106", "same-date", REFS, E,
    "another report of portfolio 'x' has the same date <date>: <file>",
    "Two reports of one portfolio on one day share an address: correct the date or the portfolio of one, "
    "or, if they are one report, delete the copy.",
    mistake='content/reports/2019/2019-09-04-childrens-services.md, and a copy in content/reports/2018/2019-09-04-childrens-services.md',
    fixed='content/reports/2019/2019-09-04-childrens-services.md only')

# --- CA2xx: writing YAML -----------------------------------------------------------------
YAML = section("Writing YAML", "the front matter and site_config/ files as YAML reads them")
MALFORMED_YAML = check(
    "CA201", "malformed-yaml", YAML, E,
    "malformed YAML: <what YAML found>",
    "Look at the line named and the line before it: a missing `:`, an unclosed quote or bracket, a list item "
    "not lined up. `check` goes on after it and reports the file's other mistakes too.",
    "meeting: [Council", "meeting: Council")
COLON_IN_TEXT = check(
    "CA202", "colon-in-text", YAML, E,
    "malformed YAML: <what YAML found> (a colon followed by a space inside text: put the text in quotes)",
    "YAML reads `word: ` as the start of a field. Put the whole text in double quotes (write a `\"` inside "
    "it as `\\\"`), or in single quotes (write a `'` inside it as `''`).",
    "update: Progress: the Youth Parliament met in July.",
    "update: \"Progress: the Youth Parliament met in July.\"")
TAB_INDENT = check(
    "CA203", "tab-indentation", YAML, E,
    "malformed YAML: <what YAML found> (a tab character: indent YAML with spaces, not tabs)",
    "Replace the tab with spaces (most editors have \"indent using spaces\"); line items up under their field.",
    "metrics:\n\t- metric: children-looked-after", "metrics:\n  - metric: children-looked-after")
LIST_ITEM_UNDER_WRONG_KEY = check(
    "CA204", "list-item-under-wrong-key", YAML, E,
    "malformed YAML: <what YAML found> (a list item '- ...' under 'x', which already has a value: "
    "indent it under the list's own field, or give the list a field of its own)",
    "A `- item` belongs to the field above it whose value is empty (`metrics:`). Here the line above has a "
    "value of its own, so the item is in the wrong place: line it up under its list, or add the list's field.",
    "tags: youth-voice\n- safeguarding", "tags:\n  - youth-voice\n  - safeguarding")
CONTROL_CHARACTER = check(
    "CA205", "control-character", YAML, E,
    "malformed YAML: <reason> (character #xNNNN); delete it",
    "An invisible control character was pasted in; delete it (retype the line if you cannot see it).")
TOO_DEEP = check(
    "CA206", "too-deep", YAML, E,
    "nested more than N levels deep",
    "Front matter is never that deep: look for stray indentation or brackets.",
    mistake='tags: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[youth-voice]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
    fixed='tags: [youth-voice]')
YAML_ALIAS = check(
    "CA207", "yaml-alias", YAML, E,
    "YAML anchors and aliases (&name, *name) are not allowed; write the value out",
    "Write the value in full where it is needed.",
    "meeting: &m Council\nother: *m", "meeting: Council\nother: Council")
YAML_TAG = check(
    "CA208", "yaml-tag", YAML, E,
    "YAML tag '!x' is not allowed; write the plain value",
    "Remove the `!tag`.", "value: !!str 552", "value: 552")
FIELD_NAME_NOT_PLAIN = check(
    "CA209", "field-name-not-plain", YAML, E,
    "field names must be plain words",
    "A field name is a list or a mapping; write `name: value`.", "[title]: Children's Services",
    "title: Children's Services")
DUPLICATE_FIELD = check(
    "CA210", "duplicate-field", YAML, E,
    "field 'x' is given twice",
    "Delete one of the two (the second would otherwise silently replace the first).",
    "title: Children's Services\ntitle: Children's Services report", "title: Children's Services report")
IMPOSSIBLE_VALUE = check(
    "CA211", "impossible-value", YAML, E,
    "impossible value 'x' (<why>)",
    "A value with an explicit YAML type that it does not fit: write the plain value.")

# --- CA3xx: fields -----------------------------------------------------------------------
FIELDS = section("Fields", "each field's value, as the reference describes it")
MISSING_FIELD = check(
    "CA301", "missing-field", FIELDS, E,
    "required field is missing",
    "Add the field named; the [reference](reference.md) lists every field.",
    "---\ndate: 2019-09-04\n---", "---\ntitle: Children's Services\ndate: 2019-09-04\n---")
UNKNOWN_FIELD = check(
    "CA302", "unknown-field", FIELDS, E,
    "unknown field 'x' (did you mean 'y'?)",
    "Correct the field's name; the [reference](reference.md) lists every field.", "membr: barrie-cooper",
    "member: barrie-cooper")
WRONG_TYPE = check(
    "CA303", "wrong-type", FIELDS, E,
    "expected text, got ... (also: expected a whole number, a list, a mapping of fields, true or false)",
    "Write the kind of value named.", "meeting: [Council]", "meeting: Council")
DATE_FORMAT = check(
    "CA304", "date-format", FIELDS, E,
    "expected a date written YYYY-MM-DD, got 'x'; if it means 4 September 2019, write 2019-09-04 "
    "(a due date: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'x'; with the same hint)",
    "`04/09/2019` could be April or September: if the message names the day you mean, write the date it shows; "
    "otherwise write it `YYYY-MM-DD` yourself. A date in words (`4 September 2019`) gets `write 2019-09-04`; "
    "text that names no clear day gets `write the year, month and day as digits, e.g. 2019-09-04`. Every date "
    "field says the same: `date`, `as_of`, `due`, the `date` of `updates`, and members' `from` and `to`. A date "
    "in quotes, `'2019-09-04'`, is read as the date and needs nothing.",
    "as_of: 04/01/2020", "as_of: 2020-01-04")
IMPOSSIBLE_DATE = check(
    "CA305", "impossible-date", FIELDS, E,
    "impossible date 'x' (<why>)",
    "The date does not exist (`month must be 01 to 12`, `no such day in that month`, `day is out of range "
    "for month`): correct it.", "date: 2019-02-30", "date: 2019-02-28")
NOT_A_NUMBER = check(
    "CA306", "not-a-number", FIELDS, E,
    "expected a number, got 'x'; write the figure alone, as 1846 (or: write the figure alone in digits, "
    "e.g. 1846 or 136.1)",
    "Write only the figure, in digits, with a `.` for decimals.", "value: 1846 children", "value: 1846")
NUMBER_TOO_LARGE = check(
    "CA307", "number-too-large", FIELDS, E,
    "expected a finite number below 10^15, got x",
    "The number is far too large, or not a number at all (`.inf`, `.nan`).")
THOUSANDS_SEPARATOR = check(
    "CA308", "thousands-separator", FIELDS, N,
    "read '1,846' as the number 1846; figures are written without thousands separators, so write 1846",
    "Nothing is wrong: the figure was read as the number shown. Write it without commas to silence the note.",
    "value: 1,846", "value: 1846")
STILL_EMPTY = check(
    "CA309", "still-empty", FIELDS, E,
    "still empty: <what to write there>",
    "A field written with nothing after its `:` (often one `council-archive new` left for you). The message "
    "says what to write: `write the figure as the report states it, e.g. 1846` (`value`), `write the date the "
    "figure speaks of, as YYYY-MM-DD` (`as_of`), `write what this report says of the commitment's progress, or "
    "delete the update line if the report says nothing of it` (`update`), `write the key of the member who "
    "presents the report, as in site_config/members.yml` (`member`), otherwise `fill it in, or delete the line`.",
    "metrics:\n  - metric: children-looked-after\n    value:\n    as_of: 2019-08-18",
    "metrics:\n  - metric: children-looked-after\n    value: 552\n    as_of: 2019-08-18")
UNKNOWN_CHOICE = check(
    "CA310", "unknown-choice", FIELDS, E,
    "unknown status 'x' (expected one of: planned, in-progress, delivered, delayed, dropped)",
    "Use one of the values listed (also said of an update's `kind`: correction or update).",
    "status: done", "status: delivered")
INVALID_KEY = check(
    "CA311", "invalid-key", FIELDS, E,
    "'x' is not a valid key: use lowercase letters, digits and hyphens",
    "Keys (ids, tags, metric and member keys, site_config/ entries) are like `youth-parliament`.",
    "tags: [Youth Voice]", "tags: [youth-voice]")
EMPTY_VALUE = check(
    "CA312", "empty-value", FIELDS, E,
    "must not be empty (or: must list at least one entry)",
    "Give the field a value, or delete it.", "title: \"\"", "title: Children's Services")
OUT_OF_RANGE = check(
    "CA313", "out-of-range", FIELDS, E,
    "'x' is out of range (<the limit>)",
    "Give a value within the limit named.", "latest_reports: 0", "latest_reports: 10")
INVALID_VALUE = check(
    "CA314", "invalid-value", FIELDS, E,
    "<what the value should be>",
    "Any other value that is not what the field takes: the message says what it expected.")
AREA_CODE = check(
    "CA315", "area-code", FIELDS, E,
    "'x' is not an ONS area code: expected a letter and eight digits, e.g. E06000002 for Middlesbrough "
    "(see the ONS Open Geography Portal)",
    "Correct the code (the area's GSS code).", "area_code: E6000002", "area_code: E06000002")

# --- CA4xx: figures and rates ------------------------------------------------------------
FIGURES = section("Figures and rates", "the figures a report states, and the rates it prints")
AS_OF_AFTER_DATE = check(
    "CA401", "as-of-after-date", FIGURES, E,
    "as_of <date> is after the report's date <date>",
    "A figure cannot speak of a day after its report; correct `as_of` or `date`.",
    "date: 2019-09-04\n...\n    as_of: 2019-09-10", "date: 2019-09-04\n...\n    as_of: 2019-08-18")
REPEATED_FIGURE = check(
    "CA402", "repeated-figure", FIGURES, E,
    "metric 'x' as of <date> is already stated at metrics[N]",
    "One report states a figure once for each date; delete the repeat.",
    mistake='  - metric: children-looked-after\n    value: 552\n    as_of: 2019-08-18\n  - metric: children-looked-after\n    value: 552\n    as_of: 2019-08-18',
    fixed='  - metric: children-looked-after\n    value: 552\n    as_of: 2019-08-18')
RATE_WITHOUT_BASE = check(
    "CA403", "rate-without-base", FIGURES, E,
    "metric 'x' has no rate base in site_config/metrics.yml; remove the rate or give the metric one",
    "Delete `rate:`, or give the metric `rate: {per: 10000, population: ...}` in `site_config/metrics.yml`.",
    mistake='  - metric: care-leavers\n    value: 154\n    rate: 4.8',
    fixed='  - metric: care-leavers\n    value: 154')
RATE_DISAGREES = check(
    "CA404", "rate-disagrees", FIGURES, W,
    "stated rate R per N disagrees with V / P x N = C (population: <estimate>)",
    "Check the printed rate against the report and the population estimate; a typing error is the usual cause.",
    "value: 552\n    rate: 136.1", "value: 552\n    rate: 171.5")
NO_POPULATION_ESTIMATE = check(
    "CA405", "no-population-estimate", FIGURES, W,
    "no estimate of population 'x' is in force on <date>, so the rate cannot be checked",
    "Add the population estimate for that date to `site_config/populations.yml`.",
    mistake='children:\n  estimates:\n    - reference_date: 2016-06-30  # a figure as of 2015 has no estimate',
    fixed='children:\n  estimates:\n    - reference_date: 2014-06-30\n      ...\n    - reference_date: 2016-06-30')

# --- CA5xx: commitments ------------------------------------------------------------------
COMMITMENTS = section("Commitments", "promises, and what later reports say of them")
COMMITMENT_NEEDS_TEXT = check(
    "CA501", "commitment-needs-text", COMMITMENTS, E,
    "commitment 'x' first appears in this report (<date>), so it needs its text",
    "Add `text:` with the promise in the report's words.",
    "- id: youth-parliament\n  status: planned",
    "- id: youth-parliament\n  text: Create a Youth Parliament.\n  status: planned")
REPEATED_COMMITMENT = check(
    "CA502", "repeated-commitment", COMMITMENTS, E,
    "commitment 'x' is already listed at commitments[N]",
    "List each commitment once per report.",
    mistake='  - id: youth-parliament\n    status: in-progress\n  - id: youth-parliament\n    status: delivered',
    fixed='  - id: youth-parliament\n    status: delivered')
COMMITMENT_REWORDED = check(
    "CA503", "commitment-reworded", COMMITMENTS, W,
    "the wording of commitment 'x' differs materially from its first wording in <file> (<date>); if this is "
    "another promise, give it a new id",
    "Keep the id only if it is the same promise (fewer than 80% of the words in common with the first "
    "wording, case and punctuation aside, counts as a different one).",
    mistake="  - id: youth-parliament\n    text: Open two new children's homes.",
    fixed="  - id: new-childrens-homes\n    text: Open two new children's homes.")
STATUS_AFTER_DELIVERED = check(
    "CA504", "status-after-delivered", COMMITMENTS, W,
    "commitment 'x' was delivered by <file> (<date>), but this report says <status>; check the status, or "
    "give a new promise a new id",
    "Check the status the report gives.",
    mistake='  - id: youth-parliament\n    status: in-progress   # delivered in the previous report',
    fixed='  - id: youth-parliament\n    status: delivered')
UNMENTIONED_COMMITMENTS = check(
    "CA505", "unmentioned-commitments", COMMITMENTS, W,
    "no longer mentions commitment 'x', which the previous report of this portfolio, <file> (<date>), listed "
    "as <status>; if this report says what became of it, add it to commitments",
    "If the report says what became of it, add it; if it says nothing, that is the record (see "
    "[Commitments](#commitments)). How serious this is depends on the archive: site.yml may set it to `info` "
    "or `off`.",
    mistake='commitments: []   # the previous report listed youth-parliament, in progress',
    fixed='commitments:\n  - id: youth-parliament\n    status: delayed\n    update: Postponed to 2021.')

# --- CA6xx: imported drafts --------------------------------------------------------------
IMPORTS = section("Imported drafts", "drafts written by `council-archive import`, until an officer confirms them")
UNCONFIRMED_VALUE = check(
    "CA601", "unconfirmed-value", IMPORTS, W,
    "suggested by the import and not yet confirmed (read from <where>: \"<words>\"); check it against "
    "<document>, then delete the line 'review: unconfirmed' (line N)",
    "Check the value against the document; once every value is right, delete the marker line (see "
    "[importing](importing.md#confirming-a-draft)). `publish_unconfirmed_imports: true` in site.yml makes it a "
    "note; it cannot be set lower than a warning here, so nothing unconfirmed is published unnoticed.",
    lowest=Level.WARNING, why_not_lower="an unconfirmed figure would be published without a word; "
    "publish_unconfirmed_imports: true publishes drafts with their notice",
    mistake='imported:\n  review: unconfirmed\n  source: imports/2019-report.docx',
    fixed='imported:\n  source: imports/2019-report.docx   # each value checked against the document')
UNMATCHED_FIGURE = check(
    "CA602", "unmatched-figure", IMPORTS, W,
    "a figure the import could not match to a metric (<where>: \"<words>\"); add it to metrics: with the right "
    "metric, or add the wording to the metric's aliases in site_config/metrics.yml and import again",
    "Add the figure by hand, or teach the import its wording and import again.",
    lowest=Level.WARNING, why_not_lower="a figure of the document would be left out without a word; "
    "publish_unconfirmed_imports: true publishes drafts with their notice",
    mistake='  unmatched:\n  - at: line 7\n    words: "Current Adoptions figures are: 252"',
    fixed='metrics:\n  - metric: adoptions\n    value: 252\n    as_of: 2017-11-30')

ORIGINAL_MISSING = check(
    "CA603", "original-missing", IMPORTS, E,
    "imports/originals/<file> does not exist; put the council's original document there (import it again with "
    "--keep-originals), or delete original: and the two lines under it",
    "The report's page links to the council's own document, which is not in the project: commit "
    "`imports/originals/` with the report (see [importing](importing.md#where-a-document-came-from)), or drop "
    "the link.",
    mistake="  original:\n    path: imports/originals/2019/report.pdf   # never committed\n    bytes: 217088",
    fixed="  original:\n    path: imports/originals/2019/report.pdf   # committed with the report\n"
          "    bytes: 217088")
ORIGINAL_CHANGED = check(
    "CA604", "original-changed", IMPORTS, E,
    "imports/originals/<file> is N bytes, not the M the report says: it is another file; put back the document "
    "the report was imported from",
    "Another file took the original's place: restore the document the report was imported from, so the page "
    "links to the document its figures were read from.",
    mistake="  original:\n    path: imports/originals/report.pdf   # replaced by a newer draft of the report\n"
            "    bytes: 217088",
    fixed="  original:\n    path: imports/originals/report.pdf   # the document imported, 217,088 bytes\n"
          "    bytes: 217088")

# --- CA7xx: corrections and history -------------------------------------------------------
HISTORY = section("Corrections and history", "published figures changed later, and the git history that shows it")
AMENDED_WITHOUT_NOTE = check(
    "CA701", "amended-without-note", HISTORY, W,
    "<metric> was first published with value V (commit <sha>, <date>) and now has value W (changed in commit "
    "<sha> on <date>); add an entry to updates: with kind: correction, dated <date> or later, saying what was "
    "corrected and why",
    "Add a correction note (see [corrections](corrections.md)). Where the report has notes but none counts, the "
    "message names the newest and says why it does not: `; the note of <date> (\"...\") does not count: it is "
    "kind: update, not kind: correction`, `... it is dated before <date>, the day the value it corrects was "
    "published`, or `... it was already in the version it corrects, so it cannot be about this change` (a note "
    "committed before the figure changed is about an earlier change: add a new one).",
    "updates:\n  - date: 2026-12-04\n    kind: update\n    summary: Children looked after corrected.",
    "updates:\n  - date: 2026-12-04\n    kind: correction\n    summary: Children looked after corrected from 571 "
    "to 517 (a typing error).")
REMOVED_WITHOUT_NOTE = check(
    "CA702", "removed-without-note", HISTORY, W,
    "<metric> was first published in this report (commit <sha>, <date>) with <values> and is no longer in it "
    "(<when>); add an entry to updates: with kind: correction, dated <date> or later, saying what was removed "
    "and why",
    "Add a correction note saying what was removed and why (see [corrections](corrections.md)).",
    mistake='metrics: []   # care-leavers, 154, was published in this report',
    fixed="updates:\n  - date: 2019-10-02\n    kind: correction\n    summary: Care leavers removed: the figure was another council's.")
NO_HISTORY = check(
    "CA703", "no-history", HISTORY, N,
    "content/ is not in a git repository, so pages show no first-published or amended dates and `check` cannot "
    "see amended figures; build from a git clone to show them",
    "Build from a clone of the archive's repository; see [corrections](corrections.md).", settable=False)
SHALLOW_HISTORY = check(
    "CA704", "shallow-history", HISTORY, W,
    "content/ is in a shallow git clone, which has lost the early history: pages show no first-published or "
    "amended dates and amended figures are not marked; fetch the whole history (`git fetch --unshallow`, or "
    "`fetch-depth: 0` in actions/checkout)",
    "See [corrections](corrections.md#shallow-clone-warning).",
    settable=False)
HISTORY_UNREADABLE = check(
    "CA705", "history-unreadable", HISTORY, W,
    "git could not read the history of content/ (<git's error>): pages show no first-published or amended "
    "dates and amended figures are not marked",
    "See [corrections](corrections.md#shallow-clone-warning).",
    settable=False)

# --- CA8xx: site_config/ -----------------------------------------------------------------
CONFIG = section("site_config/", "the site's settings and the definitions reports name")
MISSING_CONFIG_FILE = check(
    "CA801", "missing-config-file", CONFIG, E,
    "missing: site_config/ must have this file",
    "Create the file (it may be empty where there are no entries yet).",
    mistake='site_config/ without portfolios.yml',
    fixed='site_config/portfolios.yml with the portfolios (or empty)')
NOT_ENTRIES = check(
    "CA802", "not-entries", CONFIG, E,
    "expected entries of the form 'key: {fields}'",
    "Each entry is a key, then its fields indented below it.",
    "- children-looked-after\n- care-leavers", "children-looked-after:\n  label: Children looked after\n  ...")
UNDEFINED_IN_CONFIG = check(
    "CA803", "undefined-in-config", CONFIG, E,
    "unknown portfolio 'x' (did you mean 'y'?); define it in site_config/portfolios.yml (also population in "
    "populations.yml)",
    "A definition names a key defined nowhere: correct it or define it.",
    mistake='children-looked-after:\n  portfolio: childrens-servces',
    fixed='children-looked-after:\n  portfolio: childrens-services')
MKDOCS_DISAGREES = check(
    "CA804", "mkdocs-disagrees", CONFIG, E,
    "'x' differs from name 'y' in site_config/site.yml:N; the site takes its name from site.yml: write "
    "site_name: (from site_config/site.yml) (or: differs from description 'y' in site_config/site.yml:N; the "
    "site takes its description from site.yml: delete site_description from mkdocs.yml)",
    "The site's name and description are set in `site.yml` only: write `site_name` as shown in `mkdocs.yml` "
    "(MkDocs requires the line), and delete `site_description` there.",
    "site_name: Middlesbrough reports", "site_name: (from site_config/site.yml)")
UNKNOWN_CHECK = check(
    "CA805", "unknown-check", CONFIG, E,
    "unknown check 'x' (did you mean 'y'?); name a check by its code or name, as council-archive explain "
    "lists them",
    "Correct the code or name in `checks:` in `site.yml`.",
    "checks:\n  CA5050: info", "checks:\n  CA505: info")
LEVEL_NOT_ALLOWED = check(
    "CA806", "level-not-allowed", CONFIG, E,
    "CA104 unknown-metric cannot be set to 'warning': it would let a wrong or unreadable report be published "
    "(its lowest level is error) (or: <check> cannot be set in site.yml: it is said once for the whole run, "
    "not of a file)",
    "Remove the line from `checks:`, or set a level the message allows. An error that would let wrong data "
    "be published stays an error.",
    "checks:\n  CA104: warning", "checks: {}")

# --- CA9xx: a hub of councils ------------------------------------------------------------
HUB = section("A hub of councils", "`council-archive hub check`: councils.yml, metrics.yml and each council's "
              "site_config/ (see [hub](hub.md))")
HUB_FILE_MISSING = check(
    "CA901", "hub-file-missing", HUB, E,
    "missing: a hub folder must have this file",
    "Create `councils.yml` in the hub folder.",
    mistake='hub/ with councils/ only',
    fixed='hub/councils.yml listing each council')
DUPLICATE_AREA_CODE = check(
    "CA902", "duplicate-area-code", HUB, E,
    "'x' is the area code of both 'a' (line N) and 'b'; each council has its own",
    "Two councils with one code: one of them is wrong (often an entry copied from another). Until it is "
    "corrected, neither council's population estimates are checked against it.",
    "stockton:\n  area_code: E06000002", "stockton:\n  area_code: E06000004")
NOT_A_COUNCIL_PROJECT = check(
    "CA903", "not-a-council-project", HUB, E,
    "'x' is not a council project: expected a folder with site_config/ and content/ (relative to the hub folder "
    "or absolute)",
    "Correct `path`, or check the council's project out there.",
    mistake='stockton:\n  path: councils/stockon',
    fixed='stockton:\n  path: councils/stockton')
UNKNOWN_SHARED_METRIC = check(
    "CA904", "unknown-shared-metric", HUB, E,
    "unknown shared metric 'x' (did you mean 'y'?); define it in the hub's metrics.yml",
    "Correct the council's `shared` key, or add the definition to the hub's `metrics.yml`.",
    mistake='children-in-need:\n  shared: children-in-nede',
    fixed='children-in-need:\n  shared: children-in-need')
SHARED_RATE_MISSING = check(
    "CA905", "shared-rate-missing", HUB, E,
    "'x' is compared as a rate per N, but 'y' has no rate: give it 'rate: {per: ..., population: ...}'",
    "Give the council's metric a `rate` (and its population estimates), or compare it without a rate.",
    mistake='care-leavers:\n  shared: children-looked-after   # compared per 10,000',
    fixed='care-leavers:\n  shared: children-looked-after\n  rate: {per: 10000, population: children}')
ESTIMATE_WITHOUT_AREA = check(
    "CA906", "estimate-without-area", HUB, E,
    "missing: in a hub each estimate names the area it counts; add 'area_code: ...' (the council's code in "
    "councils.yml)",
    "Give each estimate in the council's `populations.yml` its `area_code`.",
    mistake='    - label: mid-2016 estimate\n      value: 43100',
    fixed='    - label: mid-2016 estimate\n      value: 43100\n      area_code: E06000004')
ESTIMATE_OF_OTHER_AREA = check(
    "CA907", "estimate-of-other-area", HUB, E,
    "'x' is not the area code of 'y' (<code> in councils.yml): is this another area's estimate? Use the "
    "council's own",
    "The estimate counts another area: use the council's own estimate, or correct the code.",
    mistake='      area_code: E06000001   # stockton is E06000004',
    fixed='      area_code: E06000004')
SITE_ADDRESS = check(
    "CA908", "site-address", HUB, E,
    "'x' is not the address of a site: expected an absolute https address such as "
    "https://reports.stockton.gov.uk/ (the council's own site)",
    "Give `url` as the council site's full address, `https://` and all, or leave it out for a council under "
    "the hub's address.",
    mistake='  url: reports.stockton.gov.uk',
    fixed='  url: https://reports.stockton.gov.uk/')
SHARED_METRIC_UNREPORTED = check(
    "CA909", "shared-metric-unreported", HUB, W,
    "no council's metric is 'shared: x', so its comparison page would be empty; name it in the metrics.yml of "
    "each council that reports it, or remove the definition (or: no report of 'a', 'b' states a figure of "
    "shared metric 'x', so its comparison page would be empty; check the councils' reports, or remove the "
    "definition)",
    "Name the definition with `shared:` in the metric of each council that reports it; where councils name it "
    "but none of their reports states a figure of it yet, check the reports (a figure under another metric "
    "key?). Or delete the definition from the hub's `metrics.yml`.",
    mistake="care-leavers:\n  label: Care leavers   # no council's metric says shared: care-leavers",
    fixed="care-leavers:   # in a council's site_config/metrics.yml\n  shared: care-leavers")

# --- CA95x: building the site ------------------------------------------------------------
BUILD = section("Building the site", "`mkdocs build` and the preview, beyond what `check` says")
SITE_URL_MISSING = check(
    "CA951", "site-url-missing", BUILD, E,
    "mkdocs.yml: site_url: set the site's public address (e.g. https://example.org/archive/): feeds need "
    "absolute links",
    "Set `site_url` in `mkdocs.yml`, or the `SITE_URL` environment variable.", settable=False,
    mistake="site_url: ''",
    fixed='site_url: !ENV [SITE_URL, "https://example.org/"]')
UNKNOWN_BLOCK = check(
    "CA952", "unknown-block", BUILD, E,
    "<page>: unknown block '<!-- council-archive:x -->' (known blocks: ...)",
    "Correct the block's name in the hand-written page.", settable=False,
    mistake='<!-- council-archive:latest-report -->',
    fixed='<!-- council-archive:latest-reports -->')


def find(code_or_name: str) -> Check | None:
    """A check by its code (`CA104`, any case) or name (`unknown-metric`; `_` for `-` too)."""
    text = str(code_or_name).strip()
    if text.upper() in CHECKS:
        return CHECKS[text.upper()]
    name = text.lower().replace("_", "-")
    return next((c for c in CHECKS.values() if c.name == name), None)


def nearest(code_or_name: str) -> str:
    """' (did you mean 'CA505 unmentioned-commitments'?)' or ''."""
    text = str(code_or_name)
    keys = {c.code: c for c in CHECKS.values()} | {c.name: c for c in CHECKS.values()}
    match = difflib.get_close_matches(text.upper() if text[:2].upper() == "CA" else text.lower(),
                                      list(keys), n=1, cutoff=0.6)
    return f" (did you mean '{keys[match[0]].title}'?)" if match else ""
