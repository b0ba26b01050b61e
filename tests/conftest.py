from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from digest import paths
from digest.build import load_site_registry
from digest.config import Config, load_config
from digest.matching import Matcher
from digest.model import Article
from digest.readers import read_article
from digest.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_DAY = "articles/2025-12-20-munir-incontra-haftar-a-bengasi.txt"
SEED_MONTH = "articles/2025-05-haftar-a-mosca-con-belousov.txt"


def read(path: str, root: Path = ROOT) -> Article:
    article, findings = read_article(path, (root / path).read_bytes(), "it")
    assert article is not None, [f.format() for f in findings]
    return article


def read_fixture(name: str) -> tuple[Article | None, list]:
    return read_article(
        f"tests/fixtures/articles/{name}", (FIXTURES / "articles" / name).read_bytes(), "it"
    )


@pytest.fixture(scope="session")
def registry():
    """The seeds' eleven actors, alone: what the matching rules are tested against, fixed
    whatever the starter registry learns."""
    reg, findings = load_registry(FIXTURES / "registry" / "seeds.yml", "actors.yml")
    assert findings == []
    return reg


@pytest.fixture(scope="session")
def site_registry():
    """The project's registry as the site builds with it: actors.yml on the starter registry."""
    config, _ = load_config(ROOT)
    reg, findings = load_site_registry(config)
    assert findings == []
    return reg


@pytest.fixture(scope="session")
def matcher(registry):
    return Matcher(registry)


GENERATED = paths.DOCS_OUTPUTS


def copy_site_inputs(target: Path, registry: Path | None = None) -> Path:
    """The project's site inputs (config, templates, hand-written docs, registry, seeds)."""
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copy(registry or ROOT / "actors.yml", target / "actors.yml")
    shutil.copytree(ROOT / "articles", target / "articles")
    shutil.copytree(ROOT / "overrides", target / "overrides")
    shutil.copytree(ROOT / "docs", target / "docs", ignore=shutil.ignore_patterns(*GENERATED))
    return target


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the project's site inputs in a temporary folder."""
    return copy_site_inputs(tmp_path)


def site_config(root: Path) -> Config:
    config, findings = load_config(root)
    assert findings == []
    return config


def build_site(root: Path) -> Path:
    """Run what `make site` runs (generator, `mkdocs build --strict`, search index) in
    `root`; return the built site."""
    from digest.site import build_site as run_site

    out = root / "site"
    result = run_site(site_config(root), out)
    assert result.build.ok, [f.format() for f in result.build.findings]
    assert result.engine_returncode == 0, result.engine_output
    assert result.search_error is None, result.search_error
    return out


def site_files(
    corpus,
    language: str = "it",
    limit: int = 10,
    latest: int = 3,
    site_url: str = "https://example.org/digest/",
    site_name: str = "Digest",
) -> dict[str, str]:
    """Every file the site's jobs render for `corpus`, in memory (what a build writes)."""
    from digest.i18n import Labels
    from digest.paths import Addresses
    from digest.plan import Settings, render, site_jobs

    settings = Settings(Labels(language), Addresses(site_url), site_name, limit, latest)
    files: dict[str, str] = {}
    for job in site_jobs(corpus, settings):
        files.update(render(job, settings))
    return files
