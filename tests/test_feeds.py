"""Every feed is read back by a real feed client (feedparser)."""

from __future__ import annotations

import dataclasses
import html
import json
import re
import time

import feedparser
import jsonschema
import pytest

from digest import paths
from digest.corpus import build_corpus
from digest.feeds import ITEMS
from digest.model import ActorRef, Article, ArticleDate, Paragraph
from tests.conftest import FIXTURES, site_files
from tests.golden import generated_pages

SITE = "https://example.org/digest/"


JSON_FEED_SCHEMA = json.loads((FIXTURES / "jsonfeed-1.1.schema.json").read_text(encoding="utf-8"))


def shown(entry, field: str) -> str:
    """What a feed reader shows for a field: HTML rendered to text, plain text as it is."""
    value = entry[field]
    if entry.get(f"{field}_detail", {}).get("type") == "text/html":
        value = html.unescape(re.sub(r"<[^>]*>", "", value))
    return value


def parse(name: str, text: str):
    """RSS and Atom through feedparser. feedparser 6.0 (the latest release) does not read
    JSON Feed: that one is validated against the 1.1 spec's fields, then mapped to the same
    shape so that every format meets the same assertions."""
    if not name.endswith(".json"):
        return feedparser.parse(text)
    data = json.loads(text)
    jsonschema.Draft202012Validator(
        JSON_FEED_SCHEMA, format_checker=jsonschema.FormatChecker()
    ).validate(data)
    entries = []
    for item in data["items"]:
        entry = {
            "link": item["url"],
            "title": item["title"],
            "summary": item["summary"],
            "tags": [feedparser.FeedParserDict(term=t) for t in item.get("tags", [])],
        }
        if item.get("authors"):
            entry["author"] = item["authors"][0]["name"]
        if "date_published" in item:
            entry["published_parsed"] = time.strptime(item["date_published"][:10], "%Y-%m-%d")
        entries.append(feedparser.FeedParserDict(entry))
    return feedparser.FeedParserDict(
        bozo=False,
        entries=entries,
        feed=feedparser.FeedParserDict(title=data["title"], language=data.get("language")),
    )


@pytest.fixture(scope="module")
def files():
    return {k: v for k, v in generated_pages().items() if k.startswith("feeds/")}


def test_one_site_feed_and_one_per_actor_in_three_formats(files, registry):
    dirs = {path.rsplit("/", 1)[0] for path in files}
    assert (
        "feeds" in dirs
        and "feeds/attori/khalifa-haftar" in dirs
        and "feeds/attori/saddam-haftar" in dirs
    )
    for directory in dirs:
        assert {f"{directory}/{name}" for name in paths.FEED_FILES.values()} <= set(files)


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml", "feed.json"])
def test_site_feed_parses_cleanly_newest_first(files, name):
    feed = parse(f"feeds/{name}", files[f"feeds/{name}"])
    assert not feed.bozo, feed.get("bozo_exception")
    assert [e.link for e in feed.entries] == [
        "http://127.0.0.1:8000/articoli/2025/2025-12-20-munir-incontra-haftar-a-bengasi/",
        "http://127.0.0.1:8000/articoli/2025/2025-05-haftar-a-mosca-con-belousov/",
    ]
    first = feed.entries[0]
    assert shown(first, "title").startswith("Asim Munir ha incontrato a Bengasi")
    assert shown(first, "summary").startswith("Il Capo di Stato Maggiore")
    assert first.get("author") == "Lucia Giannini"
    assert {t.term for t in first.tags} >= {"Khalifa Haftar", "Asim Munir", "Pakistan"}
    stamp = first.get("published_parsed") or first.get("updated_parsed")  # Atom has "updated"
    assert stamp[:3] == (2025, 12, 20)


def test_month_precision_items_get_no_invented_day(files):
    rss = parse("feeds/rss.xml", files["feeds/rss.xml"]).entries[1]
    assert "published_parsed" not in rss and "updated_parsed" not in rss
    data = json.loads(files["feeds/feed.json"])
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert "date_published" not in data["items"][1] and data["items"][0][
        "date_published"
    ].startswith("2025-12-20")
    # Atom requires a timestamp on every entry: the first of the month, documented.
    atom = parse("feeds/atom.xml", files["feeds/atom.xml"]).entries[1]
    assert atom.updated_parsed[:3] == (2025, 5, 1)


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml", "feed.json"])
def test_actor_feed(files, name):
    feed = parse(f"feeds/attori/saddam-haftar/{name}", files[f"feeds/attori/saddam-haftar/{name}"])
    assert not feed.bozo
    assert len(feed.entries) == 1
    assert feed.feed.title == "Digest Libia: Articoli su Saddam Haftar"


def test_feeds_are_capped_absolute_and_deterministic(registry):
    articles = [
        Article(
            id=f"a-{n:03d}",
            source=f"articles/a-{n:03d}.txt",
            format="text",
            date=ArticleDate(2024, 1 + n % 12, 1 + n % 28),
            title=f"Titolo <{n}> & co",
            title_inferred=True,
            summary="Sommario.",
            paragraphs=(Paragraph("x", 1),),
            actors=(ActorRef("russia", 1, "x", 1),),
        )
        for n in range(ITEMS + 20)
    ]
    corpus = build_corpus(articles, registry)
    first = site_files(corpus, "it", site_url=SITE)
    assert first == site_files(corpus, "it", site_url=SITE)
    for name in (
        "feeds/rss.xml",
        "feeds/atom.xml",
        "feeds/feed.json",
        "feeds/attori/russia/rss.xml",
    ):
        feed = parse(name, first[name])
        assert not feed.bozo and len(feed.entries) == ITEMS, name
        assert all(e.link.startswith(SITE + "articoli/2024/") for e in feed.entries)
        title = shown(feed.entries[0], "title")
        assert title.startswith("Titolo <") and title.endswith("> & co"), (name, title)
    dates = [e.published_parsed for e in feedparser.parse(first["feeds/rss.xml"]).entries]
    assert dates == sorted(dates, reverse=True)


def test_english_feed_titles(registry):
    article = Article(
        id="a",
        source="articles/a.txt",
        format="text",
        date=ArticleDate(2025, 5, 3),
        title="T",
        title_inferred=True,
        summary="S",
        paragraphs=(Paragraph("x", 1),),
    )
    corpus = build_corpus([dataclasses.replace(article)], registry)
    files = site_files(corpus, "en", site_url=SITE)
    feed = parse("feeds/atom.xml", files["feeds/atom.xml"])
    assert feed.feed.title == "Digest: All articles" and feed.feed.language == "en"
