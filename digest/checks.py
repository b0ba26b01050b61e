"""Checks across the whole corpus and the registry: duplicates, future dates, articles
without actors, aliases that would over-match, actors no article mentions. Pure functions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Callable, Iterable

from digest.findings import Finding, error, info, warning
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
            findings.append(
                error(
                    "S603",
                    here.source,
                    f"same text as {there.source}: the article is there twice",
                    "delete one of the two files (keep the one with the better name or metadata)",
                )
            )
    return findings


def future_dates(articles: Iterable[Article], today: dt.date) -> list[Finding]:
    findings = []
    for article in articles:
        d = article.date
        if (d.year, d.month, d.day or 0) > (today.year, today.month, today.day if d.day else 0):
            findings.append(
                warning(
                    "D104",
                    article.source,
                    f"date {d.iso} is in the future (today is {today.isoformat()})",
                    "check the year and month of the date line",
                    1,
                )
            )
    return findings


OLDEST_LIKELY = 1900  # earlier dates are possible (archives) but usually a typo


def old_dates(articles: Iterable[Article]) -> list[Finding]:
    return [
        warning(
            "D105",
            article.source,
            f"date {article.date.iso} is before {OLDEST_LIKELY}",
            "check the year of the date line; if it is right, ignore this warning",
            1,
        )
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
        detail = f"; unknown names: {', '.join(unknown[:5])}" if unknown else ""
        findings.append(
            warning(
                "A404",
                article.source,
                f"no registered actor is mentioned{detail}",
                "add its people and organisations to the registry (`digest actors suggest` drafts entries)",
            )
        )
    return findings


def form_lint(actor: Actor, source: str, zipf: Callable[[str, str], float]) -> list[Finding]:
    """Forms too short to match safely (R507), and forms matched ignoring case that are
    common Italian words (R508): "Conte" would catch "il conte"."""
    findings: list[Finding] = []
    for form in actor_forms(actor):
        if len(form.text.strip()) < MIN_ALIAS:
            findings.append(
                warning(
                    "R507",
                    source,
                    f"alias {form.text!r} of `{actor.id}` is shorter than {MIN_ALIAS} characters",
                    "use a longer form; two letters match far too much text",
                    actor.line,
                )
            )
        if form.case != "any" or form.role != "alias" or " " in form.text:
            continue
        frequency = zipf(form.text.lower(), "it")
        if frequency >= COMMON_WORD_ZIPF:
            findings.append(
                warning(
                    "R508",
                    source,
                    f"alias {form.text!r} of `{actor.id}` is also a common Italian word (zipf {frequency:.1f}): "
                    "matched ignoring case, it catches ordinary text",
                    "move it from `aliases:` to `exact:`, so it matches only as written",
                    actor.line,
                )
            )
    return findings


def registry_lint(registry: Registry, mentioned: set[str]) -> list[Finding]:
    """The site's own entries: forms too short or too common, actors no article mentions.
    The starter registry's entries are held to the same form rules by tests/test_starter.py."""
    from wordfreq import zipf_frequency  # loaded only when checking: about 0.1 s

    findings: list[Finding] = []
    for actor in registry.actors.values():
        if actor.origin == STARTER:
            continue
        findings += form_lint(actor, registry.source, zipf_frequency)
        if actor.id not in mentioned:
            findings.append(
                info(
                    "R509",
                    registry.source,
                    f"`{actor.id}` ({actor.name}) is mentioned by no article",
                    "fine for a new actor; otherwise check its aliases",
                    actor.line,
                )
            )
    return findings
