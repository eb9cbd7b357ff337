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
