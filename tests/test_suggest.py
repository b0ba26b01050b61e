from __future__ import annotations

import shutil

import yaml

from digest.build import read_corpus
from digest.names import NameSeen
from digest.registry import parse_registry
from digest.suggest import names_of, skeleton, suggest, yaml_text
from tests.conftest import site_config


def seen(name, path="articles/a.txt", before="", sentence="Frase.", demonym=""):
    return NameSeen(name, path, 1, sentence, before, demonym)


def empty():
    return parse_registry({"actors": []}, "r.yml")[0]


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
    assert set(result[0].variants) == {"Hamid Dbeibah", "Dbeibah"}
    assert len(result[0].examples) == 2


def test_among_names_in_as_many_articles_the_most_mentioned_come_first():
    names = {
        "articles/a.txt": [
            seen("Antonio Tajani"),
            seen("Mohamed Menfi"),
            seen("Menfi"),
            seen("Menfi"),
            seen("Zuhair Badri"),
            seen("Badri"),
        ]
    }
    assert [s.name for s in suggest(names, empty())] == [
        "Mohamed Menfi",
        "Zuhair Badri",
        "Antonio Tajani",
    ]


def test_transliterations_are_one_suggestion():
    names = {
        "articles/a.txt": [seen("Fayez al-Sarraj", before="il premier")],
        "articles/b.txt": [
            seen("Fayez Serraj", "articles/b.txt"),
            seen("Serraj", "articles/b.txt"),
        ],
        "articles/c.txt": [seen("Abdul Hamid Dbeibah", "articles/c.txt")],
        "articles/d.txt": [seen("Dbeibeh", "articles/d.txt"), seen("Dabaiba", "articles/d.txt")],
    }
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result == {
        "Fayez al-Sarraj": {"Fayez Serraj", "Serraj"},
        "Abdul Hamid Dbeibah": {"Dbeibeh", "Dabaiba"},
    }


def test_two_letters_swapped_near_the_start_are_one_name_too():
    names = {"articles/a.txt": [seen("Carles Puigdemont"), seen("Puidgemont")]}
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result == {"Carles Puigdemont": {"Puidgemont"}}
    # sharing only the first and last consonants is not enough: a party and its leader
    names = {"articles/a.txt": [seen("Kulanu"), seen("Moshe Kahlon")]}
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result == {"Kulanu": set(), "Moshe Kahlon": set()}


def test_skeleton_merges_spellings_of_one_name_only():
    assert skeleton("al-Sarraj") == skeleton("Serraj")
    assert skeleton("Gheddafi") == skeleton("Qaddafi") == skeleton("Kadhafi")
    assert skeleton("Dbeibah") == skeleton("Dbeibeh")
    assert skeleton("Haftar") != skeleton("Hamas")


def test_a_surname_two_names_share_stays_apart():
    names = {
        "articles/a.txt": [seen("Khalifa Haftar"), seen("Saddam Haftar"), seen("Hafter")],
    }
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result == {"Khalifa Haftar": set(), "Saddam Haftar": set(), "Hafter": set()}


def test_two_short_acronyms_spelt_alike_stay_apart():
    # Fim Cisl and Fiom Cgil: two unions, not two spellings of one name
    names = {"articles/a.txt": [seen("Fim"), seen("Fiom"), seen("Uilm")]}
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result == {"Fim": set(), "Fiom": set(), "Uilm": set()}


def test_a_name_with_some_of_one_longer_names_words_in_order_joins_it():
    names = {
        "articles/a.txt": [
            seen("Marina militare libica"),
            seen("Marina libica"),
            seen("Corea del Sud"),
            seen("Corea Sud"),
            seen("Bassirou Diomaye Diakhar Faye"),
            seen("Diomaye Faye"),
            seen("Faye"),  # ends two names until the shorter has joined the longer
        ]
    }
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert set(result) == {
        "Marina militare libica",
        "Corea del Sud",
        "Bassirou Diomaye Diakhar Faye",
    }
    assert result["Marina militare libica"] == {"Marina libica"}
    assert "Corea Sud" in result["Corea del Sud"]  # with the country's other names
    assert result["Bassirou Diomaye Diakhar Faye"] == {"Diomaye Faye", "Faye"}
    # two longer names that have its words: it stays apart; other words, or another
    # order, are another name
    names = {
        "articles/a.txt": [
            seen("Forze armate libiche"),
            seen("Forze armate italiane"),
            seen("Forze armate"),
            seen("Guardia costiera libica"),
            seen("Guardia libica"),
            seen("Libica Guardia"),
        ]
    }
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result["Forze armate"] == set()
    assert result["Guardia costiera libica"] == {"Guardia libica"}
    assert "Libica Guardia" in result


def test_a_surname_ending_one_persons_name_and_a_phrase_joins_the_person():
    names = {
        "articles/a.txt": [seen("Mario Bellini"), seen("Intervento di Bellini"), seen("Bellini")]
    }
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result["Mario Bellini"] == {"Bellini"}
    assert "Bellini" not in result


def test_the_acronym_after_an_organisation_s_word_is_another_body():
    # "Ue" ends "Consiglio Ue" but names the Union, not the Council; "Dbeibah" is a short
    # form of the one longer name it ends.
    names = {
        "articles/a.txt": [
            seen("Consiglio Ue"),
            seen("Ue"),
            seen("Abdul Hamid Dbeibah"),
            seen("Dbeibah"),
        ]
    }
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result == {"Consiglio Ue": set(), "Ue": set(), "Abdul Hamid Dbeibah": {"Dbeibah"}}


def test_a_country_is_no_short_form_of_a_name_that_ends_on_it():
    # "Pakistan" ends "Tehrik-e-Taliban Pakistan": two actors, the second a body's name
    names = {
        "articles/a.txt": [
            seen("Tehrik-e-Taliban Pakistan", before="il gruppo terroristico"),
            seen("Pakistan", demonym="Pakistan"),
        ]
    }
    result = {s.name: (s.variants, s.kind) for s in suggest(names, empty())}
    assert result["Tehrik-e-Taliban Pakistan"] == ((), "organisation")
    assert "Tehrik-e-Taliban Pakistan" not in result["Pakistan"][0]
    assert result["Pakistan"][1] == "country"
    # … and a first name before a surname spelled as a country is a person's
    names = {"articles/a.txt": [seen("Cristina Francia")]}
    assert [s.kind for s in suggest(names, empty())] == ["person"]


def test_a_double_surname_s_first_half_and_a_first_name_join_the_full_name():
    names = {
        "articles/a.txt": [seen("Edmundo González Urrutia"), seen("González")],
        "articles/b.txt": [seen("Saif al-Islam Gheddafi"), seen("Saif al-Islam"), seen("Saif")],
    }
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result == {
        "Edmundo González Urrutia": {"González"},
        "Saif al-Islam Gheddafi": {"Saif al-Islam", "Saif"},
    }


def test_initials_join_the_name_they_abbreviate():
    names = {"articles/a.txt": [seen("Unione Europea"), seen("Ue"), seen("Guardia nazionale")]}
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result["Unione Europea"] == {"Ue"}


def test_forms_the_starter_gives_one_actor_are_one_suggestion():
    # a site without the starter: "Onu" has no letter of "Nazioni Unite", but one actor
    names = {
        "articles/a.txt": [seen("Nazioni Unite"), seen("Onu"), seen("Bruxelles")],
        "articles/b.txt": [seen("Unione europea"), seen("Mario Rossi")],
    }
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result == {
        "Nazioni Unite": {"Onu"},
        "Unione europea": {"Bruxelles"},
        "Mario Rossi": set(),
    }


def test_an_acronym_in_brackets_joins_the_name_it_follows_in_any_language():
    names = {
        "articles/a.txt": [
            seen("Forze di supporto rapido"),
            NameSeen("Rsf", "articles/a.txt", 1, "Frase.", "", "", "Forze di supporto rapido"),
        ],
        "articles/b.txt": [seen("Rsf", "articles/b.txt")],
    }
    result = {s.name: (set(s.variants), len(s.articles)) for s in suggest(names, empty())}
    assert result == {"Forze di supporto rapido": ({"Rsf"}, 2)}


def test_initials_count_an_elided_article_and_from_three_letters_any_order():
    names = {
        "articles/a.txt": [
            seen("Fratelli d’Italia"),
            seen("FdI"),
            seen("Governo di accordo nazionale"),
            seen("Gna"),
            seen("Guardia nazionale"),
            seen("Ng"),  # two letters: in their order only
        ]
    }
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result["Fratelli d’Italia"] == {"FdI"}
    assert result["Governo di accordo nazionale"] == {"Gna"}
    assert result["Guardia nazionale"] == set() and "Ng" in result


def test_draft_entry_guesses_kind_with_its_evidence():
    names = {
        "articles/a.txt": [
            seen("Antonio Tajani", before="il ministro"),
            seen("Marina Sereni", before="la viceministra degli Esteri"),
            seen("Marina Militare", before="il comandante della"),
            seen("Consiglio Presidenziale", before="il"),
            seen("Wagner", before="il gruppo"),
            seen("Turchia", demonym="turche"),
            seen("Egitto"),
            seen("Mirella Santangelo"),
            seen("Nkosana Dlamini"),
            seen("America"),
            seen("Vittoria"),
            seen("Bortolazzi"),
            seen("Fiom"),
            seen("OpenAI"),
            seen("Confcommercio"),
            seen("Confalonieri"),
            seen("Gasunie"),
            seen("Ingrid"),
            seen("Bce", before="la presidente della"),
        ]
    }
    kinds = {s.name: (s.kind, s.why) for s in suggest(names, empty())}
    assert kinds == {
        "Antonio Tajani": ("person", "seen after «ministro», and «Antonio» is a first name"),
        # a title and its complement before a first name that is also an organisation's word
        "Marina Sereni": ("person", "seen after «viceministra», and «Marina» is a first name"),
        # the name as the title's complement, after a preposition
        "Marina Militare": ("organisation", "the name contains «marina»"),
        "Consiglio Presidenziale": ("organisation", "the name contains «consiglio»"),
        "Wagner": ("organisation", "seen after «gruppo»"),
        "Turchia": ("country", "named by «turche», a country's demonym"),
        "Egitto": ("country", "a country's name (CLDR)"),
        # a first name of the dictionary (gender-guesser's), with a surname after it
        "Mirella Santangelo": ("person", "«Mirella» is a first name"),
        "Nkosana Dlamini": ("person", "two to four capitalised words, none of them a word"),
        # … but alone, a first name of the dictionary is no evidence
        "Vittoria": ("organisation", "one word, and «Vittoria» is a word: check"),
        # the Italian press's name for the United States (countries.yml), a first name too
        "America": ("country", "another name of a country (the starter's countries.yml)"),
        # one word no dictionary knows, with no article, title or first name ever before it:
        # a body more often than a surname alone (a person is named in full first); a short
        # one, an acronym; a first name alone, a person
        # (not a starter person's surname, which makes it a person's: see the next test)
        "Bortolazzi": (
            "organisation",
            "one word the dictionary lacks, with no first name or title: check",
        ),
        "Gasunie": (
            "organisation",
            "one word the dictionary lacks, with no first name or title: check",
        ),
        "Ingrid": ("person", "«Ingrid» is a first name: check"),
        "Fiom": ("organisation", "one short word, an acronym as the press writes it: check"),
        # a title, then a preposition: the body the title belongs to, not its holder
        "Bce": ("organisation", "one short word, an acronym as the press writes it: check"),
        # brands and associations write their names in their own ways
        "OpenAI": ("organisation", "a capital inside the word, as brands write it: check"),
        "Confcommercio": ("organisation", "an association's clipped word opens it: check"),
        "Confalonieri": (
            "organisation",
            "one word the dictionary lacks, with no first name or title: check",
        ),
    }


def test_a_starter_persons_surname_alone_is_a_persons_name():
    # a site that drops the starter's Bonaccini still knows his surname for a person's
    names = {"articles/a.txt": [seen("Bonaccini")]}
    kinds = {s.name: (s.kind, s.why) for s in suggest(names, empty())}
    assert kinds == {
        "Bonaccini": ("person", "«Bonaccini» is the surname of a person in the starter's data")
    }


def test_a_country_comes_with_its_demonyms_and_its_starter_id():
    (turkey,) = suggest({"articles/a.txt": [seen("Turchia", demonym="turche")]}, empty())
    assert turkey.id == "turchia"
    assert {"turco", "turca", "turchi", "turche"} <= set(turkey.demonyms)
    assert "Ankara" in turkey.metonyms
    entry = yaml.safe_load("actors:\n" + turkey.entry())["actors"][0]
    assert entry["kind"] == "country" and "turche" in entry["demonyms"]
    # and with its other names, whichever the text used
    (myanmar,) = suggest({"articles/a.txt": [seen("Birmania")]}, empty())
    assert "Birmania" in (myanmar.name, *myanmar.variants)
    assert "Myanmar" in (myanmar.name, *myanmar.variants)


def test_kind_evidence_for_acronyms_and_known_surnames():
    names = {
        "articles/a.txt": [
            seen("CIA", before="il direttore della"),  # the title is the director's
            seen("Putin"),  # a surname of the starter's people
            seen("Davutoglu"),  # … written without the breve the starter gives it
            seen("Unione europea"),  # CLDR lists it among territories: no country
        ]
    }
    kinds = {s.name: s.kind for s in suggest(names, empty())}
    assert kinds == {
        "CIA": "organisation",
        "Putin": "person",
        "Davutoglu": "person",
        "Unione europea": "organisation",
    }


def test_one_unknown_word_after_an_article_is_a_bodys_name():
    names = {
        "articles/a.txt": [
            seen("Codalux", before="ha denunciato il"),  # "il Codalux"
            seen("Eurocasa", before="dati dell’"),  # an elided articulated preposition
            seen("Fermolli", before="ha detto che"),  # no article, title or first name
        ]
    }
    kinds = {s.name: (s.kind, s.why) for s in suggest(names, empty())}
    assert kinds["Codalux"] == (
        "organisation",
        "one word the dictionary lacks, after an article: a body's name",
    )
    assert kinds["Eurocasa"][0] == "organisation"
    # alone, never with a first name or a title: a body more often than a surname (see
    # suggest.guess_kind), left to the contributor to check
    assert kinds["Fermolli"] == (
        "organisation",
        "one word the dictionary lacks, with no first name or title: check",
    )


def test_kind_of_a_name_of_several_words_without_a_title():
    names = {
        "articles/a.txt": [
            seen("Kamala Harris"),  # a first name of any country
            seen("Intesa Sanpaolo"),  # no first name, and a word of the language
            seen("White Helmets"),  # … or of English
            seen("Abdelaziz Bouteflika"),  # no word at all: a name
        ]
    }
    found = {s.name: (s.kind, s.why) for s in suggest(names, empty())}
    assert {name: kind for name, (kind, _) in found.items()} == {
        "Kamala Harris": "person",
        "Intesa Sanpaolo": "organisation",
        "White Helmets": "organisation",
        "Abdelaziz Bouteflika": "person",
    }
    assert "«Intesa» is a word" in found["Intesa Sanpaolo"][1]


def test_entry_is_valid_yaml_whatever_the_name():
    hostile = 'Nome "strano": #1 \\ {a} \u202e'
    (item,) = suggest({"articles/a.txt": [seen(hostile)]}, empty())
    entry = yaml.safe_load("actors:\n" + item.entry())["actors"][0]
    assert entry["name"] == hostile
    assert yaml_text("yes") == '"yes"' and yaml_text("Fayez al-Sarraj") == "Fayez al-Sarraj"


def test_ids_never_clash_with_the_registry():
    registry, _ = parse_registry(
        {"actors": [{"id": "mario-rossi", "name": "Mario Rossi Senior", "kind": "person"}]}, "r.yml"
    )
    (item,) = suggest({"articles/a.txt": [seen("Mario Rossi")]}, registry)
    assert item.id == "mario-rossi-2"


def test_names_covered_by_the_registry_never_appear(site, registry):
    names = {"articles/a.txt": [seen("Haftar"), seen("Lna"), seen("Bengasi"), seen("Nuovo Nome")]}
    assert [s.name for s in suggest(names, registry)] == ["Nuovo Nome"]


def test_every_variant_finds_its_suggestion():
    items = suggest({"articles/a.txt": [seen("Fayez al-Sarraj"), seen("Serraj")]}, empty())
    assert names_of(items)["serraj"].name == "Fayez al-Sarraj"


def test_on_the_seeds(site):
    shutil.rmtree(site / "docs", ignore_errors=True)
    reading = read_corpus(site_config(site))
    # The seeds name only registered actors; "The News Arab" and "Radio" are outlets.
    assert [s.name for s in suggest(reading.names, reading.registry)] == []


def test_a_name_of_five_capitalised_words_is_a_bodys():
    from digest.suggest import _Group, guess_kind

    assert guess_kind(_Group("Unione Nazionale Vittime Civili Guerra", []), frozenset())[0] == (
        "organisation"
    )


def test_an_acronym_joins_the_name_cut_short_or_run_on_in_its_article():
    names = {
        "articles/a.txt": [
            # "Organizzazione internazionale per le migrazioni": the run stops before "per"
            seen("Organizzazione Internazionale"),
            seen("OIM"),
            # "Corte penale internazionale de L'Aja": the run goes on to its seat
            seen("Corte Penale Internazionale de L’Aja"),
            seen("CPI"),
        ],
        # in another article only: no evidence that they are one
        "articles/b.txt": [seen("Partito Comunista", "articles/b.txt")],
        "articles/c.txt": [seen("Pci", "articles/c.txt"), seen("Russia", "articles/c.txt")],
        # a word, not an acronym as the press writes one ("Rustem Umerov" begins with "R")
        "articles/d.txt": [
            seen("Rustem Umerov", "articles/d.txt"),
            seen("Russia", "articles/d.txt"),
        ],
    }
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result["Organizzazione Internazionale"] == {"OIM"}
    assert result["Corte Penale Internazionale de L’Aja"] == {"CPI"}
    assert result["Partito Comunista"] == set() and "Pci" in result
    assert result["Rustem Umerov"] == set() and "Russia" in result


def test_a_word_inside_a_long_name_is_its_short_form_unless_two_names_hold_it():
    names = {
        "articles/a.txt": [
            seen("Najeem Osema Almasri Habish", before="il generale"),
            seen("Almasri"),
            seen("Almasri"),
        ],
    }
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result == {"Najeem Osema Almasri Habish": {"Almasri"}}
    # two people whose names hold the word, each opening on a first name: it stays apart
    names["articles/b.txt"] = [seen("Karim Osema Almasri Ali", "articles/b.txt")]
    names["articles/a.txt"][0] = seen("Mohamed Osema Almasri Habish", before="il generale")
    result = {s.name: set(s.variants) for s in suggest(names, empty())}
    assert result["Almasri"] == set()


def test_a_name_after_its_members_is_a_groups():
    from digest.suggest import _Group, guess_kind

    group = _Group(
        "Ultima Generazione", ["Ultima Generazione"], befores=["Diciannove attivisti di"]
    )
    kind, why = guess_kind(group, frozenset())
    assert kind == "organisation"
    assert "attivisti di" in why
