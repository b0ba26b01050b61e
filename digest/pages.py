"""One function per page kind: data in, {path under docs/: Markdown text} out. Never reads a file.

All text from articles and the registry goes through `mdtext.text` (escaping) and all
paths through `paths` (one place for URLs).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from digest import paths
from digest.corpus import chunks
from digest.i18n import Labels
from digest.mdtext import attribute, front_matter, link, text
from digest.model import KINDS, Actor, ActorStats, Article, ArticleDate, Corpus, Month

Pages = dict[str, str]


def time_tag(value: ArticleDate, labels: Labels) -> str:
    return f'<time datetime="{value.iso}">{text(labels.date(value))}</time>'


def _meta_line(parts: Iterable[str]) -> str:
    return " · ".join(p for p in parts if p)


# ---------------------------------------------------------------- article


def article_page(article: Article, corpus: Corpus, labels: Labels) -> str:
    page = paths.article_page(article)
    actors = corpus.registry.actors
    meta = front_matter(
        {
            "title": article.title,
            "description": article.summary,
            "id": article.id,
            "date": article.date.iso,
            "date_precision": article.date.precision,
            "lang": article.lang,
            "place": article.place,
            "country": article.country,
            "agencies": list(article.agencies) or None,
            "author": article.author,
            "photo": article.photo_credit,
            "source": article.source_name,
            "url": article.url,
            "summary": article.summary,
            "words": article.words,
            "reading_minutes": article.reading_minutes,
            "actors": [
                {
                    "id": ref.actor_id,
                    "name": actors[ref.actor_id].name,
                    "kind": actors[ref.actor_id].kind,
                    "mentions": ref.mentions,
                }
                for ref in article.actors
            ],
            "source_file": article.source,
        }
    )
    place = article.place
    if place and article.country:
        place = f"{place} ({article.country})"
    line = _meta_line(
        [
            time_tag(article.date, labels),
            text(place) if place else "",
            text("/".join(article.agencies)) if article.agencies else "",
            f"{labels['by']} {text(article.author)}" if article.author else "",
            labels["reading_time"].format(n=article.reading_minutes),
        ]
    )
    out = [meta, f"# {text(article.title)}\n", f"{line}\n{{ .digest-meta }}\n"]
    if article.actors:
        links = " · ".join(
            link(actors[ref.actor_id].name, paths.link(page, paths.actor_page(ref.actor_id)))
            for ref in article.actors
        )
        out.append(f"**{labels['actors_in_article']}:** {links}\n{{ .digest-actors }}\n")
    out.append("---\n")
    if article.body_html is not None:
        # Already sanitised HTML (digest.sanitize): a raw HTML block that Markdown leaves alone.
        out.append(f'<div class="digest-body" markdown="0">\n{article.body_html}\n</div>\n')
    else:
        out.extend(f"{text(p.text)}\n" for p in article.paragraphs)
    footer = []
    if article.photo_credit:
        footer.append(f"{labels['photo']}: {text(article.photo_credit)}")
    if article.url:
        label = article.source_name or article.url
        footer.append(
            f'{labels["source"]}: <a href="{attribute(article.url)}" rel="noopener">{text(label)}</a>'
        )
    elif article.source_name:
        footer.append(f"{labels['source']}: {text(article.source_name)}")
    month_link = link(
        labels.month(article.date.year, article.date.month),
        paths.link(page, paths.month_page(article.date.month_key)),
    )
    footer.append(f"{labels['month_of']}: {month_link}")
    out.append("---\n")
    out.append(f"{_meta_line(footer)}\n{{ .digest-footer }}\n")
    return "\n".join(out)


# ---------------------------------------------------------------- lists


def article_item(
    article: Article, from_page: str, labels: Labels, excerpt: str | None = None
) -> str:
    """A list item: linked title, date, and the summary or a given excerpt."""
    target = paths.link(from_page, paths.article_page(article))
    line = f"- {link(article.title, target)} · {time_tag(article.date, labels)}"
    quote = excerpt if excerpt is not None else article.summary
    if quote:
        line += f"<br>\n  {text(quote)}"
    return line


def grouped_by_month(
    articles: list[Article],
    from_page: str,
    labels: Labels,
    level: str = "###",
    excerpts: dict[str, str] | None = None,
) -> list[str]:
    out: list[str] = []
    for (year, month), group in groupby(articles, key=lambda a: (a.date.year, a.date.month)):
        out.append(f"{level} {text(labels.month(year, month))}\n")
        out.extend(article_item(a, from_page, labels, (excerpts or {}).get(a.id)) for a in group)
        out.append("")
    return out


def _count_table(
    rows: list[tuple[Actor, int]], from_page: str, header: tuple[str, str]
) -> list[str]:
    out = [f"| {header[0]} | {header[1]} |", "|---|--:|"]
    out += [
        f"| {link(actor.name, paths.link(from_page, paths.actor_page(actor.id)))} | {count} |"
        for actor, count in rows
    ]
    return [*out, ""]


def _part_nav(part_paths: list[str], index: int, from_page: str, labels: Labels) -> str:
    items = []
    for number, target in enumerate(part_paths, start=1):
        label = str(number)
        items.append(
            f"**{label}**" if number == index + 1 else f"[{label}]({paths.link(from_page, target)})"
        )
    return f"{labels['part'].format(n=index + 1, total=len(part_paths))}: {' · '.join(items)}\n"


# ---------------------------------------------------------------- actors


def actor_pages(
    stats: ActorStats, corpus: Corpus, labels: Labels, limit: int, latest: int
) -> Pages:
    actor = corpus.registry.actors[stats.actor_id]
    page = paths.actor_page(actor.id)
    articles = [corpus.articles[i] for i in stats.article_ids]
    excerpts = {
        a.id: ref.first_sentence
        for a in articles
        for ref in a.actors
        if ref.actor_id == actor.id and ref.first_sentence
    }
    meta = front_matter(
        {
            "title": actor.name,
            "description": actor.description
            or f"{actor.name}: {labels.count('article', len(articles))}",
            "id": actor.id,
            "kind": actor.kind,
            "aliases": list(actor.aliases) or None,
            "wikidata": actor.wikidata,
            "articles": len(articles),
            "mentions": stats.mentions,
            "first": stats.first.iso if stats.first else None,
            "last": stats.last.iso if stats.last else None,
        }
    )
    out = [meta, f"# {text(actor.name)}\n"]
    kind_line = f"*{labels.kind(actor.kind)}*"
    if actor.description:
        kind_line += f" — {text(actor.description)}"
    if actor.wikidata:
        kind_line += f" · [{labels['wikidata']}](https://www.wikidata.org/wiki/{actor.wikidata})"
    out.append(kind_line + "\n")
    out.append(
        _meta_line(
            [
                f"**{labels.count('article', len(articles))}**",
                labels.count("mention", stats.mentions),
                f"{labels['first_seen']}: {time_tag(stats.first, labels)}" if stats.first else "",
                f"{labels['last_seen']}: {time_tag(stats.last, labels)}" if stats.last else "",
            ]
        )
        + "\n{ .digest-meta }\n"
    )
    if stats.co_actors:
        out.append(f"## {labels['appears_with']}\n")
        rows = [(corpus.registry.actors[a], n) for a, n in stats.co_actors[:10]]
        out += _count_table(rows, page, (labels["actor"], labels["articles_together"]))

    pages: Pages = {}
    if len(articles) <= limit:
        out.append(f"## {labels['articles']}\n")
        out += grouped_by_month(articles, page, labels, excerpts=excerpts)
    else:
        # Too many for one page: the latest here, then one page per year (split further if needed).
        out.append(f"## {labels['latest_articles']}\n")
        out += grouped_by_month(articles[:latest], page, labels, excerpts=excerpts)
        out.append(f"## {labels['years']}\n")
        for year, group in groupby(articles, key=lambda a: a.date.year):
            year_articles = list(group)
            parts = chunks(tuple(a.id for a in year_articles), limit)
            part_paths = [
                paths.actor_part_page(actor.id, str(year) if k == 0 else f"{year}-{k + 1}")
                for k in range(len(parts))
            ]
            out.append(
                f"- [{year}]({paths.link(page, part_paths[0])}) · "
                f"{labels.count('article', len(year_articles))}"
            )
            for k, part in enumerate(parts):
                pages[part_paths[k]] = _actor_year_page(
                    actor, year, k, part_paths, part, corpus, labels, excerpts
                )
        out.append("")
    pages[page] = "\n".join(out)
    return pages


def _actor_year_page(
    actor: Actor,
    year: int,
    index: int,
    part_paths: list[str],
    ids: tuple[str, ...],
    corpus: Corpus,
    labels: Labels,
    excerpts: dict[str, str],
) -> str:
    page = part_paths[index]
    title = f"{actor.name}: {labels['year_articles'].format(year=year)}"
    out = [
        front_matter({"title": title, "id": actor.id, "year": year, "part": index + 1}),
        f"# {text(title)}\n",
        f"{link(labels['back_to_actor'].format(name=actor.name), paths.link(page, paths.actor_page(actor.id)))}\n",
    ]
    if len(part_paths) > 1:
        out.append(_part_nav(part_paths, index, page, labels))
    out += grouped_by_month(
        [corpus.articles[i] for i in ids], page, labels, level="##", excerpts=excerpts
    )
    return "\n".join(out)


def actor_index(corpus: Corpus, labels: Labels) -> str:
    page = paths.ACTOR_INDEX
    out = [
        front_matter({"title": labels["actors_title"]}),
        f"# {labels['actors_title']}\n",
        f"{labels['actors_intro']}\n",
    ]
    for kind in KINDS:
        stats = [
            s for s in corpus.actors.values() if corpus.registry.actors[s.actor_id].kind == kind
        ]
        if not stats:
            continue
        stats.sort(
            key=lambda s: (-len(s.article_ids), corpus.registry.actors[s.actor_id].name.casefold())
        )
        out.append(f"## {labels.kind(kind, plural=True)}\n")
        out.append(f"| {labels['actor']} | {labels['articles']} | {labels['last_seen']} |")
        out.append("|---|--:|---|")
        for s in stats:
            actor = corpus.registry.actors[s.actor_id]
            last = time_tag(s.last, labels) if s.last else ""
            out.append(
                f"| {link(actor.name, paths.link(page, paths.actor_page(actor.id)))} "
                f"| {len(s.article_ids)} | {last} |"
            )
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- months


def month_pages(
    month: Month,
    older: Month | None,
    newer: Month | None,
    corpus: Corpus,
    labels: Labels,
    limit: int,
) -> Pages:
    name = labels.month(month.year, month.month)
    parts = chunks(month.article_ids, limit)
    part_paths = [paths.month_page(month.key, k + 1) for k in range(len(parts))]
    pages: Pages = {}
    for index, ids in enumerate(parts):
        page = part_paths[index]
        out = [
            front_matter(
                {
                    "title": name,
                    "month": month.key,
                    "articles": len(month.article_ids),
                    "part": index + 1 if len(parts) > 1 else None,
                }
            ),
            f"# {text(name)}\n",
        ]
        nav = []
        if older:
            nav.append(
                f"← {link(labels.month(older.year, older.month), paths.link(page, paths.month_page(older.key)))}"
            )
        nav.append(link(labels["all_months"], paths.link(page, paths.MONTH_INDEX)))
        if newer:
            nav.append(
                f"{link(labels.month(newer.year, newer.month), paths.link(page, paths.month_page(newer.key)))} →"
            )
        out.append(" · ".join(nav) + "\n{ .digest-month-nav }\n")
        out.append(f"**{labels.count('article', len(month.article_ids))}**\n")
        if index == 0 and month.actor_counts:
            out.append(f"## {labels['actors_of_month']}\n")
            rows = [(corpus.registry.actors[a], n) for a, n in month.actor_counts[:20]]
            out += _count_table(rows, page, (labels["actor"], labels["articles"]))
        out.append(f"## {labels['articles']}\n")
        if len(parts) > 1:
            out.append(_part_nav(part_paths, index, page, labels))
        out += [article_item(corpus.articles[i], page, labels) for i in ids]
        out.append("")
        pages[page] = "\n".join(out)
    return pages


def month_index(corpus: Corpus, labels: Labels) -> str:
    page = paths.MONTH_INDEX
    out = [
        front_matter({"title": labels["months_title"]}),
        f"# {labels['months_title']}\n",
        f"{labels['months_intro']}\n",
    ]
    for year, group in groupby(corpus.months.values(), key=lambda m: m.year):
        out.append(f"## {year}\n")
        out += [
            f"- {link(labels.month(m.year, m.month), paths.link(page, paths.month_page(m.key)))} · "
            f"{labels.count('article', len(m.article_ids))}"
            for m in group
        ]
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- home


def home_part(corpus: Corpus, labels: Labels, latest: int) -> str:
    """Included by the hand-written docs/index.md; links are relative to that page."""
    page = paths.HOME
    out = [f"## {labels['home_latest']}\n"]
    out += [article_item(a, page, labels) for a in list(corpus.articles.values())[:latest]]
    out.append("")
    top = sorted(corpus.actors.values(), key=lambda s: (-len(s.article_ids), s.actor_id))[:latest]
    if top:
        out.append(f"## {labels['home_actors']}\n")
        rows = [(corpus.registry.actors[s.actor_id], len(s.article_ids)) for s in top]
        out += _count_table(rows, page, (labels["actor"], labels["articles"]))
        out.append(f"{link(labels['all_actors'], paths.link(page, paths.ACTOR_INDEX))}\n")
    out.append(f"## {labels['home_months']}\n")
    out += [
        f"- {link(labels.month(m.year, m.month), paths.link(page, paths.month_page(m.key)))} · "
        f"{labels.count('article', len(m.article_ids))}"
        for m in list(corpus.months.values())[:12]
    ]
    out.append("")
    out.append(f"{link(labels['all_months'], paths.link(page, paths.MONTH_INDEX))}\n")
    return "\n".join(out)


# ---------------------------------------------------------------- site


def render_site(corpus: Corpus, labels: Labels, limit: int, latest: int) -> Pages:
    pages: Pages = {}
    for article in corpus.articles.values():
        pages[paths.article_page(article)] = article_page(article, corpus, labels)
    for stats in corpus.actors.values():
        pages.update(actor_pages(stats, corpus, labels, limit, latest))
    months = list(corpus.months.values())  # newest first
    for index, month in enumerate(months):
        older = months[index + 1] if index + 1 < len(months) else None
        newer = months[index - 1] if index > 0 else None
        pages.update(month_pages(month, older, newer, corpus, labels, limit))
    pages[paths.ACTOR_INDEX] = actor_index(corpus, labels)
    pages[paths.MONTH_INDEX] = month_index(corpus, labels)
    pages[paths.HOME_PART] = home_part(corpus, labels, latest)
    return pages
