"""The real content/ built with --strict: every seed figure and every word of prose is on the site."""
from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

# Copies of ../shared/seeds/, the reports the content was transcribed from.
SEEDS = Path(__file__).resolve().parent / "seeds"
REPORT_2019 = "reports/2019/2019-09-04-childrens-services/index.html"
REPORT_2017 = "reports/2017/2017-12-21-childrens-services/index.html"


def page_tree(site: Path, rel: str):
    return lxml_html.fromstring((site / rel).read_text("utf-8"))


def text_of(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def article_text(site: Path, rel: str) -> str:
    return text_of(page_tree(site, rel).xpath("//article")[0])


def prose_text(site: Path, rel: str) -> str:
    """The report's own text: everything after the 'The report' heading."""
    heading = page_tree(site, rel).xpath("//h2[@id='report-text']")[0]
    container = heading.getparent()
    return " ".join(text_of(e) for e in container.itersiblings())


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9£']+", text.replace("\u2019", "'"))


def figures_table(site: Path, rel: str) -> dict[str, list[str]]:
    rows = page_tree(site, rel).xpath("//table[contains(@class,'ca-figures')]/tbody/tr")
    return {r.xpath("string(th)").strip(): [" ".join(td.text_content().split()) for td in r.xpath("td")]
            for r in rows}


def test_2019_figures_with_change_since_2017(built_site):
    table = figures_table(built_site, REPORT_2019)
    assert table["Children in need"][:3] == ["1,846", "573.6 calculated", "18 August 2019"]
    assert table["Children looked after"][0] == "552"
    assert table["Children looked after"][3] == "+114 since 438 on 21 Dec 2017"
    assert table["Children subject to a child protection plan"][0] == "296"
    assert table["Care leavers receiving leaving care services"] == [
        "154", "no rate", "18 August 2019", "first report to state it"]


def test_2017_figures_with_rates_as_printed(built_site):
    table = figures_table(built_site, REPORT_2017)
    assert table["Children looked after"][:2] == ["438", "136.1"]
    assert table["Children subject to a child protection plan"][:2] == ["252", "78.3"]
    assert table["Children in need"][:2] == ["1,385", "430.4"]


def test_calculated_rates_say_how(built_site):
    assert ("Calculated rate: the report printed none, so it is calculated from the mid-2016 "
            "estimate of 32,180 children in Middlesbrough.") in article_text(built_site, REPORT_2019)
    assert "Calculated rate" not in article_text(built_site, REPORT_2017)


def test_change_links_to_the_previous_report(built_site):
    links = page_tree(built_site, REPORT_2019).xpath("//table[contains(@class,'ca-figures')]//a/@href")
    assert set(links) == {"../../2017/2017-12-21-childrens-services/"}
    assert (built_site / "reports/2017/2017-12-21-childrens-services/index.html").is_file()


def test_report_facts_above_the_prose(built_site):
    text = article_text(built_site, REPORT_2019)
    assert ("Date 4 September 2019 Meeting Council Member Councillor Barrie Cooper, Executive Member "
            "for Children's Services Portfolio Children's Services") in text
    assert text.index("Figures in this report") < text.index("Commitments in this report") < \
        text.index("Following Her Majesty's Inspectorate")
    older = article_text(built_site, REPORT_2017)
    assert "Meeting Not stated in the report" in older
    assert "Member Councillor Michael Carr, Executive Member for Children's Services" in older


def test_commitments_with_status_and_due_date(built_site):
    tree = page_tree(built_site, REPORT_2019)
    item = tree.xpath("//li[@id='commitment-youth-parliament']")[0]
    assert " ".join(item.text_content().split()) == (
        "Create a Youth Parliament to give young people a greater say in the development of services "
        "and outcomes. In progress Due: July 2020 (“with the aim of the full Youth Council being in "
        "operation by July 2020”) In the report · Track this commitment")
    assert item.xpath(".//a/@href") == ["#item-8", "../../../commitments/youth-parliament/"]
    assert tree.xpath("//*[@id='item-8']")
    assert len(tree.xpath("//li[contains(@class,'ca-commitment')]")) == 9
    # the 2019 report updates promises the 2017 report worded: say whose words they are
    earlier = tree.xpath("//li[@id='commitment-no-wrong-door']//p[contains(@class,'ca-commitment-text')]")[0]
    assert " ".join(earlier.text_content().split()).endswith(
        "'No Wrong Door'. (as first worded, in the report of 21 December 2017)")
    assert "as first worded" not in item.text_content()


@pytest.mark.parametrize("seed, rel", [
    ("000_19f7efbc402dbeff.txt", REPORT_2019),
    ("001_23f50b9cd37a35f8.txt", REPORT_2017),
])
def test_prose_is_complete(built_site, seed, rel):
    """Every word of the seed appears on the page, in order (headings and table labels aside)."""
    page = words(prose_text(built_site, rel))
    seed_words = words((SEEDS / seed).read_text("utf-8"))
    matcher = difflib.SequenceMatcher(None, seed_words, page, autojunk=False)
    kept = {i for block in matcher.get_matching_blocks() for i in range(block.a, block.a + block.size)}
    missing = [w for i, w in enumerate(seed_words) if i not in kept]
    # The seed's title line is the page title; the 2017 figures became a table with a rate column.
    allowed = ["Children's", "Services", "Executive", "Member", "Report", "to", "Council", "4th",
               "September", "2019", "PERFORMANCE", "figures", "are", "figures", "are", "figures",
               "are", "per", "10", "000", "per", "10", "000", "per", "10", "000"]
    allowed += [str(n) for n in range(1, 11)] if rel == REPORT_2019 else []  # list numbers, below
    for word in allowed:
        if word in missing:
            missing.remove(word)
    assert missing == []


def test_reports_are_not_in_the_nav_but_listed_on_home(built_site):
    home = page_tree(built_site, "index.html")
    nav_links = home.xpath("//nav[contains(@class,'md-nav--primary')]//a/@href")
    assert not [h for h in nav_links if "reports/20" in h]
    latest = home.xpath("//ul[contains(@class,'ca-report-list')]/li/a/@href")
    assert latest == ["reports/2019/2019-09-04-childrens-services/",
                      "reports/2017/2017-12-21-childrens-services/"]


def test_no_page_names_a_third_party_host(built_site):
    for page in built_site.rglob("*.html"):
        text = page.read_text("utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, page
        # links out are fine; nothing may be loaded from elsewhere
        assert not re.search(r"""(src|<link[^>]*href)=["']https?://(?!example\.org)""", text), page


def test_2019_paragraph_numbers_survive(built_site):
    """The seed numbers its paragraphs 1-10 across three lists; each keeps its number."""
    tree = page_tree(built_site, REPORT_2019)
    for n in range(1, 11):
        li = tree.xpath(f"//span[@id='item-{n}']/ancestor::li[1]")[0]
        ol = li.getparent()
        assert int(ol.get("start", "1")) + ol.index(li) == n
