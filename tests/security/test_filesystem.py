"""The file system as a hostile pull request can shape it: links in and out, folders that
cannot be written, a full disk, a bug while rendering. In every case the build names the
problem, prints no traceback, writes nothing outside docs/ and site/, and leaves docs/ as it
was when it fails."""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest import pages, paths, produce
from digest.build import build
from tests.conftest import site_config


def snapshot(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, bytes | str]:
    """Every file (its bytes) and link (its target) under `folder`, links not followed."""
    found: dict[str, bytes | str] = {}
    for directory, dirnames, filenames in os.walk(folder):
        rel_dir = Path(directory).relative_to(folder)
        dirnames[:] = [d for d in dirnames if (rel_dir / d).as_posix() not in skip]
        for name in dirnames + filenames:
            path = Path(directory) / name
            rel = (rel_dir / name).as_posix()
            if path.is_symlink():
                found[rel] = f"-> {os.readlink(path)}"
            elif path.is_file():
                found[rel] = path.read_bytes()
    return found


def cli(root: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def small_files() -> None:  # a full disk, as the kernel says it: EFBIG on write
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # type: ignore[arg-type]

    return subprocess.run(
        [sys.executable, "-m", "digest", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=small_files if limit else None,
    )


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder outside the site, with a file in it that must survive."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "keep.txt").write_text("precious")
    return folder


@pytest.fixture
def built(site: Path) -> Path:
    assert build(site_config(site)).ok
    return site


LINKS_OUT = ["docs/api", "docs/feeds", "docs/articoli", "docs/attori", "docs/mesi", paths.CACHE]


@pytest.mark.parametrize("link", LINKS_OUT)
def test_an_output_folder_replaced_by_a_link_is_refused(built, outside, link):
    target = built / link
    shutil.rmtree(target, ignore_errors=True)
    target.symlink_to(outside, target_is_directory=True)
    before = snapshot(outside)
    for command in (["check", "--strict"], ["build"], ["site"]):
        run = cli(built, *command)
        assert run.returncode == 1, command
        assert "X004" in run.stdout + run.stderr and link in run.stdout + run.stderr
        assert "Traceback" not in run.stdout + run.stderr
    assert snapshot(outside) == before


def test_a_link_deeper_in_docs_is_refused(built, outside):
    (built / "docs" / "articoli" / "2025").rename(built / "moved")
    (built / "docs" / "articoli" / "2025").symlink_to(outside, target_is_directory=True)
    (built / "docs" / "segreto.md").symlink_to("/etc/hostname")
    run = cli(built, "build")
    assert run.returncode == 1
    assert "docs/articoli/2025" in run.stderr and "docs/segreto.md" in run.stderr
    assert snapshot(outside) == {"keep.txt": b"precious"}


def test_a_site_folder_that_is_a_link_is_refused(built, outside):
    (built / "site").symlink_to(outside, target_is_directory=True)
    run = cli(built, "site")
    assert run.returncode == 1 and "X004" in run.stderr and "Traceback" not in run.stderr
    assert snapshot(outside) == {"keep.txt": b"precious"}


@pytest.mark.parametrize(
    ("link", "what"),
    [
        ("articles/2025-12-30-collegato.txt", "an article file"),
        ("articles/cartella", "a folder in articles/"),
        ("actors.yml", "the actor registry file"),
    ],
)
def test_links_among_the_inputs_are_refused(site, tmp_path, link, what):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "a.txt").write_text(" date 2025-12-30 Testo di Haftar.\n")
    path = site / link
    if path.exists():
        shutil.copy(path, elsewhere / "actors.yml")
        path.unlink()
        path.symlink_to(elsewhere / "actors.yml")
    elif link.endswith(".txt"):
        path.symlink_to(elsewhere / "a.txt")
    else:
        path.symlink_to(elsewhere, target_is_directory=True)
    run = cli(site, "check", "--strict")
    assert run.returncode == 1 and "Traceback" not in run.stdout
    assert f"{link}: error X004 {what} is a symbolic link" in run.stdout


def test_nothing_outside_docs_and_site_is_written(site):
    parent = site.parent
    skip = (f"{site.name}/docs", f"{site.name}/site", f"{site.name}/{paths.CACHE}")
    before = snapshot(parent, skip=skip)
    run = cli(site, "site")
    assert run.returncode == 0, run.stderr
    after = snapshot(parent, skip=skip)
    assert after == before


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make `folder` refuse new files: permissions, and for root (whom permissions do not
    stop) the immutable attribute. The test checks that a write really fails."""
    folder.chmod(0o555)
    immutable = os.geteuid() == 0 and shutil.which("chattr") is not None
    if immutable:
        subprocess.run(["chattr", "+i", str(folder)], check=False, capture_output=True)
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=False, capture_output=True)
        folder.chmod(0o755)


def _writable(folder: Path) -> bool:
    try:
        (folder / ".probe").write_text("x")
    except OSError:
        return False
    (folder / ".probe").unlink()
    return True


def test_a_read_only_output_folder_is_a_finding_and_docs_stay_as_they_were(built, monkeypatch):
    (built / "articles" / "2025-12-21-nuovo.txt").write_text(
        " date 2025-12-21 Khalifa Haftar a Roma.\n", encoding="utf-8"
    )
    docs = built / "docs"
    before = snapshot(docs)
    with read_only(docs / "mesi"):
        if _writable(docs / "mesi"):  # neither permissions nor chattr hold here: fake it
            monkeypatch.setattr(os, "access", lambda path, mode: "mesi" not in str(path))
        result = build(site_config(built))
    assert not result.ok
    (problem,) = [f for f in result.findings if f.code == "X008"]
    assert problem.path.endswith("docs/mesi") and "nothing under docs/ was changed" in problem.fix
    assert snapshot(docs) == before


def test_a_move_that_fails_halfway_puts_everything_back(built, monkeypatch):
    (built / "articles" / "2025-12-21-nuovo.txt").write_text(
        " date 2025-12-21 Khalifa Haftar a Roma.\n", encoding="utf-8"
    )
    before = snapshot(built / "docs")
    real_replace, calls = os.replace, []

    def flaky(source, target):
        calls.append(target)
        if len(calls) == 3:
            raise OSError(5, "Input/output error", str(target))
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", flaky)
    result = build(site_config(built))
    assert not result.ok and [f.code for f in result.findings if f.severity == "error"] == ["X008"]
    assert len(calls) >= 3
    assert snapshot(built / "docs") == before


def test_a_full_disk_is_a_finding_and_docs_stay_as_they_were(built):
    (built / "articles" / "2025-12-21-nuovo.txt").write_text(
        " date 2025-12-21 Khalifa Haftar a Roma.\n\n" + ("Una frase lunga. " * 1000 + "\n\n") * 3,
        encoding="utf-8",
    )
    before = snapshot(built / "docs")
    run = cli(built, "build", "--no-cache", limit=20_000)
    assert run.returncode == 1
    assert "X008" in run.stderr and "Traceback" not in run.stderr
    assert snapshot(built / "docs") == before


def test_a_bug_while_rendering_names_the_file_and_writes_nothing(built, monkeypatch):
    (built / "articles" / "2025-12-21-nuovo.txt").write_text(
        " date 2025-12-21 Khalifa Haftar a Roma.\n", encoding="utf-8"
    )
    before = snapshot(built / "docs")
    real = pages.article_page

    def broken(view, labels):
        if view.article.id == "2025-12-21-nuovo":
            raise RuntimeError("boom")
        return real(view, labels)

    monkeypatch.setattr(pages, "article_page", broken)
    monkeypatch.setattr(produce, "PARALLEL_MIN", 10**9)
    result = build(site_config(built))
    (problem,) = [f for f in result.findings if f.code == "X009"]
    assert problem.path == "articles/2025-12-21-nuovo.txt" and "boom" in problem.message
    assert snapshot(built / "docs") == before
