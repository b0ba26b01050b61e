"""What every article derives from its text, whatever its format: title, summary, counts."""

from __future__ import annotations

import bisect
import math
import re

TITLE_MAX = 100
SUMMARY_MAX = 300
WORDS_PER_MINUTE = 200

# A sentence ends at . ! ? or … (optionally closed by a quote or bracket) followed by a
# space and a capital letter or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»’)]*\s+(?=[\"“«(]?[A-ZÀ-ÖØ-Þ])")
# "sig. Rossi", "On. Meloni": abbreviations that end with a dot but do not end a sentence.
_ABBREVIATIONS = frozenset(
    "sig. sigg. dott. prof. on. sen. avv. ing. gen. col. magg. cap. mons. st. dr. mr. mrs. ms. n.".split()
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of each sentence of a paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # The whole last word: "Pakistan." ends with "n." but is no abbreviation.
        # (rfind scans back from the end only as far as the last space: linear overall.)
        word_start = text.rfind(" ", start, match.start()) + 1 or start
        before = text[max(start, word_start) : match.start()].lower().lstrip("(“\"«'’")
        if before in _ABBREVIATIONS or re.fullmatch(r"[a-z]\.", before):
            continue  # "sig." or an initial ("A. Munir")
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


QUOTE_MAX = 300  # characters of a sentence quoted for an actor or in a finding


def sentence_at(spans: list[tuple[int, int]], position: int, length: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding `position`: a binary search, so quoting every
    name of a one-line article with thousands of sentences stays linear."""
    index = bisect.bisect_right(spans, (position, length + 1)) - 1
    if index >= 0 and spans[index][0] <= position < spans[index][1]:
        return spans[index]
    return (0, length)


def window(text: str, start: int, end: int, focus: int, limit: int = QUOTE_MAX) -> str:
    """Like `quote`, but the part kept is the one around `focus` (where a name is)."""
    sentence = text[start:end]
    if len(sentence.strip()) <= limit:
        return sentence.strip()
    half = limit // 2
    left = max(start, focus - half)
    right = min(end, left + limit)
    left = max(start, right - limit)
    piece = text[left:right]
    if left > start:
        piece = "…" + piece.split(" ", 1)[-1]
    if right < end:
        piece = piece.rsplit(" ", 1)[0] + "…"
    return " ".join(piece.split())


def first_sentence(text: str) -> str:
    spans = sentence_spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else text


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary to at most `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–—-") + "…"


def infer_title(lead: str) -> str:
    """A readable headline from the lead: its first sentence, cut at a word boundary."""
    sentence = first_sentence(lead).rstrip(".")
    return shorten(sentence, TITLE_MAX)


def summarise(lead: str) -> str:
    """The lead, cut after whole sentences where possible, at most SUMMARY_MAX characters."""
    lead = " ".join(lead.split())
    if len(lead) <= SUMMARY_MAX:
        return lead
    summary = ""
    for _start, end in sentence_spans(lead):
        candidate = lead[:end]
        if len(candidate) > SUMMARY_MAX:
            break
        summary = candidate
    return summary or shorten(lead, SUMMARY_MAX)


def count_words(texts: list[str]) -> int:
    """Words separated by spaces ("dell’esercito" is one): str.split runs in C."""
    return sum(len(t.split()) for t in texts)


def reading_minutes(words: int) -> int:
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
