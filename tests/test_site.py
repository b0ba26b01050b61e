"""End to end: the generator, then `mkdocs build --strict`, then the HTML a reader gets."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, build_site, copy_site_inputs

pytestmark = pytest.mark.e2e


def page_text(path: Path) -> str:
    """The article part of a built page, tags removed, entities decoded."""
    body = path.read_text(encoding="utf-8")
    article = body[body.index("<article") : body.index("</article>")]
    return html.unescape(re.sub(r"<[^>]+>", "", article))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = copy_site_inputs(tmp_path_factory.mktemp("site"))
    shutil.copy(
        FIXTURES / "articles" / "special-characters.txt",
        root / "articles" / "2025-12-20-caratteri.txt",
    )
    shutil.copy(
        FIXTURES / "articles" / "hostile-title.md", root / "articles" / "2025-12-21-titolo.md"
    )
    return build_site(root)


def test_home_lists_latest_articles_actors_and_months(built):
    home = built / "index.html"
    text = page_text(home)
    assert "Ultimi articoli" in text and "Attori più presenti" in text and "dicembre 2025" in text
    assert 'href="articoli/2025/2025-05-haftar-a-mosca-con-belousov/"' in home.read_text()
    assert '<html lang="it"' in home.read_text()


def test_actor_page(built):
    page = built / "attori/khalifa-haftar/index.html"
    text = page_text(page)
    assert "Khalifa Haftar" in text and "Persona" in text and "2 articoli" in text
    assert (
        "Prima apparizione: maggio 2025" in text and "Ultima apparizione: 20 dicembre 2025" in text
    )
    assert "Compare spesso con" in text
    assert text.index("dicembre 2025") < text.index("maggio 2025", text.index("Articoli\n"))
    assert 'href="../../articoli/2025/2025-05-haftar-a-mosca-con-belousov/"' in page.read_text()


def test_saddam_has_his_own_page(built):
    text = page_text(built / "attori/saddam-haftar/index.html")
    assert "Saddam Khalifa Haftar" in text and "1 articolo" in text


def test_month_pages_and_index_speak_italian(built):
    may = page_text(built / "mesi/2025-05/index.html")
    assert "maggio 2025" in may and "Attori del mese" in may and "dicembre 2025" in may
    index = page_text(built / "mesi/index.html")
    assert "Archivio" in index and "2025" in index and "maggio 2025" in index


def test_article_page(built):
    page = built / "articoli/2025/2025-05-haftar-a-mosca-con-belousov/index.html"
    text = page_text(page)
    assert "maggio 2025" in text and "Tripoli (Libia)" in text and "ITALPRESS/MNA" in text
    assert "Foto: IPA Agency" in text
    assert "(ITALPRESS)." not in text and "TRIPOLI (LIBIA)" not in text
    assert '<meta name="description" content="Il comandante' in page.read_text()


def test_text_article_characters_come_out_literally(built):
    page = built / "articoli/2025/2025-12-20-caratteri/index.html"
    raw = page.read_text()
    assert "<script>alert" not in raw and 'href="javascript' not in raw
    assert 'content="Un *titolo* con # e _sottolineato_ &lt;script&gt;' in raw  # <meta> description
    text = page_text(page)
    assert (
        "Un *titolo* con # e _sottolineato_ <script>alert(1)</script> e [link](javascript:alert(1)) | pipe & co."
        in text
    )
    assert "1. non una lista" in text and "- neanche questa" in text


def test_hostile_title_and_summary_never_become_markup(built):
    for page in built.rglob("*.html"):
        raw = page.read_text()
        assert "<script>alert" not in raw and "<img src=x" not in raw, page
    article = built / "articoli/2025/2025-12-21-titolo/index.html"
    assert 'Titolo "><script>alert(1)</script> & <img src=x onerror=alert(2)>' in page_text(article)


def test_search_uses_italian_stemming(built):
    index = json.loads((built / "search/search_index.json").read_text())
    assert index["config"]["lang"] == ["it"]


def test_generated_pages_stay_out_of_the_navigation(built):
    home = (built / "index.html").read_text()
    assert (
        "2025-05-haftar-a-mosca-con-belousov"
        not in home.split('<nav class="md-nav md-nav--primary')[1].split("</nav>")[0]
    )


def test_english_is_one_setting_away(tmp_path):
    root = copy_site_inputs(tmp_path)
    config = (root / "mkdocs.yml").read_text().replace("language: it", "language: en")
    (root / "mkdocs.yml").write_text(config)
    out = build_site(root)
    assert "May 2025" in page_text(out / "mesi/2025-05/index.html")
    assert "Actors of the month" in page_text(out / "mesi/2025-05/index.html")
    assert "December 20, 2025" in page_text(out / "attori/khalifa-haftar/index.html")
    assert '<html lang="en"' in (out / "index.html").read_text()
    assert json.loads((out / "search/search_index.json").read_text())["config"]["lang"] == ["en"]
