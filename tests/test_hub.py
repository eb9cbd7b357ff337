"""The hub: councils.yml and shared metrics checked word for word; each council's
shard built on its own; the hub's pages assembled from the shards' open data."""
from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
from pathlib import Path

import pytest

from hubsite import COUNCILS, OWN_SITES, councils_yml, make_hub, run_hub

KEYS = ("middlesbrough", "stockton", "hartlepool")


def tree(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def build_all(hub: Path, keys=KEYS) -> None:
    for key in keys:
        done = run_hub("build-council", str(hub), key)
        assert done.returncode == 0, done.stderr
    done = run_hub("assemble", str(hub))
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    hub = make_hub(tmp_path_factory.mktemp("hub") / "hub")
    build_all(hub)
    return hub


# --- check ----------------------------------------------------------------------

def test_a_good_hub_checks_clean(tmp_path):
    hub = make_hub(tmp_path / "hub")
    done = run_hub("check", str(hub))
    assert (done.returncode, done.stdout, done.stderr) == (
        0, "checked the hub: 3 councils, 2 shared metrics\n", "")


def test_check_names_each_mistake_in_the_hub_and_the_councils(tmp_path):
    hub = make_hub(tmp_path / "hub", keys=("stockton", "hartlepool"))
    (hub / "councils.yml").write_text(
        councils_yml(["stockton", "hartlepool"]).replace("E06000004", "E6000004")
        + "redcar:\n  name: Redcar and Cleveland\n  area_code: E06000001\n  path: councils/redcar\n"
        + "Darlington:\n  name: Darlington\n")
    (hub / "metrics.yml").write_text((hub / "metrics.yml").read_text() + "care-leavers:\n  label: Care leavers\n")
    own = hub / "councils/hartlepool/site_config/metrics.yml"
    own.write_text(own.read_text().replace("shared: children-in-need", "shared: children-in-nede")
                   .replace("care-leavers:\n  label:", "care-leavers:\n  shared: children-looked-after\n  label:"))
    done = run_hub("check", str(hub))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "councils.yml:3: stockton.area_code: CA315 'E6000004' is not an ONS area code: expected a letter and eight "
        "digits, e.g. E06000002 for Middlesbrough (see the ONS Open Geography Portal)",
        "councils.yml:11: redcar.area_code: CA902 'E06000001' is the area code of both 'hartlepool' (line 7) "
        "and 'redcar'; each council has its own",
        "councils.yml:12: redcar.path: CA903 'councils/redcar' is not a council project: expected a folder with "
        "site_config/ and content/ (relative to the hub folder or absolute)",
        "councils.yml:13: Darlington: CA311 'Darlington' is not a valid key: use lowercase letters, digits and hyphens",
        "councils/hartlepool/site_config/metrics.yml:2: children-in-need.shared: CA904 unknown shared metric "
        "'children-in-nede' (did you mean 'children-in-need'?); define it in the hub's metrics.yml",
        "councils/hartlepool/site_config/metrics.yml:31: care-leavers.shared: CA905 'children-looked-after' is "
        "compared as a rate per 10,000, but 'care-leavers' has no rate: give it 'rate: {per: ..., population: ...}'",
        "metrics.yml:8: children-in-need: warning: CA909 no report of 'stockton' states a figure of shared "
        "metric 'children-in-need', so its comparison page would be empty; check the councils' reports, or "
        "remove the definition",
        "metrics.yml:14: care-leavers.unit: CA301 required field is missing",
        "7 errors",
    ]


def test_check_holds_each_population_estimate_to_the_councils_area_code(tmp_path):
    hub = make_hub(tmp_path / "hub", keys=("stockton", "hartlepool"))
    stockton = hub / "councils/stockton/site_config/populations.yml"
    stockton.write_text(stockton.read_text().replace("area_code: E06000004", "area_code: E06000001"))
    hartlepool = hub / "councils/hartlepool/site_config/populations.yml"
    hartlepool.write_text(hartlepool.read_text().replace("      area_code: E06000001\n", ""))
    done = run_hub("check", str(hub))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "councils/hartlepool/site_config/populations.yml:4: children.estimates[0].area_code: CA906 missing: in a hub "
        "each estimate names the area it counts; add 'area_code: E06000001' (the council's code in councils.yml)",
        "councils/stockton/site_config/populations.yml:7: children.estimates[0].area_code: CA907 'E06000001' is not "
        "the area code of 'stockton' (E06000004 in councils.yml): is this another area's estimate? "
        "Use the council's own",
        "metrics.yml:8: children-in-need: warning: CA909 no report of 'hartlepool', 'stockton' states a figure of "
        "shared metric 'children-in-need', so its comparison page would be empty; check the councils' reports, "
        "or remove the definition",
        "2 errors",
    ]


def test_check_names_three_independent_mistakes_in_one_run(tmp_path):
    """A field error in councils.yml no longer hides the council's path and own files."""
    hub = make_hub(tmp_path / "hub")
    councils = (hub / "councils.yml").read_text()
    (hub / "councils.yml").write_text(councils.replace("E06000004", "E6000004")
                                      .replace("path: councils/hartlepool", "path: councils/hartlepol"))
    own = hub / "councils/stockton/site_config/metrics.yml"
    own.write_text(own.read_text().replace("shared: children-in-need", "shared: children-in-nede"))
    done = run_hub("check", str(hub))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "councils.yml:7: stockton.area_code: CA315 'E6000004' is not an ONS area code: expected a letter and eight "
        "digits, e.g. E06000002 for Middlesbrough (see the ONS Open Geography Portal)",
        "councils.yml:12: hartlepool.path: CA903 'councils/hartlepol' is not a council project: expected a folder "
        "with site_config/ and content/ (relative to the hub folder or absolute)",
        "councils/stockton/site_config/metrics.yml:2: children-in-need.shared: CA904 unknown shared metric "
        "'children-in-nede' (did you mean 'children-in-need'?); define it in the hub's metrics.yml",
        "3 errors",
    ]


def test_a_duplicated_area_code_is_one_error_naming_both_councils(tmp_path):
    hub = make_hub(tmp_path / "hub", keys=("stockton", "hartlepool"))
    councils = (hub / "councils.yml").read_text()
    (hub / "councils.yml").write_text(councils.replace("E06000001", "E06000004"))  # hartlepool copied stockton's
    done = run_hub("check", str(hub))
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if ": warning: " not in line]
    assert errors == [
        "councils.yml:7: hartlepool.area_code: CA902 'E06000004' is the area code of both 'stockton' (line 3) "
        "and 'hartlepool'; each council has its own",
        "1 error",
    ]


def test_a_shared_metric_no_council_reports_is_a_warning_naming_it(tmp_path):
    hub = make_hub(tmp_path / "hub", keys=("stockton", "hartlepool"))
    (hub / "metrics.yml").write_text((hub / "metrics.yml").read_text()
                                     + "care-leavers:\n  label: Care leavers\n  unit: young people\n")
    done = run_hub("check", str(hub))
    assert (done.returncode, done.stdout) == (0, "checked the hub: 2 councils, 3 shared metrics\n")
    assert done.stderr.splitlines() == [
        "metrics.yml:8: children-in-need: warning: CA909 no report of 'hartlepool', 'stockton' states a figure of "
        "shared metric 'children-in-need', so its comparison page would be empty; check the councils' reports, "
        "or remove the definition",
        "metrics.yml:14: care-leavers: warning: CA909 no council's metric is 'shared: care-leavers', so its "
        "comparison page would be empty; name it in the metrics.yml of each council that reports it, or remove "
        "the definition",
    ]


def test_a_single_council_site_publishes_an_estimates_area_code_only_where_given(built):
    import json
    with_code = json.loads((built / "site/stockton/metrics/children-looked-after/children-looked-after.json")
                           .read_text("utf-8"))["population_estimates"]
    assert with_code == [{"label": "mid-2016 estimate", "reference_date": "2016-06-30", "value": 43100,
                          "source": "ONS mid-2016 estimate for Stockton-on-Tees", "area_code": "E06000004"}]
    from tinysite import REPO_ROOT
    seed = (REPO_ROOT / "site_config/populations.yml").read_text("utf-8")
    assert "area_code" not in seed  # the seed site names none: its open data is unchanged (golden)


def test_a_council_problem_is_named_from_the_hub_folder(tmp_path):
    hub = make_hub(tmp_path / "hub", keys=("stockton",))
    (hub / "councils/stockton/site_config/portfolios.yml").unlink()
    done = run_hub("check", str(hub))
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == (
        "councils/stockton/site_config/portfolios.yml:1: (file): CA801 missing: site_config/ must have this file")


def test_a_hub_without_councils_yml_is_named(tmp_path):
    done = run_hub("check", str(tmp_path))
    assert (done.returncode, done.stderr) == (
        1, "councils.yml:1: (file): CA901 missing: a hub folder must have this file\n1 error\n")


def test_assemble_names_a_council_not_yet_built(tmp_path):
    hub = make_hub(tmp_path / "hub", keys=("stockton",))
    done = run_hub("assemble", str(hub))
    assert done.returncode == 1
    assert done.stderr == (
        "metrics.yml:8: children-in-need: warning: CA909 no report of 'stockton' states a figure of shared metric "
        "'children-in-need', so its comparison page would be empty; check the councils' reports, or remove the "
        f"definition\ncouncils.yml:1: stockton: not built: no {hub / 'site/stockton/data/readings.csv'}; "
        f"run `council-archive hub build-council {hub} stockton` first\n")


def test_build_council_names_an_unknown_key(tmp_path):
    hub = make_hub(tmp_path / "hub", keys=("stockton",))
    done = run_hub("build-council", str(hub), "stokton")
    assert (done.returncode, done.stderr) == (
        1, "councils.yml:1: stokton: no council 'stokton' in councils.yml; known: stockton\n")


# --- shards and the hub's pages ---------------------------------------------------------

def test_a_shard_built_alone_is_byte_identical_to_one_built_in_the_hub(built, tmp_path):
    alone = make_hub(tmp_path / "alone", keys=("stockton",))
    done = run_hub("build-council", str(alone), "stockton")
    assert done.returncode == 0, done.stderr
    shard = tree(alone / "site" / "stockton")
    assert shard == tree(built / "site" / "stockton")
    assert "pagefind/pagefind-entry.json" in shard  # its own search bundle


def test_each_shard_is_served_under_its_own_path(built):
    home = (built / "site" / "hartlepool" / "index.html").read_text("utf-8")
    assert '<link rel="canonical" href="https://example.org/hartlepool/">' in home


def test_the_comparison_shows_one_line_per_council_and_says_bases_differ(built):
    page = (built / "site" / "compare" / "children-looked-after" / "index.html").read_text("utf-8")
    assert page.count('aria-roledescription="line mark"') == 3
    table = page.split('id="all-readings"')[1]
    assert [len(re.findall(f'data-council="{k}"', table)) for k in KEYS] == [2, 2, 2]
    assert ("<p>The councils' rates rest on different population bases, so compare them with care:</p>\n<ul>\n"
            "<li>Hartlepool Borough Council: mid-2018 estimate (30 June 2018) for E06000001, source: ONS "
            "mid-2018 estimate for Hartlepool</li>\n"
            "<li>Middlesbrough Council: mid-2016 estimate (30 June 2016) for E06000002, source: Mid-2016 population "
            "estimate, as stated in the Executive Member for Children&#39;s Services report of 21 December 2017</li>\n"
            "<li>Stockton-on-Tees Borough Council: mid-2016 estimate (30 June 2016) for E06000004, source: ONS "
            "mid-2016 estimate for Stockton-on-Tees</li>\n</ul>") in page


def test_the_latest_reading_links_the_report_that_states_it(built):
    page = (built / "site" / "compare" / "children-looked-after" / "index.html").read_text("utf-8")
    latest = page.split('id="latest"')[1].split("</table>")[0]
    assert ('<tr><th scope="row">Middlesbrough Council</th><td>18 August 2019</td><td>552</td><td>171.5</td>'
            '<td><a href="https://example.org/middlesbrough/reports/2019/2019-09-04-childrens-services/">'
            "Children&#39;s Services - Executive Member Report to Council</a></td></tr>") in latest
    assert latest.count("<tr><th scope=\"row\">") == 3


def test_the_comparison_data_is_published(built):
    folder = built / "site" / "compare" / "children-looked-after"
    csv_lines = (folder / "children-looked-after.csv").read_text("utf-8").splitlines()
    assert csv_lines[0] == ("council,council_name,as_of,value,rate,rate_per,base,report_title,report_url,"
                            "base_area_code,base_source")
    assert csv_lines[5] == ("stockton,Stockton-on-Tees Borough Council,2018-03-31,470,109.0,10000,"
                            "mid-2016 estimate (30 June 2016),Children's Services - Executive Member Report to "
                            "Council,https://example.org/stockton/reports/2018/2018-03-31-childrens-services/,"
                            "E06000004,ONS mid-2016 estimate for Stockton-on-Tees")
    assert (folder / "children-looked-after.json").read_text("utf-8").count('"council":') == 6


def test_equal_bases_are_not_flagged(built, tmp_path):
    hub = tmp_path / "hub"
    shutil.copytree(built, hub)
    (hub / "councils.yml").write_text(councils_yml(["middlesbrough", "stockton"]))
    shutil.rmtree(hub / "site" / "hartlepool")
    assert run_hub("assemble", str(hub)).returncode == 0
    page = (hub / "site" / "compare" / "children-looked-after" / "index.html").read_text("utf-8")
    assert page.count('aria-roledescription="line mark"') == 2
    assert "different population bases" not in page


def test_the_hub_root_carries_the_security_headers_for_every_shard(built):
    headers = (built / "site" / "_headers").read_text("utf-8")
    assert headers == (built / "site" / "stockton" / "_headers").read_text("utf-8")


def test_the_councils_index_has_a_card_linking_each_council(built):
    index = (built / "site" / "index.html").read_text("utf-8")
    for key in KEYS:
        assert f'<h3><a href="{key}/">{COUNCILS[key][0]}</a></h3>' in index
    assert '<dt>ONS area code</dt><dd>E06000002</dd>' in index


def test_a_council_added_or_removed_changes_only_the_hub_pages_and_its_shard(built, tmp_path):
    hub = tmp_path / "hub"
    shutil.copytree(built, hub)
    before = tree(hub / "site")
    (hub / "councils.yml").write_text(councils_yml(["middlesbrough", "stockton"]))
    shutil.rmtree(hub / "site" / "hartlepool")
    assert run_hub("assemble", str(hub)).returncode == 0
    without = tree(hub / "site")
    changed = {p for p in before.keys() | without.keys() if before.get(p) != without.get(p)}
    assert changed and all(p.startswith(("hartlepool/", "index.html", "compare/", "search/", "_headers")) for p in changed)
    assert not any(p.startswith(("middlesbrough/", "stockton/")) for p in changed)

    (hub / "councils.yml").write_text(councils_yml(KEYS))
    build_all(hub, keys=("hartlepool",))
    assert tree(hub / "site") == before  # added back: the same site, byte for byte


# --- a council hosted as a site of its own -------------------------------------------

def test_check_names_a_council_url_that_is_not_a_sites_https_address(tmp_path):
    hub = make_hub(tmp_path / "hub", keys=("stockton", "hartlepool"),
                   urls={"stockton": "http://reports.stockton.example/", "hartlepool": "reports.hartlepool.example"})
    done = run_hub("check", str(hub))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "councils.yml:5: stockton.url: CA908 'http://reports.stockton.example/' is not the address of a site: expected "
        "an absolute https address such as https://reports.stockton.gov.uk/ (the council's own site)",
        "councils.yml:10: hartlepool.url: CA908 'reports.hartlepool.example' is not the address of a site: expected "
        "an absolute https address such as https://reports.stockton.gov.uk/ (the council's own site)",
        "metrics.yml:8: children-in-need: warning: CA909 no report of 'hartlepool', 'stockton' states a figure of "
        "shared metric 'children-in-need', so its comparison page would be empty; check the councils' reports, "
        "or remove the definition",
        "2 errors",
    ]


def test_a_council_on_its_own_site_is_linked_there_and_searched_there(built, tmp_path):
    hub = tmp_path / "hub"
    shutil.copytree(built, hub)
    make_hub(hub, keys=(*KEYS, "redcar"), urls=OWN_SITES)
    assert run_hub("check", str(hub)).returncode == 0
    build_all(hub, keys=("redcar",))  # its open data, read from its shard in the hub's site/
    own = OWN_SITES["redcar"]
    index = (hub / "site" / "index.html").read_text("utf-8")
    assert f'<h3><a href="{own}">Redcar and Cleveland Borough Council</a></h3>' in index
    assert f'<dt>Its own site</dt><dd><a href="{own}">{own}</a></dd>' in index
    assert '<h3><a href="stockton/">' in index  # the others stay under the hub
    page = (hub / "site" / "compare" / "children-looked-after" / "index.html").read_text("utf-8")
    latest = page.split('id="latest"')[1].split("</table>")[0]
    assert (f'<tr><th scope="row">Redcar and Cleveland Borough Council</th><td>30 June 2019</td><td>410</td>'
            f'<td>137.6</td><td><a href="{own}reports/2019/2019-06-30-childrens-services/">') in latest
    assert 'href="https://example.org/stockton/reports/2019/2019-09-04-childrens-services/"' in latest
    data = (hub / "site" / "compare" / "children-looked-after" / "children-looked-after.csv").read_text("utf-8")
    assert f",{own}reports/2019/2019-06-30-childrens-services/,E06000003," in data
    search = (hub / "site" / "search" / "index.html").read_text("utf-8")
    assert 'value="redcar"' not in search  # no box: the hub's CSP cannot load another site's index
    assert (f'<ul aria-labelledby="hub-search-elsewhere">\n<li><a href="{own}search/">'
            "Redcar and Cleveland Borough Council</a></li>\n</ul>") in search


# --- the workflow's matrix ----------------------------------------------------------

def test_matrix_batches_the_councils_for_a_ci_matrix(tmp_path):
    hub = make_hub(tmp_path / "hub", keys=("stockton", "hartlepool"))
    (hub / "councils.yml").write_text(councils_yml(KEYS))
    (hub / "councils" / "middlesbrough" / "site_config").mkdir(parents=True)  # matrix reads no council config
    done = run_hub("matrix", str(hub), "--max-jobs", "2")
    assert (done.returncode, done.stdout) == (
        0, 'batches=[{"batch":1,"councils":"hartlepool middlesbrough"},{"batch":2,"councils":"stockton"}]\n')


def test_four_hundred_councils_make_two_hundred_jobs_of_two():
    from generator.hub.commands import batches
    found = batches([f"c{n:03}" for n in range(400)], 256)
    assert (len(found), {len(b["councils"].split()) for b in found}) == (200, {2})


def test_the_hub_workflow_builds_a_matrix_then_assembles_and_deploys():
    import yaml
    workflow = yaml.safe_load((Path(__file__).parent.parent / ".github/workflows/hub.yml").read_text())
    jobs = workflow["jobs"]
    plan = [s.get("run", "") for s in jobs["plan"]["steps"]]
    assert any("council-archive hub check" in r for r in plan)
    assert '.venv/bin/council-archive hub matrix "$HUB" >> "$GITHUB_OUTPUT"' in plan
    assert jobs["plan"]["env"] == {"HUB": "${{ inputs.hub }}"}  # never ${{ }} inside run: (zizmor)
    assert jobs["build"]["strategy"]["matrix"]["include"] == "${{ fromJSON(needs.plan.outputs.batches) }}"
    build = "\n".join(s.get("run", "") for s in jobs["build"]["steps"])
    assert 'council-archive hub build-council "$HUB" "$key" --site shards' in build
    assert any(s.get("with", {}).get("pattern") == "shards-*" for s in jobs["assemble"]["steps"])
    assert any("council-archive hub assemble" in s.get("run", "") for s in jobs["assemble"]["steps"])
    assert (jobs["build"]["needs"], jobs["assemble"]["needs"], jobs["deploy"]["needs"]) == ("plan", "build", "assemble")
    every_use = [s["uses"] for job in jobs.values() for s in job["steps"] if "uses" in s]
    assert all(re.fullmatch(r"[\w./-]+@[0-9a-f]{40}", u) for u in every_use)  # pinned to commits


def test_a_single_councils_estimate_may_name_its_area_code_and_it_is_checked(tmp_path):
    from tinysite import make_site, run_check
    populations = (Path(__file__).parent.parent / "site_config/populations.yml").read_text("utf-8")
    good = make_site(tmp_path / "good", config={"populations.yml": populations.replace(
        "      source:", "      area_code: E06000002\n      source:")})
    assert run_check(good).returncode == 0
    bad = make_site(tmp_path / "bad", config={"populations.yml": populations.replace(
        "      source:", "      area_code: Middlesbrough\n      source:")})
    done = run_check(bad)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "site_config/populations.yml:7: children.estimates[0].area_code: CA315 'Middlesbrough' is not an ONS area "
        "code: expected a letter and eight digits, e.g. E06000002 for Middlesbrough (see the ONS Open "
        "Geography Portal)", "1 error, 0 warnings"]


def test_a_council_counting_per_thousand_is_compared_from_its_values_and_estimates(built, tmp_path):
    """Stockton's rates are per 1,000: each comparison rate per 10,000 is its value x 10,000 /
    the estimate in force, to one decimal, never its rounded per-1,000 rate times ten
    (520 children: 12.1 per 1,000 would make 121.0; the figure is 120.6)."""
    hub = tmp_path / "hub"
    shutil.copytree(built, hub, symlinks=True)
    metrics = hub / COUNCILS["stockton"][2] / "site_config" / "metrics.yml"
    text = metrics.read_text("utf-8")
    start = text.index("children-looked-after:")
    metrics.write_text(text[:start] + text[start:].replace("per: 10000", "per: 1000", 1), "utf-8")
    build_all(hub, keys=("stockton",))
    shard = (hub / "site" / "stockton" / "data" / "readings.csv").read_text("utf-8")
    assert ",12.1,1000,calculated from the mid-2016 estimate," in shard  # what the shard rounds
    folder = hub / "site" / "compare" / "children-looked-after"
    rows = list(csv.DictReader(io.StringIO((folder / "children-looked-after.csv").read_text("utf-8"))))
    estimates = {"stockton": 43100, "hartlepool": 20400, "middlesbrough": 32180}
    assert [(r["council"], r["value"], r["rate"]) for r in rows if r["council"] == "stockton"] == [
        ("stockton", "470", "109.0"), ("stockton", "520", "120.6")]
    assert all(float(r["rate"]) == round(float(r["value"]) * 10000 / estimates[r["council"]], 1) for r in rows)
    page = (folder / "index.html").read_text("utf-8")
    assert "<td>520</td><td>120.6</td>" in page
