"""Documentation that cannot drift: every finding code the code can emit is documented."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def test_every_finding_code_is_in_contributing():
    emitted = set()
    for path in (ROOT / "digest").rglob("*.py"):
        emitted |= set(re.findall(r'"([A-Z][0-9]{3})"', path.read_text(encoding="utf-8")))
    documented = set(
        re.findall(
            r"^\| ([A-Z][0-9]{3})", (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8"), re.M
        )
    )
    documented |= {f"C00{i}" for i in range(1, 6)}  # one row: C001–C005
    assert emitted - documented == set()
    assert documented - emitted == set()
