"""Safe Markdown by default: the one helper that escapes text, and the front matter writer.

Every page function writes text from articles and the registry through `text()`, so a
"*", "[x](javascript:…)" or "<script>" in an article or an actor name renders literally.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

# Characters with a meaning to Markdown, its extensions or HTML, written as numeric
# character references: these survive every Markdown engine and render as the character.
_SPECIAL = "\\`*_{}[]<>#+!|~^=&"
_ESCAPES = {c: f"&#{ord(c)};" for c in _SPECIAL}
_SPECIAL_RE = re.compile("[" + re.escape(_SPECIAL) + "]")
# A line starting like "1. " or "- " would become a list; like "===" a heading.
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])")


def _escape_one(match: re.Match[str]) -> str:
    return _ESCAPES[match[0]]


def text(value: str) -> str:
    """Escape `value` for any inline Markdown position: body, link text, table cell."""
    value = " ".join(value.split())  # collapse whitespace (str.split runs in C)
    escaped = _SPECIAL_RE.sub(_escape_one, value)
    if escaped[:1].isdigit():
        escaped = _LINE_START.sub(lambda m: f"{m[1]}{m[2]}&#{ord(m[3])};", escaped)
    elif escaped[:1] in ("-", "."):
        escaped = f"&#{ord(escaped[0])};{escaped[1:]}"
    return escaped


def attribute(value: str) -> str:
    """Escape `value` for an HTML attribute written inside a generated page."""
    return (
        value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    )


def link(label: str, target: str) -> str:
    """A Markdown link with escaped label; `target` comes from `paths`, never from input."""
    return f"[{text(label)}]({target})"


# JSON leaves these unescaped, YAML refuses them or reads them as line breaks.
_YAML_UNSAFE = {c: f"\\u{c:04x}" for c in (*range(0x7F, 0xA0), 0x2028, 0x2029, 0xFEFF)}


# MkDocs renders themes without autoescaping: Material writes `title` into <title> and the
# navigation, and `description` into a <meta> attribute, exactly as given. A title such as
# `"><script>` would become markup, so these two are HTML-escaped (browsers show them right).
THEME_KEYS = ("title", "description")


def front_matter(data: Mapping[str, Any]) -> str:
    """YAML front matter whose values are JSON: valid YAML, fast, and byte-stable.

    Keys keep the order given; None values are left out.
    """
    lines = ["---"]
    for key, value in data.items():
        if value is None:
            continue
        if key in THEME_KEYS and isinstance(value, str):
            value = attribute(value)
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines).translate(_YAML_UNSAFE) + "\n"  # once for the block, not per value
