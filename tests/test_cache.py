"""The content cache never serves stale output: each input that can change is tested."""

from __future__ import annotations

import sys
from pathlib import Path

import digest
from digest import paths
from digest.build import build
from tests.conftest import site_config

SEED = "articles/2025-05-haftar-a-mosca-con-belousov.txt"
PAGE = "articoli/2025/2025-05-haftar-a-mosca-con-belousov.md"


def edit(site, path, old, new):
    file = site / path
    file.write_text(file.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_nothing_changed_writes_nothing_and_reads_nothing(site):
    config = site_config(site)
    first = build(config)
    assert len(first.report.written) > 20
    again = build(config)
    assert again.report.written == () and again.report.removed == ()
    assert list(again.timings) == ["check"]  # decided from sizes and times alone
    assert again.counts == {"articles": 2}
    assert [f.code for f in again.findings] == [f.code for f in first.findings]


def test_one_edited_article_rewrites_only_what_shows_it(site):
    config = site_config(site)
    build(config)
    december = (site / "docs/mesi/2025-12.md").stat().st_mtime_ns
    edit(site, SEED, "Il rafforzamento dei legami", "Il consolidamento dei legami")
    result = build(config)
    assert PAGE in result.report.written
    assert "consolidamento" in (site / "docs" / PAGE).read_text(encoding="utf-8")
    assert "mesi/2025-12.md" not in result.report.written
    assert (site / "docs/mesi/2025-12.md").stat().st_mtime_ns == december
    assert len(result.report.written) < 15


def test_registry_change_is_never_stale(site):
    config = site_config(site)
    build(config)
    edit(
        site,
        "actors.yml",
        "actors: []",
        "actors:\n  - {id: andrei-belousov, name: Andrei Belousov, kind: person,"
        " description: Ministro russo della Difesa.}",
    )
    result = build(config)
    assert "attori/andrei-belousov.md" in result.report.written
    assert "Ministro russo della Difesa." in (site / "docs/attori/andrei-belousov.md").read_text(
        encoding="utf-8"
    )


def test_starter_setting_is_never_stale(site):
    config = site_config(site)
    build(config)
    assert (site / "docs/attori/andrei-belousov.md").exists()
    edit(site, "mkdocs.yml", "starter: true", "starter: false")
    result = build(site_config(site))
    assert result.ok and "attori/andrei-belousov.md" in result.report.removed


def test_settings_change_is_never_stale(site):
    config = site_config(site)
    build(config)
    edit(site, "mkdocs.yml", "language: it", "language: en")
    result = build(site_config(site))
    assert "# May 2025" in (site / "docs/mesi/2025-05.md").read_text(encoding="utf-8")
    assert len(result.report.written) > 20


def test_tool_change_is_never_stale(site, monkeypatch):
    config = site_config(site)
    build(config)
    # digest.build is also the name of the function the package exports: patch the module.
    monkeypatch.setattr(sys.modules["digest.build"], "tool_fingerprint", lambda: "another version")
    result = build(config)
    assert "check" not in result.timings and "render+write" in result.timings


def test_damaged_output_is_written_again(site):
    config = site_config(site)
    build(config)
    (site / "docs" / PAGE).write_text("damaged", encoding="utf-8")
    (site / "docs/mesi/2025-12.md").unlink()
    result = build(config)
    assert {PAGE, "mesi/2025-12.md"} <= set(result.report.written)
    assert (site / "docs" / PAGE).read_text(encoding="utf-8").startswith("---\ntitle:")


def test_corrupt_cache_is_ignored(site):
    config = site_config(site)
    build(config)
    for file in (site / paths.CACHE).rglob("*.pickle"):
        file.write_bytes(b"not a pickle")
    result = build(config)
    assert result.ok and "render+write" in result.timings


def test_removed_article_with_cache(site):
    config = site_config(site)
    build(config)
    (site / SEED).unlink()
    result = build(config)
    assert PAGE in result.report.removed and not (site / "docs" / PAGE).exists()
    assert "attori/russia.md" in result.report.removed


def test_the_tool_s_fingerprint_covers_its_code_and_its_data():
    from digest.cache import fingerprinted

    package = Path(digest.__file__).parent
    for name in ("build.py", "schema/api.schema.json", "starter/people.yml", "starter/towns.txt"):
        assert (package / name).exists() and fingerprinted(package / name), name
    assert not fingerprinted(package / "__pycache__" / "build.cpython-312.pyc")
