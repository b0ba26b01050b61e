"""What to write: one frozen view per output, and the job that renders it.

A view holds everything its page (or file) shows, and nothing else: a renderer receives
its view and the site's settings, never the corpus, so it cannot show what the view does
not hold. The job's signature is derived from the view itself (`signature`): an article
in a view counts as its id and content digest (the sha1 of its file), any other value as
itself. A field added to a view is keyed at once; a page cannot go stale because a list of
its inputs, kept apart, forgot one.

A job whose signature matches the last build's (and whose files are still as written) is
not rendered again: after editing one article, only its page, its neighbours', its
actors', its month's and the lists, feeds and open-data files that show it are rendered.
Global inputs (the tool, the settings, the registry) are outside signatures: the cache is
keyed by them, and a change there renders everything.

Jobs are data (a key, a view, the file a problem is reported on): they pickle, so the
renderers can run in worker processes however those are started.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from itertools import chain
from typing import Any

from digest import api, feeds, pages, paths, search_page
from digest.i18n import Labels
from digest.model import Actor, Article, ArticleDate, Corpus, MonthKey
from digest.views import (
    ActorIndexView,
    ActorView,
    ApiActorsView,
    ApiArticle,
    ApiIndexView,
    ApiMonthsView,
    ApiSchemaView,
    ApiYearView,
    ArticleView,
    FeedView,
    HomeView,
    MonthIndexView,
    MonthView,
    SearchPartView,
    View,
)


@dataclass(frozen=True)
class Settings:
    """What every renderer may read besides its view: part of the cache key, not of any
    signature."""

    labels: Labels
    addresses: paths.Addresses  # the site's address and its URL style
    site_name: str
    limit: int  # articles on one list page
    latest: int  # articles and actors on the home page and at the top of long lists


@dataclass(frozen=True, slots=True)
class Job:
    key: str
    view: View
    about: str = ""  # the input file a problem with this output is reported on


# ---------------------------------------------------------------- rendering


def _article(view: ArticleView, s: Settings) -> dict[str, str]:
    return {paths.article_page(view.article): pages.article_page(view, s.labels)}


def _actor(view: ActorView, s: Settings) -> dict[str, str]:
    return pages.actor_pages(view, s.labels, s.limit, s.latest)


def _month(view: MonthView, s: Settings) -> dict[str, str]:
    return pages.month_pages(view, s.labels, s.limit)


def _actor_index(view: ActorIndexView, s: Settings) -> dict[str, str]:
    return {paths.ACTOR_INDEX: pages.actor_index(view, s.labels)}


def _month_index(view: MonthIndexView, s: Settings) -> dict[str, str]:
    return {paths.MONTH_INDEX: pages.month_index(view, s.labels)}


def _home(view: HomeView, s: Settings) -> dict[str, str]:
    return {paths.HOME_PART: pages.home_part(view, s.labels)}


def _search(view: SearchPartView, s: Settings) -> dict[str, str]:
    return {paths.SEARCH_PART: search_page.search_part(s.labels, s.addresses)}


def _feed(view: FeedView, s: Settings) -> dict[str, str]:
    return feeds.feed_files(view, s.labels, s.addresses, s.site_name)


def _api_year(view: ApiYearView, s: Settings) -> dict[str, str]:
    return {paths.api_articles(view.year): api.articles_file(view, s.labels, s.addresses)}


def _api_actors(view: ApiActorsView, s: Settings) -> dict[str, str]:
    return {paths.API_ACTORS: api.actors_file(view, s.labels, s.addresses)}


def _api_months(view: ApiMonthsView, s: Settings) -> dict[str, str]:
    return {paths.API_MONTHS: api.months_file(view, s.labels, s.addresses)}


def _api_index(view: ApiIndexView, s: Settings) -> dict[str, str]:
    return {paths.API_INDEX: api.index_file(view, s.labels, s.addresses)}


def _api_schema(view: ApiSchemaView, s: Settings) -> dict[str, str]:
    return {paths.API_SCHEMA: view.schema}


# One renderer per kind of view: the job says what, this table says how.
RENDERERS: dict[type, Callable[[Any, Settings], dict[str, str]]] = {
    ArticleView: _article,
    ActorView: _actor,
    MonthView: _month,
    ActorIndexView: _actor_index,
    MonthIndexView: _month_index,
    HomeView: _home,
    SearchPartView: _search,
    FeedView: _feed,
    ApiYearView: _api_year,
    ApiActorsView: _api_actors,
    ApiMonthsView: _api_months,
    ApiIndexView: _api_index,
    ApiSchemaView: _api_schema,
}


def render(job: Job, settings: Settings) -> dict[str, str]:
    """{path under docs/: text} for one job."""
    return RENDERERS[type(job.view)](job.view, settings)


# ---------------------------------------------------------------- signatures


def signature(view: View, digests: dict[str, str]) -> bytes:
    """The view's inputs, hashed: an article by its content digest, anything else by value.
    An actor is keyed by its id: the registry is part of the cache key."""
    return hashlib.blake2b(repr(_key(view, digests)).encode(), digest_size=16).digest()


def _key(value: object, digests: dict[str, str]) -> object:
    kind: type = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple:
        items: tuple[Any, ...] = value  # type: ignore[assignment]
        types = set(map(type, items))
        if types <= _PLAIN:
            return items  # names, ids, counts: their own key, checked at C speed
        if types == _PAIRS and _PLAIN.issuperset(map(type, chain.from_iterable(items))):
            return items  # tuples of them (an actor's co-actors and months): the same
        return tuple([_key(v, digests) for v in items])
    if isinstance(value, Article):
        return ("article", value.id, digests[value.id])
    if isinstance(value, Actor):
        return ("actor", value.id)
    names = _field_names(kind)
    if names is not None:
        return (kind.__name__, tuple([_key(getattr(value, n), digests) for n in names]))
    if isinstance(value, tuple):
        return tuple([_key(v, digests) for v in value])
    return value


# Values that stand for themselves: the walk over a view's large stats (tuples of counts and
# names) stays a lookup per value rather than a series of isinstance and dataclass checks.
# A month and an article's date are frozen values of plain fields: their repr is their key.
_PLAIN: frozenset[type] = frozenset(
    {str, int, float, bool, type(None), bytes, MonthKey, ArticleDate}
)
_PAIRS: frozenset[type] = frozenset({tuple})


@functools.cache
def _field_names(kind: Hashable) -> tuple[str, ...] | None:
    """A dataclass's field names, once per class; None for any other type."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind))


# ---------------------------------------------------------------- the site's jobs


def site_jobs(corpus: Corpus, settings: Settings) -> list[Job]:
    """Every output of the site as a job, in a deterministic order."""
    articles = corpus.articles
    actors = corpus.registry.actors

    def named(ids: Iterable[str | None]) -> tuple[Article, ...]:
        return tuple(articles[i] for i in ids if i is not None)

    def actors_of(items: Iterable[Article]) -> tuple[Actor, ...]:
        ids = dict.fromkeys(ref.actor_id for a in items for ref in a.actors)
        return tuple(actors[i] for i in ids)

    jobs: list[Job] = []
    for article in articles.values():
        older, newer = corpus.neighbours(article.id)
        view = ArticleView(
            article,
            articles[older] if older else None,
            articles[newer] if newer else None,
            named(corpus.related.get(article.id, ())),
            actors_of([article]),
        )
        jobs.append(Job(f"article:{article.id}", view, article.source))
    for stats in corpus.actors.values():
        actor_view = ActorView(
            stats,
            actors[stats.actor_id],
            named(stats.article_ids),
            tuple((actors[a], n) for a, n in stats.co_actors[:10]),
        )
        jobs.append(Job(f"actor:{stats.actor_id}", actor_view, corpus.registry.source))
    months = list(corpus.months.values())
    for index, month in enumerate(months):
        month_view = MonthView(
            month,
            months[index + 1] if index + 1 < len(months) else None,
            months[index - 1] if index > 0 else None,
            corpus.months.get(MonthKey(month.key).previous()),
            named(month.article_ids),
            tuple(actors[a] for a, _ in month.actor_counts),
            tuple(
                a
                for a, _ in month.actor_counts
                if (first := corpus.actors[a].first) is not None and first.month_key == month.key
            ),
        )
        jobs.append(Job(f"month:{month.key}", month_view, articles[month.article_ids[0]].source))

    rows = tuple((actors[s.actor_id], s) for s in corpus.actors.values())
    jobs.append(Job("index:actors", ActorIndexView(rows, next(iter(corpus.months), None))))
    jobs.append(Job("index:months", MonthIndexView(tuple(months))))
    top = sorted(corpus.actors.values(), key=lambda s: (-len(s.article_ids), s.actor_id))
    home = HomeView(
        named(corpus.order[: settings.latest]),
        tuple((actors[s.actor_id], len(s.article_ids)) for s in top[: settings.latest]),
        tuple(months[:12]),
    )
    jobs.append(Job("home", home))
    jobs.append(Job("search", SearchPartView()))

    latest = named(corpus.order[: feeds.ITEMS])
    jobs.append(Job("feed:site", FeedView(None, latest, actors_of(latest))))
    for stats in corpus.actors.values():
        items = named(stats.article_ids[: feeds.ITEMS])
        feed = FeedView(actors[stats.actor_id], items, actors_of(items))
        jobs.append(Job(f"feed:{stats.actor_id}", feed, corpus.registry.source))

    years: dict[int, list[ApiArticle]] = {}
    for article_id in corpus.order:
        article = articles[article_id]
        older, newer = corpus.neighbours(article_id)
        entry = ApiArticle(article, older, newer, corpus.related.get(article_id, ()))
        years.setdefault(article.date.year, []).append(entry)
    for year, entries in years.items():
        jobs.append(Job(f"api:articles:{year}", ApiYearView(year, tuple(entries))))
    # Open data lists the actors some article names, not every entry of a large registry.
    jobs.append(Job("api:actors", ApiActorsView(rows)))
    jobs.append(Job("api:months", ApiMonthsView(tuple(months))))
    jobs.append(Job("api:index", ApiIndexView(tuple(years))))
    jobs.append(Job("api:schema", ApiSchemaView(api.schema_file())))
    return jobs
