"""What residents see of the history, built with `mkdocs build --strict` from a real
git repository with scripted commits (tests/gitsite.py: make_corrected_site)."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sys
from html import unescape
import subprocess
from pathlib import Path

import pytest

from gitsite import make_corrected_site
from tinysite import run_build

PAGE = "reports/2019/2019-09-04-childrens-services/index.html"
LATER_PAGE = "reports/2020/2020-01-08-childrens-services/index.html"
AMENDED = ("Amended on 2 October 2019; first published on 5 September 2019 as 562 "
           "(as of 18 August 2019)")


def text(html: str) -> str:
    blocks = re.sub(r"</?(p|li|dt|dd|th|td|h\d|tr|div|ul|caption|dl)\b[^>]*>", " ", html)
    words = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", blocks)).strip()
    return unescape(words)


def between(html: str, start: str, end: str) -> str:
    return html[html.index(start):html.index(end, html.index(start))]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = make_corrected_site(tmp_path_factory.mktemp("history") / "site")
    result = run_build(root)
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_report_page_lists_its_updates_newest_first_with_the_date_first_published(site):
    html = (site / PAGE).read_text()
    assert text(between(html, '<h2 id="updates">', "</ul>")) == (
        "Updates to this page "
        "12 November 2019 Update Added a link to the meeting's minutes. "
        "2 October 2019 Correction Children looked after corrected from 562 to 552 (a typing error). "
        "5 September 2019 First published in this archive.")
    assert "In this archive since 5 September 2019 Last changed 2 October 2019 (see updates)" in text(html)


def test_report_page_marks_the_amended_figure_and_that_it_is_not_the_latest(site):
    html = (site / PAGE).read_text()
    assert "552 (amended)" in text(between(html, '<table class="ca-figures">', "</table>"))
    assert '<a class="ca-amended-mark" href="#amended-children-looked-after-0">(amended)</a>' in html
    assert text(between(html, '<ul class="ca-amendments">', "</ul>")) == (
        f"Amended figure: Children looked after, now 552. {AMENDED}.")
    assert text(between(html, '<ul class="ca-superseded">', "</ul>")) == (
        "Not the latest figure: Children looked after has a later reading, "
        "560 as of 1 January 2020, in the report of 8 January 2020.")
    assert 'href="../../2020/2020-01-08-childrens-services/#figures"' in html
    later = (site / LATER_PAGE).read_text()
    assert "The latest figure in the archive: Children looked after." in text(later)
    assert "Updates to this page" not in later and "Amended" not in later


def test_metric_page_table_and_chart_point_say_it_was_amended(site):
    page = site / "metrics/children-looked-after"
    assert f"552 {AMENDED}" in text((page / "index.html").read_text())
    spec = json.loads((page / "values.vl.json").read_text())
    labels = [row["label"] for layer in [spec, *spec.get("layer", [])]
              for row in layer.get("data", {}).get("values", []) if "label" in row]
    assert ("552 children as of 18 August 2019 (report of 4 September 2019) (amended 2 Oct 2019, "
            "first published as 562): Children's Services - Executive Member Report to Council") in labels


def test_downloads_carry_the_first_published_value_and_date_amended_in_new_last_columns(site):
    rows = list(csv.DictReader(io.StringIO((site / "data/readings.csv").read_text())))
    assert list(rows[0])[-5:] == ["report_url", "first_published_value", "first_published_rate",
                                  "first_published_as_of", "amended_on"]
    assert [(r["value"], r["first_published_value"], r["first_published_as_of"], r["amended_on"])
            for r in rows] == [("552", "562", "2019-08-18", "2019-10-02"), ("560", "", "", "")]
    series = json.loads((site / "metrics/children-looked-after/children-looked-after.json").read_text())
    assert series["readings"][0]["first_published_value"] == 562
    assert series["readings"][0]["amended_on"] == "2019-10-02"
    assert series["readings"][1]["amended_on"] is None
    metric_csv = (site / "metrics/children-looked-after/children-looked-after.csv").read_text()
    assert metric_csv.splitlines()[1].endswith(",562,,2019-08-18,2019-10-02")


def test_metric_feed_has_an_entry_for_the_amendment(site):
    feed = (site / "feeds/metrics/children-looked-after.xml").read_text()
    titles = re.findall(r"<title>([^<]*)</title>", feed)[1:]
    assert titles == ["Children looked after: 560 children as of 1 January 2020",
                      "Amended: Children looked after as of 18 August 2019 is now 552 children",
                      "Children looked after: 552 children as of 18 August 2019"]
    assert "<updated>2019-10-02T00:00:00Z</updated>" in feed


def test_corrections_page_and_feed_list_each_correction_once_with_a_title_naming_the_change(site):
    html = (site / "corrections/index.html").read_text()
    listed = text(between(html, '<ul class="ca-report-list ca-correction-list">', "</ul>"))
    assert listed == (
        "Children looked after: 562 → 552, 2 October 2019 "
        "Children looked after corrected from 562 to 552 (a typing error). "
        f"{AMENDED}. In Children's Services - Executive Member Report to Council, the report of 4 September 2019.")
    assert "update" not in listed.lower().replace("updates", "")  # an update is not a correction
    assert ('<a href="../reports/2019/2019-09-04-childrens-services/#amended-children-looked-after-0">Children '
            'looked after: 562 → 552, 2 October 2019</a>') in html
    assert ('<link rel=" alternate" type="application/atom+xml" title="Corrections (Atom feed)" '
            'href="../feeds/corrections.xml">') in html
    feed = (site / "feeds/corrections.xml").read_text()
    assert feed.count("<entry>") == 1 and "<updated>2019-10-02T00:00:00Z</updated>" in feed
    assert re.findall(r"<title>([^<]*)</title>", feed)[1:] == ["Children looked after: 562 → 552, 2 October 2019"]


def test_every_change_is_one_entry_with_a_unique_title(tmp_path):
    """A note with the two changes it explains (a figure amended, a figure removed) is one
    entry; a figure amended with no note is one; a note correcting words only is one."""
    from gitsite import REPORT, amended, commit, make_git_site, write
    from tinysite import GOOD_REPORT

    def dated(day: str) -> str:
        return GOOD_REPORT.replace("date: 2019-09-04", f"date: {day}").replace("    text: Create a Youth Parliament.\n", "")

    with_leavers = amended("562").replace("    as_of: 2019-08-18\n", "    as_of: 2019-08-18\n"
                                          "  - metric: care-leavers\n    value: 154\n    as_of: 2019-08-18\n", 1)
    root = make_git_site(tmp_path / "site", {"2019/2019-09-04-childrens-services.md": with_leavers,
                                             "2019/2019-12-04-childrens-services.md": dated("2019-12-04"),
                                             "2020/2020-01-08-childrens-services.md": dated("2020-01-08")})
    write(root, REPORT, amended("552", """updates:
  - date: 2019-10-02
    kind: correction
    summary: Children looked after was 562, a typing error; care leavers were another council's.
"""))
    later = "content/reports/2019/2019-12-04-childrens-services.md"
    write(root, later, (root / later).read_text().replace("value: 552", "value: 571"))
    latest = "content/reports/2020/2020-01-08-childrens-services.md"
    write(root, latest, (root / latest).read_text().replace("tags: [youth-voice]\n", """tags: [youth-voice]
updates:
  - date: 2019-10-02
    kind: correction
    summary: The meeting was Council, not Cabinet.
"""))
    commit(root, "Correct", "2019-10-02")
    result = run_build(root, "--no-strict")
    assert result.returncode == 0, result.stderr
    html = (root / "site/corrections/index.html").read_text()
    titles = [text(t) for t in re.findall(r"<li><p><strong>(.*?)</strong></p>", html)]
    assert titles == [
        "Correction to Children's Services - Executive Member Report to Council, 2 October 2019",
        "Children looked after: 552 → 571, 2 October 2019",
        "Children looked after: 562 → 552; Care leavers receiving leaving care services: 154 removed, "
        "2 October 2019",
    ]
    assert text(between(html, "552 → 571", "</li>")).endswith(
        "No correction note says why. In Children's Services - Executive Member Report to Council, the report "
        "of 4 December 2019.")
    feed = (root / "site/feeds/corrections.xml").read_text()
    assert [unescape(t) for t in re.findall(r"<title>([^<]*)</title>", feed)[1:]] == titles


def _digests(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_the_same_commit_builds_the_same_bytes(site, tmp_path):
    """A second clone of the same commit, built later, gives byte-identical output."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", f"file://{site.parent}", str(clone)], check=True)
    result = run_build(clone)
    assert result.returncode == 0, result.stderr
    assert _digests(clone / "site") == _digests(site)


def test_a_shallow_clone_warns_once_fails_strict_and_shows_no_history(site, tmp_path):
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{site.parent}", str(clone)], check=True)
    strict = run_build(clone)
    assert strict.returncode == 1
    assert strict.stderr.count("is in a shallow git clone") == 1
    assert ("WARNING -  council-archive: CA704 content/ is in a shallow git clone, which has lost the early "
            "history: pages show no first-published or amended dates") in strict.stderr
    lenient = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--no-strict", "-f",
                              str(clone / "mkdocs.yml")], capture_output=True, text=True, cwd=clone,
                             env=dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000"))
    assert lenient.returncode == 0, lenient.stderr
    page = (clone / "site" / PAGE).read_text()
    assert "In this archive since" not in page and "Amended" not in page
    assert "Updates to this page" in page  # the officers' notes are in the file itself


def test_a_title_given_twice_says_whose_report_then_numbers():
    import datetime as dt
    from types import SimpleNamespace

    from generator.site.kinds.corrections import Correction, unique_titles

    def entry(title: str, day: str) -> Correction:
        return Correction(None, SimpleNamespace(date=dt.date.fromisoformat(day)), title, "", "", "")

    titles = [c.title for c in unique_titles([entry("A: 1 → 2, 2 October 2019", "2019-09-04"),
                                               entry("A: 1 → 2, 2 October 2019", "2019-12-04"),
                                               entry("A: 1 → 2, 2 October 2019", "2019-12-04"),
                                               entry("B: 3 → 4, 2 October 2019", "2019-09-04")])]
    assert titles == ["A: 1 → 2, 2 October 2019 (report of 4 September 2019)",
                      "A: 1 → 2, 2 October 2019 (report of 4 December 2019) (1)",
                      "A: 1 → 2, 2 October 2019 (report of 4 December 2019) (2)",
                      "B: 3 → 4, 2 October 2019"]
