"""Problems are values: every stage returns `Finding`s, the build reports them all at once.

Findings are made by `digest.catalogue.finding`, which words them; this module holds their
shape and how they are printed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Set
from dataclasses import dataclass
from typing import Literal

from digest.frozen import by_fields

Severity = Literal["error", "warning", "info"]
_RANK = {"error": 0, "warning": 1, "info": 2}


@by_fields
@dataclass(frozen=True, slots=True)
class Finding:
    severity: Severity
    code: str  # e.g. "D101"; stable, one entry of digest/catalogue.py, listed in CONTRIBUTING.md
    path: str  # file the finding is about, relative to the repository root
    message: str
    fix: str = ""
    line: int | None = None
    column: int | None = None

    @property
    def location(self) -> str:
        loc = self.path
        if self.line:
            loc += f":{self.line}"
            if self.column:
                loc += f":{self.column}"
        return loc

    def format(self) -> str:
        """Two lines at most, whatever the message quotes: every value is made printable."""
        text = f"{printable(self.location)}: {self.severity} {self.code} {printable(self.message)}"
        if self.fix:
            text += f"\n    fix: {printable(self.fix)}"
        return text


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


@dataclass(frozen=True)
class Tally:
    """How many findings of each severity: what a command's last line says."""

    errors: int = 0
    warnings: int = 0
    notes: int = 0

    def failed(self, strict: bool = False) -> bool:
        """Errors fail a run; warnings too under --strict; notes never."""
        return self.errors > 0 or (strict and self.warnings > 0)


def tally(findings: Iterable[Finding]) -> Tally:
    counts = Counter(f.severity for f in findings)
    return Tally(counts["error"], counts["warning"], counts["info"])


# Reported by `digest check PATHS` whichever paths are given: a path that is not an article
# (X003) is one of those given, and a symbolic link anywhere (X004) concerns every change.
ANY_PATH = frozenset({"X003", "X004"})


def about_files(findings: Iterable[Finding], chosen: Set[str], registry: str) -> list[Finding]:
    """The findings a check of the files `chosen` reports, sorted: theirs, the registry's
    errors and warnings (every article is read with it; its notes are about the whole
    corpus), and those of ANY_PATH. The whole corpus is read all the same: a duplicate of
    a chosen file is found only by reading the others."""
    return sorted_findings(
        f
        for f in findings
        if f.path in chosen or (f.path == registry and f.severity != "info") or f.code in ANY_PATH
    )


NOTES_SHOWN = 20  # notes are leads (names to register): the first ones, unless asked for all


def to_print(findings: Iterable[Finding], verbose: bool = False) -> tuple[list[Finding], int]:
    """The findings to print, errors and warnings before notes, and how many notes are left
    out: all of them when `verbose`, else the first NOTES_SHOWN notes."""
    findings = list(findings)
    notes = [f for f in findings if f.severity == "info"]
    shown = notes if verbose else notes[:NOTES_SHOWN]
    return [f for f in findings if f.severity != "info"] + shown, len(notes) - len(shown)


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Deterministic order: by file, line, then severity and code."""
    return sorted(
        findings,
        key=lambda f: (f.path, f.line or 0, f.column or 0, _RANK[f.severity], f.code, f.message),
    )


# Characters that would end a line, move the cursor or recolour a terminal, reorder text, or
# fail to encode: a message quotes article text and file names, which are hostile input.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060"
    "\ufeff\ufffe\uffff\ud800-\udfff]"
)


def printable(value: str) -> str:
    """`value` on one line, every control or invisible character shown as \\u escape."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", value)


def safe_output_line(line: str) -> str:
    """A line of other programs' output, printed under GitHub Actions: a line starting with
    "::" would be read as a workflow command (::add-mask::, ::error …)."""
    line = printable(line)
    return f"| {line}" if line.lstrip().startswith("::") else line


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def github_annotation(finding: Finding) -> str:
    """A workflow command, so the finding shows on the pull request's diff at its line."""
    props = [f"file={_escape_property(printable(finding.path))}"]
    if finding.line:
        props.append(f"line={finding.line}")
        if finding.column:
            props.append(f"col={finding.column}")
    props.append(f"title={_escape_property(f'{finding.code} {printable(finding.path)}')}")
    message = printable(finding.message) + (
        f"\nFix: {printable(finding.fix)}" if finding.fix else ""
    )
    return f"::{_COMMANDS[finding.severity]} {','.join(props)}::{_escape_data(message)}"
