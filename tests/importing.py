"""Run the importer on a tiny site and read back the drafts it wrote."""
from __future__ import annotations

from pathlib import Path

from generator.content.config import load_config
from generator.content.load import load_report
from generator.content.problems import Problems
from generator.importers.batch import Project, import_paths
from generator.importers.workers import Limits


def project(site: Path) -> Project:
    problems = Problems()
    config = load_config(site / "site_config", site, problems)
    assert not problems.errors, problems.errors
    return Project(site, site / "content", config)


def import_into(site: Path, paths: list[Path], limits: Limits = Limits()):
    """The outcomes and, for each draft written under content/reports/, the loaded report."""
    outcomes = import_paths(paths, project(site), limits)
    drafts = []
    for o in outcomes:
        if o.status == "imported":
            problems = Problems()
            report = load_report(site / o.draft, site / "content", site, problems)
            assert report is not None, problems.sorted()
            drafts.append(report)
    return outcomes, drafts
