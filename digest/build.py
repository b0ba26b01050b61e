"""The pipeline, top to bottom: read → match → index → render → write."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from digest import paths
from digest.api import render_api
from digest.checks import articles_without_actors, duplicate_articles, future_dates, registry_lint
from digest.config import Config
from digest.corpus import build_corpus
from digest.feeds import render_feeds
from digest.findings import Finding, has_errors, sorted_findings, warning
from digest.i18n import Labels
from digest.matching import Matcher, NameSeen, candidates, tag, unmatched_names
from digest.model import Article, Corpus, Registry
from digest.pages import render_site
from digest.readers import discover, read_article
from digest.registry import load_registry
from digest.write import WriteReport, write_pages


@dataclass
class BuildResult:
    findings: list[Finding]
    corpus: Corpus | None = None
    pages: dict[str, str] | None = None
    report: WriteReport | None = None
    timings: dict[str, float] = field(default_factory=dict)

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


def read_corpus(config: Config, today: dt.date | None = None) -> Reading:
    """Read the registry and every article, match actors, run every check; collect all findings."""
    registry, findings = load_registry(config.registry_path, config.relative(config.registry_path))
    files, more = discover(config.articles_dir)
    findings += [dataclasses.replace(f, path=config.relative(Path(f.path))) for f in more]
    matcher = Matcher(registry)
    articles: list[Article] = []
    names: dict[str, list[NameSeen]] = {}
    for file in files:
        rel = config.relative(file)
        article, more = read_article(rel, file.read_bytes(), config.language)
        findings += more
        if article is None:
            continue
        tagging = tag(article, matcher)
        findings += tagging.findings
        names[rel] = unmatched_names(article, tagging.spans, registry.ignore)
        findings += candidates(names[rel])
        articles.append(dataclasses.replace(article, actors=tagging.actors))
    articles, more = unique_ids(articles)
    findings += more
    findings += duplicate_articles(articles)
    findings += future_dates(articles, today or dt.date.today())
    findings += articles_without_actors(articles, names)
    if registry.actors:
        mentioned = {ref.actor_id for article in articles for ref in article.actors}
        findings += registry_lint(registry, mentioned)
    return Reading(registry, articles, findings, names)


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


class _Clock:
    """Seconds spent in each stage, for `--timings` and the benchmark."""

    def __init__(self) -> None:
        self.stages: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.stages[stage] = round(now - self._last, 4)
        self._last = now


def build(config: Config, write: bool = True, today: dt.date | None = None) -> BuildResult:
    clock = _Clock()
    reading = read_corpus(config, today)
    registry, articles, findings = reading.registry, reading.articles, reading.findings
    clock.lap("read")
    if has_errors(findings):
        # Nothing is written: the site keeps its last good pages until every error is fixed.
        return BuildResult(sorted_findings(findings), timings=clock.stages)
    corpus = build_corpus(articles, registry)
    clock.lap("index")
    labels = Labels(config.language)
    pages = render_site(corpus, labels, config.page_limit, config.latest)
    clock.lap("pages")
    pages |= render_feeds(corpus, labels, config.site_url, config.site_name)
    clock.lap("feeds")
    pages |= render_api(corpus, labels, config.site_url)
    clock.lap("api")
    report = write_pages(config.docs_dir, pages, paths.GENERATED_DIRS) if write else None
    clock.lap("write")
    return BuildResult(sorted_findings(findings), corpus, pages, report, clock.stages)
