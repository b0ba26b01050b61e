"""The baseline the whole site is compared with: plain MkDocs + Material over the same articles.

Only the article pages digest generated, an index page, Material with its built-in lunr
search in the project's language, and the project's own `markdown_extensions`: what a
site of these articles costs with no actor, month, feed or data page and no Pagefind.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import yaml

from digest import paths

INDEX_PAGE = "# Baseline\n\nLe pagine degli articoli.\n"


def _value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return value
    return None


def baseline_yaml(project_mkdocs: str) -> str:
    """The baseline's mkdocs.yml, from the text of the project's: same language and extensions.

    The extensions are copied as YAML nodes, never loaded, so tags such as
    `!!python/name:pymdownx.superfences.fence_code_format` reach MkDocs unchanged.
    """
    project = yaml.compose(project_mkdocs, Loader=yaml.SafeLoader)
    language = _value(_value(project, "theme"), "language")
    config: dict[str, Any] = {
        "site_name": "Baseline",
        "docs_dir": "docs",
        "theme": {
            "name": "material",
            "language": language.value if isinstance(language, yaml.ScalarNode) else "it",
        },
        "plugins": ["search"],
        "nav": ["index.md"],
        "not_in_nav": f"/{paths.ARTICLES}/",
        # Article pages link to actor and month pages the baseline does not have. Reporting
        # each as INFO (checked, not printed) keeps thousands of log lines out of the timing.
        "validation": {"links": {"not_found": "info"}},
    }
    node = yaml.SafeDumper(io.StringIO(), sort_keys=False).represent_data(config)
    extensions = _value(project, "markdown_extensions")
    if extensions is not None:
        key = yaml.ScalarNode("tag:yaml.org,2002:str", "markdown_extensions")
        node.value.append((key, extensions))
    return yaml.serialize(node, Dumper=yaml.SafeDumper, allow_unicode=True)


def write_baseline(target: Path, generated_docs: Path, project_mkdocs: Path) -> int:
    """Fill `target` (emptied first) with the baseline site's inputs; return the article pages."""
    shutil.rmtree(target, ignore_errors=True)
    docs = target / "docs"
    shutil.copytree(generated_docs / paths.ARTICLES, docs / paths.ARTICLES)
    (docs / "index.md").write_text(INDEX_PAGE, encoding="utf-8")
    text = baseline_yaml(project_mkdocs.read_text(encoding="utf-8"))
    (target / "mkdocs.yml").write_text(text, encoding="utf-8")
    return sum(1 for _ in (docs / paths.ARTICLES).rglob("*.md"))
