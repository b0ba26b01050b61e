"""The one place that says which forms name an actor, and how each matches."""

from __future__ import annotations

import dataclasses
import datetime as dt

from digest.forms import ROLE_SYNONYMS, actor_forms, role_spellings, spellings
from digest.model import Actor, Period


def forms(actor: Actor) -> dict[str, tuple[str, str]]:
    return {f.text: (f.role, f.case) for f in actor_forms(actor)}


def test_case_follows_the_kind_of_form():
    person = Actor(
        "fayez-al-sarraj",
        "Fayez al-Sarraj",
        "person",
        aliases=("premier libico", "GNA"),
        exact=("Sarrag",),
        surname="Sarraj",
    )
    found = forms(person)
    assert found["Fayez al-Sarraj"] == ("name", "initial")  # "i mali" is not "Mali"
    assert found["premier libico"] == ("alias", "any")
    assert found["GNA"] == ("alias", "exact")  # acronyms keep their case
    assert found["Sarrag"] == ("alias", "exact")
    assert found["Sarraj"] == ("surname", "initial")
    org = Actor("g", "Governo di accordo nazionale", "organisation")
    assert forms(org)["Governo di accordo nazionale"] == ("name", "any")


def test_a_form_listed_twice_keeps_its_strictest_case():
    mali = Actor("mali", "Mali", "country", exact=("Mali",))
    assert [(f.text, f.case) for f in actor_forms(mali)] == [("Mali", "exact")]


def test_a_demonym_spelled_as_the_name_is_kept_in_lower_case_as_written():
    # "la capitale ucraina": the feminine demonym is the name in lower case, which the name
    # (capital only) had swallowed
    ukraine = Actor("ucraina", "Ucraina", "country", demonyms=("ucraino", "ucraina"))
    cases = {(f.text, f.role, f.case) for f in actor_forms(ukraine)}
    assert ("Ucraina", "name", "initial") in cases
    assert ("ucraina", "demonym", "exact") in cases
    assert ("ucraino", "demonym", "any") in cases


def test_capitals_are_metonyms_unless_they_are_also_names():
    country = Actor("gibuti", "Gibuti", "country", metonyms=("Gibuti", "Palazzo"))
    assert forms(country) == {"Gibuti": ("name", "initial"), "Palazzo": ("metonym", "initial")}


def test_a_seat_named_after_its_building_is_also_written_with_it_in_lower_case():
    government = Actor(
        "g", "Governo", "organisation", metonyms=("Palazzo Chigi", "Cremlino", "KGB")
    )
    assert forms(government) == {
        "Governo": ("name", "any"),
        "Palazzo Chigi": ("metonym", "any"),  # "a palazzo Chigi", as much of the press writes
        "Cremlino": ("metonym", "initial"),
        "KGB": ("metonym", "exact"),
    }
    # … or after its street: "secondo via Arenula" (the ministry of Justice)
    justice = Actor("j", "Ministero", "organisation", metonyms=("via Arenula",))
    assert forms(justice)["via Arenula"] == ("metonym", "any")


def test_arabic_article_spellings_are_one_family():
    assert spellings("Fayez al-Sarraj") == [
        "Fayez al-Sarraj",
        "Fayez al Sarraj",
        "Fayez el-Sarraj",
        "Fayez el Sarraj",
        "Fayez Sarraj",
    ]
    assert spellings("Khalifa Haftar") == ["Khalifa Haftar"]
    found = forms(Actor("a", "Abdel Fattah al-Sisi", "person"))
    assert "Abdel Fattah el-Sisi" in found and "Abdel Fattah Sisi" in found


def test_roles_match_without_their_articulated_preposition():
    assert role_spellings("ministro degli Esteri turco") == [
        "ministro degli Esteri turco",
        "ministro Esteri turco",
    ]
    assert role_spellings("Ministero degli Esteri") == ["Ministero degli Esteri"]


def test_an_office_with_two_names_matches_under_either():
    assert role_spellings("sindaco di Roma") == ["sindaco di Roma", "primo cittadino di Roma"]
    assert "sindaca della Capitale" in role_spellings("prima cittadina della Capitale")
    assert "sindaca Capitale" in role_spellings("prima cittadina della Capitale")
    for _, one, other in ROLE_SYNONYMS:
        assert role_spellings(one + "di Milano")[1] == other + "di Milano"


def test_a_name_listed_again_with_a_period_names_the_actor_in_that_period_only():
    period = Period(dt.date(2021, 3, 15), None)
    gnu = Actor(
        "gnu",
        "Governo di unità nazionale",
        "organisation",
        aliases=("governo di unità nazionale",),
        timed=(("governo di unità nazionale", (period,)),),
    )
    (name,) = [f for f in actor_forms(gnu) if f.role == "name"]
    assert name.periods == (period,)


def test_a_surname_that_is_also_an_alias_is_not_listed_twice():
    actor = Actor("s", "Saddam Haftar", "person", aliases=("Haftar",), surname="Haftar")
    assert [f.role for f in actor_forms(actor) if f.text == "Haftar"] == ["alias"]


def test_a_domestic_role_is_also_written_with_its_capital_a_bare_word_is_not():
    # "Il Ministro della Giustizia" is the role "ministro della Giustizia"; "camera" is not
    # the "Camera".
    minister = Actor(
        "m", "Mario Bianchi", "person", country="italia", domestic=("ministro della Giustizia",)
    )
    assert [f.text for f in actor_forms(minister) if f.role == "domestic"] == [
        "ministro della Giustizia",
        "Ministro della Giustizia",
    ]
    chamber = Actor(
        "c", "Camera dei deputati", "organisation", country="italia", domestic=("Camera",)
    )
    assert [f.text for f in actor_forms(chamber) if f.role == "domestic"] == ["Camera"]
    # written both ways in the registry: each once
    both = dataclasses.replace(
        minister, domestic=("ministro della Giustizia", "Ministro della Giustizia")
    )
    assert [f.text for f in actor_forms(both) if f.role == "domestic"] == [
        "ministro della Giustizia",
        "Ministro della Giustizia",
    ]


def test_an_alias_beside_an_exact_spelling_of_it_is_kept_as_written():
    # "FS Italiane" and the exact "Fs Italiane": both spellings match as written; the alias
    # was dropped, and "Gruppo FS Italiane" named no one
    fs = Actor(
        "fs",
        "Ferrovie dello Stato",
        "organisation",
        aliases=("FS Italiane",),
        exact=("Fs Italiane",),
    )
    assert forms(fs)["FS Italiane"] == ("alias", "exact")
    assert forms(fs)["Fs Italiane"] == ("alias", "exact")


def test_a_seat_of_power_spelled_as_the_peoples_adjective_is_the_metonym():
    # "vaticano": the adjective in lower case only; "Vaticano", the seat, a metonym
    vatican = Actor(
        "va",
        "Città del Vaticano",
        "country",
        demonyms=("vaticano", "vaticana"),
        metonyms=("Vaticano",),
    )
    cases = {(f.text, f.role, f.case) for f in actor_forms(vatican)}
    assert ("vaticano", "demonym", "exact") in cases
    assert ("Vaticano", "metonym", "initial") in cases
    assert ("vaticana", "demonym", "any") in cases
