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
from digest.views import ApiActorsView, ApiArticle, ApiIndexView, ApiMonthsView, ApiYearView

VERSION = 1


def _dump(data: Any) -> str:
    # No indent: json's C encoder only runs without one (3 s → 0.3 s for 10,000 articles).
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def article_record(entry: ApiArticle, addresses: paths.Addresses) -> dict[str, Any]:
    article = entry.article
    return {
        "id": article.id,
        "url": addresses.absolute(paths.article_page(article)),
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
        "related": list(entry.related),
        "older": entry.older,
        "newer": entry.newer,
    }


def _head(labels: Labels, addresses: paths.Addresses) -> dict[str, Any]:
    return {"version": VERSION, "language": labels.language, "site_url": addresses.site_url}


def articles_file(view: ApiYearView, labels: Labels, addresses: paths.Addresses) -> str:
    """api/articles/<year>.json: one file per year keeps each download and rewrite small."""
    records = [article_record(entry, addresses) for entry in view.entries]
    return _dump({**_head(labels, addresses), "year": view.year, "articles": records})


def actors_file(view: ApiActorsView, labels: Labels, addresses: paths.Addresses) -> str:
    """api/actors.json: every actor some article names (a registry's unmentioned entries
    would grow the file with the registry, not with the site)."""
    actors = []
    for actor, stats in view.rows:
        feeds = {
            kind: addresses.absolute(f"{paths.feed_dir(actor.id)}/{name}")
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
                "url": addresses.absolute(paths.actor_page(actor.id)) if stats else None,
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
    return _dump({**_head(labels, addresses), "actors": actors})


def months_file(view: ApiMonthsView, labels: Labels, addresses: paths.Addresses) -> str:
    months = [
        {
            "key": m.key,
            "year": m.year,
            "month": m.month,
            "name": labels.month(m.year, m.month),
            "url": addresses.absolute(paths.month_page(m.key)),
            "article_ids": list(m.article_ids),
            "actors": [{"id": a, "articles": n} for a, n in m.actor_counts],
        }
        for m in view.months
    ]
    return _dump({**_head(labels, addresses), "months": months})


def index_file(view: ApiIndexView, labels: Labels, addresses: paths.Addresses) -> str:
    """api/index.json: where everything is, so that a client needs one address."""
    return _dump(
        {
            **_head(labels, addresses),
            "articles": {str(y): addresses.absolute(paths.api_articles(y)) for y in view.years},
            "actors": addresses.absolute(paths.API_ACTORS),
            "months": addresses.absolute(paths.API_MONTHS),
            "schema": addresses.absolute(paths.API_SCHEMA),
        }
    )


def schema_file() -> str:
    return resources.files("digest.schema").joinpath("api.schema.json").read_text(encoding="utf-8")
