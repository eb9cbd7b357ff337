"""The facts a council sets live in site_config/site.yml; mkdocs.yml must not say otherwise.

MkDocs requires `site_name` in mkdocs.yml (the header and page titles), and the feeds and
calendar take `name` from site.yml: when the two differ, a council that changed one kept
the old name in half its site. So `check` (and the build) report the two disagreeing,
naming both files and lines. `site_description` need not be in mkdocs.yml at all: the
plugin sets it from site.yml's `description`; if mkdocs.yml still has one, it must agree.

mkdocs.yml is composed, not loaded: its `!ENV` tags are MkDocs' business, not errors here."""
from __future__ import annotations

from pathlib import Path

import yaml

from .config import SiteConfig
from .load import display_path
from .problems import Problems

# mkdocs.yml key -> (the site.yml field that holds the same fact, what to do when they differ)
SHARED = {
    "site_name": ("name", "the header and page titles take site_name, the feeds and calendar take name: "
                          "write the same name in both"),
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
        if ours is not None and value.strip() != ours:
            where = f"{site_shown}:{config.line('site.yml', field)}"
            problems.error(shown, line, key, f"'{value}' differs from {field} '{ours}' in {where}; {what_to_do}")


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
