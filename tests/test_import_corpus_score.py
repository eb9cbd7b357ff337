"""benchmarks/import_corpus.py scores drafts against a corpus's truth: a commitment a draft
names by id alone (the importer matched it to one worded in another report of the
portfolio) is scored by that wording, as the site shows it, or by this report's own words
for it, the update it carries."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from import_corpus import Score, _score_one, drafts_of  # noqa: E402

EARLIER = """---
date: 2021-02-10
portfolio: finance
member: eileen-mcpartland
commitments:
- id: customer-experience-strategy
  text: approves the Customer Experience Strategy.
---
"""
LATER = """---
date: 2021-05-11
portfolio: finance
member: eileen-mcpartland
commitments:
- id: customer-experience-strategy
- id: never-worded
- id: earlier-garbled
  update: approves the Council Tax Reduction Scheme.
---
"""


def test_a_commitment_named_by_id_alone_is_scored_by_its_earlier_wording(tmp_path):
    reports = tmp_path / "content" / "reports" / "2021"
    reports.mkdir(parents=True)
    (reports / "2021-02-10-finance.md").write_text(EARLIER, "utf-8")
    (reports / "2021-05-11-finance.md").write_text(LATER, "utf-8")
    drafts = drafts_of(tmp_path)
    truth = {"date": "2021-05-11", "portfolio": "finance", "member": "eileen-mcpartland", "metrics": [],
             "commitments": ["approves the Customer Experience Strategy.", "approves the Budget.",
                             "approves the Council Tax Reduction Scheme."],
             "format": "docx"}
    score = Score()
    _score_one("later.docx", truth, drafts[("2021-05-11", "finance")], score)
    assert (score.commitments_found, score.commitments) == (2, 3)
    assert score.misses == ["later.docx: commitment missed 'approves the Budget.'"]


def test_two_documents_of_one_meeting_are_each_scored_by_the_draft_made_from_it(tmp_path):
    """A report and its Easy Read version went to the same meeting: each has its own draft
    (the second named '-2'), and each document is scored against its own."""
    from import_corpus import score

    reports = tmp_path / "content" / "reports" / "2018"
    reports.mkdir(parents=True)
    for name, value, source in (("2018-01-09-housing.md", 195, "full_report.pdf"),
                                ("2018-01-09-housing-2.md", 22, "Easy_Read.docx")):
        (reports / name).write_text(f"---\ndate: 2018-01-09\nportfolio: housing\nmember: siobhan-oreilly\n"
                                    f"metrics:\n- {{metric: temporary-accommodation, value: {value}, as_of: "
                                    f"2017-09-30}}\nimported:\n  source: {source}\n---\n", "utf-8")
    truth = {name: {"date": "2018-01-09", "portfolio": "housing", "member": "siobhan-oreilly", "format": "docx",
                    "metrics": [{"metric": "temporary-accommodation", "value": value, "as_of": "2017-09-30"}],
                    "commitments": []}
             for name, value in (("full_report.pdf", 195), ("Easy_Read.docx", 22))}
    total = score(truth, drafts_of(tmp_path), {})
    assert (total.placed, total.right, total.stated) == (2, 2, 2)


def test_a_figure_right_but_its_rate_wrong_is_a_miss_named_with_both_rates():
    front = {"date": "2021-05-11", "portfolio": "finance", "member": "eileen-mcpartland",
             "metrics": [{"metric": "benefit-claims", "value": 1334, "as_of": "2021-03-31", "rate": 12.5}]}
    truth = {"date": "2021-05-11", "portfolio": "finance", "member": "eileen-mcpartland", "format": "docx",
             "metrics": [{"metric": "benefit-claims", "value": 1334, "as_of": "2021-03-31", "rate": 12.6}],
             "commitments": []}
    score = Score()
    _score_one("report.docx", truth, front, score)
    assert (score.right, score.rates_right, score.rates) == (1, 0, 1)
    assert score.misses == ["report.docx: rate of benefit-claims 12.5 (truth 12.6)"]
