from __future__ import annotations

import pytest

from digest.config import load_config
from tests.conftest import ROOT


def test_project_config():
    config, findings = load_config(ROOT)
    assert findings == []
    assert config.language == "it"
    assert config.articles_dir == ROOT / "articles"
    assert config.registry_path == ROOT / "actors.yml"
    assert config.page_limit == 200
    assert config.engine == "mkdocs"


def test_defaults_without_mkdocs_yml(tmp_path):
    config, findings = load_config(tmp_path)
    assert findings == []
    assert config.docs_dir == tmp_path / "docs" and config.language == "it"


def test_bad_settings_are_named(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "theme: {name: material, language: fr}\nextra: {digest: {artcles: x, page_limit: 0}}\n"
    )
    _, findings = load_config(tmp_path)
    assert sorted(f.code for f in findings) == ["C003", "C004", "C005"]
    assert any("artcles" in f.message for f in findings)


def test_env_and_python_tags_are_tolerated(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_url: !ENV [SITE_URL, 'http://x/']\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
    )
    _, findings = load_config(tmp_path)
    assert findings == []


def test_engine_is_a_setting(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("extra: {digest: {engine: zensical}}\n")
    config, findings = load_config(tmp_path)
    assert findings == [] and config.engine == "zensical"


@pytest.mark.parametrize("value", ["hugo", "[mkdocs]", "{a: b}", "1"])
def test_unknown_engine_is_named(tmp_path, value):
    (tmp_path / "mkdocs.yml").write_text(f"extra: {{digest: {{engine: {value}}}}}\n")
    config, findings = load_config(tmp_path)
    assert [f.code for f in findings] == ["C008"]
    assert "mkdocs, properdocs, zensical" in findings[0].fix
    assert config.engine == "mkdocs"


def test_the_starter_setting_is_a_yes_or_no(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nextra: {digest: {starter: maybe}}\n", encoding="utf-8"
    )
    config, findings = load_config(tmp_path)
    assert config.starter is False
    assert [(f.code, "starter" in f.message) for f in findings] == [("C005", True)]
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nextra: {digest: {starter: true}}\n", encoding="utf-8"
    )
    assert load_config(tmp_path)[0].starter is True


def test_drop_without_the_starter_is_a_warning(tmp_path):
    from digest.starter import site_registry

    path = tmp_path / "actors.yml"
    path.write_text("actors: []\ndrop: [libia]\n", encoding="utf-8")
    registry, findings = site_registry(path, "actors.yml", False, "it")
    assert registry.actors == {} and [f.code for f in findings] == ["R514"]
    registry, findings = site_registry(path, "actors.yml", True, "it")
    assert "libia" not in registry.actors and "egitto" in registry.actors and findings == []
