"""A small trend line for the metrics index: plain inline SVG (no chart library,
no style attribute, so it passes a strict CSP), drawn in the text colour."""
from __future__ import annotations

from datetime import date

from ..words import format_number

WIDTH, HEIGHT, PAD = 96, 24, 3
# At most one vertex per this many pixels: 730 readings drew 730 vertices in 96 px,
# and made the metrics index 400 KB at 10,000 reports.
PIXELS_PER_VERTEX = 2


def sparkline_svg(readings: list[tuple[date, float]], label: str) -> str:
    """The readings placed by as-of date; its text alternative names first and latest."""
    values = [v for _, v in readings]
    if len(values) == 1:
        name = f"{label}: one reading, {format_number(values[0])}"
    else:
        name = (f"{label}: {len(values)} readings, from {format_number(values[0])} "
                f"to {format_number(values[-1])}")
    return (f'<svg class="ca-sparkline" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
            f'role="img" aria-label="{_escape(name)}" focusable="false">{_marks(readings)}</svg>')


def _marks(readings: list[tuple[date, float]]) -> str:
    points = _points(readings)
    last_x, last_y = points[-1]
    dot = f'<circle cx="{last_x}" cy="{last_y}" r="2.5" fill="currentColor"/>'
    if len(points) == 1:
        return dot
    path = " ".join(f"{x},{y}" for x, y in points)
    return (f'<polyline points="{path}" fill="none" stroke="currentColor" stroke-width="1.5" '
            f'stroke-linejoin="round" stroke-linecap="round"/>{dot}')


def _points(readings: list[tuple[date, float]]) -> list[tuple[float, float]]:
    readings = _thinned(readings)
    days = [d.toordinal() for d, _ in readings]
    values = [v for _, v in readings]
    first, span_days = days[0], (days[-1] - days[0]) or 1
    low, span = min(values), (max(values) - min(values)) or 1
    flat = max(values) == low
    x = [WIDTH / 2] if len(days) == 1 else [PAD + (d - first) / span_days * (WIDTH - 2 * PAD) for d in days]
    y = [HEIGHT / 2 if flat else HEIGHT - PAD - (v - low) / span * (HEIGHT - 2 * PAD) for v in values]
    return [(round(a, 1), round(b, 1)) for a, b in zip(x, y)]


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;"))


def _thinned(readings: list[tuple[date, float]]) -> list[tuple[date, float]]:
    """The readings averaged within each of WIDTH / PIXELS_PER_VERTEX equal spans of time,
    placed at the span's average date; the first and last reading kept as they are, so
    the line starts and ends where the text alternative says."""
    buckets = WIDTH // PIXELS_PER_VERTEX
    if len(readings) <= buckets:
        return readings
    days = [d.toordinal() for d, _ in readings]
    first, span = days[0], (days[-1] - days[0]) or 1
    groups: dict[int, list[int]] = {}
    for i in range(1, len(readings) - 1):
        groups.setdefault(min(buckets - 1, (days[i] - first) * buckets // span), []).append(i)
    middle = [(date.fromordinal(round(sum(days[i] for i in group) / len(group))),
               sum(readings[i][1] for i in group) / len(group)) for _, group in sorted(groups.items())]
    return [readings[0], *middle, readings[-1]]
