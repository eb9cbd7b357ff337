"""The facts a council sets live in site_config/site.yml; mkdocs.yml must not say otherwise.

The site's name once lived in both files (`site_name` for the header and page titles,
`name` for the feeds and calendar), and a council that changed one kept the old name in
half its site. Now the plugin sets MkDocs' `site_name` and `site_description` from
site.yml's `name` and `description`. MkDocs still requires a `site_name` line, which
says where the name comes from (SITE_NAME_FROM_SITE_YML); any other value there, or a
`site_description` that differs, is reported naming both files and lines.

mkdocs.yml is composed, not loaded: its `!ENV` tags are MkDocs' business, not errors here."""
from __future__ import annotations

from pathlib import Path

import yaml

from . import catalogue as checks
from .config import SiteConfig
from .load import display_path
from .problems import Problems

SITE_NAME_FROM_SITE_YML = "(from site_config/site.yml)"

# mkdocs.yml key -> (the site.yml field that holds the same fact, what to do when they differ)
SHARED = {
    "site_name": ("name", f"the site takes its name from site.yml: write site_name: {SITE_NAME_FROM_SITE_YML}"),
    "site_description": ("description", "the site takes its description from site.yml: delete "
                                        "site_description from mkdocs.yml"),
}


def check_mkdocs_agrees(mkdocs_file: Path, project_root: Path, config: SiteConfig, problems: Problems) -> None:
    settings = _top_level_scalars(mkdocs_file)
    shown = display_path(mkdocs_file, project_root)
    site_shown = config.paths.get("site.yml", "site_config/site.yml")
    for key, (field, what_to_do) in SHARED.items():
        if key not in settings:
            continue
        value, line = settings[key]
        ours = getattr(config.settings, field)
        if ours is not None and value.strip() not in (ours, SITE_NAME_FROM_SITE_YML):
            where = f"{site_shown}:{config.line('site.yml', field)}"
            problems.report(checks.MKDOCS_DISAGREES,
                            shown, line, key, f"'{value}' differs from {field} '{ours}' in {where}; {what_to_do}")


def _top_level_scalars(path: Path) -> dict[str, tuple[str, int]]:
    """key -> (text, line) of mkdocs.yml's plain text settings; {} if it cannot be read
    (MkDocs itself then says why)."""
    try:
        node = yaml.compose(path.read_text("utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    out = {}
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode) \
                and value.tag == "tag:yaml.org,2002:str":
            out[key.value] = (value.value, value.start_mark.line + 1)
    return out
