"""Whatever the text, the draft the importer writes passes the project's YAML and
front-matter loader, and every value it suggests is there in the source's words."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings, strategies as st

from generator.content.config import load_config
from generator.content.load import split_front_matter, load_report
from generator.content.problems import Problems
from generator.content.yamlsource import parse_yaml
from generator.importers.assign import History, assign_commitments
from generator.importers.convert import convert
from generator.importers.draft import Provenance, front_matter, render_draft
from generator.importers.metric_names import MetricNames
from generator.importers.normalise import clean_line
from tinysite import REPO_ROOT

CONFIG = load_config(REPO_ROOT / "site_config", REPO_ROOT, Problems())
NAMES = MetricNames(CONFIG)
LABELS = sorted({a for m in CONFIG.metrics.values() for a in [m.label, *m.aliases]})

number = st.integers(0, 99_999).map(lambda n: f"{n:,}" if n > 999 and n % 2 else str(n))
day = st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31))
figure_line = st.builds(lambda label, n, d, style: [
    f"{label} @ {d:%d/%m/%Y}\t{n}", f"Current {label} figures are:\t{n}\t(12.5 per 10,000)",
    f"As at {d.day} {d:%B %Y} there were {n} {label}", f"{label}: {n}, as of {d.day} {d:%B %Y}"][style],
    st.sampled_from(LABELS), number, day, st.integers(0, 3))
lines = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=80),
    figure_line,
    st.builds(lambda n, t: f"- {n} {t}", st.integers(1, 30), st.text(max_size=60)),
    st.sampled_from(["Councillor Barrie Cooper", "Executive Member for Children's Services",
                     "Children's Services Executive Member Report to Council 4th September 2019", "", "\t",
                     "---", "# heading", "| a | b |", "key: value", "'quoted'", "&anchor *alias"]),
)


def tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


SIGNATURE = ["", "Councillor Barrie Cooper", "Executive Member for Children's Services"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(lines, max_size=15), st.lists(figure_line, min_size=1, max_size=5), st.lists(lines, max_size=15),
       st.sampled_from([[], SIGNATURE]))
def test_any_text_gives_a_draft_the_loader_reads_with_every_value_in_the_source(tmp_path_factory, before,
                                                                                  figures, after, signature):
    text = "\n".join(before + figures + after + signature)
    result = convert(Path("report.txt"), text.encode("utf-8"), CONFIG, NAMES)
    if result.failure:
        assert "\n" not in result.failure
        return
    findings = result.findings
    event(f"figures found: {bool(findings.figures)}")
    event(f"a complete draft (loaded as a report): {not findings.missing}")
    commitments = assign_commitments(findings, History())
    front = front_matter(findings, commitments, Provenance("report.txt", result.sha256), result.document)
    draft = render_draft(front, result.document, commitments, findings.missing)

    problems = Problems()
    front_text, _ = split_front_matter(draft, "draft.md", problems)
    doc = parse_yaml(front_text, "draft.md", problems, line_offset=0)
    assert doc is not None and not problems.errors, problems.sorted()
    if not findings.missing:
        folder = tmp_path_factory.mktemp("draft")
        path = folder / "reports" / "draft.md"
        path.parent.mkdir()
        path.write_text(draft, "utf-8")
        assert load_report(path, folder, folder, problems) is not None, problems.sorted()

    source = tokens(" ".join(clean_line(l) for l in text.split("\n")))  # ligatures, soft hyphens undone
    def in_source(words: str) -> bool:
        # a table's row may be made of several lines (a label running on): its words are in
        # the source, though not always one after another
        return contains(source, tokens(words)) or not Counter(tokens(words)) - Counter(source)

    for value in doc.data["imported"]["values"]:
        assert in_source(value["words"]), value
    for figure in findings.figures:
        assert contains(tokens(figure.words), tokens(figure.value_text.replace(",", ""))) or \
            figure.value_text in figure.words
        assert in_source(figure.as_of_words)
