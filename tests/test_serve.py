from __future__ import annotations

from watchdog.events import FileClosedNoWriteEvent, FileModifiedEvent

from digest.serve import _Rebuild
from tests.conftest import site_config


def test_rebuilds_only_when_an_input_really_changed(site, capsys):
    handler = _Rebuild(site_config(site))
    handler.rebuild()
    assert "pages updated" in capsys.readouterr().err
    handler.rebuild()  # nothing changed: no build at all (reads must not loop)
    assert capsys.readouterr().err == ""
    article = site / "articles/2025-05-haftar-a-mosca-con-belousov.txt"
    article.write_text(
        article.read_text(encoding="utf-8").replace("Andrei Belousov.", "Asim Munir."),
        encoding="utf-8",
    )
    handler.rebuild()
    assert "pages updated" in capsys.readouterr().err
    assert (
        "asim-munir"
        in (site / "docs/articoli/2025/2025-05-haftar-a-mosca-con-belousov.md").read_text()
    )


def test_ignores_reads_and_unrelated_files(site):
    handler = _Rebuild(site_config(site))
    handler.on_any_event(FileClosedNoWriteEvent(str(site / "articles/x.txt")))
    handler.on_any_event(FileModifiedEvent(str(site / "mkdocs.yml")))
    assert handler._timer is None
    handler.on_any_event(FileModifiedEvent(str(site / "actors.yml")))
    assert handler._timer is not None
    handler._timer.cancel()
