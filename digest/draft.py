"""`digest new`: a text becomes a correctly named, correctly dated plain-text article."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from digest.config import Config
from digest.firstnames import given_names
from digest.paths import slug_problem, slugify
from digest.prose import infer_title
from digest.readers.source import decode
from digest.readers.text import parse_date, split_paragraphs

SLUG_WORDS = 7
_DATE_LINE = re.compile(r"^\s*date\s*:?\s*(\S+)\s*", re.I)


class DraftError(Exception):
    pass


def draft_article(
    data: bytes, config: Config, date_text: str | None, slug: str | None, today: dt.date
) -> tuple[Path, str]:
    """(where to write, what to write) for a new article; never overwrites a file."""
    source, findings = decode("<input>", data)
    if source is None:
        raise DraftError(findings[0].message)
    text = source.text.strip("\n")
    existing = _DATE_LINE.match(text)
    if existing:
        if date_text and existing[1] != date_text:
            raise DraftError(
                f"the text already starts with date {existing[1]}; drop --date or the date line"
            )
        date_text, text = existing[1], text[existing.end() :]
    date_text = date_text or today.isoformat()
    date, problems = parse_date(date_text, "--date", 1, 1)
    if date is None:
        raise DraftError(f"{problems[0].message}; {problems[0].fix}")
    paragraphs = split_paragraphs(text.split("\n"), 1)
    if not paragraphs:
        raise DraftError("the text is empty")
    words = slugify(
        slug
        or " ".join(infer_title(paragraphs[0].text, given_names()).rstrip("…").split()[:SLUG_WORDS])
    )
    name = f"{date.iso}-{words}" if not words.startswith(date.iso) else words
    if problem := slug_problem(name):
        raise DraftError(f"cannot name the file {name!r}: {problem}; give --slug")
    target = config.articles_dir / str(date.year) / f"{name}.txt"
    if target.exists():
        raise DraftError(f"{config.relative(target)} already exists; choose another --slug")
    return target, f" date {date.iso} {text.lstrip()}\n"
