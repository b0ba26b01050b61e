"""What to write: every output as a job with a signature of the inputs it shows.

A job whose signature matches the last build's (and whose files are still as written) is
not rendered again: after editing one article, only its page, its actors', its month's,
its neighbours' and the feeds and open-data files that list it are rendered. Global
inputs (the tool, the settings, the registry) are outside signatures: the cache is keyed
by them, and a change there renders everything.

Signatures use each article's content digest (the sha1 of its file, from the reader), so
they are cheap to compute without rendering anything.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from digest import api, feeds, pages, paths, search_page
from digest.i18n import Labels
from digest.model import Corpus

Render = Callable[[], dict[str, str]]


@dataclass(frozen=True)
class Job:
    key: str
    signature: bytes | None  # None: always rendered (small pages that summarise everything)
    render: Render
    about: str = ""  # the input file a problem with this output is reported on


def signature(*parts: object) -> bytes:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).digest()


def site_jobs(
    corpus: Corpus,
    labels: Labels,
    digests: dict[str, str],
    limit: int,
    latest: int,
    site_url: str,
    site_name: str,
) -> list[Job]:
    """Every output of the site as jobs, in a deterministic order."""

    def seen(ids: Iterable[str | None]) -> tuple[tuple[str, str], ...]:
        return tuple((i, digests[i]) for i in ids if i is not None)

    jobs: list[Job] = []
    for article in corpus.articles.values():
        related = corpus.related.get(article.id, ())
        jobs.append(
            Job(
                f"article:{article.id}",
                signature(seen([article.id]), seen(corpus.neighbours(article.id)), seen(related)),
                lambda a=article: {paths.article_page(a): pages.article_page(a, corpus, labels)},
                article.source,
            )
        )
    for stats in corpus.actors.values():
        jobs.append(
            Job(
                f"actor:{stats.actor_id}",
                signature(stats, seen(stats.article_ids)),
                lambda s=stats: pages.actor_pages(s, corpus, labels, limit, latest),
                corpus.registry.source,
            )
        )
    months = list(corpus.months.values())
    for index, month in enumerate(months):
        older = months[index + 1] if index + 1 < len(months) else None
        newer = months[index - 1] if index > 0 else None
        previous = corpus.months.get(pages.previous_month_key(month.key))
        firsts = tuple((a, corpus.actors[a].first) for a, _ in month.actor_counts)
        jobs.append(
            Job(
                f"month:{month.key}",
                signature(
                    month,
                    older and older.key,
                    newer and newer.key,
                    previous and previous.actor_counts,
                    previous and len(previous.article_ids),
                    firsts,
                    seen(month.article_ids),
                ),
                lambda m=month, o=older, n=newer: pages.month_pages(m, o, n, corpus, labels, limit),
                corpus.articles[month.article_ids[0]].source,
            )
        )
    jobs.append(
        Job("index:actors", None, lambda: {paths.ACTOR_INDEX: pages.actor_index(corpus, labels)})
    )
    jobs.append(
        Job("index:months", None, lambda: {paths.MONTH_INDEX: pages.month_index(corpus, labels)})
    )
    jobs.append(
        Job("home", None, lambda: {paths.HOME_PART: pages.home_part(corpus, labels, latest)})
    )
    jobs.append(Job("search", None, lambda: {paths.SEARCH_PART: search_page.search_part(labels)}))

    site_items = corpus.order[: feeds.ITEMS]
    jobs.append(
        Job(
            "feed:site",
            signature(seen(site_items)),
            lambda: feeds.site_feed(corpus, labels, site_url, site_name),
        )
    )
    for stats in corpus.actors.values():
        jobs.append(
            Job(
                f"feed:{stats.actor_id}",
                signature(seen(stats.article_ids[: feeds.ITEMS])),
                lambda s=stats: feeds.actor_feed(s, corpus, labels, site_url, site_name),
                corpus.registry.source,
            )
        )

    years = api.years_of(corpus)
    for year, ids in years.items():
        jobs.append(
            Job(
                f"api:articles:{year}",
                signature(
                    tuple(
                        (digests[i], corpus.related.get(i, ()), corpus.neighbours(i)) for i in ids
                    )
                ),
                lambda y=year, i=ids: {
                    paths.api_articles(y): api.articles_file(y, i, corpus, labels, site_url)
                },
            )
        )
    jobs.append(
        Job(
            "api:actors",
            None,
            lambda: {f"{paths.API}/actors.json": api.actors_file(corpus, labels, site_url)},
        )
    )
    jobs.append(
        Job(
            "api:months",
            None,
            lambda: {f"{paths.API}/months.json": api.months_file(corpus, labels, site_url)},
        )
    )
    jobs.append(
        Job(
            "api:index",
            None,
            lambda: {f"{paths.API}/index.json": api.index_file(list(years), labels, site_url)},
        )
    )
    jobs.append(
        Job(
            "api:schema",
            signature(api.schema_file()),
            lambda: {f"{paths.API}/schema.json": api.schema_file()},
        )
    )
    return jobs
