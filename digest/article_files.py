"""The article files: which files under articles/ are articles, found in a stable order.

Apart from the readers (digest.readers), which turn one file into an article: a build that
finds nothing changed lists the files and stops, without loading any reader.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

from digest.catalogue import finding
from digest.findings import Finding
from digest.guard import link_finding

# The formats digest reads, by file suffix: one reader each in digest.readers.READERS.
SUFFIXES = (".txt", ".md")
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
                findings.append(unsupported(_posix(entry)))
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


def unsupported(path: str) -> Finding:
    """X002: a file of a format no reader takes."""
    return finding("X002", path, suffix=PurePosixPath(path).suffix)


def _hidden(path: Path, what: str) -> Finding:
    return finding("X005", path.as_posix(), what=what)
