"""The search page (Pagefind, Italian stemming), used as a reader uses it: typing in the box,
choosing a type of result, reading what each result says, on an Italian and an English site."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from tests.browser.conftest import (
    BELOUSOV,
    HOSTILE_TEXT,
    HOSTILE_TITLE,
    MUNIR,
    Reader,
    expect,
)

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

pytestmark = pytest.mark.browser

HAFTAR = "attori/khalifa-haftar/"
# Words only Pagefind's default UI or its English metadata keys would put on the page.
ENGLISH_KEYS = re.compile(r"\b(Date|Place|Title|Filters?|results? for|Load more|Clear)\b")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}(-\d{2})?\b")


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
    expect(reader.heading()).to_contain_text("Khalifa Haftar ha avuto colloqui")


def test_the_query_can_come_from_the_address(reader: Reader):
    page = reader.open("cerca/?q=Munir")
    expect(page.get_by_role("searchbox")).to_have_value("Munir")
    expect(link(page.locator("#digest-search-results"), MUNIR)).to_have_count(1)


def test_the_query_stays_in_the_address_for_the_back_button(reader: Reader):
    results = search(reader, "Belousov")
    expect(reader.page).to_have_url(re.compile(r"/cerca/\?q=Belousov$"))
    link(results, BELOUSOV).click()
    reader.page.go_back()
    expect(link(reader.page.locator("#digest-search-results"), BELOUSOV)).to_have_count(1)


def test_an_actor_page_is_found_by_its_alias(reader: Reader):
    results = search(reader, "LNA")
    expect(link(results, "attori/esercito-nazionale-libico/")).to_have_count(1)


def test_results_and_filters_speak_italian(reader: Reader):
    results = search(reader, "Haftar")
    page = reader.page
    expect(page.get_by_role("status")).to_have_text("5 risultati per «Haftar»")
    types = page.get_by_role("group", name="Tipo di risultato")
    expect(types.get_by_role("radio")).to_have_count(3)
    expect(types.locator("label")).to_have_text(["Tutti 5", "Articoli 2", "Attori 3"])
    expect(types.get_by_role("radio", name=re.compile("^Tutti"))).to_be_checked()

    # Dates as every other page prints them, with their precision; the dateline's place.
    expect(result(results, BELOUSOV).locator(".digest-search__meta")).to_have_text(
        "maggio 2025 · Tripoli"
    )
    expect(result(results, MUNIR).locator(".digest-search__meta")).to_have_text("20 dicembre 2025")
    text = page.locator(".md-content").inner_text()
    assert not ENGLISH_KEYS.search(text), ENGLISH_KEYS.search(text)
    assert not ISO_DATE.search(text), ISO_DATE.search(text)


def test_choosing_a_type_narrows_the_results(reader: Reader):
    results = search(reader, "Haftar")
    page = reader.page
    page.get_by_role("radio", name=re.compile("^Attori")).check()
    expect(page.get_by_role("status")).to_have_text("3 risultati per «Haftar»")
    expect(results.locator("h2 a")).to_have_count(3)
    for href in results.locator("h2 a").evaluate_all("links => links.map(a => a.href)"):
        assert "/attori/" in href, href
    # The counts are those of each type, whatever the choice.
    expect(page.get_by_role("group").locator("label")).to_have_text(
        ["Tutti 5", "Articoli 2", "Attori 3"]
    )
    page.get_by_role("radio", name=re.compile("^Articoli")).check()
    expect(page.get_by_role("status")).to_have_text("2 risultati per «Haftar»")
    expect(link(results, BELOUSOV)).to_have_count(1)
    expect(link(results, HAFTAR)).to_have_count(0)


def test_an_actor_result_says_who_the_actor_is(reader: Reader):
    results = search(reader, "Haftar")
    actor = result(results, HAFTAR)
    expect(actor.locator(".digest-search__meta")).to_have_text("Persona · 2 articoli")
    expect(actor.locator(".digest-search__passage")).to_have_text(
        "Feldmaresciallo libico, comandante dell'Esercito nazionale libico dal 2015 e leader de "
        "facto della Libia orientale; nel 2019 lanciò un'offensiva fallita su Tripoli."
    )
    # Aliases (the starter registry's) find the actor but are not its text.
    expect(actor).not_to_contain_text("Belqasim")
    expect(actor).not_to_contain_text("uomo forte")
    expect(actor.locator("h2 mark")).to_have_text(["Haftar"])


def test_an_actor_found_by_an_alias_still_shows_its_description(reader: Reader):
    results = search(reader, "Belqasim")
    actor = result(results, HAFTAR)
    expect(actor.locator(".digest-search__passage")).to_contain_text("comandante dell'Esercito")
    expect(actor).not_to_contain_text("Belqasim")


def test_an_article_result_shows_the_passage_not_the_title_again(reader: Reader):
    results = search(reader, "Haftar")
    for path in (BELOUSOV, MUNIR):
        item = result(results, path)
        title = item.locator("h2").inner_text().rstrip("…")
        passage = item.locator(".digest-search__passage").inner_text()
        assert title not in passage, (title, passage)
        # Highlights stay: the name, without the comma Pagefind's word carries.
        expect(item.locator(".digest-search__passage mark").first).to_have_text("Haftar")
    # Both titles are made from the lead (issue 9: the main clause, the apposition dropped):
    # the passage comes from the text after that sentence, not the sentence again.
    for path, lead in (
        (BELOUSOV, "Il comandante dell’esercito nazionale libico (Lna), Khalifa Haftar"),
        (MUNIR, "Il Capo di Stato Maggiore dell’esercito pakistano, il generale Asim Munir"),
    ):
        passage = result(results, path).locator(".digest-search__passage").inner_text()
        assert lead not in passage, passage


def test_no_results_reads_naturally_and_offers_a_way_on(reader: Reader):
    search(reader, "zzzqqq")
    page = reader.page
    expect(page.get_by_role("status")).to_have_text("Nessun risultato per «zzzqqq».")
    expect(page.get_by_role("group")).to_be_hidden()
    hint = page.locator("#digest-search-hint")
    expect(hint).to_be_visible()
    hint.get_by_role("link", name="l’elenco degli attori").click()
    expect(reader.heading()).to_have_text("Attori")


def test_clearing_the_search_empties_the_page(reader: Reader):
    search(reader, "Haftar")
    page = reader.page
    page.get_by_role("button", name="Cancella la ricerca").click()
    expect(page.get_by_role("searchbox")).to_have_value("")
    expect(page.get_by_role("searchbox")).to_be_focused()
    expect(page.locator("#digest-search-results li")).to_have_count(0)
    expect(page.get_by_role("group")).to_be_hidden()
    expect(page).to_have_url(re.compile(r"/cerca/$"))


def english_search(open_reader, english_site_url: str, query: str) -> tuple[Page, Locator]:
    reader = open_reader(site=english_site_url)
    return reader.page, search(reader, query)


def test_an_english_site_searches_in_english(open_reader, english_site_url: str):
    page, results = english_search(open_reader, english_site_url, "Haftar")
    expect(page.locator("h1")).to_have_text("Search")
    expect(page.get_by_label("Search the articles and the actors")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text("6 results for “Haftar”")
    expect(page.get_by_role("group", name="Type of result").locator("label")).to_have_text(
        ["All 6", "Articles 3", "Actors 3"]
    )
    expect(result(results, BELOUSOV).locator(".digest-search__meta")).to_have_text(
        "May 2025 · Tripoli"
    )
    # the two seeds, and the hostile text's bare "Haftar", which the starter's Khalifa
    # Haftar is known by (known_by_surname)
    expect(result(results, HAFTAR).locator(".digest-search__meta")).to_have_text(
        "Person · 3 articles"
    )
    text = page.locator(".md-content").inner_text()
    for italian in ("Cerca", "risultat", "Tutti", "Persona", "articoli", "dicembre"):
        assert italian not in text, italian


def test_article_text_that_is_html_stays_text(open_reader, english_site_url: str):
    page, results = english_search(open_reader, english_site_url, "collegamento")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    item = result(results, HOSTILE_TEXT)
    # The inferred title and the passage hold the article's HTML, as the text it is.
    expect(item.locator("h2")).to_contain_text("<img src=x onerror=alert(1)> e <script>")
    expect(item.locator(".digest-search__passage")).to_contain_text(
        'Il secondo paragrafo cita ancora <b>Haftar</b> e <a href="javascript:alert(3)">un'
        " collegamento</a>, che restano testo."
    )
    # Pagefind's words are what lies between spaces: the mark holds the tag's text too.
    expect(item.locator("mark")).to_have_text(["collegamento</a>"])
    # Nothing from the article became an element: only the marks the page makes itself.
    assert results.locator("img, script, b, a[href^='javascript']").count() == 0
    assert item.locator("*").evaluate_all("nodes => nodes.map(n => n.tagName)") == [
        "H2",
        "A",
        "P",
        "P",
        "MARK",
    ]
    assert dialogs == []


def test_a_title_that_is_html_stays_text(open_reader, english_site_url: str):
    _page, results = english_search(open_reader, english_site_url, "innocuo")
    item = result(results, HOSTILE_TITLE)
    expect(item.locator("h2")).to_have_text(
        'Titolo "><script>alert(1)</script> & <img src=x onerror=alert(2)>'
    )
    # An explicit title is indexed with the text, but the passage is the text alone.
    expect(item.locator(".digest-search__passage")).to_have_text("Testo innocuo.")
    assert results.locator("img, script").count() == 0
