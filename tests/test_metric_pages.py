"""The real site built with --strict: metric pages, their downloads, the metrics
index and the home page's latest figures agree with the reports."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from lxml import html as lxml_html

from generator.pipeline import check_archive
from tinysite import REPO_ROOT

METRIC = "metrics/children-looked-after/"
# (as_of, value, rate as shown, report page) for every reading of the seed metrics
READINGS = {
    "children-looked-after": [("2017-12-21", "438", "136.1", "reports/2017/2017-12-21-childrens-services/"),
                              ("2019-08-18", "552", "171.5", "reports/2019/2019-09-04-childrens-services/")],
    "children-in-need": [("2017-12-21", "1,385", "430.4", "reports/2017/2017-12-21-childrens-services/"),
                         ("2019-08-18", "1,846", "573.6", "reports/2019/2019-09-04-childrens-services/")],
    "care-leavers": [("2019-08-18", "154", None, "reports/2019/2019-09-04-childrens-services/")],
}


def tree(site, rel):
    return lxml_html.fromstring((site / rel).read_text("utf-8"))


def text(element) -> str:
    return " ".join(element.text_content().split())


def test_every_metric_in_the_reports_has_a_page(built_site):
    archive = check_archive(REPO_ROOT, REPO_ROOT / "content", REPO_ROOT / "site_config").archive
    pages = sorted(p.parent.name for p in (built_site / "metrics").glob("*/index.html"))
    assert pages == sorted(archive.readings)


@pytest.mark.parametrize("metric", sorted(READINGS))
def test_table_has_every_reading_linked_to_its_report(built_site, metric):
    page = tree(built_site, f"metrics/{metric}/index.html")
    table = page.xpath("//table[contains(@class,'ca-series')]")[0]
    assert text(table.xpath("caption")[0]).endswith("every reading in the archive, oldest first")
    rows = table.xpath("tbody/tr")
    assert [r.xpath("th/time/@datetime")[0] for r in rows] == [r[0] for r in READINGS[metric]]
    assert [text(r.xpath("td")[0]) for r in rows] == [r[1] for r in READINGS[metric]]
    assert [r.xpath("td//a/@href")[0] for r in rows] == [
        f"../../{r[3]}#figures" for r in READINGS[metric]]
    if READINGS[metric][0][2]:
        assert [text(r.xpath("td[2]/span[@class='ca-num']")[0]) for r in rows] == [r[2] for r in READINGS[metric]]


@pytest.mark.parametrize("metric", sorted(READINGS))
def test_static_svg_has_every_reading_as_a_linked_point(built_site, metric):
    page = tree(built_site, f"metrics/{metric}/index.html")
    figure = page.xpath("//figure[@id='chart-values']")[0]
    assert figure.xpath("figcaption") and figure.get("data-ca-chart") == "values.vl.json"
    points = figure.xpath(".//div[@class='ca-chart-wide']//*[local-name()='a']")
    labels = [p.xpath("*/@aria-label")[0] for p in points]
    assert len(points) == len(READINGS[metric])
    narrow = figure.xpath(".//div[@class='ca-chart-narrow']//*[local-name()='a']")  # a phone's drawing
    assert [(p.get("xlink:href"), p.xpath("*/@aria-label")) for p in narrow] == [
        (p.get("xlink:href"), p.xpath("*/@aria-label")) for p in points]
    for label, (_, value, _, _) in zip(labels, READINGS[metric]):
        assert label.startswith(f"{value} ")
    hrefs = [p.get("xlink:href") for p in points]  # the HTML parser keeps the prefix
    assert hrefs == [f"../../{r[3]}#figures" for r in READINGS[metric]]


def test_rate_chart_tells_printed_from_calculated_and_marks_the_base(built_site):
    page = tree(built_site, METRIC + "index.html")
    figure = page.xpath("//figure[@id='chart-rates']")[0]
    labels = figure.xpath(".//div[@class='ca-chart-wide']//*[local-name()='a']/*/@aria-label")
    assert labels[0].startswith("136.1 per 10,000 as of 21 December 2017, as printed")
    assert labels[1].startswith("171.5 per 10,000 as of 18 August 2019, calculated from the mid-2016 estimate")
    svg_text = text(figure.xpath(".//div[@class='ca-chart-wide']")[0])
    assert "Population base" not in svg_text  # no label on the line itself: the key names it
    assert ("Printed in the reportCalculated from the population estimate"
            "The mid-2016 estimate takes effectKey") in svg_text  # one key, its title drawn last
    assert "Calculated from the population estimate" in svg_text and "Printed in the report" in svg_text
    assert "a dashed line marks the mid-2016 estimate (32,180)" in text(figure.xpath("figcaption")[0])


def test_metric_page_summary_definition_and_commitments(built_site):
    page = tree(built_site, METRIC + "index.html")
    assert text(page.xpath("//p[@class='ca-metric-summary']")[0]) == (
        "Children looked after: 552 children as of 18 August 2019, up 114 children since the previous "
        "reading (438 as of 21 December 2017), the first in the archive.")
    facts = {text(d.xpath("dt")[0]): text(d.xpath("dd")[0])
             for d in page.xpath("//dl[contains(@class,'ca-metric-facts')]/div")}
    assert facts["Definition"].startswith("The number of children in the council's care")
    assert facts["Unit"] == "children"
    assert facts["Rate base"].startswith("Per 10,000 children in Middlesbrough.")
    assert "the mid-2016 estimate of 32,180 (reference date 30 June 2016)" in facts["Sources"]
    commitments = page.xpath("//ul[@class='ca-commitments']/li")
    assert len(commitments) == 13  # 6 in 2017 and 9 in 2019, two of them the same
    tracker = {li.xpath(".//a/@href")[0] for li in commitments}  # the promise links its tracker page
    assert "../../commitments/no-wrong-door/" in tracker
    for href in tracker:
        assert (built_site / href.removeprefix("../../") / "index.html").is_file(), href
    links = {li.xpath(".//a/@href")[1] for li in commitments}
    assert "../../reports/2019/2019-09-04-childrens-services/#commitment-no-wrong-door" in links
    for href in links:  # every report link lands on an element of the report page
        path, anchor = href.removeprefix("../../").split("#")
        assert tree(built_site, path + "index.html").xpath(f"//*[@id='{anchor}']"), href


def test_scripts_are_served_by_the_site_and_only_on_metric_pages(built_site):
    """Each chart is drawn once, at build time: the page sends a few KB of script for the
    keyboard and tooltips, and no chart library."""
    page = tree(built_site, METRIC + "index.html")
    scripts = page.xpath("//article//script/@src")
    assert scripts == ["../../assets/council-archive/charts/metric-chart.js"]
    script = (built_site / "metrics/children-looked-after" / scripts[0]).resolve()
    assert script.stat().st_size < 6 * 1024
    assert not page.xpath("//script[not(@src) and not(@type='application/json')][contains(., 'vega')]")
    home = (built_site / "index.html").read_text("utf-8")
    assert "vega" not in home


def test_no_page_references_a_vega_script(built_site):
    vega = [p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
            if re.search(r"<script[^>]*\bsrc=\"[^\"]*vega", p.read_text("utf-8"))]
    assert vega == []
    assert not list(built_site.rglob("vega*.js"))


@pytest.mark.parametrize("metric", sorted(READINGS))
def test_downloads_parse_and_match_the_page(built_site, metric):
    folder = built_site / "metrics" / metric
    rows = list(csv.DictReader(io.StringIO((folder / f"{metric}.csv").read_text("utf-8"))))
    document = json.loads((folder / f"{metric}.json").read_text("utf-8"))
    assert [(r["as_of"], f"{int(r['value']):,}", r["rate"] or None, r["report_url"]) for r in rows] == \
        READINGS[metric]
    assert [r["as_of"] for r in document["readings"]] == [r["as_of"] for r in rows]
    assert [r["value"] for r in document["readings"]] == [int(r["value"]) for r in rows]
    for r in rows:
        assert (built_site / r["report_url"] / "index.html").is_file()
    golden = REPO_ROOT / "tests" / "golden" / "charts" / f"{metric}.values.vl.json"
    assert (folder / "values.vl.json").read_text("utf-8") == golden.read_text("utf-8")


def test_metrics_index_groups_latest_values_by_portfolio(built_site):
    page = tree(built_site, "metrics/index.html")
    assert page.xpath("//h2[@id='childrens-services']/text()") == ["Children's Services"]
    rows = {text(r.xpath("th")[0]): [text(td) for td in r.xpath("td")]
            for r in page.xpath("//table[contains(@class,'ca-metrics-index')]/tbody/tr")}
    assert rows["Children looked after"][:3] == ["552 children", "18 August 2019", "+114"]
    assert rows["Care leavers receiving leaving care services"][2] == "first reading"
    assert page.xpath("//table//svg[@class='ca-sparkline']/@aria-label")[2] == \
        "Children looked after: 2 readings, from 438 to 552"
    assert "Figures" in text(page.xpath("//nav")[0])


def test_home_page_has_a_compact_row_per_figure_grouped_by_portfolio(built_site):
    page = tree(built_site, "index.html")
    panel = page.xpath("//div[@class='ca-latest-figures']")[0]
    assert [text(th) for th in panel.xpath(".//tbody/tr[@class='ca-group-row']/th")] == ["Children's Services"]
    rows = {text(tr.xpath("th")[0]): [text(td) for td in tr.xpath("td")]
            for tr in panel.xpath(".//tbody/tr[not(@class)]")}
    assert rows["Children looked after"][:2] == ["552 children", "+114"]
    assert rows["Children looked after"][3] == "18 Aug 2019"
    assert rows["Care leavers receiving leaving care services"][1] == "first reading"
    sparklines = panel.xpath(".//tbody//svg[@class='ca-sparkline']/@aria-label")
    assert "Children looked after: 2 readings, from 438 to 552" in sparklines and len(sparklines) == len(rows)
    assert panel.xpath(".//a/@href")[-1] == "metrics/"


def test_home_page_has_a_search_box_that_works_without_javascript(built_site):
    form = tree(built_site, "index.html").xpath("//form[@class='ca-home-search']")[0]
    assert (form.get("action"), form.get("method"), form.get("role")) == ("search/", "get", "search")
    assert form.xpath(".//input/@name") == ["q"]
    assert text(form.xpath(".//label")[0]) == "Search every report, figure and commitment"


def test_home_page_lists_the_newest_commitments_overdue_or_silent_and_links_to_all(built_site):
    panel = tree(built_site, "index.html").xpath("//div[@class='ca-attention']")[0]
    assert text(panel.xpath("p")[0]) == "3 overdue and 4 silent, judged as at the report of 4 September 2019:"
    listed = panel.xpath(".//li/p[@class='ca-commitment-text']/a/@href")
    # the seed's flagged commitments, the 2019 report's first (newest first), all of them: fewer than the cap
    assert listed == ["commitments/no-wrong-door/", "commitments/firstline-training/",
                      "commitments/social-worker-recruitment-retention/", "commitments/resource-team-redesign/",
                      "commitments/achieving-outstanding-plan/"]
    assert panel.xpath("p[last()]/a/@href") == ["commitments/"]


def test_home_page_lists_are_bounded(tmp_path, monkeypatch):
    """However many commitments are flagged and figures stated, the home page shows at most
    ATTENTION_SHOWN and FIGURES_ON_HOME a portfolio, with a link to the rest."""
    from generator.site.kinds import home, metrics
    monkeypatch.setattr(home, "ATTENTION_SHOWN", 2)
    monkeypatch.setattr(metrics, "FIGURES_ON_HOME", 1)
    archive = check_archive(REPO_ROOT, REPO_ROOT / "content", REPO_ROOT / "site_config").archive
    attention = lxml_html.fromstring(home.commitments_attention(archive, ""))
    assert len(attention.xpath("//li")) == 2
    assert text(attention.xpath("//p")[0]).endswith("; the 2 most recently reported:")
    assert text(attention.xpath("//p")[-1]) == "Every commitment, by portfolio and member, all 5 overdue or silent among them"
    figures = lxml_html.fromstring(metrics.latest_figures(archive, ""))
    assert len(figures.xpath("//tbody/tr[not(@class)]")) == 1
    assert figures.xpath("//tr[@class='ca-group-row']//a/@href") == ["metrics/#childrens-services"]


def test_officers_words_are_escaped_in_page_svg_and_spec(tmp_path):
    from tinysite import GOOD_REPORT, make_site, run_build
    title = 'title: "Children <script>alert(1)</script> & \\"friends\\""'
    root = make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": GOOD_REPORT.replace(
        "title: Children's Services - Executive Member Report to Council", title)})
    build = run_build(root)
    assert build.returncode == 0, build.stderr
    html = (root / "site" / METRIC / "index.html").read_text("utf-8")
    assert "<script>alert" not in html
    assert html.count("Children &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;") >= 2
    page = lxml_html.fromstring(html)
    labels = page.xpath("//figure[@id='chart-values']//*[local-name()='a']/*/@aria-label")
    assert labels == ['552 children as of 18 August 2019 (report of 4 September 2019): '
                      'Children <script>alert(1)</script> & "friends"'] * 2  # the wide and the narrow drawing
    spec = json.loads((root / "site" / METRIC / "values.vl.json").read_text("utf-8"))
    assert spec["layer"][1]["data"]["values"][0]["label"].endswith('Children <script>alert(1)</script> & "friends"')
