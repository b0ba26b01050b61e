"""Problems are values: every stage returns `Finding`s, the build reports them all at once.

Findings are made by `digest.catalogue.finding`, which words them; this module holds their
shape and how they are printed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
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


def _maker(severity: Severity) -> Callable[..., Finding]:
    def make(
        code: str,
        path: str,
        message: str,
        fix: str = "",
        line: int | None = None,
        column: int | None = None,
    ) -> Finding:
        return Finding(severity, code, path, message, fix, line, column)

    make.__name__ = severity
    return make


# error("D101", path, message, fix, line, column), and the same for the other severities.
error = _maker("error")
warning = _maker("warning")
info = _maker("info")


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


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
