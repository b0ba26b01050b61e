"""Checks across the whole corpus and the registry: duplicates, future dates, articles
without actors, aliases that would over-match, actors no article mentions. Pure functions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Callable, Iterable

from digest import lexicon
from digest.catalogue import finding
from digest.findings import Finding
from digest.forms import actor_forms
from digest.model import Actor, Article, Registry
from digest.names import NameSeen
from digest.normalise import fold, lower
from digest.registry import STARTER

COMMON_WORD_ZIPF = 4.0  # "conte", "monti", "mosca": a few times in every 10,000 Italian words
MIN_ALIAS = 3


def fingerprint(article: Article) -> str:
    """Same words in the same order, whatever the encoding, spacing, quotes or case."""
    text = unicodedata.normalize("NFKC", "\n".join(p.text for p in article.paragraphs))
    words = " ".join(lower(fold(text)).split())  # str.split: whitespace of any kind, in C
    return hashlib.sha1(words.encode("utf-8"), usedforsecurity=False).hexdigest()


def duplicate_articles(
    articles: Iterable[Article], fingerprints: dict[str, str] | None = None
) -> list[Finding]:
    """The same article added twice: both files are named, on both files.

    `fingerprints` (by source path) saves recomputing what the reading step computed."""
    first: dict[str, Article] = {}
    findings: list[Finding] = []
    for article in sorted(articles, key=lambda a: a.source):
        key = (fingerprints or {}).get(article.source) or fingerprint(article)
        if key not in first:
            first[key] = article
            continue
        original = first[key]
        for here, there in ((article, original), (original, article)):
            findings.append(finding("S603", here.source, other=there.source))
    return findings


def future_dates(articles: Iterable[Article], today: dt.date) -> list[Finding]:
    findings = []
    for article in articles:
        d = article.date
        if (d.year, d.month, d.day or 0) > (today.year, today.month, today.day if d.day else 0):
            findings.append(
                finding("D104", article.source, line=1, date=d.iso, today=today.isoformat())
            )
    return findings


OLDEST_LIKELY = 1900  # earlier dates are possible (archives) but usually a typo


def old_dates(articles: Iterable[Article]) -> list[Finding]:
    return [
        finding("D105", article.source, line=1, date=article.date.iso, oldest=OLDEST_LIKELY)
        for article in articles
        if article.date.year < OLDEST_LIKELY
    ]


def articles_without_actors(
    articles: Iterable[Article], names: dict[str, list[NameSeen]]
) -> list[Finding]:
    findings = []
    for article in articles:
        if article.actors:
            continue
        unknown = [seen.name for seen in names.get(article.source, [])]
        findings.append(
            finding("A404", article.source, variant="unknown-names", names=", ".join(unknown[:5]))
            if unknown
            else finding("A404", article.source)
        )
    return findings


def form_lint(actor: Actor, source: str, zipf: Callable[[str, str], float]) -> list[Finding]:
    """Forms too short to match safely (R507), and forms matched ignoring case that are
    common Italian words (R508): "Conte" would catch "il conte"."""
    findings: list[Finding] = []
    for form in actor_forms(actor):
        if len(form.text.strip()) < MIN_ALIAS:
            findings.append(
                finding(
                    "R507",
                    source,
                    line=actor.line,
                    alias=form.text,
                    actor_id=actor.id,
                    shortest=MIN_ALIAS,
                )
            )
        if form.case != "any" or form.role != "alias" or " " in form.text:
            continue
        frequency = zipf(form.text.lower(), "it")
        if frequency >= COMMON_WORD_ZIPF:
            findings.append(
                finding(
                    "R508",
                    source,
                    line=actor.line,
                    alias=form.text,
                    actor_id=actor.id,
                    zipf=frequency,
                )
            )
    return findings


def _italian_zipf(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency of an Italian word, from the kept table (digest.lexicon):
    the same value from ZIPF_FLOOR up, far above COMMON_WORD_ZIPF, without importing
    wordfreq (a tenth of a second) in every build that reads an article."""
    return lexicon.zipf(word)


def registry_lint(registry: Registry, mentioned: set[str]) -> list[Finding]:
    """The site's own entries: forms too short or too common, actors no article mentions.
    The starter registry's entries are held to the same form rules by tests/test_starter.py."""
    findings: list[Finding] = []
    for actor in registry.actors.values():
        if actor.origin == STARTER:
            continue
        findings += form_lint(actor, registry.source, _italian_zipf)
        if actor.id not in mentioned:
            findings.append(
                finding(
                    "R509", registry.source, line=actor.line, actor_id=actor.id, name=actor.name
                )
            )
    return findings
