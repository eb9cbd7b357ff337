"""Feeds and the due-date calendar of a tiny site built with mkdocs --strict,
read back with feedparser and lxml; the same content gives the same bytes."""
from __future__ import annotations

import posixpath
import shutil
from pathlib import Path

import feedparser
import pytest
from lxml import etree, html as lxml_html

from reportgen import MEMBERS, PORTFOLIOS, report_path, report_text
from tinysite import make_site, run_build

ATOM = "{http://www.w3.org/2005/Atom}"
REPORTS = {
    report_path("2018-03-01"): report_text(
        "2018-03-01", member="michael-carr", metrics=[("children-looked-after", 500, "2018-02-01")],
        commitments=[{"id": "youth-parliament", "text": "Create a Youth Parliament, with elections.",
                      "status": "planned", "due": "2020-07"}]),
    report_path("2019-06-01"): report_text(
        "2019-06-01", title="Children & families <update>",
        metrics=[("children-looked-after", 520, "2019-05-01")],
        commitments=[{"id": "youth-parliament", "status": "in-progress", "update": "Elections held."},
                     {"id": "new-hub", "text": "Open a new hub.", "status": "dropped", "due": 2019}]),
    report_path("2019-10-01", "finance"): report_text("2019-10-01", portfolio="finance"),
}


def build(root: Path) -> Path:
    make_site(root, REPORTS, config={"members.yml": MEMBERS, "portfolios.yml": PORTFOLIOS})
    result = run_build(root)
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("feeds"))


def parse(site: Path, rel: str):
    feed = feedparser.parse((site / rel).read_bytes())
    assert not feed.bozo, feed.bozo_exception
    return feed


def test_every_feed_is_well_formed_atom(site):
    feeds = sorted(p.relative_to(site).as_posix() for p in (site / "feeds").rglob("*.xml"))
    assert feeds == ["feeds/commitments/new-hub.xml", "feeds/commitments/youth-parliament.xml",
                     "feeds/corrections.xml",
                     "feeds/members/barrie-cooper.xml", "feeds/members/michael-carr.xml",
                     "feeds/metrics/care-leavers.xml", "feeds/metrics/child-protection-plans.xml",
                     "feeds/metrics/children-in-need.xml", "feeds/metrics/children-looked-after.xml",
                     "feeds/portfolios/childrens-services.xml", "feeds/portfolios/finance.xml",
                     "feeds/reports.xml"]
    for rel in feeds:
        root = etree.fromstring((site / rel).read_bytes())
        assert root.tag == f"{ATOM}feed"
        for element in [root, *root.iter(f"{ATOM}entry")]:  # RFC 4287: id, title, updated required
            assert [len(element.findall(f"{ATOM}{t}")) for t in ("id", "title", "updated")] == [1, 1, 1], rel
        assert root.find(f"{ATOM}link[@rel='self']").get("href") == f"https://example.org/{rel}"


def test_all_reports_feed_newest_first_dated_by_report(site):
    feed = parse(site, "feeds/reports.xml")
    assert [(e.title, e.updated, e.link) for e in feed.entries] == [
        ("Report of 2019-10-01", "2019-10-01T00:00:00Z", "https://example.org/reports/2019/2019-10-01-finance/"),
        ("Children & families <update>", "2019-06-01T00:00:00Z",
         "https://example.org/reports/2019/2019-06-01-childrens-services/"),
        ("Report of 2018-03-01", "2018-03-01T00:00:00Z",
         "https://example.org/reports/2018/2018-03-01-childrens-services/"),
    ]
    assert feed.feed.updated == "2019-10-01T00:00:00Z"  # the newest entry, never the build time
    assert feed.entries[1].summary == ("1 June 2019: Children's Services, Councillor Barrie Cooper. "
                                       "1 figure, 2 commitments.")


def test_portfolio_and_member_feeds_hold_only_their_reports(site):
    assert [e.title for e in parse(site, "feeds/portfolios/finance.xml").entries] == ["Report of 2019-10-01"]
    assert [e.title for e in parse(site, "feeds/members/michael-carr.xml").entries] == ["Report of 2018-03-01"]
    assert len(parse(site, "feeds/members/barrie-cooper.xml").entries) == 2


def test_metric_feed_has_one_entry_per_reading(site):
    feed = parse(site, "feeds/metrics/children-looked-after.xml")
    assert [(e.title, e.updated) for e in feed.entries] == [
        ("Children looked after: 520 children as of 1 May 2019", "2019-06-01T00:00:00Z"),
        ("Children looked after: 500 children as of 1 February 2018", "2018-03-01T00:00:00Z"),
    ]
    assert feed.entries[0].link == "https://example.org/reports/2019/2019-06-01-childrens-services/#figures"
    empty = parse(site, "feeds/metrics/care-leavers.xml")
    assert empty.entries == [] and empty.feed.updated == "2019-10-01T00:00:00Z"


def test_commitment_feed_has_one_entry_per_update(site):
    feed = parse(site, "feeds/commitments/youth-parliament.xml")
    assert [(e.title, e.summary) for e in feed.entries] == [
        ("In progress: Create a Youth Parliament, with elections.", "In progress. Elections held."),
        ("Planned: Create a Youth Parliament, with elections.",
         "Planned. Due: July 2020. Create a Youth Parliament, with elections."),
    ]
    assert feed.entries[0].link == ("https://example.org/reports/2019/2019-06-01-childrens-services/"
                                    "#commitment-youth-parliament")


def unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_due_date_calendar(site):
    raw = (site / "feeds/commitments.ics").read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    lines = unfolded(raw.decode("utf-8"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2:] == ["END:VCALENDAR", ""]
    events = "\n".join(lines).split("BEGIN:VEVENT\n")[1:]
    assert len(events) == 1  # new-hub was dropped: closed commitments are left out
    parliament = dict(l.split(":", 1) for l in events[0].split("\nEND:VEVENT")[0].split("\n"))
    assert parliament == {
        "UID": "commitment-youth-parliament@example.org",
        "DTSTAMP": "20190601T000000Z",
        "DTSTART;VALUE=DATE": "20200731",
        "DTEND;VALUE=DATE": "20200801",
        "SUMMARY": "Due (in progress): Create a Youth Parliament\\, with elections.",
        "DESCRIPTION": "Due July 2020. Status: In progress. https://example.org/reports/2019/"
                       "2019-06-01-childrens-services/#commitment-youth-parliament",
        "URL": "https://example.org/reports/2019/2019-06-01-childrens-services/#commitment-youth-parliament",
        "STATUS": "CONFIRMED",
        "TRANSP": "TRANSPARENT",
    }


@pytest.mark.parametrize("page, expected", [
    ("reports/index.html", [("New reports (Atom feed)", "../feeds/reports.xml")]),
    ("reports/2019/index.html", [("New reports (Atom feed)", "../../feeds/reports.xml")]),
    ("index.html", [("New reports (Atom feed)", "feeds/reports.xml")]),
    ("portfolios/finance/index.html", [("New reports (Atom feed)", "../../feeds/reports.xml"),
                                       ("New reports: Finance (Atom feed)", "../../feeds/portfolios/finance.xml")]),
    ("members/michael-carr/index.html", [
        ("New reports (Atom feed)", "../../feeds/reports.xml"),
        ("New reports by Councillor Michael Carr (Atom feed)", "../../feeds/members/michael-carr.xml")]),
    ("data/index.html", [("New reports (Atom feed)", "../feeds/reports.xml"),
                         ("Commitment due dates (iCalendar)", "../feeds/commitments.ics")]),
    ("metrics/children-looked-after/index.html", [
        ("New reports (Atom feed)", "../../feeds/reports.xml"),
        ("New figures: Children looked after (Atom feed)", "../../feeds/metrics/children-looked-after.xml")]),
    ("commitments/youth-parliament/index.html", [
        ("New reports (Atom feed)", "../../feeds/reports.xml"),
        ("Updates on commitment youth-parliament (Atom feed)", "../../feeds/commitments/youth-parliament.xml")]),
    ("commitments/index.html", [("New reports (Atom feed)", "../feeds/reports.xml"),
                                ("Commitment due dates (iCalendar)", "../feeds/commitments.ics")]),
])
def test_pages_link_their_feeds_in_head(site, page, expected):
    tree = lxml_html.fromstring((site / page).read_bytes())
    links = [l for l in tree.xpath("//head/link[@rel]") if "alternate" in l.get("rel").split()]
    assert [(l.get("title"), l.get("href")) for l in links] == expected
    for link in links:
        assert (site / posixpath.normpath(posixpath.join(posixpath.dirname(page), link.get("href")))).is_file()
        assert link.get("type") in ("application/atom+xml", "text/calendar")


def test_same_content_same_bytes(site, tmp_path):
    again = build(tmp_path / "again")
    for folder in ("feeds", "data"):
        files = sorted(p.relative_to(site) for p in (site / folder).rglob("*") if p.is_file())
        assert files == sorted(p.relative_to(again) for p in (again / folder).rglob("*") if p.is_file())
        for rel in files:
            assert (site / rel).read_bytes() == (again / rel).read_bytes(), rel
    shutil.rmtree(again)
