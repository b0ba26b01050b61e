"""Settings, read from one place: `mkdocs.yml` (site settings) and its `extra.digest` block.

Reading the site language from `theme.language` means English is one setting away:
Material's labels, its search stemming and our own labels all follow it.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.findings import Finding, error

DEFAULTS: dict[str, Any] = {
    "articles": "articles",
    "registry": "actors.yml",
    "page_limit": 200,
    "latest": 10,
}
LANGUAGES = ("it", "en")


@dataclass(frozen=True)
class Config:
    root: Path  # repository root: every other path is relative to it
    docs_dir: Path
    articles_dir: Path
    registry_path: Path
    language: str = "it"
    site_url: str = "http://127.0.0.1:8000/"  # absolute links in feeds and open data
    site_name: str = "Digest"
    page_limit: int = 200  # no generated page lists more articles than this
    latest: int = 10  # articles and actors on the home page

    def relative(self, path: Path) -> str:
        """A path as shown in messages: relative to the root, POSIX style."""
        root = _resolved(self.root)
        try:
            return path.relative_to(self.root).as_posix()  # the common case: no file system call
        except ValueError:
            pass
        try:
            return path.resolve().relative_to(root).as_posix()
        except ValueError:
            return path.as_posix()


@functools.cache
def _resolved(path: Path) -> Path:
    return path.resolve()


class _TolerantLoader(yaml.SafeLoader):
    """Safe loader that reads mkdocs.yml's `!ENV` and `!!python/name:` tags as plain data."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if suffix == "ENV":
        return _env(loader, node)
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """MkDocs' `!ENV VAR` / `!ENV [VAR, OTHER, default]`: the first variable set, else the default."""
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    names = loader.construct_sequence(node)  # type: ignore[arg-type]
    for name in names[:-1]:
        if name in os.environ:
            return os.environ[name]
    return names[-1] if len(names) > 1 else os.environ.get(names[0])


_TolerantLoader.add_multi_constructor("!", _ignore_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


def load_config(
    root: Path | str = ".", mkdocs_file: str = "mkdocs.yml"
) -> tuple[Config, list[Finding]]:
    root = Path(root)
    path = root / mkdocs_file
    findings: list[Finding] = []
    data: dict[str, Any] = {}
    if path.exists():
        try:
            loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader)
            data = loaded if isinstance(loaded, dict) else {}
        except yaml.YAMLError as exc:
            line = getattr(getattr(exc, "problem_mark", None), "line", None)
            findings.append(
                error(
                    "C001",
                    mkdocs_file,
                    f"mkdocs.yml is not valid YAML: {exc}",
                    "fix the YAML syntax",
                    line + 1 if line is not None else None,
                )
            )
    extra = (data.get("extra") or {}).get("digest") or {}
    if not isinstance(extra, dict):
        findings.append(
            error(
                "C002",
                mkdocs_file,
                "extra.digest must be a mapping",
                "write `extra: {digest: {articles: articles}}`",
            )
        )
        extra = {}
    unknown = sorted(set(extra) - set(DEFAULTS))
    for key in unknown:
        findings.append(
            error(
                "C003",
                mkdocs_file,
                f"unknown setting extra.digest.{key}",
                f"use one of: {', '.join(sorted(DEFAULTS))}",
            )
        )
    settings = {**DEFAULTS, **{k: v for k, v in extra.items() if k in DEFAULTS}}
    theme = data.get("theme") or {}
    language = theme.get("language", "it") if isinstance(theme, dict) else "it"
    if language not in LANGUAGES:
        findings.append(
            error(
                "C004",
                mkdocs_file,
                f"theme.language {language!r} has no digest labels",
                f"use one of: {', '.join(LANGUAGES)}",
            )
        )
        language = "it"
    for key in ("page_limit", "latest"):
        if not isinstance(settings[key], int) or settings[key] < 1:
            findings.append(
                error(
                    "C005",
                    mkdocs_file,
                    f"extra.digest.{key} must be a positive integer",
                    f"for example `{key}: {DEFAULTS[key]}`",
                )
            )
            settings[key] = DEFAULTS[key]
    site_url = data.get("site_url") or "http://127.0.0.1:8000/"
    config = Config(
        root=root,
        docs_dir=root / str(data.get("docs_dir", "docs")),
        articles_dir=root / str(settings["articles"]),
        registry_path=root / str(settings["registry"]),
        language=language,
        site_url=str(site_url).rstrip("/") + "/",
        site_name=str(data.get("site_name") or "Digest"),
        page_limit=settings["page_limit"],
        latest=settings["latest"],
    )
    return config, findings
