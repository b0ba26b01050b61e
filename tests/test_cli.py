from __future__ import annotations

import shutil

from click.testing import CliRunner

from digest.cli import main
from tests.conftest import FIXTURES


def test_build_command(site):
    result = CliRunner().invoke(main, ["build", "--root", str(site)])
    assert result.exit_code == 0, result.output
    assert "2 articles" in result.output and "pages written" in result.output
    assert "“The News Arab” matches no actor" in result.output


def test_build_command_fails_with_every_error(site):
    for name in ("missing-date.txt", "unknown-key.md"):
        shutil.copy(FIXTURES / "articles" / name, site / "articles" / name)
    result = CliRunner().invoke(main, ["build", "--root", str(site)])
    assert result.exit_code == 1
    assert "articles/missing-date.txt:1:1: error D101" in result.output
    assert "articles/unknown-key.md:3: error F302" in result.output
    assert "nothing written" in result.output


def test_help_on_every_command():
    for args in (["--help"], ["build", "--help"], ["serve", "--help"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0 and "Usage" in result.output
