"""Documentation that cannot drift: the finding codes, the cache and generated folders."""

from __future__ import annotations

import re

from digest import paths
from digest.catalogue import CATALOGUE, markdown_table, table_in
from tests.conftest import ROOT


def test_contributing_lists_the_catalogues_codes_as_it_prints_them():
    """The table of codes is the catalogue's, code, severity, problem and fix: regenerate it
    with `digest codes --update CONTRIBUTING.md` (tests/test_catalogue.py ties the catalogue
    to the code)."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    start, end = table_in(text)
    assert "\n".join(text.split("\n")[start:end]) + "\n" == markdown_table()
    documented = re.findall(r"^\| ([A-Z][0-9]{3}) \|", text, re.M)
    assert sorted(documented) == sorted(CATALOGUE), "one row per code, every code once"


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
