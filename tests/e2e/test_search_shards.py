"""Search over an index split into shards by date (generator/search/shards.py,
assets/search-shards.js), in headless Chromium: a sharded index gives the same
results as a single index for every filter and both orders, on the seed site and
on a synthetic archive of a few hundred reports split into several shards; the
search page pages newest first across a shard boundary, reads only the newest
shard for a first query in its default order (newest first), merges shards for
best match (?sort=relevance), and a shared link whose results are all in an old
shard finds them."""
from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path

import pytest
from conftest import open_page, serving
from tinysite import REPO_ROOT, run_build

from generator.pipeline import check_archive
from generator.search.groups import commitment_documents
from generator.search.index import index_built_site
from generator.search.shards import ShardSizes, words_of
from generator.site.search_data import EVERY_PAGE_WORD

pytestmark = pytest.mark.e2e

SYNTH_REPORTS = 240
# Small shards, so a few hundred reports make several: 40 documents, then 90 each.
SMALL_SHARDS = ShardSizes(newest=40, older=90)
ONE_SHARD = ShardSizes(newest=10**9, older=10**9)
SINGLE = "single/pagefind"  # the one-shard index of the same documents, beside the sharded one


def load_synth():
    spec = importlib.util.spec_from_file_location("synth", REPO_ROOT / "benchmarks" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = module
    spec.loader.exec_module(module)
    return module


def index_twice(project: Path, site: Path, sizes: ShardSizes) -> None:
    """Index the built site as shards (sizes) in pagefind/ and as one index in single/pagefind/."""
    build = check_archive(project, project / "content", project / "site_config")
    assert build.archive is not None, build.problems
    documents = commitment_documents(build.archive)
    index_built_site(site, documents, sizes=sizes)
    index_built_site(site, documents, sizes=ONE_SHARD, target=SINGLE)


@pytest.fixture(scope="module")
def synth_site(tmp_path_factory) -> Path:
    project = load_synth().synthesize(tmp_path_factory.mktemp("shards") / "archive", SYNTH_REPORTS)
    build = run_build(project)
    assert build.returncode == 0, build.stderr[-3000:]
    index_twice(project, project / "site", SMALL_SHARDS)
    return project / "site"


@pytest.fixture(scope="module")
def seed_shard_site(built_site: Path, repo_root: Path, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("seed-shards") / "site"
    shutil.copytree(built_site, site)
    index_twice(repo_root, site, ShardSizes(newest=1, older=1))  # one shard per date
    return site


def manifest(site: Path) -> dict:
    return json.loads((site / "pagefind" / "shards.json").read_text("utf-8"))


# In the browser: every result of a search, by the sharded and by the single index,
# through search-shards.js as search.js uses it; the URLs in the order given.
COMPARE_JS = """
async (queries) => {
  const Shards = window.CouncilArchiveSearchShards;
  const engines = [new Shards(new URL("/pagefind/", location.href), "/"),
                   new Shards(new URL("/single/pagefind/", location.href), "/")];
  await Promise.all(engines.map((e) => e.load()));
  const urls = [new Map(), new Map()];
  async function every(i, q) {
    const cursor = engines[i].cursor(q.term, q.filters, q.byDate);
    const found = [];
    do { found.push(...await cursor.take(100)); } while (cursor.mayHaveMore());
    const out = [];
    for (const r of found) {
      if (!urls[i].has(r.id)) urls[i].set(r.id, (await r.data()).url);
      out.push(urls[i].get(r.id));
    }
    return out;
  }
  const answers = [];
  for (const q of queries) answers.push([await every(0, q), await every(1, q)]);
  return answers;
}
"""


def queries(site: Path, terms: tuple[str, ...], per_filter: int, seed: int = 0) -> list[dict]:
    """Each term with no filter and with values of every filter, in both orders."""
    rng = random.Random(seed)
    totals = manifest(site)["totals"]
    filters = [{}] + [{name: value} for name, values in sorted(totals.items())
                      for value in rng.sample(sorted(values), min(per_filter, len(values)))]
    return [{"term": term, "filters": chosen, "byDate": by_date}
            for term in terms for chosen in filters for by_date in (True, False)]


def compare(browser, site: Path, asked: list[dict]) -> list[tuple[dict, list[str], list[str]]]:
    with serving(site) as url:
        page = open_page(browser)
        try:
            page.goto(url + "about/")
            answers = page.evaluate(COMPARE_JS, asked)
            assert page.console_errors == []
        finally:
            page.context.close()
    return [(q, sharded, single) for q, (sharded, single) in zip(asked, answers)]


def assert_same_results(answers) -> None:
    for q, sharded, single in answers:
        if q["byDate"]:
            assert sharded == single, q  # newest first: the same pages in the same order
        else:
            assert sorted(sharded) == sorted(single), q  # best match: the same pages
            assert len(sharded) == len(set(sharded)), q


def test_the_seed_site_split_by_date_gives_the_single_index_results(browser, seed_shard_site: Path):
    shards = manifest(seed_shard_site)["shards"]
    assert [(s["path"], s["newest"], s["oldest"]) for s in shards] == [
        ("", "2019-09-04", "2019-09-04"), ("shard-1/", "2019-08-18", "2019-08-18"),  # a figure's reading
        ("shard-2/", "2017-12-21", "2017-12-21")]
    answers = compare(browser, seed_shard_site, queries(
        seed_shard_site, (EVERY_PAGE_WORD, "youth", "youth parliament", "children", "foster"), per_filter=9))
    assert_same_results(answers)
    found = [q for q, sharded, _ in answers if sharded]
    assert len(found) > len(answers) // 3  # the property is about results, not empty lists


def test_a_synthetic_archive_in_several_shards_gives_the_single_index_results(browser, synth_site: Path):
    shards = manifest(synth_site)["shards"]
    assert len(shards) >= 3
    assert [s["path"] for s in shards] == [""] + [f"shard-{n}/" for n in range(1, len(shards))]
    spans = [(s["newest"], s["oldest"]) for s in shards]
    assert all(newer[1] > older[0] for newer, older in zip(spans, spans[1:]))  # disjoint, newest first
    overall = manifest(synth_site)["totals"]
    assert {k: sum(s["totals"]["kind"].get(k, 0) for s in shards) for k in overall["kind"]} == overall["kind"]
    words = whole_words(synth_site, CANDIDATE_WORDS)
    assert len(words) >= 4, words
    asked = queries(synth_site, (EVERY_PAGE_WORD, *words[:3], " ".join(words[:2])), per_filter=3)
    answers = compare(browser, synth_site, asked)
    assert_same_results(answers)
    crossing = [q for q, sharded, _ in answers if q["byDate"] and len(sharded) > 60]
    assert crossing, "some newest-first searches must run across several shards"


# Pagefind matches every searched word as a prefix too, but only in the index chunks
# that hold the word itself: "council" finds "councillor" only when both fall in one
# chunk, so such a word's results depend on where each index's chunk boundaries
# fall, in a single index as in shards. The property is stated for words that no
# longer indexed word extends.
CANDIDATE_WORDS = ("youth", "parliament", "fostering", "inspection", "thompson", "belmouth", "budget",
                   "wardley", "safeguarding", "library", "council")


def whole_words(site: Path, candidates: tuple[str, ...]) -> list[str]:
    """The candidates that no other word of the indexed text begins with."""
    from lxml import html as lxml_html

    vocabulary: set[str] = set()
    for path in site.rglob("*.html"):
        text = path.read_text("utf-8")
        if "data-pagefind-body" in text and "/pagefind/" not in path.as_posix():
            body = lxml_html.fromstring(text).xpath("//*[@data-pagefind-body]")[0]
            vocabulary |= words_of(lxml_html.tostring(body, encoding="unicode"))
    return [c for c in candidates if c in vocabulary and not any(w != c and w.startswith(c) for w in vocabulary)]


def result_urls(page) -> list[str]:
    return page.locator(".ca-search-results .ca-search-result a").evaluate_all(
        "links => links.map(a => new URL(a.href).pathname)")


def shard_requests(page) -> set[str]:
    return {u.split("/pagefind/", 1)[1].split("/", 1)[0] for u in page.requests
            if "/pagefind/shard-" in u}


def single_results(browser, site: Path, term: str, filters: dict, by_date: bool) -> list[str]:
    [(_, sharded, single)] = compare(browser, site, [{"term": term, "filters": filters, "byDate": by_date}])
    assert sharded == single or not by_date
    return single


def test_newest_first_pages_across_a_shard_boundary(browser, synth_site: Path):
    """Reports newest first (filters alone): the newest shard holds fewer than a page's
    ten, so the first page carries on into the next shard, and 'Show more' further."""
    newest_reports = manifest(synth_site)["shards"][0]["totals"]["kind"]["report"]
    assert 0 < newest_reports < 10
    expected = single_results(browser, synth_site, EVERY_PAGE_WORD, {"kind": "report"}, by_date=True)
    with serving(synth_site) as url:
        page = open_page(browser)
        try:
            page.goto(url + "search/?kind=report")
            status = page.get_by_role("status")
            status.filter(has_text="showing the first 10").wait_for()
            assert result_urls(page) == expected[:10]
            assert shard_requests(page) == {"shard-1"}  # the older shards are not fetched yet
            page.get_by_role("button", name="Show more results").click()
            status.filter(has_text="showing the first 20").wait_for()
            assert result_urls(page) == expected[:20]
            assert page.console_errors == []
        finally:
            page.context.close()


def shard_of(shards: list[dict], report_url: str) -> int:
    day = report_url.rstrip("/").rsplit("/", 1)[1][:10]  # reports/YYYY/YYYY-MM-DD-portfolio/
    return next(n for n, s in enumerate(shards) if s["oldest"] <= day <= s["newest"])


def test_best_match_merges_every_shard(browser, synth_site: Path):
    """Best match searches every shard at once: its first page mixes reports of several."""
    shards = manifest(synth_site)["shards"]
    expected = single_results(browser, synth_site, "youth", {"kind": "report"}, by_date=False)
    with serving(synth_site) as url:
        page = open_page(browser)
        try:
            page.goto(url + "search/?q=youth&kind=report&sort=relevance")
            status = page.get_by_role("status")
            status.filter(has_text="for \u201cyouth\u201d").wait_for()
            assert page.locator("#ca-search-page-sort").input_value() == "relevance"
            assert shard_requests(page) == {f"shard-{n}" for n in range(1, len(shards))}
            shown = result_urls(page)
            assert len(shown) == 10 and set(shown) <= set(expected)
            assert len({shard_of(shards, u) for u in shown}) >= 2
            assert page.console_errors == []
        finally:
            page.context.close()


def test_a_shared_link_lands_in_an_old_shard(browser, synth_site: Path):
    """?year= of the oldest shard, newest first: the newer shards cannot hold it (their
    totals say so), so only the oldest is searched, and it gives the single index's results."""
    shards = manifest(synth_site)["shards"]
    oldest = shards[-1]
    year = oldest["oldest"][:4]
    assert all(year not in s["totals"]["year"] for s in shards[:-1])
    expected = single_results(browser, synth_site, EVERY_PAGE_WORD, {"year": year}, by_date=True)
    with serving(synth_site) as url:
        page = open_page(browser)
        try:
            page.goto(url + f"search/?year={year}&sort=date")  # ?sort=date: a link from before newest first was the default
            page.get_by_role("status").filter(has_text="(filtered)").wait_for()
            assert result_urls(page)[:3] == expected[:3]
            assert shard_requests(page) == {f"shard-{len(shards) - 1}"}
            assert page.console_errors == []
        finally:
            page.context.close()


# In the browser: how many results the newest shard alone holds for each term.
NEWEST_SHARD_JS = """
async (terms) => {
  const shards = new window.CouncilArchiveSearchShards(new URL("/pagefind/", location.href), "/");
  await shards.load();
  const counts = [];
  for (const term of terms) counts.push((await shards.newestIn(0, term, {})).length);
  return counts;
}
"""


def filling_the_first_page(browser, site: Path, candidates: tuple[str, ...]) -> str:
    """A word the newest shard holds ten times or more (a first page's worth)."""
    with serving(site) as url:
        page = open_page(browser)
        try:
            page.goto(url + "about/")
            counts = page.evaluate(NEWEST_SHARD_JS, list(candidates))
        finally:
            page.context.close()
    return next(word for word, count in zip(candidates, counts) if count >= 10)


def pagefind_folders(page) -> set[str]:
    """The index folders a page fetched from: '' for the newest shard, 'shard-N' for older ones."""
    return {u.split("/pagefind/", 1)[1].split("/", 1)[0] if "/pagefind/shard-" in u else ""
            for u in page.requests if "/pagefind/" in u}


def chosen_order(page) -> str:
    return page.locator("#ca-search-page-sort").evaluate("s => s.options[s.selectedIndex].text")


def pages_only(urls: list[str]) -> list[str]:
    return [u for u in urls if not u.startswith("/commitments/")]


def rows_once_changed(page, before: list[str]) -> list[str]:
    """The results shown once they differ from before (polled: the CSP forbids
    wait_for_function's eval), or as they are after 15 s."""
    for _ in range(150):
        rows = result_urls(page)
        if rows and rows != before:
            break
        page.wait_for_timeout(100)
    return rows


def test_a_fresh_search_page_is_newest_first_and_reads_only_the_newest_shard(browser, synth_site: Path):
    """The default order is newest first: a first query fills its first page from the
    newest shard alone. Choosing best match merges every shard and puts ?sort=relevance
    in the address; that link, shared, opens in best match again."""
    shards = manifest(synth_site)["shards"]
    word = filling_the_first_page(browser, synth_site, CANDIDATE_WORDS)
    [(_, newest, _), (_, best, _)] = compare(browser, synth_site, [
        {"term": word, "filters": {}, "byDate": True}, {"term": word, "filters": {}, "byDate": False}])
    with serving(synth_site) as url:
        page = open_page(browser)
        try:
            page.goto(url + "search/")
            box = page.locator("#ca-search-page-input")
            box.fill(word)
            box.press("Enter")
            status = page.get_by_role("status").filter(has_text=f"for \u201c{word}\u201d")
            status.wait_for()
            assert chosen_order(page) == "Newest first"
            # Pages in the order newest first gives (a group of commitments shows as its
            # commitments, so those are left out of the comparison).
            rows = result_urls(page)
            shown = pages_only(rows)
            assert shown and shown == pages_only(newest)[:len(shown)]
            assert pagefind_folders(page) == {""}  # the newest shard's files only
            assert page.url == url + f"search/?q={word}"
            page.locator("#ca-search-page-sort").select_option(label="Best match first")
            page.wait_for_url(url + f"search/?q={word}&sort=relevance")
            best_rows = rows_once_changed(page, rows)
            assert best_rows != rows and set(pages_only(best_rows)) <= set(best)
            assert pagefind_folders(page) == {""} | {f"shard-{n}" for n in range(1, len(shards))}
            assert page.console_errors == []
        finally:
            page.context.close()
        page = open_page(browser)
        try:
            page.goto(url + f"search/?q={word}&sort=relevance")  # the link, shared
            page.get_by_role("status").filter(has_text=f"for \u201c{word}\u201d").wait_for()
            assert page.locator("#ca-search-page-sort").input_value() == "relevance"
            assert chosen_order(page) == "Best match first"
            assert pagefind_folders(page) == {""} | {f"shard-{n}" for n in range(1, len(shards))}
            assert rows_once_changed(page, []) == best_rows
            assert page.console_errors == []
        finally:
            page.context.close()
