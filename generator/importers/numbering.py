"""Word's automatic paragraph numbers, as printed: word/numbering.xml defines for each
list (w:num -> w:abstractNum) per level a start, a format and a text such as '%1.%2';
a w:num may restart a level (w:lvlOverride/w:startOverride). Counters run per list,
and a level's counter restarts when a higher level moves on."""
from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.ns import qn

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class Numbering:
    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstract, overrides)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def from_docx(cls, doc) -> "Numbering":
        out = cls()
        try:
            root = doc.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return out
        for abstract in root.iterchildren(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.iterchildren(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = Level(
                    int(_val(lvl, "w:start") or 1), _val(lvl, "w:numFmt") or "decimal",
                    _val(lvl, "w:lvlText") if _val(lvl, "w:lvlText") is not None else "")
            out.abstract[abstract.get(qn("w:abstractNumId"))] = levels
        for num in root.iterchildren(qn("w:num")):
            overrides = {}
            for o in num.iterchildren(qn("w:lvlOverride")):
                start = o.find(qn("w:startOverride"))
                if start is not None:
                    overrides[int(o.get(qn("w:ilvl"), "0"))] = int(start.get(qn("w:val")))
            out.nums[num.get(qn("w:numId"))] = (_val(num, "w:abstractNumId"), overrides)
        return out

    def is_bullet(self, num_id: str, level: int) -> bool:
        if num_id not in self.nums or num_id == "0":
            return False
        level_def = self.abstract.get(self.nums[num_id][0], {}).get(level)
        return level_def is not None and level_def.fmt == "bullet"

    def next(self, num_id: str, level: int) -> str | None:
        """The printed number of the next paragraph of list num_id at this level."""
        if num_id not in self.nums or num_id == "0":
            return None
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if level not in levels or levels[level].fmt in ("bullet", "none"):
            return None
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:  # a list that restarts a level begins afresh
            self.started.add(num_id)
            for lvl, start in overrides.items():
                counters[lvl] = start - 1
        counters[level] = counters.get(level, levels[level].start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        return _printed(levels, counters, level) or None


def _printed(levels: dict[int, Level], counters: dict[int, int], level: int) -> str:
    text = levels[level].text
    for lvl in range(level + 1):
        value = counters.get(lvl, levels.get(lvl, Level()).start)
        text = text.replace(f"%{lvl + 1}", _format(value, levels.get(lvl, Level()).fmt))
    return text.strip()


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        out, n = "", value
        for size, numeral in _ROMAN:
            while n >= size:
                out, n = out + numeral, n - size
        return out.upper() if fmt == "upperRoman" else out
    return str(value)


def _val(element, tag: str) -> str | None:
    child = element.find(qn(tag))
    return child.get(qn("w:val")) if child is not None else None
