"""The search contract (generator/search.py) and the Pagefind index of the built seed site."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import html as lxml_html

from generator.kinds import search as search_kind
from generator.search import search_data

REPORT_2019 = "reports/2019/2019-09-04-childrens-services/index.html"


def filters_of(block: str) -> list[tuple[str, str]]:
    tree = lxml_html.fromstring(block)
    return [(e.get("data-pagefind-filter"), e.text) for e in tree.xpath("//*[@data-pagefind-filter]")]


def test_search_data_carries_kind_filters_meta_and_sort():
    block = search_data("commitment", title="Create a <Youth> Parliament", date=dt.date(2019, 9, 4),
                        portfolio="Children's Services", member="Councillor Barrie Cooper",
                        statuses=["delayed", "planned", "delayed"])
    tree = lxml_html.fromstring(block)
    assert tree.get("hidden") is not None and tree.get("data-pagefind-ignore") is not None
    assert tree.get("data-ca-search-kind") == "commitment"
    assert filters_of(block) == [("kind", "commitment"), ("year", "2019"),
                                 ("portfolio", "Children's Services"),
                                 ("member", "Councillor Barrie Cooper"),
                                 ("status", "delayed"), ("status", "planned")]
    meta = {e.get("data-pagefind-meta"): e.text for e in tree.xpath("//*[@data-pagefind-meta]")}
    assert meta == {"title": "Create a <Youth> Parliament", "date": "2019-09-04",
                    "date_label": "4 September 2019"}
    assert "&lt;Youth&gt;" in block  # escaped, never markup
    assert tree.xpath("//*[@data-pagefind-sort='date']")[0].text == "2019-09-04"


def test_search_data_without_a_date_has_no_year_or_sort():
    block = search_data("metric", title="Children looked after")
    assert filters_of(block) == [("kind", "metric")]
    assert "data-pagefind-sort" not in block


def test_search_data_refuses_an_unknown_kind_or_status():
    with pytest.raises(ValueError) as kind:
        search_data("tracker", title="x")
    assert str(kind.value) == "search kind must be one of report, metric, commitment, got 'tracker'"
    with pytest.raises(ValueError) as status:
        search_data("commitment", title="x", statuses=["late"])
    assert str(status.value) == ("unknown commitment status 'late' "
                                 "(known: planned, in-progress, delivered, delayed, dropped)")


def test_a_failing_indexer_stops_the_build_with_its_message(tmp_path, monkeypatch):
    monkeypatch.setattr(search_kind, "pagefind_command",
                        lambda site: ["sh", "-c", "echo 'Error: no HTML files' >&2; exit 3"])
    with pytest.raises(search_kind.SearchIndexError) as failure:
        search_kind.run_pagefind(tmp_path)
    assert str(failure.value) == "search index: Pagefind failed (exit 3): Error: no HTML files"


def test_only_report_content_is_indexed(built_site: Path):
    report = lxml_html.fromstring((built_site / REPORT_2019).read_text("utf-8"))
    bodies = report.xpath("//*[@data-pagefind-body]")
    assert len(bodies) == 1
    assert bodies[0].getparent().tag == "article"  # the header, nav, sidebars and footer stay out
    assert bodies[0].xpath(".//h1")[0].text_content() == \
        "Children's Services - Executive Member Report to Council"
    assert filters_of(lxml_html.tostring(bodies[0], encoding="unicode")) == [
        ("kind", "report"), ("year", "2019"), ("portfolio", "Children's Services"),
        ("member", "Councillor Barrie Cooper"), ("status", "in-progress"), ("status", "planned")]
    for page in ("index.html", "about/index.html", "search/index.html", "404.html"):
        assert "data-pagefind-body" not in (built_site / page).read_text("utf-8"), page


def test_the_site_has_pagefind_and_no_lunr(built_site: Path):
    bundle = built_site / "pagefind"
    assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-entry.json").is_file()
    assert list((bundle / "fragment").iterdir())  # one fragment per indexed page
    assert len(list((bundle / "fragment").iterdir())) == 2
    assert not (built_site / "search" / "search_index.json").exists()  # no lunr index
    assert not list(bundle.glob("pagefind-*ui*")), "Pagefind's default UIs break the CSP"
    home = (built_site / "index.html").read_text("utf-8")
    assert 'data-md-component="search"' not in home  # Material's lunr search UI is gone
    assert 'href="search/" data-ca-search-open' in home
