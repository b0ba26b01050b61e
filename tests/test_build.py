from __future__ import annotations

import shutil
import subprocess

from digest.build import build
from tests.conftest import FIXTURES, site_config


def test_build_writes_every_page_then_nothing_on_rebuild(site):
    config = site_config(site)
    first = build(config)
    assert first.ok
    assert len(first.corpus.articles) == 2
    assert (site / "docs/articoli/2025/2025-05-haftar-a-mosca-con-belousov.md").exists()
    second = build(config)
    assert second.report.written == () and second.report.removed == ()


def test_removed_article_removes_its_pages(site):
    config = site_config(site)
    build(config)
    (site / "articles/2025-05-haftar-a-mosca-con-belousov.txt").unlink()
    report = build(config).report
    assert "articoli/2025/2025-05-haftar-a-mosca-con-belousov.md" in report.removed
    assert "mesi/2025-05.md" in report.removed
    assert "attori/russia.md" in report.removed


def test_every_bad_article_is_reported_in_one_run_and_nothing_is_written(site):
    config = site_config(site)
    for name in (
        "missing-date.txt",
        "impossible-date.txt",
        "broken-front-matter.md",
        "unknown-key.md",
        "unknown-actor.md",
        "empty.txt",
        "windows-1252.txt",
    ):
        shutil.copy(FIXTURES / "articles" / name, site / "articles" / name)
    result = build(config)
    assert not result.ok and result.report is None
    assert not (site / "docs/articoli").exists()
    by_file = {(f.path.rsplit("/", 1)[-1], f.code) for f in result.findings if f.severity != "info"}
    assert by_file == {
        ("missing-date.txt", "D101"),
        ("impossible-date.txt", "D102"),
        ("broken-front-matter.md", "F301"),
        ("unknown-key.md", "F302"),
        ("unknown-actor.md", "A401"),
        ("empty.txt", "E202"),
        ("windows-1252.txt", "E201"),
    }
    assert all(f.path.startswith("articles/") for f in result.findings)


def test_failed_build_keeps_the_last_good_pages(site):
    config = site_config(site)
    build(config)
    before = (site / "docs/attori/khalifa-haftar.md").read_bytes()
    shutil.copy(FIXTURES / "articles" / "missing-date.txt", site / "articles" / "x.txt")
    assert not build(config).ok
    assert (site / "docs/attori/khalifa-haftar.md").read_bytes() == before


SEED_ID = "2025-05-haftar-a-mosca-con-belousov"


def _s601(result):
    return [(f.severity, f.path) for f in result.findings if f.code == "S601"]


def test_same_address_twice_is_an_error_on_the_later_file(site):
    # Issue 8: a page address never moves to "-2" because another file arrived.
    config = site_config(site)
    (site / "articles/2025").mkdir()
    seed = site / f"articles/{SEED_ID}.txt"
    other = seed.read_text(encoding="utf-8").replace("Tra i punti principali", "Tra i temi")
    (site / "articles/2025" / seed.name).write_text(other, encoding="utf-8")
    result = build(config)
    assert not result.ok
    # No git history here: the path decides, and the copy in articles/2025/ comes second.
    assert _s601(result) == [("error", f"articles/2025/{SEED_ID}.txt")]


def test_a_slug_claiming_an_existing_page_is_the_newcomer(site):
    # Permalink takeover: the file sorts first, but its address comes from `slug:`.
    (site / "articles/0-nuovo.md").write_text(
        f"---\ndate: 2025-06-01\nslug: {SEED_ID}\n---\nUn altro testo su Haftar.\n",
        encoding="utf-8",
    )
    result = build(site_config(site))
    assert _s601(result) == [("error", "articles/0-nuovo.md")]
    assert f"already belongs to articles/{SEED_ID}.txt" in result.findings[-1].message or any(
        f"already belongs to articles/{SEED_ID}.txt" in f.message for f in result.findings
    )


def test_git_history_says_which_page_was_there_first(site):
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], cwd=site, check=True)
    subprocess.run([*git, "add", "articles"], cwd=site, check=True)
    subprocess.run([*git, "commit", "-qm", "seeds"], cwd=site, check=True)
    # A newcomer with the same file name in a folder that sorts before the original's.
    (site / "articles/0000").mkdir()
    seed = site / f"articles/{SEED_ID}.txt"
    other = seed.read_text(encoding="utf-8").replace("Tra i punti principali", "Tra i temi")
    (site / f"articles/0000/{SEED_ID}.txt").write_text(other, encoding="utf-8")
    result = build(site_config(site))
    assert _s601(result) == [("error", f"articles/0000/{SEED_ID}.txt")]


def test_registry_errors_stop_the_build(site):
    config = site_config(site)
    shutil.copy(FIXTURES / "registry" / "duplicate-id.yml", site / "actors.yml")
    result = build(config)
    assert [f.code for f in result.findings if f.severity == "error"] == ["R501"]
    assert result.findings[0].path == "actors.yml"


def test_unsupported_file_is_reported_not_skipped(site):
    (site / "articles/notes.docx").write_bytes(b"PK")
    (site / "articles/README.md").write_text("How to add articles")
    result = build(site_config(site))
    assert [(f.code, f.path) for f in result.findings if f.severity == "error"] == [
        ("X002", "articles/notes.docx")
    ]


def test_output_is_deterministic(site, tmp_path):
    first = build(site_config(site), write=False).pages
    second = build(site_config(site), write=False).pages
    assert first == second


def test_check_reports_on_the_files_given_and_names_those_that_are_no_article(site):
    from digest.build import check

    config = site_config(site)
    whole = check(config)
    assert whole.checked == 2 and not whole.tally.failed(strict=True)
    (site / "notes.txt").write_text("x", encoding="utf-8")
    article = site / "articles/2025-05-haftar-a-mosca-con-belousov.txt"
    some = check(config, [str(article), str(site / "notes.txt"), str(site / "nessuno.txt")])
    assert some.checked == 1
    assert [(f.code, f.path, f.message) for f in some.findings] == [
        ("X003", "nessuno.txt", "no such file"),
        ("X003", "notes.txt", "not an article: it is outside articles/"),
    ]
    assert some.tally.errors == 2 and some.tally.failed()
