"""Open data: api/articles/<year>.json, api/actors.json, api/months.json, api/index.json,
and their JSON Schema.

Stable ids, every field the pages show, absolute URLs. Documented by
digest/schema/api.schema.json, which is copied beside the data as api/schema.json.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from digest import paths
from digest.i18n import Labels
from digest.model import Article, Corpus

VERSION = 1


def _dump(data: Any) -> str:
    # No indent: json's C encoder only runs without one (3 s → 0.3 s for 10,000 articles).
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def article_record(article: Article, corpus: Corpus, site_url: str) -> dict[str, Any]:
    older, newer = corpus.neighbours(article.id)
    return {
        "id": article.id,
        "url": paths.absolute(site_url, paths.article_page(article)),
        "title": article.title,
        "title_inferred": article.title_inferred,
        "subtitle": article.subtitle,
        "date": article.date.iso,
        "date_precision": article.date.precision,
        "month": article.date.month_key,
        "lang": article.lang,
        "place": article.place,
        "country": article.country,
        "agencies": list(article.agencies),
        "author": article.author,
        "desk": article.desk,
        "photo": article.photo_credit,
        "source": article.source_name,
        "source_url": article.url,
        "summary": article.summary,
        "dateline": article.dateline.text if article.dateline else None,
        "removed": [{"text": r.text, "rule": r.rule, "line": r.line} for r in article.removed],
        "words": article.words,
        "reading_minutes": article.reading_minutes,
        "format": article.format,
        "source_file": article.source,
        "actors": [
            {
                "id": ref.actor_id,
                "mentions": ref.mentions,
                "first_sentence": ref.first_sentence or None,
                "manual": ref.manual,
            }
            for ref in article.actors
        ],
        "related": list(corpus.related.get(article.id, ())),
        "older": older,
        "newer": newer,
    }


def _head(labels: Labels, site_url: str) -> dict[str, Any]:
    return {"version": VERSION, "language": labels.language, "site_url": site_url}


def articles_file(year: int, ids: list[str], corpus: Corpus, labels: Labels, site_url: str) -> str:
    """api/articles/<year>.json: one file per year keeps each download and rewrite small."""
    records = [article_record(corpus.articles[i], corpus, site_url) for i in ids]
    return _dump({**_head(labels, site_url), "year": year, "articles": records})


def actors_file(corpus: Corpus, labels: Labels, site_url: str) -> str:
    """The actors that appear in at least one article: a registry of hundreds (the starter
    registry's every country) must not make every download carry those never named."""
    actors = []
    for actor in corpus.registry.actors.values():
        stats = corpus.actors.get(actor.id)
        if stats is None:
            continue
        feeds = {
            kind: f"{site_url}{paths.feed_dir(actor.id)}/{name}"
            for kind, name in paths.FEED_FILES.items()
        }
        actors.append(
            {
                "id": actor.id,
                "name": actor.name,
                "kind": actor.kind,
                "aliases": list(actor.aliases),
                "exact": list(actor.exact),
                "demonyms": list(actor.demonyms),
                "surname": actor.surname,
                "description": actor.description,
                "wikidata": actor.wikidata,
                "url": paths.absolute(site_url, paths.actor_page(actor.id)) if stats else None,
                "articles": len(stats.article_ids) if stats else 0,
                "mentions": stats.mentions if stats else 0,
                "first": stats.first.iso if stats and stats.first else None,
                "last": stats.last.iso if stats and stats.last else None,
                "by_month": dict(stats.by_month) if stats else {},
                "co_actors": [{"id": a, "articles": n} for a, n in stats.co_actors]
                if stats
                else [],
                "article_ids": list(stats.article_ids) if stats else [],
                "feeds": feeds if stats else None,
            }
        )
    return _dump({**_head(labels, site_url), "actors": actors})


def months_file(corpus: Corpus, labels: Labels, site_url: str) -> str:
    months = [
        {
            "key": m.key,
            "year": m.year,
            "month": m.month,
            "name": labels.month(m.year, m.month),
            "url": paths.absolute(site_url, paths.month_page(m.key)),
            "article_ids": list(m.article_ids),
            "actors": [{"id": a, "articles": n} for a, n in m.actor_counts],
        }
        for m in corpus.months.values()
    ]
    return _dump({**_head(labels, site_url), "months": months})


def index_file(years: list[int], labels: Labels, site_url: str) -> str:
    """api/index.json: where everything is, so that a client needs one address."""
    base = f"{site_url}{paths.API}/"
    return _dump(
        {
            **_head(labels, site_url),
            "articles": {str(y): f"{base}{paths.api_articles(y).split('/', 1)[1]}" for y in years},
            "actors": f"{base}actors.json",
            "months": f"{base}months.json",
            "schema": f"{base}schema.json",
        }
    )


def schema_file() -> str:
    return resources.files("digest.schema").joinpath("api.schema.json").read_text(encoding="utf-8")


def years_of(corpus: Corpus) -> dict[int, list[str]]:
    """Article ids by year, newest first, years newest first."""
    years: dict[int, list[str]] = {}
    for article_id in corpus.order:
        years.setdefault(corpus.articles[article_id].date.year, []).append(article_id)
    return years


def render_api(corpus: Corpus, labels: Labels, site_url: str) -> dict[str, str]:
    years = years_of(corpus)
    files = {
        paths.api_articles(y): articles_file(y, ids, corpus, labels, site_url)
        for y, ids in years.items()
    }
    files[f"{paths.API}/actors.json"] = actors_file(corpus, labels, site_url)
    files[f"{paths.API}/months.json"] = months_file(corpus, labels, site_url)
    files[f"{paths.API}/index.json"] = index_file(list(years), labels, site_url)
    files[f"{paths.API}/schema.json"] = schema_file()
    return files
