"""The benchmark's results as Markdown: one table, a row per measure and a column per size.

Pure functions of the results dict (what `python -m bench` writes as JSON), so a
table can be printed again, or two runs compared, from their JSON files alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

GIB = 2**30
MISSING = "—"
# Other processes' average use of the cores during a step above which its timing is suspect.
BUSY_CORES = 0.25


def seconds(value: float) -> str:
    return f"{value:,.2f} s"


def rate(value: float) -> str:
    return f"{value:,.0f}/s"


def memory(value: float) -> str:
    return f"{value / 2**20:,.0f} MiB"


def count(value: float) -> str:
    return f"{value:,}"


def size(value: float) -> str:
    """Bytes in decimal units, as the targets are written ("300 KB")."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6)):
        if value >= scale:
            return f"{value / scale:,.1f} {unit}"
    return f"{value / 1e3:,.1f} KB"


def ratio(value: float) -> str:
    return f"{value:.2f}×"


def share(value: float) -> str:
    return f"{value:.0%}"


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


@dataclass(frozen=True)
class Target:
    text: str
    met: Callable[[int, float], bool | None]  # None: the target says nothing at this size


def _up_to(limits: tuple[tuple[int, float], ...]) -> Callable[[int, float], bool | None]:
    """A limit for every size up to each bound: ((10_000, 3), (100_000, 30))."""

    def met(n: int, value: float) -> bool | None:
        for bound, limit in limits:
            if n <= bound:
                return value <= limit
        return None

    return met


def _always(limit: float) -> Callable[[int, float], bool | None]:
    return lambda n, value: value <= limit


@dataclass(frozen=True)
class Row:
    label: str
    path: tuple[str, ...]  # keys into one size's results
    format: Callable[[Any], str]
    target: Target | None = None
    detail: tuple[str, ...] | None = None  # shown in parentheses after the value


ROWS: tuple[Row, ...] = (
    Row(
        "Generator, cold",
        ("generator", "cold", "seconds"),
        seconds,
        Target("≤ 3 s at 10k, ≤ 30 s at 100k", _up_to(((10_000, 3), (100_000, 30)))),
    ),
    Row("Generator, cold: articles/s", ("generator", "cold", "articles_per_second"), rate),
    Row(
        "Generator, cold: peak memory",
        ("generator", "cold", "peak_memory"),
        memory,
        Target("≤ 2 GiB at 100k", _up_to(((100_000, 2 * GIB),))),
    ),
    Row("Generator, cold: files written", ("generator", "cold", "written"), count),
    Row(
        "Generator, nothing changed",
        ("generator", "noop", "seconds"),
        seconds,
        Target("≤ 1 s", _always(1)),
    ),
    Row(
        "Generator, nothing changed: files written",
        ("generator", "noop", "written"),
        count,
        Target("0", _always(0)),
    ),
    Row("Generator, nothing changed: peak memory", ("generator", "noop", "peak_memory"), memory),
    Row(
        "Generator, one article edited",
        ("generator", "edit", "seconds"),
        seconds,
        Target("≤ 1 s", _always(1)),
    ),
    Row("Generator, one article edited: files written", ("generator", "edit", "written"), count),
    Row("`mkdocs build --strict` alone", ("mkdocs", "seconds"), seconds),
    Row("`mkdocs build --strict`: peak memory", ("mkdocs", "peak_memory"), memory),
    Row("Whole site (`make site`), cold", ("site", "seconds"), seconds),
    Row("Whole site: peak memory", ("site", "peak_memory"), memory),
    Row("Baseline: MkDocs + Material + search, articles only", ("baseline", "seconds"), seconds),
    Row(
        "Whole site: the cores' use",
        ("site", "cpu_use"),
        share,
        Target("≥ 85%", lambda n, value: value >= 0.85),
    ),
    Row("Whole site ÷ baseline", ("site_vs_baseline",), ratio, Target("≤ 1.1×", _always(1.1))),
    Row("Sharded on 2 runners: slowest runner", ("shards", "slowest_runner"), seconds),
    Row("Sharded on 2 runners: merge", ("shards", "merge", "seconds"), seconds),
    Row(
        "Sharded and merged = one machine's site",
        ("shards", "identical"),
        yes_no,
        Target("yes", lambda n, value: bool(value)),
    ),
    Row(
        "Preview: an edit shows",
        ("preview", "edit"),
        seconds,
        Target("≤ 2 s at 10k", _up_to(((10_000, 2),))),
    ),
    Row(
        "Preview: a new article shows",
        ("preview", "add"),
        seconds,
        Target("≤ 5 s at 10k", _up_to(((10_000, 5),))),
    ),
    Row(
        "Preview: a deleted article is gone",
        ("preview", "delete"),
        seconds,
        Target("≤ 5 s at 10k", _up_to(((10_000, 5),))),
    ),
    Row("Preview: search index follows in", ("preview", "edit_search"), seconds),
    Row("Site size", ("site", "bytes"), size),
    Row(
        "Search index size",
        ("site", "search_index", "bytes"),
        size,
        detail=("site", "search_index", "kind"),
    ),
    Row(
        "Largest page",
        ("site", "largest_page", "bytes"),
        size,
        Target("≤ 300 KB", _always(300_000)),
        detail=("site", "largest_page", "path"),
    ),
    Row("Pages (.html files)", ("site", "pages"), count),
)


def lookup(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _sizes(results: dict) -> list[int]:
    return sorted(int(n) for n in results.get("sizes", {}))


def cell(row: Row, n: int, size_results: dict) -> str:
    value = lookup(size_results, row.path)
    if value is None:
        return MISSING
    text = row.format(value)
    detail = lookup(size_results, row.detail) if row.detail else None
    if detail:
        text += f" ({detail})"
    met = row.target.met(n, value) if row.target else None
    if met is not None:
        text += " ✓" if met else " ✗"
    return text


def _markdown(header: list[str], lines: list[list[str]], numbers: int) -> str:
    """A Markdown table whose columns 1 to `numbers` hold numbers, right-aligned."""
    aligns = ["--:" if 1 <= i <= numbers else "---" for i in range(len(header))]
    rows = [header, aligns, *lines]
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def table(results: dict) -> str:
    """One Markdown table: a row per measure taken, a column per corpus size, the targets."""
    sizes = _sizes(results)
    header = ["Measure", *(f"{n:,} articles" for n in sizes), "Target"]
    lines = []
    for row in ROWS:
        cells = [cell(row, n, results["sizes"][str(n)]) for n in sizes]
        if all(c == MISSING for c in cells):
            continue
        lines.append([row.label, *cells, row.target.text if row.target else ""])
    return _markdown(header, lines, numbers=len(sizes))


def describe(results: dict) -> str:
    """One line on what produced the results: commit, machine, Python."""
    git = results.get("git") or {}
    machine = results.get("machine") or {}
    commit = (git.get("commit") or "unknown")[:10] + (
        " (uncommitted changes)" if git.get("dirty") else ""
    )
    return (
        f"commit {commit}, {results.get('date', '?')}; {machine.get('cpu') or 'unknown CPU'}, "
        f"{machine.get('nproc')} cores, Python {machine.get('python')}"
    )


def busy_steps(results: dict, threshold: float = BUSY_CORES) -> list[str]:
    """Steps during which other processes kept `threshold` cores or more busy, on average."""
    found = []

    def walk(data: Any, where: list[str]) -> None:
        if not isinstance(data, dict):
            return
        if (data.get("other_cores") or 0) >= threshold:
            found.append(f"{' '.join(where)} ({data['other_cores']:.2f} cores)")
        for key, value in data.items():
            walk(value, [*where, key])

    for n in _sizes(results):
        walk(results["sizes"][str(n)], [f"{n:,}:"])
    return found


def comparison(old: dict, new: dict) -> str:
    """Old and new side by side for every measure both runs took, with the relative change."""
    lines = []
    sizes = [n for n in _sizes(new) if str(n) in old.get("sizes", {})]
    for row in ROWS:
        for n in sizes:
            before = lookup(old["sizes"][str(n)], row.path)
            after = lookup(new["sizes"][str(n)], row.path)
            if before is None and after is None:
                continue
            change = MISSING
            if before is not None and after is not None and before:
                change = f"{(after - before) / before:+.0%}"
            lines.append(
                [
                    row.label,
                    f"{n:,}",
                    row.format(before) if before is not None else MISSING,
                    row.format(after) if after is not None else MISSING,
                    change,
                ]
            )
    header = ["Measure", "Articles", "Old", "New", "Change"]
    return f"Old: {describe(old)}\nNew: {describe(new)}\n\n" + _markdown(header, lines, numbers=4)
