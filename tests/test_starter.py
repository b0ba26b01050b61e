"""The starter registry shipped with digest: complete, sourced, and loading cleanly."""

from __future__ import annotations

import re

import yaml
from babel import Locale

from digest.starter import (
    FILES,
    country_names,
    data_text,
    demonym_countries,
    starter_registry,
    starter_with_findings,
)

# CLDR codes that are not countries, and uninhabited territories (see countries.yml).
NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "IC", "TA", "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}
UNINHABITED = {"AQ", "BV", "HM", "TF", "GS", "UM", "IO"}


def test_it_loads_without_a_single_finding():
    registry, findings = starter_with_findings("it")
    assert [f.format() for f in findings] == []
    assert len(registry.actors) > 400


def test_every_country_cldr_knows_is_there_named_by_cldr():
    codes = set(yaml.safe_load(data_text("countries.yml").replace('"NO"', "NO_"))["countries"])
    codes = {"NO" if c == "NO_" else c for c in codes}
    cldr = (
        {c for c in Locale.parse("it").territories if len(c) == 2 and c.isalpha()}
        - NOT_COUNTRIES
        - UNINHABITED
    )
    assert codes == cldr
    registry = starter_registry("it")
    assert registry.actors["libia"].name == "Libia"
    assert registry.actors["repubblica-democratica-del-congo"].name == "Congo - Kinshasa"
    assert "Myanmar" in registry.actors["myanmar"].aliases  # "Myanmar (Birmania)" in parts


def test_country_names_follow_the_site_language_and_ids_do_not():
    english = starter_registry("en")
    assert english.actors["libia"].name == "Libya"
    assert "Libia" in english.actors["libia"].aliases


def test_sixty_countries_or_more_have_all_four_demonym_forms():
    def four_forms(demonyms):
        words = [d for d in demonyms if not d.endswith("-")]
        return len(set(words)) >= 4 or (
            len(words) >= 2 and all(w.endswith(("e", "i")) for w in words)  # francese, francesi
        )

    countries = [a for a in starter_registry().actors.values() if a.kind == "country"]
    assert sum(four_forms(a.demonyms) for a in countries) >= 60
    assert {"libico", "libica", "libici", "libiche"} <= set(
        starter_registry().actors["libia"].demonyms
    )
    # both forms the dictionaries give (Treccani: "ecuadoriano", "ecuadoregno")
    assert {"ecuadoriano", "ecuadoregno", "ecuadoregni"} <= set(
        starter_registry().actors["ecuador"].demonyms
    )


def test_every_person_and_organisation_has_a_one_line_description_and_its_source():
    for actor in starter_registry().actors.values():
        if actor.kind == "country":
            continue
        assert actor.description and "\n" not in actor.description, actor.id
        assert actor.description.endswith("."), actor.id
        assert len(actor.description) <= 300, actor.id
        assert actor.source and re.match(r"^https?://", actor.source), actor.id


def test_no_two_starter_actors_share_a_form_at_the_same_date():
    assert [f for f in starter_with_findings()[1] if f.code == "R502"] == []


def test_the_yaml_files_are_ours_to_read():
    for name in FILES:
        text = data_text(name)
        assert text.startswith("#"), name  # each file says what it holds
        assert "\t" not in text


def test_demonyms_and_seats_find_their_country_whatever_the_site_uses():
    assert demonym_countries()["turche"] == ("turchia", "Turchia")
    assert country_names()["cremlino"] == ("russia", "Russia", True)
    assert country_names()["usa"][0] == "stati-uniti"
    # smaller states the press names by a flag or a people: "bandiera panamense"
    assert demonym_countries()["panamense"] == ("panama", "Panama")
    assert demonym_countries()["salvadoregni"][0] == "el-salvador"
    # a variant spelling the Italian press uses, with its demonyms
    assert demonym_countries()["afgani"][0] == demonym_countries()["afghani"][0] == "afghanistan"


def test_its_forms_pass_the_registry_checks_a_site_gets():
    from wordfreq import zipf_frequency

    from digest.checks import form_lint

    problems = [
        f.message
        for actor in starter_registry().actors.values()
        for f in form_lint(actor, "starter", zipf_frequency)
        # "UE", "Ue", "UK", "PD", "Pd", "FI", "Fi", "G7", "G8": two characters, but matched
        # only as written
        if not (
            f.code == "R507"
            and f.message.split("'")[1] in ("UE", "Ue", "UK", "PD", "Pd", "FI", "Fi", "G7", "G8")
        )
    ]
    assert problems == []


def test_media_are_a_list_of_names_that_no_starter_actor_claims():
    from digest.forms import form_keys
    from digest.normalise import match_key
    from digest.readers.rules import AGENCIES
    from digest.starter import load_data, media_keys

    lines = load_data("media.yml")["media"]
    assert data_text("media.yml").startswith("#")
    assert all(isinstance(line, list) and line for line in lines)
    assert all(isinstance(form, str) and form.strip() == form for line in lines for form in line)
    forms = [match_key(form) for line in lines for form in line]
    assert len(forms) == len(set(forms))  # each outlet once
    # one source of truth: the press agencies live in the reading rules, not here too
    agencies = {match_key(form) for forms_ in AGENCIES.values() for form in forms_}
    assert agencies.isdisjoint(forms)
    assert {"guardian", "al jazeera", "twitter", "reuters"} <= media_keys()
    # an outlet that is also an actor of the starter registry would hide that actor
    claimed = {k for actor in starter_registry().actors.values() for k in form_keys(actor)}
    assert claimed.isdisjoint(media_keys())


def test_things_are_a_list_of_names_that_no_starter_actor_or_outlet_claims():
    from digest.forms import form_keys
    from digest.normalise import match_key
    from digest.starter import load_data, media_keys, thing_keys

    lines = load_data("things.yml")["things"]
    assert data_text("things.yml").startswith("#")
    assert all(isinstance(line, list) and line for line in lines)
    assert all(isinstance(form, str) and form.strip() == form for line in lines for form in line)
    forms = [match_key(form) for line in lines for form in line]
    assert len(forms) == len(set(forms))  # each thing once (spellings that fold alike aside)
    assert {"pnrr", "ftse mib", "brexit", "btp"} <= thing_keys()
    # a thing that is also an actor of the starter registry, or an outlet, would hide it
    claimed = {k for actor in starter_registry().actors.values() for k in form_keys(actor)}
    assert claimed.isdisjoint(thing_keys())
    assert media_keys().isdisjoint(thing_keys())


def test_other_places_are_places_that_no_starter_actor_claims():
    from digest.forms import form_keys
    from digest.places import other_places, regions
    from digest.starter import load_data

    assert data_text("places.yml").startswith("#")
    lines = load_data("places.yml")["places"]
    assert all(isinstance(line, list) and line for line in lines)
    assert {"cirenaica", "lampedusa", "donbass"} <= other_places() <= regions()
    claimed = {k for actor in starter_registry().actors.values() for k in form_keys(actor)}
    assert claimed.isdisjoint(other_places())


def test_each_region_shares_la_regione_by_a_territory_iso_knows():
    from digest.places import key, regions
    from digest.starter import starter_registry

    registry = starter_registry()
    bodies = [a for a in registry.actors.values() if "Regione" in a.domestic]
    assert len(bodies) == 20  # article 131 of the Constitution
    for actor in bodies:
        assert actor.country == "italia"
        # ISO 3166-2:IT (pycountry) names it, as written or as the press writes it
        assert any(key(name) in regions() for name in actor.territory), actor.id
