"""Layout checks in a page, for the quality gates: what scrolls sideways, what pokes
past the content column, and which chart labels print on top of each other.

WCAG 1.4.10 (Reflow) lets a data table scroll sideways on a narrow screen and
nothing else; on a desktop nothing in the main content should need to.
"""
from __future__ import annotations

# In the page: elements of the main content wider than the viewport or past the
# column's edges (those inside a sideways scroller are the scroller's business),
# and every scroller whose content is wider than it is.
_LAYOUT = """() => {
  const column = document.querySelector('article.md-content__inner');
  if (!column) return {page: 0, viewport: 0, outside: [], scrolling: []};
  const viewport = document.documentElement.clientWidth;
  // the column: the article and its margins, into which Material's table scroller reaches
  const edge = column.parentElement.getBoundingClientRect();
  const scrolls = (el) => /auto|scroll/.test(getComputedStyle(el).overflowX);
  const describe = (el) => {
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
    return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls}> "${text}"`;
  };
  const inScroller = (el) => {
    for (let e = el.parentElement; e && e !== column; e = e.parentElement) if (scrolls(e)) return true;
    return false;
  };
  const outside = [], scrolling = [];
  for (const el of column.querySelectorAll('*')) {
    if (inScroller(el) || el.parentElement.closest('svg')) continue;  // a chart's own parts: see _TEXT_OVERLAPS
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.width > viewport + 0.5 || box.right > edge.right + 1 || box.left < edge.left - 1)
      outside.push(`${describe(el)}: ${Math.round(box.left)} to ${Math.round(box.right)} px, the column ` +
                   `${Math.round(edge.left)} to ${Math.round(edge.right)} px, the viewport ${viewport} px`);
    if (scrolls(el) && el.scrollWidth > el.clientWidth + 1)
      scrolling.push({what: describe(el), table: !!el.querySelector('table'),
                      widths: `${el.scrollWidth} px of content in ${el.clientWidth} px`});
  }
  return {page: document.documentElement.scrollWidth, viewport, outside, scrolling};
}"""


def layout_problems(page, where: str, tables_may_scroll: bool) -> list[str]:
    """Sideways scrolling and overflow in the main content: none at all on a desktop
    (tables_may_scroll False); on a phone, only a scroller that holds a data table."""
    found = page.evaluate(_LAYOUT)
    problems = []
    if found["page"] > found["viewport"]:
        problems.append(f"{where}: the page scrolls sideways ({found['page']} px in a {found['viewport']} px viewport)")
    problems += [f"{where}: past the content column: {what}" for what in found["outside"][:10]]
    problems += [f"{where}: scrolls sideways: {s['what']} ({s['widths']})" for s in found["scrolling"]
                 if not (tables_may_scroll and s["table"])]
    return problems


# In the page: each chart's SVG (of a chart drawn for wide and narrow columns, the one
# the width shows), and the pairs of its non-empty text elements whose boxes overlap.
_TEXT_OVERLAPS = """() => {
  const shown = (svgs) => [...svgs].find((svg) => svg.getBoundingClientRect().width > 0);
  document.querySelectorAll('details.ca-chart-history').forEach((d) => { d.open = true; });
  const overlaps = [];
  const check = (figure, svg, which) => {
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim())
      .map((t) => [t.textContent.trim(), t.getBoundingClientRect()]).filter(([, b]) => b.width && b.height);
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      const [a, p] = texts[i], [b, q] = texts[j];
      const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
      const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
      if (x > 1 && y > 1) overlaps.push(`${figure.id} (${which} SVG): "${a}" and "${b}" overlap by ${Math.round(x)} x ${Math.round(y)} px`);
    }
    return texts.length;
  };
  let counted = 0;
  for (const figure of document.querySelectorAll('figure.ca-chart')) {
    // the build's drawings: the script moves them into the live chart (nothing is drawn twice)
    const live = shown(figure.querySelectorAll('.ca-chart-live svg'));
    counted += check(figure, live || shown(figure.querySelectorAll('.ca-chart-static svg')), live ? 'interactive' : 'static');
  }
  return {counted, overlaps};
}"""


def chart_text_overlaps(page, where: str) -> tuple[list[str], int]:
    """Overlapping text in the page's charts, and how many text elements were compared."""
    found = page.evaluate(_TEXT_OVERLAPS)
    return [f"{where}: {o}" for o in found["overlaps"]], found["counted"]


# In the page: each chart's drawn width and its plot's left edge and width (the x
# axis's domain line), the interactive chart where drawn, else the static one; a long
# series' whole history (under a closed <details>) is opened to be measured.
_CHART_PLOTS = """() => { OPEN_HISTORY;
  return [...document.querySelectorAll('figure.ca-chart')].map((figure) => {
  const shown = (svgs) => [...svgs].find((svg) => svg.getBoundingClientRect().width > 0);
  const live = shown(figure.querySelectorAll('.ca-chart--live .ca-chart-live svg'));
  const svg = live || shown(figure.querySelectorAll('.ca-chart-static svg'));
  const domain = [...svg.querySelectorAll('.role-axis')].find((axis) =>
    (axis.getAttribute('aria-label') || '').startsWith('X-axis')).querySelector('.role-axis-domain line, .role-axis-domain path');
  const whole = svg.getBoundingClientRect(), plot = domain.getBoundingClientRect();
  return [figure.id, !!live, Math.round(whole.width), Math.round(plot.left - whole.left), Math.round(plot.width)];
}); }""".replace("OPEN_HISTORY", "document.querySelectorAll('details.ca-chart-history').forEach((d) => { d.open = true; })")


def chart_plots(page) -> list[tuple[str, bool, int, int, int]]:
    """(figure id, drawn live?, chart width, plot's left offset in it, plot width) for each chart."""
    return [tuple(row) for row in page.evaluate(_CHART_PLOTS)]


def unequal_charts(plots: list[tuple[str, bool, int, int, int]]) -> bool:
    """Charts one above the other must be the same width (within a pixel of rounding),
    and the interactive ones' plots too, so their dates line up. (A static whole history
    scales as one picture, so on a phone its plot is a little wider than a live one's.)"""
    live = [plot for plot in plots if plot[1]]
    return any(_spread(values) > 1 for values in (
        [plot[2] for plot in plots], [plot[3] for plot in live], [plot[4] for plot in live]))


def _spread(values: list[int]) -> int:
    return max(values) - min(values) if values else 0
