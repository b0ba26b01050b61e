"""One reader per input format; each turns a file's bytes into an `Article`. Never writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

from digest.article_files import unsupported
from digest.catalogue import finding
from digest.findings import Finding
from digest.firstnames import given_names
from digest.model import Article
from digest.normalise import match_key
from digest.paths import slug_problem, slugify
from digest.places import country_code
from digest.prose import (
    count_words,
    headline_title,
    infer_title,
    lead_of,
    reading_minutes,
    summarise,
    tidy,
    unshout,
)
from digest.readers.copy import HEADLINE_MAX
from digest.readers.markdown import read_markdown
from digest.readers.parts import Parts
from digest.readers.source import SourceText, decode
from digest.readers.text import read_text

# One reader per format, by file suffix: the suffixes digest.article_files lets through
# (a test holds the two to each other).
READERS: dict[str, Callable[[SourceText, str], tuple[Parts | None, list[Finding]]]] = {
    ".txt": read_text,
    ".md": read_markdown,
}


def read_article(path: str, data: bytes, default_lang: str) -> tuple[Article | None, list[Finding]]:
    """Read one article. `path` is the file's path relative to the repository root."""
    source, findings = decode(path, data)
    if source is None:
        return None, findings
    reader = READERS.get(PurePosixPath(path).suffix.lower())
    if reader is None:  # discover() lets no such file through; a caller may
        return None, [*findings, unsupported(path)]
    parts, more = reader(source, default_lang)
    findings += more
    if parts is None:
        return None, findings
    article, problem = make_article(path, parts, default_lang)
    return article, findings if problem is None else [*findings, problem]


def make_article(
    path: str, parts: Parts, default_lang: str
) -> tuple[Article | None, Finding | None]:
    """The rules every article shares, whatever its format: its id (the file name, or the
    `slug:` it states), its title (stated, a headline found in the copy, or made from the
    lead), its summary and its counts."""
    slug = parts.slug or slugify(PurePosixPath(path).stem)
    if problem := slug_problem(slug):
        # The address a `slug:` states, else the file's own name.
        return None, finding(
            "S602", path, variant="slug" if parts.slug else "", slug=slug, problem=problem
        )
    texts = [p.text for p in parts.paragraphs]
    prose = [p.text for p in parts.paragraphs if p.kind == "text"] or texts
    lead = lead_of(prose)
    if parts.title:
        title, rule = parts.title, "stated"
    elif parts.headline:
        title = headline_title(tidy(unshout(parts.headline, "\n".join(texts), _country)))
        rule = "headline"
    else:
        # A standfirst too long for a headline sums the article up where its headline was
        # lost: the title is made from it, not from a lead that may open on a scene (on the
        # development set, 2 more titles right of 244, none lost). A short one that names no
        # one ("Lunga telefonata tra i due") says less than the lead; nor does one the lead
        # says again word for word, a sentence lifted from it ("Partite in Toscana, Lazio…").
        summary = parts.subtitle if parts.subtitle and len(parts.subtitle) > HEADLINE_MAX else ""
        if summary and match_key(summary.rstrip(" .")) in match_key(lead):
            summary = ""
        source, rule = (summary, "standfirst") if summary else (lead, "lead")
        title = tidy(unshout(infer_title(source, given_names()), "\n".join(texts), _country))
    words = count_words(texts)
    return Article(
        id=slug,
        source=path,
        format=parts.format,
        date=parts.date,
        title=title,
        title_inferred=rule in ("lead", "standfirst"),
        summary=parts.summary or summarise(lead),
        paragraphs=parts.paragraphs,
        body_html=parts.body_html,
        lang=parts.lang or default_lang,
        place=parts.place,
        country=parts.country,
        agencies=parts.agencies,
        author=parts.author,
        photo_credit=parts.photo_credit,
        url=parts.url,
        source_name=parts.source_name,
        words=words,
        reading_minutes=reading_minutes(words),
        subtitle=parts.subtitle,
        dateline=parts.dateline,
        desk=parts.desk,
        removed=parts.removed,
        provenance=tuple(sorted((*parts.provenance, ("title", rule)))),
        actors_added=parts.actors_added,
        actors_removed=parts.actors_removed,
    ), None


def _country(word: str) -> bool:
    """A country's name, which a title in capitals keeps capitalised ("L'ITALIA")."""
    return country_code(word) is not None
