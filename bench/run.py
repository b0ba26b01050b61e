"""The benchmark, top to bottom: for each corpus size, every step timed in its own process.

For each N of `sizes`, in `workdir/nN/` (a synthetic corpus beside copies of the project's
mkdocs.yml, overrides/ and hand-written docs/):

1. the generator, cold (no cache, no generated page), then with nothing changed, then
   after one article gained a sentence (restored afterwards);
2. `mkdocs build --strict` alone, over the pages the generator wrote;
3. `digest site`, what `make site` does, from a cold state; the size of what it built;
4. the baseline: plain MkDocs + Material + lunr search over the same article pages.

For each N of `generator_only`, only the generator, cold and with nothing changed.
Every command is a subprocess, so each timing includes Python's start-up, as a user sees it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench import corpus
from bench.baseline import write_baseline
from bench.edit import applied, plan_edit
from bench.machine import git_info, machine_info, package_versions
from bench.measure import files_with_suffix, run_measured, tree_bytes
from digest import paths

PROJECT = Path(__file__).resolve().parents[1]
SCHEMA = 1
MARKER = ".bench-corpus.json"
# Generated folders under docs/, never copied from the project, deleted for a cold start.
GENERATED = paths.DOCS_OUTPUTS
# The modules whose code decides the corpus' bytes: a change to one regenerates the corpus.
CORPUS_MODULES = ("corpus.py", "cast.py", "prose.py", "grammar.py", "vocabulary.py")


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Options:
    workdir: Path
    sizes: tuple[int, ...] = (1_000, 10_000)
    generator_only: tuple[int, ...] = (100_000,)
    seed: int = 0
    jobs: int = 2  # processes writing the corpus; its bytes do not depend on it
    project: Path = PROJECT
    python: str = sys.executable
    json_path: Path | None = None  # written after each size, so a failed run keeps the others
    log: Callable[[str], None] = field(default=_stderr, compare=False)


# ---------------------------------------------------------------- the commands measured


@dataclass(frozen=True)
class Commands:
    """The command lines of the steps; older commits lack `--stats` and `digest site`."""

    python: str
    has_stats: bool  # `digest build --stats FILE`
    has_site: bool  # `digest site`
    has_shards: bool = False  # `digest site --shard K/N` and `--merge`
    has_preview: bool = False  # digest.serve.Preview (bench.preview drives it)

    @classmethod
    def probe(cls, python: str) -> Commands:
        def help_text(*command: str) -> str | None:
            done = subprocess.run(
                [python, "-m", "digest", *command, "--help"],
                capture_output=True,
                text=True,
                check=False,
            )
            return done.stdout if done.returncode == 0 else None

        site = help_text("site")
        preview = subprocess.run(
            [python, "-c", "from digest.serve import Preview"], capture_output=True, check=False
        )
        return cls(
            python,
            "--stats" in (help_text("build") or ""),
            site is not None,
            "--shard" in (site or ""),
            preview.returncode == 0,
        )

    def digest(self, command: str, root: Path) -> list[str]:
        return [self.python, "-m", "digest", command, "--root", str(root)]

    def generator(self, root: Path, stats: Path) -> list[str]:
        argv = [self.python, "-m", "digest", "build", "--root", str(root)]
        return [*argv, "--stats", str(stats)] if self.has_stats else argv

    def mkdocs(self, out: Path) -> list[str]:
        return [self.python, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)]

    def site(self, root: Path, out: Path, stats: Path) -> list[str]:
        if self.has_site:
            argv = [self.python, "-m", "digest", "site", "--root", str(root)]
            return [*argv, "--site-dir", str(out), "--stats", str(stats)]
        # Before `digest site`: what `make site` ran, one step after the other.
        build = shlex.join([self.python, "-m", "digest", "build", "--root", str(root)])
        return ["sh", "-c", f"{build} && {shlex.join(self.mkdocs(out))}"]


_SUMMARY = re.compile(
    r"digest: (?P<articles>\d+) articles, .*?(?P<written>\d+) pages written, "
    r"(?P<unchanged>\d+) unchanged, (?P<removed>\d+) removed"
)


def generator_stats(stats_file: Path, log: Path) -> dict:
    """The generator's own report: its --stats file, else its summary line (older commits)."""
    if stats_file.exists():
        stats = json.loads(stats_file.read_text(encoding="utf-8"))
        for key in ("written", "removed"):  # a count, even if a list of paths is given
            if isinstance(stats.get(key), list):
                stats[key] = len(stats[key])
        return stats
    found = _SUMMARY.search(log.read_text(encoding="utf-8", errors="replace"))
    if found is None:
        raise ValueError(f"no --stats file and no summary line in {log}")
    return {key: int(value) for key, value in found.groupdict().items()} | {"timings": {}}


# ---------------------------------------------------------------- the site folder


def _fingerprint(n: int, seed: int) -> str:
    digest = hashlib.sha256(f"{n}/{seed}".encode())
    for name in CORPUS_MODULES:
        digest.update((Path(corpus.__file__).parent / name).read_bytes())
    digest.update(corpus.DEFAULT_REGISTRY.read_bytes())
    return digest.hexdigest()


def prepare_corpus(folder: Path, n: int, seed: int, jobs: int) -> dict:
    """Articles and actors.yml for (n, seed) in `folder`, reused when its marker matches."""
    marker = folder / MARKER
    key = {"n": n, "seed": seed, "fingerprint": _fingerprint(n, seed)}
    if marker.exists():
        saved = json.loads(marker.read_text(encoding="utf-8"))
        files = sum(1 for p in (folder / "articles").rglob("*") if p.is_file())
        if saved.get("key") == key and files == saved["stats"]["files"]:
            return {**saved["stats"], "reused": True, "seconds": None}
    marker.unlink(missing_ok=True)
    shutil.rmtree(folder / "articles", ignore_errors=True)
    (folder / "actors.yml").unlink(missing_ok=True)
    started = time.perf_counter()
    stats = dataclasses.asdict(corpus.generate(folder, n, seed=seed, jobs=jobs))
    stats["years"] = list(stats["years"])  # as JSON gives it back
    seconds = round(time.perf_counter() - started, 3)
    marker.write_text(json.dumps({"key": key, "stats": stats}, indent=1), encoding="utf-8")
    return {**stats, "reused": False, "seconds": seconds}


def copy_site_inputs(project: Path, folder: Path) -> None:
    """The project's mkdocs.yml, overrides/ and hand-written docs/, fresh each run."""
    for name in ("docs", "overrides"):
        shutil.rmtree(folder / name, ignore_errors=True)
    shutil.copy(project / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(project / "overrides", folder / "overrides")
    shutil.copytree(project / "docs", folder / "docs", ignore=shutil.ignore_patterns(*GENERATED))


def make_cold(folder: Path, *site_dirs: Path) -> None:
    """No cache, no generated page, no built site: the state of a fresh clone."""
    shutil.rmtree(folder / paths.CACHE, ignore_errors=True)
    for name in GENERATED:
        shutil.rmtree(folder / "docs" / name, ignore_errors=True)
    for site in site_dirs:
        shutil.rmtree(site, ignore_errors=True)


def site_output(out: Path) -> dict:
    """Sizes of a built site: all of it, its search index, its largest page, its page count."""
    pages = files_with_suffix(out, ".html")
    largest = max(pages, key=lambda page: page[0], default=(0, None))
    if (out / "pagefind").is_dir():
        search = {"kind": "pagefind", "bytes": tree_bytes(out / "pagefind")}
    elif (out / "search" / "search_index.json").is_file():
        search = {"kind": "lunr", "bytes": (out / "search" / "search_index.json").stat().st_size}
    else:
        search = None
    return {
        "bytes": tree_bytes(out),
        "pages": len(pages),
        "largest_page": {"bytes": largest[0], "path": largest[1]},
        "search_index": search,
    }


# ---------------------------------------------------------------- one size


class _Size:
    """The steps at one corpus size; each returns what it measured as a JSON-ready dict."""

    def __init__(self, options: Options, commands: Commands, n: int) -> None:
        self.options, self.commands, self.n = options, commands, n
        self.folder = options.workdir / f"n{n}"
        self.logs = options.workdir / "logs" / f"n{n}"
        self.env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

    def say(self, message: str) -> None:
        self.options.log(f"[n={self.n:,}] {message}")

    def generator(self, step: str) -> dict:
        stats_file = self.logs / f"generator-{step}.stats.json"
        stats_file.unlink(missing_ok=True)
        log = self.logs / f"generator-{step}.log"
        argv = self.commands.generator(self.folder, stats_file)
        measured = run_measured(argv, self.folder, log, self.env)
        stats = generator_stats(stats_file, log)
        result = {
            **measured.as_dict(),
            "articles": stats["articles"],
            "articles_per_second": round(stats["articles"] / measured.seconds, 1),
            "written": stats["written"],
            "unchanged": stats.get("unchanged"),
            "removed": stats.get("removed"),
            "timings": stats.get("timings") or {},
        }
        self.say(
            f"generator {step}: {measured.seconds:.2f} s, {result['written']:,} written, "
            f"{measured.peak_memory / 2**20:,.0f} MiB"
        )
        return result

    def prepare(self) -> dict:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.say("corpus…")
        info = prepare_corpus(self.folder, self.n, self.options.seed, self.options.jobs)
        self.say(
            f"corpus: {info['files']:,} files, "
            + ("reused" if info["reused"] else f"generated in {info['seconds']:.1f} s")
        )
        copy_site_inputs(self.options.project, self.folder)
        return info

    def generator_only(self) -> dict:
        result: dict = {"n": self.n, "corpus": self.prepare()}
        make_cold(self.folder)
        # The no-op run costs a cold run at worst, and shows whether the cache holds at scale.
        result["generator"] = {"cold": self.generator("cold"), "noop": self.generator("noop")}
        return result

    def everything(self) -> dict:
        result: dict = {"n": self.n, "corpus": self.prepare()}
        mkdocs_out, site_out = self.folder / "site-mkdocs", self.folder / "site"
        make_cold(self.folder, mkdocs_out, site_out)
        generator = result["generator"] = {"cold": self.generator("cold")}
        generator["noop"] = self.generator("noop")
        edit = plan_edit(self.folder)
        with applied(edit):
            generator["edit"] = {
                **self.generator("edit"),
                "file": edit.source,
                "actor": edit.actor_id,
            }
        # Untimed in the table: it puts docs/ back in step with the restored article.
        generator["restore"] = self.generator("restore")

        measured = run_measured(
            self.commands.mkdocs(mkdocs_out), self.folder, self.logs / "mkdocs.log", self.env
        )
        result["mkdocs"] = measured.as_dict()
        self.say(f"mkdocs build: {measured.seconds:.2f} s")
        shutil.rmtree(mkdocs_out, ignore_errors=True)

        make_cold(self.folder, site_out)
        stats_file = self.logs / "site.stats.json"
        stats_file.unlink(missing_ok=True)
        argv = self.commands.site(self.folder, site_out, stats_file)
        measured = run_measured(argv, self.folder, self.logs / "site.log", self.env)
        result["site"] = {
            **measured.as_dict(),
            "command": "digest site" if self.commands.has_site else "digest build && mkdocs build",
            **site_output(site_out),
        }
        if stats_file.exists():  # the generator's stages, then site_mkdocs, site_search…
            stats = json.loads(stats_file.read_text(encoding="utf-8"))
            result["site"]["timings"] = stats.get("timings") or {}
        self.say(f"whole site: {measured.seconds:.2f} s")

        cores = os.cpu_count() or 1
        site = result["site"]
        if site.get("cpu_seconds") and site.get("seconds"):
            # How busy the machine's cores were over the build (1.0: all of them, throughout).
            site["cpu_use"] = round(site["cpu_seconds"] / (site["seconds"] * cores), 3)
        if self.commands.has_shards:
            result["shards"] = self.shards(site_out)
        if self.commands.has_preview:
            result["preview"] = self.preview()

        baseline = self.options.workdir / f"n{self.n}-baseline"
        articles = write_baseline(baseline, self.folder / "docs", self.folder / "mkdocs.yml")
        argv = [self.options.python, "-m", "mkdocs", "build", "--site-dir", str(baseline / "site")]
        measured = run_measured(argv, baseline, self.logs / "baseline.log", self.env)
        result["baseline"] = {**measured.as_dict(), "articles": articles}
        result["site_vs_baseline"] = round(result["site"]["seconds"] / measured.seconds, 3)
        self.say(f"baseline: {measured.seconds:.2f} s")
        shutil.rmtree(baseline / "site", ignore_errors=True)
        return result

    def shards(self, site_out: Path) -> dict:
        """The site as two runners of a CI matrix build it: each slice, then the merge;
        and whether the merged site is the one-machine site, byte for byte."""
        parts, runs = [], {}
        for k in (1, 2):
            part = self.folder / f"shard-{k}"
            argv = [*self.commands.digest("site", self.folder), "--shard", f"{k}/2"]
            measured = run_measured(
                [*argv, "--site-dir", str(part)],
                self.folder,
                self.logs / f"shard-{k}.log",
                self.env,
            )
            runs[f"shard_{k}"] = measured.as_dict()
            parts.append(part)
        merged = self.folder / "site-merged"
        argv = [*self.commands.digest("site", self.folder), "--site-dir", str(merged)]
        for part in parts:
            argv += ["--merge", str(part)]
        measured = run_measured(argv, self.folder, self.logs / "merge.log", self.env)
        runs["merge"] = measured.as_dict()
        runs["slowest_runner"] = max(runs["shard_1"]["seconds"], runs["shard_2"]["seconds"])
        runs["identical"] = same_site(site_out, merged)
        self.say(
            f"sharded: runners {runs['shard_1']['seconds']:.1f} s and "
            f"{runs['shard_2']['seconds']:.1f} s, merge {measured.seconds:.1f} s, "
            f"identical: {runs['identical']}"
        )
        for folder in (*parts, merged):
            shutil.rmtree(folder, ignore_errors=True)
        return runs

    def preview(self) -> dict:
        """What `make serve` makes a contributor wait for (bench.preview)."""
        report = self.logs / "preview.json"
        argv = [self.options.python, "-m", "bench.preview", "--root", str(self.folder)]
        measured = run_measured(
            [*argv, "--report", str(report)],
            self.options.project,
            self.logs / "preview.log",
            self.env,
        )
        latencies = json.loads(report.read_text(encoding="utf-8"))
        self.say(
            f"preview: edit {latencies['edit']:.2f} s, add {latencies['add']:.2f} s, "
            f"delete {latencies['delete']:.2f} s"
        )
        return {**latencies, "peak_memory": measured.peak_memory}


def same_site(one: Path, other: Path) -> bool:
    """Every file but the search bundle (Pagefind names its files afresh on each run)."""

    def files(folder: Path) -> dict[str, bytes]:
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and "pagefind" not in p.relative_to(folder).parts
        }

    return files(one) == files(other)


# ---------------------------------------------------------------- the whole run


def run(options: Options) -> dict:
    """Every size of `options`, in order; the results as a JSON-ready dict."""
    started = time.perf_counter()
    commands = Commands.probe(options.python)
    results: dict = {
        "schema": SCHEMA,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine_info(),
        "git": git_info(options.project),
        "packages": package_versions(),
        "options": {
            "sizes": list(options.sizes),
            "generator_only": list(options.generator_only),
            "seed": options.seed,
        },
        "commands": {"stats": commands.has_stats, "site": commands.has_site},
        "sizes": {},
    }
    plan = [(n, True) for n in options.sizes]
    plan += [(n, False) for n in options.generator_only if n not in options.sizes]
    for n, full in plan:
        size = _Size(options, commands, n)
        results["sizes"][str(n)] = size.everything() if full else size.generator_only()
        results["seconds"] = round(time.perf_counter() - started, 1)
        if options.json_path:
            save(results, options.json_path)
    return results


def save(results: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
