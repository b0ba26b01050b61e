"""What a reader finds in one file: the same shape for every format, so that the rules every
article shares (its id, title, summary, counts) are applied once, in `digest.readers`."""

from __future__ import annotations

from dataclasses import dataclass

from digest.model import ArticleDate, Dateline, Format, Paragraph, Removal


@dataclass(frozen=True)
class Parts:
    format: Format  # the reader that found these parts
    date: ArticleDate
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None  # stated by the file (front matter): used as written
    headline: str | None = None  # found in pasted copy: shown as the body writes its words
    slug: str | None = None  # stated by the file; otherwise the file name gives the id
    summary: str | None = None
    lang: str | None = None
    body_html: str | None = None  # rendered and sanitised (Markdown); None: plain paragraphs
    place: str | None = None
    country: str | None = None
    agencies: tuple[str, ...] = ()
    author: str | None = None
    photo_credit: str | None = None
    url: str | None = None
    source_name: str | None = None
    subtitle: str | None = None
    dateline: Dateline | None = None
    desk: str | None = None
    removed: tuple[Removal, ...] = ()
    provenance: tuple[tuple[str, str], ...] = ()
    actors_added: tuple[str, ...] = ()
    actors_removed: tuple[str, ...] = ()
