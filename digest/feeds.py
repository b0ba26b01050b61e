"""Feeds: the site's and one per actor, each as RSS 2.0, Atom and JSON Feed 1.1.

RSS and Atom come from feedgen; JSON Feed (which feedgen does not write) is a plain
`json.dumps` of the structure the spec defines. Every timestamp comes from the articles,
never from the clock, so the same articles give the same bytes.

Month-precision articles ("date 2025-05") have no day. RSS and JSON Feed let an item go
without a date, so none is given. Atom requires `updated` on every entry: it gets the first
day of its month at 00:00 UTC, and its title and summary carry the month as the site shows it.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re

from feedgen.feed import FeedGenerator

from digest import paths
from digest.i18n import Labels
from digest.model import Article
from digest.views import FeedView

ITEMS = 50


# Characters XML 1.0 cannot carry: the readers refuse them in articles, this keeps a feed
# well-formed whatever reaches it.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(value: str) -> str:
    """Plain text for an element the format defines as text."""
    return _NOT_XML.sub("", value)


def rss_text(value: str) -> str:
    """Plain text for an RSS element that readers may render as HTML (title, category).

    Without "<" there is no tag: a reader that renders HTML shows the text, one that shows
    text sees "&lt;" only where the text had a bracket (rare, and never harmful).
    """
    return xml_text(value).replace("<", "&lt;").replace(">", "&gt;")


def rss_html(value: str) -> str:
    """Text as HTML, for an element that is HTML by convention (RSS description)."""
    return f"<p>{html.escape(xml_text(value), quote=False)}</p>"


def _timestamp(article: Article) -> dt.datetime:
    d = article.date
    return dt.datetime(d.year, d.month, d.day or 1, tzinfo=dt.UTC)


def feed_files(
    view: FeedView, labels: Labels, addresses: paths.Addresses, site_name: str
) -> dict[str, str]:
    """RSS, Atom and JSON Feed of the site's latest articles, or of one actor's."""
    articles = view.articles
    if view.actor is None:
        directory, home_page = paths.feed_dir(), paths.HOME
        title = labels["site_feed_title"]
    else:
        directory, home_page = paths.feed_dir(view.actor.id), paths.actor_page(view.actor.id)
        title = labels["actor_feed_title"].format(name=view.actor.name)
    home = addresses.absolute(home_page)
    self_urls = {
        kind: addresses.absolute(f"{directory}/{name}") for kind, name in paths.FEED_FILES.items()
    }
    newest = _timestamp(articles[0]) if articles else dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    actors = {actor.id: actor for actor in view.names}
    out: dict[str, str] = {}
    for kind in ("rss", "atom"):
        fg = FeedGenerator()
        fg.load_extension("dc")
        fg.id(home)
        as_text = rss_text if kind == "rss" else xml_text
        fg.title(as_text(f"{site_name}: {title}"))
        fg.description(as_text(title))
        fg.language(labels.language)
        fg.link(href=self_urls[kind], rel="self")
        fg.link(href=home, rel="alternate")  # RSS takes the last link as the channel's
        fg.lastBuildDate(newest)
        fg.updated(newest)
        for article in articles:
            url = addresses.absolute(paths.article_page(article))
            entry = fg.add_entry(order="append")
            entry.id(url)
            entry.guid(url, permalink=True)
            entry.link(href=url)
            names = [actors[ref.actor_id].name for ref in article.actors]
            if kind == "atom":
                # Atom says what each text is: type="text" is shown as text by every reader.
                entry.title(xml_text(article.title))
                entry.summary(xml_text(article.summary), type="text")
                entry.updated(_timestamp(article))
                if article.author:
                    entry.author({"name": xml_text(article.author)})
                for name in names:
                    entry.category(term=xml_text(name))
            else:
                # RSS has no types: readers render titles and descriptions as HTML.
                entry.title(rss_text(article.title))
                entry.description(rss_html(article.summary))
                if article.date.day is not None:
                    entry.published(_timestamp(article))  # RSS pubDate
                if article.author:
                    entry.dc.dc_creator(rss_text(article.author))  # RSS <author> is an e-mail
                for name in names:
                    entry.category(term=rss_text(name))
        text = fg.rss_str(pretty=True) if kind == "rss" else fg.atom_str(pretty=True)
        out[f"{directory}/{paths.FEED_FILES[kind]}"] = text.decode("utf-8")
    items = []
    for article in articles:
        url = addresses.absolute(paths.article_page(article))
        item: dict[str, object] = {
            "id": url,
            "url": url,
            "title": article.title,
            "summary": article.summary,
            "content_text": article.summary,
            # Readers prefer HTML when there is some: give them the text, escaped.
            "content_html": rss_html(article.summary),
        }
        if article.date.day is not None:
            item["date_published"] = _timestamp(article).isoformat()
        if article.author:
            item["authors"] = [{"name": article.author}]
        item["tags"] = [actors[ref.actor_id].name for ref in article.actors]
        item["language"] = article.lang
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": f"{site_name}: {title}",
        "home_page_url": home,
        "feed_url": self_urls["json"],
        "language": labels.language,
        "items": items,
    }
    out[f"{directory}/{paths.FEED_FILES['json']}"] = (
        json.dumps(feed, ensure_ascii=False, indent=2) + "\n"
    )
    return out
