"""The importer's benchmark corpus (benchmarks/corpus/) agrees with itself, without the importer:
its site_config/ loads cleanly; every truth entry names metrics of its own portfolio, a member
who held that portfolio on the date, and a rate that its population estimate gives; every
document opens in its format and states each truth value, rate, commitment and the member's
name (scans: image only, no text layer); and the corpus keeps to its size limits.
"""
from __future__ import annotations

import datetime as dt
import difflib
import html
import json
import re
import zipfile
from functools import cache
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from generator.content.config import load_config
from generator.content.problems import Problems
from generator.content.rates import calculated

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS = REPO_ROOT / "benchmarks" / "corpus"
SETS = {"tuning": CORPUS, "heldout": CORPUS / "heldout", "heldout2": CORPUS / "heldout2", "heldout3": CORPUS / "heldout3",
        "heldout4": CORPUS / "heldout4", "heldout5": CORPUS / "heldout5", "heldout6": CORPUS / "heldout6",
        "heldout7": CORPUS / "heldout7", "heldout8": CORPUS / "heldout8", "heldout9": CORPUS / "heldout9",
        "heldout10": CORPUS / "heldout10", "heldout11": CORPUS / "heldout11",
        "heldout12": CORPUS / "heldout12", "heldout13": CORPUS / "heldout13",
        "heldout14": CORPUS / "heldout14", "heldout15": CORPUS / "heldout15",
        "heldout16": CORPUS / "heldout16", "heldout17": CORPUS / "heldout17", "heldout18": CORPUS / "heldout18",
        "heldout19": CORPUS / "heldout19", "heldout20": CORPUS / "heldout20", "heldout21": CORPUS / "heldout21"}
READMES = {"tuning": CORPUS / "README.md", "heldout": CORPUS / "README.md", "heldout2": CORPUS / "heldout2" / "README.md",
           "heldout3": CORPUS / "heldout3" / "README.md", "heldout4": CORPUS / "heldout4" / "README.md",
           "heldout5": CORPUS / "heldout5" / "README.md", "heldout6": CORPUS / "heldout6" / "README.md",
           "heldout7": CORPUS / "heldout7" / "README.md", "heldout8": CORPUS / "heldout8" / "README.md",
           "heldout9": CORPUS / "heldout9" / "README.md", "heldout10": CORPUS / "heldout10" / "README.md",
           "heldout11": CORPUS / "heldout11" / "README.md", "heldout12": CORPUS / "heldout12" / "README.md",
           "heldout13": CORPUS / "heldout13" / "README.md",
           "heldout14": CORPUS / "heldout14" / "README.md",
           "heldout15": CORPUS / "heldout15" / "README.md",
           "heldout16": CORPUS / "heldout16" / "README.md",
           "heldout17": CORPUS / "heldout17" / "README.md",
           "heldout18": CORPUS / "heldout18" / "README.md",
           "heldout19": CORPUS / "heldout19" / "README.md",
           "heldout20": CORPUS / "heldout20" / "README.md",
           "heldout21": CORPUS / "heldout21" / "README.md"}
FORMATS = {"pdf": ".pdf", "docx": ".docx", "odt": ".odt", "html": ".html", "txt": ".txt", "scan-pdf": ".pdf"}
FIELDS = {"family", "style", "format", "traits", "date", "portfolio", "member", "metrics", "commitments"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@cache
def truth(set_name: str) -> dict:
    return json.loads((SETS[set_name] / "truth.json").read_text(encoding="utf-8"))


@cache
def config():
    problems = Problems()
    cfg = load_config(CORPUS / "site_config", REPO_ROOT, problems)
    return cfg, [str(p) for p in problems.items]


def all_documents():
    return [pytest.param(s, name, id=f"{s}/{name}") for s in SETS for name in truth(s)]


def test_site_config_loads_without_problems():
    cfg, problems = config()
    assert problems == []
    assert cfg is not None and len(cfg.metrics) >= 30
    percent = [k for k, m in cfg.metrics.items() if m.unit == "percent"]
    assert 2 <= len(percent) <= 3


def test_some_labels_are_shared_across_portfolios():
    cfg, _ = config()
    owners: dict[str, set[str]] = {}
    for m in cfg.metrics.values():
        for name in [m.label, *m.aliases]:
            owners.setdefault(name.casefold(), set()).add(m.portfolio)
    shared = {name for name, p in owners.items() if len(p) > 1}
    assert {"referrals received", "assessments completed"} <= shared


def test_sets_are_big_enough_and_held_out_families_are_new():
    tuning, heldout = truth("tuning"), truth("heldout")
    assert len(tuning) >= 64 and len(heldout) >= 20
    t_fam = {t["family"] for t in tuning.values()}
    h_fam = {t["family"] for t in heldout.values()}
    assert len(t_fam) >= 10
    assert not t_fam & h_fam
    assert not set(tuning) & set(heldout)
    layouts = {f.removeprefix("scanned-") for f in h_fam}
    assert 3 <= len(layouts) <= 4
    for entries in (tuning, heldout):
        assert {t["format"] for t in entries.values()} == set(FORMATS)


# what the corpus is for: each set, tuning and held-out, exercises every one of these
CORE_TRAITS = """member-short-form member-initial predecessor-thanked other-member-named signature
    standing-resolution lead-in typed-numbering auto-numbering roman-items lookalike-row trap-cross-portfolio
    trap-other-council trap-money trap-percent trap-subcount trap-other-meeting-date period-columns
    target-column rate-row rate-printed rate-in-line figures-at-heading prose-figure-later-date
    report-date-before-meeting-date as-at-differs-from-meeting weekday-date slash-date dotted-date
    superscript-marker asterisk-marker provisional-marker percent-metric shared-label one-metric-two-dates
    scanned agenda-item-number other-meetings-listed""".split()


@pytest.mark.parametrize("set_name", list(SETS))
def test_each_set_covers_the_core_traits(set_name):
    present = {x for t in truth(set_name).values() for x in t["traits"]}
    assert [c for c in CORE_TRAITS if c not in present] == []


def test_second_held_out_set_is_big_enough_and_its_families_are_new():
    heldout2 = truth("heldout2")
    assert len(heldout2) >= 30
    earlier = {t["family"].removeprefix("scanned-") for s in ("tuning", "heldout") for t in truth(s).values()}
    families = {t["family"] for t in heldout2.values()}
    layouts = {f.removeprefix("scanned-") for f in families}
    assert len(layouts) >= 5
    assert not layouts & earlier
    assert not set(heldout2) & (set(truth("tuning")) | set(truth("heldout")))
    assert {t["format"] for t in heldout2.values()} == set(FORMATS)
    scans = [t for t in heldout2.values() if t["format"] == "scan-pdf"]
    assert 2 <= len(scans) <= 3 and len({t["family"] for t in scans}) == 2


# each blind set from the third on: its least documents, house styles, scans and scanned families
BLIND_SETS = {"heldout3": (36, 8, 8, 4), "heldout4": (36, 8, 8, 4), "heldout5": (36, 8, 8, 4),
              "heldout6": (40, 8, 8, 4), "heldout7": (30, 6, 6, 3), "heldout8": (36, 7, 8, 4),
              "heldout9": (36, 7, 8, 4), "heldout10": (36, 7, 8, 4),
              "heldout11": (36, 7, 8, 4), "heldout12": (36, 7, 8, 4),
              "heldout13": (36, 7, 8, 4), "heldout14": (36, 7, 8, 4),
              "heldout15": (36, 7, 8, 4), "heldout16": (36, 7, 8, 4),
              "heldout17": (36, 7, 8, 4), "heldout18": (36, 7, 8, 4),
              "heldout19": (36, 7, 8, 4), "heldout20": (36, 7, 8, 4),
              "heldout21": (36, 7, 8, 4)}


def sets_before(set_name: str) -> list[str]:
    return list(SETS)[:list(SETS).index(set_name)]


@pytest.mark.parametrize("set_name", list(BLIND_SETS))
def test_held_out_set_is_big_enough_and_its_families_are_new(set_name):
    least_documents, least_layouts, least_scans, least_scanned_families = BLIND_SETS[set_name]
    held_out = truth(set_name)
    assert len(held_out) >= least_documents
    # sets 9 and 10 were written side by side: each is new against the sets before both
    earlier_sets = [s for s in sets_before(set_name) if (set_name, s) != ("heldout10", "heldout9")]
    earlier = {t["family"].removeprefix("scanned-") for s in earlier_sets for t in truth(s).values()}
    layouts = {t["family"].removeprefix("scanned-") for t in held_out.values()}
    assert len(layouts) >= least_layouts
    assert not layouts & earlier
    assert not set(held_out) & {name for s in earlier_sets for name in truth(s)}
    assert {t["format"] for t in held_out.values()} == set(FORMATS)
    scans = [t for t in held_out.values() if t["format"] == "scan-pdf"]
    assert len(scans) >= least_scans and len({t["family"] for t in scans}) >= least_scanned_families


@pytest.mark.parametrize("set_name", list(SETS)[2:])
def test_no_date_and_portfolio_is_shared_with_an_earlier_set(set_name):
    keys = {s: {(t["date"], t["portfolio"]) for t in truth(s).values()} for s in SETS}
    assert not keys[set_name] & set().union(*(keys[s] for s in sets_before(set_name)))


@pytest.mark.parametrize("set_name", list(SETS))
def test_readme_lists_every_family(set_name):
    readme = READMES[set_name].read_text(encoding="utf-8")
    for family in {t["family"] for t in truth(set_name).values()}:
        assert f"{family}" in readme


@pytest.mark.parametrize("set_name", list(SETS))
def test_one_document_per_date_and_portfolio(set_name):
    keys = [(t["date"], t["portfolio"]) for t in truth(set_name).values()]
    assert len(keys) == len(set(keys))


def test_within_size_limits():
    files = [p for p in CORPUS.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert max(p.stat().st_size for p in files) <= 1_500_000
    by_set = {s: [p for p in files if SETS[s] in p.parents] for s in list(SETS)[2:]}
    for set_name, set_files in by_set.items():
        assert sum(p.stat().st_size for p in set_files) <= (6_000_000 if set_name == "heldout2" else 12_000_000)
    in_a_set = {p for set_files in by_set.values() for p in set_files}
    assert sum(p.stat().st_size for p in files if p not in in_a_set) <= 12_000_000


@pytest.mark.parametrize("set_name,name", all_documents())
def test_truth_entry_agrees_with_site_config(set_name, name):
    cfg, _ = config()
    t = truth(set_name)[name]
    assert set(t) == FIELDS
    day = dt.date.fromisoformat(t["date"])
    assert t["portfolio"] in cfg.portfolios
    member = cfg.members[t["member"]]
    role = member.role_for(t["portfolio"], day)
    assert role is not None and role.held_on(day), f"{t['member']} did not hold {t['portfolio']} on {day}"
    assert 3 <= len(t["metrics"]) <= 8 and 2 <= len(t["commitments"]) <= 6
    for m in t["metrics"]:
        metric = cfg.metrics[m["metric"]]
        assert metric.portfolio == t["portfolio"], f"{m['metric']} belongs to {metric.portfolio}"
        as_of = dt.date.fromisoformat(m["as_of"])
        assert day - dt.timedelta(days=200) <= as_of <= day
        if metric.unit == "percent":
            assert isinstance(m["value"], float) and 0 < m["value"] <= 100
        else:
            assert isinstance(m["value"], int) and m["value"] > 0
        if "rate" in m:
            assert metric.rate is not None, f"{m['metric']} has no rate base"
            rate = calculated(metric, m["value"], as_of, cfg.populations)  # the one rate rule
            assert abs(m["rate"] - rate.value) <= 0.051
    for c in t["commitments"]:
        assert c == c.strip() and c.endswith(".") and not re.match(r"^(\(?[a-z0-9]{1,4}[.)]|\d+\.\d+)\s", c)
        assert not c.lower().startswith(("that the report be noted", "that the executive notes"))


@pytest.mark.parametrize("set_name,name", all_documents())
def test_document_states_its_truth(set_name, name):
    t = truth(set_name)[name]
    path = SETS[set_name] / "documents" / name
    assert path.suffix == FORMATS[t["format"]]
    if t["format"] == "scan-pdf":
        assert_image_only(path)
        return
    text = document_text(path)
    flat = " ".join(text.split())
    numbers = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", flat)
    for m in t["metrics"]:
        value = f"{m['value']:.1f}" if isinstance(m["value"], float) else str(m["value"])
        assert re.search(rf"(?<![\d.]){re.escape(value)}(?![\d])", numbers), f"{m['metric']} {value} not in {name}"
        if "rate" in m:
            assert re.search(rf"(?<![\d.]){m['rate']:.1f}(?!\d)", numbers), f"rate {m['rate']} not in {name}"
    joined = re.sub(r"(?<=\w-) (?=\w)", "", flat)  # a word broken after its hyphen at a line end
    for c in t["commitments"]:
        words = c.rstrip(".")
        assert words in flat or words in joined, f"commitment not in {name}: {words!r}\n" + near(words, flat)
    surname = config()[0].members[t["member"]].name.split()[-1]
    assert surname.casefold() in flat.casefold(), f"{surname} not in {name}"


def near(words: str, text: str) -> str:
    m = difflib.SequenceMatcher(None, text, words).find_longest_match(0, len(text), 0, len(words))
    return "closest: " + text[max(0, m.a - 40): m.a + len(words) + 40]


def assert_image_only(path: Path) -> None:
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        assert pdf.pages
        for page in pdf.pages:
            assert not (page.extract_text() or "").strip()
            assert page.images


# --- text as a reader sees it -----------------------------------------------

def document_text(path: Path) -> str:
    return {".docx": docx_text, ".odt": odt_text, ".pdf": pdf_text, ".html": html_text,
            ".txt": lambda p: p.read_text(encoding="utf-8")}[path.suffix](path)


def docx_text(path: Path) -> str:
    import docx
    d = docx.Document(str(path))  # opens as Word does
    out = []
    for p in d.element.body.iter(f"{W}p"):
        parts = []
        for r in p.iter(f"{W}r"):
            sup = r.find(f"{W}rPr/{W}vertAlign")
            lead = " " if sup is not None and sup.get(f"{W}val") == "superscript" else ""
            for el in r:
                if el.tag == f"{W}t":
                    parts.append(lead + (el.text or ""))
                elif el.tag in (f"{W}tab", f"{W}br"):
                    parts.append(" ")
        out.append("".join(parts))
    return "\n".join(out)


def odt_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        root = ET.fromstring(z.read("content.xml"))
    ns = {"style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
          "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
    sup = {s.get(f"{{{ns['style']}}}name") for s in root.iter(f"{{{ns['style']}}}style")
           if any((tp.get(f"{{{ns['style']}}}text-position") or "").startswith("super")
                  for tp in s.iter(f"{{{ns['style']}}}text-properties"))}
    out = []
    for p in root.iter():
        if p.tag in (f"{{{ns['text']}}}p", f"{{{ns['text']}}}h"):
            out.append(_odt_inline(p, ns, sup))
    return "\n".join(out)


def _odt_inline(el, ns, sup) -> str:
    parts = [el.text or ""]
    for child in el:
        if child.tag in (f"{{{ns['text']}}}tab", f"{{{ns['text']}}}line-break", f"{{{ns['text']}}}s"):
            parts.append(" ")
        elif child.tag == f"{{{ns['text']}}}span":
            lead = " " if child.get(f"{{{ns['text']}}}style-name") in sup else ""
            parts.append(lead + _odt_inline(child, ns, sup))
        else:
            parts.append(_odt_inline(child, ns, sup))
        parts.append(child.tail or "")
    return "".join(parts)


def pdf_text(path: Path) -> str:
    """Words split where the font size changes, as a reader tells a superscript from a figure."""
    import pdfplumber
    lines = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(extra_attrs=["size"], use_text_flow=True)
            lines.append(" ".join(w["text"] for w in words))
            lines += form_values(page)
    return "\n".join(lines)


def form_values(page) -> list[str]:
    """A live form field's value (shown on screen in the field, not drawn in the page)."""
    from pdfplumber.utils.pdfinternals import resolve_all
    out = []
    for a in page.annots or []:
        value = resolve_all(a.get("data", {})).get("V")
        if isinstance(value, bytes):
            value = value.decode("utf-16" if value[:2] == b"\xfe\xff" else "latin-1")
        if isinstance(value, str):
            out.append(value)
    return out


def html_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"(?is)<(script|style|title)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?is)<sup>", " ", raw)
    raw = re.sub(r"(?s)<!\[if !supportLists\]>.*?<!\[endif\]>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\xa0", " ")
