"""Command line: parse options, call the library, print. No logic lives here."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from digest import __version__
from digest.build import build as run_build
from digest.config import Config, load_config
from digest.findings import Finding, has_errors

INFO_SHOWN = 20


def _config(root: str) -> Config:
    config, findings = load_config(Path(root))
    if findings:
        _report(findings, verbose=True)
        if has_errors(findings):
            sys.exit(1)
    return config


def _report(findings: list[Finding], verbose: bool) -> None:
    infos = [f for f in findings if f.severity == "info"]
    for finding in findings:
        if finding.severity != "info":
            click.echo(finding.format(), err=True)
    shown = infos if verbose else infos[:INFO_SHOWN]
    for finding in shown:
        click.echo(finding.format(), err=True)
    if len(infos) > len(shown):
        click.echo(
            f"… and {len(infos) - len(shown)} more notes (use --verbose to see all)", err=True
        )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="digest")
def main() -> None:
    """digest: turn a folder of news articles into a browsable, searchable site."""


@main.command()
@click.option(
    "--root",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False, exists=True),
    help="Folder holding mkdocs.yml, articles/ and the actor registry.",
)
@click.option("--verbose", "-v", is_flag=True, help="Show every note, not only the first ones.")
def build(root: str, verbose: bool) -> None:
    """Generate the article, actor and month pages under docs/ (run before `mkdocs build`)."""
    started = time.perf_counter()
    config = _config(root)
    result = run_build(config)
    _report(result.findings, verbose)
    errors = sum(f.severity == "error" for f in result.findings)
    warnings = sum(f.severity == "warning" for f in result.findings)
    if not result.ok or result.corpus is None or result.report is None:
        click.echo(f"digest: {errors} error(s), {warnings} warning(s); nothing written", err=True)
        sys.exit(1)
    report = result.report
    click.echo(
        f"digest: {len(result.corpus.articles)} articles, {len(result.corpus.actors)} actors, "
        f"{len(result.corpus.months)} months → {len(report.written)} pages written, "
        f"{report.unchanged} unchanged, {len(report.removed)} removed; "
        f"{warnings} warning(s) in {time.perf_counter() - started:.2f} s",
        err=True,
    )


@main.command()
@click.option(
    "--root", default=".", show_default=True, type=click.Path(file_okay=False, exists=True)
)
@click.option(
    "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address for mkdocs serve."
)
def serve(root: str, dev_addr: str) -> None:
    """Preview the site: regenerate pages when articles or the registry change, live reload."""
    from digest.serve import serve as run_serve

    sys.exit(run_serve(_config(root), dev_addr))
