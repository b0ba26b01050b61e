"""The finding catalogue and the code that reports from it: every code made is in the
catalogue, every entry is made somewhere, and every wording prints with the values its call
sites give. The call sites are read from the source, so a finding on a path no test takes
is checked all the same."""

from __future__ import annotations

import ast
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from digest.catalogue import CATALOGUE, POSITION, CatalogueError, finding, markdown_table
from tests.conftest import ROOT

PACKAGE = ROOT / "digest"
CODE = re.compile(r"^[A-Z][0-9]{3}$")
SEVERITIES = ("error", "warning", "info")
# Codes in the catalogue that no module reports, each with the reason it stays. Empty: a
# retired code's entry is deleted, and its number is never given to another problem.
RESERVED: dict[str, str] = {}


@dataclass(frozen=True)
class Call:
    """One `finding(...)` in the source: the codes it may report (one, or one of a few
    chosen by a condition), its variants, the names of the values it gives."""

    where: str
    codes: frozenset[str]
    variants: frozenset[str]
    values: frozenset[str] | None  # None: given as **mapping, not known from the source
    position: frozenset[str]


def _strings(node: ast.AST) -> frozenset[str]:
    return frozenset(
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    )


def _modules() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if p != PACKAGE / "catalogue.py"]


def _calls() -> list[Call]:
    calls = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _name(node.func) == "finding"):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            assert node.args, f"{where}: finding() without a code"
            keywords = {k.arg: k.value for k in node.keywords}
            variant = keywords.pop("variant", None)
            calls.append(
                Call(
                    where,
                    frozenset(filter(CODE.match, _strings(node.args[0]))),
                    _strings(variant) if variant is not None else frozenset({""}),
                    None if None in keywords else frozenset(k for k in keywords if k),
                    frozenset(k for k in keywords if k in POSITION),
                )
            )
    return calls


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


CALLS = _calls()


def test_every_call_names_codes_and_variants_of_the_catalogue():
    assert len(CALLS) > 60
    for call in CALLS:
        assert call.codes, f"{call.where}: the code is not a literal: name it in the call"
        for code in call.codes:
            assert code in CATALOGUE, f"{call.where}: {code} is not in digest/catalogue.py"
            entry = CATALOGUE[code]
            unknown = call.variants - {"", *entry.variants}
            # A variant chosen by a condition ("slug" if … else "") shows only its literals.
            assert not unknown, f"{call.where}: {code} has no variant {sorted(unknown)}"


def test_every_call_gives_the_values_its_wording_prints():
    for call in CALLS:
        if call.values is None:
            continue
        for code in call.codes:
            for variant in call.variants:
                fields = CATALOGUE[code].wording(variant).fields
                wanted = fields - POSITION
                assert call.values - POSITION == wanted, (
                    f"{call.where}: {code} {variant!r} prints {sorted(wanted)}, "
                    f"the call gives {sorted(call.values - POSITION)}"
                )
                missing = (fields & POSITION) - call.position
                assert not missing, f"{call.where}: {code} prints {sorted(missing)}: give it"


def test_no_module_but_the_catalogue_words_a_finding():
    """No `Finding(...)` outside digest/findings.py's definition and the catalogue, and no
    code literal that is not a catalogue code (a code compared, `f.code == "H701"`, too)."""
    for path in _modules():
        text = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and _name(node.func) == "Finding":
                pytest.fail(f"{path.relative_to(ROOT)}:{node.lineno}: use catalogue.finding")
        literals = set(re.findall(r"""["']([A-Z][0-9]{3})["']""", text))
        assert literals <= CATALOGUE.keys(), (path, sorted(literals - CATALOGUE.keys()))


def test_every_code_is_reported_somewhere_or_reserved_with_a_reason():
    made = {code for call in CALLS for code in call.codes}
    assert set(RESERVED) <= CATALOGUE.keys() and all(RESERVED.values())
    assert sorted(CATALOGUE.keys() - made - RESERVED.keys()) == []
    assert sorted(made & RESERVED.keys()) == []


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_entry_is_complete_and_every_wording_prints(code):
    entry = CATALOGUE[code]
    assert CODE.match(entry.code) and entry.code == code
    assert entry.severity in SEVERITIES
    assert entry.when.strip() and entry.advice.strip() and entry.message.strip()
    assert "|" not in entry.when + entry.advice and "\n" not in entry.when + entry.advice
    for variant, wording in entry.wordings.items():
        if variant:
            assert wording != entry.wording(), f"{code} {variant!r} words nothing its own"
        # Numbers format with every spec the wordings use ({size:,}, {byte:02x}, {zipf:.1f}).
        values = dict.fromkeys(wording.fields - POSITION, 7)
        made = finding(code, "a.txt", line=3, column=5, variant=variant, **values)
        assert (made.severity, made.code, made.path) == (entry.severity, code, "a.txt")
        assert made.message and "{" not in made.message.replace("{name: …", "")
        assert (made.line, made.column) == (3, 5)


def test_the_codes_are_in_the_tables_order_and_their_family_is_their_section():
    codes = list(CATALOGUE)
    families = [c[0] for c in codes]
    # One block per family (D, E, F, H, A, S, R, X, C), numbers rising inside it.
    assert len(set(families)) == len([f for i, f in enumerate(families) if families[i - 1] != f])
    for before, after in itertools.pairwise(codes):
        if before[0] == after[0]:
            assert before < after


def test_finding_refuses_what_the_catalogue_does_not_have():
    assert finding("X001", "articles").message == "the articles folder does not exist"
    with pytest.raises(CatalogueError, match="unknown finding code"):
        finding("Z999", "a")
    with pytest.raises(CatalogueError, match="no variant"):
        finding("X001", "a", variant="other")
    with pytest.raises(CatalogueError, match="takes the values suffix"):
        finding("X002", "a")
    with pytest.raises(CatalogueError, match="given suffix, surplus"):
        finding("X002", "a", suffix=".pdf", surplus=1)
    with pytest.raises(CatalogueError, match="prints the line and column"):
        finding("E207", "a", char="U+001B")
    with pytest.raises(CatalogueError, match="unknown finding code"):
        markdown_table(["Z999"])
