"""Just enough Italian grammar to join words: articles and articulated prepositions."""

from __future__ import annotations

Phrase = tuple[str, str]  # (article, rest): ("la", "cooperazione militare"), ("", "Malta")

_ARTICLES = ("il", "lo", "la", "l’", "i", "gli", "le")
# di + il = del, a + gli = agli, su + l’ = sull’: stem + the article's ending.
_STEMS = {"di": "de", "a": "a", "da": "da", "in": "ne", "su": "su"}
_ENDINGS = {"il": "l", "lo": "llo", "la": "lla", "l’": "ll’", "i": "i", "gli": "gli", "le": "lle"}


def _joined(word: str) -> str:
    return word if word.endswith("’") else word + " "


def _table() -> dict[tuple[str | None, str], str]:
    table: dict[tuple[str | None, str], str] = {(None, ""): ""}
    for article in _ARTICLES:
        table[None, article] = _joined(article)
    for prep in (*_STEMS, "con", "per", "tra"):
        table[prep, ""] = prep + " "
        for article in _ARTICLES:
            if prep in _STEMS:
                table[prep, article] = _joined(_STEMS[prep] + _ENDINGS[article])
            else:
                table[prep, article] = f"{prep} {_joined(article)}"
    return table


_PREFIX = _table()


def phrase(text: str) -> Phrase:
    """ "l’accordo di pace" → ("l’", "accordo di pace"); a bare name has no article."""
    if text.startswith("l’"):
        return "l’", text[2:]
    article, _, rest = text.partition(" ")
    if article in _ARTICLES and rest:
        return article, rest
    return "", text


def with_prep(prep: str | None, words: Phrase) -> str:
    """("di", ("la", "Libia")) → "della Libia"; (None, ("l’", "accordo")) → "l’accordo"."""
    return _PREFIX[prep, words[0]] + words[1]


def capitalise(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]
