from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from digest.build import build
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


GENERATED = ("articoli", "attori", "mesi", "_parts", "feeds", "api")


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
    """Run the generator, then `mkdocs build --strict`, in `root`; return the built site."""
    result = build(site_config(root))
    assert result.ok, [f.format() for f in result.findings]
    out = root / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return out
