"""What every article derives from its text, whatever its format: title, summary, counts."""

from __future__ import annotations

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
        before = text[start : match.start()].rsplit(" ", 1)[-1].lower().lstrip("(“\"«'’")
        if before in _ABBREVIATIONS or re.fullmatch(r"[a-z]\.", before):
            continue  # "sig." or an initial ("A. Munir")
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


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
