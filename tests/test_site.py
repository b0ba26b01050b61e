"""End to end: the generator, then `mkdocs build --strict`, then the HTML a reader gets."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from digest.site import without_traceback
from tests.conftest import FIXTURES, build_site, copy_site_inputs, site_config, site_files

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
    assert "2 articoli, da maggio 2025 a 20 dicembre 2025" in text
    assert "Compare spesso con" in text
    assert text.index("dicembre 2025") < text.index("maggio 2025", text.index("Articoli\n"))
    assert 'href="../../articoli/2025/2025-05-haftar-a-mosca-con-belousov/"' in page.read_text()


def test_actor_page_chart_feeds_and_subscribe(built):
    raw = (built / "attori/khalifa-haftar/index.html").read_text()
    head = raw[: raw.index("</head>")]
    for href in (
        "../../feeds/rss.xml",
        "../../feeds/attori/khalifa-haftar/rss.xml",
        "../../feeds/attori/khalifa-haftar/atom.xml",
        "../../feeds/attori/khalifa-haftar/feed.json",
    ):
        assert f'href="{href}"' in head, href
    chart = raw[raw.index('<figure class="digest-chart">') :]
    svg = chart[: chart.index("</svg>")]
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert svg.count("<rect") == 8  # maggio → dicembre 2025, the six empty months included
    text = page_text(built / "attori/khalifa-haftar/index.html")
    assert "Segui" in text and "I numeri del grafico" in text
    assert "da maggio 2025 a dicembre 2025 (8 mesi, 2 articoli in tutto)" in text
    assert (built / "feeds/attori/khalifa-haftar/rss.xml").exists()


def test_every_page_links_the_site_feed(built):
    for page in (
        "index.html",
        "info/index.html",
        "mesi/2025-05/index.html",
        "articoli/2025/2025-05-haftar-a-mosca-con-belousov/index.html",
    ):
        assert 'type="application/rss+xml"' in (built / page).read_text(), page


def test_saddam_has_his_own_page(built):
    text = page_text(built / "attori/saddam-haftar/index.html")
    assert "Saddam Haftar" in text and "1 articolo" in text


def test_month_pages_and_index_speak_italian(built):
    may = page_text(built / "mesi/2025-05/index.html")
    assert "maggio 2025" in may and "Attori del mese" in may and "dicembre 2025" in may
    assert "1 articolo · +1 rispetto a aprile 2025" in may and "Nuovi attori" in may
    index = page_text(built / "mesi/index.html")
    assert "Archivio" in index and "2025" in index and "maggio 2025" in index


def test_article_page(built):
    page = built / "articoli/2025/2025-05-haftar-a-mosca-con-belousov/index.html"
    text = page_text(page)
    assert "Tripoli (Libia) (Italpress/MNA) – Il comandante" in text
    assert "Articoli correlati" in text and "Articolo successivo" in text
    assert "maggio 2025" in text and "Tripoli (Libia)" in text and "Italpress/MNA" in text
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
    # Pagefind's entry file names the index's language, whose stemmer it loads (wasm.it).
    index = json.loads((built / "pagefind/pagefind-entry.json").read_text())
    assert list(index["languages"]) == ["it"] and index["languages"]["it"]["wasm"] == "it"
    assert index["languages"]["it"]["page_count"] >= 4  # the articles and the actors
    assert not (built / "search/search_index.json").exists()  # no corpus-wide lunr index


def test_the_search_page_is_written_in_the_site_language(built):
    raw = (built / "cerca/index.html").read_text()
    assert "<title>Cerca - Digest Libia</title>" in raw
    assert "Cerca negli articoli e negli attori" in page_text(built / "cerca/index.html")
    # Its raw HTML links are written as the browser resolves them from cerca/.
    search = built / "cerca"
    for target in ("../pagefind/pagefind.js", "../javascripts/search.js", "../mesi/", "../attori/"):
        assert (search / target).resolve().exists(), target
    assert 'src="../javascripts/search.js"' in raw and 'data-bundle="../pagefind/"' in raw


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
    assert "Search the articles and the actors" in page_text(out / "cerca/index.html")
    assert list(json.loads((out / "pagefind/pagefind-entry.json").read_text())["languages"]) == [
        "en"
    ]


VECTORS = (
    "<script>alert(1)</script>\n\n<iframe src='https://evil.example'></iframe>\n\n<style>body{display:none}</style>\n\n"
    "<img src=x onerror=alert(1)>\n\n[clicca](javascript:alert(1))\n\n<a href='data:text/html,x'>d</a>\n\n"
    "<svg onload=alert(1)></svg>\n\n**grassetto** e [fonte](https://example.org)\n"
)


def test_hostile_markdown_never_reaches_the_html(tmp_path):
    """Defence in depth: even an article that bypassed `digest check` is sanitised."""
    import dataclasses

    from digest.corpus import build_corpus
    from digest.readers import read_article
    from digest.registry import load_registry
    from digest.sanitize import render

    root = tmp_path
    copy_site_inputs(root)
    out = build_site(root)  # the real site, then one hostile page beside it
    article, _ = read_article(
        "articles/x.md", b"---\ndate: 2025-12-20\ntitle: Ostile\n---\nTesto.\n", "it"
    )
    article = dataclasses.replace(article, id="ostile", body_html=render(VECTORS))
    registry, _ = load_registry(root / "actors.yml")
    page = site_files(build_corpus([article], registry))["articoli/2025/ostile.md"]
    (root / "docs/articoli/2025/ostile.md").write_text(page, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert proc.returncode == 0, proc.stderr
    body = (out / "articoli/2025/ostile/index.html").read_text()
    article_html = body[body.index("<article") : body.index("</article>")].lower()
    for bad in (
        "<script",
        "<iframe",
        "<style",
        "onerror",
        "onload",
        "javascript:",
        "data:text",
        "<svg",
    ):
        assert bad not in article_html, bad
    assert "<strong>grassetto</strong>" in article_html
    assert 'href="https://example.org"' in article_html


def test_hostile_actor_names_render_as_text(tmp_path):
    root = tmp_path
    copy_site_inputs(root, registry=FIXTURES / "hostile/registry.yml")
    out = build_site(root)
    name = "[x](javascript:alert(1)) | <script>alert(1)</script>"
    for page in (
        "attori/khalifa-haftar/index.html",
        "attori/index.html",
        "index.html",
        "articoli/2025/2025-05-haftar-a-mosca-con-belousov/index.html",
    ):
        raw = (out / page).read_text()
        assert (
            "<script>alert" not in raw and 'href="javascript' not in raw and "<img src=x" not in raw
        ), page
        assert name in page_text(out / page), page
    assert "<img src=x onerror=alert(2)> **bold** | pipe" in page_text(
        out / "attori/khalifa-haftar/index.html"
    )


# ---------------------------------------------------------------- engines (digest/engines.py)


def test_an_unknown_or_missing_engine_is_a_finding_before_anything_is_built(site, monkeypatch):
    from digest import site as site_module

    config = site_config(site)
    result = site_module.build_site(config, site / "site", engine="hugo")
    assert [f.code for f in result.build.findings] == ["C008"] and not result.ok
    monkeypatch.setattr(site_module.importlib.util, "find_spec", lambda name: None)
    result = site_module.build_site(config, site / "site", engine="zensical")
    assert [f.code for f in result.build.findings] == ["X011"]
    assert "pip install -e '.[zensical]'" in result.build.findings[0].fix
    assert not (site / "docs/articoli").exists() and not (site / "site").exists()


def test_zensical_builds_only_inside_the_repository(site, tmp_path_factory, monkeypatch):
    from digest import site as site_module
    from digest.site import engine_problems

    monkeypatch.setattr(site_module.importlib.util, "find_spec", lambda name: object())  # installed
    config = site_config(site)
    outside = tmp_path_factory.mktemp("elsewhere") / "site"
    assert [f.code for f in engine_problems(config, "zensical", outside)] == ["X012"]
    assert [f.code for f in engine_problems(config, "zensical", site)] == ["X012"]
    assert engine_problems(config, "mkdocs", outside) == []  # MkDocs takes --site-dir


def test_an_engine_without_site_dir_option_gets_an_inheriting_config_for_one_build(site):
    from digest.engines import ENGINES
    from digest.site import engine_config

    config = site_config(site)
    with engine_config(config, ENGINES["mkdocs"], site / "out") as name:
        assert name == "mkdocs.yml"
    with engine_config(config, ENGINES["zensical"], site / "out") as name:
        text = (site / name).read_text(encoding="utf-8")
        assert yaml.safe_load(text) == {"INHERIT": "mkdocs.yml", "site_dir": str(site / "out")}
    assert not (site / name).exists()


def test_engine_output_loses_tracebacks_and_colours():
    output = (
        "\x1b[33mWarning:\x1b[0m page does not exist\n"
        "Traceback (most recent call last):\n"
        '  File "x.py", line 1, in <module>\n'
        "RuntimeError: Aborted because --strict flag is set\n"
    )
    assert without_traceback(output) == [
        "Warning: page does not exist",
        "RuntimeError: Aborted because --strict flag is set",
    ]


def test_a_site_without_directory_urls_builds_and_links(tmp_path):
    """use_directory_urls: false serves x.html: every address digest writes follows it."""
    root = copy_site_inputs(tmp_path)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        config.replace("site_url:", "use_directory_urls: false\nsite_url:", 1), encoding="utf-8"
    )
    out = build_site(root)
    article = "articoli/2025/2025-05-haftar-a-mosca-con-belousov"
    assert (out / f"{article}.html").is_file() and not (out / article).exists()
    search = (out / "cerca/index.html").read_text(encoding="utf-8")
    assert 'data-bundle="../pagefind/"' in search and 'href="../mesi/index.html"' in search
    feed = (out / "feeds/feed.json").read_text(encoding="utf-8")
    assert f"{article}.html" in feed and f"{article}/" not in feed
    data = (out / "api/index.json").read_text(encoding="utf-8")
    assert "api/actors.json" in data
