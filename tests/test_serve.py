"""The preview: only what changed is generated and rendered, removed pages leave at once,
and a change to the site's frame renders everything."""

from __future__ import annotations

from pathlib import Path

from watchdog.events import FileClosedNoWriteEvent, FileDeletedEvent, FileModifiedEvent

from digest.paths import Addresses
from digest.serve import Preview, _Watch, html_of
from tests.conftest import site_config

BELOUSOV = "articles/2025-05-haftar-a-mosca-con-belousov.txt"


def preview_of(site: Path, tmp_path: Path, monkeypatch) -> Preview:
    monkeypatch.chdir(site)  # as `digest serve` does: mkdocs.yml's paths are the project's
    return Preview(site_config(site), "127.0.0.1:8765", tmp_path / "preview")


def test_html_of_follows_use_directory_urls(tmp_path):
    pretty, plain = Addresses(), Addresses("http://127.0.0.1:8000/", directory_urls=False)
    assert (
        html_of(tmp_path, "articoli/2025/x.md", pretty) == tmp_path / "articoli/2025/x/index.html"
    )
    assert html_of(tmp_path, "attori/index.md", pretty) == tmp_path / "attori/index.html"
    assert html_of(tmp_path, "articoli/2025/x.md", plain) == tmp_path / "articoli/2025/x.html"
    assert html_of(tmp_path, "feeds/rss.xml", plain) == tmp_path / "feeds/rss.xml"


def test_an_edit_renders_only_changed_pages_and_a_read_nothing(site, tmp_path, capsys, monkeypatch):
    preview = preview_of(site, tmp_path, monkeypatch)
    preview.rebuild()
    preview.wait_for_search()  # behind the reload: the page is served before search follows
    first = capsys.readouterr().err
    assert "all pages rendered" in first and "search index updated" in first
    page = html_of(
        preview.site_dir,
        "articoli/2025/2025-05-haftar-a-mosca-con-belousov.md",
        preview.addresses,
    )
    assert page.is_file() and (preview.site_dir / "pagefind").is_dir()

    preview.rebuild()  # nothing changed: neither the generator nor MkDocs runs
    assert capsys.readouterr().err == ""

    article = site / BELOUSOV
    article.write_text(
        article.read_text(encoding="utf-8").replace("Andrei Belousov.", "Asim Munir."),
        encoding="utf-8",
    )
    preview.rebuild()
    said = capsys.readouterr().err
    assert "changed pages rendered" in said and "0 pages updated" not in said
    assert "asim-munir" in page.read_text(encoding="utf-8")


def test_a_deleted_article_leaves_the_preview_at_once(site, tmp_path, capsys, monkeypatch):
    preview = preview_of(site, tmp_path, monkeypatch)
    preview.rebuild()
    page = html_of(
        preview.site_dir,
        "articoli/2025/2025-05-haftar-a-mosca-con-belousov.md",
        preview.addresses,
    )
    assert page.is_file()
    (site / BELOUSOV).unlink()
    preview.rebuild()
    assert not page.exists()
    assert "Belousov" not in (preview.site_dir / "index.html").read_text(encoding="utf-8")


def test_the_frame_renders_everything_and_reads_are_ignored(site, tmp_path, monkeypatch):
    preview = preview_of(site, tmp_path, monkeypatch)
    requests: list[int] = []
    watch = _Watch(preview, lambda: requests.append(1))
    preview.full = False
    watch.on_any_event(FileClosedNoWriteEvent(str(site / BELOUSOV)))
    watch.on_any_event(FileModifiedEvent(str(site / "docs/articoli/2025/x.md")))  # generated
    assert watch._timer is None and not preview.full
    watch.on_any_event(FileModifiedEvent(str(site / "mkdocs.yml")))
    assert preview.full and watch._timer is not None
    watch._timer.cancel()
    preview.full = False
    watch.on_any_event(FileDeletedEvent(str(site / BELOUSOV)))
    assert not preview.full and watch._timer is not None
    watch._timer.cancel()
