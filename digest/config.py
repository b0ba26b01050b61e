"""Settings, read from one place: `mkdocs.yml` (site settings) and its `extra.digest` block.

Reading the site language from `theme.language` means English is one setting away:
Material's labels, its search stemming and our own labels all follow it.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.catalogue import finding
from digest.engines import DEFAULT_ENGINE, ENGINES
from digest.findings import Finding
from digest.paths import Addresses

CONFIG_FILE = "mkdocs.yml"  # read by digest and by every engine (digest.engines)
DEFAULTS: dict[str, Any] = {
    "engine": DEFAULT_ENGINE,
    "articles": "articles",
    "registry": "actors.yml",
    # The starter registry shipped with digest (digest/starter/): every country, the
    # international organisations, Libya's institutions and the people of this coverage.
    "starter": False,
    "page_limit": 200,
    "latest": 10,
    # Runners the publishing workflow builds the site on (digest site --shard K/N, then
    # --merge): 1 for an archive one machine builds in time.
    "shards": 1,
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
    shards: int = 1  # runners of the publishing workflow's matrix
    engine: str = DEFAULT_ENGINE  # what builds the site from docs/ (digest.engines)
    directory_urls: bool = True  # mkdocs.yml's use_directory_urls: "x/" or "x.html"

    @property
    def addresses(self) -> Addresses:
        return Addresses(self.site_url, self.directory_urls)

    starter: bool = False  # the site's registry adds to the starter registry

    def relative(self, path: Path) -> str:
        """A path as shown in messages: relative to the root, POSIX style. Never follows a
        link: a finding about a link must name the link, not its target."""
        # The common case, a path under the root, on strings: no file system call and no
        # pathlib parsing (once per article per build).
        name, root = str(path), f"{self.root}{os.sep}"
        if os.sep == "/" and name.startswith(root):
            return name[len(root) :]
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            pass
        for base, here in (
            (Path(os.path.abspath(self.root)), Path(os.path.abspath(path))),
            (_resolved(self.root), Path(os.path.abspath(path))),
        ):
            try:
                return here.relative_to(base).as_posix()
            except ValueError:
                continue
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
    root: Path | str = ".", mkdocs_file: str = CONFIG_FILE
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
                finding(
                    "C001", mkdocs_file, line=line + 1 if line is not None else None, error=str(exc)
                )
            )
    extra = (data.get("extra") or {}).get("digest") or {}
    if not isinstance(extra, dict):
        findings.append(finding("C002", mkdocs_file))
        extra = {}
    unknown = sorted(set(extra) - set(DEFAULTS))
    for key in unknown:
        findings.append(finding("C003", mkdocs_file, key=key, keys=", ".join(sorted(DEFAULTS))))
    settings = {**DEFAULTS, **{k: v for k, v in extra.items() if k in DEFAULTS}}
    theme = data.get("theme") or {}
    language = theme.get("language", "it") if isinstance(theme, dict) else "it"
    if language not in LANGUAGES:
        findings.append(
            finding("C004", mkdocs_file, language=language, languages=", ".join(LANGUAGES))
        )
        language = "it"
    for key in ("page_limit", "latest", "shards"):
        if not isinstance(settings[key], int) or settings[key] < 1:
            findings.append(finding("C005", mkdocs_file, key=key, default=DEFAULTS[key]))
            settings[key] = DEFAULTS[key]
    if not isinstance(settings["engine"], str) or settings["engine"] not in ENGINES:
        findings.append(
            finding("C008", mkdocs_file, engine=settings["engine"], engines=", ".join(ENGINES))
        )
        settings["engine"] = DEFAULT_ENGINE
    if not isinstance(settings["starter"], bool):
        findings.append(finding("C005", mkdocs_file, variant="starter"))
        settings["starter"] = False
    site_url = str(data.get("site_url") or "http://127.0.0.1:8000/")
    if not re.match(r"^https?://[^\s<>\"'`]+$", site_url):
        findings.append(finding("C007", mkdocs_file, url=site_url))
        site_url = "http://127.0.0.1:8000/"
    directory_urls = data.get("use_directory_urls", True)
    if not isinstance(directory_urls, bool):
        findings.append(finding("C009", mkdocs_file, value=directory_urls))
        directory_urls = True
    folders = {
        "docs_dir": data.get("docs_dir", "docs"),
        "extra.digest.articles": settings["articles"],
        "extra.digest.registry": settings["registry"],
    }
    for key, value in folders.items():
        if problem := _inside_problem(value):
            findings.append(finding("C006", mkdocs_file, key=key, value=value, problem=problem))
            folders[key] = {"docs_dir": "docs", "extra.digest.articles": "articles"}.get(
                key, "actors.yml"
            )
    config = Config(
        root=root,
        docs_dir=root / str(folders["docs_dir"]),
        articles_dir=root / str(folders["extra.digest.articles"]),
        registry_path=root / str(folders["extra.digest.registry"]),
        language=language,
        site_url=site_url.rstrip("/") + "/",
        site_name=str(data.get("site_name") or "Digest"),
        page_limit=settings["page_limit"],
        shards=settings["shards"],
        latest=settings["latest"],
        engine=settings["engine"],
        directory_urls=directory_urls,
        starter=settings["starter"],
    )
    return config, findings


def _inside_problem(value: object) -> str | None:
    """Why a configured path could leave the repository, or None."""
    if not isinstance(value, str) or not value.strip():
        return "is not a path"
    path = Path(value)
    if path.is_absolute() or value.startswith("~"):
        return "is absolute: the build reads and writes only inside the repository"
    if ".." in path.parts:
        return "leaves the repository ('..')"
    if "\x00" in value:
        return "contains a NUL byte"
    return None
