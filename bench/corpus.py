"""A deterministic synthetic corpus for the benchmark: n articles and their actor registry.

    python -m bench.corpus --n 10000 --out /tmp/corpus

writes /tmp/corpus/actors.yml (the project's actors plus invented ones) and
/tmp/corpus/articles/<year>/*.txt|md: about 85% plain text like the seeds, 15% Markdown
with front matter, ~3 KB each. The same n and seed give byte-identical files, whatever
the number of processes: every article is drawn from its own seed.

From Python:

    from bench.corpus import generate
    stats = generate(Path("/tmp/corpus"), 1000, seed=0)
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import math
import os
import random
import shutil
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench.cast import actor_total, invent_cast, registry_yaml
from bench.prose import Plan, write_article
from digest.findings import has_errors
from digest.registry import load_registry

# The seeds' eleven actors, as the project's actors.yml held them before the starter
# registry: the benchmark's corpus and its figures stay comparable across releases.
DEFAULT_REGISTRY = Path(__file__).resolve().parent / "seeds.yml"
LAST_YEAR = 2025  # the corpus ends in the past: no "date in the future" warnings
MAX_YEARS = 8  # 2018-2025 for large corpora
# Articles per task when several processes write: small enough to keep both busy to the end.
CHUNK = 2000


@dataclass(frozen=True)
class CorpusStats:
    files: int
    bytes: int
    actors: int
    years: tuple[int, ...]  # years that have articles, ascending
    month_precision: int  # articles dated to the month only ("date 2024-05")
    markdown: int  # articles in Markdown with front matter; the others are plain text

    def lines(self) -> list[str]:
        years = f"{self.years[0]}-{self.years[-1]}" if self.years else "none"
        return [
            f"files            {self.files:,}",
            f"bytes            {self.bytes:,} ({self.bytes / max(self.files, 1):,.0f} per file)",
            f"actors           {self.actors:,}",
            f"years            {years} ({len(self.years)})",
            f"month precision  {self.month_precision:,}",
            f"markdown         {self.markdown:,}",
        ]


def year_span(n: int) -> int:
    """Years the dates spread over: 2 for 200 articles, 4 for 500, 8 from about 6,400."""
    return max(1, min(MAX_YEARS, math.ceil(math.log2(max(n, 1) / 50))))


def _write_range(plan: Plan, out_dir: Path, start: int, stop: int) -> tuple:
    files = size = month_only = markdown = 0
    years: set[int] = set()
    for index in range(start, stop):
        draft = write_article(plan, index)
        data = draft.text.encode("utf-8")
        path = out_dir / draft.path
        if draft.year not in years:
            path.parent.mkdir(parents=True, exist_ok=True)
            years.add(draft.year)
        with open(path, "wb") as file:
            file.write(data)
        files += 1
        size += len(data)
        month_only += draft.month_only
        markdown += draft.markdown
    return files, size, month_only, markdown, years


def generate(
    out_dir: Path,
    n: int,
    seed: int = 0,
    registry: Path | None = None,
    jobs: int = 1,
) -> CorpusStats:
    """Write `n` articles under `out_dir/articles/` and their registry to `out_dir/actors.yml`.

    `registry` is the registry whose actors come first (default: the project's actors.yml).
    `jobs` processes share the work; the output does not depend on it.
    """
    out_dir = Path(out_dir)
    source = Path(registry) if registry else DEFAULT_REGISTRY
    own, findings = load_registry(source)
    if has_errors(findings):
        raise ValueError("\n".join(f.format() for f in findings))
    articles = out_dir / "articles"
    if articles.exists() and any(articles.iterdir()):
        raise FileExistsError(f"{articles} is not empty: generate into a fresh folder")

    rng = random.Random(f"digest-bench/{seed}")
    cast = invent_cast(own, actor_total(n, len(own.actors)), rng)
    header = (
        f"Synthetic registry of digest's benchmark corpus (n={n}, seed={seed}), written by\n"
        f"`python -m bench.corpus`: the actors of {source.name}, then invented ones."
    )
    articles.mkdir(parents=True, exist_ok=True)
    (out_dir / "actors.yml").write_text(registry_yaml(cast, header), encoding="utf-8")
    first_day = dt.date(LAST_YEAR - year_span(n) + 1, 1, 1).toordinal()
    plan = Plan(cast, seed, first_day, dt.date(LAST_YEAR, 12, 31).toordinal() - first_day + 1)

    if jobs <= 1 or n <= CHUNK:
        parts = [_write_range(plan, out_dir, 0, n)]
    else:
        bounds = [*range(0, n, CHUNK), n]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [
                pool.submit(_write_range, plan, out_dir, start, stop)
                for start, stop in itertools.pairwise(bounds)
            ]
            parts = [f.result() for f in futures]
    return CorpusStats(
        files=sum(p[0] for p in parts),
        bytes=sum(p[1] for p in parts),
        actors=len(cast.members),
        years=tuple(sorted(set().union(*(p[4] for p in parts)))),
        month_precision=sum(p[2] for p in parts),
        markdown=sum(p[3] for p in parts),
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.corpus",
        description="Write a deterministic synthetic corpus (articles + actors.yml).",
    )
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--registry", type=Path, help="registry whose actors come first")
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: all cores)"
    )
    parser.add_argument(
        "--force", action="store_true", help="delete OUT/articles and OUT/actors.yml first"
    )
    args = parser.parse_args(argv)
    if args.force:
        shutil.rmtree(args.out / "articles", ignore_errors=True)
        (args.out / "actors.yml").unlink(missing_ok=True)
    started = time.perf_counter()
    try:
        stats = generate(args.out, args.n, args.seed, args.registry, args.jobs)
    except (ValueError, FileExistsError) as exc:
        parser.exit(1, f"error: {exc}\n")
    elapsed = time.perf_counter() - started
    print("\n".join(stats.lines()))
    print(f"seconds          {elapsed:.2f} ({args.jobs} process(es))")


if __name__ == "__main__":
    # Run as the module's real name, so worker processes find _write_range by import.
    from bench.corpus import main as _main

    _main()
