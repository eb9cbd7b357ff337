"""axe-core in a page, for every browser test that checks accessibility.

Every page has a Content-Security-Policy (generator/site/kinds/security.py) that
rightly refuses the inline script Playwright's add_script_tag inserts, so axe's
source is evaluated through page.evaluate, which the CSP does not govern.
"""
from __future__ import annotations

# WCAG 2.0, 2.1 and 2.2, levels A and AA: the UK public sector's legal bar.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

_RUN = """([context, tags]) => axe.run(context || document,
    {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}).then(r => r.violations)"""


def run_axe(page, axe_source: str, where: str, include: str | None = None) -> list[str]:
    """The page's WCAG A/AA violations, one formatted string each (empty: none).

    include: a CSS selector to check only that part of the page (axe's context)."""
    page.evaluate(axe_source)  # not add_script_tag: the page's CSP (rightly) refuses that
    context = {"include": [[include]]} if include else None
    found = page.evaluate(_RUN, [context, WCAG_TAGS])
    return [format_violation(v, where) for v in found]


def format_violation(violation: dict, where: str) -> str:
    nodes = "".join(f"\n    at {' '.join(map(str, n['target']))}: {n['html'][:240]}"
                    f"\n       {n.get('failureSummary', '').replace(chr(10), ' ')}"
                    for n in violation["nodes"][:5])
    more = f"\n    ... and {len(violation['nodes']) - 5} more" if len(violation["nodes"]) > 5 else ""
    return f"{where}: {violation['id']} ({violation['impact']}): {violation['help']}{nodes}{more}"
