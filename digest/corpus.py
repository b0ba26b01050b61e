"""Indexes over all articles: by actor, by month, co-occurrence, related. Pure functions.

Every loop here is over articles, over one article's actors, or over a bounded window of
one actor's articles: linear in the corpus.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from itertools import combinations
from typing import TypeVar

from digest.model import ActorStats, Article, Corpus, Month, Registry

RELATED = 5  # related articles shown per article
RELATED_WINDOW = 10  # per shared actor, the articles nearest in time that are considered
RELATED_ACTORS = 4  # per article, its rarest actors are the ones followed


def newest_first(articles: list[Article]) -> list[Article]:
    # id breaks ties so that articles of the same day always come out in the same order.
    return sorted(articles, key=lambda a: (a.date.sort_key, a.id), reverse=True)


def build_corpus(articles: list[Article], registry: Registry) -> Corpus:
    ordered = newest_first(articles)
    by_actor: dict[str, list[str]] = defaultdict(list)
    mentions: Counter[str] = Counter()
    together: dict[str, Counter[str]] = defaultdict(Counter)
    by_month: dict[str, list[Article]] = defaultdict(list)
    actor_months: dict[str, Counter[str]] = defaultdict(Counter)
    for article in ordered:
        ids = [ref.actor_id for ref in article.actors]
        for ref in article.actors:
            by_actor[ref.actor_id].append(article.id)
            mentions[ref.actor_id] += ref.mentions
            actor_months[ref.actor_id][article.date.month_key] += 1
        for a, b in combinations(sorted(ids), 2):
            together[a][b] += 1
            together[b][a] += 1
        by_month[article.date.month_key].append(article)

    articles_by_id = {a.id: a for a in ordered}
    actors: dict[str, ActorStats] = {}
    for actor_id in registry.actors:
        ids = by_actor.get(actor_id, [])
        if not ids:
            continue
        co = sorted(together[actor_id].items(), key=lambda kv: (-kv[1], kv[0]))
        actors[actor_id] = ActorStats(
            actor_id=actor_id,
            article_ids=tuple(ids),
            mentions=mentions[actor_id],
            first=articles_by_id[ids[-1]].date,
            last=articles_by_id[ids[0]].date,
            co_actors=tuple(co),
            by_month=tuple(sorted(actor_months[actor_id].items())),
        )

    months: dict[str, Month] = {}
    for key in sorted(by_month, reverse=True):
        month_articles = by_month[key]
        counts = Counter(ref.actor_id for a in month_articles for ref in a.actors)
        months[key] = Month(
            key=key,
            year=month_articles[0].date.year,
            month=month_articles[0].date.month,
            article_ids=tuple(a.id for a in month_articles),
            actor_counts=tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        )
    position = {a.id: i for i, a in enumerate(ordered)}
    related = related_articles(ordered, by_actor, position)
    return Corpus(
        articles=articles_by_id,
        registry=registry,
        actors=actors,
        months=months,
        related=related,
        order=[a.id for a in ordered],
        position=position,
    )


def related_articles(
    ordered: list[Article], by_actor: dict[str, list[str]], position: dict[str, int]
) -> dict[str, tuple[str, ...]]:
    """The articles sharing the most actors, rarer actors weighing more (inverse document
    frequency). Per shared actor only the RELATED_WINDOW articles nearest in time on each
    side are considered, for the article's RELATED_ACTORS rarest actors: news relate to
    nearby news, and the cost stays linear."""
    total = len(ordered)
    # Integer weights: sums compare exactly, and tuples sort in C without a key function.
    weight = {actor: int(1e6 * math.log(1 + total / len(ids))) for actor, ids in by_actor.items()}
    # Where each article sits in each of its actors' lists, found in one pass.
    index_in: dict[tuple[str, str], int] = {}
    for actor, ids in by_actor.items():
        for i, article_id in enumerate(ids):
            index_in[(actor, article_id)] = i
    related: dict[str, tuple[str, ...]] = {}
    for article in ordered:
        scores: dict[str, int] = {}
        # The rarest actors that some other article shares (one in a single article adds nothing).
        shared = [ref.actor_id for ref in article.actors if len(by_actor[ref.actor_id]) > 1]
        rarest = sorted(shared, key=lambda a: (-weight[a], a))
        for actor in rarest[:RELATED_ACTORS]:
            ids, w = by_actor[actor], weight[actor]
            i = index_in[(actor, article.id)]
            for other in ids[max(0, i - RELATED_WINDOW) : i + RELATED_WINDOW + 1]:
                scores[other] = scores.get(other, 0) + w
        scores.pop(article.id, None)
        here = position[article.id]
        # Only a score among the RELATED highest can make the cut: the others are not
        # ranked (about eighty candidates an article, most of them below it).
        cut = min(heapq.nlargest(RELATED, scores.values()), default=0)
        # Most shared weight first, then nearest in time, then id: deterministic.
        best = heapq.nsmallest(
            RELATED,
            [(-score, abs(position[o] - here), o) for o, score in scores.items() if score >= cut],
        )
        related[article.id] = tuple(o for _, _, o in best)
    return related


T = TypeVar("T")


def chunks(items: tuple[T, ...], size: int) -> list[tuple[T, ...]]:
    """`items` in runs of at most `size` (one empty run when there are none)."""
    return [items[i : i + size] for i in range(0, len(items), size)] or [()]
