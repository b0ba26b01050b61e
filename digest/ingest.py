"""One article file in, everything the build needs from it out; on both cores when it pays.

Reading and matching are independent per file, so a large corpus is split in ordered
chunks over a process pool (forked, so the registry and matcher are not pickled per
file); results come back in file order, so the output does not depend on the pool.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from digest.checks import fingerprint
from digest.findings import Finding
from digest.matching import Matcher, tag
from digest.model import Article, Registry
from digest.names import NameSeen, candidates, unmatched_names
from digest.readers import read_article

PARALLEL_MIN = 400  # below this, starting processes costs more than it saves (measured)


@dataclass(frozen=True)
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


# The worker's matcher, built once per process by _start_worker.
_WORKER: tuple[Matcher, str] | None = None


def _start_worker(registry: Registry, language: str) -> None:
    global _WORKER
    _WORKER = (Matcher(registry), language)


def _ingest_chunk(chunk: list[tuple[str, bytes, str]]) -> list[FileResult]:
    assert _WORKER is not None
    matcher, language = _WORKER
    return [ingest(path, data, sha1, language, matcher) for path, data, sha1 in chunk]


def ingest_all(
    items: list[tuple[str, bytes, str]], registry: Registry, language: str, jobs: int | None = None
) -> list[FileResult]:
    """Ingest (path, bytes, sha1) items, in order; in parallel for large batches."""
    jobs = jobs or min(os.cpu_count() or 1, 4)
    if jobs < 2 or len(items) < PARALLEL_MIN:
        matcher = Matcher(registry)
        return [ingest(path, data, sha1, language, matcher) for path, data, sha1 in items]
    from digest.names import warm

    warm()  # the gazetteers, loaded once here and inherited by every forked worker
    size = -(-len(items) // (jobs * 4))  # a few chunks per process evens out slow files
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start_worker, initargs=(registry, language)
    ) as pool:
        return [result for chunk in pool.map(_ingest_chunk, chunks) for result in chunk]
