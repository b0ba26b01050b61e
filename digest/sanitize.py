"""Markdown articles to safe HTML: formatting and links, never active content.

The body is rendered with Python-Markdown, then cleaned with nh3 (Rust's ammonia, a
maintained allow-list sanitiser): no <script>, <iframe>, <style>, event handlers or
javascript:/data: URLs survive. `unsafe_lines` finds what a contributor wrote that the
sanitiser would remove, so that a pull request fails with the line to fix.
"""

from __future__ import annotations

import re

import markdown
import nh3

EXTENSIONS = ["fenced_code", "tables", "sane_lists"]
TAGS = {
    "p",
    "br",
    "hr",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "del",
    "ins",
    "mark",
    "small",
    "sub",
    "sup",
    "code",
    "pre",
    "kbd",
    "blockquote",
    "q",
    "cite",
    "abbr",
    "time",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "figure",
    "figcaption",
    "img",
}
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "time": {"datetime"},
    "th": {"align"},
    "td": {"align"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto"}

_VECTORS = [
    (
        re.compile(
            r"<\s*(script|iframe|frame|frameset|style|object|embed|applet|form|input|button|"
            r"textarea|select|meta|link|base|svg|math|template)\b",
            re.I,
        ),
        "a <{0}> element",
    ),
    (re.compile(r"<[^>]*\s(on[a-z]+)\s*=", re.I), "an event handler attribute ({0}=)"),
    (re.compile(r"\b(javascript|vbscript|livescript)\s*:", re.I), "a {0}: URL"),
    (
        re.compile(
            r"(?:\]\(\s*<?|(?:href|src|action|poster|background)\s*=\s*[\"']?\s*|<)(data|file)\s*:",
            re.I,
        ),
        "a {0}: URL",
    ),
    (re.compile(r"\sstyle\s*=", re.I), "an inline style attribute"),
]


def render(body: str) -> str:
    """Markdown → HTML with only the allowed tags, attributes and URL schemes."""
    html = markdown.markdown(body, extensions=EXTENSIONS, output_format="html")
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener nofollow ugc",
    )


def unsafe_lines(body: str, first_line: int) -> list[tuple[int, str]]:
    """(file line, what) for every active-content vector written in the Markdown source."""
    found: list[tuple[int, str]] = []
    for offset, line in enumerate(body.split("\n")):
        for pattern, what in _VECTORS:
            match = pattern.search(line)
            if match:
                found.append(
                    (first_line + offset, what.format(match[1].lower() if match.groups() else ""))
                )
    return found
