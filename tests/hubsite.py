"""A hub of three tiny councils in tmp_path: the seed council (this repository's own
content/ and site_config/), and two synthetic ones sharing the children's services
metrics, the third with a different population base (a mid-2018 estimate)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tinysite import REPO_ROOT, make_site, report

SHARED_METRICS = """\
children-looked-after:
  label: Children looked after
  unit: children
  rate:
    per: 10000
    population: children aged 0 to 17
  reference: DfE, Children looked after in England (CLA on 31 March), LG Inform measure 'Children looked after rate per 10,000'
children-in-need:
  label: Children in need
  unit: children
  rate:
    per: 10000
    population: children aged 0 to 17
"""

COUNCILS = {
    "middlesbrough": ("Middlesbrough Council", "E06000002", "councils/middlesbrough"),
    "stockton": ("Stockton-on-Tees Borough Council", "E06000004", "councils/stockton"),
    "hartlepool": ("Hartlepool Borough Council", "E06000001", "councils/hartlepool"),
    "redcar": ("Redcar and Cleveland Borough Council", "E06000003", "councils/redcar"),
}
# Redcar is hosted as a site of its own (councils.yml url), apart from the hub
OWN_SITES = {"redcar": "https://reports.redcar-cleveland.example/"}


def councils_yml(keys, urls: dict[str, str] | None = None) -> str:
    urls = urls or {}
    return "".join(f"{k}:\n  name: {COUNCILS[k][0]}\n  area_code: {COUNCILS[k][1]}\n  path: {COUNCILS[k][2]}\n"
                   + (f"  url: {urls[k]}\n" if k in urls else "")
                   for k in keys)


def share_metrics(project: Path) -> None:
    """The council's children's services metrics name the hub's shared definitions."""
    path = project / "site_config" / "metrics.yml"
    text = path.read_text("utf-8")
    for key in ("children-looked-after", "children-in-need"):
        text = text.replace(f"{key}:\n  label:", f"{key}:\n  shared: {key}\n  label:", 1)
    path.write_text(text, "utf-8")


def name_the_area(project: Path, area_code: str) -> None:
    """Each population estimate names the council's area code, as a hub requires."""
    path = project / "site_config" / "populations.yml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("      source:", f"      area_code: {area_code}\n      source:"), "utf-8")


def seed_council(project: Path) -> Path:
    project.mkdir(parents=True)
    for name in ("content", "site_config"):
        shutil.copytree(REPO_ROOT / name, project / name)
    shutil.copy(REPO_ROOT / "mkdocs.yml", project / "mkdocs.yml")
    share_metrics(project)
    name_the_area(project, COUNCILS["middlesbrough"][1])
    return project


def synthetic_council(project: Path, name: str, looked_after: list[tuple[str, int]],
                      estimate: tuple[str, str, int], area_code: str) -> Path:
    """A council with one children's services report per (date, children looked after)."""
    reports = {}
    for day, value in looked_after:
        text = report(date=f"date: {day}").replace("value: 552", f"value: {value}").replace(
            "as_of: 2019-08-18", f"as_of: {day}")
        reports[f"{day[:4]}/{day}-childrens-services.md"] = text
    label, reference_date, value = estimate
    make_site(project, reports, config={"populations.yml": f"""\
        children:
          label: children in {name}
          estimates:
            - label: {label}
              reference_date: {reference_date}
              value: {value}
              area_code: {area_code}
              source: ONS {label} for {name}
        """})
    site = project / "site_config" / "site.yml"
    site.write_text(site.read_text("utf-8").replace("Middlesbrough", name), "utf-8")
    share_metrics(project)
    return project


def make_hub(root: Path, keys=("middlesbrough", "stockton", "hartlepool"), urls: dict[str, str] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "councils.yml").write_text(councils_yml(keys, urls), "utf-8")
    (root / "metrics.yml").write_text(SHARED_METRICS, "utf-8")
    makers = {
        "middlesbrough": lambda p: seed_council(p),
        "stockton": lambda p: synthetic_council(p, "Stockton-on-Tees", [("2018-03-31", 470), ("2019-09-04", 520)],
                                                ("mid-2016 estimate", "2016-06-30", 43100), "E06000004"),
        "hartlepool": lambda p: synthetic_council(p, "Hartlepool", [("2019-03-31", 300), ("2020-09-04", 330)],
                                                  ("mid-2018 estimate", "2018-06-30", 20400), "E06000001"),
        "redcar": lambda p: synthetic_council(p, "Redcar and Cleveland", [("2019-06-30", 410)],
                                              ("mid-2018 estimate", "2018-06-30", 29800), "E06000003"),
    }
    for key in keys:
        if not (root / COUNCILS[key][2]).exists():
            makers[key](root / COUNCILS[key][2])
    return root


def run_hub(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    base = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1700000000", **(env or {}))
    return subprocess.run([sys.executable, "-m", "generator.cli", "hub", *args],
                          capture_output=True, text=True, cwd=REPO_ROOT, env=base)



# A word only in Stockton's older report: found from the hub only if the hub searches
# that council's older date shard, not its newest alone.
OLDER_SHARD_WORD = "quarrington"


def mark_older_report(hub: Path) -> None:
    path = hub / COUNCILS["stockton"][2] / "content/reports/2018/2018-03-31-childrens-services.md"
    path.write_text(path.read_text("utf-8") + f"\nThe {OLDER_SHARD_WORD.capitalize()} wetland survey was commissioned.\n",
                    "utf-8")


def shard_council_index(hub: Path, key: str) -> dict:
    """Index a built council's shard again as one date shard per report date (the
    shard size setting of tests/test_search.py), so it has several shards; its manifest."""
    import json

    from generator.pipeline import check_archive
    from generator.search.groups import commitment_documents
    from generator.search.index import index_built_site
    from generator.search.shards import ShardSizes

    project = hub / COUNCILS[key][2]
    build = check_archive(project, project / "content", project / "site_config")
    assert build.archive is not None, build.problems
    site = hub / "site" / key
    index_built_site(site, commitment_documents(build.archive), sizes=ShardSizes(newest=1, older=1))
    return json.loads((site / "pagefind" / "shards.json").read_text("utf-8"))
