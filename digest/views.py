"""What each page or file of the site shows: one frozen view per output (digest.plan makes
them from the corpus and keys each job on its view; the renderers receive them)."""

from __future__ import annotations

from dataclasses import dataclass

from digest.model import Actor, ActorStats, Article, Month


@dataclass(frozen=True, slots=True)
class ArticleView:
    article: Article
    older: Article | None
    newer: Article | None
    related: tuple[Article, ...]
    actors: tuple[Actor, ...]  # the registry entries of the actors it names


@dataclass(frozen=True)
class ActorView:
    stats: ActorStats
    actor: Actor
    articles: tuple[Article, ...]  # newest first
    co_actors: tuple[tuple[Actor, int], ...]  # the ten it appears with most


@dataclass(frozen=True)
class MonthView:
    month: Month
    older: Month | None
    newer: Month | None
    previous: Month | None  # the calendar month before, for the comparison line
    articles: tuple[Article, ...]
    actors: tuple[Actor, ...]  # those in month.actor_counts, in that order
    newcomers: tuple[str, ...]  # actor ids first seen this month


@dataclass(frozen=True)
class ActorIndexView:
    rows: tuple[tuple[Actor, ActorStats], ...]  # every actor with articles
    newest_month: str | None


@dataclass(frozen=True)
class MonthIndexView:
    months: tuple[Month, ...]  # newest first


@dataclass(frozen=True)
class HomeView:
    latest: tuple[Article, ...]
    top: tuple[tuple[Actor, int], ...]
    months: tuple[Month, ...]  # the last twelve with articles


@dataclass(frozen=True)
class SearchPartView:
    """The search page's part: labels only."""


@dataclass(frozen=True)
class FeedView:
    actor: Actor | None  # None: the site's feed
    articles: tuple[Article, ...]
    names: tuple[Actor, ...]  # the actors those articles name (the feeds' categories)


@dataclass(frozen=True, slots=True)
class ApiArticle:
    article: Article
    older: str | None
    newer: str | None
    related: tuple[str, ...]


@dataclass(frozen=True)
class ApiYearView:
    year: int
    entries: tuple[ApiArticle, ...]


@dataclass(frozen=True)
class ApiActorsView:
    rows: tuple[tuple[Actor, ActorStats], ...]


@dataclass(frozen=True)
class ApiMonthsView:
    months: tuple[Month, ...]


@dataclass(frozen=True)
class ApiIndexView:
    years: tuple[int, ...]


@dataclass(frozen=True)
class ApiSchemaView:
    schema: str


View = (
    ArticleView
    | ActorView
    | MonthView
    | ActorIndexView
    | MonthIndexView
    | HomeView
    | SearchPartView
    | FeedView
    | ApiYearView
    | ApiActorsView
    | ApiMonthsView
    | ApiIndexView
    | ApiSchemaView
)
