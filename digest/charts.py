"""Static, accessible charts written at build time: no JavaScript, readable without colour.

Bars use `currentColor` (they follow light and dark themes); a month with no article shows
as a thin tick, so gaps read as gaps; every bar has a tooltip title; the figure has a text
description and the numbers are in a table beside it.
"""

from __future__ import annotations

from digest.i18n import Labels
from digest.mdtext import attribute
from digest.model import MonthKey

GAP, HEIGHT, LEFT, BOTTOM = 2, 60, 26, 16
WIDTH = 480  # bars share this width, each between 4 and 40 units: a short span stays legible
SPARKS = "▁▂▃▄▅▆▇█"
# The chart covers at most the last twenty years of an actor's span: an article dated 1025
# by mistake must not draw 12,000 bars. Older months stay in the table beside the chart.
MAX_MONTHS = 240


def _name(labels: Labels, key: str) -> str:
    month = MonthKey(key)
    return labels.month(month.year, month.month)


def month_chart(counts: dict[str, int], labels: Labels, subject: str) -> str:
    """An inline SVG bar chart of articles per month over the whole span, as an HTML block."""
    keys = MonthKey(min(counts)).span_to(max(counts))[-MAX_MONTHS:]
    counts = {k: v for k, v in counts.items() if k >= keys[0]}
    peak = max(counts.values())
    bar = max(4, min(40, WIDTH // len(keys) - GAP))
    width = LEFT + len(keys) * (bar + GAP)
    total_height = HEIGHT + BOTTOM
    first, last = _name(labels, keys[0]), _name(labels, keys[-1])
    peak_month = _name(labels, min(k for k, v in counts.items() if v == peak))
    title = labels["chart_title"].format(name=subject)
    desc = labels["chart_desc"].format(
        first=first,
        last=last,
        months=labels.count("month", len(keys)),
        peak=peak,
        peak_month=peak_month,
        total=labels.count("article", sum(counts.values())),
    )
    parts = [
        '<figure class="digest-chart">',
        f'<svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 {width} {total_height}" '
        f'width="{width}" height="{total_height}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">{attribute(title)}</title>',
        f'<desc id="chart-desc">{attribute(desc)}</desc>',
        f'<text x="{LEFT - 4}" y="10" text-anchor="end" font-size="9" fill="currentColor">{peak}</text>',
        f'<line x1="{LEFT}" y1="{HEIGHT}" x2="{width}" y2="{HEIGHT}" stroke="currentColor" stroke-width="0.5"/>',
    ]
    for index, key in enumerate(keys):
        value = counts.get(key, 0)
        x = LEFT + index * (bar + GAP)
        height = max(1.0, round(HEIGHT * value / peak, 1)) if value else 1.0
        opacity = "" if value else ' opacity="0.35"'
        tip = f"{_name(labels, key)}: {labels.count('article', value)}"
        parts.append(
            f'<rect x="{x}" y="{HEIGHT - height}" width="{bar}" height="{height}" '
            f'fill="currentColor"{opacity}><title>{attribute(tip)}</title></rect>'
        )
        if key.endswith("-01") or index == 0:
            parts.append(
                f'<text x="{x}" y="{HEIGHT + 12}" font-size="9" fill="currentColor">{key[:4]}</text>'
            )
    parts.append("</svg>")
    parts.append(f"<figcaption>{attribute(desc)}</figcaption>")
    parts.append("</figure>")
    return "\n".join(parts) + "\n"  # no blank line: Markdown keeps it as one HTML block


def month_table(counts: dict[str, int], labels: Labels) -> str:
    """The chart's numbers as a table, in a disclosure: the text alternative for every month."""
    rows = "".join(
        f"<tr><td>{attribute(_name(labels, k))}</td><td>{counts[k]}</td></tr>"
        for k in sorted(counts, reverse=True)
    )
    return (
        f'<details class="digest-chart-data"><summary>{attribute(labels["chart_data"])}</summary>'
        f"<table><thead><tr><th>{attribute(labels['month_of'])}</th><th>{attribute(labels['articles'])}</th>"
        f"</tr></thead><tbody>{rows}</tbody></table></details>\n"
    )


def sparkline(values: list[int]) -> str:
    """ "▁▃█▁": one character per month, height by value; all zero is a flat line."""
    peak = max(values, default=0)
    if peak == 0:
        return SPARKS[0] * len(values)
    return "".join(
        SPARKS[0] if v == 0 else SPARKS[max(1, round(v / peak * (len(SPARKS) - 1)))] for v in values
    )
