"""`digest site`: everything `make site` does, using both cores.

1. the generator writes docs/ (digest.build);
2. `mkdocs build --strict` renders the site on one core while, beside it, Pagefind
   indexes the articles from the text the generator already holds (digest.search);
3. the search bundle moves into <site>/pagefind/ once MkDocs has finished (MkDocs empties
   the site folder when it starts, so the bundle waits in a temporary folder).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from digest.build import BuildResult, build
from digest.config import Config
from digest.findings import Finding, error
from digest.guard import link_finding, link_in_path
from digest.search import write_index


@dataclass
class SiteResult:
    build: BuildResult
    mkdocs_returncode: int = 0
    mkdocs_output: str = ""
    search_records: int = 0
    search_error: str | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.build.ok and self.mkdocs_returncode == 0 and self.search_error is None


def without_traceback(output: str) -> list[str]:
    """MkDocs' output without Python tracebacks: their last line says what went wrong."""
    lines: list[str] = []
    in_traceback = False
    for line in output.splitlines():
        if line.startswith("Traceback (most recent call last):"):
            in_traceback = True
            continue
        if in_traceback and (line.startswith(" ") or not line.strip()):
            continue
        in_traceback = False
        lines.append(line)
    return lines


def mkdocs_command(site_dir: Path) -> list[str]:
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]


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


def build_site(config: Config, site_dir: Path, use_cache: bool = True) -> SiteResult:
    started = time.perf_counter()
    problems = site_problems(config, site_dir)
    if problems:
        return SiteResult(BuildResult(problems))
    result = build(config, use_cache=use_cache, keep_corpus=True)
    timings = {"generator": round(time.perf_counter() - started, 3)}
    if not result.ok or result.corpus is None:
        return SiteResult(result, timings=timings)
    site_dir = site_dir.resolve()
    bundle = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=config.root))
    outcome: dict[str, object] = {}

    def index() -> None:
        begun = time.perf_counter()
        try:
            outcome["records"] = write_index(result.corpus, bundle, config.language)  # type: ignore[arg-type]
        except Exception as exc:  # reported with the MkDocs result, never silently
            outcome["error"] = f"{type(exc).__name__}: {exc}"
        outcome["seconds"] = round(time.perf_counter() - begun, 3)

    indexer = threading.Thread(target=index, name="pagefind")
    indexer.start()
    begun = time.perf_counter()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = subprocess.run(
        mkdocs_command(site_dir),
        cwd=config.root,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    timings["mkdocs"] = round(time.perf_counter() - begun, 3)
    indexer.join()
    timings["search"] = float(outcome.get("seconds", 0.0))  # type: ignore[arg-type]
    error = outcome.get("error")
    if mkdocs.returncode == 0 and error is None:
        target = site_dir / "pagefind"
        shutil.rmtree(target, ignore_errors=True)
        os.replace(bundle, target)
    else:
        shutil.rmtree(bundle, ignore_errors=True)
    timings["total"] = round(time.perf_counter() - started, 3)
    return SiteResult(
        result,
        mkdocs.returncode,
        mkdocs.stdout + mkdocs.stderr,
        int(outcome.get("records", 0)),
        error if isinstance(error, str) else None,  # type: ignore[arg-type]
        timings,
    )
