from __future__ import annotations

import shutil
from pathlib import Path

import pytest

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
    reg, findings = load_registry(ROOT / "actors.yml", "actors.yml")
    assert findings == []
    return reg


@pytest.fixture(scope="session")
def matcher(registry):
    return Matcher(registry)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the project's site inputs (config, docs, registry, seeds) in a temporary folder."""
    for name in ("mkdocs.yml", "actors.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    shutil.copytree(
        ROOT / "docs",
        tmp_path / "docs",
        ignore=shutil.ignore_patterns("articoli", "attori", "mesi", "_parts"),
    )
    return tmp_path


def site_config(root: Path) -> Config:
    config, findings = load_config(root)
    assert findings == []
    return config
