"""What the search index holds for each article and actor, and the search page's markup.

The browser tests (tests/browser/test_search.py) check what a reader then sees."""

from __future__ import annotations

import dataclasses
import html
import json
import re

import pytest

from digest import paths
from digest.build import read_corpus
from digest.corpus import build_corpus
from digest.i18n import Labels
from digest.paths import Addresses
from digest.search import (
    PagefindError,
    actor_record,
    article_record,
    records,
    write_bundle,
    write_index,
)
from digest.search_page import SCRIPT_LABELS, search_part
from tests.conftest import ROOT, site_config

URLS = Addresses()  # directory URLs at the root, as the project site


@pytest.fixture(scope="module")
def corpus():
    """The seed articles with the project's registry, as `digest build` reads them."""
    reading = read_corpus(site_config(ROOT))
    return build_corpus(reading.articles, reading.registry)


def by_url(items: list[dict], url: str) -> dict:
    return next(item for item in items if item["url"] == url)


def test_every_record_is_what_pagefind_takes(corpus):
    items = records(corpus, Labels("it"), URLS)
    assert len(items) == len(corpus.articles) + len(corpus.actors)
    for item in items:
        assert set(item) == {"url", "content", "language", "meta", "filters"}
        # Pagefind takes strings only, in meta and in filters.
        assert all(isinstance(v, str) for v in item["meta"].values()), item["meta"]
        assert all(isinstance(v, str) for values in item["filters"].values() for v in values), item[
            "filters"
        ]
    assert records(corpus, Labels("it"), URLS) == items  # deterministic


def test_an_article_record_has_its_text_and_dates_as_pages_print_them(corpus):
    day = corpus.articles["2025-12-20-munir-incontra-haftar-a-bengasi"]
    month = corpus.articles["2025-05-haftar-a-mosca-con-belousov"]
    assert article_record(day, Labels("it"), URLS)["meta"] == {
        "title": day.title,
        "date": "20 dicembre 2025",
    }
    assert article_record(month, Labels("it"), URLS)["meta"] == {
        "title": month.title,
        "date": "maggio 2025",
        "place": "Tripoli",
    }
    assert article_record(month, Labels("en"), URLS)["meta"]["date"] == "May 2025"
    assert article_record(day, Labels("it"), URLS)["filters"] == {"type": ["article"]}


def test_an_inferred_title_is_not_indexed_twice(corpus):
    # A title that is the lead's opening words: the text alone, which starts with them once.
    lead = corpus.articles["2025-05-haftar-a-mosca-con-belousov"].paragraphs[0].text
    article = dataclasses.replace(
        corpus.articles["2025-05-haftar-a-mosca-con-belousov"],
        title=lead[:60].rsplit(" ", 1)[0] + "…",
    )
    assert article.title_inferred
    content = article_record(article, Labels("it"), URLS)["content"]
    assert content == "\n".join(p.text for p in article.paragraphs)
    assert content.startswith(article.title.rstrip("…"))
    assert content.count("Il comandante dell’esercito nazionale libico (Lna)") == 1


def test_an_inferred_title_that_is_not_the_leads_start_comes_first(corpus):
    # Made from the lead without its apposition: the page must still find the title's words
    # at the start of the content, so the title goes first.
    article = corpus.articles["2025-05-haftar-a-mosca-con-belousov"]
    content = article_record(article, Labels("it"), URLS)["content"]
    assert content.startswith(article.title + "\n")


def test_an_explicit_title_comes_first_in_the_content(corpus):
    article = dataclasses.replace(
        corpus.articles["2025-05-haftar-a-mosca-con-belousov"],
        title="Haftar a Mosca",
        title_inferred=False,
    )
    content = article_record(article, Labels("it"), URLS)["content"]
    assert content.startswith("Haftar a Mosca\nIl comandante")


def test_an_actor_record_shows_who_the_actor_is_and_searches_its_aliases(corpus):
    item = actor_record(corpus, "khalifa-haftar", "it", URLS)
    actor = corpus.registry.actors["khalifa-haftar"]
    assert item["meta"] == {"title": "Khalifa Haftar", "description": actor.description}
    # Name, then description (the page finds it after the name's words), then aliases.
    lines = item["content"].split("\n")
    assert lines[:2] == ["Khalifa Haftar", actor.description]
    assert set(actor.aliases) <= set(lines[2:])
    assert item["filters"] == {"type": ["actor"], "kind": ["person"], "articles": ["2"]}


def test_meta_holds_no_word_that_would_match_every_actor(corpus):
    # Pagefind searches meta too: a kind or count there would make "articoli" or "persona"
    # find every actor. They travel in filters, which are never searched.
    # A description is the registry's own words ("… del sud del Paese"): what is checked is
    # that nothing is added to them.
    for item in records(corpus, Labels("it"), URLS):
        actor = item["filters"]["type"] == ["actor"]
        words = " ".join(v for k, v in item["meta"].items() if not (actor and k == "description"))
        words = words.lower()
        assert not re.search(r"\barticol[oi]\b|\bpersona\b|\bpaese\b", words), item["meta"]


@pytest.mark.parametrize(
    ("language", "words", "absent"),
    [
        ("it", ["# Cerca", "Cerca negli articoli e negli attori", "Tutti", "Attori"], "Search"),
        ("en", ["# Search", "Search the articles and the actors", "All", "Actors"], "Cerca"),
    ],
)
def test_the_search_page_speaks_the_site_language(language, words, absent):
    part = search_part(Labels(language), URLS)
    for word in words:
        assert word in part, word
    assert absent not in part


def test_the_script_gets_its_labels_as_escaped_json():
    part = search_part(Labels("it"), URLS)
    raw = re.search(r'data-labels="([^"]*)"', part)[1]
    assert "<" not in raw and '"' not in raw
    script_labels = json.loads(html.unescape(raw))
    assert set(script_labels) == set(SCRIPT_LABELS)
    assert script_labels["search_results_many"] == "{n} risultati per «{query}»"


def test_the_search_page_source_sits_where_its_page_is_served():
    # Its raw links then resolve alike from the page's address and from its source file:
    # MkDocs leaves them to the browser, Zensical rewrites them from the source file.
    assert paths.SEARCH.endswith("/index.md")
    assert URLS.url(paths.SEARCH) == paths.SEARCH.removesuffix("index.md")
    assert (ROOT / "docs" / paths.SEARCH).is_file()


def test_the_search_page_links_resolve_from_its_address():
    part = search_part(Labels("it"), URLS)
    # cerca/index.md is served at cerca/: its raw HTML links go up one level, whether an engine
    # reads them from the page's address (MkDocs) or from its source file (Zensical).
    assert 'data-bundle="../pagefind/"' in part
    assert '<script src="../javascripts/search.js"></script>' in part
    assert 'href="../mesi/"' in part and 'href="../attori/"' in part
    # The form stays hidden until the script runs; without it, the noscript text says why.
    assert re.search(r"<form [^>]*\bhidden>", part)
    assert "<noscript><p>La ricerca ha bisogno di JavaScript." in part


def test_the_bundle_is_written_whole(corpus, tmp_path):
    # Written by digest from Pagefind's answer, not by Pagefind, whose own writes could still
    # be under way when it exits (empty files, and a search page without an index).
    assert write_index(corpus, tmp_path / "pagefind", "it", URLS) == len(
        records(corpus, Labels("it"), URLS)
    )
    entry = json.loads((tmp_path / "pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["it"]
    files = [p for p in (tmp_path / "pagefind").rglob("*") if p.is_file()]
    assert files and all(p.stat().st_size > 0 for p in files)


def test_the_bundle_stays_in_its_folder(tmp_path):
    with pytest.raises(PagefindError, match="outside its folder"):
        write_bundle([{"path": "../escaped.js", "content": "eA=="}], tmp_path / "pagefind")
    assert not (tmp_path / "escaped.js").exists()
