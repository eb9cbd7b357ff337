"""The Atom writer (site/parts/atom.py) writes feeds as text: it must give exactly what
ElementTree gives for the same feed, the writer it replaced (kept here to compare)."""
import xml.etree.ElementTree as ET
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site.parts.atom import ATOM_NS, FEED_ENTRIES, Feed, FeedEntry, timestamp, write_feed


def element_tree_feed(feed: Feed, site_url: str, author: str, rights: str) -> str:
    def add(parent, tag, text=None, **attrs):
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        element.text = text
        return element

    base = site_url.rstrip("/") + "/"
    entries = feed.entries[:FEED_ENTRIES]
    root = ET.Element(f"{{{ATOM_NS}}}feed")
    add(root, "id", base + feed.path)
    add(root, "title", feed.title)
    add(root, "updated", timestamp(max((e.updated for e in entries), default=feed.empty_updated)))
    add(root, "link", rel="self", type="application/atom+xml", href=base + feed.path)
    add(root, "link", rel="alternate", type="text/html", href=base + feed.page)
    add(add(root, "author"), "name", author)
    add(root, "rights", rights)
    for e in entries:
        entry = add(root, "entry")
        add(entry, "id", e.id)
        add(entry, "title", e.title)
        add(entry, "updated", timestamp(e.updated))
        add(entry, "link", rel="alternate", type="text/html", href=e.link)
        add(entry, "summary", e.summary)
    ET.register_namespace("", ATOM_NS)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
entry = st.builds(FeedEntry, id=words, title=words, updated=days, link=words, summary=words)


@settings(max_examples=300)
@given(path=words, title=words, page=words, entries=st.lists(entry, max_size=FEED_ENTRIES + 3),
       empty=days, author=words, rights=words)
def test_the_text_writer_gives_what_element_tree_gives(path, title, page, entries, empty, author, rights):
    feed = Feed(path, title, page, entries, empty)
    assert write_feed(feed, "https://example.org/a/", author, rights) == \
        element_tree_feed(feed, "https://example.org/a/", author, rights)


def test_markup_in_a_title_is_escaped():
    feed = Feed("feeds/x.xml", 'Fish & <chips> "x"', "p/",
                [FeedEntry("https://e/1", "<b>", date(2020, 1, 2), "https://e/?a=1&b=\"2\"", "")], date(2020, 1, 1))
    text = write_feed(feed, "https://e/", "A", "R")
    assert "<title>Fish &amp; &lt;chips&gt; \"x\"</title>" in text
    assert 'href="https://e/?a=1&amp;b=&quot;2&quot;" />' in text and "<summary />" in text
