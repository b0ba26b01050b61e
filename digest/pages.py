"""One function per page kind: data in, {path under docs/: Markdown text} out. Never reads a file.

All text from articles and the registry goes through `mdtext.text` (escaping) and all
paths through `paths` (one place for URLs).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from digest import paths
from digest.charts import month_chart, month_table, sparkline
from digest.corpus import chunks
from digest.i18n import Labels
from digest.mdtext import attribute, front_matter, link, text
from digest.model import KINDS, Actor, Article, ArticleDate, Month, MonthKey
from digest.prose import shorten
from digest.views import ActorIndexView, ActorView, ArticleView, HomeView, MonthIndexView, MonthView

Pages = dict[str, str]
EXCERPT_MAX = 200  # characters of the sentence that names an actor, on its page


def time_tag(value: ArticleDate, labels: Labels) -> str:
    return f'<time datetime="{value.iso}">{text(labels.date(value))}</time>'


def _meta_line(parts: Iterable[str]) -> str:
    return " · ".join(p for p in parts if p)


# ---------------------------------------------------------------- article


def article_page(view: ArticleView, labels: Labels) -> str:
    article = view.article
    page = paths.article_page(article)
    actors = {actor.id: actor for actor in view.actors}
    meta = front_matter(
        {
            "title": article.title,
            "subtitle": article.subtitle,
            "description": article.summary,
            "id": article.id,
            "date": article.date.iso,
            "date_precision": article.date.precision,
            "lang": article.lang,
            "place": article.place,
            "country": article.country,
            "agencies": list(article.agencies) or None,
            "author": article.author,
            "desk": article.desk,
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
    line = _meta_line(
        [
            time_tag(article.date, labels),
            f"{labels['by']} {text(article.author)}" if article.author else "",
            labels["reading_time"].format(n=article.reading_minutes),
        ]
    )
    out = [meta, f"# {text(article.title)}\n"]
    if article.subtitle:
        out.append(f"{text(article.subtitle)}\n{{ .digest-subtitle }}\n")
    out.append(f"{line}\n{{ .digest-meta }}\n")
    if article.actors:
        links = " · ".join(
            link(actors[ref.actor_id].name, paths.link(page, paths.actor_page(ref.actor_id)))
            for ref in article.actors
        )
        out.append(f"**{labels['actors_in_article']}:** {links}\n{{ .digest-actors }}\n")
    out.append("---\n")
    if article.body_html is not None:
        # Already sanitised HTML (digest.sanitize): a raw HTML block that Markdown leaves alone.
        if dateline := _dateline(article):
            out.append(f"{dateline}\n{{ .digest-dateline }}\n")
        out.append(f'<div class="digest-body" markdown="0">\n{article.body_html}\n</div>\n')
    else:
        paragraphs = [
            f"### {text(p.text)}" if p.kind == "heading" else text(p.text)
            for p in article.paragraphs
        ]
        lead = next((i for i, p in enumerate(article.paragraphs) if p.kind == "text"), 0)
        if dateline := _dateline(article):
            # As a newsroom prints it: "TRIPOLI (Libia) (Italpress/MNA) – Il comandante…"
            paragraphs[lead] = f"{dateline} – {paragraphs[lead]}"
        out.extend(f"{p}\n" for p in paragraphs)
    out.append("---\n")
    out.append(f"{_meta_line(_article_footer(article, page, labels))}\n{{ .digest-footer }}\n")
    out += _related_and_neighbours(view, page, labels)
    return "\n".join(out)


def _dateline(article: Article) -> str:
    """ "<span class="digest-place">Tripoli</span> (Libia) (ITALPRESS/MNA)", or "" without a place."""
    if not article.place:
        return ""
    parts = [f'<span class="digest-place">{text(article.place)}</span>']
    if article.country:
        parts.append(f"({text(article.country)})")
    if article.agencies:
        parts.append(f"({text('/'.join(article.agencies))})")
    return " ".join(parts)


def _article_footer(article: Article, page: str, labels: Labels) -> list[str]:
    footer = []
    if article.agencies and not article.place:
        footer.append(f"{labels['agency']}: {text('/'.join(article.agencies))}")
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
    return footer


def _related_and_neighbours(view: ArticleView, page: str, labels: Labels) -> list[str]:
    out = []
    if view.related:
        out.append(f"## {labels['related']}\n")
        out += [article_item(a, page, labels, excerpt="") for a in view.related]
        out.append("")
    nav = []
    if view.older:
        target = view.older
        nav.append(
            f"← {labels['older_article']}: {link(target.title, paths.link(page, paths.article_page(target)))}"
        )
    if view.newer:
        target = view.newer
        nav.append(
            f"{labels['newer_article']}: {link(target.title, paths.link(page, paths.article_page(target)))} →"
        )
    if nav:
        out.append("<br>\n".join(nav) + "\n{ .digest-neighbours }\n")
    return out


# ---------------------------------------------------------------- lists


def article_item(
    article: Article, from_page: str, labels: Labels, excerpt: str | None = None
) -> str:
    """A list item: linked title, date, and the summary or a given excerpt.

    Plain Markdown only (a hard line break, the date as text): lists are most of what
    MkDocs renders at 10,000 articles, and inline HTML sends every page through Python's
    HTML parser. The machine-readable date is on the article page and in the open data.
    """
    target = paths.link(from_page, paths.article_page(article))
    line = f"- {link(article.title, target)} · {text(labels.date(article.date))}"
    quote = excerpt if excerpt is not None else article.summary
    if excerpt is None and article.title_inferred and quote.startswith(article.title.rstrip("…")):
        quote = ""  # the title is the lead already: repeating it adds nothing
    if quote:
        line += f"  \n  {text(quote)}"
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


def actor_pages(view: ActorView, labels: Labels, limit: int, latest: int) -> Pages:
    stats, actor = view.stats, view.actor
    page = paths.actor_page(actor.id)
    articles = list(view.articles)
    excerpts = {
        a.id: shorten(ref.first_sentence, EXCERPT_MAX)
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
            # overrides/main.html links these feeds in <head> for autodiscovery.
            "feed": paths.feed_dir(actor.id),
        }
    )
    out = [meta, f"# {text(actor.name)}\n"]
    kind_line = f"*{labels.kind(actor.kind)}*"
    if actor.description:
        kind_line += f" — {text(actor.description)}"
    if actor.source:
        # The page the description was checked against (an http(s) address: R516).
        kind_line += f' · <a href="{attribute(actor.source)}" rel="noopener">{labels["source"]}</a>'
    if actor.wikidata:
        kind_line += f" · [{labels['wikidata']}](https://www.wikidata.org/wiki/{actor.wikidata})"
    out.append(kind_line + "\n")
    if stats.first and stats.last:
        count = labels.count("article", len(articles))
        if stats.first == stats.last:
            news = labels["in_the_news_once"].format(
                count=count, date=time_tag(stats.first, labels)
            )
        else:
            news = labels["in_the_news"].format(
                count=count, first=time_tag(stats.first, labels), last=time_tag(stats.last, labels)
            )
        out.append(f"**{news}** · {labels.count('mention', stats.mentions)}\n{{ .digest-meta }}\n")
    out.append(_subscribe(actor, page, labels))
    counts = dict(stats.by_month)
    out.append(month_chart(counts, labels, actor.name))
    out.append(month_table(counts, labels))
    if view.co_actors:
        out.append(f"## {labels['appears_with']}\n")
        out += _count_table(
            list(view.co_actors), page, (labels["actor"], labels["articles_together"])
        )

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
            parts = chunks(tuple(year_articles), limit)
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
                    actor, year, k, part_paths, part, labels, excerpts
                )
        out.append("")
    pages[page] = "\n".join(out)
    return pages


def _subscribe(actor: Actor, page: str, labels: Labels) -> str:
    directory = paths.feed_dir(actor.id)
    feeds = " · ".join(
        f"[{labels['feed_' + kind]}]({paths.link(page, f'{directory}/{name}')})"
        for kind, name in paths.FEED_FILES.items()
    )
    hint = text(labels["subscribe_hint"].format(name=actor.name))
    return f"**{labels['subscribe']}** ({hint}): {feeds}\n{{ .digest-subscribe }}\n"


def _actor_year_page(
    actor: Actor,
    year: int,
    index: int,
    part_paths: list[str],
    articles: tuple[Article, ...],
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
    out += grouped_by_month(list(articles), page, labels, level="##", excerpts=excerpts)
    return "\n".join(out)


def actor_index(view: ActorIndexView, labels: Labels) -> str:
    """Actors by kind, one tab each (a CSS-only filter), most articles first, with a sparkline
    of the corpus's last twelve months."""
    page = paths.ACTOR_INDEX
    out = [
        front_matter({"title": labels["actors_title"]}),
        f"# {labels['actors_title']}\n",
        f"{labels['actors_intro']}\n",
    ]
    newest = view.newest_month
    recent = MonthKey(newest).previous(11).span_to(newest) if newest else []
    for kind in KINDS:
        rows_of_kind = [(a, s) for a, s in view.rows if a.kind == kind]
        if not rows_of_kind:
            continue
        rows_of_kind.sort(key=lambda row: (-len(row[1].article_ids), row[0].name.casefold()))
        out.append(f'=== "{labels.kind(kind, plural=True)} ({len(rows_of_kind)})"\n')
        rows = [
            f"| {labels['actor']} | {labels['articles']} | {labels['trend']} | {labels['last_seen']} |",
            "|---|--:|---|---|",
        ]
        for actor, s in rows_of_kind:
            last = time_tag(s.last, labels) if s.last else ""
            by_month = dict(s.by_month)
            values = [by_month.get(k, 0) for k in recent]
            spark = (
                f'<span class="digest-spark" role="img" '
                f'aria-label="{attribute(labels["trend"])}: {", ".join(map(str, values))}">'
                f"{sparkline(values)}</span>"
            )
            rows.append(
                f"| {link(actor.name, paths.link(page, paths.actor_page(actor.id)))} "
                f"| {len(s.article_ids)} | {spark} | {last} |"
            )
        out += [f"    {row}" for row in rows]
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- months


def month_pages(view: MonthView, labels: Labels, limit: int) -> Pages:
    month, older, newer = view.month, view.older, view.newer
    name = labels.month(month.year, month.month)
    parts = chunks(view.articles, limit)
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
        out.append(_month_summary(month, view.previous, labels))
        if index == 0 and month.actor_counts:
            out += _month_actors(view, page, labels)
        out.append(f"## {labels['articles']}\n")
        if len(parts) > 1:
            out.append(_part_nav(part_paths, index, page, labels))
        # Titles and dates only: a month lists up to page_limit articles, and their leads are
        # one click away (at 10,000 articles, lists are most of what MkDocs renders).
        out += [article_item(a, page, labels, excerpt="") for a in ids]
        out.append("")
        pages[page] = "\n".join(out)
    return pages


def _delta(now: int, before: int) -> str:
    return f"+{now - before}" if now > before else ("=" if now == before else f"−{before - now}")


def _month_summary(month: Month, previous: Month | None, labels: Labels) -> str:
    """ "**12 articoli** · +3 rispetto a aprile 2025": the calendar month before, even if empty."""
    count = len(month.article_ids)
    before = len(previous.article_ids) if previous else 0
    before_key = MonthKey(month.key).previous()
    prev_name = labels.month(before_key.year, before_key.month)
    change = labels["vs_previous_month"].format(delta=_delta(count, before), month=prev_name)
    return f"**{labels.count('article', count)}** · {change}\n"


def _month_actors(view: MonthView, page: str, labels: Labels) -> list[str]:
    month, previous = view.month, view.previous
    actors = {actor.id: actor for actor in view.actors}
    before = dict(previous.actor_counts) if previous else {}
    out = [
        f"## {labels['actors_of_month']}\n",
        f"| {labels['actor']} | {labels['articles']} | {labels['change']} |",
        "|---|--:|--:|",
    ]
    for actor_id, n in month.actor_counts[:20]:
        actor = actors[actor_id]
        out.append(
            f"| {link(actor.name, paths.link(page, paths.actor_page(actor_id)))} | {n} "
            f"| {_delta(n, before.get(actor_id, 0))} |"
        )
    out.append("")
    newcomers = view.newcomers
    if newcomers:
        out.append(f"### {labels['new_actors']}\n")
        out.append(f"{labels['new_actors_intro']}\n")
        out.append(
            " · ".join(
                link(actors[a].name, paths.link(page, paths.actor_page(a))) for a in newcomers[:50]
            )
            + "\n"
        )
    return out


def month_index(view: MonthIndexView, labels: Labels) -> str:
    page = paths.MONTH_INDEX
    out = [
        front_matter({"title": labels["months_title"]}),
        f"# {labels['months_title']}\n",
        f"{labels['months_intro']}\n",
    ]
    for year, group in groupby(view.months, key=lambda m: m.year):
        out.append(f"## {year}\n")
        out += [
            f"- {link(labels.month(m.year, m.month), paths.link(page, paths.month_page(m.key)))} · "
            f"{labels.count('article', len(m.article_ids))}"
            for m in group
        ]
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- home


def home_part(view: HomeView, labels: Labels) -> str:
    """Included by the hand-written docs/index.md; links are relative to that page."""
    page = paths.HOME
    out = [f"## {labels['home_latest']}\n"]
    out += [article_item(a, page, labels) for a in view.latest]
    out.append("")
    if view.top:
        out.append(f"## {labels['home_actors']}\n")
        out += _count_table(list(view.top), page, (labels["actor"], labels["articles"]))
        out.append(f"{link(labels['all_actors'], paths.link(page, paths.ACTOR_INDEX))}\n")
    out.append(f"## {labels['home_months']}\n")
    out += [
        f"- {link(labels.month(m.year, m.month), paths.link(page, paths.month_page(m.key)))} · "
        f"{labels.count('article', len(m.article_ids))}"
        for m in view.months
    ]
    out.append("")
    out.append(f"{link(labels['all_months'], paths.link(page, paths.MONTH_INDEX))}\n")
    return "\n".join(out)
