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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from digest.build import BuildResult, build
from digest.catalogue import finding
from digest.config import CONFIG_FILE, Config
from digest.engines import DEFAULT_ENGINE, ENGINES, Engine, command, inheriting_config
from digest.findings import Finding
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
        return [finding("X008", config.relative(existing), variant="site")]
    return []


def engine_problems(config: Config, name: str, site_dir: Path) -> list[Finding]:
    """The engine must be one digest knows, installed beside digest, and able to write the
    site folder asked for."""
    engine = ENGINES.get(name)
    if engine is None:
        return [
            finding("C008", CONFIG_FILE, variant="named", engine=name, engines=", ".join(ENGINES))
        ]
    if importlib.util.find_spec(engine.module) is None:
        return [finding("X011", CONFIG_FILE, engine=name, install=engine.install)]
    # Resolved, as Zensical compares them.
    root, folder = config.root.resolve(), site_dir.resolve()
    if not engine.site_dir_option and (folder == root or not folder.is_relative_to(root)):
        return [finding("X012", config.relative(folder), engine=name)]
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


def run_engine(
    config: Config, engine: Engine, site_dir: Path, slices: int = 1
) -> subprocess.CompletedProcess[str]:
    """The engine over the whole of docs/, into `site_dir`: in one process, or, for an engine
    that renders in slices, in `slices` processes at once whose outputs are then merged."""
    if slices < 2 or not engine.slices:
        with engine_config(config, engine, site_dir) as config_file:
            return subprocess.run(
                command(engine, sys.executable, config_file, site_dir),
                cwd=config.root,
                capture_output=True,
                text=True,
                env={**os.environ, **_QUIET},
                check=False,
            )
    # The slices' folders sit beside the site (same file system, so the merge can move
    # files); the site's parent may not exist yet when the site is built into a new folder.
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".digest-slices-", dir=site_dir.parent))
    try:
        parts = [work / str(k) for k in range(slices)]
        running = [
            subprocess.Popen(
                slice_command(engine, CONFIG_FILE, part, k, slices),
                cwd=config.root,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                env={**os.environ, **_QUIET},
            )
            for k, part in enumerate(parts)
        ]
        outputs = [process.communicate()[0] for process in running]
        code = max(process.returncode for process in running)
        if code == 0:
            merge_slices(parts, site_dir)
        output = "".join(outputs)
        return subprocess.CompletedProcess(["digest.render"], code, output, "")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def slice_command(engine: Engine, config_file: str, part: Path, k: int, slices: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "digest.render",
        "--config-file",
        config_file,
        "--site-dir",
        str(part),
        "--shard",
        f"{k + 1}/{slices}",
        "--module",
        engine.module,
    ]


def merge_slices(parts: list[Path], site_dir: Path) -> None:
    """Slices into one site: each page is in exactly one slice; the files every slice writes
    alike (404.html, the sitemap) are taken from the first. `site_dir` is emptied first, as
    an engine's own build does."""
    if site_dir.exists():
        shutil.rmtree(site_dir)
    site_dir.mkdir(parents=True)
    for part in parts:
        for path in sorted(part.rglob("*")):
            if path.is_dir():
                continue
            target = site_dir / path.relative_to(part)
            if target.exists():
                continue  # a shared output (render.SHARED_OUTPUTS): the first slice's copy
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)


def default_slices() -> int:
    """One slice per core: Pagefind shares the cores with them, and is the shortest job."""
    return max(1, min(os.cpu_count() or 1, MAX_SLICES))


MAX_SLICES = 8  # each slice reads the whole of docs/: beyond this, that reading dominates


@dataclass
class _Indexing:
    """What the Pagefind thread reports back."""

    records: int = 0
    error: str | None = None
    seconds: float = 0.0


def build_site(
    config: Config,
    site_dir: Path,
    use_cache: bool = True,
    engine: str | None = None,
    slices: int | None = None,
) -> SiteResult:
    """The whole site into `site_dir`, built by `engine` (default: the configured one), in
    `slices` processes (default: one per core) where the engine allows."""
    name = engine or config.engine
    count = slices or default_slices()
    return _site(
        config,
        site_dir,
        name,
        use_cache,
        lambda target: run_engine(config, ENGINES[name], target, count),
    )


def build_shard(
    config: Config, site_dir: Path, shard: int, shards: int, use_cache: bool = True
) -> SiteResult:
    """Slice `shard` (1-based) of `shards` of the site into `site_dir`, for a runner of a CI
    matrix: the generator, then MkDocs over this slice's pages. No search index: the merge
    writes it (`merge_site`)."""
    started = time.perf_counter()
    problems = site_problems(config, site_dir) or engine_problems(config, "mkdocs", site_dir)
    if problems:
        return SiteResult(BuildResult(problems))
    result = build(config, use_cache=use_cache)
    timings = {"generator": round(time.perf_counter() - started, 3)}
    if not result.ok:
        return SiteResult(result, timings=timings)
    site_dir = site_dir.resolve()
    shutil.rmtree(site_dir, ignore_errors=True)
    begun = time.perf_counter()
    run = subprocess.run(
        slice_command(ENGINES["mkdocs"], CONFIG_FILE, site_dir, shard - 1, shards),
        cwd=config.root,
        capture_output=True,
        text=True,
        env={**os.environ, **_QUIET},
        check=False,
    )
    timings["mkdocs"] = round(time.perf_counter() - begun, 3)
    return SiteResult(result, run.returncode, run.stdout + run.stderr, timings=timings)


def merge_site(
    config: Config, parts: list[Path], site_dir: Path, use_cache: bool = True
) -> SiteResult:
    """The slices `build_shard` wrote, joined into one site with its search index: the same
    site `build_site` writes on one machine."""
    missing = [p for p in parts if not p.is_dir()]
    if missing:
        return SiteResult(BuildResult([finding("X013", config.relative(missing[0]))]))

    def merge(target: Path) -> subprocess.CompletedProcess[str]:
        merge_slices([p.resolve() for p in parts], target)
        return subprocess.CompletedProcess(["merge"], 0, "", "")

    return _site(config, site_dir, "mkdocs", use_cache, merge)


def _site(
    config: Config,
    site_dir: Path,
    name: str,
    use_cache: bool,
    render: Callable[[Path], subprocess.CompletedProcess[str]],
) -> SiteResult:
    """The generator, then `render` into the site folder with Pagefind beside it; the
    search bundle moves in once both are done (an engine empties the folder it builds)."""
    started = time.perf_counter()
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
    engine_run = render(site_dir)
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
