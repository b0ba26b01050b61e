"""`digest site`: everything `make site` does, using both cores.

1. the generator writes docs/ (digest.build);
2. the engine (MkDocs by default, or ProperDocs or Zensical: digest.engines) builds the site
   with `--strict` on one core while, beside it, Pagefind indexes the articles from the text
   the generator already holds (digest.search);
3. the search bundle moves into <site>/pagefind/ once the engine has finished (engines empty
   the site folder when they start, so the bundle waits in a temporary folder).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from digest.build import BuildResult, build
from digest.config import CONFIG_FILE, Config
from digest.engines import DEFAULT_ENGINE, ENGINES, Engine, command, inheriting_config
from digest.findings import Finding, error
from digest.guard import link_finding, link_in_path
from digest.search import write_index

# Material and ProperDocs each print a page-long notice about MkDocs 2.0 on every build;
# the README covers the migration path.
_QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
# Colours and cursor movements: Zensical writes them even into a pipe.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


@dataclass
class SiteResult:
    build: BuildResult
    engine_returncode: int = 0
    engine_output: str = ""
    search_records: int = 0
    search_error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)
    engine: str = DEFAULT_ENGINE

    @property
    def ok(self) -> bool:
        return self.build.ok and self.engine_returncode == 0 and self.search_error is None


def without_traceback(output: str) -> list[str]:
    """An engine's output without Python tracebacks (their last line says what went wrong)
    and without terminal colours."""
    lines: list[str] = []
    in_traceback = False
    for line in _ANSI.sub("", output).splitlines():
        if line.startswith("Traceback (most recent call last):"):
            in_traceback = True
            continue
        if in_traceback and (line.startswith(" ") or not line.strip()):
            continue
        in_traceback = False
        lines.append(line)
    return lines


def site_problems(config: Config, site_dir: Path) -> list[Finding]:
    """The site folder must be a real folder MkDocs may empty: not a link, not through one."""
    root = Path(os.path.abspath(config.root))
    folder = Path(os.path.abspath(site_dir))
    link = link_in_path(folder, root) if folder.is_relative_to(root) else None
    if link is None and folder.is_symlink():
        link = folder
    if link is not None:
        return [link_finding(link, config.relative(link), "the site folder")]
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is not None and not os.access(existing, os.W_OK):
        return [
            error(
                "X008",
                config.relative(existing),
                "cannot write the site: permission denied",
                "make the folder writable, or give another --site-dir",
            )
        ]
    return []


def engine_problems(config: Config, name: str, site_dir: Path) -> list[Finding]:
    """The engine must be one digest knows, installed beside digest, and able to write the
    site folder asked for."""
    engine = ENGINES.get(name)
    if engine is None:
        return [
            error(
                "C008",
                CONFIG_FILE,
                f"{name!r} is not an engine digest can run",
                f"use one of: {', '.join(ENGINES)}",
            )
        ]
    if importlib.util.find_spec(engine.module) is None:
        return [
            error(
                "X011",
                CONFIG_FILE,
                f"the {name} engine is not installed beside digest",
                f"{engine.install}; or build with another engine (--engine)",
            )
        ]
    # Resolved, as Zensical compares them.
    root, folder = config.root.resolve(), site_dir.resolve()
    if not engine.site_dir_option and (folder == root or not folder.is_relative_to(root)):
        return [
            error(
                "X012",
                config.relative(folder),
                f"{name} builds the site only into a folder inside the repository",
                "give a --site-dir inside the repository, such as `site`",
            )
        ]
    return []


@contextmanager
def engine_config(config: Config, engine: Engine, site_dir: Path) -> Iterator[str]:
    """The configuration file to give the engine: mkdocs.yml itself, or, for an engine with no
    --site-dir option, a temporary file beside it that inherits it and names the folder
    (beside it: the engine takes the project's root from where its configuration is)."""
    if engine.site_dir_option:
        yield CONFIG_FILE
        return
    handle, name = tempfile.mkstemp(prefix=".digest-engine-", suffix=".yml", dir=config.root)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(inheriting_config(CONFIG_FILE, site_dir))
        yield os.path.basename(name)
    finally:
        os.unlink(name)


def run_engine(config: Config, engine: Engine, site_dir: Path) -> subprocess.CompletedProcess[str]:
    with engine_config(config, engine, site_dir) as config_file:
        return subprocess.run(
            command(engine, sys.executable, config_file, site_dir),
            cwd=config.root,
            capture_output=True,
            text=True,
            env={**os.environ, **_QUIET},
            check=False,
        )


@dataclass
class _Indexing:
    """What the Pagefind thread reports back."""

    records: int = 0
    error: str | None = None
    seconds: float = 0.0


def build_site(
    config: Config, site_dir: Path, use_cache: bool = True, engine: str | None = None
) -> SiteResult:
    """The whole site into `site_dir`, built by `engine` (default: the configured one)."""
    started = time.perf_counter()
    name = engine or config.engine
    problems = site_problems(config, site_dir) or engine_problems(config, name, site_dir)
    if problems:
        return SiteResult(BuildResult(problems), engine=name)
    result = build(config, use_cache=use_cache, keep_corpus=True)
    timings = {"generator": round(time.perf_counter() - started, 3)}
    if not result.ok or result.corpus is None:
        return SiteResult(result, timings=timings)
    site_dir = site_dir.resolve()
    bundle = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=config.root))
    corpus = result.corpus
    outcome = _Indexing()

    def index() -> None:
        begun = time.perf_counter()
        try:
            outcome.records = write_index(corpus, bundle, config.language, config.addresses)
        except Exception as exc:  # reported with the MkDocs result, never silently
            outcome.error = f"{type(exc).__name__}: {exc}"
        outcome.seconds = round(time.perf_counter() - begun, 3)

    indexer = threading.Thread(target=index, name="pagefind")
    indexer.start()
    begun = time.perf_counter()
    engine_run = run_engine(config, ENGINES[name], site_dir)
    timings[name] = round(time.perf_counter() - begun, 3)
    indexer.join()
    timings["search"] = outcome.seconds
    if engine_run.returncode == 0 and outcome.error is None:
        target = site_dir / "pagefind"
        shutil.rmtree(target, ignore_errors=True)
        os.replace(bundle, target)
    else:
        shutil.rmtree(bundle, ignore_errors=True)
    timings["total"] = round(time.perf_counter() - started, 3)
    return SiteResult(
        result,
        engine_run.returncode,
        engine_run.stdout + engine_run.stderr,
        outcome.records,
        outcome.error,
        timings,
        name,
    )
