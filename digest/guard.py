"""Where the build may read and write: real files and folders inside the repository.

A pull request can add a symbolic link as easily as a file. A link in articles/ would
publish a file from anywhere on the machine; a link in place of docs/api or site/ would make
the build write, and delete stale files, wherever it points. So no path the build reads or
writes may be a link or pass through one, and the check lives here, once: `digest check`,
`digest build` and `digest site` all ask it before touching anything.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from digest.catalogue import finding
from digest.findings import Finding


def link_in_path(path: Path, root: Path) -> Path | None:
    """The first symbolic link among `path` and its parents below `root`, or None."""
    try:
        relative = path.relative_to(root)
    except ValueError:
        return path  # outside the root: treated like a link out of it
    current = root
    for part in relative.parts:
        current = current / part
        if current.is_symlink():
            return current
    return None


def links_below(folder: Path) -> Iterator[Path]:
    """Every symbolic link inside `folder`, without following any (scandir's entry types:
    no extra system call per file, so a 100,000-page docs/ is walked in a fraction of a second)."""
    if not folder.is_dir() or folder.is_symlink():
        return
    pending = [str(folder)]
    while pending:
        directory = pending.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.is_symlink():
                yield Path(entry.path)
            elif entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)


def link_finding(link: Path, shown: str, what: str) -> Finding:
    kind = "file" if what.endswith("file") else "folder"
    try:
        target = os.readlink(link)
    except OSError:  # gone, or unreadable, since it was found
        return finding("X004", shown, variant="unread", what=what, kind=kind)
    return finding("X004", shown, what=what, target=target, kind=kind)


def tree_findings(
    root: Path, docs_dir: Path, inputs: list[tuple[Path, str]], outputs: list[Path]
) -> list[Finding]:
    """Links among the inputs (path, description), in docs/ and among the output folders."""
    findings: list[Finding] = []
    seen: set[Path] = set()

    def report(link: Path, what: str) -> None:
        if link not in seen:
            seen.add(link)
            findings.append(link_finding(link, _shown(link, root), what))

    for path, what in inputs:
        if (link := link_in_path(path, root)) is not None:
            report(link, what if link == path else "a folder on its path")
    for folder in [docs_dir, *outputs]:
        if (link := link_in_path(folder, root)) is not None:
            report(link, "an output folder" if link == folder else "a folder on its path")
    # MkDocs follows links when it reads docs/: one inside would publish its target.
    for link in links_below(docs_dir):
        report(link, "a file or folder in the documentation folder")
    return findings


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
