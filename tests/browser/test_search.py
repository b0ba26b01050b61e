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
    box = page.get_by_role("searchbox")
    expect(box).to_be_visible()
    box.fill(query)
    expect(page.get_by_role("status")).to_contain_text(query)
    return page.locator("#digest-search-results")


def result(results: Locator, path: str) -> Locator:
    """The result (its list item) whose heading links to `path`."""
    return results.locator("li").filter(has=results.page.locator(f'h2 a[href$="/{path}"]'))


def link(results: Locator, path: str) -> Locator:
    return results.locator(f'h2 a[href$="/{path}"]')


def test_a_name_finds_both_articles(reader: Reader):
    results = search(reader, "Haftar")
    expect(link(results, BELOUSOV)).to_have_count(1)
    expect(link(results, MUNIR)).to_have_count(1)


def test_a_word_finds_the_article_that_has_it(reader: Reader):
    results = search(reader, "ministro")
    expect(link(results, BELOUSOV)).to_have_count(1)
    expect(link(results, MUNIR)).to_have_count(0)


def test_another_inflection_of_a_word_finds_it(reader: Reader):
    # The Belousov article says "modernizzazione", never "modernizzazioni": only Italian
    # stemming (both become "modernizz") can match.
    page = reader.open(BELOUSOV)
    text = page.locator(".md-content").inner_text()
    assert "modernizzazione" in text and "modernizzazioni" not in text
    results = search(reader, "modernizzazioni")
    expect(link(results, BELOUSOV)).to_have_count(1)
    # The word the article has is the one highlighted.
    expect(result(results, BELOUSOV).locator("mark")).to_have_text(["modernizzazione"])


def test_a_result_opens_the_article(reader: Reader):
    results = search(reader, "Belousov")
    link(results, BELOUSOV).click()
    expect(reader.heading()).to_contain_text("Il comandante dell’esercito nazionale libico")


def test_the_query_can_come_from_the_address(reader: Reader):
    page = reader.open("cerca/?q=Munir")
    expect(page.get_by_role("searchbox")).to_have_value("Munir")
    expect(link(page.locator("#digest-search-results"), MUNIR)).to_have_count(1)


def test_an_actor_page_is_found_by_its_alias(reader: Reader):
    results = search(reader, "LNA")
    expect(link(results, "attori/esercito-nazionale-libico/")).to_have_count(1)
