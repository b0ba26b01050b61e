from __future__ import annotations

import dataclasses

import pytest

from digest import paths
from digest.corpus import build_corpus
from digest.model import ActorRef, Article, ArticleDate, Paragraph
from tests.conftest import site_files
from tests.golden import generated_pages, golden_pages


def test_generated_pages_match_the_golden_files():
    """If this fails after an intended change: `make golden`, then review the diff."""
    generated, golden = generated_pages(), golden_pages()
    assert sorted(generated) == sorted(golden)
    for path, text in generated.items():
        assert text == golden[path], f"{path} differs from tests/golden/{path}"


def test_every_seed_article_actor_and_month_has_a_page():
    pages = generated_pages()
    assert "articoli/2025/2025-12-20-munir-incontra-haftar-a-bengasi.md" in pages
    assert "articoli/2025/2025-05-haftar-a-mosca-con-belousov.md" in pages
    assert {
        "mesi/2025-12.md",
        "mesi/2025-05.md",
        "mesi/index.md",
        "attori/index.md",
        "_parts/home.md",
    } <= set(pages)
    assert "attori/saddam-haftar.md" in pages and "attori/khalifa-haftar.md" in pages


def _article(
    n: int, registry, year: int = 2025, month: int = 1, day: int | None = 1, **changes
) -> Article:
    return Article(
        id=f"a-{n:05d}",
        source=f"articles/a-{n:05d}.txt",
        format="text",
        date=ArticleDate(year, month, day),
        title=f"Titolo {n}",
        title_inferred=True,
        summary="Sommario.",
        paragraphs=(Paragraph("Khalifa Haftar.", 1),),
        actors=(ActorRef("khalifa-haftar", 1, "Khalifa Haftar.", 1),),
        **changes,
    )


def test_escaping_in_article_page(registry):
    item = dataclasses.replace(
        _article(1, registry),
        title="*Titolo* [x](javascript:alert(1))",
        paragraphs=(Paragraph("<script>alert(1)</script> # _a_ | b", 1),),
        author="<b>Io</b>",
    )
    page = site_files(build_corpus([item], registry))[paths.article_page(item)]
    page = page.split("\n---\n", 1)[1]  # the front matter holds the raw text, as JSON strings
    assert "<script>" not in page and "[x](" not in page and "<b>" not in page
    assert "&#42;Titolo&#42;" in page
    assert "&#60;script&#62;alert(1)&#60;/script&#62; &#35; &#95;a&#95; &#124; b" in page


def test_large_actor_and_month_pages_are_split(registry):
    # 25 articles in one month, 5 in the year before; limit 10 per page.
    articles = [_article(n, registry, day=1 + n % 28) for n in range(25)]
    articles += [_article(100 + n, registry, year=2024, month=6) for n in range(5)]
    corpus = build_corpus(articles, registry)
    pages = site_files(corpus)
    actor = pages["attori/khalifa-haftar.md"]
    assert actor.count("- [Titolo") == 3  # only the latest on the main page
    assert "[2025](khalifa-haftar/2025.md)" in actor and "[2024](khalifa-haftar/2024.md)" in actor
    assert {
        "attori/khalifa-haftar/2025.md",
        "attori/khalifa-haftar/2025-2.md",
        "attori/khalifa-haftar/2025-3.md",
        "attori/khalifa-haftar/2024.md",
    } <= set(pages)
    assert "Parte 2 di 3" in pages["attori/khalifa-haftar/2025-2.md"]
    assert {"mesi/2025-01.md", "mesi/2025-01-2.md", "mesi/2025-01-3.md"} <= set(pages)
    listed = sum(
        pages[p].count("- [Titolo")
        for p in ("mesi/2025-01.md", "mesi/2025-01-2.md", "mesi/2025-01-3.md")
    )
    assert listed == 25
    for path, text in pages.items():
        assert text.count("- [Titolo") <= 10, path


def test_month_pages_link_neighbours_with_articles(registry):
    articles = [
        _article(1, registry, 2025, 1),
        _article(2, registry, 2025, 3),
        _article(3, registry, 2025, 7),
    ]
    pages = site_files(build_corpus(articles, registry))
    march = pages["mesi/2025-03.md"]
    assert "← [gennaio 2025](2025-01.md)" in march and "[luglio 2025](2025-07.md) →" in march
    assert "mesi/2025-02.md" not in pages


def test_month_precision_articles_belong_to_their_month_after_dated_ones(registry):
    dated = _article(1, registry, 2025, 5, 3)
    undated = _article(2, registry, 2025, 5, None)
    corpus = build_corpus([undated, dated], registry)
    assert corpus.months["2025-05"].article_ids == ("a-00001", "a-00002")
    page = site_files(corpus)["mesi/2025-05.md"]
    # The undated one shows its month, never an invented day; the dated one its day.
    assert "a-00002.md) · maggio 2025" in page and "a-00001.md) · 3 maggio 2025" in page
    assert page.index("a-00001.md") < page.index("a-00002.md")


@pytest.mark.parametrize(
    ("language", "expected"), [("it", "dicembre 2025"), ("en", "December 2025")]
)
def test_pages_follow_the_site_language(registry, language, expected):
    corpus = build_corpus([_article(1, registry, 2025, 12, 20)], registry)
    pages = site_files(corpus, language)
    assert f"# {expected}" in pages["mesi/2025-12.md"]
    assert ("Attori del mese" if language == "it" else "Actors of the month") in pages[
        "mesi/2025-12.md"
    ]


def test_page_paths_come_from_one_place(registry):
    item = _article(1, registry)
    assert paths.article_page(item) == "articoli/2025/a-00001.md"
    assert paths.link("articoli/2025/a.md", "attori/x.md") == "../../attori/x.md"
    assert paths.link(paths.HOME, paths.month_page("2025-01")) == "mesi/2025-01.md"
