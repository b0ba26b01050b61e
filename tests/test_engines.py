"""The engines (digest/engines.py): how each is run, and the site each builds from the same
mkdocs.yml and docs/, at a domain's root and under a sub-path (a GitHub Pages project site).

ProperDocs is a dependency of digest, so its builds always run. Zensical is optional (`make
test` installs it where the registry has a build that installs here): without it, its tests
skip and say why.
"""

from __future__ import annotations

import functools
import html
import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from click.testing import CliRunner

from digest import paths
from digest.cli import main
from digest.config import load_config
from digest.engines import DEFAULT_ENGINE, ENGINES, command, inheriting_config
from digest.site import build_site
from tests.conftest import copy_site_inputs

AT_ROOT = "https://example.org/"
SUB_PATH = "https://example.org/digest/"
BELOUSOV = "articoli/2025/2025-05-haftar-a-mosca-con-belousov/"
# One page of each kind, by its folder in the built site.
KEY_PAGES = {
    "home": "",
    "article": BELOUSOV,
    "actor": "attori/khalifa-haftar/",
    "actor index": "attori/",
    "month": "mesi/2025-05/",
    "month index": "mesi/",
    "search": "cerca/",
    "info": "info/",
}
LINK = re.compile(r'<(a|link|script|img)\b[^>]*?\s(href|src)="([^"]*)"')


# ---------------------------------------------------------------- the table


def test_the_default_engine_is_mkdocs_and_every_engine_is_a_python_module():
    assert DEFAULT_ENGINE == "mkdocs" and list(ENGINES) == ["mkdocs", "properdocs", "zensical"]
    for engine in ENGINES.values():
        argv = command(engine, "/py", "mkdocs.yml", Path("/r/site"))
        assert argv[:5] == ["/py", "-m", engine.module, "build", "--config-file"]
        assert argv[5] == "mkdocs.yml" and "--strict" in argv  # every engine has it today


def test_only_engines_with_the_option_get_site_dir():
    site = Path("/r/site")
    assert command(ENGINES["mkdocs"], "py", "mkdocs.yml", site)[-2:] == ["--site-dir", "/r/site"]
    assert command(ENGINES["properdocs"], "py", "mkdocs.yml", site)[-2:] == [
        "--site-dir",
        "/r/site",
    ]
    assert "--site-dir" not in command(ENGINES["zensical"], "py", ".digest-engine-x.yml", site)


@pytest.mark.parametrize("folder", ["/r/site", "/r/a site: #1 'x' \"y\"", "/r/sito-è"])
def test_the_inheriting_config_names_any_folder_exactly(folder):
    assert yaml.safe_load(inheriting_config("mkdocs.yml", Path(folder))) == {
        "INHERIT": "mkdocs.yml",
        "site_dir": folder,
    }


# ---------------------------------------------------------------- the site each engine builds


def zensical_missing() -> str | None:
    """Why Zensical cannot build here, or None."""
    if importlib.util.find_spec("zensical") is None:
        return (
            "Zensical is not installed: `make test` installs it where the registry has a build "
            "that installs here (pip install -e '.[zensical]')"
        )
    probe = subprocess.run(
        [sys.executable, "-m", "zensical", "--version"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        return f"Zensical is installed but does not run here: {probe.stderr.strip()[-300:]}"
    return None


def needs(engine: str) -> None:
    if engine == "zensical" and (problem := zensical_missing()):
        pytest.skip(problem)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Iterator[Callable[[str, str], Path]]:
    """The seed site built by an engine for a site_url, once per pair for the module."""

    @functools.cache
    def build(engine: str, site_url: str) -> Path:
        root = copy_site_inputs(tmp_path_factory.mktemp(f"{engine}-site"))
        with pytest.MonkeyPatch.context() as env:
            env.setenv("SITE_URL", site_url)  # read by mkdocs.yml, for digest and the engine
            # The build date MkDocs writes into the sitemap: fixed, so two builds can be compared.
            env.setenv("SOURCE_DATE_EPOCH", "1767225600")
            config, findings = load_config(root)
            assert findings == [] and config.site_url == site_url
            result = build_site(config, root / "site", engine=engine)
        assert result.build.ok, [f.format() for f in result.build.findings]
        assert result.engine_returncode == 0, result.engine_output
        assert result.search_error is None and result.engine == engine
        return root / "site"

    yield build


def broken_links(site: Path, page: Path) -> list[str]:
    """Relative links, scripts, styles and images of a built page that do not reach a file
    of the site, or that leave the site's folder (which, on a project site, leaves the
    project). The search bundle is checked as a folder."""
    raw = page.read_text(encoding="utf-8")
    targets = [(m[1], m[3]) for m in LINK.finditer(raw)]
    targets += [("form", m) for m in re.findall(r'data-bundle="([^"]*)"', raw)]
    broken = []
    for tag, url in targets:
        parts = urlsplit(html.unescape(url))
        if parts.scheme or parts.netloc or not parts.path:
            continue  # another site, or an anchor on this page
        target = Path(page.parent, unquote(parts.path)).resolve()
        if target.is_dir() and tag != "form":
            target = target / "index.html"
        if not target.is_relative_to(site.resolve()) or not target.exists():
            broken.append(f"<{tag}> {url}")
    return broken


ENGINE_NAMES = list(ENGINES)


@pytest.mark.e2e
@pytest.mark.parametrize("site_url", [AT_ROOT, SUB_PATH])
@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_key_pages_exist_and_every_link_reaches_the_site(built, engine, site_url):
    needs(engine)
    site = built(engine, site_url)
    for kind, folder in KEY_PAGES.items():
        page = site / folder / "index.html"
        assert page.is_file(), kind
        assert broken_links(site, page) == [], kind


@pytest.mark.e2e
@pytest.mark.parametrize("site_url", [AT_ROOT, SUB_PATH])
@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_the_search_page_loads_its_script_and_bundle_from_the_site(built, engine, site_url):
    needs(engine)
    site = built(engine, site_url)
    raw = (site / "cerca/index.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script src="([^"]*search\.js)"', raw)
    assert scripts == ["../javascripts/search.js"]
    assert re.findall(r'data-bundle="([^"]*)"', raw) == ["../pagefind/"]
    assert (site / "cerca/../pagefind/pagefind.js").resolve().is_file()
    assert 'href="../mesi/"' in raw and 'href="../attori/"' in raw


@pytest.mark.e2e
@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_no_engine_builds_a_search_index_of_its_own(built, engine):
    needs(engine)
    site = built(engine, SUB_PATH)
    assert not (site / "search/search_index.json").exists()  # MkDocs' and Material's lunr
    if (site / "search.json").exists():  # Zensical's, written even when disabled: empty
        assert json.loads((site / "search.json").read_text(encoding="utf-8"))["items"] == []
    assert "md-search__input" not in (site / "index.html").read_text(encoding="utf-8")


def article_text(page: Path) -> str:
    body = page.read_text(encoding="utf-8")
    article = body[body.index("<article") : body.index("</article>")]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", article)).split())


def engine_files(site: Path) -> list[Path]:
    """The files the engine wrote: all but the search bundle (whose file names Pagefind
    draws anew on each run)."""
    return sorted(
        p.relative_to(site)
        for p in site.rglob("*")
        if p.is_file() and p.relative_to(site).parts[0] != "pagefind"
    )


@pytest.mark.e2e
def test_properdocs_builds_the_same_site_as_mkdocs(built):
    mkdocs, properdocs = built("mkdocs", SUB_PATH), built("properdocs", SUB_PATH)
    assert engine_files(mkdocs) == engine_files(properdocs)
    generator = re.compile(r'<meta name="generator" content="[^"]*">')
    for name in engine_files(mkdocs):
        ours, theirs = ((site / name).read_bytes() for site in (mkdocs, properdocs))
        if name.suffix == ".html":
            ours, theirs = (generator.sub("", page.decode()).encode() for page in (ours, theirs))
        assert ours == theirs, name


@pytest.mark.e2e
def test_zensical_builds_the_same_pages_with_materials_look(built):
    needs("zensical")
    mkdocs, zensical = built("mkdocs", SUB_PATH), built("zensical", SUB_PATH)
    pages = sorted(p.relative_to(mkdocs) for p in mkdocs.rglob("index.html"))
    assert pages == sorted(p.relative_to(zensical) for p in zensical.rglob("index.html"))
    for name in pages:
        assert article_text(zensical / name) == article_text(mkdocs / name), name
    home = (zensical / "index.html").read_text(encoding="utf-8")
    assert "/stylesheets/classic/main." in home  # theme.variant: classic
    assert "fonts.googleapis" not in home  # theme.font: false still holds


@pytest.mark.e2e
@pytest.mark.parametrize("engine", ENGINE_NAMES)
def test_a_failing_build_says_where_without_a_traceback(tmp_path, engine):
    needs(engine)
    root = copy_site_inputs(tmp_path)
    info = root / "docs/info.md"
    info.write_text(info.read_text(encoding="utf-8") + "\n[rotto](non-esiste.md)\n")
    run = CliRunner().invoke(main, ["site", "--root", str(root), "--engine", engine])
    assert run.exit_code == 1
    assert "info.md" in run.output and "non-esiste.md" in run.output
    assert f"digest: the {engine} build failed (output above)" in run.output
    assert "Traceback" not in run.output and "\x1b" not in run.output
    assert not list(root.glob(".digest-engine-*"))  # the inheriting config is gone


@pytest.mark.e2e
def test_zensical_clean_keeps_digests_cache(tmp_path):
    needs("zensical")
    root = copy_site_inputs(tmp_path)
    assert (
        CliRunner().invoke(main, ["site", "--root", str(root), "--engine", "zensical"]).exit_code
        == 0
    )
    assert (root / paths.CACHE / "state.pickle").is_file() and (root / ".cache").is_dir()
    clean = subprocess.run(
        [sys.executable, "-m", "zensical", "build", "--clean", "--config-file", "mkdocs.yml"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert (root / paths.CACHE / "state.pickle").is_file()
    run = CliRunner().invoke(main, ["build", "--root", str(root)])
    assert run.exit_code == 0 and "0 pages written" in run.output
