"""Quality gates over the whole built site (the real content/, built --strict):
valid HTML, links and assets that resolve, nothing loaded from elsewhere, the
Content-Security-Policy on every page and nothing in a page it would block,
byte-identical rebuilds, and a page for every report."""
from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from lxml import html as lxml_html

from conftest import SOURCE_DATE_EPOCH
from generator.site.kinds.security import HEADER_CSP, META_CSP
from generator.content.load import report_files
from page_kinds import PAGE_KINDS

SITE_URL = "http://site.invalid/"  # pages are resolved as if served here
# <script> types a browser does not execute (Material's __config is JSON)
INERT_SCRIPT_TYPES = {"application/json", "application/ld+json", "text/template", "text/x-template"}
# (tag, attribute) pairs that make the browser fetch something for the page
ASSET_ATTRS = [("script", "src"), ("img", "src"), ("source", "src"), ("iframe", "src"), ("audio", "src"),
               ("video", "src"), ("track", "src"), ("embed", "src"), ("object", "data")]
ASSET_LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def kind_file(path: str) -> str:
    """A PAGE_KINDS URL path -> the file in site/ ('' -> 'index.html')."""
    return path + "index.html" if path == "" or path.endswith("/") else path


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, "lxml_html.HtmlElement"]:
    """Every HTML file of the site, parsed once: 'about/index.html' -> tree."""
    return {p.relative_to(built_site).as_posix(): lxml_html.fromstring(p.read_bytes())
            for p in sorted(built_site.rglob("*.html"))}


# --- valid HTML ----------------------------------------------------------------------


def test_every_page_kind_is_valid_html(built_site, vnu_jar):
    """The Nu Html Checker, run once over one sample page of every kind."""
    files = {kind: built_site / kind_file(path) for kind, path in PAGE_KINDS.items()}
    missing = [f"{kind}: {f}" for kind, f in files.items() if not f.is_file()]
    assert not missing, f"tests/page_kinds.py names pages the build did not write: {missing}"
    proc = subprocess.run(["java", "-jar", str(vnu_jar), "--errors-only", "--format", "json",
                           *map(str, files.values())], capture_output=True, text=True, timeout=300)
    messages = json.loads(proc.stderr or '{"messages": []}')["messages"]
    kind_of = {f.as_uri(): kind for kind, f in files.items()}
    errors = [f"page kind '{kind_of.get(m.get('url'), m.get('url'))}' ({m.get('url')}), "
              f"line {m.get('lastLine')}: {m['message']}\n    {m.get('extract', '').strip()[:200]}"
              for m in messages if m.get("type") == "error"]
    assert errors == [], f"{len(errors)} HTML error(s):\n" + "\n".join(errors)
    assert proc.returncode == 0, proc.stderr


# --- links and assets ----------------------------------------------------------------


def references(tree) -> list[tuple[str, str, int, bool]]:
    """(what, url, line, is_asset) for every link and fetched resource in a page."""
    refs = [(f"<a href>", a.get("href"), a.sourceline, False) for a in tree.iter("a") if a.get("href")]
    for link in tree.iter("link"):
        rels = set((link.get("rel") or "").split())
        if link.get("href"):
            refs.append((f"<link rel={' '.join(sorted(rels))}>", link.get("href"), link.sourceline,
                         bool(rels & ASSET_LINK_RELS)))
    for tag, attr in ASSET_ATTRS:
        refs += [(f"<{tag} {attr}>", el.get(attr), el.sourceline, True) for el in tree.iter(tag) if el.get(attr)]
    return refs


@lru_cache(maxsize=None)
def ids_in(path: Path) -> frozenset[str]:
    tree = lxml_html.fromstring(path.read_bytes())
    return frozenset(tree.xpath("//@id") + tree.xpath("//a/@name"))


def resolve(site: Path, page_rel: str, url: str) -> tuple[Path | None, str]:
    """The file in site/ a same-site URL points to (None when it is off-site) and its fragment."""
    target = urlsplit(urljoin(SITE_URL + page_rel, url))
    if f"{target.scheme}://{target.netloc}/" != SITE_URL:
        return None, ""
    path = site / unquote(target.path).lstrip("/")
    if target.path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path, target.fragment


def test_internal_links_and_assets_resolve(built_site, pages):
    broken = []
    for rel, tree in pages.items():
        for what, url, line, _ in references(tree):
            if urlsplit(url).scheme not in ("", "http", "https") or url.startswith("//"):
                continue  # mailto:, data: ... (a protocol-relative URL is another host)
            path, fragment = resolve(built_site, rel, url)
            if path is None:
                continue
            if not path.is_file():
                broken.append(f"{rel}:{line}: {what} {url!r}: no file {path.relative_to(built_site)}")
            elif fragment and path.suffix == ".html" and unquote(fragment) not in ids_in(path):
                broken.append(f"{rel}:{line}: {what} {url!r}: no id '{fragment}' in "
                              f"{path.relative_to(built_site)}")
    assert broken == [], f"{len(broken)} broken reference(s):\n" + "\n".join(broken)


def test_css_references_resolve(built_site):
    broken = []
    for css in sorted(built_site.rglob("*.css")):
        for url in CSS_URL.findall(css.read_text("utf-8")):
            if url.startswith(("data:", "#")):
                continue
            assert not urlsplit(url).scheme, f"{css.relative_to(built_site)} loads {url} from elsewhere"
            if not (css.parent / unquote(url.split("#")[0].split("?")[0])).resolve().is_file():
                broken.append(f"{css.relative_to(built_site)}: url({url})")
    assert broken == [], "CSS points at missing files:\n" + "\n".join(broken)


def test_no_page_loads_anything_from_another_host(pages):
    """Links out are fine; scripts, styles, images or fonts from elsewhere are not."""
    foreign = [f"{rel}:{line}: {what} {url}" for rel, tree in pages.items()
               for what, url, line, asset in references(tree)
               if asset and (urlsplit(url).netloc or url.startswith("//"))]
    assert foreign == [], "assets from other hosts:\n" + "\n".join(foreign)


# --- Content-Security-Policy --------------------------------------------------------


def test_every_page_carries_the_csp_before_any_script_or_style(pages):
    problems = []
    for rel, tree in pages.items():
        metas = tree.xpath("//meta[translate(@http-equiv,'CSP','csp')='content-security-policy']")
        if [m.get("content") for m in metas] != [META_CSP]:
            problems.append(f"{rel}: CSP meta tags {[m.get('content') for m in metas]}, expected [{META_CSP!r}]")
            continue
        head = tree.find("head")
        before = [lxml_html.tostring(el, encoding=str)[:80] for el in head
                  if el.sourceline < metas[0].sourceline and fetches_code(el)]
        if before:
            problems.append(f"{rel}:{metas[0].sourceline}: the CSP comes after {before}")
    assert problems == [], "\n".join(problems)


def fetches_code(el) -> bool:
    """A script or style: what the CSP must already govern when the browser meets it."""
    rels = set((el.get("rel") or "").split())
    return el.tag in ("script", "style") or (el.tag == "link" and bool(rels & {"stylesheet", "preload", "modulepreload"}))


def test_every_script_that_stops_the_parser_is_fetched_from_the_head(pages):
    """The CSP meta tag stops Chrome's preload scanner (crbug.com/1458493), so a classic
    script in the body is requested only when the parser reaches it, after every blocking
    script before it has been fetched and run: a chain of round trips before the first
    paint. Each such script is either in the head or preloaded from the head; deferred
    scripts wait for the parse anyway."""
    late = []
    for rel, tree in pages.items():
        head = tree.find("head")
        preloaded = {urljoin(SITE_URL + rel, link.get("href")) for link in head.iter("link")
                     if "preload" in (link.get("rel") or "").split() and link.get("as") == "script"}
        for script in tree.find("body").iter("script"):
            blocks = (script.get("src") and script.get("defer") is None and script.get("async") is None
                      and (script.get("type") or "").lower() not in {"module", *INERT_SCRIPT_TYPES})
            if blocks and urljoin(SITE_URL + rel, script.get("src")) not in preloaded:
                late.append(f"{rel}:{script.sourceline}: {script.get('src')}")
    assert late == [], "blocking scripts in the body with no preload in the head:\n" + "\n".join(late[:20])


def test_no_page_has_what_the_csp_would_block(pages):
    """No inline script, inline event handler or style attribute: the CSP blocks
    them in the browser, so they would be broken features (and console errors)."""
    found = []
    for rel, tree in pages.items():
        for script in tree.iter("script"):
            if not script.get("src") and (script.get("type") or "").lower() not in INERT_SCRIPT_TYPES:
                found.append(f"{rel}:{script.sourceline}: inline <script>: {(script.text or '')[:80]!r}")
        for el in tree.iter():
            if not isinstance(el.tag, str):
                continue
            handlers = [a for a in el.attrib if a.lower().startswith("on")]
            if handlers:
                found.append(f"{rel}:{el.sourceline}: <{el.tag}> has event handler attribute(s) {handlers}")
            if "style" in el.attrib:
                found.append(f"{rel}:{el.sourceline}: <{el.tag} style={el.get('style')!r}>")
        found += [f"{rel}:{s.sourceline}: <style> element" for s in tree.iter("style")]
    assert found == [], f"{len(found)} thing(s) the CSP blocks:\n" + "\n".join(found)


def test_headers_file_has_the_csp_and_security_headers(built_site):
    text = (built_site / "_headers").read_text("utf-8")
    assert text.startswith("/*\n")
    headers = dict(line.strip().split(": ", 1) for line in text.splitlines()[1:])
    assert headers["Content-Security-Policy"] == HEADER_CSP
    assert HEADER_CSP.startswith(META_CSP + "; ")  # the header is the meta policy, tightened
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"


def test_material_icons_are_served_files_not_data_uris(built_site):
    """The CSP blocks data: images; scripts/material_icons.py overrides each of
    Material's. This fails after a Material upgrade adds an icon: re-run it."""
    material = "".join(p.read_text("utf-8") for p in built_site.glob("assets/stylesheets/*.css"))
    declared = set(re.findall(r"--(md-[a-z0-9-]+):url\([\"']?data:", material))
    ours = (built_site / "assets/council-archive/site.css").read_text("utf-8")  # material-icons.css in it
    overridden = set(re.findall(r"--(md-[a-z0-9-]+): url\(\"\.\./council-archive/icons/", ours))
    assert declared and declared - overridden == set(), "run scripts/material_icons.py"


# --- reproducible builds ---------------------------------------------------------------


def test_two_builds_are_byte_identical(built_site, repo_root, tmp_path):
    """Same commit, same bytes: another build with another hash seed, time zone
    and directory (SOURCE_DATE_EPOCH as for built_site) must not differ at all. This
    one also makes the report headers in a forked copy and draws every chart afresh in
    the renderer process, as a large archive's build does (site/meanwhile.py)."""
    again = tmp_path / "site"
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "NO_MKDOCS_2_WARNING": "1",
           "PYTHONHASHSEED": "12345", "TZ": "Pacific/Auckland", "COUNCIL_ARCHIVE_PARALLEL": "always",
           "COUNCIL_ARCHIVE_CACHE": str(tmp_path / "empty-cache")}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f",
                           str(repo_root / "mkdocs.yml"), "-d", str(again)],
                          cwd=repo_root, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    first, second = tree_bytes(built_site), tree_bytes(again)
    assert sorted(first) == sorted(second), (
        f"files differ: only in one build {sorted(set(first) ^ set(second))}")
    differing = sorted(rel for rel in first if first[rel] != second[rel])
    assert differing == [], f"{len(differing)} file(s) differ between builds: {differing}\n" + (
        first_difference(first[differing[0]], second[differing[0]]) if differing else "")


SEED_SITE_SUMS = Path(__file__).parent / "golden" / "seed-site.sha256"


def test_seed_site_bytes_match_the_golden_manifest(built_site):
    """Every file of the seed site and its SHA-256, as `sha256sum` lists them: a change
    meant to keep the output (a refactor, a new layout) must leave this file as it is; a
    change of output rewrites it with UPDATE_GOLDEN=1, and the diff shows which files moved."""
    sums = "".join(f"{hashlib.sha256(data).hexdigest()}  {rel}\n"
                   for rel, data in sorted(tree_bytes(built_site).items()))
    if os.environ.get("UPDATE_GOLDEN"):
        SEED_SITE_SUMS.write_text(sums, "utf-8")
    expected = SEED_SITE_SUMS.read_text("utf-8")
    changed = sorted(set(sums.splitlines()) ^ set(expected.splitlines()), key=lambda line: line[66:])
    assert sums == expected, (f"{len(changed)} line(s) differ from {SEED_SITE_SUMS.name}: rerun with "
                              f"UPDATE_GOLDEN=1 if the change is meant, and review: {changed[:6]}")


def test_sitemap_gzip_time_comes_from_source_date_epoch(built_site):
    """gzip stores a time in its header; MkDocs uses the build day (midnight UTC)."""
    header = (built_site / "sitemap.xml.gz").read_bytes()[:10]
    epoch = int(SOURCE_DATE_EPOCH)
    assert struct.unpack("<I", header[4:8])[0] == epoch - epoch % 86400


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def first_difference(a: bytes, b: bytes) -> str:
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"first difference at byte {at}:\n  {a[max(0, at - 80):at + 80]!r}\n  {b[max(0, at - 80):at + 80]!r}"


# --- every report is on the site -------------------------------------------------------

REPORT_PAGE = re.compile(r"^reports/\d{4}/\d{4}-\d{2}-\d{2}-[a-z0-9-]+/index\.html$")


def test_every_report_file_has_its_page(built_site, repo_root, pages):
    content = repo_root / "content"
    sources = [p.relative_to(content / "reports").with_suffix("").as_posix() for p in report_files(content)]
    report_pages = sorted(rel for rel in pages if REPORT_PAGE.match(rel))
    assert len(sources) == len(report_pages), (
        f"{len(sources)} report files in content/reports/ but {len(report_pages)} report pages in site/")
    missing = [s for s in sources if f"reports/{s}/index.html" not in pages]
    assert missing == [], f"report files without a page: {missing}"
