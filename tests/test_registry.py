from __future__ import annotations

from digest.registry import load_registry, parse_registry
from tests.conftest import FIXTURES


def test_seed_registry_has_the_careful_editors_actors(registry):
    expected = {
        "khalifa-haftar": "person",
        "saddam-haftar": "person",
        "asim-munir": "person",
        "andrei-belousov": "person",
        "esercito-nazionale-libico": "organisation",
        "esercito-pakistano": "organisation",
        "ispr": "organisation",
        "libia": "country",
        "pakistan": "country",
        "russia": "country",
    }
    assert {k: registry.actors[k].kind for k in expected} == expected
    assert "LNA" in registry.actors["esercito-nazionale-libico"].aliases
    assert "Lna" in registry.actors["esercito-nazionale-libico"].exact
    assert registry.actors["libia"].wikidata == "Q1016"


def test_surname_defaults_to_last_word_for_persons(registry):
    assert registry.actors["khalifa-haftar"].surname == "Haftar"
    assert registry.actors["saddam-haftar"].surname == "Haftar"
    assert registry.actors["libia"].surname is None


def test_duplicate_id_names_both_lines():
    _, findings = load_registry(FIXTURES / "registry" / "duplicate-id.yml", "dup.yml")
    assert [(f.code, f.line) for f in findings] == [("R501", 5)]
    assert "first at line 2" in findings[0].message


def test_alias_claimed_by_two_actors():
    _, findings = load_registry(FIXTURES / "registry" / "alias-twice.yml", "twice.yml")
    assert [f.code for f in findings] == ["R502"]
    assert "khalifa-haftar" in findings[0].message and "saddam-haftar" in findings[0].message


def test_bad_entries_are_each_reported_with_their_line():
    registry, findings = load_registry(FIXTURES / "registry" / "bad-entries.yml", "bad.yml")
    assert sorted((f.code, f.line) for f in findings) == [
        ("R503", 8),
        ("R504", 5),
        ("R505", 12),
        ("R506", 2),
    ]
    assert registry.actors == {}


def test_missing_or_shapeless_registry(tmp_path):
    _, findings = load_registry(tmp_path / "none.yml")
    assert [f.code for f in findings] == ["R500"]
    _, findings = parse_registry(["not", "a", "mapping"], "x.yml")
    assert [f.code for f in findings] == ["R503"]


def test_invalid_yaml_reports_line(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text("actors:\n  - id: x\n    name: [unclosed\n", encoding="utf-8")
    _, findings = load_registry(path)
    assert findings[0].code == "R503" and findings[0].line is not None


def test_id_that_escapes_its_folder_is_refused():
    _, findings = parse_registry(
        {"actors": [{"id": "../x", "name": "X", "kind": "person"}]}, "r.yml"
    )
    assert [f.code for f in findings] == ["R506"]
