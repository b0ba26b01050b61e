"""One article file in, everything the build needs from it out; on both cores when it pays.

Reading and matching are independent per file, so a large corpus is split in ordered
chunks over a process pool (forked, so the registry and matcher are not pickled per
file); results come back in file order, so the output does not depend on the pool.
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from digest.checks import fingerprint
from digest.findings import Finding
from digest.frozen import by_fields
from digest.matching import Matcher, tag
from digest.model import Article, Registry
from digest.names import NameSeen, candidates, unmatched_names
from digest.readers import read_article

PARALLEL_MIN = 400  # below this, starting processes costs more than it saves (measured)
# Files per task: small enough that a worker's results, pickled back in one piece, stay small.
CHUNK = 200
T = TypeVar("T")


@by_fields
@dataclass(frozen=True, slots=True)
class FileResult:
    sha1: str
    article: Article | None  # None when the file has errors
    findings: tuple[Finding, ...]
    names: tuple[NameSeen, ...]  # capitalised names that match no actor
    fingerprint: str  # words of the text, for duplicate detection ("" without article)


def ingest(path: str, data: bytes, sha1: str, language: str, matcher: Matcher) -> FileResult:
    article, findings = read_article(path, data, language)
    if article is None:
        return FileResult(sha1, None, tuple(findings), (), "")
    tagging = tag(article, matcher)
    names = unmatched_names(article, tagging.spans, matcher.registry)
    findings += tagging.findings
    findings += candidates(names)
    article = dataclasses.replace(article, actors=tagging.actors)
    return FileResult(sha1, article, tuple(findings), tuple(names), fingerprint(article))


# The worker's matcher and what it does with each result, set once per process by
# _start_worker.
_WORKER: tuple[Matcher, str, Callable[[str, FileResult], Any]] | None = None


def _start_worker(
    registry: Registry, language: str, then: Callable[[str, FileResult], Any]
) -> None:
    global _WORKER
    _WORKER = (Matcher(registry), language, then)


def _ingest_chunk(chunk: list[tuple[str, bytes, str]]) -> list[Any]:
    assert _WORKER is not None
    matcher, language, then = _WORKER
    return [then(path, ingest(path, data, sha1, language, matcher)) for path, data, sha1 in chunk]


def _pair(path: str, result: FileResult) -> tuple[str, FileResult]:
    return path, result


def ingest_all(
    items: Iterable[tuple[str, bytes, str]],
    registry: Registry,
    language: str,
    jobs: int | None = None,
) -> Iterator[tuple[str, FileResult]]:
    """Ingest (path, bytes, sha1) items: (path, result), in order; in parallel for large batches."""
    return ingest_each(items, registry, language, _pair, jobs)


def ingest_each(
    items: Iterable[tuple[str, bytes, str]],
    registry: Registry,
    language: str,
    then: Callable[[str, FileResult], T],
    jobs: int | None = None,
) -> Iterator[T]:
    """`then(path, result)` for each (path, bytes, sha1) item, in order, run where the result
    is made (a worker, for large batches): digest.store.pack pickles it there, so that the
    article's body never travels whole to the parent.

    Lazy at both ends: items are drawn a chunk at a time and results handed back as their
    chunk is done, so that neither every file's bytes nor every result need be in memory at
    once (100,000 articles: about 360 MB of bytes, inherited by each forked worker)."""
    jobs = jobs or min(os.cpu_count() or 1, 4)
    pending = iter(items)
    head = list(itertools.islice(pending, PARALLEL_MIN))
    if jobs < 2 or len(head) < PARALLEL_MIN:
        matcher = Matcher(registry)
        for path, data, sha1 in itertools.chain(head, pending):
            yield then(path, ingest(path, data, sha1, language, matcher))
        return
    from digest.names import warm

    warm()  # the gazetteers, loaded once here and inherited by every forked worker
    chunks = _chunks(itertools.chain(head, pending), CHUNK)
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        jobs,
        mp_context=context,
        initializer=_start_worker,
        initargs=(registry, language, then),
    ) as pool:
        # A few chunks per worker in flight keep both busy; the rest wait unread.
        running: collections.deque[Future[list[T]]] = collections.deque()
        for chunk in chunks:
            running.append(pool.submit(_ingest_chunk, chunk))
            if len(running) > 2 * jobs:
                yield from running.popleft().result()
        while running:
            yield from running.popleft().result()


def _chunks(items: Iterator[T], size: int) -> Iterator[list[T]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk
