"""benchmarks/import_corpus.py scores drafts against a corpus's truth: a commitment a draft
names by id alone (the importer matched it to one worded in another report of the
portfolio) is scored by that wording, as the site shows it."""
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
---
"""


def test_a_commitment_named_by_id_alone_is_scored_by_its_earlier_wording(tmp_path):
    reports = tmp_path / "content" / "reports" / "2021"
    reports.mkdir(parents=True)
    (reports / "2021-02-10-finance.md").write_text(EARLIER, "utf-8")
    (reports / "2021-05-11-finance.md").write_text(LATER, "utf-8")
    drafts = drafts_of(tmp_path)
    truth = {"date": "2021-05-11", "portfolio": "finance", "member": "eileen-mcpartland", "metrics": [],
             "commitments": ["approves the Customer Experience Strategy.", "approves the Budget."],
             "format": "docx"}
    score = Score()
    _score_one("later.docx", truth, drafts[("2021-05-11", "finance")], score)
    assert (score.commitments_found, score.commitments) == (1, 2)
    assert score.misses == ["later.docx: commitment missed 'approves the Budget.'"]
