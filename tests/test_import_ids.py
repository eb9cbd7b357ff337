"""Ids across reports: a suggested commitment that is one the portfolio already tracks
takes its id, with the match, its score and the words shared written into the draft for
the officer; a document that fails reserves no id."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from importing import import_into
from tinysite import REPO_ROOT, make_site

HAND_2019 = "2019/2019-09-04-childrens-services.md"
LATER = """\
Children's Services Executive Member Report to Council 4th March 2020

Progress against Strategic Plan and Directorate priorities

1. Continue to work with partners on the adverse childhood experiences project across more schools.

2. Open a new family hub in the town centre.

Councillor Barrie Cooper
Executive Member for Children's Services
"""


def front(site: Path, draft: str) -> dict:
    return yaml.safe_load((site / draft).read_text("utf-8").split("---")[1])


def test_a_tracked_commitment_keeps_its_id_and_the_match_is_shown(tmp_path):
    site = make_site(tmp_path / "site", reports={HAND_2019: (REPO_ROOT / "content" / "reports" / HAND_2019)
                                                 .read_text("utf-8")})
    source = tmp_path / "in" / "2020-03-04.txt"
    source.parent.mkdir()
    source.write_text(LATER, "utf-8")
    outcomes, _ = import_into(site, [source])
    found = front(site, outcomes[0].draft)
    assert [c["id"] for c in found["commitments"]] == ["adverse-childhood-experiences", "open-family-hub-town"]
    values = {v["field"]: v for v in found["imported"]["values"]}
    assert values["commitments[0]"]["match"] == ("adverse-childhood-experiences (score 0.90: shares 'adverse', "
                                                "'childhood', 'experiences')")
    assert "match" not in values["commitments[1]"]


HOUSING = {
    "portfolios.yml": "childrens-services: {name: \"Children's Services\"}\nhousing: {name: Housing}\n",
    "members.yml": (REPO_ROOT / "site_config" / "members.yml").read_text("utf-8")
    + "jo-park:\n  name: Councillor Jo Park\n  roles:\n    - {title: Executive Member for Housing, portfolio: housing}\n",
}


def test_a_document_that_fails_reserves_no_id(tmp_path):
    """The first document would overwrite a report and is not written; the second, another
    portfolio's later in the batch, gets its id without a '-2'."""
    clash = (REPO_ROOT / "content" / "reports" / HAND_2019).read_text("utf-8").replace("date: 2019-09-04",
                                                                                       "date: 2020-03-04")
    site = make_site(tmp_path / "site", reports={"2020/2020-03-04-childrens-services.md": clash}, config=HOUSING)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-clash.txt").write_text(LATER, "utf-8")
    (folder / "b-housing.txt").write_text(
        "Housing Executive Member Report to Council 9th September 2020\n\nPriorities\n\n"
        "1. Open a new family hub in the town centre.\n\nCouncillor Jo Park\nExecutive Member for Housing\n", "utf-8")
    result = subprocess.run([sys.executable, "-m", "generator.cli", "import", "--root", str(site), str(folder)],
                            capture_output=True, text=True, cwd=REPO_ROOT)
    assert result.returncode == 1, result.stdout  # the clash failed
    housing = front(site, "content/reports/2020/2020-09-09-housing.md")
    assert [c["id"] for c in housing["commitments"]] == ["open-family-hub-town"]
