"""The tracker pages of the real seed reports, built with --strict."""
from __future__ import annotations

import posixpath
from pathlib import Path

import pytest

from test_seed_site import REPORT_2017, REPORT_2019, page_tree
from tinysite import make_site, run_build

INDEX = "commitments/index.html"
FGC = "commitments/family-group-conferencing/index.html"
NWD = "commitments/no-wrong-door/index.html"
SEED_IDS = {"firstline-training", "social-worker-recruitment-retention", "resource-team-redesign",
            "family-group-conferencing", "no-wrong-door", "achieving-outstanding-plan",
            "styos-hmip-action-plan", "adverse-childhood-experiences",
            "south-tees-safeguarding-arrangements", "social-work-practice-quality",
            "edge-of-care-provision", "youth-parliament", "savings-plans"}


def text_of(element) -> str:
    """The text as read, spaces normalised (CSS ::before marks are not in it)."""
    return " ".join(element.text_content().split())


def article(site: Path, rel: str):
    return page_tree(site, rel).xpath("//article")[0]


def status_groups(site: Path) -> dict[str, list[str]]:
    tree = page_tree(site, INDEX)
    return {section.xpath("string(h3/@id)"): [a.get("href") for a in section.xpath(".//li/p[1]/a")]
            for section in tree.xpath("//section[h3[starts-with(@id,'status-')]]")}


def test_index_states_the_as_at_day_and_the_counts(built_site):
    text = text_of(article(built_site, INDEX))
    assert ("13 commitments from 2 reports, judged as at the report of 4 September 2019: "
            "3 overdue, 4 silent.") in text
    link = page_tree(built_site, INDEX).xpath("//p[@class='ca-as-at']/a/@href")
    assert link == ["../reports/2019/2019-09-04-childrens-services/"]


def test_index_groups_every_commitment_by_status_newest_first(built_site):
    # the 2019 report's commitments (in its order) before those the 2017 report spoke of last
    groups = status_groups(built_site)
    assert groups == {
        "status-planned": ["edge-of-care-provision/", "achieving-outstanding-plan/"],
        "status-in-progress": [f"{cid}/" for cid in (
            "styos-hmip-action-plan", "adverse-childhood-experiences",
            "south-tees-safeguarding-arrangements", "social-work-practice-quality", "no-wrong-door",
            "family-group-conferencing", "youth-parliament", "savings-plans",
            "firstline-training", "social-worker-recruitment-retention", "resource-team-redesign")],
    }
    assert text_of(page_tree(built_site, INDEX).xpath("//p[@class='ca-order-note']")[0]) == (
        "Within each status, the most recently reported first.")


def table_rows(tree, xpath: str) -> list[list[str]]:
    return [[text_of(cell) for cell in row.xpath("th|td")] for row in tree.xpath(xpath)]


def test_index_summarises_by_portfolio_and_member(built_site):
    tree = page_tree(built_site, INDEX)
    assert table_rows(tree, "//table[@class='ca-tally']//tr") == [
        ["Portfolio", "Planned", "In progress", "Overdue", "Silent", "All"],
        ["Children's Services", "2", "11", "3", "4", "13"]]
    assert tree.xpath("//table[@class='ca-tally']//tbody//a/@href") == ["by-portfolio/childrens-services/"]
    members = tree.xpath("//ul[@class='ca-member-list']/li")
    assert [text_of(li) for li in members] == [
        "Councillor Barrie Cooper 7 commitments: 0 overdue, 0 silent",
        "Councillor Michael Carr 6 commitments: 3 overdue, 4 silent"]
    assert [li.xpath("string(a/@href)") for li in members] == ["by-member/barrie-cooper/", "by-member/michael-carr/"]


def test_member_and_portfolio_pages_list_their_commitments_by_status(built_site):
    carr = page_tree(built_site, "commitments/by-member/michael-carr/index.html")
    assert text_of(carr.xpath("//h1")[0]) == "Commitments made by Councillor Michael Carr"
    assert text_of(carr.xpath("//p[@class='ca-as-at']")[0]) == (
        "6 commitments, judged as at the report of 4 September 2019: 3 overdue, 4 silent.")
    assert {h.get("id"): len(h.xpath("following-sibling::ul[1]/li")) for h in carr.xpath("//section/h3")} == {
        "status-planned": 1, "status-in-progress": 5}
    assert carr.xpath("//section//li/p[1]/a/@href")[0] == "../../achieving-outstanding-plan/"
    portfolio = page_tree(built_site, "commitments/by-portfolio/childrens-services/index.html")
    assert text_of(portfolio.xpath("//h1")[0]) == "Commitments: Children's Services"
    assert len(portfolio.xpath("//ul[contains(@class,'ca-tracked-list')]/li")) == 13


def test_index_entry_flags_in_words(built_site):
    tree = page_tree(built_site, INDEX)
    item = tree.xpath("//ul[contains(@class,'ca-tracked-list')]/li[p/a/@href='firstline-training/']")[0]
    assert text_of(item) == (
        "The department's investment in front line staff continues with the introduction of "
        "Firstline – a training opportunity to grow and develop managers' abilities and strengths. "
        "In progress Overdue Silent: delivered or dropped? Due: 2018 Children's Services · made "
        "by Councillor Michael Carr · first stated in the report of 21 December 2017")
    assert (item.get("data-status"), item.get("data-flags")) == ("in-progress", "overdue silent")
    flagged = {li.xpath("string(p[1]/a/@href)").rstrip("/"): li.get("data-flags")
               for li in tree.xpath("//ul[contains(@class,'ca-tracked-list')]/li[@data-flags!='']")}
    assert flagged == {"firstline-training": "overdue silent", "resource-team-redesign": "overdue silent",
                       "social-worker-recruitment-retention": "silent",
                       "achieving-outstanding-plan": "silent", "no-wrong-door": "overdue"}


def test_shared_commitment_has_both_reports_on_one_timeline(built_site):
    tree = page_tree(built_site, FGC)
    events = tree.xpath("//ol[@class='ca-timeline']/li")
    assert [text_of(e.xpath("h3")[0]) for e in events] == [
        "21 December 2017 Councillor Michael Carr", "4 September 2019 Councillor Barrie Cooper"]
    assert [e.get("class") for e in events] == ["ca-event", "ca-event ca-event-changed"]
    assert text_of(events[1].xpath("p[1]")[0]) == "In progress Status changed from planned to in progress"
    assert text_of(events[1].xpath("blockquote")[0]).startswith(
        "We have been successful in a bid for funding to the Department for Education.")
    assert [e.xpath("string(p[last()]/a/@href)") for e in events] == [
        "../../reports/2017/2017-12-21-childrens-services/#family-group-conferencing",
        "../../reports/2019/2019-09-04-childrens-services/#item-7"]
    promise = text_of(tree.xpath("//figure[@class='ca-promise']")[0])
    assert promise == ("The service will include the development of a Family Group Conferencing approach "
                       "that will span children's services. The promise as first worded, in the report "
                       "of 21 December 2017.")
    # searched through its group of commitments (generator/search/groups.py), not as a page
    assert tree.xpath("//*[@data-pagefind-body or @data-pagefind-filter]") == []


def facts(tree) -> dict[str, str]:
    return {text_of(d.xpath("dt")[0]): text_of(d.xpath("dd")[0]) for d in tree.xpath("//dl[@class='ca-facts']/div")}


def flag_notes(tree) -> list[str]:
    return [text_of(p) for p in tree.xpath("//p[@class='ca-flag-note']")]


def test_overdue_commitment_gives_the_due_date_in_the_reports_words(built_site):
    tree = page_tree(built_site, NWD)
    assert facts(tree) == {
        "Status": "In progress Overdue", "Portfolio": "Children's Services",
        "Made by": "Councillor Michael Carr, Executive Member for Children's Services",
        "First stated": "21 December 2017", "Last update": "4 September 2019",
        "Due": "August 2019 “A detailed project plan is scheduled to be submitted by the end of August "
               "to the Department for Education” (report of 4 September 2019)"}
    assert flag_notes(tree) == [
        "Overdue as at the report of 4 September 2019: it was due by August 2019 (on time until 31 "
        "August 2019), and the last report to mention it says in progress."]


def test_silent_commitment_names_the_report_that_left_it_out(built_site):
    tree = page_tree(built_site, "commitments/firstline-training/index.html")
    assert flag_notes(tree) == [
        "Overdue as at the report of 4 September 2019: it was due by 2018 (on time until 31 December "
        "2018), and the last report to mention it says in progress.",
        "Silent: delivered or dropped? the report of 4 September 2019, the next report of Children's "
        "Services, does not mention it, nor does any later one; the last report that did said in progress."]
    assert facts(tree)["Due"] == ("2018 “This innovative training will be accessible within the New "
                                  "Year.” (report of 21 December 2017)")


def test_without_a_due_date_the_page_says_so(built_site):
    tree = page_tree(built_site, FGC)
    assert facts(tree)["Due"] == "No report states a due date"
    assert flag_notes(tree) == []


@pytest.mark.parametrize("report", [REPORT_2017, REPORT_2019])
def test_each_report_links_every_commitment_to_its_tracker_page(built_site, report):
    tree = page_tree(built_site, report)
    for item in tree.xpath("//li[contains(@class,'ca-commitment')]"):
        cid = item.get("id").removeprefix("commitment-")
        assert item.xpath(".//a[text()='Track this commitment']/@href") == [f"../../../commitments/{cid}/"]
    assert len(tree.xpath("//a[text()='Track this commitment']")) == (6 if report == REPORT_2017 else 9)


def test_every_link_on_the_tracker_pages_resolves(built_site):
    pages = sorted((built_site / "commitments").rglob("index.html"))
    assert {p.parent.name for p in pages} == SEED_IDS | {"commitments", "childrens-services",
                                                         "barrie-cooper", "michael-carr"}
    for page in pages:
        tree = page_tree(built_site, str(page.relative_to(built_site)))
        for href in tree.xpath("//article//a/@href"):
            path, _, anchor = href.partition("#")
            target = (page.parent / path).resolve() / "index.html" if path else page
            assert target.is_file(), (page, href)
            if anchor:
                assert page_tree(built_site, str(target.relative_to(built_site))).xpath(
                    f"//*[@id='{anchor}']"), (page, href)


def test_the_commitments_page_is_in_the_nav(built_site):
    home = page_tree(built_site, "index.html")
    assert "commitments/" in home.xpath("//nav[contains(@class,'md-nav--primary')]//a/@href")


def test_same_content_same_bytes(tmp_path, repo_root):
    """Two builds of the same tiny site write identical tracker pages."""
    import shutil
    outputs = []
    for name in ("a", "b"):
        root = make_site(tmp_path / name, reports={})
        shutil.copytree(repo_root / "content" / "reports", root / "content" / "reports", dirs_exist_ok=True)
        result = run_build(root)
        assert result.returncode == 0, result.stderr
        outputs.append({p.relative_to(root / "site").as_posix(): p.read_bytes()
                        for p in sorted((root / "site" / "commitments").rglob("*.html"))})
    assert len(outputs[0]) == 17 and outputs[0] == outputs[1]


def test_a_long_list_is_left_to_the_portfolio_and_member_pages(repo_root, monkeypatch):
    from generator.site.kinds import commitments
    from generator.pipeline import check_archive

    archive = check_archive(repo_root, repo_root / "content", repo_root / "site_config").archive
    monkeypatch.setattr(commitments, "LIST_ON_INDEX_UP_TO", 12)
    index = next(p for p in commitments.commitment_pages(archive) if p.src_uri == "commitments/index.md")
    assert "ca-tracked-list" not in index.html and "ca-commitment-filter" not in index.html
    assert ("<p>Planned: 2; In progress: 11. There are too many commitments to list on one page: choose "
            "a portfolio or a member above, each of which lists its commitments by status.</p>") in index.html


def seed_site(root: Path, repo_root: Path, site_yml: str) -> Path:
    import shutil
    make_site(root, reports={}, config={"site.yml": site_yml})
    shutil.copytree(repo_root / "content" / "reports", root / "content" / "reports", dirs_exist_ok=True)
    return root


def test_strict_build_fails_on_the_seeds_when_the_check_is_a_warning(tmp_path, repo_root):
    """Why the seed site sets 'info': with the default the record itself fails --strict."""
    result = run_build(seed_site(tmp_path, repo_root, "name: A\ncouncil: B\n"))
    assert result.returncode == 1
    assert ("WARNING -  council-archive: content/reports/2019/2019-09-04-childrens-services.md:20: "
            "commitments: warning: CA505 no longer mentions commitment 'firstline-training', which the "
            "previous report of this portfolio, content/reports/2017/2017-12-21-childrens-services.md "
            "(21 December 2017), listed as in progress; if this report says what became of it, add it "
            "to commitments") in result.stderr


def test_build_date_setting_judges_as_at_source_date_epoch(tmp_path, repo_root):
    root = seed_site(tmp_path, repo_root, "name: A\ncouncil: B\nas_at: build-date\n"
                                          "checks:\n  unmentioned_commitments: off\n")
    result = run_build(root)  # SOURCE_DATE_EPOCH=1700000000: 14 November 2023
    assert result.returncode == 0, result.stderr
    tree = page_tree(root / "site", "commitments/index.html")
    assert text_of(tree.xpath("//p[@class='ca-as-at']")[0]) == (
        "13 commitments from 2 reports, judged as at 14 November 2023 (the build date): "
        "4 overdue, 4 silent.")
    assert "note:" not in result.stderr
