"""Members of site_config/members.yml by the forms reports print their names in, and
the folding every name match uses (case, punctuation and apostrophes aside)."""
from __future__ import annotations

import re

from ..content.config import SiteConfig

_TITLES = re.compile(r"^(?:(?:councillor|cllr\.?|mayor|dr\.?|mr\.?|mrs\.?|ms\.?|miss|sir|dame|lord|lady|"
                     r"the\s+rt\.?\s+hon\.?)\s+)+", re.I)
_FOLD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Case, punctuation and apostrophes do not matter: "Children's" == "childrens", '&' == 'and'."""
    text = text.casefold().replace("'", "").replace("’", "").replace("&", " and ")
    return " ".join(_FOLD.sub(" ", text).split())


class MemberNames:
    """Each member by the forms reports print: 'Councillor Barrie Cooper', 'Cllr Barrie
    Cooper', 'Cllr B. Cooper', 'Councillor B Cooper', and 'Councillor Cooper' where no
    other member has that surname."""

    def __init__(self, config: SiteConfig):
        self.forms: list[tuple[str, str]] = []
        surnames: dict[str, list[str]] = {}
        for key, member in config.members.items():
            names = _TITLES.sub("", member.name).split()
            if not fold(" ".join(names)):
                continue
            self.forms.append((fold(" ".join(names)), key))
            if len(names) >= 2:
                # 'Anne-Marie Collinson' is 'A. Collinson' or 'A-M. Collinson'; 'Tracey
                # Harding-Lowe' is 'Councillor Harding-Lowe'
                given, surname = [fold(n).split() for n in names[:-1]], fold(names[-1])
                self.forms.append((f"{given[0][0][0]} {surname}", key))
                self.forms.append((" ".join(g[0][0] for g in given) + f" {surname}", key))
                self.forms.append((" ".join(p[0] for g in given for p in g) + f" {surname}", key))
                surnames.setdefault(surname, []).append(key)
        self.forms = sorted(dict.fromkeys(self.forms), key=lambda f: -len(f[0]))
        self.surnames = {s: keys[0] for s, keys in surnames.items() if len(set(keys)) == 1}
        # a full name anywhere; initials ('b cooper') and a surname alone only after a title
        full = {f: k for f, k in self.forms if len(f.split()[0]) > 1 or _initials(f) >= 2}
        short = {f: k for f, k in self.forms if f not in full}
        self.keys = {**full, **short}
        self.full = _alternation(full, r"(?:^| )(", r")(?= |$)")
        # 'Clir', 'Cilr': text recognition's 'Cllr'
        self.titled = _alternation({**short, **dict.fromkeys(self.surnames)}, r"(?:^| )(?:councillor|c[il1][il1]r) (",
                                   r")(?= |$)")

    def find(self, line: str) -> list[str]:
        """Member keys named in the line, in order."""
        folded = fold(line)
        found: list[tuple[int, str]] = []
        for pattern in (self.full, self.titled):
            for m in pattern.finditer(folded) if pattern else ():
                name = m.group(1)
                found.append((m.start(), self.keys.get(name) or self.surnames[name]))
        return list(dict.fromkeys(key for _, key in sorted(found)))


def _initials(form: str) -> int:
    return next((i for i, word in enumerate(form.split()) if len(word) > 1), 0)


def _alternation(forms, before: str, after: str):
    names = sorted(forms, key=len, reverse=True)
    return re.compile(before + "|".join(re.escape(n) for n in names) + after) if names else None
