"""Markdown articles with YAML front matter: the contributor states what the tool would infer.

---
date: 2025-12-20          # or 2025-12 when the day is unknown
title: Munir incontra Haftar a Bengasi
actors: [asim-munir]      # registry ids to add
not_actors: [russia]      # detected ids to drop
url: https://…
---
Il Capo di Stato Maggiore…
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError

from digest.catalogue import finding
from digest.findings import Finding, printable
from digest.model import ArticleDate, Paragraph
from digest.readers.parts import Parts
from digest.readers.source import (
    URL_MAX,
    SourceText,
    letter_spaced,
    long_paragraph,
    url_problem,
    value_problems,
)
from digest.readers.text import parse_date, split_paragraphs
from digest.safeyaml import (
    FRONT_MATTER_MAX,
    DuplicateKeyError,
    SafeLoader,
    check_yaml,
    error_line,
    error_message,
    load,
)
from digest.sanitize import active_content, lost_text, render

KEYS = {
    "title": "headline shown on the page",
    "date": "2025-12-20, or 2025-12 when the day is unknown",
    "slug": "URL name of the page, lowercase-with-hyphens",
    "actors": "registry ids to add to those found in the text",
    "not_actors": "registry ids wrongly found in the text",
    "source": "name of the publication the article comes from",
    "url": "address of the original article",
    "author": "who wrote it",
    "lang": "language code, e.g. it or en",
    "summary": "one or two sentences shown in lists and feeds",
    "place": "where the news comes from, e.g. Tripoli",
    "country": "country of the place, e.g. Libia",
    "agencies": "news agencies, e.g. [ITALPRESS, MNA]",
    "photo": "photo credit",
}
LIST_KEYS = ("actors", "not_actors", "agencies")
PROSE_KEYS = ("summary",)  # may span lines (`summary: >`); folded into one when read
# Longest value of each key, in characters (lists: per item). A value is printed on several
# pages (a title in every list that links the article): bounds keep the site proportional.
MAX_LENGTH = {"title": 300, "summary": 1000, "url": URL_MAX, "slug": 90, "date": 40}
DEFAULT_MAX = 200
MAX_ITEMS = 100
# A front matter fence: three dashes or more, as python-frontmatter and Jekyll read it
# ("----" closing the block is a typo for "---", not the start of the body).
_FENCE = re.compile(r"^-{3,}[ \t]*$")
_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}")
_LANG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_H1 = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$")
# Markdown syntax removed to get the words a reader sees (for matching and summaries).
# [^<>] and [^\]]: each stops at the next bracket, so a line of brackets stays linear.
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()]*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")
_TAG = re.compile(r"<[^<>]*>")
_BLOCK_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")
_INLINE_MARK = re.compile(r"(\*\*|__|\*|`|~~)")


def _plain(line: str) -> str:
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    line = _BLOCK_MARK.sub("", line)
    return _INLINE_MARK.sub("", line)


def _value_problem(key: str, value: Any) -> str | None:
    """Why a known key's value cannot be used, or None."""
    if key == "date":
        return None if isinstance(value, str | int) else "must be a date such as 2025-12-20"
    items = value if key in LIST_KEYS else [value]
    if key in LIST_KEYS and not isinstance(value, list):
        return "must be a list of names, e.g. [a, b]"
    if key in LIST_KEYS and len(value) > MAX_ITEMS:
        return f"lists {len(value)} items, over the {MAX_ITEMS} limit"
    limit = MAX_LENGTH.get(key, DEFAULT_MAX)
    for item in items:
        if not isinstance(item, str):
            return "must be text" if key not in LIST_KEYS else "must be a list of names"
        if not item.strip():
            return "is empty"
        if len(item) > limit:
            return f"is {len(item):,} characters long, over the {limit} limit"
    if key == "url":
        return url_problem(value)
    if key == "lang":
        return lang_problem(value)
    return None


def lang_problem(lang: str) -> str | None:
    """Why `lang` is not a language code CLDR knows (it, en, pt-BR), or None."""
    if not _LANG.match(lang):
        return "is not a language code such as it, en or pt-BR"
    try:
        Locale.parse(lang, sep="-")
    except (ValueError, UnknownLocaleError):
        return "is not a language CLDR knows"
    return None


def _check_meta(
    meta: dict[Any, Any], path: str, line_of: dict[str, int]
) -> tuple[list[Finding], set[str]]:
    """Findings about the keys and values, and the keys whose value cannot be used."""
    findings: list[Finding] = []
    bad: set[str] = set()
    for key in sorted(meta, key=lambda k: (line_of.get(str(k), 0), str(k))):
        if key not in KEYS:
            near = [k for k in KEYS if isinstance(key, str) and k.startswith(key[:3])]
            shown = printable(str(key))[:60]
            line = line_of.get(str(key))
            findings.append(
                finding("F302", path, line=line, key=shown, near=near[0])
                if near
                else finding(
                    "F302", path, line=line, variant="unlike", key=shown, keys=", ".join(KEYS)
                )
            )
            continue
        if problem := _value_problem(key, meta[key]):
            bad.add(key)
            findings.append(
                finding(
                    {"url": "F304", "lang": "F306"}.get(key, "F303"),
                    path,
                    line=line_of.get(key),
                    key=key,
                    problem=problem,
                    expected=KEYS[key],
                )
            )
            continue
        values = meta[key] if key in LIST_KEYS else [meta[key]]
        for value in values:
            if isinstance(value, str):
                findings += value_problems(
                    path, f"front matter `{key}`", value, line_of.get(key), key in PROSE_KEYS
                )
    return findings, bad


def _front_matter(
    path: str, lines: list[str]
) -> tuple[tuple[dict[Any, Any], int, dict[str, int]] | None, list[Finding]]:
    """(metadata, index of the closing fence, line of each key), or the finding that stops."""
    if not lines or not _FENCE.match(lines[0]):
        return None, [finding("F300", path, line=1)]
    closing = next((i for i in range(1, len(lines)) if _FENCE.match(lines[i])), None)
    if closing is None:
        return None, [finding("F301", path, line=1, variant="unclosed")]
    block = "\n".join(lines[1:closing])
    problem = check_yaml(block, FRONT_MATTER_MAX)
    if problem:
        line = problem.line + 2 if problem.line is not None else 1
        return None, [finding("F305", path, line=line, problem=problem.message)]
    try:
        loaded = load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        at = error_line(exc)
        return None, [
            finding(
                "F307" if isinstance(exc, DuplicateKeyError) else "F301",
                path,
                line=min(at + 2, closing + 1) if at is not None else 1,
                error=error_message(exc),
            )
        ]
    if not isinstance(loaded, dict):
        return None, [finding("F301", path, line=2, variant="not-mapping")]
    return (loaded, closing, _key_lines(block)), []


def _key_lines(block: str) -> dict[str, int]:
    """The file line of each top-level key, from the YAML nodes (any key: `~:`, `1:`)."""
    loader = SafeLoader(block)
    try:
        node = loader.get_single_node()
        lines: dict[str, int] = {}
        if isinstance(node, yaml.MappingNode):
            for key_node, _ in node.value:
                key = loader.construct_object(key_node, deep=True)
                lines.setdefault(str(key), key_node.start_mark.line + 2)
        return lines
    finally:
        loader.dispose()


def _date(
    meta: dict[str, Any], path: str, line_of: dict[str, int]
) -> tuple[ArticleDate | None, list[Finding]]:
    raw = meta.get("date")
    if raw is None:
        return None, [finding("D101", path, line=1, variant="markdown")]
    value = str(raw).strip()
    if match := _DATETIME.match(value):
        value = match[1]  # "2025-12-20T10:30": the day is what the site shows
    return parse_date(value, path, line_of.get("date", 1), 1)


def _tidy(value: Any) -> Any:
    """Values as one line without surrounding space ("summary: >" ends with a newline)."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_tidy(v) for v in value]
    return value


def read_markdown(source: SourceText, lang: str = "it") -> tuple[Parts | None, list[Finding]]:
    """A Markdown article: its front matter states what it will, the body is rendered and
    sanitised. `lang` is the site's language (the front matter may state another)."""
    path = source.path
    lines = source.text.split("\n")
    parsed, findings = _front_matter(path, lines)
    if parsed is None:
        return None, findings
    meta, closing, line_of = parsed
    more, bad = _check_meta(meta, path, line_of)
    findings += more
    if "date" not in bad:
        date, more = _date(meta, path, line_of)
        findings += more
    if any(f.severity == "error" for f in findings):
        return None, findings
    assert date is not None  # a missing or unusable date is an error above
    meta = {k: _tidy(v) for k, v in meta.items() if isinstance(k, str)}

    body_lines = lines[closing + 1 :]
    title = meta.get("title")
    # A leading "# Title" is the article's title: the page writes its own heading.
    first = next((i for i, line in enumerate(body_lines) if line.strip()), None)
    if first is not None and (h1 := _H1.match(body_lines[first])):
        title = title or _plain(h1["title"])
        # Blanked rather than removed, so that line numbers still point into the file.
        body_lines = [*body_lines[:first], "", *body_lines[first + 1 :]]
    body = "\n".join(body_lines)
    raw_paragraphs = split_paragraphs(body_lines, closing + 2)
    if too_long := long_paragraph(path, [(p.line, len(p.text)) for p in raw_paragraphs]):
        return None, [*findings, too_long]
    if spaced := letter_spaced(path, [(p.line, p.text) for p in raw_paragraphs]):
        findings.append(spaced)
    for line, what in active_content(body, closing + 2):
        findings.append(finding("H701", path, line=line, what=what))
    if not any(f.code == "H701" for f in findings) and (lost := lost_text(body)) is not None:
        findings.append(finding("H702", path, line=closing + 2, lost=lost))
    plain = [
        Paragraph(_plain(p.text), p.line)
        for p in split_paragraphs(
            [_plain(line) if not line.lstrip().startswith("```") else "" for line in body_lines],
            closing + 2,
        )
    ]
    plain = [p for p in plain if p.text.strip()]
    if not plain:
        return None, [
            *findings,
            finding("E206", path, line=closing + 1, variant="markdown"),
        ]
    if any(f.severity == "error" for f in findings):
        return None, findings
    return Parts(
        format="markdown",
        date=date,
        paragraphs=tuple(plain),
        title=title,
        slug=meta.get("slug"),
        summary=meta.get("summary"),
        lang=meta.get("lang"),
        body_html=render(body),
        place=meta.get("place"),
        country=meta.get("country"),
        agencies=tuple(meta.get("agencies") or ()),
        author=meta.get("author"),
        photo_credit=meta.get("photo"),
        url=meta.get("url"),
        source_name=meta.get("source"),
        actors_added=tuple(meta.get("actors") or ()),
        actors_removed=tuple(meta.get("not_actors") or ()),
    ), findings
