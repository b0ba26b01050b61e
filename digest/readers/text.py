"""Plain-text articles, as the newsroom sends them (see articles/ for real examples).

    ␠date 2025-05 TRIPOLI (LIBIA) (ITALPRESS/MNA) – Il comandante…
    <blank line>
    – foto IPA Agency –
    <blank line>
    (ITALPRESS).

The date line carries the start of the body; a dateline, a photo credit, a closing
agency tag and a closing byline are metadata and leave the body.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from digest.catalogue import finding
from digest.findings import Finding
from digest.model import ArticleDate, Paragraph
from digest.readers.copy import Copy, analyse, list_end, stands_alone
from digest.readers.parts import Parts
from digest.readers.rules import LOWER
from digest.readers.source import SourceText, letter_spaced, long_paragraph, url_problem

_DATE_LINE = re.compile(r"^(?P<indent>\s*)date\s*:?\s*(?P<value>\S+)(?:\s+(?P<rest>.*))?$", re.I)
MIN_YEAR = 1000  # four-digit years: every month before and after has a name and a page
_DATE_VALUE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?$")


def parse_date(
    value: str, path: str, line: int, column: int
) -> tuple[ArticleDate | None, list[Finding]]:
    """ "2025-12-20" → day precision, "2025-05" → month precision; impossible dates are errors."""
    from datetime import date

    match = _DATE_VALUE.match(value)
    if not match:
        return None, [finding("D103", path, line=line, column=column, value=value)]
    year, month = int(match["y"]), int(match["m"])
    day = int(match["d"]) if match["d"] else None
    try:
        if year < MIN_YEAR:
            raise ValueError(f"year {year} is before {MIN_YEAR}")
        date(year, month, day or 1)
    except ValueError as exc:
        return None, [finding("D102", path, line=line, column=column, value=value, reason=str(exc))]
    return ArticleDate(year, month, day), []


# Characters: no line of a hard-wrapped text is longer (e-mail and wire copy wrap at 70 to
# 80; a paragraph pasted whole is a line of hundreds).
WRAPPED_MAX = 100
# A line that goes on from the one before: it opens in lower case or on punctuation.
_CONTINUES = re.compile(rf"[{LOWER},.;:)(…]")


def split_paragraphs(
    lines: list[str], first_line: int, alone: Callable[[str], bool] | None = None
) -> list[Paragraph]:
    """Blank lines separate paragraphs; the lines of one paragraph are joined by a space. In
    a paragraph of several lines, a line for which `alone` holds ("Close Menu", "lunedì 25
    Agosto 2025") is a paragraph of its own; so is every line of one where a line is longer
    than any hard wrap leaves (a page pasted with one line break between paragraphs), and
    the line after a list of the site's latest news ("30 Gen 2026 …"), its article's
    headline."""
    paragraphs: list[Paragraph] = []
    group: list[tuple[int, str]] = []

    def close() -> None:
        end = list_end([line for _, line in group])
        for part in (group[:end], group[end:]):
            if part:
                paragraphs.extend(_joined(part, alone))
        group.clear()

    for offset, line in enumerate(lines):
        if line.strip():
            group.append((first_line + offset, line.strip()))
        elif group:
            close()
    if group:
        close()
    return paragraphs


_SENTENCE_LINES = 3  # lines at least, for a group of sentence lines to tell
_LINE_CLOSES = re.compile(r"[.!?…][\"”»’')\]]*\s*$")


def _joined(group: list[tuple[int, str]], alone: Callable[[str], bool] | None) -> list[Paragraph]:
    """One paragraph's lines, joined (see `split_paragraphs`)."""
    paragraphs: list[Paragraph] = []
    run: list[tuple[int, str]] = []
    unwrapped = len(group) > 1 and any(len(line) > WRAPPED_MAX for _, line in group)
    # … or where every line after the first closes a sentence: a page of one short sentence
    # a line, under its headline ("Neve sull'Etna, chiuse due strade" / "La Città…
    # notte." / "Gli spazzaneve…"), which no hard wrap of prose leaves
    unwrapped = unwrapped or (
        len(group) >= _SENTENCE_LINES and all(_LINE_CLOSES.search(line) for _, line in group[1:])
    )
    for number, line in group:
        if alone is not None and len(group) > 1 and alone(line):
            if run:
                paragraphs.append(Paragraph(" ".join(t for _, t in run), run[0][0]))
                run = []
            paragraphs.append(Paragraph(line, number))
        elif unwrapped and run and not _CONTINUES.match(line):
            # each line a paragraph, unless it goes on from the one before (", nel
            # periodo…", "per un controvalore…": the page broke it where a link was)
            paragraphs.append(Paragraph(" ".join(t for _, t in run), run[0][0]))
            run = [(number, line)]
        else:
            run.append((number, line))
    if run:
        paragraphs.append(Paragraph(" ".join(t for _, t in run), run[0][0]))
    return paragraphs


def read_text(source: SourceText, lang: str = "it") -> tuple[Parts | None, list[Finding]]:
    path = source.path
    lines = source.text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None, [finding("E202", path)]
    match = _DATE_LINE.match(lines[first])
    if not match:
        return None, [finding("D101", path, line=first + 1, column=1)]
    column = match.start("value") + 1
    date, findings = parse_date(match["value"], path, first + 1, column)
    if date is None:
        return None, findings
    body_lines = [match["rest"] or "", *lines[first + 1 :]]
    paragraphs = split_paragraphs(body_lines, first + 1, stands_alone)
    if too_long := long_paragraph(path, [(p.line, len(p.text)) for p in paragraphs]):
        return None, [*findings, too_long]
    if not paragraphs:
        return None, [finding("E206", path, line=first + 1)]
    if spaced := letter_spaced(path, [(p.line, p.text) for p in paragraphs]):
        findings.append(spaced)

    copy = analyse(paragraphs, lang)
    if not copy.blocks:
        return None, [
            *findings,
            finding("E206", path, line=first + 1, variant="copy"),
        ]
    refined, more = refine_date(date, copy, path, first + 1)
    findings += more
    dateline = copy.dateline
    found = copy.found
    provenance = tuple(sorted(copy.why.items()))
    if refined.day is not None and date.day is None:
        provenance += (("date.day", _day_rule(copy, refined)),)
    date = refined
    if dateline is not None:
        provenance += (("dateline", dateline.rule),)
    return Parts(
        format="text",
        date=date,
        paragraphs=tuple(copy.blocks),
        place=dateline.place if dateline else None,
        country=dateline.country if dateline else None,
        agencies=tuple(copy.agencies),
        author=_text(found.get("author")),
        photo_credit=_text(found.get("photo")),
        headline=_text(found.get("headline")),
        subtitle=_text(found.get("subtitle")),
        dateline=dateline,
        source_name=_text(found.get("source")),
        desk=_text(found.get("desk")),
        # The page's address, pasted above the text: kept only when it is a plain http(s) one.
        url=url if (url := _text(found.get("url"))) and url_problem(url) is None else None,
        removed=tuple(sorted(copy.removed, key=lambda r: r.line)),
        provenance=provenance,
    ), findings


def _day_rule(copy: Copy, date: ArticleDate) -> str:
    dateline = copy.dateline
    if dateline is not None and dateline.day == date.day and dateline.month in (None, date.month):
        return f"dateline: {dateline.rule}"
    return next((rule for _, m, d, rule in copy.dates if (m, d) == (date.month, date.day)), "text")


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def refine_date(
    date: ArticleDate, copy: Copy, path: str, line: int
) -> tuple[ArticleDate, list[Finding]]:
    """A day the copy states (a dateline's, a time stamp's) makes a month-precision date
    precise, when year and month agree; a day that contradicts the date line is a warning."""
    candidates: list[tuple[int | None, int, int, str]] = []
    dateline = copy.dateline
    if dateline is not None and dateline.day is not None:
        # A day alone ("Tripoli , 28.") is a day of the date line's month.
        month = dateline.month or date.month
        candidates.append((dateline.year, month, dateline.day, f"dateline: {dateline.rule}"))
    candidates += [(y, m, d, rule) for y, m, d, rule in copy.dates]
    for year, month, day, rule in candidates:
        if month != date.month or (year is not None and year != date.year):
            continue
        if date.day is None:
            try:
                return ArticleDate(date.year, date.month, day), []
            except ValueError:
                continue
        if day != date.day:
            return date, [finding("D106", path, line=line, date=date.iso, rule=rule, day=day)]
        return date, []
    for weekday, day, _rule in copy.weekdays:
        if date.day is not None:
            break
        try:
            if datetime.date(date.year, date.month, day).weekday() == weekday:
                return ArticleDate(date.year, date.month, day), []
        except ValueError:
            continue
    return date, []
