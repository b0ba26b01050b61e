"""Markdown articles to safe HTML: formatting and links, never active content, no lost text.

The body is rendered with cmark-gfm (GitHub's C implementation of CommonMark) with raw HTML
passed through, then cleaned with nh3 (Rust's ammonia, a maintained allow-list sanitiser):
no <script>, <iframe>, <style>, event handlers or javascript:/data: URLs survive, while the
text of any other tag is kept (cmark's own safe mode would drop a harmless `<div>` with its
text). cmark-gfm renders an article in ~25 µs where Python-Markdown takes ~1 ms.

`active_content` finds what a contributor wrote that the sanitiser removes, with its line,
so that a pull request fails with the line to fix: every vector, including those written
with entities (`&#106;avascript:`) or control characters (`jav&#x09;ascript:`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import cmarkgfm
import lxml.etree
import lxml.html
import nh3
from cmarkgfm.cmark import Options
from lxml.html import HtmlElement

TAGS = {
    *"p br hr a em strong b i u s del ins mark small sub sup code pre kbd blockquote q cite".split(),
    *"abbr time ul ol li dl dt dd h2 h3 h4 h5 h6 table thead tbody tfoot tr th td caption".split(),
    *"figure figcaption img div span section details summary".split(),
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
# Elements that run, embed or redirect: never allowed, whatever their attributes.
ACTIVE_ELEMENTS = frozenset(
    """script iframe frame frameset style object embed applet form input button textarea
    select option meta link base svg math template noscript xml import bgsound layer ilayer
    portal""".split()
)
# Attributes whose value is fetched or followed as a URL.
URL_ATTRIBUTES = frozenset(
    """href src action formaction background poster data codebase dynsrc lowsrc srcset ping
    longdesc usemap manifest profile classid archive xlink:href cite""".split()
)
_RENDER_OPTIONS = Options.CMARK_OPT_UNSAFE


def render(body: str) -> str:
    """Markdown → HTML with only the allowed tags, attributes and URL schemes."""
    raw = cmarkgfm.github_flavored_markdown_to_html(body, options=_RENDER_OPTIONS)
    return protect(clean(raw))


def clean(raw_html: str) -> str:
    return nh3.clean(
        raw_html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener nofollow ugc",
    )


def protect(clean_html: str) -> str:
    """The same HTML, inert to the Markdown engine that later renders the page around it.

    The page embeds this HTML in Markdown, and MkDocs' preprocessors (fenced blocks,
    snippets) read every line before any HTML block is recognised: a "```" line inside a
    <pre> would be rendered again, with attributes of the contributor's choosing. Numeric
    character references mean the same to a browser and nothing to those preprocessors.
    """
    return clean_html.replace("`", "&#96;").replace("~", "&#126;")


# ---------------------------------------------------------------- what the sanitiser removes


def _spaced(word: str) -> str:
    """ "javascript" → a pattern that also matches "java\tscript", "java\x00script"…"""
    return r"[\x00-\x20]*".join(re.escape(c) for c in word)


_SCHEMES = ("javascript", "vbscript", "livescript", "data", "file")
_VECTORS = [
    (
        re.compile(r"<\s*/?\s*(" + "|".join(sorted(ACTIVE_ELEMENTS)) + r")\b", re.I),
        "a <{0}> element",
    ),
    # [^<>]* stops at the next tag: linear on a line of a million "<".
    (re.compile(r"<[^<>]*[\s/\"'](on[a-z]+)[^<>=]*=", re.I), "an event handler attribute ({0}=)"),
    (
        re.compile(r"\b(" + "|".join(_spaced(s) for s in _SCHEMES[:3]) + r")[\x00-\x20]*:", re.I),
        "a {0}: URL",
    ),
    (
        re.compile(
            r"(?:\]\(\s*<?|(?:href|src|action|poster|background)\s*=\s*[\"']?\s*|<)("
            + "|".join(_spaced(s) for s in _SCHEMES[3:])
            + r")[\x00-\x20]*:",
            re.I,
        ),
        "a {0}: URL",
    ),
    (re.compile(r"[\s/\"']style\s*=", re.I), "an inline style attribute"),
]
_HINTS = ("<", "&", "script", "data", "file", "style")


def _decoded(line: str) -> str:
    """A line with entities decoded, twice over (`&amp;#106;`), as a browser might see it."""
    for _ in range(3):
        decoded = html.unescape(line)
        if decoded == line:
            break
        line = decoded
    return line


def _line_vectors(line: str) -> list[str]:
    found = []
    for pattern, what in _VECTORS:
        if match := pattern.search(line):
            name = re.sub(r"[\x00-\x20]", "", match[1]).lower() if match.groups() else ""
            found.append(what.format(name))
    return found


@dataclass(frozen=True)
class _Vector:
    what: str
    needle: str  # a word to find the source line by


_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _without_controls(fragment: str) -> str:
    """The fragment with control characters, written or referenced ("&#14;"), made spaces:
    libxml2 refuses them, and a browser treats them as nothing that matters here."""

    def replace(match: re.Match[str]) -> str:
        code = int(match[1], 16) if match[1] else int(match[2])
        return " " if code < 0x20 and code not in (9, 10, 13) else match[0]

    return _CONTROL_CHARACTER.sub(" ", _CHARACTER_REFERENCE.sub(replace, fragment))


def parse_fragment(fragment: str) -> HtmlElement | None:
    """libxml2's HTML parser (C, linear; Python's html.parser is quadratic on a thousand
    unclosed "<!--"). None for a fragment with nothing in it."""
    try:
        return lxml.html.fragment_fromstring(
            _without_controls(fragment), create_parent="div", parser=_PARSER
        )
    except (lxml.etree.ParserError, ValueError):
        return None


_PARSER = lxml.html.HTMLParser(recover=True, no_network=True, remove_comments=True)


def _elements(fragment: str) -> list[_Vector]:
    root = parse_fragment(fragment)
    if root is None:
        return []
    found: list[_Vector] = []
    for element in root.iter():
        if isinstance(element.tag, str) and element is not root:
            found += element_vectors(element.tag, list(element.attrib.items()))
    return found


def url_scheme(value: str) -> str | None:
    """The scheme of a URL as a browser reads it (controls and spaces dropped), or None."""
    compact = re.sub(r"[\x00-\x20\x7f-\x9f]", "", _decoded(value))
    match = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", compact)
    return match[1].lower() if match else None


def element_vectors(tag: str, attrs: list[tuple[str, str | None]]) -> list[_Vector]:
    tag = tag.lower()
    found: list[_Vector] = []
    if tag in ACTIVE_ELEMENTS:
        found.append(_Vector(f"a <{tag}> element", tag))
    for name, value in attrs:
        name = name.lower()
        if name.startswith("on"):
            found.append(_Vector(f"an event handler attribute ({name}=)", name))
        elif name in ("style", "srcdoc"):
            found.append(_Vector(f"an inline {name} attribute", name))
        elif name in URL_ATTRIBUTES or (tag == "meta" and name == "content"):
            scheme = url_scheme(value or "")
            if scheme is not None and scheme not in URL_SCHEMES:
                found.append(_Vector(f"a {scheme}: URL", scheme[:4]))
    return found


def active_content(body: str, first_line: int) -> list[tuple[int, str]]:
    """(file line, what) for every active-content vector written in the Markdown source."""
    lowered = body.lower()
    # Every vector needs "<", "&" or one of these words: a plain search in C rules most
    # bodies out before any regular expression or parser runs.
    if not any(hint in lowered for hint in _HINTS):
        return []
    found: list[tuple[int, str]] = []
    lines = body.split("\n")
    for offset, line in enumerate(lines):
        for what in dict.fromkeys(_line_vectors(line) + _line_vectors(_decoded(line))):
            found.append((first_line + offset, what))
    # What the line patterns cannot see (a tag split over lines, a Markdown link whose
    # destination cmark decodes) the rendered HTML shows.
    rendered = cmarkgfm.github_flavored_markdown_to_html(body, options=_RENDER_OPTIONS)
    reported = {what for _, what in found}
    for vector in _elements(rendered):
        if vector.what in reported:
            continue
        reported.add(vector.what)
        at = next((i for i, text in enumerate(lines) if vector.needle in _decoded(text).lower()), 0)
        found.append((first_line + at, vector.what))
    return sorted(found)


# ---------------------------------------------------------------- text the sanitiser drops


def visible_text(fragment: str) -> str:
    """The characters a reader sees, without white space (stripping a tag may join words):
    text, and the alternative text of images; not scripts or styles."""
    root = parse_fragment(fragment)
    if root is None:
        return ""
    lxml.etree.strip_elements(root, "script", "style", with_tail=False)
    parts = [root.text_content()] + [img.get("alt") or "" for img in root.iter("img")]
    return re.sub(r"\s+", "", "".join(parts))


def lost_text(body: str) -> str | None:
    """Text a reader would see in the unsanitised body that the sanitised one lacks, or None."""
    if "<" not in body:
        return None
    raw = cmarkgfm.github_flavored_markdown_to_html(body, options=_RENDER_OPTIONS)
    before, after = visible_text(raw), visible_text(clean(raw))
    if before == after:
        return None
    # The first stretch that differs, for the message.
    start = next(
        (i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), len(after)
    )
    return before[start : start + 60] or before[-60:]
