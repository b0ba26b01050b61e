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

import re
from dataclasses import dataclass

from digest.findings import Finding, error
from digest.model import ArticleDate, Paragraph
from digest.readers.source import SourceText, long_paragraph

_DATE_LINE = re.compile(r"^(?P<indent>\s*)date\s*:?\s*(?P<value>\S+)(?:\s+(?P<rest>.*))?$", re.I)
MIN_YEAR = 1000  # four-digit years: every month before and after has a name and a page
_DATE_VALUE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?$")
_UPPER = "A-ZÀ-ÖØ-Þ"
# "TRIPOLI (LIBIA) (ITALPRESS/MNA) –", "ROMA (ANSA) -", "NEW YORK –": an upper-case place,
# optional bracketed country and agencies, then a dash.
_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}'’. -]{{1,40}}?)"
    rf"(?:\s*\((?P<g1>[^()]{{2,40}})\))?(?:\s*\((?P<g2>[^()]{{2,40}})\))?\s*[–—-]\s+"
)
# Agencies whose name alone in brackets is an agency tag, not a country.
KNOWN_AGENCIES = frozenset(
    {
        "ADNKRONOS",
        "AFP",
        "AGI",
        "AKI",
        "ANSA",
        "AP",
        "ASKANEWS",
        "DIRE",
        "DPA",
        "EFE",
        "ITALPRESS",
        "LAPRESSE",
        "MNA",
        "NOVA",
        "REUTERS",
        "TASS",
        "XINHUA",
    }
)
_AGENCY_TAG = re.compile(rf"^\((?P<agency>[{_UPPER}][{_UPPER}0-9/ .&-]{{1,40}})\)\.?$")
_TRAILING_AGENCY = re.compile(rf"\s*\((?P<agency>[{_UPPER}][{_UPPER}0-9/&-]{{1,30}})\)\.?$")
_PHOTO = re.compile(r"^[–—-]?\s*(?:foto|photo|ph\.)\s*:?\s*(?P<credit>.{1,80}?)\s*[–—-]?$", re.I)
_NAME_WORD = rf"[{_UPPER}][\w’'.-]*"
_BYLINE = re.compile(
    rf"^(?:(?:di|by|a cura di)\s+)?(?P<name>{_NAME_WORD}(?:\s+(?:(?:de|di|da|del|della|van|von)\s+)?"
    rf"{_NAME_WORD}){{1,3}})$"
)


@dataclass(frozen=True)
class TextParts:
    date: ArticleDate
    paragraphs: tuple[Paragraph, ...]
    place: str | None
    country: str | None
    agencies: tuple[str, ...]
    author: str | None
    photo_credit: str | None


def parse_date(
    value: str, path: str, line: int, column: int
) -> tuple[ArticleDate | None, list[Finding]]:
    """ "2025-12-20" → day precision, "2025-05" → month precision; impossible dates are errors."""
    from datetime import date

    match = _DATE_VALUE.match(value)
    if not match:
        return None, [
            error(
                "D103",
                path,
                f"date {value!r} is not YYYY-MM-DD or YYYY-MM",
                "write the date as 2025-12-20, or 2025-12 when the day is unknown",
                line,
                column,
            )
        ]
    year, month = int(match["y"]), int(match["m"])
    day = int(match["d"]) if match["d"] else None
    try:
        if year < MIN_YEAR:
            raise ValueError(f"year {year} is before {MIN_YEAR}")
        date(year, month, day or 1)
    except ValueError as exc:
        return None, [
            error(
                "D102",
                path,
                f"date {value!r} is impossible ({exc})",
                "check the year, the month (01-12) and the day of that month",
                line,
                column,
            )
        ]
    return ArticleDate(year, month, day), []


def _title_case(text: str) -> str:
    """ "REGGIO EMILIA" → "Reggio Emilia", "L’AQUILA" → "L’Aquila"."""
    return re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), text.strip().lower())


def _is_agency(group: str) -> bool:
    return "/" in group or group.strip().upper() in KNOWN_AGENCIES


def split_paragraphs(lines: list[str], first_line: int) -> list[Paragraph]:
    """Blank lines separate paragraphs; the lines of one paragraph are joined by a space."""
    paragraphs: list[Paragraph] = []
    current: list[str] = []
    start = first_line
    for offset, line in enumerate(lines):
        if line.strip():
            if not current:
                start = first_line + offset
            current.append(line.strip())
        elif current:
            paragraphs.append(Paragraph(" ".join(current), start))
            current = []
    if current:
        paragraphs.append(Paragraph(" ".join(current), start))
    return paragraphs


def read_text(source: SourceText) -> tuple[TextParts | None, list[Finding]]:
    path = source.path
    lines = source.text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None, [
            error("E202", path, "file is empty", "write the date line and the article text")
        ]
    match = _DATE_LINE.match(lines[first])
    if not match:
        return None, [
            error(
                "D101",
                path,
                "missing date line: the first line must start with the date",
                "begin the file with ' date 2025-12-20 ' (or ' date 2025-12' when the day "
                "is unknown), followed by the text",
                first + 1,
                1,
            )
        ]
    column = match.start("value") + 1
    date, findings = parse_date(match["value"], path, first + 1, column)
    if date is None:
        return None, findings
    body_lines = [match["rest"] or "", *lines[first + 1 :]]
    paragraphs = split_paragraphs(body_lines, first + 1)
    if too_long := long_paragraph(path, [(p.line, len(p.text)) for p in paragraphs]):
        return None, [*findings, too_long]
    if not paragraphs:
        return None, [
            error(
                "E206",
                path,
                "the article has a date but no text",
                "write the article text after the date",
                first + 1,
            )
        ]

    place = country = author = photo = None
    agencies: list[str] = []

    lead = paragraphs[0]
    dateline = _DATELINE.match(lead.text)
    if dateline and len(lead.text) > dateline.end():
        place = _title_case(dateline["place"])
        for group in (dateline["g1"], dateline["g2"]):
            if not group:
                continue
            if _is_agency(group):
                agencies.extend(a.strip() for a in group.split("/") if a.strip())
            elif country is None:
                country = _title_case(group)
        paragraphs[0] = Paragraph(lead.text[dateline.end() :], lead.line)

    kept: list[Paragraph] = []
    for paragraph in paragraphs:
        photo_match = _PHOTO.match(paragraph.text) if len(paragraph.text) < 100 else None
        if photo_match and photo is None:
            photo = photo_match["credit"].strip(" –—-")
        else:
            kept.append(paragraph)
    paragraphs = kept

    # Closing lines, from the end: "(ITALPRESS)." and "Lucia Giannini", in either order.
    while len(paragraphs) > 1:
        last = paragraphs[-1].text
        tag = _AGENCY_TAG.match(last)
        byline = _BYLINE.match(last) if len(last) <= 60 else None
        if tag:
            for agency in tag["agency"].split("/"):
                if agency.strip() and agency.strip() not in agencies:
                    agencies.append(agency.strip())
        elif byline and author is None:
            author = byline["name"]
        else:
            break
        paragraphs.pop()
    # Only the paragraph's tail: an end-anchored search over a long paragraph of spaces
    # would retry from every position.
    tail_start = max(0, len(paragraphs[-1].text) - 64)
    trailing = _TRAILING_AGENCY.search(paragraphs[-1].text, tail_start)
    if trailing and trailing["agency"].strip() in KNOWN_AGENCIES | set(agencies):
        agency = trailing["agency"].strip()
        if agency not in agencies:
            agencies.append(agency)
        last = paragraphs[-1]
        paragraphs[-1] = Paragraph(last.text[: trailing.start()].rstrip(), last.line)

    return TextParts(
        date, tuple(paragraphs), place, country, tuple(agencies), author, photo
    ), findings
