"""Screenshots of a built site for the README, taken in Debian's Chromium:

    bash scripts/build.sh && .venv/bin/python scripts/screenshots.py site docs/images

Re-run after a change to how the home, report or figure pages look, and look at them."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS, serving  # noqa: E402  (one server, as the tests use)

SHOTS = {  # file -> (page, viewport width, height)
    "home.png": ("", 1280, 900),
    "report.png": ("reports/2019/2019-09-04-childrens-services/", 1280, 900),
    "figure-phone.png": ("metrics/children-looked-after/", 390, 844),
}


def main(site: Path, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with serving(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        for name, (path, width, height) in SHOTS.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(base + path, wait_until="networkidle")
            page.screenshot(path=str(out / name))
            page.close()
            print(f"wrote {out / name}")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
