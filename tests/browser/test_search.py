"""The search page (Pagefind, Italian stemming), used as a reader uses it: typing in the box."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.browser.conftest import BELOUSOV, MUNIR, Reader, expect

if TYPE_CHECKING:
    from playwright.sync_api import Locator

pytestmark = pytest.mark.browser


def search(reader: Reader, query: str) -> Locator:
    """Type `query` in the search page's box; return the list of results once it settled."""
    page = reader.open("cerca/")
    box = page.locator(".pagefind-ui__search-input")
    expect(box).to_be_visible()
    box.fill(query)
    expect(page.locator(".pagefind-ui__message")).to_contain_text(query)
    return page.locator(".pagefind-ui__results")


def result(results: Locator, reader: Reader, path: str) -> Locator:
    return results.locator(f'a.pagefind-ui__result-link[href$="/{path}"]')


def test_a_name_finds_both_articles(reader: Reader):
    results = search(reader, "Haftar")
    expect(result(results, reader, BELOUSOV)).to_have_count(1)
    expect(result(results, reader, MUNIR)).to_have_count(1)


def test_a_word_finds_the_article_that_has_it(reader: Reader):
    results = search(reader, "ministro")
    expect(result(results, reader, BELOUSOV)).to_have_count(1)
    expect(result(results, reader, MUNIR)).to_have_count(0)


def test_another_inflection_of_a_word_finds_it(reader: Reader):
    # The Belousov article says "modernizzazione", never "modernizzazioni": only Italian
    # stemming (both become "modernizz") can match.
    page = reader.open(BELOUSOV)
    text = page.locator(".md-content").inner_text()
    assert "modernizzazione" in text and "modernizzazioni" not in text
    results = search(reader, "modernizzazioni")
    expect(result(results, reader, BELOUSOV)).to_have_count(1)


def test_a_result_opens_the_article(reader: Reader):
    results = search(reader, "Belousov")
    results.locator(f'a.pagefind-ui__result-link[href$="/{BELOUSOV}"]').click()
    expect(reader.heading()).to_contain_text("Il comandante dell’esercito nazionale libico")


def test_the_query_can_come_from_the_address(reader: Reader):
    page = reader.open("cerca/?q=Munir")
    expect(page.locator(f'a.pagefind-ui__result-link[href$="/{MUNIR}"]')).to_have_count(1)


def test_an_actor_page_is_found_by_its_alias(reader: Reader):
    results = search(reader, "LNA")
    expect(
        results.locator('a.pagefind-ui__result-link[href$="/attori/esercito-nazionale-libico/"]')
    ).to_have_count(1)
