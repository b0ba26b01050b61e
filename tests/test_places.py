"""digest.places: what the gazetteers say is a place or a country."""

import pytest

from digest.places import country_code, is_place, spelled


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Libia", "LY"),  # CLDR, in Italian
        ("Libya", "LY"),  # … and in English
        # the names the press uses that CLDR does not give, from the starter's countries.yml:
        # one list of a country's names for datelines and actor pages alike
        ("Bosnia", "BA"),
        ("Usa", "US"),
        ("Myanmar", "MM"),  # CLDR writes "Myanmar (Birmania)"
        ("Birmania", "MM"),
        ("Repubblica Ceca", "CZ"),
        ("Vaticano", "VA"),
        ("Monaco", "MC"),  # CLDR's name stays a country's, though the registry names it otherwise
    ],
)
def test_a_country_is_known_by_the_names_the_press_gives_it(name, code):
    assert country_code(name) == code
    assert is_place(name)


@pytest.mark.parametrize("name", ["Congo", "Repubblica", "Guinea Bissau Nord", "Governo"])
def test_a_name_of_several_countries_or_none_is_no_country(name):
    assert country_code(name) is None


@pytest.mark.parametrize(
    "name, spelling",
    [
        ("Dar Es Salaam", "Dar es Salaam"),  # a shouted dateline, title-cased
        ("Washington Dc", "Washington DC"),
        ("Sharm El-Sheikh", "Sharm el-Sheikh"),
        ("Tripoli", "Tripoli"),  # the gazetteer's "Trípoli" differs in more than its case
        ("Città del Vaticano", "Città del Vaticano"),  # … and its "Citta" too
        ("Islmabad", "Islamabad"),
    ],
)
def test_a_place_takes_the_gazetteer_s_spelling_only_to_mend_it(name, spelling):
    assert spelled(name) == spelling


def test_a_region_of_italy_is_spelled_as_written_not_as_a_city_a_letter_away():
    assert spelled("Sicilia") == "Sicilia"
