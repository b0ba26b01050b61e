"""Render every job, then write: on both cores when there are many, all or nothing.

Phase one renders each job and stages the pages whose bytes changed in a hidden folder
inside docs/ (MkDocs skips dot-folders); each page is staged as soon as it exists and then
dropped, so memory does not hold the whole site's text. Phase two, only when every job
rendered and staged without error, moves the staged pages into place. A job that fails
(a bug, a full disk, a read-only folder) becomes a finding, and docs/ stays as it was.

Jobs are data (digest.plan): where the platform can fork, workers are forked after the
jobs are made and share them without pickling, and this process renders beside them;
elsewhere each worker receives its share of the jobs pickled. Each stages its own jobs'
files (no two jobs write one path). Article pages' jobs may hold slim articles, whose
bodies are read back from the store (digest.store) a batch at a time.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import multiprocessing
import os
import shutil
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from digest import paths
from digest.catalogue import finding
from digest.findings import Finding, printable
from digest.plan import Job, Settings, render
from digest.store import Bodies
from digest.views import ArticleView
from digest.write import check_target, file_stamp, stage_page

PARALLEL_MIN = 2000  # jobs; below this a second process costs more than it saves (measured)
STAGING = paths.STAGING
BATCH = 256  # jobs whose articles' bodies are read from the store in one query


@dataclass(frozen=True)
class Produced:
    key: str
    outputs: tuple[str, ...]  # every path under docs/ the job renders
    staged: tuple[str, ...]  # those whose content changed, waiting in the staging folder
    problem: Finding | None = None


def _produce(
    jobs: list[Job],
    settings: Settings,
    root: Path,
    stage: Path,
    prefixes: tuple[str, ...],
    bodies: Bodies | None,
) -> list[Produced]:
    made: set[Path] = set()
    produced: list[Produced] = []
    for start in range(0, len(jobs), BATCH):
        batch = jobs[start : start + BATCH]
        if bodies is not None:
            try:
                batch = with_bodies(batch, bodies)
            except Exception as exc:  # the store unreadable: every page of the batch says so
                produced += [Produced(job.key, (), (), _render_error(job, exc)) for job in batch]
                continue
        for job in batch:
            try:
                pages = render(job, settings)
            except (
                Exception
            ) as exc:  # a bug must name the input, not end the build with a traceback
                produced.append(Produced(job.key, (), (), _render_error(job, exc)))
                continue
            staged = []
            try:
                for rel, text in sorted(pages.items()):
                    check_target(root, rel, prefixes)
                    if stage_page(root, stage, rel, text, made):
                        staged.append(rel)
            except OSError as exc:
                produced.append(Produced(job.key, (), (), cannot_write(exc, root)))
                # The disk is full or the folder read-only: the next job fails the same way.
                return produced
            produced.append(Produced(job.key, tuple(sorted(pages)), tuple(staged)))
    return produced


def with_bodies(jobs: list[Job], bodies: Bodies) -> list[Job]:
    """The jobs, each article page's with its article whole again (digest.store): its view
    was planned, and its signature taken, on the slim article."""
    articles = [job.view.article for job in jobs if isinstance(job.view, ArticleView)]
    if not articles:
        return jobs
    whole = bodies.full(articles)
    return [
        dataclasses.replace(
            job, view=dataclasses.replace(job.view, article=whole[job.view.article.source])
        )
        if isinstance(job.view, ArticleView)
        else job
        for job in jobs
    ]


# Set just before forking: the workers' copy of the jobs, shared without pickling.
_SHARED: tuple[list[Job], Settings, Path, Path, tuple[str, ...], Bodies | None] | None = None


def _produce_range(bounds: tuple[int, int]) -> list[Produced]:
    assert _SHARED is not None
    jobs, settings, root, stage, prefixes, bodies = _SHARED
    return _produce(jobs[bounds[0] : bounds[1]], settings, root, stage, prefixes, bodies)


def _shared_out(bounds: list[tuple[int, int]], workers: int) -> list[list[Produced]]:
    """The ranges of `_SHARED`'s jobs rendered by `workers - 1` forked processes and by
    this one, in order. A forked process counts in memory as a whole copy of this one (its
    pages are shared only until touched), so this process renders too rather than wait:
    on two cores, two copies of the build's data instead of three."""
    done: dict[int, list[Produced]] = {}
    waiting = collections.deque(range(len(bounds)))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers - 1, mp_context=context) as pool:
        running: dict[Future[list[Produced]], int] = {}
        while waiting:
            # Two ranges queued per worker, so that none waits while this process renders.
            while waiting and len(running) < 2 * (workers - 1):
                index = waiting.popleft()
                running[pool.submit(_produce_range, bounds[index])] = index
            if waiting:
                index = waiting.pop()  # from the other end: the two meet in the middle
                done[index] = _produce_range(bounds[index])
            for future in [f for f in running if f.done()]:
                done[running.pop(future)] = future.result()
        for future in as_completed(running):
            done[running[future]] = future.result()
    return [done[index] for index in range(len(bounds))]


def _produce_given(
    args: tuple[list[Job], Settings, Path, Path, tuple[str, ...], Bodies | None],
) -> list[Produced]:
    return _produce(*args)


def produce(
    jobs: list[Job],
    settings: Settings,
    docs_dir: Path,
    owned_dirs: tuple[str, ...],
    workers: int | None = None,
    bodies: Bodies | None = None,
) -> tuple[list[Produced], dict[str, tuple[int, int]], list[Finding]]:
    """Render and write `jobs`: (what each produced, the (size, mtime) of every output as
    now on disk, findings). With any finding, nothing under docs/ changed. With `bodies`,
    the jobs' articles are slim and get their bodies back from the store as they render."""
    global _SHARED
    root = docs_dir.resolve()
    stage = root / STAGING
    shutil.rmtree(stage, ignore_errors=True)  # left by a build that was killed
    prefixes = tuple(f"{d}/" for d in owned_dirs)
    workers = workers or min(os.cpu_count() or 1, 4)
    try:
        if workers < 2 or len(jobs) < PARALLEL_MIN:
            produced = _produce(jobs, settings, root, stage, prefixes, bodies)
        else:
            size = -(-len(jobs) // (workers * 8))
            bounds = [(i, min(i + size, len(jobs))) for i in range(0, len(jobs), size)]
            if "fork" in multiprocessing.get_all_start_methods():
                _SHARED = (jobs, settings, root, stage, prefixes, bodies)
                try:
                    chunks = _shared_out(bounds, workers)
                    produced = [p for chunk in chunks for p in chunk]
                finally:
                    _SHARED = None
            else:
                shares = [(jobs[a:b], settings, root, stage, prefixes, bodies) for a, b in bounds]
                with ProcessPoolExecutor(workers) as pool:
                    produced = [p for chunk in pool.map(_produce_given, shares) for p in chunk]
        problems = [p.problem for p in produced if p.problem is not None]
        if not problems:
            problems = _commit(root, stage, [rel for p in produced for rel in p.staged])
        if problems:
            return produced, {}, problems
        stamps = {rel: file_stamp(root / rel) or (0, 0) for p in produced for rel in p.outputs}
        return produced, stamps, []
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _commit(root: Path, stage: Path, staged: list[str]) -> list[Finding]:
    """Move staged pages into place, all or none: every folder is checked first, and a
    move that still fails (an immutable folder, a race) puts back the pages already moved."""
    folders = sorted({(root / rel).parent for rel in staged})
    for folder in folders:
        existing = next(p for p in (folder, *folder.parents) if p.exists())
        if not os.access(existing, os.W_OK):
            return [cannot_write(PermissionError(13, "Permission denied", str(existing)), root)]
    backups = stage / ".previous"
    moved: list[tuple[Path, Path | None]] = []  # (target, its previous version)
    made: list[Path] = []
    try:
        for folder in folders:
            for missing in reversed([p for p in (folder, *folder.parents) if not p.exists()]):
                missing.mkdir()
                made.append(missing)
        for rel in staged:
            target, previous = root / rel, None
            if target.exists():
                previous = backups / rel
                previous.parent.mkdir(parents=True, exist_ok=True)
                os.link(target, previous)  # a second name for the old page: no copy
            os.replace(stage / rel, target)
            moved.append((target, previous))
    except OSError as exc:
        _roll_back(moved, made)
        return [cannot_write(exc, root)]
    return []


def _roll_back(moved: list[tuple[Path, Path | None]], made: list[Path]) -> None:
    for target, previous in reversed(moved):
        with contextlib.suppress(OSError):
            if previous is None:
                target.unlink()
            else:
                os.replace(previous, target)
    for folder in reversed(made):
        with contextlib.suppress(OSError):
            folder.rmdir()


def render_pages(jobs: list[Job], settings: Settings) -> tuple[dict[str, str], list[Finding]]:
    """Every job's pages in memory (golden files, `build(write=False)`), or the findings."""
    pages: dict[str, str] = {}
    problems: list[Finding] = []
    for job in jobs:
        try:
            pages.update(render(job, settings))
        except Exception as exc:
            problems.append(_render_error(job, exc))
    return pages, problems


def cannot_write(exc: OSError, root: Path) -> Finding:
    where = exc.filename or str(root)
    try:
        shown = Path(where).relative_to(root.parent).as_posix()
    except ValueError:
        shown = str(where)
    return finding("X008", shown, reason=exc.strerror or str(exc))


def _render_error(job: Job, exc: Exception) -> Finding:
    return finding(
        "X009",
        job.about or "mkdocs.yml",
        key=job.key,
        exception=type(exc).__name__,
        error=printable(str(exc))[:200],
    )
