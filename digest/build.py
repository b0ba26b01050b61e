"""The pipeline, top to bottom: read → match → index → plan → render → write.

With a cache (the default for `digest build`), each stage does only what changed:
- nothing changed (same tool, settings, registry, article files and written pages):
  stop after looking at file sizes and times, write nothing;
- otherwise articles whose bytes are unchanged come from the cache, and only the outputs
  whose signature changed (digest.plan) are rendered and written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from digest import paths
from digest.cache import Cache, FileStamp, JobRecord, State, inputs_key, sha1, tool_fingerprint
from digest.checks import articles_without_actors, duplicate_articles, future_dates, registry_lint
from digest.config import Config
from digest.corpus import build_corpus
from digest.findings import Finding, has_errors, sorted_findings, warning
from digest.i18n import Labels
from digest.ingest import FileResult, ingest_all
from digest.matching import NameSeen
from digest.model import Article, Corpus, Registry
from digest.plan import render_all, site_jobs
from digest.produce import produce
from digest.readers import discover
from digest.registry import load_registry
from digest.write import WriteReport, file_stamp, remove_stale


@dataclass
class BuildResult:
    findings: list[Finding]
    corpus: Corpus | None = None  # None when nothing changed or on errors
    pages: dict[str, str] | None = None  # the outputs rendered by this run
    report: WriteReport | None = None
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # articles, actors, months

    @property
    def ok(self) -> bool:
        return not has_errors(self.findings)


@dataclass
class Reading:
    """Everything read from the inputs, before any page exists."""

    registry: Registry
    articles: list[Article]
    findings: list[Finding]
    names: dict[str, list[NameSeen]]  # unmatched capitalised names, by article source
    results: dict[str, FileResult]  # by article path, for the cache
    digests: dict[str, str]  # article id → sha1 of its file


class _Clock:
    """Seconds spent in each stage, for `--stats` and the benchmark."""

    def __init__(self) -> None:
        self.stages: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.stages[stage] = round(now - self._last, 4)
        self._last = now


def _settings(config: Config) -> tuple[object, ...]:
    """Every setting that changes what is written (part of the cache key)."""
    return (
        config.language,
        config.site_url,
        config.site_name,
        config.page_limit,
        config.latest,
        config.relative(config.articles_dir),
        config.relative(config.registry_path),
    )


def read_corpus(
    config: Config,
    today: dt.date | None = None,
    cached: dict[str, FileResult] | None = None,
    files: list[Path] | None = None,
    stamps: dict[str, FileStamp] | None = None,
) -> Reading:
    """Read the registry and every article, match actors, run every check; collect all findings.

    `cached` holds earlier results by path: a file whose size and time are those in
    `stamps`, or whose bytes have the same sha1, is not parsed again.
    """
    registry, findings = load_registry(config.registry_path, config.relative(config.registry_path))
    if files is None:
        files, more = discover(config.articles_dir)
        findings += [dataclasses.replace(f, path=config.relative(Path(f.path))) for f in more]
    cached = cached or {}
    results: dict[str, FileResult] = {}
    todo: list[tuple[str, bytes, str]] = []
    for file in files:
        rel = config.relative(file)
        stamp = (stamps or {}).get(rel)
        if (
            stamp is not None
            and rel in cached
            and cached[rel].sha1 == stamp.sha1
            and file_stamp(file) == (stamp.size, stamp.mtime_ns)
        ):
            results[rel] = cached[rel]  # not even read: same size and modification time
            continue
        data = file.read_bytes()
        digest = sha1(data)
        if rel in cached and cached[rel].sha1 == digest:
            results[rel] = cached[rel]
        else:
            todo.append((rel, data, digest))
    for (rel, _, _), result in zip(todo, ingest_all(todo, registry, config.language), strict=True):
        results[rel] = result

    articles: list[Article] = []
    names: dict[str, list[NameSeen]] = {}
    fingerprints: dict[str, str] = {}
    for rel in sorted(results):
        result = results[rel]
        findings += result.findings
        if result.article is not None:
            articles.append(result.article)
            names[rel] = list(result.names)
            fingerprints[rel] = result.fingerprint
    articles, more = unique_ids(articles)
    findings += more
    findings += duplicate_articles(articles, fingerprints)
    findings += future_dates(articles, today or dt.date.today())
    findings += articles_without_actors(articles, names)
    if registry.actors:
        mentioned = {ref.actor_id for article in articles for ref in article.actors}
        findings += registry_lint(registry, mentioned)
    digests = {a.id: results[a.source].sha1 for a in articles}
    return Reading(registry, articles, findings, names, results, digests)


def unique_ids(articles: list[Article]) -> tuple[list[Article], list[Finding]]:
    """Two articles with one slug both keep a page: the later path gets "-2", "-3"…"""
    findings: list[Finding] = []
    seen: dict[str, str] = {}
    result: list[Article] = []
    for article in sorted(articles, key=lambda a: a.source):
        slug = article.id
        if slug in seen:
            n = 2
            while f"{slug}-{n}" in seen:
                n += 1
            new = f"{slug}-{n}"
            findings.append(
                warning(
                    "S601",
                    article.source,
                    f"slug `{slug}` is already used by {seen[slug]}; this page is `{new}`",
                    "rename the file, or set a distinct `slug:` in its front matter",
                )
            )
            article = dataclasses.replace(article, id=new)
        seen[article.id] = article.source
        result.append(article)
    return result, findings


def _unchanged(state: State, files: list[Path], config: Config, docs_dir: Path) -> bool:
    """True when no article file and no written output moved since the last build."""
    if len(files) != len(state.files):
        return False
    for file in files:
        stamp = state.files.get(config.relative(file))
        if stamp is None or file_stamp(file) != (stamp.size, stamp.mtime_ns):
            return False
    return all(
        file_stamp(docs_dir / path) == written
        for record in state.jobs.values()
        for path, written in record.outputs.items()
    )


def build(
    config: Config,
    write: bool = True,
    today: dt.date | None = None,
    use_cache: bool = True,
    keep_corpus: bool = False,
) -> BuildResult:
    """Run the pipeline; `keep_corpus` returns the corpus even when nothing changed (the
    search index needs it), at the cost of reading the cache."""
    clock = _Clock()
    cache = Cache(config.root / ".cache" / "digest") if write and use_cache else None
    registry_bytes = config.registry_path.read_bytes() if config.registry_path.exists() else b""
    key = inputs_key(tool_fingerprint(), _settings(config), registry_bytes)
    state = cache.state(key) if cache else None
    files, discovered = discover(config.articles_dir)
    discovered = [dataclasses.replace(f, path=config.relative(Path(f.path))) for f in discovered]
    if (
        state is not None
        and not keep_corpus
        and not discovered
        and _unchanged(state, files, config, config.docs_dir)
    ):
        clock.lap("check")
        counts = {"articles": state.articles}
        return BuildResult(
            state.findings, report=WriteReport((), 0, ()), timings=clock.stages, counts=counts
        )

    cached = cache.articles(key) if cache and state else {}
    reading = read_corpus(config, today, cached, files, state.files if state else None)
    findings = discovered + reading.findings
    clock.lap("read")
    if has_errors(findings):
        # Nothing is written: the site keeps its last good pages until every error is fixed.
        return BuildResult(sorted_findings(findings), timings=clock.stages)
    corpus = build_corpus(reading.articles, reading.registry)
    counts = {
        "articles": len(corpus.articles),
        "actors": len(corpus.actors),
        "months": len(corpus.months),
    }
    clock.lap("index")
    jobs = site_jobs(
        corpus,
        Labels(config.language),
        reading.digests,
        config.page_limit,
        config.latest,
        config.site_url,
        config.site_name,
    )
    previous = state.jobs if state else {}
    kept: dict[str, JobRecord] = {}
    todo = []
    for job in jobs:
        record = previous.get(job.key)
        if (
            job.signature is not None
            and record is not None
            and record.signature == job.signature
            and all(file_stamp(config.docs_dir / p) == w for p, w in record.outputs.items())
        ):
            kept[job.key] = record
        else:
            todo.append(job)
    if not write:
        pages = render_all(todo)
        clock.lap("render")
        return BuildResult(sorted_findings(findings), corpus, pages, None, clock.stages, counts)

    produced = produce(todo, config.docs_dir, paths.GENERATED_DIRS)
    clock.lap("render+write")
    records = dict(kept)
    for job, done in zip(todo, produced, strict=True):
        records[job.key] = JobRecord(job.signature or b"", done.outputs)
    expected = {p for record in records.values() for p in record.outputs}
    removed = remove_stale(
        config.docs_dir.resolve(),
        paths.GENERATED_DIRS,
        expected,
        None if state is None else _stale(previous, expected),
    )
    written = tuple(sorted(p for done in produced for p in done.written))
    rendered = sum(len(done.outputs) for done in produced)
    report = WriteReport(written, rendered - len(written), removed)
    clock.lap("clean")
    if cache is not None:
        stamps = {}
        for file in files:
            rel = config.relative(file)
            size, mtime = file_stamp(file) or (0, 0)
            stamps[rel] = FileStamp(size, mtime, reading.results[rel].sha1)
        changed = {r for r in reading.results if reading.results[r] is not cached.get(r)}
        changed |= cached.keys() - reading.results.keys()  # a removed article: its shard too
        new_state = State(key, stamps, records, sorted_findings(findings), len(corpus.articles))
        cache.save(new_state, reading.results, changed if cached else None)
        clock.lap("cache")
    return BuildResult(sorted_findings(findings), corpus, None, report, clock.stages, counts)


def _stale(previous: dict[str, JobRecord], expected: set[str]) -> set[str]:
    return {p for record in previous.values() for p in record.outputs if p not in expected}
