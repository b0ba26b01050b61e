"""The pipeline, top to bottom: read → match → index → plan → render → write.

With a cache (the default for `digest build`), each stage does only what changed:
- nothing changed (same tool, settings, registry, article files and written pages):
  stop after looking at file sizes and times, write nothing;
- otherwise articles whose bytes are unchanged come from the cache, and only the outputs
  whose signature changed (digest.plan) are rendered and written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from digest import memo, paths
from digest.article_files import discover
from digest.cache import (
    Cache,
    FileStamp,
    JobRecord,
    State,
    inputs_key,
    sha1,
    tool_fingerprint,
)
from digest.catalogue import finding
from digest.config import Config
from digest.findings import (
    Finding,
    Tally,
    about_files,
    has_errors,
    sorted_findings,
    tally,
)
from digest.guard import tree_findings
from digest.history import UNTRACKED, first_added
from digest.model import Article, Corpus, Registry
from digest.paths import slugify
from digest.write import WriteReport, file_stamp, remove_stale

# The stages that read, index and render are imported where a build first needs them: one
# that finds nothing changed stops after the file stamps, and loading the readers, the
# matcher and the renderers was most of its time (about 0.3 s of 0.4 s at 1,000 articles).
if TYPE_CHECKING:
    from digest.ingest import FileResult
    from digest.names import NameSeen
    from digest.store import ArticleStore


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
    sha1s: dict[str, str]  # by file path, the sha1 of the bytes it was read from
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
        config.starter,
    )


def load_site_registry(config: Config) -> tuple[Registry, list[Finding]]:
    """The registry the site is built with: its own, on the starter registry if it opts in."""
    from digest.starter import site_registry

    return site_registry(
        config.registry_path,
        config.relative(config.registry_path),
        config.starter,
        config.language,
    )


def tree_problems(config: Config) -> list[Finding]:
    """Symbolic links among the inputs and the output folders (digest.guard)."""
    root = Path(os.path.abspath(config.root))
    docs = Path(os.path.abspath(config.docs_dir))
    inputs = [
        (Path(os.path.abspath(config.registry_path)), "the actor registry file"),
        (Path(os.path.abspath(config.articles_dir)), "the articles folder"),
    ]
    outputs = [docs / folder for folder in paths.GENERATED_DIRS] + [root / paths.CACHE]
    return tree_findings(root, docs, inputs, outputs)


def read_corpus(
    config: Config,
    today: dt.date | None = None,
    cached: dict[str, FileResult] | None = None,
    files: list[Path] | None = None,
    stamps: dict[str, FileStamp] | None = None,
    store: ArticleStore | None = None,
) -> Reading:
    """Read the registry and every article, match actors, run every check; collect all findings.

    `cached` holds earlier results by path: a file whose size and time are those in
    `stamps`, or whose bytes have the same sha1, is not parsed again. Without `files`, the
    articles folder is discovered and the tree checked for links (what `digest check` runs).
    With a `store`, each article read is saved there as soon as it comes and kept slim
    (digest.store): bodies stay on disk.
    """
    from digest.checks import (
        articles_without_actors,
        duplicate_articles,
        future_dates,
        old_dates,
        registry_lint,
    )
    from digest.ingest import ingest_all, ingest_each
    from digest.store import pack

    registry, findings = load_site_registry(config)
    if files is None:
        findings += tree_problems(config)
        files, more = discover(config.articles_dir)
        findings += [dataclasses.replace(f, path=config.relative(Path(f.path))) for f in more]
    cached = cached or {}
    results: dict[str, FileResult] = {}
    todo: list[tuple[str, Path]] = []
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
        else:
            todo.append((rel, file))
    memo.reading(len(todo))  # an edit of a few articles asks the largest tables key by key
    made = _unread(todo, cached, results)
    if store is None:
        for rel, result in ingest_all(made, registry, config.language):
            results[rel] = result
    else:
        # Pickled for the store where they are read: the bodies never come back whole.
        for packed in ingest_each(made, registry, config.language, pack):
            results[packed.path] = store.put(packed)

    articles: list[Article] = []
    names: dict[str, list[NameSeen]] = {}
    fingerprints: dict[str, str] = {}
    for rel in sorted(results):
        result = results[rel]
        findings += result.findings
        if result.article is not None:
            articles.append(result.article)
            if result.names:  # most have none: no empty list per article
                names[rel] = list(result.names)
            fingerprints[rel] = result.fingerprint
    findings += unique_ids(articles, lambda paths: first_added(config.root, paths))
    findings += duplicate_articles(articles, fingerprints)
    findings += future_dates(articles, today or dt.date.today())
    findings += old_dates(articles)
    findings += articles_without_actors(articles, names)
    if registry.actors:
        mentioned = {ref.actor_id for article in articles for ref in article.actors}
        findings += registry_lint(registry, mentioned)
    sha1s = {rel: result.sha1 for rel, result in results.items()}
    digests = {a.id: sha1s[a.source] for a in articles}
    # The results themselves (findings, names, fingerprints) are dropped here: at 100,000
    # articles they weigh about 50 MB, and a build's render workers inherit its memory.
    return Reading(registry, articles, findings, names, sha1s, digests)


def _unread(
    todo: list[tuple[str, Path]],
    cached: dict[str, FileResult],
    results: dict[str, FileResult],
) -> Iterator[tuple[str, bytes, str]]:
    """(path, bytes, sha1) of each file to parse, read as the parser asks for it; a file
    whose bytes are those cached, or that cannot be read, gets its result in `results`."""
    for rel, file in todo:
        try:
            data = file.read_bytes()
        except OSError as exc:
            results[rel] = unreadable(rel, exc)
            continue
        digest = sha1(data)
        if rel in cached and cached[rel].sha1 == digest:
            results[rel] = cached[rel]
        else:
            yield rel, data, digest


def unreadable(rel: str, exc: OSError) -> FileResult:
    from digest.ingest import FileResult

    problem = finding("E209", rel, reason=exc.strerror or str(exc))
    return FileResult("", None, (problem,), (), "")


def unique_ids(
    articles: list[Article], added: Callable[[list[str]], dict[str, float]]
) -> list[Finding]:
    """Two files that give one page address: the established page keeps it, the newcomer gets
    an error. Established means, in order: the address is its own file name (not a `slug:`
    claiming another page's); it entered git first (`added`: path → commit time); its path."""
    by_id: dict[str, list[Article]] = {}
    for article in articles:
        by_id.setdefault(article.id, []).append(article)
    clashes = {slug: group for slug, group in by_id.items() if len(group) > 1}
    if not clashes:
        return []
    times = added(sorted(a.source for group in clashes.values() for a in group))
    findings: list[Finding] = []
    for slug, group in sorted(clashes.items()):
        ranked = sorted(
            group,
            key=lambda a: (
                _claims_other_name(a),
                times.get(a.source, UNTRACKED),
                a.source,
            ),
        )
        for article in ranked[1:]:
            findings.append(finding("S601", article.source, slug=slug, owner=ranked[0].source))
    return findings


@dataclass
class Check:
    """What `digest check` reports: findings sorted, how many articles they are about."""

    findings: list[Finding]
    checked: int
    tally: Tally


def check(config: Config, given: Sequence[str] = ()) -> Check:
    """Read everything, write nothing; report on every file, or on those `given` (paths as
    typed on the command line): theirs, the registry's and those no file choice hides
    (digest.findings.about_files)."""
    reading = read_corpus(config)
    if not given:
        findings = sorted_findings(reading.findings)
        return Check(findings, len(reading.articles), tally(findings))
    chosen, problems = chosen_files(config, given)
    registry = config.relative(config.registry_path)
    findings = about_files(reading.findings + problems, chosen, registry)
    return Check(findings, len(chosen), tally(findings))


def chosen_files(config: Config, given: Sequence[str]) -> tuple[set[str], list[Finding]]:
    """Root-relative paths of the files given to `digest check`, and the paths that name no
    article (X003)."""
    chosen: set[str] = set()
    problems: list[Finding] = []
    # Absolute, not resolved: a link must be named as the link, which digest.guard reports.
    articles = Path(os.path.abspath(config.articles_dir))
    for raw in given:
        path = Path(os.path.abspath(raw))
        rel = config.relative(path)
        if path == Path(os.path.abspath(config.registry_path)):
            chosen.add(rel)
        elif path.is_symlink():
            chosen.add(rel)  # reported by the tree check as X004
        elif not path.is_file():
            problems.append(finding("X003", rel, variant="missing"))
        elif articles not in path.parents:
            problems.append(finding("X003", rel, folder=config.relative(articles)))
        else:
            chosen.add(rel)
    return chosen, problems


def _claims_other_name(article: Article) -> bool:
    """True when the page address comes from `slug:`, not from the file's own name."""
    return article.id != slugify(PurePosixPath(article.source).stem)


def _unchanged(state: State, files: list[Path], config: Config, docs_dir: Path) -> bool:
    """True when no article file and no written output moved since the last build."""
    if len(files) != len(state.files):
        return False
    # Plain strings and os.stat: at 100,000 articles this loop is the whole no-op build, and
    # pathlib's objects cost more than the system calls they wrap.
    for file in files:
        stamp = state.files.get(config.relative(file))
        if stamp is None or file_stamp(file) != (stamp.size, stamp.mtime_ns):
            return False
    docs = f"{docs_dir}{os.sep}"
    return all(
        file_stamp(docs + path) == written
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
    with collector_paused():
        return _build(config, write, today, use_cache, keep_corpus)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the length of a build (and in the workers
    it forks): a build makes millions of objects and keeps nearly all of them to its end,
    so the collector's repeated passes over them found nothing and cost a quarter of the
    time (one edit at 10,000 articles: about 3.9 s → 2.9 s). Reference counting still frees
    everything that is not in a cycle, and the build makes no cycles worth keeping."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _build(
    config: Config,
    write: bool,
    today: dt.date | None,
    use_cache: bool,
    keep_corpus: bool,
) -> BuildResult:
    clock = _Clock()
    guarded = tree_problems(config)
    if has_errors(guarded):
        # A link among the inputs or outputs: nothing is read, written or removed.
        return BuildResult(sorted_findings(guarded), timings=clock.stages)
    cache = Cache(config.root / paths.CACHE) if write and use_cache else None
    try:
        registry_bytes = config.registry_path.read_bytes()
    except OSError:
        registry_bytes = b""  # missing or unreadable: load_registry reports it
    tool = tool_fingerprint()
    key = inputs_key(tool, _settings(config), registry_bytes)
    # The gazetteers come from the cache folder when a build has one (a second and a half
    # saved on every build that reads an article), else are built in memory.
    memo.keep_in(*(cache.tables(tool) if cache else (None, None)))
    state = cache.state(key) if cache else None
    files, discovered = discover(config.articles_dir)
    discovered = guarded + [
        dataclasses.replace(f, path=config.relative(Path(f.path))) for f in discovered
    ]
    if (
        state is not None
        and not keep_corpus
        and not has_errors(discovered)
        and _unchanged(state, files, config, config.docs_dir)
    ):
        clock.lap("check")
        counts = {"articles": state.articles}
        return BuildResult(
            state.findings,
            report=WriteReport((), 0, ()),
            timings=clock.stages,
            counts=counts,
        )

    from digest.corpus import build_corpus
    from digest.i18n import Labels
    from digest.plan import Settings, signature, site_jobs
    from digest.produce import produce, render_pages
    from digest.store import FILE as STORE_FILE
    from digest.store import ArticleStore

    # Articles as last read, from the store; kept slim in memory unless the caller wants
    # the corpus whole (the search index reads every article's text).
    store = ArticleStore(cache.directory / STORE_FILE, key, slim=not keep_corpus) if cache else None
    try:
        if store:
            store.begin()
        reading = read_corpus(
            config,
            today,
            store.results() if store else {},
            files,
            state.files if state else None,
            store,
        )
        if store:
            store.keep_only(reading.sha1s)
    finally:
        if store:
            store.close()  # committed: the render workers read the bodies back
    bodies = store.bodies() if store and store.slim else None
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
    settings = Settings(
        Labels(config.language),
        config.addresses,
        config.site_name,
        config.page_limit,
        config.latest,
    )
    jobs = site_jobs(corpus, settings)
    previous = state.jobs if state else {}
    docs = f"{config.docs_dir}{os.sep}"
    kept: dict[str, JobRecord] = {}
    todo = []
    signatures: dict[str, bytes] = {}
    for job in jobs:
        signatures[job.key] = signature(job.view, reading.digests)
        record = previous.get(job.key)
        if (
            record is not None
            and record.signature == signatures[job.key]
            and all(file_stamp(f"{docs}{p}") == w for p, w in record.outputs.items())
        ):
            kept[job.key] = record
        else:
            todo.append(job)
    if not write:
        pages, problems = render_pages(todo, settings)
        clock.lap("render")
        if problems:
            return BuildResult(sorted_findings(findings + problems), timings=clock.stages)
        return BuildResult(sorted_findings(findings), corpus, pages, None, clock.stages, counts)

    produced, stamps_now, problems = produce(
        todo, settings, config.docs_dir, paths.GENERATED_DIRS, bodies=bodies
    )
    clock.lap("render+write")
    if problems:
        # Every page rendered and staged, or none is written (digest.produce).
        return BuildResult(sorted_findings(findings + problems), timings=clock.stages)
    records = dict(kept)
    for job, done in zip(todo, produced, strict=True):
        outputs = {rel: stamps_now[rel] for rel in done.outputs}
        records[job.key] = JobRecord(signatures[job.key], outputs)
    expected = {p for record in records.values() for p in record.outputs}
    removed = remove_stale(
        config.docs_dir.resolve(),
        paths.GENERATED_DIRS,
        expected,
        None if state is None else _stale(previous, expected),
    )
    written = tuple(sorted(p for done in produced for p in done.staged))
    rendered = sum(len(done.outputs) for done in produced)
    report = WriteReport(written, rendered - len(written), removed)
    clock.lap("clean")
    if cache is not None:
        stamps = {}
        for file in files:
            rel = config.relative(file)
            size, mtime = file_stamp(file) or (0, 0)
            stamps[rel] = FileStamp(size, mtime, reading.sha1s[rel])
        new_state = State(key, stamps, records, sorted_findings(findings), len(corpus.articles))
        try:
            cache.save(new_state)
        except OSError as exc:
            findings.append(finding("X010", paths.CACHE, reason=exc.strerror or str(exc)))
        clock.lap("cache")
    return BuildResult(sorted_findings(findings), corpus, None, report, clock.stages, counts)


def _stale(previous: dict[str, JobRecord], expected: set[str]) -> set[str]:
    return {p for record in previous.values() for p in record.outputs if p not in expected}
