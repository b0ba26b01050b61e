"""Documentation that cannot drift: every finding code the code can emit is documented."""

from __future__ import annotations

import re

from digest import paths
from tests.conftest import ROOT


def test_every_finding_code_is_in_contributing():
    emitted = set()
    for path in (ROOT / "digest").rglob("*.py"):
        emitted |= set(re.findall(r'"([A-Z][0-9]{3})"', path.read_text(encoding="utf-8")))
    documented = set(
        re.findall(
            r"^\| ([A-Z][0-9]{3})", (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8"), re.M
        )
    )
    documented |= {f"C00{i}" for i in range(1, 6)}  # one row: C001–C005
    assert emitted - documented == set()
    assert documented - emitted == set()


def test_the_cache_folder_is_ignored_cleaned_and_documented():
    from digest import paths

    assert f"{paths.CACHE}/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    clean = re.search(r"^clean:\n\trm -rf (.*)$", (ROOT / "Makefile").read_text(), re.M)
    assert clean and paths.CACHE in clean[1].split()
    assert f"`{paths.CACHE}/`" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_generated_folder_is_ignored_and_cleaned():
    """paths.DOCS_OUTPUTS is the list: .gitignore and `make clean` must name each folder."""
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    clean = makefile[makefile.index("clean:") + 1].split()
    for folder in paths.DOCS_OUTPUTS:
        assert f"docs/{folder}/" in ignored, folder
        assert f"docs/{folder}" in clean, folder
