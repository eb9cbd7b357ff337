"""Writing reports for tiny sites from Python: a date, a member, figures,
commitments and topics, each a keyword."""
from __future__ import annotations

import json
from pathlib import Path

from generator.pipeline import Build, build_site_pages

# Two portfolios; members whose roles have dates (site_config/ files for make_site).
MEMBERS = """\
barrie-cooper:
  name: Councillor Barrie Cooper
  roles:
    - title: Executive Member for Children's Services
      portfolio: childrens-services
      from: 2019-05-01
    - title: Executive Member for Finance
      portfolio: finance
michael-carr:
  name: Councillor Michael Carr
  roles:
    - title: Executive Member for Children's Services
      portfolio: childrens-services
      to: 2019-04-30
"""
PORTFOLIOS = """\
childrens-services:
  name: Children's Services
finance:
  name: Finance
  description: The council's budget.
"""


def report_text(date: str, member: str = "barrie-cooper", portfolio: str = "childrens-services",
                title: str | None = None, metrics: list[tuple[str, float, str]] = (),
                commitments: list[dict] = (), tags: list[str] = ()) -> str:
    lines = ["---", f"title: {json.dumps(title or f'Report of {date}')}", f"date: {date}",
             f"portfolio: {portfolio}", f"member: {member}"]
    if metrics:
        lines.append("metrics:")
        for metric, value, as_of in metrics:
            lines += [f"  - metric: {metric}", f"    value: {value}", f"    as_of: {as_of}"]
    if commitments:
        lines.append("commitments:")
        for c in commitments:
            lines.append(f"  - id: {c['id']}")
            lines += [f"    {k}: {json.dumps(v)}" for k, v in c.items() if k != "id"]
    if tags:
        lines.append(f"tags: [{', '.join(tags)}]")
    return "\n".join(lines + ["---", "", f"The text of the report of {date}.", ""])


def report_path(date: str, portfolio: str = "childrens-services") -> str:
    """Path under content/reports/ for a report of that date."""
    return f"{date[:4]}/{date}-{portfolio}.md"


def core_build(root: Path, site_url: str = "https://example.org/archive/") -> Build:
    """The core on a tiny site, in process (no MkDocs): pages and files."""
    build = build_site_pages(root, root / "content", root / "site_config", site_url=site_url)
    assert not build.problems.errors, [str(p) for p in build.problems.errors]
    return build
