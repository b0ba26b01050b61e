from __future__ import annotations

import shutil

from digest.build import read_corpus
from digest.matching import NameSeen
from digest.registry import parse_registry
from digest.suggest import suggest
from tests.conftest import site_config


def seen(name, path="articles/a.txt", before="", sentence="Frase."):
    return NameSeen(name, path, 1, sentence, before)


def test_ranked_by_articles_and_variants_grouped():
    registry, _ = parse_registry(
        {"actors": [{"id": "libia", "name": "Libia", "kind": "country"}]}, "r.yml"
    )
    names = {
        "articles/a.txt": [
            seen("Abdul Hamid Dbeibah", before="il premier"),
            seen("Antonio Tajani", before="il ministro"),
        ],
        "articles/b.txt": [
            seen("Dbeibah", "articles/b.txt"),
            seen("Hamid Dbeibah", "articles/b.txt"),
        ],
        "articles/c.txt": [seen("Dbeibah", "articles/c.txt"), seen("Libia", "articles/c.txt")],
    }
    result = suggest(names, registry)
    assert [(s.name, len(s.articles)) for s in result] == [
        ("Abdul Hamid Dbeibah", 3),
        ("Antonio Tajani", 1),
    ]
    assert set(result[0].variants) == {"Abdul Hamid Dbeibah", "Hamid Dbeibah", "Dbeibah"}
    assert len(result[0].examples) == 2


def test_draft_entry_guesses_kind():
    registry, _ = parse_registry({"actors": []}, "r.yml")
    names = {
        "articles/a.txt": [
            seen("Antonio Tajani", before="il ministro"),
            seen("Consiglio Presidenziale", before="il"),
            seen("Dbeibah", before="ha detto il premier"),
        ]
    }
    entries = {s.name: s.entry() for s in suggest(names, registry)}
    assert entries["Antonio Tajani"] == (
        "  - id: antonio-tajani\n    name: Antonio Tajani\n    kind: person  # guessed: seen after «ministro»"
    )
    assert (
        "kind: organisation  # guessed: the name contains «consiglio»"
        in entries["Consiglio Presidenziale"]
    )
    assert "kind: person  # guessed: seen after «premier»" in entries["Dbeibah"]


def test_names_covered_by_the_registry_never_appear(site, registry):
    names = {"articles/a.txt": [seen("Haftar"), seen("Lna"), seen("Bengasi"), seen("Nuovo Nome")]}
    assert [s.name for s in suggest(names, registry)] == ["Nuovo Nome"]


def test_on_the_seeds(site):
    shutil.rmtree(site / "docs", ignore_errors=True)
    reading = read_corpus(site_config(site))
    assert [s.name for s in suggest(reading.names, reading.registry)] == ["Radio", "The News Arab"]
