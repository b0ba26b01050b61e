"""A capital or a seat of power counts for its state or institution only where it acts:
every rule is data with examples, read here both ways."""

from __future__ import annotations

import pytest

from digest.matching import Matcher, tag
from digest.metonymy import PLACE, RULES, example_parts, reading
from digest.registry import parse_registry
from tests.test_matching import article

EXAMPLES = [(rule.name, rule.acting, example) for rule in RULES for example in rule.examples]


@pytest.mark.parametrize(("rule", "acting", "example"), EXAMPLES)
def test_each_rule_reads_its_examples(rule, acting, example):
    text, start, end = example_parts(example)
    assert reading(text, start, end) == (acting, rule)


def test_every_rule_has_examples_and_both_readings_are_covered():
    assert all(rule.examples for rule in RULES)
    assert {rule.acting for rule in RULES} == {True, False}


@pytest.mark.parametrize(
    "example",
    [
        "[Mosca] innevata, di notte",
        "Oggi [Mosca]",
        "il sindaco di [Mosca]",
        # who or what comes from a city comes from a place; a stance comes from a state
        "da [Mosca] è arrivato il ministro degli Esteri",
        "il volo da [Mosca] arriva alle 10",
    ],
)
def test_no_acting_rule_means_a_place(example):
    text, start, end = example_parts(example)
    assert reading(text, start, end)[0] is False


def test_the_default_reading_is_named():
    text, start, end = example_parts("[Mosca] innevata, di notte")
    assert reading(text, start, end) == (False, PLACE)


@pytest.fixture(scope="module")
def registry():
    return parse_registry(
        {
            "actors": [
                {
                    "id": "russia",
                    "name": "Russia",
                    "kind": "country",
                    "metonyms": ["Mosca", "Cremlino"],
                },
                {
                    "id": "turchia",
                    "name": "Turchia",
                    "kind": "country",
                    "metonyms": ["Ankara"],
                },
            ]
        },
        "r.yml",
    )[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La proposta è stata lodata da Mosca.", {"russia": 1}),
        ("Il Cremlino ha negoziato a lungo.", {"russia": 1}),
        ("Mosca condanna l'attacco.", {"russia": 1}),
        ("I colloqui di Mosca sono finiti.", {}),
        ("Haftar è atteso a Mosca.", {}),
        ("Un volo per Ankara è partito.", {}),
        ("La Farnesina tace; Ankara non ha risposto.", {"turchia": 1}),
        # a city an attack strikes, where a speaker spoke from: places
        ("Il raid turco contro Mosca ha ucciso tre civili.", {}),
        ("Il ministro ha parlato da Mosca con i giornalisti.", {}),
        # …but sanctions name the state, and so does a passive's agent
        ("Le sanzioni contro Mosca restano in vigore.", {"russia": 1}),
        ("Il piano è stato annunciato da Ankara.", {"turchia": 1}),
        ("L'offensiva di Mosca prosegue.", {"russia": 1}),
    ],
)
def test_the_matcher_counts_a_metonym_only_where_it_acts(registry, text, expected):
    refs = tag(article(text), Matcher(registry)).actors
    assert {r.actor_id: r.mentions for r in refs} == expected


def test_a_metonym_read_as_a_place_is_explained(registry):
    hits = tag(article("Haftar è atteso a Mosca."), Matcher(registry)).hits
    assert [(h.actor_id, h.reading) for h in hits] == [(None, "a place (where)")]
