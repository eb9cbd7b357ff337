"""Index pages on tiny sites: grouping by year, portfolio, member and topic;
lists split into pages; each year's figures compared with the year before."""
from __future__ import annotations

from datetime import date, timedelta

from lxml import html as lxml_html

from reportgen import MEMBERS, PORTFOLIOS, core_build, report_path, report_text
from tinysite import make_site

def pages_of(build) -> dict:
    return {p.src_uri: p for p in build.pages}


def text(fragment: str, xpath: str = ".") -> list[str]:
    tree = lxml_html.fragment_fromstring(fragment, create_parent="div")
    return [" ".join(e.text_content().split()) for e in tree.xpath(xpath)]


def small_archive(tmp_path):
    reports = {
        report_path("2018-03-01"): report_text(
            "2018-03-01", member="michael-carr", tags=["safeguarding"],
            metrics=[("children-looked-after", 500, "2018-02-01"), ("care-leavers", 140, "2018-02-01")],
            commitments=[{"id": "youth-parliament", "text": "Create a Youth Parliament.", "status": "planned",
                          "due": "2020-07"}]),
        # stated later in the year but of an earlier date: the as-of date decides "last"
        report_path("2018-11-01"): report_text(
            "2018-11-01", member="michael-carr", metrics=[("children-looked-after", 480, "2018-01-15")]),
        report_path("2019-06-01"): report_text(
            "2019-06-01", tags=["safeguarding", "youth-voice"],
            metrics=[("children-looked-after", 520, "2019-05-01"), ("children-in-need", 1800, "2019-05-01")],
            commitments=[{"id": "youth-parliament", "status": "in-progress", "update": "Elections held."},
                         {"id": "new-hub", "text": "Open a new hub.", "status": "planned"}]),
        report_path("2019-09-04"): report_text(
            "2019-09-04", metrics=[("children-looked-after", 552, "2019-08-18")]),
        report_path("2019-10-01", "finance"): report_text(
            "2019-10-01", portfolio="finance", title="Budget <b>2019</b>"),
    }
    return make_site(tmp_path, reports, config={"members.yml": MEMBERS, "portfolios.yml": PORTFOLIOS})


def test_reports_index_groups_by_year_newest_first(tmp_path):
    page = pages_of(core_build(small_archive(tmp_path)))["reports/index.md"]
    assert text(page.html, "//h2") == ["2019", "2018"]
    assert text(page.html, "//ul[@class='ca-years']/li") == ["2019 (3)", "2018 (2)"]
    entries = text(page.html, "//h2[@id='year-2019']/following-sibling::ul[1]/li")
    assert entries == [
        "Budget <b>2019</b> 1 October 2019 · Finance · Councillor Barrie Cooper · 0 figures · 0 commitments",
        "Report of 2019-09-04 4 September 2019 · Children's Services · Councillor Barrie Cooper · 1 figure · 0 commitments",
        "Report of 2019-06-01 1 June 2019 · Children's Services · Councillor Barrie Cooper · 2 figures · 2 commitments",
    ]
    assert "Budget &lt;b&gt;2019&lt;/b&gt;" in page.html  # officers' text is escaped
    tree = lxml_html.fragment_fromstring(page.html, create_parent="div")
    assert tree.xpath("//a[text()='2018']/@href") == ["2018/"]
    assert tree.xpath("//a[text()='Report of 2018-03-01']/@href") == ["2018/2018-03-01-childrens-services/"]


def test_year_page_compares_last_readings_with_the_year_before(tmp_path):
    page = pages_of(core_build(small_archive(tmp_path)))["reports/2019/index.md"]
    rows = text(page.html, "//table[contains(@class,'ca-compare')]/tbody/tr")
    assert rows == [
        "Children in need children 1,800 as of 1 May 2019 Not stated in 2018 –",
        "Children looked after children 552 as of 18 Aug 2019 500 as of 1 Feb 2018 +52",
    ]
    tree = lxml_html.fragment_fromstring(page.html, create_parent="div")
    assert tree.xpath("//tr[2]/td[2]//a/@href") == ["../2018/2018-03-01-childrens-services/#figures"]
    assert text(page.html, "//nav[@aria-label='Other years']//a") == ["Reports from 2018", "All years"]


def test_year_page_of_the_first_year_compares_with_nothing(tmp_path):
    page = pages_of(core_build(small_archive(tmp_path)))["reports/2018/index.md"]
    rows = text(page.html, "//table[contains(@class,'ca-compare')]/tbody/tr")
    assert rows == ["Care leavers receiving leaving care services young people 140 as of 1 Feb 2018 Not stated in 2017 –",
                    "Children looked after children 500 as of 1 Feb 2018 Not stated in 2017 –"]


def test_long_years_split_into_pages_of_200(tmp_path):
    days = [date(2019, 1, 1) + timedelta(days=i) for i in range(250)]
    root = make_site(tmp_path, {report_path(d.isoformat()): report_text(d.isoformat(), tags=["budget"])
                                for d in days})
    pages = pages_of(core_build(root))
    first, second = pages["reports/2019/index.md"], pages["reports/2019/page-2.md"]
    assert "reports/2019/page-3.md" not in pages
    assert len(text(first.html, "//ul[@class='ca-report-list']/li")) == 200
    assert text(second.html, "//ul[@class='ca-report-list']/li")[0].startswith("Report of 2019-02-19 ")
    assert len(text(second.html, "//ul[@class='ca-report-list']/li")) == 50
    assert second.title == "Reports from 2019 (page 2 of 2)"
    assert "ca-compare" not in second.html  # the comparison is on the first page only
    tree = lxml_html.fragment_fromstring(second.html, create_parent="div")
    assert tree.xpath("(//nav[@class='ca-pager'])[1]//a/@href") == ["../", "../", "./"]
    assert tree.xpath("(//nav[@class='ca-pager'])[1]//a[@aria-current='page']/@href") == ["./"]
    assert len(text(pages["reports/index.md"].html, "//ul[@class='ca-report-list']/li")) == 5
    assert {"tags/budget/index.md", "tags/budget/page-2.md"} <= set(pages)


def test_portfolio_page_members_figures_and_commitments(tmp_path):
    pages = pages_of(core_build(small_archive(tmp_path)))
    page = pages["portfolios/childrens-services/index.md"]
    assert text(page.html, "//h2[@id='members']/following-sibling::ul[1]/li") == [
        "Councillor Michael Carr Executive Member for Children's Services, until 30 April 2019 · "
        "2 reports, 1 March 2018 to 1 November 2018",
        "Councillor Barrie Cooper Executive Member for Children's Services, from 1 May 2019 · "
        "2 reports, 1 June 2019 to 4 September 2019",
    ]
    figures = text(page.html, "//h2[@id='figures']/following-sibling::ul[1]/li")
    assert figures[0] == "Care leavers receiving leaving care services: 140 young people as of 1 February 2018 · " \
        "New figures: Care leavers receiving leaving care services (Atom feed)"
    assert figures[2] == "Children looked after: 552 children as of 18 August 2019 · " \
        "New figures: Children looked after (Atom feed)"
    assert figures[1].startswith("Children in need: 1,800 children as of 1 May 2019")
    assert figures[3] == "Children subject to a child protection plan: not stated in any report yet · " \
        "New figures: Children subject to a child protection plan (Atom feed)"
    commitments = text(page.html, "//h2[@id='commitments']/following-sibling::ul[1]/li")
    assert commitments == [
        "Open a new hub. Planned Made 1 June 2019",
        "Create a Youth Parliament. In progress Due: July 2020 Made 1 March 2018; latest update 1 June 2019 (2 reports)",
    ]
    finance = pages["portfolios/finance/index.md"]
    assert text(finance.html, "//h2[@id='reports']/following-sibling::ul[1]/li/a") == ["Budget <b>2019</b>"]
    assert text(pages["portfolios/index.md"].html, "//li") == [
        "Children's Services 4 reports", "Finance 1 report · The council's budget."]


def test_member_page_roles_reports_and_commitments_they_made(tmp_path):
    pages = pages_of(core_build(small_archive(tmp_path)))
    carr, cooper = pages["members/michael-carr/index.md"], pages["members/barrie-cooper/index.md"]
    assert text(cooper.html, "//h2[@id='roles']/following-sibling::ul[1]/li") == [
        "Executive Member for Children's Services, Children's Services from 1 May 2019 · "
        "2 reports, 1 June 2019 to 4 September 2019",
        "Executive Member for Finance, Finance dates not recorded · 1 report, 1 October 2019",
    ]
    # a commitment belongs to the member whose report made it, not to later updaters
    assert text(carr.html, "//h2[@id='commitments']/following-sibling::ul[1]/li/p[1]") == ["Create a Youth Parliament."]
    assert text(cooper.html, "//h2[@id='commitments']/following-sibling::ul[1]/li/p[1]") == ["Open a new hub."]
    assert text(cooper.html, "//h2[@id='reports']/following-sibling::ul[1]/li/a") == [
        "Budget <b>2019</b>", "Report of 2019-09-04", "Report of 2019-06-01"]


def test_tag_pages(tmp_path):
    pages = pages_of(core_build(small_archive(tmp_path)))
    assert text(pages["tags/index.md"].html, "//li") == ["Safeguarding (2)", "Youth voice (1)"]
    assert text(pages["tags/safeguarding/index.md"].html, "//ul[@class='ca-report-list']/li/a") == [
        "Report of 2019-06-01", "Report of 2018-03-01"]
    assert pages["tags/safeguarding/index.md"].title == "Topic: Safeguarding"


def test_overview_previews_link_to_the_full_list(tmp_path):
    days = [date(2019, 1, 1) + timedelta(days=i) for i in range(25)]
    root = make_site(tmp_path, {report_path(d.isoformat()): report_text(d.isoformat()) for d in days})
    pages = pages_of(core_build(root))
    member = pages["members/barrie-cooper/index.md"]
    assert len(text(member.html, "//h2[@id='reports']/following-sibling::ul[1]/li")) == 20
    tree = lxml_html.fragment_fromstring(member.html, create_parent="div")
    assert tree.xpath("//a[text()='All 25 reports']/@href") == ["reports/"]
    full = pages["members/barrie-cooper/reports/index.md"]
    assert len(text(full.html, "//ul[@class='ca-report-list']/li")) == 25
    assert "members/barrie-cooper/commitments/index.md" not in pages  # no commitments left out
