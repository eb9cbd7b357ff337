"""The benchmark's measuring helpers: page kinds by URL shape, page weight, tree memory."""
from __future__ import annotations

import os
import sys

from tinysite import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
import measure  # noqa: E402


def test_pages_are_grouped_by_url_shape():
    assert measure.page_kind("index.html") == "home"
    assert measure.page_kind("404.html") == "404.html"
    assert measure.page_kind("about/index.html") == "about"
    assert measure.page_kind("reports/2019/2019-09-04-childrens-services/index.html") == "reports/*/*"
    assert measure.page_kind("metrics/children-looked-after/index.html") == "metrics/*"


def test_weight_is_html_plus_each_local_asset_once(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "a.css").write_bytes(b"x" * 100)
    (tmp_path / "assets" / "b.js").write_bytes(b"y" * 10)
    page = tmp_path / "p" / "index.html"
    page.parent.mkdir()
    html = ('<link rel="stylesheet" href="../assets/a.css"><script src="../assets/b.js"></script>'
            '<script src="../assets/b.js"></script><img src="https://elsewhere.example/x.png">')
    page.write_text(html)
    assert measure.page_weight(tmp_path, "p/index.html", {}) == len(html) + 110


def test_tree_memory_counts_this_process():
    assert measure.tree_rss(os.getpid()) > 1_000_000


def test_page_sizes_weighs_every_generated_page_from_the_core(tmp_path, monkeypatch):
    sys.path.insert(0, str(REPO_ROOT))
    from benchmarks import page_sizes
    from pagedsite import make_paged_site

    monkeypatch.chdir(tmp_path)  # its chart cache goes under the working directory
    root = make_paged_site(tmp_path / "site")
    sizes = page_sizes.page_sizes(root)
    kinds = page_sizes.by_kind(sizes)
    assert [s.url for s in kinds["metrics/*/*/*"]] == [
        "metrics/children-looked-after/readings/2010-2019/", "metrics/children-looked-after/readings/2000-2009/"]
    assert [s.body for s in sizes] == sorted((s.body for s in sizes), reverse=True)
    assert all(s.estimate == s.body + page_sizes.CHROME for s in sizes)
    assert page_sizes.over_limit(sizes) == []
    big = page_sizes.PageSize("metrics/x/", "metrics/*", measure.HTML_LIMIT - page_sizes.CHROME + 1)
    assert page_sizes.over_limit([big]) == [big]
    assert "Pages over the limit (estimated): 0" in page_sizes.report(sizes, top=3)
