"""Importing the two seed reports, as text and as real DOCX, PDF, ODT and HTML
documents made from that text, gives what the hand-made content/ says: date,
member, portfolio, title, every figure with its as_of and printed rate, and the
commitments' texts with the ids the two reports share."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.load import load_report
from generator.content.problems import Problems
from importdocs import SEED_2017, SEED_2019, outline, write_docx, write_html, write_odt, write_pdf
from tinysite import REPO_ROOT, make_site
from importing import import_into

pytestmark = pytest.mark.skipif(SEED_2019 is None, reason="the seeds are in tests/seeds")

HAND_2019 = "2019/2019-09-04-childrens-services.md"
HAND_2017 = "2017/2017-12-21-childrens-services.md"
WRITERS = {"docx": write_docx, "pdf": write_pdf, "odt": write_odt, "html": write_html}


def hand_made(rel: str):
    return load_report(REPO_ROOT / "content" / "reports" / rel, REPO_ROOT / "content", REPO_ROOT, Problems())


def document(seed: Path, fmt: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        target = folder / f"{seed.stem}.txt"
        target.write_bytes(seed.read_bytes())
        return target
    return WRITERS[fmt](outline(seed.read_text("utf-8")), folder / f"{seed.stem}.{fmt}")


def readings(report) -> list[tuple]:
    return [(m.metric, m.value, m.as_of, m.rate) for m in report.front.metrics]


def same_heading(draft, hand) -> None:
    for name in ("title", "date", "meeting", "portfolio", "member"):
        assert getattr(draft.front, name) == getattr(hand.front, name), name


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf", "odt", "html"])
def test_the_2019_seed_gives_the_hand_made_report(tmp_path, fmt):
    hand_2017 = (REPO_ROOT / "content" / "reports" / HAND_2017).read_text("utf-8")
    site = make_site(tmp_path / "site", reports={HAND_2017: hand_2017})
    outcomes, drafts = import_into(site, [document(SEED_2019, fmt, tmp_path / "in")])
    assert [(o.status, o.reason) for o in outcomes] == [("imported", "")]
    draft, hand = drafts[0], hand_made(HAND_2019)
    same_heading(draft, hand)
    assert readings(draft) == readings(hand)
    assert len(draft.front.metrics) == 4
    by_anchor = {c.anchor: c for c in draft.front.commitments}
    for wanted in hand.front.commitments:
        found = by_anchor[wanted.anchor]
        if wanted.text:  # the hand-made text where the report words the promise itself
            assert found.text == wanted.text, wanted.anchor
        if wanted.id in ("no-wrong-door", "family-group-conferencing"):  # worded in 2017
            assert (found.id, found.text) == (wanted.id, None)


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf", "odt", "html"])
def test_the_2017_seed_gives_the_hand_made_figures_with_their_rates(tmp_path, fmt):
    site = make_site(tmp_path / "site", reports={})
    outcomes, drafts = import_into(site, [document(SEED_2017, fmt, tmp_path / "in")])
    assert [(o.status, o.reason) for o in outcomes] == [("imported", "")]
    draft, hand = drafts[0], hand_made(HAND_2017)
    same_heading(draft, hand)
    assert readings(draft) == readings(hand)
    assert [m.rate for m in draft.front.metrics] == [136.1, 78.3, 430.4]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf", "odt", "html"])
def test_the_2017_seed_names_the_commitments_the_2019_report_tracks_in_its_own_words(tmp_path, fmt):
    """An unnumbered report: only the prose sentences naming a commitment the portfolio's
    other reports track (here the later 2019 report, whose two updates have no text)."""
    hand_2019 = (REPO_ROOT / "content" / "reports" / HAND_2019).read_text("utf-8")
    site = make_site(tmp_path / "site", reports={HAND_2019: hand_2019})
    _, drafts = import_into(site, [document(SEED_2017, fmt, tmp_path / "in")])
    hand = {c.id: c for c in hand_made(HAND_2017).front.commitments}
    found = [(c.id, c.text, c.status, c.anchor) for c in drafts[0].front.commitments]
    assert found == [(cid, hand[cid].text, hand[cid].status, hand[cid].anchor)
                     for cid in ("family-group-conferencing", "no-wrong-door")]


def test_each_suggested_value_keeps_where_it_was_read(tmp_path):
    site = make_site(tmp_path / "site", reports={})
    _, drafts = import_into(site, [document(SEED_2017, "txt", tmp_path / "in")])
    record = drafts[0].front.imported
    assert record.review == "unconfirmed"
    where = {v.field: (v.at, v.words) for v in record.values}
    assert where["date"] == ("line 5", "As of 21 December 2017:-")
    assert where["member"] == ("line 51", "Councillor Michael Carr")
    assert where["metrics[0]"] == ("line 7", "Current Children Looked After (LAC) figures are:\t438\t(136.1 per 10,000)")
