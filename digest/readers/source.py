"""Turning a file's bytes into text: encodings, BOM, line endings, invisible characters.

Never writes. Every character the text keeps is one a reader can see or that lays out text
(tab, newline); anything else is a finding with its line and column.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from digest.catalogue import finding
from digest.findings import Finding

MAX_BYTES = 1_000_000  # a news article is a few KB; a bigger file is a mistake or an attack
# The longest paragraph read, in characters: real ones are under 3,000. A whole article
# pasted as one line is still far below; a megabyte without a paragraph break is not an
# article, and the HTML sanitiser slows down on such runs.
PARAGRAPH_MAX = 30_000

# C0 and C1 control characters (tab and newline excepted: carriage returns are folded into
# newlines first), DEL, and Unicode noncharacters: no text contains them, XML and YAML
# refuse them, and terminals act on some (ESC starts an escape sequence).
CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0010fffe\U0010ffff"
    "\ud800-\udfff]"
)
# Characters that reorder or hide text ("Trojan Source"): bidirectional overrides and
# isolates, zero-width spaces and joiners, a byte order mark in mid-text.
# A value (a title, a name) is one line: tabs and line breaks are refused there too.
VALUE_CONTROL = re.compile(f"[\t\n\r\u2028\u2029]|{CONTROL.pattern}")
INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]")
# Either kind, in one character class: what a text holds none of is scanned once.
_SUSPECT = re.compile(f"[{CONTROL.pattern[1:-1]}{INVISIBLE.pattern[1:-1]}]")


@dataclass(frozen=True)
class SourceText:
    path: str  # relative to the repository root
    text: str  # decoded, without BOM, with "\n" line endings


def position(text: str, index: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def character_name(char: str) -> str:
    return f"U+{ord(char):04X}"


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 refused as Windows-1252: a file pasted from two sources is
    UTF-8 with a few stray bytes, and each keeps its own encoding ("perché" and "perch\xe9")."""
    if not isinstance(exc, UnicodeDecodeError):  # registered for decoding only
        raise exc
    chunk = exc.object[exc.start : exc.end]
    return chunk.decode("cp1252"), exc.end  # raises for the five bytes cp1252 leaves undefined


codecs.register_error("digest-cp1252", _cp1252_bytes)


def decode(path: str, data: bytes) -> tuple[SourceText | None, list[Finding]]:
    """Decode UTF-8 (with or without BOM); stray non-UTF-8 bytes as Windows-1252, with a warning."""
    findings: list[Finding] = []
    if len(data) > MAX_BYTES:
        return None, [finding("E203", path, size=len(data), limit=MAX_BYTES)]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            text = data.decode("utf-8", "digest-cp1252")
        except UnicodeDecodeError:
            return None, [finding("E204", path, line=line)]
        findings.append(_not_utf8(path, data, exc, line))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [finding("E205", path, line=line)]
    if not text.strip():
        return None, [finding("E202", path)]
    problems = text_problems(path, text)
    if any(f.severity == "error" for f in problems):
        return None, findings + problems
    return SourceText(path, text), findings + problems


def _not_utf8(path: str, data: bytes, exc: UnicodeDecodeError, line: int) -> Finding:
    # Mostly UTF-8: converting the whole file from Windows-1252 would garble the rest.
    return finding(
        "E201",
        path,
        line=line,
        variant="mixed" if _has_utf8_sequences(data) else "",
        byte=data[exc.start],
        char=data[exc.start : exc.start + 1].decode("cp1252", "replace"),
    )


def _has_utf8_sequences(data: bytes) -> bool:
    """True when some non-ASCII character is valid UTF-8: what is left after dropping the
    bytes UTF-8 refuses."""
    return not data.decode("utf-8", "ignore").isascii()


def text_problems(path: str, text: str, line_offset: int = 0) -> list[Finding]:
    """Control characters (errors) and invisible reordering characters (warnings), first of each.

    `line_offset` is added to lines: for a value that starts inside a file."""
    findings: list[Finding] = []
    if not _SUSPECT.search(text):
        return findings  # nearly every text: one pass over it, not one per kind
    if match := CONTROL.search(text):
        line, column = position(text, match.start())
        findings.append(
            finding(
                "E207", path, line=line + line_offset, column=column, char=character_name(match[0])
            )
        )
    if match := INVISIBLE.search(text):
        line, column = position(text, match.start())
        findings.append(
            finding(
                "E208", path, line=line + line_offset, column=column, char=character_name(match[0])
            )
        )
    return findings


def value_problems(
    path: str, what: str, value: str, line: int | None, prose: bool = False
) -> list[Finding]:
    """The same rules for one value of front matter or of the registry: `what` names it.
    A name is one line; `prose` (a summary, a description) may have line breaks."""
    findings: list[Finding] = []
    if match := (CONTROL if prose else VALUE_CONTROL).search(value.strip()):
        findings.append(
            finding(
                "E207", path, line=line, variant="value", what=what, char=character_name(match[0])
            )
        )
    if match := INVISIBLE.search(value):
        findings.append(
            finding(
                "E208", path, line=line, variant="value", what=what, char=character_name(match[0])
            )
        )
    return findings


def long_paragraph(path: str, paragraphs: list[tuple[int, int]]) -> Finding | None:
    """An error for the first paragraph, given as (line, characters), over PARAGRAPH_MAX."""
    for line, length in paragraphs:
        if length > PARAGRAPH_MAX:
            return finding("E210", path, line=line, length=length, limit=PARAGRAPH_MAX)
    return None


# "R o m a , 4 f e b . ( A d n k r o n o s )": a page whose letters were set apart, copied
# with a space after each. Italian prose has a few one-letter words ("e", "a", "è", "i"),
# about one in ten; a letter-spaced paragraph is nearly all of them.
SPACED_WORDS_MIN = 30  # words: a paragraph long enough to tell
SPACED_SHARE = 0.7


def letter_spaced(path: str, paragraphs: list[tuple[int, str]]) -> Finding | None:
    """A warning for the first paragraph, given as (line, text), that is letter-spaced."""
    for line, text in paragraphs:
        words = text.split()
        if len(words) >= SPACED_WORDS_MIN and (
            sum(len(word) == 1 for word in words) >= SPACED_SHARE * len(words)
        ):
            return finding("E211", path, line=line, sample=" ".join(words[:12]))
    return None


URL_MAX = 2000  # characters: an address longer than this is no page's


def url_problem(url: str) -> str | None:
    """Why `url` is not a plain http(s) address, or None."""
    if len(url) > URL_MAX:
        return f"is longer than {URL_MAX} characters"
    if re.search(r"[\x00-\x20\x7f-\x9f<>\"'`\\]", url):
        return "contains spaces, quotes, brackets or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return "is not a valid address"
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return "is not an http(s) address"
    return None
