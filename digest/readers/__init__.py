"""One reader per input format; each turns a file's bytes into an `Article`. Never writes."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from digest.catalogue import finding
from digest.findings import Finding
from digest.firstnames import given_names
from digest.guard import link_finding
from digest.model import Article
from digest.paths import slug_problem, slugify
from digest.prose import (
    count_words,
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

# One reader per format, by file suffix: a new format is one entry here.
READERS: dict[str, Callable[[SourceText, str], tuple[Parts | None, list[Finding]]]] = {
    ".txt": read_text,
    ".md": read_markdown,
}
SUFFIXES = tuple(READERS)
# Files that may sit in articles/ without being articles.
IGNORED_NAMES = frozenset({"README.md", "readme.md", ".gitkeep"})
# A file name becomes a page address and is printed in every message about the file.
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def discover(articles_dir: Path) -> tuple[list[Path], list[Finding]]:
    """Every article file under `articles_dir`, sorted. Nothing is skipped silently: other
    files, hidden files, links and unusable names are reported."""
    files: list[str] = []
    findings: list[Finding] = []
    if articles_dir.is_symlink():
        return [], [link_finding(articles_dir, articles_dir.as_posix(), "the articles folder")]
    if not articles_dir.is_dir():
        return [], [finding("X001", articles_dir.as_posix())]
    # os.scandir, not os.walk and pathlib: a folder entry already says whether it is a link,
    # a folder or a file, so 100,000 articles cost no system call each before their stamps.
    stack = [str(articles_dir)]
    while stack:
        try:
            with os.scandir(stack.pop()) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            continue  # unreadable or gone since: as os.walk, skipped (its files stay unread)
        folders = [entry for entry in entries if _is_folder(entry)]
        for entry in folders:
            if entry.is_symlink():
                findings.append(
                    link_finding(Path(entry.path), _posix(entry), "a folder in articles/")
                )
            elif entry.name.startswith("."):
                findings.append(_hidden(Path(entry.path), "folder"))
        # Walk only real, visible folders, depth first in name order; no recursion, so no
        # depth of nesting a pull request can send ends the build with a traceback.
        stack.extend(
            entry.path
            for entry in reversed(folders)
            if not entry.name.startswith(".") and not entry.is_symlink()
        )
        for entry in entries:
            name = entry.name
            if name in IGNORED_NAMES or _is_folder(entry):
                continue
            if entry.is_symlink():
                findings.append(link_finding(Path(entry.path), _posix(entry), "an article file"))
            elif name.startswith("."):
                findings.append(_hidden(Path(entry.path), "file"))
            elif _UNSAFE_NAME.search(name):
                findings.append(finding("X006", _posix(entry)))
            elif os.path.splitext(name)[1].lower() not in SUFFIXES:
                findings.append(_unsupported(_posix(entry)))
            elif entry.is_file(follow_symlinks=False):
                files.append(entry.path)
    # In Path order (part by part), compared as lists of strings: Path objects compare in
    # Python, and sorting 100,000 of them cost more than finding them.
    return [Path(name) for name in sorted(files, key=lambda name: name.split(os.sep))], findings


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """A folder, or a link to one (reported, never followed), as os.walk sorts them."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _posix(entry: os.DirEntry[str]) -> str:
    return Path(entry.path).as_posix()


def _unsupported(path: str) -> Finding:
    return finding("X002", path, suffix=PurePosixPath(path).suffix)


def _hidden(path: Path, what: str) -> Finding:
    return finding("X005", path.as_posix(), what=what)


def read_article(path: str, data: bytes, default_lang: str) -> tuple[Article | None, list[Finding]]:
    """Read one article. `path` is the file's path relative to the repository root."""
    source, findings = decode(path, data)
    if source is None:
        return None, findings
    reader = READERS.get(PurePosixPath(path).suffix.lower())
    if reader is None:  # discover() lets no such file through; a caller may
        return None, [*findings, _unsupported(path)]
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
        title, rule = tidy(unshout(parts.headline, "\n".join(texts))), "headline"
    else:
        # A standfirst too long for a headline sums the article up where its headline was
        # lost: the title is made from it, not from a lead that may open on a scene (on the
        # development set, 2 more titles right of 244, none lost). A short one that names no
        # one ("Lunga telefonata tra i due") says less than the lead.
        summary = parts.subtitle if parts.subtitle and len(parts.subtitle) > HEADLINE_MAX else ""
        source, rule = (summary, "standfirst") if summary else (lead, "lead")
        title = tidy(unshout(infer_title(source, given_names()), "\n".join(texts)))
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
