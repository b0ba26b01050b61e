"""Every rule of digest.readers.rules matches its own examples: a newsroom's new format is
one entry there, and this test holds it to the examples it names."""

from __future__ import annotations

import pytest

from digest.readers import rules
from digest.readers.copy import read_dateline

TABLES = {
    "leading": rules.LEADING,
    "chrome": rules.CHROME,
    "closing": rules.CLOSING,
    # Every other rule the module defines, found rather than listed: a rule added there is
    # held to its examples without touching this file.
    "single": tuple(value for value in vars(rules).values() if isinstance(value, rules.Rule)),
}
EXAMPLES = [
    (table, rule, example)
    for table, entries in TABLES.items()
    for rule in entries
    for example in rule.examples
]


def test_every_rule_has_a_name_and_examples():
    names = [rule.name for entries in TABLES.values() for rule in entries]
    assert all(names) and all(rule.examples for entries in TABLES.values() for rule in entries)
    assert all(form.examples for form in rules.DATELINES)
    assert len({form.name for form in rules.DATELINES}) == len(rules.DATELINES)


@pytest.mark.parametrize(
    ("table", "rule", "example"), EXAMPLES, ids=lambda x: getattr(x, "name", x)
)
def test_a_rule_matches_its_examples(table, rule, example):
    assert rule.pattern.search(example), f"{table}: {rule.name!r} misses {example!r}"


@pytest.mark.parametrize(
    ("table", "rule", "example"),
    [(table, rule, example) for table, rule, example in EXAMPLES if rule.sign is not None],
    ids=lambda x: getattr(x, "name", x),
)
def test_a_rule_s_sign_is_in_its_examples_matches(table, rule, example):
    """A rule is tried only where its sign is (digest.readers.copy): every match holds it."""
    match = rule.pattern.search(example)
    assert match and rule.sign.search(example, match.start()), f"{table}: {rule.name!r}"


@pytest.mark.parametrize(
    ("form", "example"),
    [(form, example) for form in rules.DATELINES for example in form.examples],
    ids=lambda x: getattr(x, "name", x),
)
def test_a_dateline_form_reads_its_examples(form, example):
    found = read_dateline(example)
    assert found is not None, example
    dateline, _ = found
    assert dateline.rule == form.name
    assert dateline.place or dateline.agencies or dateline.country


@pytest.mark.parametrize(
    ("text", "place", "country", "agencies", "day", "month"),
    [
        ("(ANSA) - ISTANBUL, 5 SET - Se una", "Istanbul", None, ("ANSA",), 5, 9),
        (
            "Tripoli (Libia), 8 apr. (LaPresse/AFP) - L'Onu",
            "Tripoli",
            "Libia",
            ("LaPresse", "AFP"),
            8,
            4,
        ),
        ("BENGASI (LIBIA), 3 LUGLI - Un raid", "Bengasi", "Libia", (), 3, 7),
        # a country by the name the press gives it, not CLDR's ("Bosnia ed Erzegovina"); a
        # place spelled with Latin Extended-A letters
        (
            "Mostar (Bosnia), 3 mar. (LaPresse/AP) – Il tribunale",
            "Mostar",
            "Bosnia",
            ("LaPresse", "AP"),
            3,
            3,
        ),
        ("Chişinău, 12 ottobre 2025 – Il partito", "Chişinău", None, (), 12, 10),
        ("İSTANBUL, 4 MAG - La polizia", "Istanbul", None, (), 4, 5),
        ("MAZARA DEL VALLO (17 dicembre 2020) - I pescatori", "Mazara del Vallo", None, (), 17, 12),
        (
            "Tripoli, 7 feb 14:30 - (Agenzia Nova) - Il governo",
            "Tripoli",
            None,
            ("Agenzia Nova",),
            7,
            2,
        ),
        ("(AGI) - Roma, 3 mar - Il ministro", "Roma", None, ("AGI",), 3, 3),
        # filed from two places: the first is the place
        (
            "CASAL DI PRINCIPE/VILLA LITERNO – I carabinieri",
            "Casal di Principe",
            None,
            (),
            None,
            None,
        ),
    ],
)
def test_dateline_parts(text, place, country, agencies, day, month):
    dateline, _ = read_dateline(text)
    assert (dateline.place, dateline.country, dateline.agencies, dateline.day, dateline.month) == (
        place,
        country,
        agencies,
        day,
        month,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Usa-Iran: Washington impone sanzioni",  # a hyphen inside a word is no dateline dash
        "Russia-Ucraina, le notizie di oggi",
        "IL MINISTRO degli Esteri ha detto",  # capitals that open a sentence
        "Haftar - dice il portavoce - è pronto",  # a name, not a place
        "(Onu) - Il Consiglio di sicurezza",  # a bracket that is no agency
        "Target - Tra gli obiettivi",
    ],
)
def test_what_is_not_a_dateline(text):
    assert read_dateline(text) is None


def test_agencies_by_their_own_names():
    assert rules.agencies_in("ITALPRESS/MNA") == ("Italpress", "MNA")
    assert rules.agencies_in("Ansa") == ("ANSA",)
    assert rules.agencies_in("DIRE-SIR") == ("Dire", "SIR")
    assert rules.agencies_in("Keystone-ATS") == ("Keystone-ATS",)
    assert rules.agencies_in("Libia") is None


@pytest.mark.parametrize(
    ("token", "month"),
    [("GEN", 1), ("gen.", 1), ("Luglio", 7), ("LUGLI", 7), ("set", 9), ("xyz", None)],
)
def test_month_names_from_cldr(token, month):
    assert rules.month_number(token) == month
