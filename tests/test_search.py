"""The search contract (generator/site/search_data.py) and the Pagefind index of the built seed site."""
from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from lxml import html as lxml_html
from tinysite import make_site, run_build

from generator.search import index as search_index, pagefind_stable
from generator.site.search_data import EVERY_PAGE_WORD, STATUSES, search_data
from generator.search.groups import commitment_documents
from generator.model.tracker import tracker_for

REPORT_2019 = "reports/2019/2019-09-04-childrens-services/index.html"


def filters_of(block: str) -> list[tuple[str, str]]:
    tree = lxml_html.fromstring(block)
    return [(e.get("data-pagefind-filter"), e.text) for e in tree.xpath("//*[@data-pagefind-filter]")]


def test_search_data_carries_kind_filters_meta_and_sort():
    block = search_data(None, "commitment", title="Create a <Youth> Parliament", date=dt.date(2019, 9, 4),
                        portfolio="Children's Services", member="Councillor Barrie Cooper",
                        statuses=["delayed", "planned", "delayed"])
    tree = lxml_html.fragment_fromstring(block, create_parent="div").xpath("div")[0]
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
    every = tree.getnext()  # outside the ignored block, so it is in the page's indexed text
    assert (every.get("hidden"), every.text) == ("", EVERY_PAGE_WORD)


def test_search_data_without_a_date_has_no_year_or_sort():
    block = search_data(None, "metric", title="Children looked after")
    assert filters_of(block) == [("kind", "metric")]
    assert "data-pagefind-sort" not in block


def test_search_data_refuses_an_unknown_kind_or_status():
    with pytest.raises(ValueError) as kind:
        search_data(None, "tracker", title="x")
    assert str(kind.value) == "search kind must be one of report, metric, commitment, got 'tracker'"
    with pytest.raises(ValueError) as status:
        search_data(None, "commitment", title="x", statuses=["late"])
    assert str(status.value) == ("unknown commitment status 'late' "
                                 "(known: planned, in-progress, delivered, delayed, dropped)")


def test_a_failing_indexer_stops_the_build_with_its_message(tmp_path, monkeypatch):
    monkeypatch.setattr(search_index, "pagefind_command",
                        lambda pages, bundle: ["sh", "-c", "echo 'Error: no HTML files' >&2; exit 3"])
    index = search_index.BackgroundIndex("en")
    index.add("reports/x/index.html", "X", search_data(None, "report", title="X"))
    index.start()
    with pytest.raises(search_index.SearchIndexError) as failure:
        index.finish(tmp_path)
    assert str(failure.value) == "search index: Pagefind failed (exit 3): Error: no HTML files"
    assert not index.work.exists() and not (tmp_path / "pagefind").exists()


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


def indexed_pages(site: Path) -> dict[str, lxml_html.HtmlElement]:
    """'url/' -> the searchable body of every page Pagefind indexes."""
    pages = {}
    for path in sorted(site.rglob("*.html")):
        text = path.read_text("utf-8")
        if "data-pagefind-body" in text:
            url = path.parent.relative_to(site).as_posix() + "/"
            pages[url] = lxml_html.fromstring(text).xpath("//*[@data-pagefind-body]")[0]
    return pages


def kind_of(body: lxml_html.HtmlElement) -> str:
    return body.xpath("string(.//*[@data-ca-search-kind]/@data-ca-search-kind)")


# Where each kind of searchable page lives; every other page stays out of the index.
KIND_URLS = {"report": r"reports/\d{4}/[^/]+/", "metric": r"metrics/[a-z0-9-]+/"}


def test_reports_and_figures_are_indexed_as_pages_and_nothing_else(built_site: Path, seed_archive):
    pages = indexed_pages(built_site)
    kinds = {url: kind_of(body) for url, body in pages.items()}
    assert Counter(kinds.values()) == {"report": 2, "metric": 4}  # the seed content
    assert [url for url, kind in kinds.items() if not re.fullmatch(KIND_URLS[kind], url)] == []
    assert "metrics/children-looked-after/" in kinds
    assert "data-pagefind-body" not in (built_site / "commitments/youth-parliament/index.html").read_text("utf-8")
    groups = commitment_documents(seed_archive)
    bundle = built_site / "pagefind"
    stored = fragments(built_site)
    assert sorted(stored) == sorted(["/" + url for url in pages] +
                                    ["/" + g.dest_uri.removesuffix("index.html") for g in groups])
    entry = json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
    assert entry["languages"]["en"]["page_count"] == len(pages) + len(groups) == 11


def test_commitments_are_indexed_in_groups_that_share_every_filter(built_site: Path, seed_archive):
    """Each commitment is a heading (its id the commitment's) in exactly one group, and
    every commitment of a group has the group's portfolio, member, year and status."""
    tracker = tracker_for(seed_archive)
    stored = {url: record for url, record in fragments(built_site).items()
              if record["filters"]["kind"] == ["commitment"]}
    headed = [(url, a["id"]) for url, record in stored.items() for a in record["anchors"] if a["element"] == "h2"]
    assert sorted(c for _, c in headed) == sorted(c.id for c in tracker.commitments)  # each once
    for url, commitment_id in headed:
        c, filters = tracker.by_id[commitment_id], stored[url]["filters"]
        assert filters == {"kind": ["commitment"], "portfolio": ["Children's Services"],
                           "member": [seed_archive.config.members[c.member].name],
                           "year": [str(c.last.report.date.year)], "status": [c.status.value]}, commitment_id
    group = next(r for r in stored.values() if any(a["id"] == "youth-parliament" for a in r["anchors"]))
    shown = json.loads(group["meta"]["commitments"])
    assert shown["youth-parliament"] == [
        "Create a Youth Parliament to give young people a greater say in the\u2026", "4 September 2019"]
    assert list(shown) == [a["id"] for a in group["anchors"] if a["element"] == "h2"]  # in the text's order
    assert group["meta"]["title"] == "Commitments of Children's Services last stated in 2019"
    assert len(shown) == 6 and "A timetable has been produced for the election" in group["content"]


def test_filter_totals_count_each_commitment_of_a_group(built_site: Path, seed_archive):
    totals = json.loads((built_site / "pagefind" / search_index.FILTER_TOTALS).read_text("utf-8"))
    commitments = tracker_for(seed_archive).commitments
    assert totals["kind"] == {"commitment": len(commitments), "metric": 4, "report": 2} == \
        {"commitment": 13, "metric": 4, "report": 2}
    # reports count every status they state; commitments their current one
    assert totals["status"] == {"in-progress": 13, "planned": 4}
    assert totals["year"] == {"2017": 5, "2019": 14}
    assert list(totals) == sorted(totals) and all(list(v) == sorted(v) for v in totals.values())


def test_each_indexed_page_states_its_filters_once_by_their_keys(built_site: Path):
    """A second status filter (e.g. the label 'Delayed' beside the key 'delayed') would
    add a filter value and print the status twice in the result."""
    for url, body in indexed_pages(built_site).items():
        filters = [(e.get("data-pagefind-filter"), e.text_content())
                   for e in body.xpath(".//*[@data-pagefind-filter]")]
        assert len(filters) == len(set(filters)), url
        assert [name for name, _ in filters].count("kind") == 1, url
        statuses = [value for name, value in filters if name == "status"]
        assert set(statuses) <= set(STATUSES), (url, statuses)
    pages = indexed_pages(built_site)
    assert filters_of(lxml_html.tostring(pages["metrics/children-looked-after/"], encoding="unicode")) == [
        ("kind", "metric"), ("year", "2019"), ("portfolio", "Children's Services")]


def test_facts_keep_a_space_between_term_and_value(built_site: Path):
    """Pagefind's text joins <dt>Date</dt><dd>4 September</dd> into 'Date4 September'."""
    for url, body in indexed_pages(built_site).items():
        joined = [dt.text_content() for dt in body.xpath(".//dt") if not (dt.tail or "").isspace()]
        assert joined == [], url


def test_the_site_has_pagefind_and_no_lunr(built_site: Path):
    bundle = built_site / "pagefind"
    assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-entry.json").is_file()
    assert list((bundle / "fragment").iterdir())  # one fragment per indexed page
    assert not (built_site / "search" / "search_index.json").exists()  # no lunr index
    assert not list(bundle.glob("pagefind-*ui*")), "Pagefind's default UIs break the CSP"
    home = (built_site / "index.html").read_text("utf-8")
    assert 'data-md-component="search"' not in home  # Material's lunr search UI is gone
    assert 'href="search/" data-ca-search-open' in home


def bundle_bytes(site: Path) -> dict[str, bytes]:
    bundle = site / "pagefind"
    return {p.relative_to(bundle).as_posix(): p.read_bytes()
            for p in sorted(bundle.rglob("*")) if p.is_file()}


def test_the_same_site_gives_the_same_search_bundle(built_site: Path, tmp_path: Path, seed_archive):
    """Pagefind alone writes its filters in a different order each run (upstream #638)."""
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    runs = []
    for _ in range(4):
        shutil.rmtree(site / "pagefind")
        search_index.index_built_site(site, commitment_documents(seed_archive))
        runs.append(bundle_bytes(site))
    assert all(run == runs[0] for run in runs[1:])
    assert runs[0] == bundle_bytes(built_site)
    assert sum(name.startswith("filter/") for name in runs[0]) == 5  # kind, year, portfolio, ...


def test_stable_rewrite_reads_only_what_it_can_write_back(tmp_path: Path):
    value = ["1.5.2", [["en_16b0f0a", 1195], ["en_cbe9da5", 70_000]], b"\x00\x01", [], "\u201d"]
    assert pagefind_stable.decode(pagefind_stable.encode(value)) == (value, len(pagefind_stable.encode(value)))
    odd = tmp_path / "odd.pf_meta"
    odd.write_bytes(gzip.compress(b"not pagefind"))
    with pytest.raises(pagefind_stable.UnexpectedFormat) as failure:
        pagefind_stable.read(odd)
    assert str(failure.value) == "odd.pf_meta: not a Pagefind index file"


def test_an_archive_with_nothing_to_search_builds_without_an_index(tmp_path: Path):
    root = make_site(tmp_path, reports={})
    build = run_build(root)
    assert build.returncode == 0, build.stderr
    assert (root / "site" / "search" / "index.html").is_file()
    assert not (root / "site" / "pagefind").exists()


def fragments(site: Path) -> dict[str, dict]:
    """url -> what Pagefind stored of the page (gzip, then its 'pagefind_dcd' JSON)."""
    out = {}
    for path in (site / "pagefind" / "fragment").iterdir():
        record = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        out[record["url"]] = record
    return out


def test_the_index_holds_each_page_body_and_nothing_of_the_theme(built_site: Path):
    stored = fragments(built_site)
    report = stored["/reports/2019/2019-09-04-childrens-services/"]
    assert report["meta"]["title"] == "Children's Services - Executive Member Report to Council"
    assert report["content"].startswith("Children's Services - Executive Member Report to Council. "
                                         f"{EVERY_PAGE_WORD} Date 4 September 2019. Meeting Council.")
    theme_words = ("Skip to content", "Open data", "Switch to dark mode", "Back to top")
    assert [w for record in stored.values() for w in theme_words if w in record["content"]] == []


def test_a_search_document_is_the_body_the_theme_marks():
    assert search_index.search_document("A &amp; B", "<p>Text</p>", "en") == (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A &amp; B</title></head>'
        '<body><div data-pagefind-body><h1>A &amp; B</h1><p>Text</p></div></body></html>')
    # the theme adds no <h1> to content that has one (partials/content.html)
    assert "<h1>A" not in search_index.search_document("A", '<h1 id="x">Own</h1>', "en")


def search_work_dirs() -> set[str]:
    base = Path(search_index.memory_temp_dir() or tempfile.gettempdir())
    return {p.name for p in base.glob("council-archive-search-*")}


def test_a_build_that_fails_after_indexing_started_leaves_no_index_and_no_files(tmp_path: Path):
    root = make_site(tmp_path, pages={"broken.md": "---\ntemplate: no-such-template.html\n---\n# Broken\n"})
    before = search_work_dirs()
    build = run_build(root)
    assert build.returncode != 0
    assert "no-such-template.html" in build.stderr
    assert not (root / "site" / "pagefind").exists()
    assert search_work_dirs() - before == set()
    assert not list(root.glob(".site-search-*"))  # nor the bundles' folder beside the site


def test_shards_hold_whole_dates_newest_first_and_undated_documents_in_the_newest():
    from generator.search.shards import ShardSizes, plan_shards

    dates = ["2020-01-01", "2021-05-05", None, "2021-05-05", "2019-03-03", "2021-05-05", "2018-01-01"]
    documents = [(f"d{i}/index.html",) for i in range(len(dates))]
    shards = plan_shards(documents, dates, ShardSizes(newest=2, older=2))
    assert [[d[0] for d in s.documents] for s in shards] == [
        ["d1/index.html", "d2/index.html", "d3/index.html", "d5/index.html"],  # 2021-05-05 stays whole
        ["d0/index.html", "d4/index.html"], ["d6/index.html"]]
    assert [(s.folder, s.dates[0], s.dates[-1]) for s in shards] == [
        ("", "2021-05-05", "2021-05-05"), ("shard-1", "2020-01-01", "2019-03-03"),
        ("shard-2", "2018-01-01", "2018-01-01")]
    with pytest.raises(ValueError) as bad:
        ShardSizes(newest=0)
    assert str(bad.value) == "shard sizes must be at least 1, got 0 and 4000"


def test_a_shards_vocabulary_is_the_indexed_text_not_the_hidden_search_data():
    from generator.search.shards import words_of

    content = (str(search_data(None, "report", title="Hidden Title", date=dt.date(2019, 9, 4), portfolio="Adults"))
               + "<p>Youth <b>Parliament</b>, the \u201cschools\u201d &amp; git-absorb.</p>")
    assert words_of(content) == {"caeverypage", "youth", "parliament", "the", "schools", "&", "git-absorb"}


def test_a_sharded_index_has_a_manifest_with_each_shards_span_and_totals(built_site: Path, tmp_path: Path,
                                                                        seed_archive):
    from generator.search.shards import ShardSizes

    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    search_index.index_built_site(site, commitment_documents(seed_archive), sizes=ShardSizes(newest=1, older=1))
    manifest = json.loads((site / "pagefind" / "shards.json").read_text("utf-8"))
    overall = json.loads((built_site / "pagefind" / search_index.FILTER_TOTALS).read_text("utf-8"))
    assert manifest["totals"] == overall  # the same totals, however the index is split
    assert [(s["path"], s["documents"], s["totals"]["kind"]) for s in manifest["shards"]] == [
        ("", 4, {"commitment": 9, "report": 1}),  # the 2019 report and its commitment groups
        ("shard-1/", 4, {"metric": 4}),  # the figures, last read on 18 August 2019
        ("shard-2/", 3, {"commitment": 4, "report": 1})]
    assert not (site / "pagefind" / "shard-1" / "pagefind.js").exists()  # merged into the newest's library
    assert (site / "pagefind" / "shard-1" / "pagefind-entry.json").is_file()
    one = json.loads((built_site / "pagefind" / "shards.json").read_text("utf-8"))
    assert [s["path"] for s in one["shards"]] == [""]  # the seed site: one shard, pagefind/ as before


def test_documents_written_by_a_forked_copy_give_the_same_bundle(built_site: Path, tmp_path: Path,
                                                                 seed_archive):
    """A large archive's build writes the search documents in a forked copy (meanwhile.py)."""
    from generator.search.shards import ShardSizes

    bundles = []
    for fork in (False, True):
        site = tmp_path / f"site-{fork}"
        shutil.copytree(built_site, site)
        shutil.rmtree(site / "pagefind")
        search_index.index_built_site(site, commitment_documents(seed_archive),
                                      sizes=ShardSizes(newest=1, older=1), fork=fork)
        bundles.append(bundle_bytes(site))
    assert bundles[0] == bundles[1] and "shard-2/pagefind-entry.json" in bundles[0]


def test_a_cancelled_forked_writer_leaves_nothing(tmp_path: Path):
    index = search_index.BackgroundIndex("en", fork=True)
    for n in range(3000):
        index.add(f"d{n}/index.html", f"D{n}", str(search_data(None, "report", title=f"D{n}")) + f"<p>w{n} " * 50)
    index.start()
    index.cancel()
    assert not index.work.exists()
    assert index.writer is not None and not index.runner.is_alive()


def index_chunks(tmp_path: Path, name: str, monkeypatch, chunk_size: str | None) -> int:
    """How many word-index chunks Pagefind writes for 150 documents of 200 words each."""
    if chunk_size is None:
        monkeypatch.delenv(search_index.CHUNK_SIZE_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(search_index.CHUNK_SIZE_VARIABLE, chunk_size)
    index = search_index.BackgroundIndex("en")
    for n in range(150):
        words = " ".join(f"word{(n * 7 + i) % 900}" for i in range(200))
        index.add(f"d{n}/index.html", f"D{n}", str(search_data(None, "report", title=f"D{n}")) + f"<p>{words}</p>")
    index.start()
    index.finish(tmp_path / name)
    meta = next((tmp_path / name / "pagefind").glob("pagefind.*.pf_meta"))
    return len(pagefind_stable.read(meta)[2])


def test_pagefind_honours_the_index_chunk_size_we_set(tmp_path: Path, monkeypatch):
    """search/index.py sets PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (2,500 rather than 20,000
    word entries a chunk): should a Pagefind ignore it, this fails."""
    ours = index_chunks(tmp_path, "ours", monkeypatch, None)
    default = index_chunks(tmp_path, "default", monkeypatch, "20000")
    assert search_index.INDEX_CHUNK_SIZE == 2_500
    assert default >= 1 and ours >= 3 * default, (ours, default)
