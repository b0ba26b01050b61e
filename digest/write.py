"""The only place that touches docs/: atomic writes, only when content changed, stale pages removed.

Unchanged pages are not rewritten, so `mkdocs serve` and file watchers stay quiet.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_pages(docs_dir: Path, pages: dict[str, str], owned_dirs: tuple[str, ...]) -> WriteReport:
    """Write `pages` under `docs_dir`; delete files in `owned_dirs` that no page produced.

    Only generated folders are ever cleaned: hand-written pages elsewhere in docs/ are safe.
    """
    root = docs_dir.resolve()
    written: list[str] = []
    unchanged = 0
    for rel in sorted(pages):
        target = (root / rel).resolve()
        if root not in target.parents or not rel.startswith(tuple(f"{d}/" for d in owned_dirs)):
            raise ValueError(
                f"refusing to write {rel!r}: outside the generated folders of {docs_dir}"
            )
        data = pages[rel].encode("utf-8")
        try:
            if target.read_bytes() == data:
                unchanged += 1
                continue
        except FileNotFoundError:
            pass
        _atomic_write(target, data)
        written.append(rel)
    removed: list[str] = []
    for folder in owned_dirs:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*"), reverse=True):
            rel = path.relative_to(root).as_posix()
            if path.is_file() and rel not in pages:
                path.unlink()
                removed.append(rel)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return WriteReport(tuple(written), unchanged, tuple(sorted(removed)))
