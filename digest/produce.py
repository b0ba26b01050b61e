"""Render jobs and write their pages at once, on both cores when there are many.

Each rendered page is written as soon as it exists and then dropped, so memory does not
hold the whole site's text. Workers are forked after the corpus is built, so they share it
without pickling; each writes its own jobs' files (no two jobs write one path).
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from digest.plan import Job
from digest.write import file_stamp, write_page

PARALLEL_MIN = 2000  # jobs; below this a second process costs more than it saves (measured)


@dataclass(frozen=True)
class Produced:
    key: str
    outputs: dict[str, tuple[int, int]]  # path under docs/ → (size, mtime_ns) as on disk
    written: tuple[str, ...]


def _produce(jobs: list[Job], root: Path, prefixes: tuple[str, ...]) -> list[Produced]:
    made: set[Path] = set()
    produced = []
    for job in jobs:
        outputs: dict[str, tuple[int, int]] = {}
        written = []
        for rel, text in sorted(job.render().items()):
            if write_page(root, rel, text, prefixes, made):
                written.append(rel)
            outputs[rel] = file_stamp(root / rel) or (0, 0)
        produced.append(Produced(job.key, outputs, tuple(written)))
    return produced


# Set just before forking: the workers' copy of the jobs (closures over the corpus).
_SHARED: tuple[list[Job], Path, tuple[str, ...]] | None = None


def _produce_range(bounds: tuple[int, int]) -> list[Produced]:
    assert _SHARED is not None
    jobs, root, prefixes = _SHARED
    return _produce(jobs[bounds[0] : bounds[1]], root, prefixes)


def produce(
    jobs: list[Job], docs_dir: Path, owned_dirs: tuple[str, ...], workers: int | None = None
) -> list[Produced]:
    global _SHARED
    root = docs_dir.resolve()
    prefixes = tuple(f"{d}/" for d in owned_dirs)
    workers = workers or min(os.cpu_count() or 1, 4)
    if workers < 2 or len(jobs) < PARALLEL_MIN:
        return _produce(jobs, root, prefixes)
    size = -(-len(jobs) // (workers * 4))
    bounds = [(i, min(i + size, len(jobs))) for i in range(0, len(jobs), size)]
    _SHARED = (jobs, root, prefixes)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            return [p for chunk in pool.map(_produce_range, bounds) for p in chunk]
    finally:
        _SHARED = None
