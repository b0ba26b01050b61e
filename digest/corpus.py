"""Indexes over all articles: by actor, by month, co-occurrence. Pure functions, dicts by id.

Every loop here is over articles or over one article's actors: linear in the corpus.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from digest.model import ActorStats, Article, Corpus, Month, Registry


def newest_first(articles: list[Article]) -> list[Article]:
    # id breaks ties so that articles of the same day always come out in the same order.
    return sorted(articles, key=lambda a: (a.date.sort_key, a.id), reverse=True)


def build_corpus(articles: list[Article], registry: Registry) -> Corpus:
    ordered = newest_first(articles)
    by_actor: dict[str, list[str]] = defaultdict(list)
    mentions: Counter[str] = Counter()
    together: dict[str, Counter[str]] = defaultdict(Counter)
    by_month: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        ids = [ref.actor_id for ref in article.actors]
        for ref in article.actors:
            by_actor[ref.actor_id].append(article.id)
            mentions[ref.actor_id] += ref.mentions
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
    return Corpus(articles=articles_by_id, registry=registry, actors=actors, months=months)


def chunks(ids: tuple[str, ...], size: int) -> list[tuple[str, ...]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)] or [()]
