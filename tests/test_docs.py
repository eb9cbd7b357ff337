"""Docs that cannot drift: every front-matter field and site_config/ key is in the README or docs/."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.content.config import DEFINITION_FILES
from generator.content.models import CommitmentStatement, FrontMatter, MetricReading, SiteSettings

ROOT = Path(__file__).resolve().parent.parent
# The README and the guides in docs/ (docs/importing.md documents the `imported:` block).
README = "\n".join(p.read_text("utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def field_names(model) -> list[str]:
    names = []
    for name, info in model.model_fields.items():
        names.append(info.alias or name)
        sub = getattr(info.annotation, "__args__", (info.annotation,))
        for arg in sub:
            if isinstance(arg, type) and hasattr(arg, "model_fields") and arg not in (model,):
                names += field_names(arg)
    return names


@pytest.mark.parametrize("model", [FrontMatter, MetricReading, CommitmentStatement, SiteSettings,
                                   *DEFINITION_FILES.values()])
def test_every_field_is_documented(model):
    undocumented = [n for n in field_names(model) if not re.search(rf"`{re.escape(n)}`", README)]
    assert undocumented == [], f"{model.__name__}: document {undocumented} in README.md"
