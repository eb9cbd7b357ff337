"""Blocks -> HTML, in two dialects councils publish: a committee system's agenda-item page
(ModernGov-like: nested layout tables, breadcrumbs, a sidebar listing other meetings) and
Word's "Save as Web Page" (MsoNormal paragraphs, typed numbers with mso-tab-count spans,
lists drawn with <![if !supportLists]>, source lines wrapped mid-sentence).
And blocks -> the plain text a browser saves ("Save page as: Text files").
"""
from __future__ import annotations

import html
import textwrap

from blocks import Document, Heading, ListBlock, PageBreak, Para, Spacer, Table, plain, spans
from word import place_cells

LETTER = "abcdefghijklmnopqrstuvwxyz"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def inline_html(text: str, nbsp_tabs: bool = True) -> str:
    out = []
    for s in spans(text):
        if s.br:
            out.append("<br>\n")
            continue
        t = html.escape(s.text, quote=False)
        if nbsp_tabs:
            t = t.replace("\t", "&nbsp;&nbsp;&nbsp; ")
        if s.sup:
            t = f"<sup>{t}</sup>"
        if s.bold:
            t = f"<strong>{t}</strong>"
        out.append(t)
    return "".join(out)


def number(kind: str, fmt: str, n: int) -> str:
    v = {"decimal": str(n), "lower-alpha": LETTER[n - 1], "upper-alpha": LETTER[n - 1].upper(),
         "lower-roman": ROMAN[n - 1]}[kind]
    return fmt.format(v)


# --- a committee system's page ----------------------------------------------

def clean_body(doc: Document, table_class: str = "mgStatsTable", nbsp_numbers: bool = True) -> str:
    """The report as a committee system shows it: <p>, <h2>/<h3>, <table> with spans, <ol>."""
    out = []
    for b in doc.blocks:
        if isinstance(b, Heading):
            tag = "h2" if b.level == 1 else "h3"
            out.append(f"<{tag}>{inline_html(b.text)}</{tag}>")
        elif isinstance(b, Para):
            lead = f"{html.escape(b.num)}{'&nbsp;&nbsp;&nbsp;' if nbsp_numbers else ' '}" if b.num else ""
            text = inline_html(b.text)
            if b.bold:
                text = f"<strong>{text}</strong>"
            style = f' style="margin-left:{b.indent:.1f}cm"' if b.indent else ""
            out.append(f"<p{style}>{lead}{text}</p>")
        elif isinstance(b, ListBlock):
            t = {"decimal": "1", "lower-alpha": "a", "lower-roman": "i", "upper-alpha": "A"}[b.kind]
            items = "".join(f"<li>{inline_html(i)}</li>\n" for i in b.items)
            start = f' start="{b.start}"' if b.start != 1 else ""
            out.append(f'<ol type="{t}"{start}>\n{items}</ol>')
        elif isinstance(b, Table):
            out.append(table_html(b, f'class="{table_class}" border="1" cellspacing="0" cellpadding="4"'))
        elif isinstance(b, Spacer):
            out.append("<p>&nbsp;</p>")
    return "\n".join(out)


def table_html(t: Table, attrs: str, cell_attrs: str = "", th: bool = True) -> str:
    rows = []
    for r, row in enumerate(t.rows):
        cells = []
        for c in row:
            tag = "th" if (th and r < t.header_rows) else "td"
            span = (f' colspan="{c.colspan}"' if c.colspan > 1 else "") + (f' rowspan="{c.rowspan}"' if c.rowspan > 1 else "")
            text = inline_html(c.text) or "&nbsp;"
            if c.bold and tag == "td":
                text = f"<strong>{text}</strong>"
            cells.append(f"<{tag}{span}{cell_attrs}>{text}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    caption = f"<caption>{html.escape(t.caption)}</caption>" if t.caption else ""
    return f"<table {attrs}>{caption}\n" + "\n".join(rows) + "\n</table>"


# --- Word: Save as Web Page -------------------------------------------------

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>{author}</o:Author>
  <o:LastAuthor>{author}</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:Created>{created}</o:Created>
  <o:Company>{company}</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Arial;
	panose-1:2 11 6 4 2 2 2 2 2 4;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:0cm;
	font-size:{size}.0pt;
	font-family:"Arial",sans-serif;}}
h1
	{{margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:0cm;
	page-break-after:avoid;
	font-size:12.0pt;
	font-family:"Arial",sans-serif;
	font-weight:bold;}}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:36.0pt;
	font-size:{size}.0pt;
	font-family:"Arial",sans-serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:56.7pt 62.35pt 56.7pt 62.35pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
</head>

<body lang=EN-GB style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

"""


def _wrap(s: str, width: int = 76) -> str:
    """Word breaks its HTML source lines at about 76 characters, wherever a space falls."""
    lines = []
    for para in s.split("\n"):
        lines.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(lines)


def word_inline(text: str, bold: bool = False) -> str:
    out = []
    for s in spans(text, bold):
        if s.br:
            out.append("<br>\n")
            continue
        t = html.escape(s.text, quote=False).replace("\t", "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>")
        if s.sup:
            t = f"<sup>{t}</sup>"
        if s.bold:
            t = f"<b>{t}</b>"
        out.append(t)
    return "".join(out)


def word_html(doc: Document, created: str, company: str, size: int = 12) -> str:
    out = [WORD_HEAD.format(title=html.escape(doc.page.title), author=doc.page.author, created=created,
                            company=company, size=size)]
    list_no = 0
    for b in doc.blocks:
        if isinstance(b, Heading):
            out.append(_wrap(f"<h1>{word_inline(b.text)}</h1>"))
        elif isinstance(b, Para):
            style, align = [], ""
            if b.align == "center":
                align, style = " align=center", ["text-align:center"]
            if b.num:
                left = 36 + b.indent * 28.35
                style += [f"margin-left:{left:.1f}pt", "text-indent:-36.0pt"]
                body = f"{html.escape(b.num)}<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>{word_inline(b.text, b.bold)}"
            else:
                if b.indent:
                    style.append(f"margin-left:{b.indent * 28.35:.1f}pt")
                body = word_inline(b.text, b.bold)
                if b.size:
                    body = f"<span style='font-size:{b.size:.1f}pt'>{body}</span>"
            st = f" style='{';'.join(style)}'" if style else ""
            out.append(_wrap(f"<p class=MsoNormal{align}{st}>{body}</p>"))
        elif isinstance(b, ListBlock):
            list_no += 1
            for i, item in enumerate(b.items):
                mark = number(b.kind, b.fmt, b.start + i)
                first = " mso-list:l{0} level1 lfo{1}".format(list_no - 1, list_no)
                out.append(_wrap(
                    f"<p class=MsoListParagraph style='margin-left:{36 + b.indent * 28.35:.1f}pt;text-indent:-18.0pt;{first.strip()}'>"
                    f"<![if !supportLists]><span style='mso-list:Ignore'>{mark}<span style='font:7.0pt \"Times New Roman\"'>"
                    f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>{word_inline(item)}</p>"))
        elif isinstance(b, Table):
            out.append(_word_table(b))
            out.append("<p class=MsoNormal>&nbsp;</p>")
        elif isinstance(b, (Spacer, PageBreak)):
            br = "<br clear=all style='page-break-before:always'>" if isinstance(b, PageBreak) else ""
            out.append(f"<p class=MsoNormal>{br}&nbsp;</p>")
    out.append("\n</div>\n\n</body>\n\n</html>\n")
    return "\n\n".join(out)


def _word_table(t: Table) -> str:
    rows = []
    for r, row in enumerate(t.rows):
        cells = []
        for c in row:
            span = (f" colspan={c.colspan}" if c.colspan > 1 else "") + (f" rowspan={c.rowspan}" if c.rowspan > 1 else "")
            shade = f";background:#{c.shade}" if c.shade else ""
            align = " align=center style='text-align:center'" if c.align == "center" else ""
            body = word_inline(c.text, c.bold) or "&nbsp;"
            cells.append(f"  <td{span} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt{shade}'>\n"
                         f"  {_wrap(f'<p class=MsoNormal{align}>{body}</p>')}\n  </td>")
        rows.append(f" <tr style='mso-yfti-irow:{r}'>\n" + "\n".join(cells) + "\n </tr>")
    return ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;border:none'>\n"
            + "\n".join(rows) + "\n</table>")


# --- a browser's "Save page as: Text files" ---------------------------------

def text_body(doc: Document, width: int = 78) -> str:
    out = []
    for b in doc.blocks:
        if isinstance(b, Heading):
            t = plain(b.text)
            out += ["", t, ("=" if b.level == 1 else "-") * len(t), ""]
        elif isinstance(b, Para):
            lines = [" ".join(x.split()) for x in _soft_lines(b.text)]
            lead = f"{b.num} " if b.num else ""
            indent = " " * (len(lead) + int(b.indent * 2))
            first = True
            for line in lines:
                wrapped = textwrap.wrap((lead if first else "") + line, width, initial_indent=" " * int(b.indent * 2) if not first or not lead else "",
                                        subsequent_indent=indent, break_on_hyphens=False) or [""]
                out += wrapped
                first = False
            out.append("")
        elif isinstance(b, ListBlock):
            for i, item in enumerate(b.items):
                mark = number(b.kind, b.fmt, b.start + i)
                out += textwrap.wrap(f"  {mark} {plain(item)}", width, subsequent_indent=" " * (len(mark) + 3),
                                     break_on_hyphens=False)
            out.append("")
        elif isinstance(b, Table):
            ncols = max(sum(c.colspan for c in row) for row in b.rows)
            grid = place_cells(b.rows, ncols)
            for r in range(len(b.rows)):
                cells = [plain(grid[(r, c)].text) if (r, c) in grid else "" for c in range(ncols)]
                out.append("\t".join(cells).rstrip())
            out.append("")
    return "\n".join(out)


def _soft_lines(text: str) -> list[str]:
    parts, cur = [], []
    for s in spans(text):
        if s.br:
            parts.append("".join(cur)); cur = []
        else:
            cur.append(s.text)
    parts.append("".join(cur))
    return parts
