"""Which findings a command reports, and whether they fail it: digest.findings decides, the
command line only prints (tests/test_cli.py runs the commands themselves)."""

from __future__ import annotations

import pytest

from digest.findings import (
    ANY_PATH,
    NOTES_SHOWN,
    Finding,
    Tally,
    about_files,
    tally,
    to_print,
)


def make(severity, code="D101", path="articles/a.txt", line=None):
    return Finding(severity, code, path, f"{code} message", "", line)


def test_tally_counts_each_severity():
    findings = [make("error"), make("warning"), make("warning"), make("info")]
    assert tally(findings) == Tally(errors=1, warnings=2, notes=1)
    assert tally([]) == Tally(0, 0, 0)


@pytest.mark.parametrize(
    ("counted", "strict", "failed"),
    [
        (Tally(), False, False),
        (Tally(), True, False),
        (Tally(errors=1), False, True),
        (Tally(warnings=1), False, False),
        (Tally(warnings=1), True, True),
        (Tally(notes=5), True, False),  # notes never fail, even under --strict
    ],
)
def test_errors_fail_warnings_only_under_strict_notes_never(counted, strict, failed):
    assert counted.failed(strict) is failed


def test_a_check_of_some_files_reports_theirs_the_registrys_and_any_path_codes():
    registry = "actors.yml"
    chosen = make("warning", "D104", "articles/b.txt", line=1)
    other = make("error", "D101", "articles/c.txt")
    registry_error = make("error", "R501", registry, line=5)
    registry_note = make("info", "R509", registry, line=9)  # about the corpus, not the files
    link = make("error", "X004", "docs/attori")
    not_article = make("error", "X003", "notes.txt")
    found = about_files(
        [other, registry_note, not_article, link, registry_error, chosen],
        {"articles/b.txt"},
        registry,
    )
    assert found == [registry_error, chosen, link, not_article]  # sorted by path
    assert {"X003", "X004"} == ANY_PATH


def test_a_chosen_registry_reports_its_notes_too():
    note = make("info", "R509", "actors.yml")
    assert about_files([note], {"actors.yml"}, "actors.yml") == [note]


def test_errors_and_warnings_are_printed_before_the_first_notes():
    notes = [make("info", "A403", line=n) for n in range(NOTES_SHOWN + 5)]
    problems = [make("error"), make("warning")]
    shown, left_out = to_print([notes[0], problems[0], *notes[1:], problems[1]])
    assert shown == [*problems, *notes[:NOTES_SHOWN]] and left_out == 5
    shown, left_out = to_print([*notes, *problems], verbose=True)
    assert shown == [*problems, *notes] and left_out == 0
