"""One reader per input format; each turns a file's bytes into an `Article`. Never writes."""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

from digest.findings import Finding, error, warning
from digest.guard import link_finding
from digest.model import Article
from digest.paths import slug_problem, slugify
from digest.readers.derive import (
    count_words,
    infer_title,
    lead_of,
    reading_minutes,
    summarise,
    unshout,
)
from digest.readers.markdown import read_markdown
from digest.readers.source import decode
from digest.readers.text import read_text

SUFFIXES = (".txt", ".md")
# Files that may sit in articles/ without being articles.
IGNORED_NAMES = frozenset({"README.md", "readme.md", ".gitkeep"})
# A file name becomes a page address and is printed in every message about the file.
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def discover(articles_dir: Path) -> tuple[list[Path], list[Finding]]:
    """Every article file under `articles_dir`, sorted. Nothing is skipped silently: other
    files, hidden files, links and unusable names are reported."""
    files: list[Path] = []
    findings: list[Finding] = []
    if articles_dir.is_symlink():
        return [], [link_finding(articles_dir, articles_dir.as_posix(), "the articles folder")]
    if not articles_dir.is_dir():
        return [], [
            error(
                "X001",
                articles_dir.as_posix(),
                "the articles folder does not exist",
                "create it, or set extra.digest.articles in mkdocs.yml",
            )
        ]
    for directory, dirnames, filenames in os.walk(articles_dir, followlinks=False):
        base = Path(directory)
        for name in sorted(dirnames):
            path = base / name
            if path.is_symlink():
                findings.append(link_finding(path, path.as_posix(), "a folder in articles/"))
            elif name.startswith("."):
                findings.append(_hidden(path, "folder"))
        # Walk only real, visible folders, in a stable order.
        dirnames[:] = sorted(
            d for d in dirnames if not d.startswith(".") and not (base / d).is_symlink()
        )
        for name in sorted(filenames):
            path = base / name
            if name in IGNORED_NAMES:
                continue
            if path.is_symlink():
                findings.append(link_finding(path, path.as_posix(), "an article file"))
            elif name.startswith("."):
                findings.append(_hidden(path, "file"))
            elif _UNSAFE_NAME.search(name):
                findings.append(
                    error(
                        "X006",
                        path.as_posix(),
                        "the file name contains control, invisible or undecodable characters",
                        "rename the file with letters, digits and hyphens, e.g. "
                        "2025-12-20-munir-incontra-haftar.txt",
                    )
                )
            elif path.suffix.lower() not in SUFFIXES:
                findings.append(
                    error(
                        "X002",
                        path.as_posix(),
                        f"unsupported file type {path.suffix!r}",
                        "articles are .txt (plain text) or .md (Markdown with front matter)",
                    )
                )
            elif path.is_file():
                files.append(path)
    return sorted(files), findings


def _hidden(path: Path, what: str) -> Finding:
    return warning(
        "X005",
        path.as_posix(),
        f"hidden {what}: its name starts with a dot, so it is not read",
        f"rename the {what} without the leading dot, or remove it from articles/",
    )


def read_article(path: str, data: bytes, default_lang: str) -> tuple[Article | None, list[Finding]]:
    """Read one article. `path` is the file's path relative to the repository root."""
    source, findings = decode(path, data)
    if source is None:
        return None, findings
    stem = PurePosixPath(path).stem
    if path.lower().endswith(".md"):
        parts, more = read_markdown(source)
        findings += more
        if parts is None:
            return None, findings
        meta = parts.meta
        slug = meta.get("slug") or slugify(stem)
        problem = slug_problem(slug)
        if problem:
            return None, [
                *findings,
                error(
                    "S602",
                    path,
                    f"slug {slug!r} cannot be used: {problem}",
                    "use lowercase words separated by hyphens, e.g. slug: munir-incontra-haftar",
                ),
            ]
        paragraphs = parts.paragraphs
        texts = [p.text for p in paragraphs]
        title = parts.title
        article = Article(
            id=slug,
            source=path,
            format="markdown",
            date=parts.date,
            title=title or infer_title(lead_of(texts)),
            title_inferred=not title,
            summary=meta.get("summary") or summarise(lead_of(texts)),
            paragraphs=paragraphs,
            body_html=parts.body_html,
            lang=meta.get("lang") or default_lang,
            place=meta.get("place"),
            country=meta.get("country"),
            agencies=tuple(meta.get("agencies") or ()),
            author=meta.get("author"),
            photo_credit=meta.get("photo"),
            url=meta.get("url"),
            source_name=meta.get("source"),
            words=(words := count_words(texts)),
            reading_minutes=reading_minutes(words),
            actors_added=tuple(meta.get("actors") or ()),
            actors_removed=tuple(meta.get("not_actors") or ()),
        )
        return article, findings

    text_parts, more = read_text(source, default_lang)
    findings += more
    if text_parts is None:
        return None, findings
    slug = slugify(stem)
    if problem := slug_problem(slug):
        return None, [
            *findings,
            error(
                "S602",
                path,
                f"the file name cannot name a page ({slug!r}: {problem})",
                "rename the file by date and subject, e.g. 2025-12-20-munir-incontra-haftar.txt",
            ),
        ]
    texts = [p.text for p in text_parts.paragraphs]
    prose = [p.text for p in text_parts.paragraphs if p.kind == "text"] or texts
    words = count_words(texts)
    body = "\n".join(texts)
    if text_parts.headline:
        title, inferred = unshout(text_parts.headline, body), False
    else:
        title, inferred = unshout(infer_title(lead_of(prose)), body), True
    provenance = (*text_parts.provenance, ("title", "headline" if not inferred else "lead"))
    return Article(
        id=slug,
        source=path,
        format="text",
        date=text_parts.date,
        title=title,
        title_inferred=inferred,
        summary=summarise(lead_of(prose)),
        paragraphs=text_parts.paragraphs,
        lang=default_lang,
        place=text_parts.place,
        country=text_parts.country,
        agencies=text_parts.agencies,
        author=text_parts.author,
        photo_credit=text_parts.photo_credit,
        source_name=text_parts.source_name,
        url=text_parts.url,
        words=words,
        reading_minutes=reading_minutes(words),
        subtitle=text_parts.subtitle,
        dateline=text_parts.dateline,
        desk=text_parts.desk,
        removed=text_parts.removed,
        provenance=tuple(sorted(provenance)),
    ), findings
