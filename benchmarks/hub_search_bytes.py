"""Bytes a first hub search downloads: a hub of synthetic councils (hub_bench.py), each
council's index split into date shards, searched from the hub's search page in
headless Chromium (Debian's /usr/bin/chromium); prints, per query and order, the
bytes of every response, of the Pagefind files alone, and which shards were read.

    python benchmarks/hub_search_bytes.py OUT_DIR --councils 3 --reports 300 --newest 200 --older 400

--newest/--older: documents per shard (generator/search/shards.py; the defaults are
the site's own, 2,500 and 4,000, so a small council has one shard). --script FILE
serves another hub-search.js (e.g. an older commit's, from `git show`) to compare.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from hub_bench import REPO_ROOT, hub_command, make_hub  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")


def build(root: Path, keys: list[str], newest: int, older: int) -> Path:
    from generator.pipeline import check_archive
    from generator.search.groups import commitment_documents
    from generator.search.index import index_built_site
    from generator.search.shards import ShardSizes

    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000")
    for key in keys:
        if not (root / "site" / key / "index.html").exists():
            subprocess.run(hub_command("build-council", str(root), key), cwd=REPO_ROOT, env=env, check=True,
                           capture_output=True)
        project = root / "councils" / key
        archive = check_archive(project, project / "content", project / "site_config").archive
        index_built_site(root / "site" / key, commitment_documents(archive), sizes=ShardSizes(newest, older))
    subprocess.run(hub_command("assemble", str(root)), cwd=REPO_ROOT, env=env, check=True)
    return root / "site"


def shard_of(path: str) -> str:
    """'council-01/pagefind/shard-2/index/x' -> 'council-01:shard-2'; the newest shard's -> 'council-01:newest'."""
    older = re.search(r"/pagefind/(shard-\d+)/", path)
    return path.split("/")[0] + ":" + (older.group(1) if older else "newest")


def first_query(browser, url: str, query: str) -> tuple[str, int, int, list[str]]:
    """(status, all bytes, Pagefind bytes, shard folders read) of one page load that searches."""
    from conftest import open_page

    page = open_page(browser)
    sizes: list[tuple[str, int]] = []
    page.on("response", lambda r: sizes.append((r.url, len(r.body()) if r.ok else 0)))
    page.goto(url + "search/?" + query)
    status = ""
    for _ in range(600):
        status = page.inner_text("#hub-search-status")
        if status.endswith(("results.", "result.", "shown.")) or "could not" in status:
            break
        time.sleep(0.1)
    time.sleep(0.5)  # fragments of the results shown
    page.context.close()
    folders = sorted({shard_of(u.removeprefix(url)) for u, _ in sizes if "/pagefind/" in u})
    return status, sum(n for _, n in sizes), sum(n for u, n in sizes if "/pagefind/" in u), folders


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--councils", type=int, default=3)
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--newest", type=int, default=2_500)
    parser.add_argument("--older", type=int, default=4_000)
    parser.add_argument("--query", action="append", help="words to search (default: children, then housing)")
    parser.add_argument("--script", type=Path, help="serve this hub-search.js instead of the assembled one")
    args = parser.parse_args(argv)
    root = args.out_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    keys = make_hub(root, args.councils, args.reports)
    site = build(root, keys, args.newest, args.older)
    if args.script:
        shutil.copy(args.script, site / "assets" / "hub-search.js")
    for key in keys:
        shards = len(list((site / key / "pagefind").glob("shard-*"))) + 1
        print(f"{key}: {shards} date shard{'s' if shards != 1 else ''}")
    from conftest import CHROMIUM_ARGS, serving
    from playwright.sync_api import sync_playwright

    with serving(site) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        for words in args.query or ["children", "housing"]:
            for order in ("", "relevance"):  # newest first (the default), best match
                status, total, pagefind, folders = first_query(browser, url, f"q={words}&order={order}")
                print(f"{words!r} {'best match' if order else 'newest first'}: {total:,} bytes "
                      f"({pagefind:,} of Pagefind), {status!r}; read {', '.join(folders)}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
