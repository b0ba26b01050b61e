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


# Characters YAML refuses or reads as line breaks, which JSON leaves as they are: outside
# YAML's printable set (C1 controls, surrogates, U+FFFE/U+FFFF) and the line breaks that
# YAML folds into spaces even inside quotes (NEL U+0085, U+2028, U+2029).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")


def _yaml_safe(text: str) -> str:
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def _theme_safe(value: Any) -> Any:
    """Every string HTML-escaped, in lists and mappings too.

    MkDocs renders themes without autoescaping, and a theme may print any front matter key:
    Material writes `title` into <title>, `description` and `author` into <meta> attributes,
    exactly as given. Escaped values display right in all of them, and no value becomes
    markup, whichever keys a theme or a later engine chooses to print.
    """
    if isinstance(value, str):
        return attribute(value)
    if isinstance(value, list | tuple):
        return [_theme_safe(v) for v in value]
    if isinstance(value, dict):
        return {k: _theme_safe(v) for k, v in value.items()}
    return value


def front_matter(data: Mapping[str, Any]) -> str:
    """YAML front matter whose values are JSON: valid YAML, fast, and byte-stable.

    Keys keep the order given; None values are left out; every string is HTML-escaped.
    """
    lines = ["---"]
    for key, value in data.items():
        if value is None:
            continue
        lines.append(f"{key}: {json.dumps(_theme_safe(value), ensure_ascii=False)}")
    lines.append("---")
    return _yaml_safe("\n".join(lines)) + "\n"  # once for the block, not per value
