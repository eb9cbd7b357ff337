"""`mkdocs build --strict` on tiny sites: same problems, same messages, never a silent drop."""
from __future__ import annotations

from lxml import html as lxml_html

from tinysite import GOOD_REPORT, make_site, report, run_build, run_check

PATH = "content/reports/2019/2019-09-04-childrens-services.md"


def test_build_fails_with_the_check_messages(tmp_path):
    root = make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": report(member="member: nobody")})
    build = run_build(root)
    message = f"{PATH}:6: member: CA102 unknown member 'nobody'; keys are defined in site_config/members.yml"
    assert build.returncode == 1
    assert f"ERROR   -  council-archive: {message}" in build.stderr
    assert "ERROR   -  1 error in content/ or site_config/ (listed above); the site was not built, " \
        "so no report is left out" in build.stderr
    assert message in run_check(root).stderr
    assert "Traceback" not in build.stderr


def test_strict_build_fails_on_a_warning(tmp_path):
    text = GOOD_REPORT.replace("as_of: 2019-08-18", "as_of: 2019-08-18\n    rate: 136.1")
    build = run_build(make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": text}))
    assert build.returncode == 1
    assert f"WARNING -  council-archive: {PATH}:11: metrics[0].rate: warning: CA404 stated rate 136.1" in build.stderr


def test_every_report_gets_its_page(tmp_path):
    root = make_site(tmp_path, {
        "2019/2019-09-04-childrens-services.md": GOOD_REPORT,
        "2018/2018-03-01-childrens-services.md": report(date="date: 2018-03-01").replace(
            "as_of: 2019-08-18", "as_of: 2018-02-01"),
    })
    build = run_build(root)
    assert build.returncode == 0, build.stderr
    pages = sorted(p.relative_to(root / "site").as_posix() for p in (root / "site" / "reports").rglob("index.html"))
    assert pages == ["reports/2018/2018-03-01-childrens-services/index.html",
                     "reports/2018/index.html",  # the year pages (generator/site/kinds/reports_index.py)
                     "reports/2019/2019-09-04-childrens-services/index.html",
                     "reports/2019/index.html", "reports/index.html"]


def test_unknown_block_in_a_page_is_named(tmp_path):
    root = make_site(tmp_path, pages={"extra.md": "# Extra\n\n<!-- council-archive:latest-report -->\n"})
    build = run_build(root)
    assert build.returncode == 1
    assert "extra.md: CA952 unknown block '<!-- council-archive:latest-report -->' (known blocks: " \
        "commitments-attention, latest-figures, latest-reports, search-box)" in build.stderr


def test_report_title_survives_handing_mkdocs_only_the_title(tmp_path):
    """MkDocs gets the report's title, not its whole front matter, to parse (a build-time saving)."""
    text = report(title='title: "Children\'s Services: Autumn report, part 2"')
    root = make_site(tmp_path, {"2019/2019-09-04-childrens-services.md": text})
    build = run_build(root)
    assert build.returncode == 0, build.stderr
    html = (root / "site" / "reports" / "2019" / "2019-09-04-childrens-services" / "index.html").read_text()
    tree = lxml_html.fromstring(html)
    assert tree.xpath("string(//h1)") == "Children's Services: Autumn report, part 2"
    assert tree.xpath("string(//title)") == ("Children's Services: Autumn report, part 2 - "
                                             "Middlesbrough Council report archive")
