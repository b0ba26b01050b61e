"""digest/starter/towns.txt: Italy's towns, extracted once from GeoNames (digest.starter.towns)."""

from __future__ import annotations

from importlib import resources

from digest.names import is_city
from digest.places import TOWNS_FILE, is_place, is_town, italian_towns
from digest.starter.towns import HEADER


def test_the_file_is_sorted_unique_and_says_where_it_comes_from():
    text = resources.files("digest").joinpath(TOWNS_FILE).read_text(encoding="utf-8")
    assert text.startswith(HEADER)
    towns = italian_towns()
    assert list(towns) == sorted(set(towns))
    assert len(towns) > 10_000
    assert all(town == town.strip() and "\n" not in town for town in towns)


def test_small_towns_are_places_for_the_suggestions():
    # towns of a few hundred to a few thousand inhabitants, which local news names
    for town in ("Ambivere", "Usellus", "Calusco d'Adda", "Farindola"):
        assert is_city(town), town
    # an actor's name in the starter registry is the actor's, not a town's ("Alfano")
    assert not is_city("Alfano")


def test_a_saints_name_abbreviated_is_the_town_spelled_out():
    # "S. MARINELLA –": datelines and local copy abbreviate San, Santa, Santo, Sant'
    assert is_town("S. Marinella") and is_town("S. MARINELLA")
    assert is_place("S.Giovanni Rotondo")
    assert not is_town("S. Pippo") and not is_town("Sa. Marinella")


def test_a_towns_hyphen_may_be_written_as_a_space():
    # ISTAT's "Giardini-Naxos" is "Giardini Naxos" in much of the copy
    assert is_town("Giardini Naxos") and is_town("Giardini-Naxos")
    assert is_city("Giardini Naxos")


def test_a_town_the_gazetteer_lacks_is_respelled_only_without_a_final_stress():
    from digest.places import spelled

    assert spelled("Islmabad") == "Islamabad"  # a letter slipped: the large city
    # the stress on its last vowel marks an Italian name as written, not a typo of
    # "San Nicolas"
    assert spelled("San Nicolò") == "San Nicolò"
