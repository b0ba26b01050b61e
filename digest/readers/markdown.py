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

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import frontmatter
import yaml

from digest.findings import Finding, error
from digest.model import ArticleDate, Paragraph
from digest.readers.source import SourceText
from digest.readers.text import parse_date, split_paragraphs
from digest.safeyaml import FRONT_MATTER_MAX, SAFE_LOADER, check_yaml
from digest.sanitize import render, unsafe_lines

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
_FENCE = re.compile(r"^---\s*$")
_H1 = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$")
# Markdown syntax removed to get the words a reader sees (for matching and summaries).
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"<[^>]*>")
_BLOCK_MARK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")
_INLINE_MARK = re.compile(r"(\*\*|__|\*|`|~~)")


class _SafeYAMLHandler(frontmatter.YAMLHandler):
    """python-frontmatter's YAML handler, on libyaml's safe loader when available."""

    def load(self, fm: str, **kwargs: object) -> Any:
        kwargs.setdefault("Loader", SAFE_LOADER)
        return super().load(fm, **kwargs)


_HANDLER = _SafeYAMLHandler()


@dataclass(frozen=True)
class MarkdownParts:
    date: ArticleDate
    body_html: str  # rendered and sanitised
    paragraphs: tuple[Paragraph, ...]
    title: str | None
    meta: dict[str, Any] = field(default_factory=dict)


def _plain(line: str) -> str:
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    line = _BLOCK_MARK.sub("", line)
    return _INLINE_MARK.sub("", line)


def _check_types(meta: dict[str, Any], path: str, line_of: dict[str, int]) -> list[Finding]:
    findings: list[Finding] = []
    for key, value in meta.items():
        expect_list = key in ("actors", "not_actors", "agencies")
        ok = (
            (isinstance(value, list) and all(isinstance(v, str) for v in value))
            if expect_list
            else (key == "date" or isinstance(value, str))
        )
        if not ok:
            shape = "a list of strings" if expect_list else "a string"
            findings.append(
                error(
                    "F303",
                    path,
                    f"front matter `{key}` must be {shape}",
                    f"`{key}`: {KEYS[key]}",
                    line_of.get(key),
                )
            )
    url = meta.get("url")
    if isinstance(url, str) and not re.match(r"^https?://[^\s<>\"']+$", url):
        findings.append(
            error(
                "F304",
                path,
                f"url {url!r} is not an http(s) address",
                "write the full address, starting with https://",
                line_of.get("url"),
            )
        )
    return findings


def read_markdown(source: SourceText) -> tuple[MarkdownParts | None, list[Finding]]:
    path = source.path
    lines = source.text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return None, [
            error(
                "F300",
                path,
                "Markdown article without front matter",
                "start the file with a '---' line, then 'date: 2025-12-20', then '---'",
                1,
            )
        ]
    closing = next((i for i in range(1, len(lines)) if _FENCE.match(lines[i])), None)
    if closing is None:
        return None, [
            error(
                "F301",
                path,
                "front matter is not closed",
                "add a line with only '---' after the metadata",
                1,
            )
        ]
    problem = check_yaml("\n".join(lines[1:closing]), FRONT_MATTER_MAX)
    if problem:
        line = problem.line + 2 if problem.line is not None else 1
        return None, [
            error(
                "F305",
                path,
                f"front matter refused: {problem.message}",
                "write plain `key: value` metadata, as in the README",
                line,
            )
        ]
    try:
        post = frontmatter.loads(source.text, handler=_HANDLER)
    except yaml.YAMLError as exc:
        # The context mark points where the broken construct starts (an unclosed quote),
        # the problem mark where the parser gave up (often the end of the block).
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        # python-frontmatter hands YAML the text after the opening '---' including its newline,
        # so mark lines are 0-based file lines after the fence: +1 makes them 1-based.
        line = min(mark.line + 1, closing) if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if context := getattr(exc, "context", None):
            problem = f"{context}: {problem}"
        return None, [
            error(
                "F301",
                path,
                f"front matter is not valid YAML: {problem}",
                "check the indentation and quote values that contain ':' or '#'",
                line,
            )
        ]
    meta = dict(post.metadata)
    line_of = {}
    for number, text in enumerate(lines[1:closing], start=2):
        key = text.split(":", 1)[0].strip()
        if key and not text.startswith((" ", "-", "#")):
            line_of.setdefault(key, number)

    findings: list[Finding] = []
    for key in sorted(set(meta) - set(KEYS), key=lambda k: line_of.get(str(k), 0)):
        near = [k for k in KEYS if k.startswith(str(key)[:3])]
        hint = f"did you mean `{near[0]}`?" if near else f"allowed keys: {', '.join(KEYS)}"
        findings.append(
            error("F302", path, f"unknown front matter key `{key}`", hint, line_of.get(str(key)))
        )
    findings += _check_types({k: v for k, v in meta.items() if k in KEYS}, path, line_of)

    raw_date = meta.get("date")
    date = None
    if raw_date is None:
        findings.append(
            error(
                "D101",
                path,
                "front matter has no `date`",
                "add 'date: 2025-12-20' (or 'date: 2025-12') to the front matter",
                1,
            )
        )
    elif isinstance(raw_date, dt.datetime | dt.date):
        d = raw_date.date() if isinstance(raw_date, dt.datetime) else raw_date
        date = ArticleDate(d.year, d.month, d.day)
    else:
        date, date_findings = parse_date(str(raw_date), path, line_of.get("date", 1), 1)
        findings += date_findings
    if findings and any(f.severity == "error" for f in findings):
        return None, findings
    assert date is not None

    body_lines = lines[closing + 1 :]
    title = meta.get("title")
    # A leading "# Title" is the article's title: the page writes its own heading.
    first = next((i for i, line in enumerate(body_lines) if line.strip()), None)
    if first is not None and (h1 := _H1.match(body_lines[first])):
        title = title or _plain(h1["title"])
        # Blanked rather than removed, so that line numbers still point into the file.
        body_lines = [*body_lines[:first], "", *body_lines[first + 1 :]]
    body = "\n".join(body_lines)
    for line, what in unsafe_lines(body, closing + 2):
        findings.append(
            error(
                "H701",
                path,
                f"active content is not allowed: {what}",
                "remove it; articles may use Markdown formatting and http(s) links only",
                line,
            )
        )
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
            error(
                "E206",
                path,
                "the article has no text after the front matter",
                "write the article text after the closing '---'",
                closing + 1,
            ),
        ]
    if any(f.severity == "error" for f in findings):
        return None, findings
    return MarkdownParts(date, render(body), tuple(plain), title, meta), findings
