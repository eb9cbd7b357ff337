"""Synthesise a realistic council archive of any size, for benchmarks and tests.

    python benchmarks/synth.py OUT_DIR --reports 10000 [--seed 0]

writes a whole project into OUT_DIR: the repo's mkdocs.yml and theme overrides,
site_config/ (12 portfolios, members whose roles change over the decades,
metrics with rate bases, populations with yearly estimates) and content/
(reports from 1990 to 2026 with 600-1,500 words of prose in each portfolio's own
vocabulary, with a long tail of place, street, scheme and people's names
(benchmarks/prose.py, benchmarks/wording.py), 3-8 figures and 3-10 commitments whose ids recur across a
portfolio's reports with their status moving on). The same seed gives the same
bytes, and the result passes `council-archive check --strict` with no problems.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from catalogue import (FIRST_NAMES, HEADINGS, LAST_NAMES, MEETINGS, POPULATIONS,  # noqa: E402
                       PORTFOLIOS, TAGS, TOPICS)
from wording import Pool, Wording, vocabulary_stats  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
# Printed with the vocabulary statistics: the seed's phrase and portfolio words.
STATISTICS_WORDS = ("youth", "parliament", "fostering", "potholes", "recycling")
FIRST_DAY, LAST_DAY = date(1990, 1, 1), date(2026, 6, 30)
FIRST_ESTIMATE_YEAR, LAST_ESTIMATE_YEAR = 1989, 2025


# --- the seed reports' own sentences: the rare tail of Children's Services prose ----

def seed_sentences() -> list[str]:
    """Every plain sentence of the seed reports' prose, in file order."""
    sentences: list[str] = []
    for path in sorted((REPO_ROOT / "content" / "reports").rglob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        for line in body.splitlines():
            line = re.sub(r"<[^>]+>", "", line).strip()
            line = re.sub(r"^\d+\.\s+", "", line)
            if not line or line.startswith(("#", "|")) or line.endswith(":-"):
                continue
            sentences += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line) if _usable(s)]
    return sentences


def _usable(sentence: str) -> bool:
    words = len(sentence.split())
    return 5 <= words <= 70 and sentence[-1] in ".!?" and not re.search(r"[<>|*_`\[\]]", sentence)


# --- site_config/ ---------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    member: str
    start: date
    end: date | None


def estimate(population: str, year: int) -> int:
    _, base, drift = POPULATIONS[population]
    return round(base * (1 + drift) ** (year - FIRST_ESTIMATE_YEAR))


def estimate_in_force(population: str, on: date) -> int:
    year = on.year if on >= date(on.year, 6, 30) else on.year - 1
    return estimate(population, min(year, LAST_ESTIMATE_YEAR))


def member_pool(rng: random.Random, size: int) -> dict[str, str]:
    """key -> 'Councillor First Last', distinct names."""
    names = sorted({(f, l) for f in FIRST_NAMES for l in LAST_NAMES})
    chosen = rng.sample(names, size)
    return {f"{f}-{l}".lower(): f"Councillor {f} {l}" for f, l in chosen}


def portfolio_terms(rng: random.Random, members: list[str]) -> dict[str, list[Term]]:
    """Who held each portfolio when: terms of 2 to 8 years from 1990 to today."""
    terms: dict[str, list[Term]] = {}
    for portfolio in PORTFOLIOS:
        start, held = FIRST_DAY, []
        while start <= LAST_DAY:
            end = start + timedelta(days=rng.randint(2 * 365, 8 * 365))
            held.append(Term(rng.choice(members), start, end - timedelta(days=1)))
            start = end
        held[-1] = Term(held[-1].member, held[-1].start, None)  # the current holder
        terms[portfolio] = held
    return terms


def holder(terms: list[Term], day: date) -> str:
    return next(t.member for t in terms if t.start <= day and (t.end is None or day <= t.end))


def q(text: str) -> str:
    """A YAML string (JSON is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def write_site_config(root: Path, members: dict[str, str], terms: dict[str, list[Term]]) -> None:
    out = root / "site_config"
    out.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO_ROOT / "site_config" / "overrides", out / "overrides", dirs_exist_ok=True)
    (out / "site.yml").write_text(
        "name: Synthetic Borough Council report archive\ncouncil: Synthetic Borough Council\n"
        "description: Executive member reports to Synthetic Borough Council, with their figures "
        "and commitments.\nlatest_reports: 10\n"
        # Synthetic commitments are not carried through every later report, as real
        # ones should be; the tracker still shows them as silent.
        "checks:\n  unmentioned_commitments: \"off\"\n", encoding="utf-8")
    (out / "portfolios.yml").write_text("".join(
        f"{key}:\n  name: {q(name)}\n  description: {q(text)}\n"
        for key, (name, text, _) in PORTFOLIOS.items()), encoding="utf-8")
    (out / "metrics.yml").write_text(metrics_yaml(), encoding="utf-8")
    (out / "populations.yml").write_text(populations_yaml(), encoding="utf-8")
    (out / "members.yml").write_text(members_yaml(members, terms), encoding="utf-8")


def metrics_yaml() -> str:
    lines = []
    for portfolio, (name, _, metrics) in PORTFOLIOS.items():
        for key, label, unit, rate, *_, aliases in metrics:
            lines += [f"{key}:", f"  label: {q(label)}",
                      f"  description: {q(f'{label} as reported to the {name} portfolio on the date given.')}",
                      f"  unit: {q(unit)}", f"  portfolio: {portfolio}"]
            if rate:
                lines += ["  rate:", f"    per: {rate[0]}", f"    population: {rate[1]}"]
            if aliases:
                lines.append(f"  aliases: [{', '.join(q(a) for a in aliases)}]")
    return "\n".join(lines) + "\n"


def populations_yaml() -> str:
    lines = []
    for key, (label, _, _) in POPULATIONS.items():
        lines += [f"{key}:", f"  label: {q(label)}", "  estimates:"]
        for year in range(FIRST_ESTIMATE_YEAR, LAST_ESTIMATE_YEAR + 1):
            lines += [f"    - label: {q(f'mid-{year} estimate')}", f"      reference_date: {year}-06-30",
                      f"      value: {estimate(key, year)}",
                      f"      source: {q(f'ONS mid-{year} population estimate')}"]
    return "\n".join(lines) + "\n"


def members_yaml(members: dict[str, str], terms: dict[str, list[Term]]) -> str:
    roles: dict[str, list[str]] = {key: [] for key in members}
    for portfolio, held in terms.items():
        title = f"Executive Member for {PORTFOLIOS[portfolio][0]}"
        for term in held:
            role = [f"    - title: {q(title)}", f"      portfolio: {portfolio}",
                    f"      from: {term.start.isoformat()}"]
            if term.end:
                role.append(f"      to: {term.end.isoformat()}")
            roles[term.member] += role
    lines = []
    for key in sorted(members):
        lines += [f"{key}:", f"  name: {q(members[key])}"]
        lines += ["  roles:"] + roles[key] if roles[key] else []
    return "\n".join(lines) + "\n"


# --- reports ----------------------------------------------------------------------

@dataclass
class Commitment:
    id: str
    text: str
    status: str = "planned"


@dataclass
class PortfolioState:
    """What a portfolio's next report carries on from: figures and open commitments."""

    values: dict[str, float]
    open: list[Commitment] = field(default_factory=list)


NEXT_STATUS = {  # status -> [(next status, weight)]
    "planned": [("planned", 4), ("in-progress", 6)],
    "in-progress": [("in-progress", 6), ("delivered", 2), ("delayed", 1.5), ("dropped", 0.5)],
    "delayed": [("delayed", 4), ("in-progress", 4), ("delivered", 2)],
}


def report_dates(rng: random.Random, n_reports: int) -> list[tuple[date, str]]:
    """n (date, portfolio) pairs, spread over 1990-2026, no portfolio twice on one day."""
    span = (LAST_DAY - FIRST_DAY).days + 1
    keys = list(PORTFOLIOS)
    out = []
    for i, portfolio in enumerate(keys):
        count = n_reports // len(keys) + (1 if i < n_reports % len(keys) else 0)
        out += [(FIRST_DAY + timedelta(days=d), portfolio) for d in rng.sample(range(span), count)]
    return sorted(out)


def step_value(rng: random.Random, value: float, drift: float, decimals: int, unit: str) -> float:
    value *= math.exp(rng.gauss(0, drift))
    if unit == "per cent":
        value = min(value, 99.9)
    return round(value, decimals) if decimals else max(round(value), 0)


def number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}" if decimals else str(int(value))


def report_metrics(rng, portfolio: str, day: date, state: PortfolioState) -> list[dict]:
    """3-8 figures of the portfolio, each drifting on from the last report's."""
    metrics = PORTFOLIOS[portfolio][2]
    as_of = day - timedelta(days=rng.randint(0, 40))
    chosen = sorted(rng.sample(range(len(metrics)), rng.randint(min(3, len(metrics)), min(8, len(metrics)))))
    readings = []
    for i in chosen:
        key, label, unit, rate, _, drift, decimals, aliases = metrics[i]
        value = state.values[key] = step_value(rng, state.values[key], drift, decimals, unit)
        reading = {"metric": key, "label": aliases[0] if aliases else label,
                   "value": number(value, decimals), "as_of": as_of}
        if rate and rng.random() < 0.5:
            per, population = rate
            reading["rate"] = f"{value / estimate_in_force(population, as_of) * per:.1f}"
        readings.append(reading)
    return readings


def next_status(rng: random.Random, status: str) -> str:
    choices, weights = zip(*NEXT_STATUS[status])
    return rng.choices(choices, weights)[0]


@dataclass(frozen=True)
class Voice:
    """What a report's prose is written with: the archive's wording, the report's
    portfolio, the sentences it draws on and the few places it is mostly about."""

    wording: Wording
    portfolio: str
    pool: Pool
    local: list[str]

    @classmethod
    def of(cls, rng: random.Random, wording: Wording, portfolio: str) -> "Voice":
        return cls(wording, portfolio, wording.sentence_pool(rng, portfolio), wording.local_places(rng))

    def sentence(self, rng: random.Random, used: Counter) -> str:
        return self.wording.sentence(rng, self.pool, self.portfolio, self.local, used)

    def sentences(self, rng: random.Random, count: int, used: Counter) -> str:
        return " ".join(self.sentence(rng, used) for _ in range(count))

    def commitment(self, rng: random.Random) -> str:
        return self.wording.commitment_text(rng, self.pool, self.portfolio, self.local)


def report_commitments(rng, voice: Voice, day: date, state: PortfolioState, taken: set[str],
                       used: Counter) -> list[dict]:
    """3-10 statements: updates of open commitments, then new ones."""
    count = rng.randint(3, 10)
    updates = rng.sample(state.open, min(len(state.open), rng.randint(count // 2, count)))
    statements = []
    for c in sorted(updates, key=lambda c: c.id):
        c.status = next_status(rng, c.status)
        statements.append(statement(rng, voice, day, c, first=False, used=used))
        if c.status in ("delivered", "dropped"):
            state.open.remove(c)
    for _ in range(count - len(updates)):
        c = Commitment(new_id(rng, day, taken), voice.commitment(rng), rng.choice(["planned", "in-progress"]))
        state.open.append(c)
        statements.append(statement(rng, voice, day, c, first=True, used=used))
    return statements


def new_id(rng: random.Random, day: date, taken: set[str]) -> str:
    base = f"{rng.choice(TOPICS)}-{day.year}"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    taken.add(key)
    return key


def statement(rng, voice: Voice, day: date, c: Commitment, first: bool, used: Counter) -> dict:
    out = {"id": c.id, "status": c.status, "text": c.text if first else None}
    if rng.random() < 0.4:
        due = day + timedelta(days=rng.randint(60, 900))
        out["due"] = f"{due.year}-{due.month:02d}"
        out["due_text"] = f"by the end of {due.strftime('%B %Y')}" if rng.random() < 0.5 else None
    out["update"] = voice.sentences(rng, rng.randint(1, 3), used) if not first or rng.random() < 0.5 else None
    return out


def front_matter(day, portfolio, member, meeting, readings, statements, tags) -> str:
    name = PORTFOLIOS[portfolio][0]
    lines = ["---", f"title: {q(f'{name} - Executive Member Report to {meeting}')}",
             f"date: {day.isoformat()}", f"meeting: {q(meeting)}", f"portfolio: {portfolio}",
             f"member: {member}", "metrics:"]
    for r in readings:
        lines += [f"  - metric: {r['metric']}", f"    value: {r['value']}"]
        lines += [f"    rate: {r['rate']}"] if "rate" in r else []
        lines.append(f"    as_of: {r['as_of'].isoformat()}")
    lines.append("commitments:")
    for i, s in enumerate(statements, start=1):
        lines += [f"  - id: {s['id']}"] + [f"    {k}: {q(s[k])}" for k in ("text",) if s.get(k)]
        lines.append(f"    status: {s['status']}")
        lines += [f"    {k}: {q(s[k])}" for k in ("due", "due_text", "update") if s.get(k)]
        lines.append(f"    anchor: item-{i}")
    lines += [f"tags: [{', '.join(tags)}]", "---", ""]
    return "\n".join(lines)


def body(rng, voice: Voice, readings, statements, member_name: str, used: Counter) -> str:
    """Prose of 600-1,500 words: a figures table, then numbered items under headings."""
    target = rng.randint(600, 1500)
    rated = any("rate" in r for r in readings)
    parts = ["## Performance", "", "| Measure | Figure |" + (" Rate |" if rated else ""),
             "| --- | ---: |" + (" ---: |" if rated else "")]
    parts += [f"| {r['label']} @ {r['as_of'].strftime('%d/%m/%Y')} | {r['value']} |"
              + (f" {r.get('rate', '')} |" if rated else "") for r in readings]
    parts.append("")
    words = 0
    headings = rng.sample(HEADINGS[1:], 3)
    for i, s in enumerate(statements, start=1):
        if i == 1 or (i - 1) % max(1, len(statements) // 3) == 0 and headings:
            parts += [f"## {headings.pop()}", ""]
        text = " ".join([s["text"] or "", s["update"] or "", voice.sentences(rng, rng.randint(1, 4), used)]).strip()
        parts += [f'{i}. <span id="item-{i}"></span>{text}', ""]
        words += len(text.split())
    while words < target:
        paragraph = voice.sentences(rng, rng.randint(3, 6), used)
        parts += [paragraph, ""]
        words += len(paragraph.split())
    parts += [f"{member_name}  ", f"Executive Member for {PORTFOLIOS[voice.portfolio][0]}", ""]
    return "\n".join(parts)


# --- the whole project ----------------------------------------------------------------

def synthesize(root: Path, n_reports: int, seed: int = 0) -> Path:
    """Write a whole valid project of n_reports reports into root; return root."""
    rng = random.Random(seed)
    root = Path(root)
    wording = Wording(rng, seed_sentences())
    members = member_pool(rng, 36)
    terms = portfolio_terms(rng, sorted(members))
    write_site_config(root, members, terms)
    shutil.copy(REPO_ROOT / "mkdocs.yml", root / "mkdocs.yml")
    write_pages(root / "content")
    states = {p: PortfolioState({m[0]: m[4] for m in metrics}) for p, (_, _, metrics) in PORTFOLIOS.items()}
    taken: set[str] = set()
    for day, portfolio in report_dates(rng, n_reports):
        member = holder(terms[portfolio], day)
        readings = report_metrics(rng, portfolio, day, states[portfolio])
        voice, used = Voice.of(rng, wording, portfolio), Counter()
        statements = report_commitments(rng, voice, day, states[portfolio], taken, used)
        tags = sorted(rng.sample(TAGS, rng.randint(0, 5)))
        text = (front_matter(day, portfolio, member, rng.choice(MEETINGS), readings, statements, tags)
                + "\n" + body(rng, voice, readings, statements, members[member], used))
        path = root / "content" / "reports" / str(day.year) / f"{day.isoformat()}-{portfolio}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def write_pages(content: Path) -> None:
    content.mkdir(parents=True, exist_ok=True)
    # the real home page's blocks, so its size at scale is measured on what residents get
    home = (REPO_ROOT / "content" / "index.md").read_text(encoding="utf-8")
    (content / "index.md").write_text(home.replace("Middlesbrough Council", "Synthetic Borough Council"),
                                      encoding="utf-8")
    (content / "about.md").write_text(
        "---\ntitle: About this archive\n---\n\n# About this archive\n\nA synthetic archive, generated "
        "for benchmarks from sentences in the style of real reports.\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic council archive project.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.out_dir.exists() and any(args.out_dir.iterdir()):
        parser.error(f"{args.out_dir} is not empty")
    synthesize(args.out_dir, args.reports, args.seed)
    print(f"wrote {args.reports} reports to {args.out_dir}")
    print(vocabulary_stats(args.out_dir).summary(STATISTICS_WORDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
