"""Text normalised for matching, with the same length as the original.

Keeping one character for one character means a match at offsets (i, j) in the
normalised text is the span (i, j) of the original: no offset table needed.
"""

from __future__ import annotations

import unicodedata

APOSTROPHES = "'’‘ʼ`´′"
SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003"


def _table() -> dict[int, str]:
    table: dict[int, str] = {ord(c): "'" for c in APOSTROPHES}
    table.update({ord(c): " " for c in SPACES})
    table.update({ord(c): "-" for c in "‐‑‒–—"})
    # Latin letters with diacritics → base letter ("Belousov" matches "Bèlousov"),
    # only where the base is one character so that lengths stay equal.
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != char:
            table[code] = base
    return table


_TABLE = _table()


def fold(text: str) -> str:
    """Apostrophes, spaces, dashes and diacritics normalised; case kept. Same length."""
    return text.translate(_TABLE)


def lower(folded: str) -> str:
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # "İ".lower() is two characters: fall back to one character each.
    return "".join(c.lower()[0] for c in folded)


def match_key(form: str) -> str:
    """The key an alias is looked up by: folded, lower case, single spaces."""
    return " ".join(lower(fold(form)).split())
