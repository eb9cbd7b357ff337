"""Realistic report prose for synth.py, from the templates and name parts in prose.py.

Real council prose is Zipf-like: a few words ('the', 'council') are in every report,
each portfolio has its own vocabulary, and names of places, streets, schemes and
people make a long tail of words found in a handful of reports. So: sentences are
drawn per portfolio with weights 1/rank (each used at most twice in a report), and
their slots are filled with names drawn with weights 1/rank from lists of thousands.
"""
from __future__ import annotations

import itertools
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prose  # noqa: E402

AGENDA_SIZE = (6, 14)  # how many of its portfolio's ~20 topics one report covers
MAX_USES_PER_REPORT = 2  # a template says one thing: more would read as a stuck record
# Words that keep their capital after an opener ("In Acklam, Ofsted's visit ...").
KEEP_CAPITAL = {"I", "CCTV", "NHS", "Ofsted's", "Arts", "Homes", "Teesside", "Youth", "Council",
                "Key", "Gypsy", "Section", "Education,"}
WORD = re.compile(r"[a-z]+")


def zipf_weights(n: int, exponent: float = 1.0) -> list[float]:
    """Cumulative weights 1/rank**exponent for n items, for random.choices."""
    return list(itertools.accumulate(1 / (rank ** exponent) for rank in range(1, n + 1)))


@dataclass(frozen=True)
class Pool:
    """Items drawn Zipf-like: the first ones often, the last rarely."""

    items: tuple[str, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def of(cls, items, exponent: float = 1.0) -> "Pool":
        items = tuple(items)
        return cls(items, tuple(zipf_weights(len(items), exponent)))

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.items, cum_weights=self.cumulative)[0]


def place_names(rng: random.Random) -> list[str]:
    """Thousands of distinct place names in a seed-given order (rank = how common)."""
    names = sorted({stem + middle.lower() + ending for stem in prose.PLACE_STEMS
                    for middle in prose.PLACE_MIDDLES for ending in prose.PLACE_ENDINGS})
    rng.shuffle(names)
    return [f"{rng.choice(prose.PLACE_QUALIFIERS)} {name}" if rng.random() < 0.1 else name
            for name in names]


def surnames(rng: random.Random) -> list[str]:
    built = sorted({stem + ending.lower() for stem in prose.SURNAME_STEMS
                    for ending in prose.SURNAME_ENDINGS} - set(prose.COMMON_SURNAMES))
    rng.shuffle(built)
    return list(prose.COMMON_SURNAMES) + built  # the common ones rank first


def streets(rng: random.Random) -> list[str]:
    names = [f"{name} {kind}" for name in prose.STREET_NAMES for kind in prose.STREET_KINDS]
    rng.shuffle(names)  # so the common streets are not all one name's roads and lanes
    return names


class Wording:
    """Everything a report's prose is drawn from, made once per archive from a seed."""

    def __init__(self, rng: random.Random, seed_sentences: list[str]):
        self.places = Pool.of(place_names(rng))
        self.surnames = Pool.of(surnames(rng), 0.7)
        self.first_names = Pool.of(prose.FIRST_NAMES, 0.5)
        self.streets = Pool.of(streets(rng), 0.7)
        self.seed_tail = [s.replace("{", "(").replace("}", ")") for s in seed_sentences]

    def sentence_pool(self, rng: random.Random, portfolio: str) -> Pool:
        """What one report talks about: a handful of its portfolio's topics (the
        common ones more often) interleaved with the shared sentences, then (for
        Children's Services) the seed reports' own sentences as the rare tail."""
        own = prose.SENTENCES[portfolio]
        # weighted sampling without replacement (Efraimidis-Spirakis): key u**(1/w), w = 1/rank
        keys = sorted(range(len(own)), key=lambda i: -rng.random() ** (i + 1))
        agenda = [own[i] for i in sorted(keys[:rng.randint(*AGENDA_SIZE)])]
        mixed = [s for pair in itertools.zip_longest(agenda, prose.GENERIC) for s in pair if s is not None]
        return Pool.of(mixed + (self.seed_tail if portfolio == "childrens-services" else []), 0.9)

    def person(self, rng: random.Random) -> str:
        return f"{self.first_names.draw(rng)} {self.surnames.draw(rng)}"

    def slots(self, rng: random.Random, portfolio: str, local: list[str]) -> dict:
        """Slot values, made on first use so a template's two {place}s can differ."""
        makers = {
            # most of a report is about its few local places; the rest from anywhere
            "place": lambda: rng.choice(local) if rng.random() < 0.6 else self.places.draw(rng),
            "street": lambda: self.streets.draw(rng),
            "scheme": lambda: f"{rng.choice(local)} {rng.choice(prose.SCHEMES[portfolio])}",
            "person": lambda: self.person(rng),
            "org": lambda: rng.choice(prose.PARTNERS[portfolio]),
            "month": lambda: rng.choice(prose.MONTHS),
            "n": lambda: str(rng.choice([rng.randint(2, 60), rng.randint(60, 900)])),
            "money": lambda: rng.choice([f"£{rng.randint(20, 990)},000", f"£{rng.randint(11, 95) / 10}m"]),
            "pct": lambda: f"{rng.randint(35, 98)} per cent",
        }
        return _Slots(makers)

    def fill(self, rng: random.Random, template: str, portfolio: str, local: list[str]) -> str:
        return template.format_map(self.slots(rng, portfolio, local))

    def local_places(self, rng: random.Random) -> list[str]:
        return [self.places.draw(rng) for _ in range(3)]

    def sentence(self, rng: random.Random, pool: Pool, portfolio: str, local: list[str],
                 used: Counter) -> str:
        """One sentence of the report's pool, sometimes with an opener or a closing."""
        template = pool.draw(rng)
        for _ in range(20):
            if used[template] < MAX_USES_PER_REPORT:
                break
            template = pool.draw(rng)
        used[template] += 1
        text = self.fill(rng, template, portfolio, local)
        if rng.random() < 0.15 and not template.startswith("{"):
            opener = self.fill(rng, rng.choice(prose.OPENERS), portfolio, local)
            first, rest = text.split(" ", 1)
            text = opener + (first if first in KEEP_CAPITAL else first.lower()) + " " + rest
        if rng.random() < 0.25 and text.endswith("."):
            text = text[:-1] + self.fill(rng, rng.choice(prose.CLOSINGS), portfolio, local) + "."
        return text

    def commitment_text(self, rng: random.Random, pool: Pool, portfolio: str, local: list[str]) -> str:
        if rng.random() < 0.6:
            return self.fill(rng, rng.choice(prose.COMMITMENT_OPENINGS), portfolio, local)
        return self.sentence(rng, pool, portfolio, local, Counter())


class _Slots(dict):
    def __init__(self, makers):
        super().__init__()
        self.makers = makers

    def __missing__(self, key: str) -> str:
        return self.makers[key]()


# --- how realistic it is: figures for the benchmark note ---------------------------------

@dataclass(frozen=True)
class VocabularyStats:
    reports: int
    words: int
    distinct: int
    in_one_report: int
    share: dict[str, float]  # word -> share of reports containing it

    def summary(self, words: tuple[str, ...] = ()) -> str:
        top = sorted(self.share.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
        asked = [(w, self.share.get(w, 0.0)) for w in words]
        return (f"vocabulary: {self.distinct:,} distinct words in {self.words:,} words of prose "
                f"({self.reports:,} reports); {self.in_one_report:,} words are in one report only\n"
                "share of reports containing: "
                + ", ".join(f"{w} {s:.1%}" for w, s in top + asked))


def vocabulary_stats(project: Path) -> VocabularyStats:
    """Word counts over the reports' prose (below the front matter), lower-cased."""
    document_frequency: Counter = Counter()
    words = reports = 0
    for path in sorted((project / "content" / "reports").rglob("*.md")):
        prose_text = path.read_text("utf-8").split("\n---\n", 1)[-1].lower()
        found = WORD.findall(prose_text)
        words += len(found)
        reports += 1
        document_frequency.update(set(found))
    return VocabularyStats(
        reports, words, len(document_frequency),
        sum(1 for n in document_frequency.values() if n == 1),
        {w: n / max(reports, 1) for w, n in document_frequency.items()})
