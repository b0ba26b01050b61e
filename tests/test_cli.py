from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from digest.cli import main
from tests.conftest import FIXTURES


def test_build_command(site):
    shutil.copy(FIXTURES / "articles/no-known-actor.txt", site / "articles/2025-12-21-bari.txt")
    result = CliRunner().invoke(main, ["build", "--root", str(site)])
    assert result.exit_code == 0, result.output
    assert "3 articles" in result.output and "pages written" in result.output
    assert "“Aldo Bertoni” matches no actor" in result.output


def test_build_command_fails_with_every_error(site):
    for name in ("missing-date.txt", "unknown-key.md"):
        shutil.copy(FIXTURES / "articles" / name, site / "articles" / name)
    result = CliRunner().invoke(main, ["build", "--root", str(site)])
    assert result.exit_code == 1
    assert "articles/missing-date.txt:1:1: error D101" in result.output
    assert "articles/unknown-key.md:3: error F302" in result.output
    assert "nothing written" in result.output


def test_help_on_every_command():
    for args in (
        ["--help"],
        ["build", "--help"],
        ["serve", "--help"],
        ["site", "--help"],
        ["check", "--help"],
        ["new", "--help"],
        ["actors", "--help"],
        ["actors", "suggest", "--help"],
        ["actors", "accept", "--help"],
        ["actors", "starter", "--help"],
        ["codes", "--help"],
    ):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0 and "Usage" in result.output


def test_site_engine_is_one_digest_can_run(site):
    result = CliRunner().invoke(main, ["site", "--root", str(site), "--engine", "hugo"])
    assert result.exit_code == 2 and "'hugo' is not one of 'mkdocs', 'properdocs', 'zensical'" in (
        result.output
    )
    assert not (site / "docs/articoli").exists()


# ---------------------------------------------------------------- check


def test_check_clean_corpus(site):
    result = CliRunner().invoke(main, ["check", "--strict", "--root", str(site)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == (
        "digest check: 2 article(s) checked, 0 error(s), 0 warning(s), 0 note(s) (strict): ok"
    )
    assert not (site / "docs/articoli").exists()  # check writes nothing


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        (
            "articles/missing-date.txt",
            "articles/2025-12-20-new.txt:1:1: error D101 missing date line",
        ),
        (
            "articles/impossible-date.txt",
            "articles/2025-12-20-new.txt:1:7: error D102 date '2025-13-40' is impossible",
        ),
        (
            "hostile/script.md",
            "articles/2025-12-20-new.md:7: error H701 active content is not allowed: a <script> element",
        ),
    ],
)
def test_check_broken_articles(site, fixture, expected):
    suffix = fixture.rsplit(".", 1)[1]
    target = site / f"articles/2025-12-20-new.{suffix}"
    shutil.copy(FIXTURES / fixture, target)
    result = CliRunner().invoke(main, ["check", "--root", str(site), str(target)])
    assert result.exit_code == 1
    assert expected in result.output
    assert "    fix: " in result.output
    assert result.output.splitlines()[-1].startswith(
        "digest check: 1 article(s) checked, 1 error(s)"
    )


def test_check_strict_turns_warnings_into_failure(site):
    shutil.copy(FIXTURES / "articles/future.txt", site / "articles/2999-01-02-futuro.txt")
    assert CliRunner().invoke(main, ["check", "--root", str(site)]).exit_code == 0
    result = CliRunner().invoke(main, ["check", "--strict", "--root", str(site)])
    assert result.exit_code == 1 and "warning D104" in result.output


def test_check_duplicate_names_both_paths_even_for_one_file(site):
    copy = site / "articles/2025-12-20-copia.txt"
    shutil.copy(FIXTURES / "duplicates/2025-12-20-copia.txt", copy)
    result = CliRunner().invoke(main, ["check", "--root", str(site), str(copy)])
    assert result.exit_code == 1
    assert (
        "articles/2025-12-20-copia.txt: error S603 same text as "
        "articles/2025-12-20-munir-incontra-haftar-a-bengasi.txt"
    ) in result.output


def test_check_prints_github_annotations_under_actions(site, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    shutil.copy(FIXTURES / "articles/unknown-key.md", site / "articles/2025-12-20-x.md")
    shutil.copy(FIXTURES / "articles/no-known-actor.txt", site / "articles/2025-12-21-bari.txt")
    result = CliRunner().invoke(main, ["check", "--root", str(site)])
    assert (
        "::error file=articles/2025-12-20-x.md,line=3,title=F302 articles/2025-12-20-x.md::"
        "unknown front matter key `actor`%0AFix: did you mean `actors`?"
    ) in result.output
    assert "::notice file=articles/2025-12-21-bari.txt,line=1," in result.output


def test_check_path_outside_articles(site):
    (site / "notes.txt").write_text("x")
    result = CliRunner().invoke(main, ["check", "--root", str(site), str(site / "notes.txt")])
    assert result.exit_code == 1 and "error X003 not an article" in result.output


# ---------------------------------------------------------------- codes


def test_codes_prints_the_table_and_updates_it_in_a_document(tmp_path):
    result = CliRunner().invoke(main, ["codes", "r503", "X013"])
    assert result.exit_code == 0 and result.output.splitlines() == [
        "| Code | Severity | Problem | Fix |",
        "|---|---|---|---|",
        "| R503 | error | The registry is not valid YAML (the line is given) | Fix the indentation "
        "and quoting; follow the example at the top of `actors.yml` |",
        "| X013 | error | A folder given to `digest site --merge` is missing or not a folder | Give "
        "the folders `digest site --shard K/N` wrote, one per slice |",
    ]
    assert "unknown finding code(s): Z999" in CliRunner().invoke(main, ["codes", "Z999"]).output
    document = tmp_path / "CONTRIBUTING.md"
    document.write_text(
        "# Codes\n\n| Code | Severity | Problem | Fix |\n|---|---|---|---|\n| R503 | x | y | z |\n"
        "\nAfter.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["codes", "--update", str(document)])
    assert result.exit_code == 0 and "table of codes updated" in result.output
    text = document.read_text(encoding="utf-8")
    assert text.startswith("# Codes\n\n| Code |") and text.endswith("|\n\nAfter.\n")
    assert "| R523 | error |" in text and "| R503 | x |" not in text
    result = CliRunner().invoke(main, ["codes", "--update", str(document)])
    assert "unchanged" in result.output and document.read_text(encoding="utf-8") == text


# ---------------------------------------------------------------- new and actors


def test_new_from_standard_input(site):
    result = CliRunner().invoke(
        main,
        ["new", "--root", str(site), "--date", "2025-11-03"],
        input="Il premier Abdul Hamid Dbeibah è arrivato a Roma.\n",
    )
    assert result.exit_code == 0, result.output
    # Named after the title the reader infers (the role before the name goes).
    path = "articles/2025/2025-11-03-abdul-hamid-dbeibah-e-arrivato-a-roma.txt"
    assert result.output.splitlines()[0] == path
    assert (site / path).read_text(
        encoding="utf-8"
    ) == " date 2025-11-03 Il premier Abdul Hamid Dbeibah è arrivato a Roma.\n"
    again = CliRunner().invoke(
        main,
        ["new", "--root", str(site), "--date", "2025-11-03"],
        input="Il premier Abdul Hamid Dbeibah è arrivato a Roma.\n",
    )
    assert again.exit_code == 1 and "already exists" in again.output


def test_actors_suggest(site):
    shutil.copy(FIXTURES / "articles/no-known-actor.txt", site / "articles/2025-12-20-bari.txt")
    result = CliRunner().invoke(main, ["actors", "suggest", "--root", str(site)])
    assert result.exit_code == 0, result.output
    assert "1 article(s): Aldo Bertoni" in result.output
    assert (
        "  - id: aldo-bertoni\n    name: Aldo Bertoni\n    kind: person  # guessed: seen after «sindaco»"
        in result.output
    )
    assert "articles/2025-12-20-bari.txt:1: “Il sindaco Aldo Bertoni" in result.output


def test_actors_suggest_as_json(site):
    shutil.copy(FIXTURES / "articles/no-known-actor.txt", site / "articles/2025-12-20-bari.txt")
    result = CliRunner().invoke(main, ["actors", "suggest", "--json", "--root", str(site)])
    assert result.exit_code == 0, result.output
    items = {item["name"]: item for item in json.loads(result.output)}
    assert items["Aldo Bertoni"]["kind"] == "person"
    assert items["Aldo Bertoni"]["why"] == "seen after «sindaco», and «Aldo» is a first name"
    assert items["Fondazione Marenostro"]["kind"] == "organisation"
    assert items["Aldo Bertoni"]["articles"] == ["articles/2025-12-20-bari.txt"]


def test_actors_accept_writes_one_commented_entry_and_keeps_the_rest(site):
    shutil.copy(FIXTURES / "articles/no-known-actor.txt", site / "articles/2025-12-20-bari.txt")
    registry = site / "actors.yml"
    before = registry.read_bytes()
    result = CliRunner().invoke(
        main, ["actors", "accept", "Mirella Santangelo", "--root", str(site)]
    )
    assert result.exit_code == 0, result.output
    after = registry.read_bytes()
    assert after.startswith(before[: before.index(b"actors: []")])
    assert after.endswith(before[before.index(b"actors: []") + len(b"actors: []") :])
    assert b"  - id: mirella-santangelo\n    name: Mirella Santangelo\n" in after
    assert b"# description: one line a reader can trust" in after
    check = CliRunner().invoke(main, ["check", "--root", str(site)])
    assert check.exit_code == 0 and "mirella-santangelo" not in check.output.split("R509")[0]
    again = CliRunner().invoke(main, ["actors", "suggest", "--json", "--root", str(site)])
    assert "Mirella Santangelo" not in {i["name"] for i in json.loads(again.output)}


def test_actors_accept_refuses_an_unknown_name_and_dry_run_writes_nothing(site):
    shutil.copy(FIXTURES / "articles/no-known-actor.txt", site / "articles/2025-12-20-bari.txt")
    before = (site / "actors.yml").read_bytes()
    unknown = CliRunner().invoke(main, ["actors", "accept", "Nessuno", "--root", str(site)])
    assert unknown.exit_code == 1 and "no suggestion is named 'Nessuno'" in unknown.output
    dry = CliRunner().invoke(
        main,
        [
            "actors",
            "accept",
            "Aldo Bertoni",
            "--kind",
            "organisation",
            "--dry-run",
            "--root",
            str(site),
        ],
    )
    assert dry.exit_code == 0 and "kind: organisation  # guessed: given with --kind" in dry.output
    assert (site / "actors.yml").read_bytes() == before


def test_actors_starter_lists_the_starter_registry(site):
    result = CliRunner().invoke(
        main, ["actors", "starter", "--kind", "country", "--root", str(site)]
    )
    assert result.exit_code == 0
    assert "libia\tcountry\tLibia" in result.output.splitlines()
    assert len(result.output.splitlines()) > 240


def test_the_program_exits_with_the_commands_code_and_all_its_output(site):
    """`python -m digest` (and the `digest` script) end with os._exit: nothing printed may be
    lost, and the exit code is the command's."""
    import subprocess
    import sys

    ok = subprocess.run(
        [sys.executable, "-m", "digest", "build", "--root", str(site)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert "pages written" in ok.stdout + ok.stderr
    (site / "articles" / "2025-12-21-rotto.txt").write_text("no date line\n", encoding="utf-8")
    failed = subprocess.run(
        [sys.executable, "-m", "digest", "check", "--strict", "--root", str(site)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failed.returncode == 1
    output = failed.stdout + failed.stderr
    assert "2025-12-21-rotto.txt" in output and "D101" in output
    assert output.rstrip().splitlines()[-1].startswith("digest")  # the summary, last, flushed
    usage = subprocess.run(
        [sys.executable, "-m", "digest", "no-such-command"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert usage.returncode == 2 and "No such command" in usage.stderr


def test_the_program_survives_a_reader_that_stops_reading(site):
    """`digest check | head -1`: the pipe closes early; no traceback, no hang."""
    import subprocess
    import sys

    for n in range(600):  # more findings than a pipe holds (64 KB), so the writer meets EPIPE
        (site / "articles" / f"2025-12-21-rotto-{n}.txt").write_text("no date\n", encoding="utf-8")
    result = subprocess.run(
        f"{sys.executable} -m digest check --root {site} | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert "Traceback" not in result.stderr
    assert len(result.stdout) == 10
