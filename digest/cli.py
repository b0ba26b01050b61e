"""Command line: parse options, call the library, print. No logic lives here: which findings
a command reports and whether they fail it is digest.findings' (and digest.build.check's)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import click

from digest import paths
from digest.build import BuildResult, read_corpus
from digest.build import build as run_build
from digest.build import check as run_check
from digest.config import Config, load_config
from digest.engines import ENGINES
from digest.findings import (
    Finding,
    github_annotation,
    has_errors,
    printable,
    safe_output_line,
    tally,
    to_print,
)
from digest.version import __version__

# The readers, the site's engines, the search index, the drafts and the suggestions are
# imported by the commands that use them: `digest build` with nothing changed loads none of
# them (digest.build says why).


def _config(root: str) -> Config:
    config, findings = load_config(Path(root))
    if findings:
        _report(findings, verbose=True)
        if has_errors(findings):
            sys.exit(1)
    return config


def _report(findings: list[Finding], verbose: bool) -> None:
    shown, left_out = to_print(findings, verbose)
    for finding in shown:
        click.echo(finding.format(), err=True)
    if left_out:
        click.echo(f"… and {left_out} more notes (use --verbose to see all)", err=True)


_root_option = click.option(
    "--root",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False, exists=True),
    help="Folder holding mkdocs.yml, articles/ and the actor registry.",
)


def _build_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options `build` and `site` share."""
    for option in reversed(
        [
            click.option(
                "--verbose", "-v", is_flag=True, help="Show every note, not only the first ones."
            ),
            click.option(
                "--no-cache", is_flag=True, help=f"Ignore and do not update {paths.CACHE}/."
            ),
            click.option(
                "--stats",
                "stats_file",
                type=click.Path(dir_okay=False, writable=True),
                help="Write counts and stage timings as JSON to this file (for benchmarks).",
            ),
        ]
    ):
        command = option(command)
    return command


class _Guarded(click.Group):
    """No traceback for a user: a file system error says what and where, anything else is
    reported as a bug in one line (DIGEST_DEBUG=1 shows the traceback)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except OSError as exc:
            if os.environ.get("DIGEST_DEBUG"):
                raise
            where = f" ({printable(str(exc.filename))})" if exc.filename else ""
            raise click.ClickException(f"{printable(exc.strerror or str(exc))}{where}") from exc
        except Exception as exc:
            if os.environ.get("DIGEST_DEBUG"):
                raise
            raise click.ClickException(
                f"internal error ({type(exc).__name__}: {printable(str(exc))[:300]}); "
                "please report it, with DIGEST_DEBUG=1 set to see where it happened"
            ) from exc


def run() -> None:
    """The program (`digest`, `python -m digest`): `main`, then an exit that does not free
    every object one by one. A build holds millions of them, and freeing them took longer
    than some builds (0.9 s after a one-article edit at 10,000 articles). Output is flushed
    first; nothing digest opens outlives its command. Tests call `main`, never this."""
    try:
        main(prog_name="digest")
        code: object = 0
    except SystemExit as stop:
        code = stop.code
    if code is not None and not isinstance(code, int):
        click.echo(code, err=True)  # what sys.exit("message") prints
        code = 1
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe (`digest … | head`) or a closed stream has nothing left to flush.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code or 0)


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="digest")
def main() -> None:
    """digest: turn a folder of news articles into a browsable, searchable site."""


@main.command()
@_root_option
@_build_options
@click.option(
    "--search",
    is_flag=True,
    help="Also write the search index into docs/pagefind/ (for other engines, or a preview).",
)
def build(root: str, verbose: bool, no_cache: bool, stats_file: str | None, search: bool) -> None:
    """Generate the article, actor and month pages under docs/ (run before `mkdocs build`).

    Only pages whose content changed are written; a content cache in .digest-cache/
    (git-ignored) makes a rebuild with few changes fast.
    """
    started = time.perf_counter()
    config = _config(root)
    result = run_build(config, use_cache=not no_cache, keep_corpus=search)
    _report(result.findings, verbose)
    if search and result.ok and result.corpus is not None:
        from digest.search import write_index

        records = write_index(
            result.corpus, config.docs_dir / "pagefind", config.language, config.addresses
        )
        click.echo(f"digest: search index of {records} records in docs/pagefind/", err=True)
    _summary(result, time.perf_counter() - started, stats_file)


@main.command()
@_root_option
def shards(root: str) -> None:
    """The slices the publishing workflow builds, one per runner (extra.digest.shards), as
    JSON: ["1/2", "2/2"]. In GitHub Actions, also the step's output `shards`."""
    from digest.render import shard_names

    names = json.dumps(shard_names(_config(root).shards))
    click.echo(names)
    if output := os.environ.get("GITHUB_OUTPUT"):
        with open(output, "a", encoding="utf-8") as file:
            file.write(f"shards={names}\n")


class _ShardType(click.ParamType):
    """ "2/4" → (2, 4)."""

    name = "K/N"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> tuple[int, int]:
        from digest.render import parse_shard

        try:
            return parse_shard(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


_SHARD = _ShardType()


@main.command()
@_root_option
@click.option(
    "--site-dir",
    default="site",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Where the built site goes (relative to --root).",
)
@click.option(
    "--engine",
    type=click.Choice(list(ENGINES)),
    help="What builds the site from docs/ (default: extra.digest.engine in mkdocs.yml, else mkdocs).",
)
@click.option(
    "--slices",
    type=click.IntRange(1, 64),
    help="MkDocs processes rendering the pages at once (default: one per core).",
)
@click.option(
    "--shard",
    type=_SHARD,
    help="Build slice K of N only, for one runner of a CI matrix (no search index).",
)
@click.option(
    "--merge",
    "merge_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="Join the folders --shard wrote into --site-dir, with the search index (repeat).",
)
@_build_options
def site(
    root: str,
    site_dir: str,
    engine: str | None,
    slices: int | None,
    shard: tuple[int, int] | None,
    merge_dirs: tuple[str, ...],
    verbose: bool,
    no_cache: bool,
    stats_file: str | None,
) -> None:
    """Build the whole site: pages, then the engine (`mkdocs build --strict` by default) with
    the search index beside it.

    This is what `make site` runs. MkDocs renders the pages in slices, one process per core,
    and Pagefind indexes the articles beside them from the text the generator already holds.
    For an archive too large for one machine, `--shard K/N` builds one slice on each runner
    and `--merge` joins them: the same site, byte for byte.
    """
    from digest.site import build_shard, build_site, merge_site, without_traceback

    started = time.perf_counter()
    config = _config(root)
    target = Path(root) / site_dir
    if shard is not None:
        result = build_shard(config, target, *shard, use_cache=not no_cache)
    elif merge_dirs:
        parts = [Path(root) / d for d in merge_dirs]
        result = merge_site(config, parts, target, use_cache=not no_cache)
    else:
        result = build_site(config, target, use_cache=not no_cache, engine=engine, slices=slices)
    _report(result.build.findings, verbose)
    if result.build.ok and result.engine_returncode != 0:
        for line in without_traceback(result.engine_output):
            click.echo(safe_output_line(line), err=True)
        click.echo(f"digest: the {result.engine} build failed (output above)", err=True)
        sys.exit(1)
    if result.search_error:
        click.echo(f"digest: the search index failed: {result.search_error}", err=True)
        sys.exit(1)
    result.build.timings.update({f"site_{k}": v for k, v in result.timings.items()})
    _summary(result.build, time.perf_counter() - started, stats_file)
    if result.ok:
        click.echo(
            f"digest: site in {Path(root) / site_dir} with a search index of "
            f"{result.search_records} records ({result.timings})",
            err=True,
        )


def _summary(result: BuildResult, seconds: float, stats_file: str | None) -> None:
    counted = tally(result.findings)
    errors, warnings = counted.errors, counted.warnings
    report = result.report
    if stats_file:
        stats = {
            **result.counts,
            "ok": result.ok,
            "written": len(report.written) if report else 0,
            "unchanged": report.unchanged if report else 0,
            "removed": len(report.removed) if report else 0,
            "errors": errors,
            "warnings": warnings,
            "seconds": round(seconds, 4),
            "timings": result.timings,
        }
        Path(stats_file).write_text(json.dumps(stats, indent=1) + "\n", encoding="utf-8")
    if not result.ok or report is None:
        click.echo(f"digest: {errors} error(s), {warnings} warning(s); nothing written", err=True)
        sys.exit(1)
    counts = result.counts
    what = ", ".join(f"{counts[k]} {k}" for k in ("articles", "actors", "months") if k in counts)
    click.echo(
        f"digest: {what} → {len(report.written)} pages written, "
        f"{report.unchanged} unchanged, {len(report.removed)} removed; "
        f"{warnings} warning(s) in {seconds:.2f} s",
        err=True,
    )


@main.command()
@_root_option
@click.option(
    "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address for mkdocs serve."
)
def serve(root: str, dev_addr: str) -> None:
    """Preview the site: regenerate pages when articles or the registry change, live reload."""
    from digest.serve import serve as run_serve

    sys.exit(run_serve(_config(root), dev_addr))


# ---------------------------------------------------------------- check


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--strict", is_flag=True, help="Treat warnings as errors (what pull requests run).")
@_root_option
def check(paths: tuple[str, ...], strict: bool, root: str) -> None:
    """Validate articles (all, or PATHS) and the actor registry; write nothing.

    Exit status 0 when clean, 1 on errors (and on warnings with --strict). Under GitHub
    Actions, findings are also printed as annotations on the pull request.
    """
    result = run_check(_config(root), paths)
    for finding in result.findings:
        click.echo(finding.format())
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for finding in result.findings:
            click.echo(github_annotation(finding))
    counted, failed = result.tally, result.tally.failed(strict)
    click.echo(
        f"digest check: {result.checked} article(s) checked, {counted.errors} error(s), "
        f"{counted.warnings} warning(s), {counted.notes} note(s)"
        f"{' (strict)' if strict else ''}: {'failed' if failed else 'ok'}"
    )
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("codes", nargs=-1)
@click.option(
    "--update",
    type=click.Path(dir_okay=False, exists=True),
    help="Rewrite the table of codes in this file (CONTRIBUTING.md) instead of printing it.",
)
def codes(codes: tuple[str, ...], update: str | None) -> None:
    """Print the table of finding codes (all, or CODES): severity, problem and fix, as
    CONTRIBUTING.md lists them (digest/catalogue.py holds them)."""
    from digest.catalogue import CatalogueError, markdown_table, with_table

    try:
        if update is None:
            click.echo(markdown_table(code.upper() for code in codes), nl=False)
            return
        if codes:
            raise click.UsageError("--update writes the whole table: give no CODES")
        path = Path(update)
        text = path.read_text(encoding="utf-8")
        if (new := with_table(text)) != text:
            path.write_text(new, encoding="utf-8")
        click.echo(f"{update}: table of codes {'updated' if new != text else 'unchanged'}")
    except CatalogueError as exc:
        raise click.UsageError(str(exc)) from exc


# ---------------------------------------------------------------- explain


@main.command()
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
@_root_option
def explain(path: str, as_json: bool, root: str) -> None:
    """Show how one article was read: each field with the rule behind it, every piece of text
    taken out of the body with its rule, and each actor with the words it matched.

    \b
    Example:
        digest explain articles/2025/2025-12-20-munir-incontra-haftar.txt
    """
    from digest.build import load_site_registry
    from digest.explain import explain as run_explain
    from digest.explain import to_json_text, to_text

    config = _config(root)
    registry, problems = load_site_registry(config)
    if has_errors(problems):
        _report(problems, verbose=True)
        sys.exit(1)
    target = Path(path)
    if target.is_symlink() or not target.is_file():
        raise click.ClickException(f"{printable(path)} is not an article file")
    explanation = run_explain(
        config.relative(target), target.read_bytes(), config.language, registry
    )
    click.echo(to_json_text(explanation) if as_json else to_text(explanation))
    sys.exit(0 if explanation.article is not None else 1)


# ---------------------------------------------------------------- new


@main.command()
@click.argument("source", default="-", type=click.File("rb"))
@click.option(
    "--date", "date_text", help="YYYY-MM-DD, or YYYY-MM when the day is unknown. Default: today."
)
@click.option("--slug", help="Words for the file name. Default: the first words of the text.")
@_root_option
def new(source: BinaryIO, date_text: str | None, slug: str | None, root: str) -> None:
    """Create a correctly named article file from a text (a file, or standard input).

    \b
    Example:
        pbpaste | digest new --date 2025-12-20
        digest new notizia.txt --slug munir-incontra-haftar
    """
    from digest.draft import DraftError, draft_article
    from digest.readers import read_article

    config = _config(root)
    try:
        target, text = draft_article(source.read(), config, date_text, slug, dt.date.today())
    except DraftError as exc:
        raise click.ClickException(str(exc)) from exc
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    click.echo(config.relative(target))
    article, findings = read_article(config.relative(target), target.read_bytes(), config.language)
    for finding in findings:
        click.echo(finding.format(), err=True)
    if article is not None:
        click.echo(printable(f"  {article.date.iso} · {article.title}"), err=True)


# ---------------------------------------------------------------- actors


@main.group()
def actors() -> None:
    """Work on the actor registry."""


@actors.command("suggest")
@click.option("--limit", default=20, show_default=True, help="How many names to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the suggestions as JSON.")
@_root_option
def actors_suggest(limit: int, as_json: bool, root: str) -> None:
    """Names in the articles that match no actor, most frequent first, with a draft entry.

    \b
    Example:
        digest actors suggest --limit 5
        digest actors suggest --json | jq '.[0].entry'
    """
    from digest.suggest import suggest

    config = _config(root)
    reading = read_corpus(config)
    suggestions = suggest(reading.names, reading.registry)
    if as_json:
        click.echo(
            json.dumps([s.to_json() for s in suggestions[:limit]], ensure_ascii=False, indent=1)
        )
        return
    if not suggestions:
        click.echo("No unknown names: every capitalised name matches an actor or is ignored.")
        return
    for item in suggestions[:limit]:
        variants = [v for v in item.variants if v != item.name]
        also = f"  (also: {', '.join(variants)})" if variants else ""
        click.echo(printable(f"{len(item.articles)} article(s): {item.name}{also}"))
        for seen in item.examples:
            click.echo(printable(f"    {seen.path}:{seen.line}: “{seen.sentence}”"))
        for line in item.entry().split("\n"):
            click.echo(printable(line))
        click.echo("")
    if len(suggestions) > limit:
        click.echo(f"… {len(suggestions) - limit} more (use --limit)")
    click.echo(
        f"Accept one with `digest actors accept NAME` (it writes the entry into "
        f"{config.relative(config.registry_path)}), or add the name to `ignore:` if it is not "
        "an actor."
    )


@actors.command("accept")
@click.argument("name")
@click.option(
    "--kind",
    type=click.Choice(["person", "organisation", "country"]),
    help="The kind, when the guess is wrong.",
)
@click.option("--dry-run", is_flag=True, help="Print the entry; write nothing.")
@_root_option
def actors_accept(name: str, kind: str | None, dry_run: bool, root: str) -> None:
    """Add the suggestion for NAME (its name or any variant) to the registry, as a commented
    entry after the last one; the rest of the file is left exactly as it was.

    \b
    Example:
        digest actors accept "Abdul Hamid Dbeibah"
        digest actors accept Dbeibeh --kind person --dry-run
    """
    import dataclasses

    from digest.normalise import match_key
    from digest.registry_edit import EditError, add_entry, write_registry
    from digest.suggest import names_of, suggest

    config = _config(root)
    reading = read_corpus(config)
    found = names_of(suggest(reading.names, reading.registry)).get(match_key(name))
    if found is None:
        raise click.ClickException(
            f"no suggestion is named {printable(name)!r}: `digest actors suggest` lists them"
        )
    if kind is not None and kind != found.kind:
        found = dataclasses.replace(found, kind=kind, why="given with --kind")  # type: ignore[arg-type]
    path = config.registry_path
    shown = config.relative(path)
    try:
        before = path.read_bytes().decode("utf-8") if path.exists() else "actors: []\n"
        after = add_entry(before, found.entry(), found.id, shown)
        if not dry_run:
            write_registry(path, after)
    except (EditError, UnicodeDecodeError) as exc:
        raise click.ClickException(printable(str(exc))) from exc
    for line in found.entry().split("\n"):
        click.echo(printable(line))
    click.echo(
        f"{'would add' if dry_run else 'added'} `{found.id}` to {shown}: "
        "check the kind, write the description and its source",
        err=True,
    )


@actors.command("starter")
@click.option(
    "--kind", type=click.Choice(["person", "organisation", "country"]), help="Only this kind."
)
@_root_option
def actors_starter(kind: str | None, root: str) -> None:
    """List the starter registry's actors (id, kind, name): what `drop:` and the ids of
    actors.yml refer to."""
    from digest.starter import starter_registry

    config = _config(root)
    for actor in starter_registry(config.language).actors.values():
        if kind is None or actor.kind == kind:
            click.echo("\t".join(printable(v) for v in (actor.id, actor.kind, actor.name)))
