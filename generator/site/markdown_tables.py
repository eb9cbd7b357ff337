"""A Markdown extension: table cell alignment as classes, not inline styles.

Python-Markdown's tables write style="text-align: right;" on th/td, which the
site's Content-Security-Policy (no inline style) blocks, so the alignment would
be lost and every such page logs a violation. generator/site/assets/quality.css
gives the classes the same alignment.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

_ALIGN = re.compile(r"^\s*text-align:\s*(left|right|center);?\s*$")


class _AlignClasses(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag not in ("th", "td"):
                continue
            match = _ALIGN.match(element.get("style", ""))
            if match:
                del element.attrib["style"]
                classes = (element.get("class", "") + f" ca-align-{match.group(1)}").strip()
                element.set("class", classes)


class AlignClassesExtension(Extension):
    def extendMarkdown(self, md) -> None:
        # after the table processor (priority 0 on block level) and before inline output
        md.treeprocessors.register(_AlignClasses(md), "ca_align_classes", 1)
