"""python -m bench: time the generator, MkDocs and the whole site on synthetic corpora.

    python -m bench                       # 1,000 and 10,000; the generator at 100,000
    python -m bench --sizes 1000 --generator-only ''
    python -m bench --compare old.json    # run, then print old vs new
    python -m bench --compare old.json new.json   # compare two runs, run nothing
    python -m bench --show results.json  # print a run's table again, run nothing

Prints one Markdown table (a row per measure, a column per size, the targets) and writes
every result, with the machine and the commit, as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.measure import CommandFailed
from bench.run import PROJECT, Options, run, save
from bench.table import busy_steps, comparison, describe, table


def _sizes(text: str) -> tuple[int, ...]:
    """ "1000,10000" → (1000, 10000); "" → ()."""
    try:
        sizes = tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError("sizes are positive numbers of articles")
    return sizes


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Time the generator, mkdocs build and the whole site on synthetic corpora.",
    )
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=(1_000, 10_000),
        help="corpus sizes measured in full, comma-separated (default: 1000,10000)",
    )
    parser.add_argument(
        "--generator-only",
        type=_sizes,
        default=(100_000,),
        help="sizes where only the generator runs (default: 100000; '' for none)",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=PROJECT / ".cache" / "bench",
        help="corpora, sites and logs (default: .cache/bench/, git-ignored)",
    )
    parser.add_argument(
        "--json", type=Path, help="results file (default: WORKDIR/bench-results.json)"
    )
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default: 0)")
    parser.add_argument(
        "--jobs", type=int, default=2, help="processes writing a corpus (default: 2)"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        nargs="+",
        metavar="JSON",
        help="OLD: run, then print old vs new; OLD NEW: compare two result files, run nothing",
    )
    parser.add_argument(
        "--show", type=Path, metavar="JSON", help="print the table of a results file, run nothing"
    )
    args = parser.parse_args(argv)
    if args.show:
        results = _load(args.show)
        print(f"{describe(results)}\n\n{table(results)}")
        return 0
    if args.compare and len(args.compare) > 2:
        parser.error("--compare takes OLD, or OLD NEW")
    if args.compare and len(args.compare) == 2:
        print(comparison(_load(args.compare[0]), _load(args.compare[1])))
        return 0
    old = _load(args.compare[0]) if args.compare else None  # fail now, not after the run

    json_path = args.json or args.workdir / "bench-results.json"
    options = Options(
        workdir=args.workdir.resolve(),
        sizes=args.sizes,
        generator_only=args.generator_only,
        seed=args.seed,
        jobs=args.jobs,
        json_path=json_path,
    )
    try:
        results = run(options)
    except CommandFailed as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1
    save(results, json_path)
    print(f"\n{describe(results)}\n")
    print(table(results))
    busy = busy_steps(results)
    if busy:
        print("\nOther processes were busy during: " + "; ".join(busy))
        print("Those timings may be high; run again on a quiet machine.")
    print(f"\nResults: {json_path}")
    if old is not None:
        print()
        print(comparison(old, results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
