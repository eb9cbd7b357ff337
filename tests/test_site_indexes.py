"""The real site: the sidebar holds the index pages and never a report; every
page kind listed for the quality gates exists."""
from __future__ import annotations

from lxml import html as lxml_html

from page_kinds import PAGE_KINDS


def sidebar(site, rel: str) -> list[tuple[str, str]]:
    tree = lxml_html.fromstring((site / rel).read_bytes())
    links = tree.xpath("//nav[contains(@class,'md-nav--primary')]//a[contains(@class,'md-nav__link')]")
    return [(" ".join(a.text_content().split()), a.get("href")) for a in links]


def test_sidebar_holds_the_indexes_never_the_reports(built_site):
    assert sidebar(built_site, "reports/2019/2019-09-04-childrens-services/index.html") == [
        ("Home", "../../.."), ("Reports", "../../"), ("Figures", "../../../metrics/"),
        ("Commitments", "../../../commitments/"), ("Portfolios", "../../../portfolios/"),
        ("Members", "../../../members/"), ("Topics", "../../../tags/"), ("Open data", "../../../data/"),
        ("Corrections", "../../../corrections/"), ("About", "../../../about/")]
    assert [label for label, _ in sidebar(built_site, "reports/2019/index.html")] == [
        "Home", "Reports", "Figures", "Commitments", "Portfolios", "Members", "Topics", "Open data",
        "Corrections", "About"]


def test_every_listed_page_kind_is_built(built_site):
    for kind, url in PAGE_KINDS.items():
        path = built_site / (url if url.endswith(".html") else url + "index.html")
        assert path.is_file(), kind


def test_portfolio_and_member_pages_link_figures_and_commitments_to_their_pages(built_site):
    portfolio = lxml_html.fromstring((built_site / "portfolios/childrens-services/index.html").read_bytes())
    figure_links = portfolio.xpath("//h2[@id='figures']/following-sibling::ul[1]/li/strong/a")
    assert [(a.text_content(), a.get("href")) for a in figure_links] == [
        ("Care leavers receiving leaving care services", "../../metrics/care-leavers/"),
        ("Children in need", "../../metrics/children-in-need/"),
        ("Children looked after", "../../metrics/children-looked-after/"),
        ("Children subject to a child protection plan", "../../metrics/child-protection-plans/")]
    member = lxml_html.fromstring((built_site / "members/barrie-cooper/index.html").read_bytes())
    hrefs = member.xpath("//p[contains(@class,'ca-commitment-text')]/a/@href")
    assert "../../commitments/youth-parliament/" in hrefs
    for href in hrefs:
        assert (built_site / "members/barrie-cooper" / href / "index.html").resolve().is_file(), href
