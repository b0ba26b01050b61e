"""The only place that touches docs/: atomic writes, only when content changed, stale pages removed.

Unchanged pages are not rewritten, so `mkdocs serve` and file watchers stay quiet.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from digest.guard import link_in_path


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    stamps: dict[str, tuple[int, int]] = field(default_factory=dict)  # path → (size, mtime_ns)


def file_stamp(path: str | Path) -> tuple[int, int] | None:
    """(size, mtime_ns), or None when the file is gone. A string path skips pathlib: the
    no-op check stats every article and every page (210,000 calls at 100,000 articles)."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _atomic_write(target: Path, data: bytes) -> None:
    # A fixed temporary name beside the target: one build writes docs/ at a time, and
    # mkstemp's random names cost a third of the write time at 10,000 pages.
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def check_target(root: Path, rel: str, prefixes: tuple[str, ...]) -> None:
    """Refuse a page path outside the generated folders. Paths come from digest.paths,
    which checks every slug; this is the last guard before the disk."""
    parts = rel.split("/")
    if (
        not rel.startswith(prefixes)
        or ".." in parts
        or "" in parts
        or "\x00" in rel
        or "\\" in rel
        or rel.startswith("/")
    ):
        raise ValueError(f"refusing to write {rel!r}: outside the generated folders of {root}")


def _unchanged(target: Path, data: bytes) -> bool:
    try:
        return target.stat().st_size == len(data) and target.read_bytes() == data
    except (FileNotFoundError, NotADirectoryError):
        return False


def _real_folder(root: Path, folder: Path, made: set[Path]) -> None:
    """Create `folder` below `root`, refusing to pass through a symbolic link."""
    if folder in made:
        return
    if (link := link_in_path(folder, root)) is not None:
        raise OSError(errno.ELOOP, "a symbolic link is in the way", str(link))
    folder.mkdir(parents=True, exist_ok=True)
    made.add(folder)


def stage_page(root: Path, stage: Path, rel: str, text: str, made: set[Path]) -> bool:
    """Put a page whose content changed in `stage`, to be moved into `root` later; True
    when staged. `root` is resolved; `stage` is a folder inside it."""
    data = text.encode("utf-8")
    if _unchanged(root / rel, data):
        return False
    target = stage / rel
    _real_folder(root, target.parent, made)
    with open(target, "wb") as handle:
        handle.write(data)
    return True


def write_page(root: Path, rel: str, text: str, prefixes: tuple[str, ...], made: set[Path]) -> bool:
    """Write one page if its content changed; True when written. `root` is resolved."""
    check_target(root, rel, prefixes)
    target = root / rel
    data = text.encode("utf-8")
    if _unchanged(target, data):
        return False
    _real_folder(root, target.parent, made)
    _atomic_write(target, data)
    return True


def write_pages(
    docs_dir: Path,
    pages: dict[str, str],
    owned_dirs: tuple[str, ...],
    expected: set[str] | None = None,
    stale: Iterable[str] | None = None,
) -> WriteReport:
    """Write `pages` under `docs_dir` and remove what no longer belongs there.

    `expected` is every path the site now has (default: `pages`). With `stale` given, only
    those paths are removed; without, the generated folders are scanned for strays. Only
    generated folders are ever touched: hand-written pages elsewhere in docs/ are safe.
    """
    root = docs_dir.resolve()
    prefixes = tuple(f"{d}/" for d in owned_dirs)
    written: list[str] = []
    stamps: dict[str, tuple[int, int]] = {}
    made: set[Path] = set()
    for rel in sorted(pages):
        if write_page(root, rel, pages[rel], prefixes, made):
            written.append(rel)
        stamps[rel] = file_stamp(root / rel) or (0, 0)
    removed = remove_stale(root, owned_dirs, set(pages) if expected is None else expected, stale)
    return WriteReport(tuple(written), len(pages) - len(written), removed, stamps)


def remove_stale(
    root: Path, owned_dirs: tuple[str, ...], expected: set[str], stale: Iterable[str] | None
) -> tuple[str, ...]:
    """Remove generated files not in `expected`: those in `stale`, or found by a scan.

    Never through a link: a generated folder replaced by a link to elsewhere is left alone
    (and reported by digest.guard before any build starts)."""
    prefixes = tuple(f"{d}/" for d in owned_dirs)
    if stale is None:
        candidates = [
            path.relative_to(root).as_posix()
            for folder in owned_dirs
            if (root / folder).is_dir() and not (root / folder).is_symlink()
            for path in (root / folder).rglob("*")
            if path.is_file() or path.is_symlink()
        ]
    else:
        candidates = list(stale)
    removed: list[str] = []
    for rel in sorted(candidates):
        if (
            rel not in expected
            and rel.startswith(prefixes)
            and ".." not in rel.split("/")
            and link_in_path((root / rel).parent, root) is None
        ):
            (root / rel).unlink(missing_ok=True)
            removed.append(rel)
    _prune_empty_dirs(
        root, owned_dirs, {str(Path(r).parent) for r in removed} if stale is not None else None
    )
    return tuple(removed)


def _prune_empty_dirs(root: Path, owned_dirs: tuple[str, ...], parents: set[str] | None) -> None:
    if parents is None:
        folders = [
            p
            for d in owned_dirs
            if (root / d).is_dir() and not (root / d).is_symlink()
            for p in (root / d).rglob("*")
            if p.is_dir() and not p.is_symlink()
        ]
    else:
        folders = [root / p for p in parents if p not in ("", ".")]
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        with contextlib.suppress(OSError):  # only an empty folder is removed
            folder.rmdir()
