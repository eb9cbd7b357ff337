"""Import a folder of real-layout documents with their truth into a scratch project and
score the drafts, as ../shared/import-samples/score.py scores (a draft is its document's
when its date and portfolio are right; a figure counts when its metric, value and as-of
date are all right; a commitment when a draft's text, or the update that carries this
report's words for a commitment tracked before, starts with the truth's or is more than
0.8 alike). Also per format, scans' values left without a confidence, and OCR time
a page.

    .venv/bin/python benchmarks/import_corpus.py benchmarks/corpus             # the tuning set
    .venv/bin/python benchmarks/import_corpus.py benchmarks/corpus/heldout -v  # and each miss

A corpus folder holds documents/, truth.json and (or its parent holds) site_config/."""
from __future__ import annotations

import argparse
import difflib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Score:
    documents: int = 0
    placed: int = 0
    members: int = 0
    right: int = 0
    suggested: int = 0
    stated: int = 0
    rates: int = 0
    rates_right: int = 0
    commitments: int = 0
    commitments_found: int = 0
    unflagged: int = 0  # values read from a scan without a confidence
    misses: list[str] = field(default_factory=list)

    def line(self) -> str:
        p = self.right / self.suggested if self.suggested else 0
        r = self.right / self.stated if self.stated else 0
        return (f"documents {self.placed}/{self.documents}, figures P={p:.2f} R={r:.2f}, "
                f"rates {self.rates_right}/{self.rates}, members {self.members}/{self.documents}, "
                f"commitments {self.commitments_found}/{self.commitments}")


def import_corpus(corpus: Path, work: Path) -> Path:
    """A scratch copy of the project with the corpus's site_config/, the documents imported."""
    project = work / "project"
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           capture_output=True, cwd=ROOT, check=True).stdout.split(b"\0")
    for name in filter(None, files):
        source = ROOT / name.decode()
        if source.is_file() and not name.startswith((b"content/reports/", b"benchmarks/corpus/")):
            (project / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, project / name.decode())
    (project / "content" / "reports").mkdir(parents=True, exist_ok=True)
    config = corpus / "site_config" if (corpus / "site_config").is_dir() else corpus.parent / "site_config"
    for path in config.glob("*.yml"):
        shutil.copy2(path, project / "site_config" / path.name)
    subprocess.run([sys.executable, "-m", "generator.cli", "import", "--root", str(project),
                    str(corpus / "documents")], capture_output=True, cwd=ROOT)
    return project


def drafts_of(project: Path) -> dict[tuple[str, str], dict]:
    drafts = {}
    for path in list((project / "content" / "reports").rglob("*.md")) + list((project / "imports").rglob("*.md")):
        text = path.read_text("utf-8", errors="replace")
        lines = [l for l in text.split("\n") if not l.startswith("# MISSING")]
        try:
            front = yaml.safe_load(("\n".join(lines) + "\n").split("\n---\n", 1)[0].removeprefix("---\n")) or {}
        except yaml.YAMLError:
            continue
        if front.get("date") and front.get("portfolio"):
            drafts[(str(front["date"]), str(front["portfolio"]))] = front
            source = (front.get("imported") or {}).get("source")
            if source:  # two documents of one meeting (a report and its Easy Read version): each its own draft
                drafts[Path(str(source)).name] = front
    _word_by_id(list({id(f): f for f in drafts.values()}.values()))
    return drafts


def _word_by_id(fronts) -> None:
    """A commitment a draft names by id alone was worded in another report of the portfolio
    (the importer matched it): it is scored by that wording, as the site shows it, or by
    this report's own words for it, its update."""
    worded = {(f["portfolio"], c["id"]): c["text"] for f in fronts for c in f.get("commitments") or []
              if c.get("id") and c.get("text")}
    for front in fronts:
        for c in front.get("commitments") or []:
            if not c.get("text") and c.get("id"):
                c["text"] = worded.get((front["portfolio"], c["id"]))


def score(truth: dict, drafts: dict, by_format: dict[str, Score]) -> Score:
    total = Score()
    for name, t in truth.items():
        for s in (total, by_format.setdefault(t["format"], Score())):
            _score_one(name, t, _draft_of(name, t, drafts), s)
    return total


def _draft_of(name: str, t: dict, drafts: dict) -> dict | None:
    """The draft made from the document, where it has the truth's date and portfolio; else
    any draft that has them (the scorer of ../shared/import-samples/ matches only so)."""
    own = drafts.get(Path(name).name)
    if own is not None and (str(own.get("date")), str(own.get("portfolio"))) == (t["date"], t["portfolio"]):
        return own
    return drafts.get((t["date"], t["portfolio"]))


def _score_one(name: str, t: dict, front: dict | None, s: Score) -> None:
    s.documents += 1
    want = {(m["metric"], m["value"], m["as_of"]): m for m in t["metrics"]}
    s.stated += len(want)
    s.rates += sum("rate" in m for m in t["metrics"])
    s.commitments += len(t["commitments"])
    if front is None:
        s.misses.append(f"MISS {name}: no draft dated {t['date']} for {t['portfolio']}")
        return
    s.placed += 1
    s.members += front.get("member") == t["member"]
    if front.get("member") != t["member"]:
        s.misses.append(f"{name}: member {front.get('member')} (truth {t['member']})")
    got = {(m.get("metric"), m.get("value"), str(m.get("as_of"))): m for m in front.get("metrics") or []}
    s.suggested += len(got)
    s.right += len(got.keys() & want.keys())
    for key, m in want.items():
        if "rate" in m:
            s.rates_right += key in got and got[key].get("rate") == m["rate"]
            if key in got and got[key].get("rate") != m["rate"]:
                s.misses.append(f"{name}: rate of {key[0]} {got[key].get('rate')} (truth {m['rate']})")
    if got.keys() != want.keys():
        s.misses.append(f"{name} ({t.get('family', t.get('style'))}, {t['format']}): missed "
                        f"{sorted(want.keys() - got.keys())} extra {sorted(got.keys() - want.keys())}")
    # an item matched to a commitment tracked before carries this report's words as its update
    texts = [str(c.get(k) or "") for c in front.get("commitments") or [] for k in ("text", "update")]
    for wanted in t["commitments"]:
        if any(difflib.SequenceMatcher(None, wanted.lower(), x.lower()[:len(wanted) + 40]).ratio() > 0.8
               or x.lower().startswith(wanted.lower()) for x in texts):
            s.commitments_found += 1
        else:
            s.misses.append(f"{name}: commitment missed {wanted!r}")
    record = front.get("imported") or {}
    if record.get("scan"):
        s.unflagged += sum(1 for v in record.get("values", []) if v.get("confidence") is None)


def ocr_seconds_a_page(corpus: Path, truth: dict) -> float | None:
    """Reading each scan in this process, Tesseract on one core: CPU seconds a page."""
    from generator.importers.read import read_document

    import resource

    def cpu() -> float:  # this process's and Tesseract's, which runs in a process of its own
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    pages = seconds = 0.0
    for name, t in truth.items():
        if t["format"] != "scan-pdf":
            continue
        path = corpus / "documents" / name
        started = cpu()
        document = read_document(path, path.read_bytes())
        seconds += cpu() - started
        pages += document.scan.pages if document.scan else 0
    return seconds / pages if pages else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    parser.add_argument("--ocr-time", action="store_true", help="also time OCR a page (reads each scan again)")
    args = parser.parse_args(argv)
    truth = json.loads((args.corpus / "truth.json").read_text("utf-8"))
    with tempfile.TemporaryDirectory(prefix="import-corpus-") as work:
        project = import_corpus(args.corpus.resolve(), Path(work))
        by_format: dict[str, Score] = {}
        total = score(truth, drafts_of(project), by_format)
    if args.verbose:
        print("\n".join(total.misses))
    for fmt, s in sorted(by_format.items()):
        print(f"  {fmt:9} {s.line()}")
    scans = by_format.get("scan-pdf")
    if scans:
        print(f"  scans: figure recall {scans.right / max(1, scans.stated):.2f}, "
              f"{scans.unflagged} values without a confidence")
    if args.ocr_time:
        print(f"  OCR: {ocr_seconds_a_page(args.corpus, truth):.1f} s a page (CPU, one core)")
    print(total.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
