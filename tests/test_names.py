"""The leads for the registry: capitalised names cleaned of what names no actor."""

from __future__ import annotations

from dataclasses import replace

import pytest

from digest import names
from digest.matching import Matcher, tag
from digest.names import _expanded, clean, unmatched_names
from digest.registry import parse_registry
from tests.test_matching import article


@pytest.mark.parametrize(
    ("run", "genitive", "expected"),
    [
        ("Interno Marco Minniti", True, "Marco Minniti"),  # [ministro dell’]Interno
        ("Consiglio Giuseppe Conte", True, "Giuseppe Conte"),  # [presidente del] Consiglio
        ("Affari Esteri Tieblé Dramé", True, "Tieblé Dramé"),  # [ministro degli] Affari Esteri
        ("Liceo Scientifico Enrico Fermi", True, "Scientifico Enrico Fermi"),  # a school's name
        # one word before an Italian first name and a surname: the phrase's place, body or
        # portfolio ("[sindaco di] Giugliano …", "[ministro per lo] Sport …")
        ("Giugliano Nicola Pirozzi", True, "Nicola Pirozzi"),
        ("Sport Andrea Abodi", True, "Andrea Abodi"),
        # … or a first name of any country after a word that is neither a word of the
        # language nor a first name ("[ad di] Sonatrach Rachid Hachichi")
        ("Sonatrach Rachid Hachichi", True, "Rachid Hachichi"),
        ("Reform UK di Nigel Farage", False, "Reform UK di Nigel Farage"),
        ("Reggio Emilia AV Mediopadana", False, "Reggio Emilia AV Mediopadana"),
        ("Liceo Enrico Fermi", False, "Liceo Enrico Fermi"),
        ("Fondazione Marenostro", True, "Fondazione Marenostro"),
        ("Segretario di Stato Mike Pompeo", False, "Mike Pompeo"),
        ("Così Rosetta Incargiola", False, "Rosetta Incargiola"),
        ("L’assassinio di Abdel Ghani al-Kikli", False, "Abdel Ghani al-Kikli"),
        ("Di Maio", False, "Di Maio"),
        ("Marco Marrone", False, "Marco Marrone"),  # common words, but "Marco" is a first name
        ("Brigata Tariq bin Ziyad", False, "Brigata Tariq bin Ziyad"),
        # a saint's word opens a town's name, never a place before a person's ("San" is a
        # town in Mali, "Vito" a first name): the whole is the town, no name to suggest
        ("San Vito Lo Capo", False, None),
        # a body of the State is named after it ("Diciotti della Guardia Costiera" is a ship
        # and a corps); a company's board or officer before the company is not its name
        ("Ferrovie dello Stato Italiane", False, "Ferrovie dello Stato Italiane"),
        ("Cda di Ferrovie dello Stato Italiane", False, "Ferrovie dello Stato Italiane"),
        ("Ad di Eni", False, "Eni"),
        ("Cda", False, None),
        # no assembly is named after someone: the first name after one opens a person's
        # ("[ministro per i Rapporti con il] Parlamento Riccardo Fraccaro")
        ("Parlamento Riccardo Fraccaro", False, "Riccardo Fraccaro"),
        ("Congresso Silvia Roggiani", False, "Silvia Roggiani"),
        ("Air Force One Donald Trump", False, "Donald Trump"),  # a thing, then a person
        ("Bce Christine Lagarde", True, "Christine Lagarde"),  # [della] Bce: a body's acronym
        ("Jan Ki Baat", False, "Jan Ki Baat"),  # "Jan" is a first name, no acronym
        ("Saddam Khalifa Haftar", False, "Saddam Khalifa Haftar"),  # two first names
        ("Legge di Stabilità", False, None),  # common words
        ("27 Paesi", False, None),  # a count, then what is counted
        ("Medio Oriente", False, None),
        ("Sabato", False, None),
        ("Res", False, None),  # desk initials
        ("Bengasi", False, None),  # a city (GeoNames)
        ("Puglia", False, None),  # a region (ISO 3166-2)
        ("Europa", False, None),  # a CLDR region
        ("Libya Observer", False, None),  # an outlet
        ("Villa Igiea", False, None),  # a place with a name
        ("Giro d’Italia", False, None),  # an event
        ("Passo Durone", False, None),  # a mountain pass, a hill, a range: places
        ("Colle San Bartolo", False, None),
        ("Monti Picentini", False, None),
        ("Terremoto Ischia", False, None),  # a disaster and where it struck
        ("Suv Jeep", False, None),  # a vehicle
        ("Australian Open", False, None),  # an event, named in English
        ("Open Arms", False, "Open Arms"),  # an organisation whose name opens with "Open"
        ("Biden-Putin", False, None),
        ("Forze", False, None),  # an organisation's word, not a name
        ("Stati Uniti", False, "Stati Uniti"),  # common words, but a country
        ("Italia Viva", False, "Italia Viva"),  # a country's name and a word: a party
        ("Torino Stefano Lo Russo", True, "Stefano Lo Russo"),  # [le comunali di] Torino
        ("G7", False, "G7"),
        ("Hamas", False, "Hamas"),  # GeoNames lists it for Hamm: not a spelling of that
        ("Hama", False, None),  # GeoNames' "Ḩamāh", folded through Latin Extended Additional
        ("Dnipropetrovsk", False, None),  # another name of a city of a quarter million or more
        ("Nord Africa", False, None),  # the compass opens the name of an area
        ("Cirenaica", False, None),  # a region no gazetteer lists: digest/starter/places.yml
        ("Lampedusa", False, None),
        ("Arrestate Vladimir Putin", False, "Vladimir Putin"),  # a verb opened the quote
        ("Seguono Calabria", False, None),  # a verb opened the sentence, then a place
        ("Donato Toma", False, "Donato Toma"),  # a first name that is a verb's form too
        ("Darfur Settentrionale", False, None),  # a part of a region
        ("Capitale Addis Abeba", False, None),  # a place's noun, capitalised, then the place
        ("Paul-Henri Damiba", False, "Paul-Henri Damiba"),  # a compound first name
        ("Milano Linate", False, None),  # a city and its airport's town
        # a region of several words, then a person
        ("Friuli Venezia Giulia Massimiliano Fedriga", False, "Massimiliano Fedriga"),
        ("Colpo di Stato", False, None),  # an event
        ("Rete della Conoscenza", False, "Rete della Conoscenza"),  # a network of bodies
        ("Forza Italia", False, "Forza Italia"),  # an organisation's word, not a verb
        ("L'Iran", False, "Iran"),  # an article elided onto the name
        ("Dell’Onu", False, "Onu"),
        ("Tomahawk'", False, "Tomahawk"),  # a closing quote written as an apostrophe
        ("USS Porter", False, None),  # a ship
        ("Operazione Sindoor", False, None),  # an operation
        ("Memorandum", False, None),  # a thing's head noun alone is the thing
        ("Covid-19", False, None),
        ("Crocus City Hall", False, None),  # a building, its head noun last in English
        ("ATP Finals", False, None),  # events, their head noun last in English
        ("Veneto Classic", False, None),
        ("World Innovation Summit", False, None),
        ("Marco Marrone Rossi", False, "Marco Marrone Rossi"),  # a first name, not a verb
        ("Sud del Paese", False, None),
        ("Sud Sudan", False, "Sud Sudan"),  # but a country stays one
        # common words, but a preposition with a capital: a name's own title case
        ("Medici Senza Frontiere", False, "Medici Senza Frontiere"),
        ("Medici senza frontiere", False, None),
        # a sentence's preposition with its capital, before a word of the dictionary
        ("Al Comune di Roma", False, "Comune di Roma"),
        # a sentence run on without its full stop, opening on an article and a country
        ("Alexis La Grecia", False, "Alexis"),
        # an article elided onto a word in lower case opens a sentence, never a name
        ("L’ultimo", False, None),
        ("Ignazio La Russa", False, "Ignazio La Russa"),
        ("Al Jazeera", False, "Al Jazeera"),
    ],
)
def test_cleaning(run, genitive, expected):
    assert clean(run, genitive) == expected


def names_in(text, registry=None):
    registry = registry or parse_registry({"actors": []}, "r.yml")[0]
    item = article(text)
    return [
        (n.name, n.demonym)
        for n in unmatched_names(item, tag(item, Matcher(registry)).spans, registry)
    ]


def test_a_name_never_runs_across_a_line_a_slash_or_a_bracket():
    # "Radio Capital" is an outlet; the name on the next line stands alone.
    assert names_in("Radio Capital\nMarco Marrone ha parlato.") == [("Marco Marrone", "")]
    assert ("Marco Marrone", "") in names_in("Lo dice Antonella Sesino/Marco Marrone, armatore.")
    assert ("Marco Marrone", "") in names_in("Lo dice (Res) Marco Marrone, armatore.")


def _eu_registry():
    """A registry that knows the European Union only, by "Ue"."""
    entry = {"id": "ue", "name": "Unione europea", "kind": "organisation", "aliases": ["Ue"]}
    return parse_registry({"actors": [entry]}, "r.yml")[0]


def test_a_matched_name_after_an_elided_article_opening_a_sentence_is_no_name():
    # "L'Ue": the word starts at the article, the match two characters on
    registry = _eu_registry()
    assert names_in("L'Ue intende colpire le esportazioni.", registry) == []
    assert names_in("L’Ue e Marco Marrone trattano.", registry) == [("Marco Marrone", "")]


def test_a_known_papers_name_is_never_cut_into_a_name():
    # "New" matches an acronym's shape and "York" a first name: the paper's name, whole,
    # is no one's
    assert names_in("In un’intervista concessa al New York Times ha annunciato la sua corsa.") == []


def test_a_rescue_ship_is_a_thing_and_the_ngo_that_runs_it_a_name():
    found = names_in("La Ocean Viking ha soccorso 40 persone. Sos Mediterranee chiede un porto.")
    assert [name for name, _ in found] == ["Sos Mediterranee"]


def test_the_things_of_a_list_after_their_noun_are_all_things():
    # "le due petroliere X e Y": the noun introduces both; a person after one is named
    text = "Sono state attaccate le due petroliere Front Altair e Kokuka Courageous ieri."
    assert names_in(text) == []
    assert names_in("Dalla nave Aquarius e Marco Rossi ha parlato.") == [("Marco Rossi", "")]


def test_a_party_s_short_acronym_joined_to_another_name_is_two_names():
    assert ("Pd", "") in names_in("Il patto Pd-Azione è finito prima di cominciare.")
    assert names_in("Kim Jong-Un ha parlato.") == [("Kim Jong-Un", "")]


def test_stations_and_train_services_are_no_names():
    text = "Il Frecciarossa e l'Intercity Notte partiti da Milano Centrale sono in ritardo."
    assert names_in(text) == []
    assert names_in("Il guasto a Reggio Calabria Centrale blocca i treni.") == []
    assert names_in("Si è avviato il percorso del Piano Mattei. Il Presidente ha parlato.") == []
    # a body's "Centrale" after no city stays a name
    assert ("Comitato Centrale", "") in names_in("Si è riunito il Comitato Centrale del partito.")


def test_a_country_the_registry_lacks_is_a_lead_by_its_demonym_or_acting_seat():
    assert names_in("Le truppe turche sono entrate.") == [("Turchia", "turche")]
    assert names_in("Ieri il Cremlino ha risposto.") == [("Russia", "Cremlino")]
    assert names_in("Ieri era a Mosca con i suoi.") == []


def test_a_demonym_some_copy_capitalises_is_its_country_not_a_name():
    # "il primo ministro Indiano Narendra Modi": the registered person ends the run, and
    # what is left is the country, once, by its demonym; never a lead named "Indiano"
    modi = {"id": "narendra-modi", "name": "Narendra Modi", "kind": "person"}
    registry = parse_registry({"actors": [modi]}, "r.yml")[0]
    text = "Il primo ministro Indiano Narendra Modi ha parlato."
    assert names_in(text, registry) == [("India", "Indiano")]
    # inside a longer name the demonym stays the name's own ("Sogno Georgiano")
    assert ("Sogno Georgiano", "") in names_in("Il partito Sogno Georgiano ha vinto.")


def test_road_codes_foreign_calendar_words_and_unaccented_words_are_no_names():
    found = [name for name, _ in names_in("Chiusa la E45 e la SS51 per una frana, dice Anas.")]
    assert "E45" not in found and "SS51" not in found
    text = "Gepostet von Virginia Raggi am Montag, 23. September 2019"
    found = [name for name, _ in names_in(text)]
    assert "Montag" not in found and "September" not in found
    from digest.names import common_word

    assert common_word("Attivita") and common_word("Liberta")  # "attività", "libertà"
    assert not common_word("Arera")  # not "arerà": a future is no typo of a name


def test_a_name_and_the_body_it_belongs_to_are_two_names():
    # a ship and the corps it belongs to; one body's name stays whole
    found = [name for name, _ in names_in("Ieri la Aretusa della Guardia Costiera è salpata.")]
    assert "Guardia Costiera" in found
    assert "Aretusa della Guardia Costiera" not in found
    found = [name for name, _ in names_in("Lo ha deciso la Procura della Repubblica ieri.")]
    assert found == ["Procura della Repubblica"]


def test_a_seat_of_power_left_after_a_run_s_cleaning_is_read_as_one():
    # "Stato di Teheran" cleans to "Teheran": a place there, as "a Teheran" is
    assert names_in("Secondo i media di Stato di Teheran, ci sono vittime.") == []


def test_an_acronym_in_brackets_names_the_longer_name_before_it():
    registry = parse_registry({"actors": []}, "r.yml")[0]
    item = article(
        "Ieri l’Autorità di regolazione per energia, reti e ambiente (Arera) ha deciso. "
        "Il consigliere Mario Rossi (Pd) ha protestato."
    )
    found = {n.name: n.short_for for n in unmatched_names(item, (), registry)}
    assert found["Arera"] == "Autorità di regolazione"
    assert found["Pd"] == ""  # a person's party, never his short form
    # a capitalised word between is another name's, the acronym's: not the Ministry's
    text = "Lo hanno detto il Ministero della Salute e l'Istituto di sanità (Iss)."
    ministry = (text.index(" e l'"), "Ministero della Salute")
    assert _expanded(text, text.index("Iss"), "Iss", ministry) == ""


def test_outlets_and_places_before_a_name_are_not_leads():
    assert names_in("Lo riferisce l’agenzia Ria Novosti.") == []
    assert names_in("Lo ha scritto su Telegram.") == []
    assert names_in("Gli scontri in Cirenaica continuano.") == []


def test_a_place_named_after_its_kind_or_an_elided_preposition_is_no_actor():
    # "il bosco di Casalotto", "il comune di Vallorba": the kind of place, then its name
    assert names_in("Il fuoco ha distrutto il bosco di Casalotto in poche ore.") == []
    assert names_in("Votano anche gli elettori del comune di Vallorba.") == []
    # … with an adjective between: "il quartiere meridionale di Dahieh"
    assert names_in("Un raid ha colpito il quartiere meridionale di Darbuka.") == []
    assert names_in("È detenuto nella colonia penale di Kalmar.") == []
    assert names_in("Torna nella città natale di Marco Darbuka.") == [("Marco Darbuka", "")]
    # "sull’Etna", "nell’Ogliastra": a preposition of place, elided
    assert names_in("Nuova colata sull’Etna nella notte.") == []
    assert names_in("Tre incendi nell’Ogliastra ieri.") == []
    # "l’hotel Rigopiano", "all’ospedale Cardarelli": the name of a building
    assert names_in("La valanga ha travolto l’hotel Montegrande.") == []
    assert names_in("È stato portato all’ospedale Cardarelli.") == []


def test_an_acronym_in_capitals_after_a_place_s_preposition_is_no_place():
    assert names_in("Siamo tra i primi contributori nella NATO sul fianco est.") == [("NATO", "")]


def test_a_is_a_place_s_preposition_unless_a_first_name_follows():
    # "a Farindola": somewhere; "a Joe Biden": the person a verb is addressed to.
    assert names_in("I soccorsi sono arrivati a Farindola nella notte.") == []
    assert names_in("Il premier ha telefonato a Joe Biden.") == [("Joe Biden", "")]
    # a first name of another country, before a surname: "il processo a Patrick Zaki"
    assert names_in("Rinviato il processo a Patrick Zaki, lo studente.") == [("Patrick Zaki", "")]
    # not where the two words are a city's name
    assert names_in("Gli sfollati sono arrivati a Khan Yunes ieri.") == []


def test_somewhere_in_a_city_and_a_purpose_are_no_part_of_a_name():
    assert names_in("La base Murted di Ankara è pronta.") == []
    assert names_in("Lo dicono le Fonti di Harare stamattina.") == []
    assert names_in("Il Tribunale di Sebha ha deciso.") == [("Tribunale di Sebha", "")]
    assert names_in("Lo ha detto Luigi Di Maio ieri.") == [("Luigi Di Maio", "")]
    assert names_in("Le Forze armate per negoziare hanno chiesto.") == [("Forze armate", "")]


def test_the_centre_of_a_country_is_an_area_a_centre_with_a_name_a_body():
    assert names_in("Il maltempo colpisce il Centro-Sud Italia.") == []
    assert names_in("Scuole chiuse nel Centro Italia dopo il sisma.") == []
    assert names_in("Lo dice il Centro Astalli.") == [("Centro Astalli", "")]


def test_broadcasters_and_papers_cited_as_sources_are_no_names_to_suggest():
    # media.yml: outlets a story cites, never its actors
    assert names_in("Lo ha detto in un'intervista alla Cnbc il ministro.") == []
    assert names_in("Secondo un sondaggio per TF1 e LCI il presidente vince.") == []


def test_an_english_name_keeps_its_own_small_words():
    # Italian copy quotes English institutions as they are: "of", "for (the)", "on" join
    # them, as "di" joins an Italian one; never lower-case words of the sentence
    assert names_in("Le immagini sono verificate dall'Institute for the Study of War.") == [
        ("Institute for the Study of War", "")
    ]
    assert names_in("Secondo l'Intergovernmental Panel on Climate Change, il mare sale.") == [
        ("Intergovernmental Panel on Climate Change", "")
    ]
    assert names_in("Lo ha detto la Bank of England ieri.") == [("Bank of England", "")]
    assert names_in("Lo scrive il Times of Israel.") == []  # an outlet cited as a source


def test_a_body_named_by_common_words_after_its_organisation_word_is_a_name():
    # "Capitaneria", "Squadra", "Policlinico": words of the dictionary, but the heads of a
    # body's name, as "Procura" and "Questura" are (the annotations' organisations open on
    # them 17, 8 and 5 times)
    assert names_in("Sul posto la Capitaneria di Porto con due motovedette.") == [
        ("Capitaneria di Porto", "")
    ]
    assert names_in("Le indagini della Squadra Mobile di Varese sono chiuse.") == [
        ("Squadra Mobile", "")
    ]
    # alone, the word names no one ("Arma da fuoco", a weapon)
    assert names_in("Sequestrata l'auto. Arma da fuoco trovata nel baule.") == []


def test_a_name_and_the_city_where_it_stands_give_the_name():
    # The city is a place; the name before it is what a contributor may register, unless a
    # noun of a place's kind stands before it ("la base Murted", above).
    assert names_in("Ferie forzate per gli operai dell'Ilva di Taranto.") == [("Ilva", "")]
    assert names_in("È astrofisico dell’università Federico II di Napoli.") == [("Federico II", "")]


def test_a_portfolio_after_a_title_is_no_part_of_the_name():
    # "assessore alla Sanità", as "ministro dell’Interno": the title's complement
    assert names_in("Lo ha detto l'assessore alla Sanità Federico Riboldi ieri.") == [
        ("Federico Riboldi", "")
    ]


def test_the_party_or_union_a_secretary_serves_is_a_name_not_a_portfolio():
    # "segretario del Pd" is the party's secretary: the party is named, as a ministry's
    # field after "ministro del" is not
    assert names_in("Lo ha detto il segretario del Pd ieri sera.") == [("Pd", "")]
    assert names_in("Lo ha detto il segretario della Cgil ieri sera.") == [("Cgil", "")]
    assert names_in("Lo ha detto il ministro del Lavoro ieri sera.") == []


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name():
    assert names_in("Contestualmente Mps ha chiuso in rialzo.") == [("Mps", "")]
    # "Clemente" is made of no adjective of the dictionary: a first name, kept.
    assert names_in("Ieri Clemente Mastella ha parlato.") == [("Clemente Mastella", "")]


def test_a_word_simplemma_does_not_inflect_opening_a_sentence_is_no_name():
    from digest import lexicon

    # Morph-it! knows the invariant words simplemma's dictionary lacks, and writes names
    # with their capital: those stay names where they open a sentence.
    for word in ("davvero", "Piuttosto", "talvolta", "assieme", "caos", "gas", "lavoro"):
        assert lexicon.is_word(word), word
    for name in ("Putin", "Salvini", "Hamas", "Istat", "Milano", "Renzi"):
        assert not lexicon.is_word(name), name
    assert names_in("Piuttosto che richiamarlo, Tajani chiede pressioni.") == [("Tajani", "")]
    assert names_in("Talvolta i ragazzi agivano da soli. Davvero.") == []
    assert names_in("Renzi ha lasciato il Pd.") == [("Renzi", ""), ("Pd", "")]


def test_a_headline_in_capitals_with_an_article_inside_is_no_name():
    assert names_in("MAXI OPERAZIONE CONTRO IL TRAFFICO DI DROGA tra Sardegna e Piemonte.") == []
    assert names_in("La CORTE DI CASSAZIONE ha deciso.") == [("CORTE DI CASSAZIONE", "")]
    # … or a verb, a pronoun or a preposition no name holds
    assert names_in("Ieri IL BLOCCO È STATO RIPARATO dai tecnici.") == []
    # (dropped whole, as with an article: the story names FCA again in mixed case)
    assert names_in("Anche FCA SCAMBIA IN BORSA con forza.") == []
    assert names_in("La CASSA DEPOSITI E PRESTITI investe.") == [("CASSA DEPOSITI E PRESTITI", "")]


def test_a_model_of_aircraft_or_weapon_is_no_actor_but_a_group_is():
    assert names_in("Ha ricevuto i sistemi S-400 e gli F-35. Il G-20 si riunisce.") == [
        ("G-20", "")
    ]
    # without the hyphen too; a group stays one
    assert names_in("Ha ricevuto gli F35 e i Su57. Il G20 si riunisce.") == [("G20", "")]
    assert names_in("La galassia M87 e l'isotopo U235.") == []


def test_a_family_of_living_things_and_a_pictures_credit_are_no_actors():
    assert (
        names_in("Il coleottero appartiene alla famiglia Staphylinidae, ordine Coleoptera.") == []
    )
    assert names_in("Nuove specie di Passeriformes. Il Comune di Milano ha votato.") == [
        ("Comune di Milano", "")
    ]
    assert names_in("Vive solo in Sardegna. Foto Roberto Scherini") == []


def test_a_valley_a_tunnel_or_a_prison_named_after_its_kind_is_no_actor():
    assert names_in("I carabinieri della vallata dell’Agno sono intervenuti.") == []
    assert names_in("Chiuso per neve il traforo del Gran San Bernardo.") == []
    assert names_in("È detenuto nel carcere di Rebibbia da un anno.") == []


def test_an_institution_of_a_field_and_the_person_who_heads_it_are_two_names():
    assert names_in("Lo spiega il direttore dell'Agenzia delle Entrate Ernesto Maria Ruffini.") == [
        ("Agenzia delle Entrate", ""),
        ("Ernesto Maria Ruffini", ""),
    ]
    # a school named after someone stays one name
    found = names_in("Gli studenti del Liceo Scientifico Enrico Fermi protestano.")
    assert len(found) == 1 and found[0][0].endswith("Scientifico Enrico Fermi")


def test_an_acronym_before_a_persons_name_is_another_name():
    assert names_in("Tra loro l'ex terrorista dei Nar Massimo Carminati, condannato.") == [
        ("Nar", ""),
        ("Massimo Carminati", ""),
    ]
    # a double first name is no acronym and a name
    found = names_in("Lo ha detto ieri Anna Maria Bernini in aula.")
    assert len(found) == 1 and found[0][0].endswith("Maria Bernini")


def test_an_index_or_a_prize_names_a_thing_where_its_word_stands_before_it():
    assert names_in("L’indice Ftse Mib chiude in rialzo.") == []
    assert names_in("Ha vinto il premio Nobel per la pace.") == []
    # only there: "un drone Houthi" is a thing, "gli Houthi" the actor that launched it
    assert names_in("Abbattuto un drone Houthi nel Mar Rosso. Gli Houthi rivendicano.") == [
        ("Houthi", "")
    ]


def test_a_demonym_capitalised_inside_a_name_makes_it_one():
    # two common words, but the capitalised demonym after the first says "a party's name"
    assert ("Sogno Georgiano", "") in names_in("Ha vinto di nuovo Sogno Georgiano, dicono.")
    assert names_in("Ieri il Popolo Unito ha protestato.") == []


def test_a_vehicle_or_weapon_names_a_thing_but_its_owner_is_an_actor():
    assert names_in("Sono stati lanciati i missili Tomahawk contro la base.") == []
    assert names_in("La nave Aquarius è attraccata ieri.") == []
    assert names_in("La portacontainer Ever Given è stata liberata.") == []
    assert names_in("I migranti sono sbarcati a molo Favarolo ieri.") == []
    assert names_in("Sul palco del teatro Ariston c'è il conduttore.") == []
    assert names_in("Ieri il Medioriente ha tremato.") == []  # digest/starter/places.yml
    assert names_in("Una motovedetta della Guardia di finanza è intervenuta.") == [
        ("Guardia di finanza", "")
    ]


def test_a_probe_a_project_a_fair_or_an_operation_names_a_thing():
    assert names_in("Il lander Vikram ha perso il contatto con la Terra.") == []
    assert names_in("La sonda Beresheet si è schiantata sulla Luna.") == []
    assert names_in("Il governo conferma l'impegno per l'elettrodotto Elmed.") == []
    assert names_in("Attenzione al progetto Tanit per le acque reflue.") == []
    assert names_in("Lo ha detto alla fiera Expoagro ieri.") == []
    assert names_in("Gli investigatori hanno chiamato l'operazione Vello d'Oro.") == []


def test_an_italian_province_s_code_after_its_town_names_no_actor():
    assert names_in("Arrestato a Castelvetrano (Tp) il latitante.") == []
    assert names_in("È stato portato all'ospedale di Piazza Armerina (En) dai medici.") == []
    assert names_in("I carabinieri di Cotronei (KR) lo hanno fermato.") == []
    # after a person, the same letters are a party's, whatever the surname ("Rossi" is a
    # town too)
    assert names_in("Lo ha detto Mario Rossi (Pd) in aula.") != names_in(
        "Lo ha detto Mario Rossi in aula."
    )
    # a sentence's capitalised preposition before the town ("A Jesi (An)"), and the same
    # code again after a hamlet no gazetteer holds ("a Tebano (RA)")
    assert names_in("Alberi caduti. A Jesi (An) e Fano (PU), danni ai tetti.") == []
    text = "Il Santerno a Sant’Agata (RA), il fiume Senio a Tebano (RA) e il Lamone."
    assert ("RA", "") not in names_in(text)


def test_a_basin_a_beach_or_a_spaceport_names_a_place():
    assert names_in("L'accordo riguarda l'esplorazione nel bacino di Ghadames.") == []
    assert names_in("Otto migranti si allontanavano dalla spiaggia di Maladroxia.") == []
    assert names_in("La sonda è partita dallo spazioporto di Sriharikota.") == []
    assert names_in("Scontri nella periferia di Kharbat e nei sobborghi di Ain Zara.") == []
    # … and so are the other names of its list
    assert names_in("Chiuse le strade nelle zone di Ain Zara, Mashroue Habhda e Yarmok.") == []
    assert names_in("Piove nelle località di Ornaro Basso e Settebagni da ieri.") == []
    # … not a person named after it, nor a list that another word interrupts
    assert names_in("Nelle zone di Ain Zara e Mario Bianchi ha parlato.") == [("Mario Bianchi", "")]
    assert names_in("Scontri nel villaggio di Kharbat, dice il capo Hamdan Bakr.") == [
        ("Hamdan Bakr", "")
    ]
    # the body or person who acts there is still named
    assert names_in("Nel bacino di Ghadames opera la Sirte Oil Company.") == [
        ("Sirte Oil Company", "")
    ]


def test_a_law_a_bridge_or_a_storm_named_after_someone_names_no_actor():
    assert names_in("Gli effetti della legge Severino sul sindaco sono chiari.") == []
    assert names_in("I lavori per la ricostruzione del ponte Morandi sono finiti.") == []
    assert names_in("La tempesta Daniel ha colpito la costa orientale.") == []
    assert names_in("Le grandi firme di via dei Tornabuoni protestano.") == []
    # "nel corso del", "al largo della" are no streets
    assert names_in("La decisione è attesa nel corso del Consiglio dei ministri di oggi.") == [
        ("Consiglio dei ministri", "")
    ]


def test_a_hyphenated_place_and_a_historical_region_are_places():
    assert names_in("In Emilia-Romagna piove da giorni, e in Romagna i fiumi esondano.") == []
    assert names_in("Nel Nagorno-Karabakh si combatte, dice Mario Rossi.") == [("Mario Rossi", "")]
    # two names joined by a hyphen are still two
    assert names_in("Il vertice Biden-Putin si terrà a Ginevra.") == [("Biden", ""), ("Putin", "")]
    # a sentence's first word in capitals names no one
    assert names_in("Stamane Mario Rossi ha parlato. Persino Luigi Bianchi era lì.") == [
        ("Mario Rossi", ""),
        ("Luigi Bianchi", ""),
    ]


def test_an_institutions_name_ends_before_an_infinitive_or_an_elided_word():
    assert names_in("Il discorso sullo Stato dell'Unione di quest'anno è stato lungo.") == []
    assert names_in("Hamas accusa lo Stato ebraico di aver utilizzato armi proibite.") == [
        ("Hamas", ""),
        ("Israele", "Stato ebraico"),
    ]


def test_an_institutions_name_ends_before_a_month_or_a_day():
    text = "Il voto del Parlamento europeo di settembre sul bilancio."
    assert names_in(text) == [("Parlamento europeo", "")]
    text = "La decisione del Consiglio di sicurezza di lunedì."
    assert names_in(text) == [("Consiglio di sicurezza", "")]
    # a complement that is no date stays: "Camera dei rappresentanti"
    assert names_in("La Camera dei rappresentanti ha votato.") == [
        ("Camera dei rappresentanti", "")
    ]


def test_a_street_or_a_fishing_boat_names_no_actor_but_a_name_after_corso_di_does():
    assert names_in("Scontro all'incrocio tra via Carducci e via Erone.") == []
    assert names_in("I tifosi erano in piazza San Carlo per la finale.") == []
    assert names_in("Sequestrato il peschereccio Antartide al largo.") == []
    assert names_in("Nel corso di un incontro Marco Marrone ha parlato.") == [("Marco Marrone", "")]


def test_words_capitalised_for_their_place_and_places_after_a_name_are_no_leads():
    # A sentence run into a headline; a verb with its pronouns opening a sentence.
    assert names_in("Colloquio con Marco Marrone Sempre oggi il presidente ha parlato.") == [
        ("Marco Marrone", "")
    ]
    assert names_in("Iscriviti alla lista. Andiamoci piano con le tasse.") == []
    # "al Cairo" after a name with its own "al": where, not a part of the name.
    assert names_in("Ha incontrato Ahmed al Marrone al Cairo ieri.") == [("Ahmed al Marrone", "")]
    # Rivers and mountain ranges (digest/starter/places.yml).
    assert names_in("Le acque del Nilo e le Alpi.") == []
    # Libya's oil terminals, below GeoNames' towns (digest/starter/places.yml).
    assert (
        names_in("Fermi i terminal di Ras Lanuf e Zueitina, chiuso il giacimento di Sharara.") == []
    )


def test_a_title_before_a_surname_is_no_part_of_it():
    assert names_in("Lo ha detto il Guardasigilli Nordio in aula.") == [("Nordio", "")]


def test_after_a_bare_di_comes_a_name_not_a_complement():
    # "Marine" is a dictionary word; after "di" it opens a name all the same.
    assert names_in("Il 34% dei voti di Marine Le Pen, secondo i sondaggi.") == [
        ("Marine Le Pen", "")
    ]
    assert names_in("Lo ha detto il ministro dell’Interno Marco Minniti.") == [
        ("Marco Minniti", "")
    ]


def test_news_outlets_and_platforms_are_never_leads():
    # Whatever the words before them: the data in digest/starter/media.yml and the agencies.
    assert names_in("Il Guardian ha rivelato il piano. Anche Reuters lo conferma.") == []
    assert names_in("Lo mostrano i video diffusi da Al Jazeera e su Twitter.") == []


def test_an_outlet_glued_to_a_name_is_detached():
    assert names_in("Ha detto a Fox Business Trish Regan che era pronto.") == [("Trish Regan", "")]


def test_a_verb_form_after_an_article_is_a_name():
    # "nato" is a past participle; "della Nato" is the alliance.
    assert names_in("I leader della Nato si riuniscono a Madrid.") == [("Nato", "")]


def test_the_press_s_two_letter_acronyms_are_names():
    assert names_in("Le misure approvate dall’Ue contro la Turchia.") == [
        ("Ue", ""),
        ("Turchia", "Turchia"),
    ]
    assert names_in("Ieri In piazza.") == []


def test_a_country_opening_a_sentence_is_still_a_lead():
    assert names_in("Ieri c'è stato il vertice. L’Italia si è fatta promotrice della tregua.") == [
        ("Italia", "L’Italia")
    ]


def test_a_purpose_a_noun_or_an_adjective_of_another_word_is_no_part_of_an_institution():
    # "per" and a bare noun: a purpose; an adjective that cannot agree with the institution's
    # word is the sentence's ("funerali di Stato laici"); a noun in -ione is no adjective.
    assert names_in("Allontanati dalle Forze di Polizia per condotte moleste.") == [
        ("Forze di Polizia", "")
    ]
    assert names_in("Ai funerali di Stato laici hanno partecipato in tanti.") == []
    assert names_in("Ha votato la Giunta riunioni settimanali, dice il sindaco.") == []
    text = "le Forze decisioni inerenti"
    assert names._adjectives(text, len("le Forze")) == len("le Forze")


def test_an_abbreviated_title_is_no_name():
    text = (
        "Lo ha spiegato l’Avv. Guido Scorsa. Ha invitato l’On. le Razza e il Dott. Mario Bianchi."
    )
    assert names_in(text) == [("Guido Scorsa", ""), ("Mario Bianchi", "")]


def test_a_venue_is_no_actor_whichever_end_its_word_stands_at():
    text = "Il tour passa dal MEDIOLANUM FORUM, dalla UNIPOL ARENA e dal Pala Alpitour."
    assert names_in(text) == []
    assert names_in("Ha parlato il presidente del Forum Ambrosetti.") == [("Forum Ambrosetti", "")]


def test_two_names_joined_by_a_hyphen_are_each_their_own():
    assert names_in("Il vertice Biden-Putin si terrà a Ginevra.") == [("Biden", ""), ("Putin", "")]
    assert names_in("Un governo M5s-Lega romperebbe il centrodestra.") == [("Lega", "")]
    assert names_in("Ha parlato Kim Jong-Un.") == [("Kim Jong-Un", "")]


def test_a_boat_in_quotes_and_a_quarter_after_its_word_are_no_actors():
    text = "A bordo del peschereccio “Anna Madre” e in zona Giardinetti, quartiere Corviale."
    assert names_in(text) == []
    assert names_in("Lo ha detto il sindaco “Mario Rossi” ieri.") == [("Mario Rossi", "")]


def test_a_body_named_by_its_word_alone_is_a_name_and_a_complement_not_taken_leaves():
    assert names_in("Alla Camera ha votato anche la Lega, contraria la Procura.") == [
        ("Camera", ""),
        ("Lega", ""),
        ("Procura", ""),
    ]
    assert names_in("La mozione passa al Consiglio di martedì.") == []


def test_an_institution_s_complements_in_lower_case_belong_to_its_name():
    assert names_in("Lo ha detto la Guardia di finanza ieri.") == [("Guardia di finanza", "")]
    assert names_in("Si è riunita la Camera dei rappresentanti a Tobruk.") == [
        ("Camera dei rappresentanti", "")
    ]
    assert names_in("Il Consiglio di cooperazione del Golfo ha deciso.") == [
        ("Consiglio di cooperazione del Golfo", "")
    ]
    assert names_in("Il Consiglio di cui parliamo non c'è.") == []


def test_a_name_opening_a_sentence_is_a_lead_a_word_opening_one_is_not():
    assert names_in("Ieri pioveva. Salvini attacca il governo.") == [("Salvini", "")]
    assert names_in("Ieri pioveva. L'Isis ha rivendicato l'attacco.") == [("Isis", "")]
    for opener in ("Almeno", "Inoltre", "Ovviamente", "L’attacco", "Quest’ultimo", "Lunedì"):
        assert names_in(f"Ieri pioveva. {opener} ci sono stati scontri.") == [], opener


def test_names_in_the_stated_headline_are_leads_too():
    import dataclasses

    item = dataclasses.replace(
        article("Il movimento ha accettato la tregua ieri sera."),
        title="Libano, Hezbollah accetta la tregua",
        title_inferred=False,
    )
    registry = parse_registry({"actors": []}, "r.yml")[0]
    found = unmatched_names(item, tag(item, Matcher(registry)).spans, registry)
    assert [n.name for n in found] == ["Libano", "Hezbollah"]


def test_a_dictionary_word_is_a_surname_after_a_singular_article_or_a_title():
    # "meloni" and "draghi" are plurals (melons, dragons): a singular article before them,
    # or a person's title, leaves only a surname.
    assert names_in("Il ministro ha incontrato la Meloni a Roma.") == [("Meloni", "")]
    assert names_in("Lo ha detto il premier Draghi ieri.") == [("Draghi", "")]
    assert names_in("Lo ha detto il ministro Costa ieri.") == [("Costa", "")]
    # a counterpart is a person's title too ("l'omologo Modi": not "modi", ways)
    assert ("Modi", "") in names_in("Il premier giapponese e l’omologo Modi discutono.")
    # … but a singular noun after its article is the noun, and a ministry's portfolio after
    # "ministro" (a headline's ellipsis) is a role.
    assert names_in("Ha parlato con il Governo e con la Commissione.") == []
    assert names_in("Ieri il ministro Esteri ha parlato.") == []
    assert names_in("Lo ha detto il presidente Stato ieri.") == []


def test_words_around_a_name_that_belong_to_the_phrase():
    # an article that opens the next phrase; a preposition in -ino after an organisation's
    # word; an elided article before a number; a quoted answer
    assert names_in("Ecco Marco Marrone Le ultime notizie.") == [("Marco Marrone", "")]
    assert names_in("Ha sospeso il Parlamento fino a nuovo ordine.") == []
    assert names_in("Poi L’8 novembre 2016 è una data storica.") == []
    assert names_in('Il 61 per cento ha detto "No" alla proposta.') == []
    # … but a regnal numeral ends the name
    assert ("Elisabetta I", "") in names_in("Era la regina Elisabetta I d’Inghilterra.")


def test_an_institution_goes_on_with_its_demonym_but_a_purpose_is_no_complement():
    assert ("Congresso spagnolo", "") in names_in("Lo ha approvato il Congresso spagnolo ieri.")
    # ("Federazione russa" is Russia's name, without "di procedere")
    assert names_in("Ha chiesto alla Federazione russa di procedere.") == [
        ("Russia", "Federazione russa")
    ]
    # "lo Stato turco" is the country, which its demonym already names
    assert names_in("Lo ha detto lo Stato turco uscente.") == [("Turchia", "turco")]
    # … nor is a quantity, a time or an infinitive in "-rre" after "di"
    text = "Il passaggio al Governo centrale di alcune delle sue competenze."
    assert names_in(text) == [("Governo centrale", "")]
    assert names_in("Il Consiglio comunale di fine anno è finito.") == [("Consiglio comunale", "")]
    assert names_in("La decisione del Governo di sottoporre un codice alle navi.") == []


def test_a_participle_with_its_place_ends_an_institutions_name():
    # "situato nella capitale": the participle's clause, not an adjective of the name
    text = "È la sede del nuovo Consiglio situato nella capitale, il Consiglio riunito a Roma."
    assert names_in(text) == []
    # an adjective of the name stays, a participle's included ("Forze armate")
    assert ("Forze armate libiche", "") in names_in("Le Forze armate libiche hanno sparato.")


def test_hyphens_and_complements_inside_one_name():
    # one name with a short part; two names joined, or a country in the pair, are not one:
    # each is its own ("un governo M5s-Lega" may be the only place the Lega is named)
    assert names_in("Il regime di Kim Jong-Un ha testato la bomba.") == [("Kim Jong-Un", "")]
    assert names_in("Il duello Biden-Putin e il vertice Usa-Iran.") == [
        ("Biden", ""),
        ("Putin", ""),
        ("Stati Uniti", "Usa"),
        ("Iran", "Iran"),
    ]
    assert names_in("Gli scontri ad Al-Zawiya sono finiti.") == []
    # an organisation's word keeps its complement after "della"; a role's portfolio does not
    assert names_in("Sono i militari della Guardia di finanza di Genova.") == [
        ("Guardia di finanza di Genova", "")
    ]


def test_initials_inside_a_name():
    assert names_in("Lo ha detto John F. Kennedy ieri.") == [("John F. Kennedy", "")]
    assert names_in("Lo ha detto J.D. Vance ieri.") == [("J.D. Vance", "")]
    # an initial before a matched surname is the matched person's, not a name of its own
    registry = parse_registry(
        {"actors": [{"id": "trump", "name": "Donald Trump", "kind": "person"}]}, "r.yml"
    )[0]
    assert names_in("Così Donald J. Trump ha vinto.", registry) == []


def test_local_institutions_and_the_person_named_after_them():
    # "Regione", "Comune", "Giunta": an institution of a place, and its head after it
    assert names_in("Il presidente della Regione Veneto Luca Zaia ha detto.") == [
        ("Regione Veneto", ""),
        ("Luca Zaia", ""),
    ]
    assert names_in("Il Comune di Palermo ha approvato il bilancio.") == [("Comune di Palermo", "")]
    # an institution's word alone names no one
    assert names_in("La Regione ha deciso.") == []


def test_a_preposition_of_place_counts_right_before_a_name_only():
    assert names_in("Nella giornata in cui Giorgia Meloni parlerà all'Onu.") == [
        ("Giorgia Meloni", ""),
        ("Onu", ""),
    ]
    assert names_in("Gli scontri in Cirenaica continuano.") == []


def test_di_elided_inside_a_name_and_a_participle_after_an_institution():
    assert names_in("E l’opa di Fratelli d’Italia sul centrodestra è evidente.") == [
        ("Fratelli d’Italia", "")
    ]
    assert names_in("È convocato il Consiglio dei ministri chiamato ad approvare la manovra.") == [
        ("Consiglio dei ministri", "")
    ]


def test_months_weekdays_and_numbers_spelled_out_name_no_one():
    assert names_in("Aperte le urne. Diciotto candidati si contendono il posto.") == []
    assert names_in("Trentotto persone. Marzo è il mese delle elezioni.") == []
    assert names_in("Ventitré feriti. Duecentoventi sfollati.") == []


def test_a_region_written_without_its_hyphen_is_a_place():
    assert names_in("L'Emilia Romagna chiede lo stato di emergenza.") == []
    assert names_in("In Trentino Alto Adige si vota.") == []


def test_a_word_the_article_writes_in_lower_case_as_often_is_a_common_word():
    # "gas" and "crisi" are missing from the dictionary (it lists inflected forms only).
    assert names_in("Il prezzo del gas sale. Gas che in giornata tocca i 300 euro.") == []
    # A name written in lower case once, for something else, is still a name where the
    # article names it more often: "la costa" and "Marco Costa … Costa".
    found = names_in("Lungo la costa. Lo ha detto Vittorio Costa. Costa ha aggiunto.")
    assert ("Vittorio Costa", "") in found
    # An elided article is no part of the word: "l'Unhcr" twice outweighs a web address.
    assert ("Unhcr", "") in names_in("Lo dice l'Unhcr, lo ripete l'Unhcr: vedi www.unhcr.it.")


def test_a_person_and_what_they_belong_to_are_two_names():
    assert names_in("Vince l'FDP di Christian Lindner alle elezioni.") == [
        ("FDP", ""),
        ("Christian Lindner", ""),
    ]
    assert names_in("Lo spiega Giovanni Bianchi del MIT in una nota.") == [
        ("Giovanni Bianchi", ""),
        ("MIT", ""),
    ]
    # a first name of any country: "Viktor", "Nigel" are no Italian names
    assert names_in("Vince il Fidesz di Viktor Orban alle elezioni.") == [
        ("Fidesz", ""),
        ("Viktor Orban", ""),
    ]
    assert names_in("Cresce il Reform UK di Nigel Farage nei sondaggi.") == [
        ("Reform UK", ""),
        ("Nigel Farage", ""),
    ]
    # … but a place after "di" is the body's own, whatever its first word, a saint's too
    assert names_in("Lo ha deciso il Comune di San Giovanni Rotondo ieri.") == [
        ("Comune di San Giovanni Rotondo", "")
    ]
    assert names_in("Lo dice la Procura di Santa Maria Capua Vetere in una nota.") == [
        ("Procura di Santa Maria Capua Vetere", "")
    ]
    # a saint's town, then the person who holds an office there
    assert names_in("Il sindaco di San Marco Argentano Mario Rossi ha parlato.") == [
        ("Mario Rossi", "")
    ]
    # a surname's particle, and an institution of a place, stay whole
    assert names_in("La holding di Leonardo del Vecchio sale.") == [("Leonardo del Vecchio", "")]
    assert names_in("Lo ha deciso la Procura di Benevento ieri.") == [("Procura di Benevento", "")]


def test_an_adverb_ends_an_organisations_name():
    # "originariamente" ends in -ente, like an adjective: no part of the name, which is then
    # the bare organisation word, no lead
    assert names_in("Il voto del Congresso originariamente previsto salta.") == []
    assert names_in("Il voto del Congresso nazionale previsto salta.") == [
        ("Congresso nazionale", "")
    ]


def test_an_organisation_s_word_and_the_registered_acronym_after_it_name_another_body():
    # The registry knows the EU ("Ue"), which cut the run short: "Commissione" alone is a
    # word; with the acronym it names the Commission, which this registry lacks.
    registry = _eu_registry()
    text = "La Commissione Ue ha proposto un piano. Il Consiglio dell'Ue lo discute."
    assert names_in(text, registry) == [("Commissione Ue", ""), ("Consiglio dell'Ue", "")]


def test_an_institution_named_after_its_country_with_di_elided_is_a_name_to_suggest():
    from digest.starter import starter_registry

    # "Banca d'Italia", as "Banca di Francia": the matched country ends the body's name
    starter = starter_registry()
    registry = replace(
        starter, actors={k: v for k, v in starter.actors.items() if k != "banca-d-italia"}
    )
    text = "Nella sua comunicazione Banca d'Italia ha ribadito le regole."
    assert names_in(text, registry) == [("Banca d'Italia", "")]


def test_a_company_s_organs_written_out_name_no_one():
    assert names_in("Il Consiglio di Amministrazione ha approvato il bilancio.") == []
    assert names_in("L'Assemblea degli Azionisti si terrà ad aprile.") == []


def test_a_qualified_institution_word_is_a_name_to_suggest():
    from digest.starter import starter_registry

    # "il Parlamento" alone is the story's country's institution; "europeo" makes it
    # another one, which this registry (the starter without it) lacks.
    starter = starter_registry()
    registry = replace(
        starter, actors={k: v for k, v in starter.actors.items() if k != "parlamento-europeo"}
    )
    text = "Il Parlamento europeo ha votato. Il Parlamento ha deciso."
    assert names_in(text, registry) == [("Parlamento europeo", "")]


def test_another_countrys_body_the_registry_knows_only_as_a_bare_word_is_a_name_to_suggest():
    from digest.starter import starter_registry
    from digest.suggest import suggest

    # Without Libya's parliament and coast guard: "la Camera dei rappresentanti" is the
    # American House's bare word, no institution of a story about Libya, and "la Guardia
    # Costiera libica" a body named by its word, its adjective and its demonym.
    starter = starter_registry()
    gone = {"camera-dei-rappresentanti-libica", "guardia-costiera-libica"}
    registry = replace(starter, actors={k: v for k, v in starter.actors.items() if k not in gone})
    text = (
        "In Libia la Camera dei rappresentanti ha votato la fiducia. La Guardia Costiera "
        "libica ha soccorso 40 persone davanti alla Libia."
    )
    found = names_in(text, registry)
    assert ("Camera dei rappresentanti", "") in found
    assert ("Guardia Costiera libica", "") in found
    item = article(text)
    seen = unmatched_names(item, tag(item, Matcher(registry)).spans, registry)
    offered = [s.name for s in suggest({"articles/a.txt": seen}, registry)]
    assert "Camera dei rappresentanti" in offered and "Guardia Costiera libica" in offered


def test_an_organisation_s_word_and_the_registered_place_after_it():
    from digest.starter import starter_registry

    # "Roma" is a place here (Italy's capital, read as where): it cut the run short.
    text = "Gli agenti della Questura di Roma hanno arrestato un uomo."
    assert ("Questura di Roma", "") in names_in(text, starter_registry())


def test_a_name_ends_where_a_sentence_run_into_it_opens():
    # a headline run into its subtitle: "… di Regione Lombardia L’aggiornamento quotidiano"
    text = "L’aggiornamento di Regione Lombardia L’aggiornamento quotidiano è stato diffuso."
    assert names_in(text) == [("Regione Lombardia", "")]


def test_a_capital_after_a_dash_or_a_colon_opens_a_sentence():
    from digest.names import opens_sentence

    for text, word in (
        ("NAPOLI - Stamane il sindaco", "Stamane"),
        ("- Piuttosto che richiamarlo", "Piuttosto"),
        ("Ha detto: Piuttosto", "Piuttosto"),
        ('Ha detto: "Piuttosto', "Piuttosto"),  # a quotation opens after the colon
        ("Ha detto: «Piuttosto", "Piuttosto"),
    ):
        assert opens_sentence(text, text.index(word)), text
    # a hyphen inside a word is no dash; a capital in mid-sentence opens nothing
    assert not opens_sentence("Fiom-Cgil", 5)
    assert not opens_sentence("il sindaco Stamane", 11)
    assert not opens_sentence('la sigla:"Fiom', 10)  # no space after the colon: as before


def test_a_country_then_a_word_is_one_name_and_a_demonym_inside_a_name_stays_in_it():
    registry = parse_registry(
        {
            "actors": [
                {"id": "italia", "name": "Italia", "kind": "country"},
                {"id": "russia", "name": "Russia", "kind": "country", "demonyms": ["russo"]},
            ]
        },
        "r.yml",
    )[0]
    # "Italia Viva" is no mention of Italy and no run split at the country's name
    assert names_in("Renzi ha lasciato il Pd fondando Italia Viva.", registry) == [
        ("Renzi", ""),
        ("Pd", ""),
        ("Italia Viva", ""),
    ]
    # "Russo" after "Lo" is a surname, not Russia: the name is suggested whole
    assert names_in("A Torino Stefano Lo Russo ha vinto il ballottaggio.", registry) == [
        ("Stefano Lo Russo", "")
    ]
    # but a country, then a person, are two
    assert names_in("In Russia Vladimir Putin ha parlato.", registry) == [("Vladimir Putin", "")]
    # … and so are a country "di" a person (a team and its coach), its article elided onto it
    # ("Luciano" is a word of the dictionary too); a state "di" its name stays one
    assert names_in("L’Albania di Luciano Spalletti esordirà a giugno.", registry) == [
        ("Albania", "L’Albania"),
        ("Luciano Spalletti", ""),
    ]
    assert names_in("Lo Stato di Israele ha risposto.", registry) == [
        ("Israele", "Stato di Israele")
    ]


def test_a_country_or_a_region_before_a_persons_name_is_where_they_are_from():
    text = "L’ambasciatore di Malta Franklin Aquilina ha incontrato il ministro."
    assert names_in(text) == [("Franklin Aquilina", "")]
    text = "Così il governatore della Campania De Luca ha risposto."
    assert names_in(text) == [("De Luca", "")]
    # a first name that a town shares is the name's own
    assert names_in("La ministra Paola De Micheli ha parlato.") == [("Paola De Micheli", "")]


def test_a_make_after_an_indefinite_article_is_a_thing_but_a_person_keeps_a_first_name():
    assert names_in("Un uomo alla guida di una Fiat Panda ha urtato un’Audi.") == []
    assert names_in("Serve una Giorgia Ferragni della politica.") == [("Giorgia Ferragni", "")]


def test_a_first_name_after_a_preposition_of_place_opens_a_person_not_a_place():
    assert names_in(
        "Ha chiuso con un vantaggio su Vincenzo Nibali. Poi è arrivato su Telegram."
    ) == [("Vincenzo Nibali", "")]
    assert names_in("La gara si è corsa in Alessandria.") == []  # one word: a place


def test_a_community_or_an_order_opens_an_organisations_name_even_before_a_town():
    assert names_in("I corridoi sono promossi dalla Comunità di Sant'Egidio.") == [
        ("Comunità di Sant'Egidio", "")
    ]


def test_a_number_between_two_words_of_a_name_stays_in_it():
    # "Movimento 5 Stelle", "Il Sole 24 Ore": a figure between capitalised words
    assert ("Movimento 5 Stelle", "") in names_in("Ieri il Movimento 5 Stelle ha votato.")
    # a figure after a name, before a word in lower case, is no part of it
    assert ("Movimento 5", "") not in names_in("Ieri il Movimento 5 volte ha votato.")


def test_things_the_press_capitalises_are_no_actors():
    # digest/starter/things.yml: indices, bonds, plans, processes
    assert names_in("Lo spread tra Btp e Bund sale, il Ftse Mib perde l'1%.") == []
    assert names_in("I fondi del Pnrr arriveranno dopo la Brexit.") == []
    assert names_in("Il taglio dell'Irpef arriva a Natale, dopo il Covid.") == []
    # written whole only: a party named after one stays a name
    assert ("Brexit Party", "") in names_in("Ieri il Brexit Party ha vinto.")


def test_a_roman_numeral_alone_is_no_name():
    # "la XII legislatura", "la XX edizione": a number, written in capitals
    assert names_in("Si apre la XII legislatura, alla XX edizione della festa.") == []
    # within a name it stays: "Elisabetta II"
    assert ("Elisabetta II", "") in names_in("Ieri la regina Elisabetta II ha parlato.")


def test_a_capital_that_is_a_person_s_surname_is_left_to_the_person_s_name():
    # "Josep Muscat", "il premier Muscat": Malta's prime minister, not Oman's capital; the
    # matcher leaves the words to the name, so the suggestion is the whole name.
    registry = parse_registry(
        {"actors": [{"id": "oman", "name": "Oman", "kind": "country", "metonyms": ["Muscat"]}]},
        "r.yml",
    )[0]
    text = "Dopo il presidente Josep Muscat, il premier Muscat aveva vinto. Muscat ha risposto."
    assert names_in(text, registry) == [("Josep Muscat", "")]
    counted = [h.actor_id for h in tag(article(text), Matcher(registry)).hits if h.actor_id]
    assert counted == ["oman"]  # the capital acting, once


def test_a_body_s_acronym_before_a_person_s_full_name_is_a_name_too():
    # "della Bce Christine Lagarde": the body and the person, each a lead; not "Aung San Suu
    # Kyi" or "Juan Angel Napout", a person's name that opens with a short word
    assert names_in("Lo ha detto la presidente della Bce Christine Lagarde ieri.") == [
        ("Bce", ""),
        ("Christine Lagarde", ""),
    ]
    assert names_in("Ha vinto il partito di Aung San Suu Kyi.") == [("Aung San Suu Kyi", "")]


def test_a_role_before_its_holder_leaves_an_unregistered_body_in_it_to_suggest():
    registry = parse_registry(
        {
            "actors": [
                {
                    "id": "christine-lagarde",
                    "name": "Christine Lagarde",
                    "kind": "person",
                    "aliases": [{"name": "presidente della Bce", "from": "2019-11-01"}],
                }
            ]
        },
        "r.yml",
    )[0]
    item = article("Lo ha detto la presidente della Bce Christine Lagarde ieri.")
    names = [n.name for n in unmatched_names(item, tag(item, Matcher(registry)).spans, registry)]
    assert names == ["Bce"]


def test_a_verb_after_an_institutions_word_is_no_adjective_of_its_name():
    # "nomina" ends like "libica": before an article it is the verb, with its object
    found = [n for n, _ in names_in("Il presidente della Regione nomina i due nuovi assessori.")]
    assert not any("nomina" in name for name in found)
    found = [n for n, _ in names_in("La Banca centrale libica ha alzato i tassi.")]
    assert "Banca centrale libica" in found


def test_a_countrys_own_word_with_its_demonym_or_an_office_for_a_while_is_no_name():
    found = [n for n, _ in names_in("Lo ha detto il segretario di Stato americano, Marco Rubio.")]
    assert "Stato americano" not in found and "Marco Rubio" in found
    found = [n for n, _ in names_in("Il ballottaggio tra il capo di Stato uscente e lo sfidante.")]
    assert not any(n.startswith("Stato") for n in found)
    # the Islamic State is a name
    assert [n for n, _ in names_in("Lo Stato islamico ha rivendicato l'attacco.")] == [
        "Stato islamico"
    ]


def test_a_frequent_participle_after_an_article_is_the_noun_it_also_is():
    # "gli Stati membri", "lo Stato": common nouns, capitalised
    assert names_in("Aumenteranno la solidarietà tra gli Stati membri.") == []
    assert names_in("Ai confini, gli Stati in prima linea si preparano.") == []
    # a rarer one is a name: "la Nato" (born)
    assert names_in("Così ha detto la Nato ieri.") == [("Nato", "")]


def test_a_localitys_and_a_districts_name_is_a_place():
    text = "Il distacco al chilometro 4 della statale (Località Faé), dopo la frazione."
    assert names_in(text) == []
    assert names_in("Uno sciame sui Campi Flegrei spaventa Pozzuoli.") == []


def test_a_body_that_is_one_on_its_own_then_a_surname_is_the_persons_role():
    text = "Il presidente del Senato Casellati ha comunicato l’esito a Mattarella."
    assert ("Casellati", "") in names_in(text)
    # an organisation's word that needs a name keeps it ("della Fondazione Marenostro")
    assert ("Fondazione Marenostro", "") in names_in(
        "Il presidente della Fondazione Marenostro ha parlato."
    )


def test_a_platforms_letter_and_a_title_after_a_name_are_not_the_names():
    assert names_in("Su X Reza Pahlavi ha scritto che il regime cadrà.") == [("Reza Pahlavi", "")]
    assert names_in("Accanto a lui Mario Rossi Presidente ha parlato.") == [("Mario Rossi", "")]
    # a surname alone before it keeps it: an electoral list's name ("Ricci Presidente")
    assert names_in("Accanto a lui Ricci Presidente ha parlato.") != [("Ricci", "")]


def test_an_events_name_is_no_actor():
    assert names_in("Il Processo Regeni riprende a Roma.") == []
    assert names_in("Ieri sera Elezioni Gb e Attacco Usa erano i titoli.") == []


def test_two_unknown_words_joined_by_a_hyphen_are_one_name():
    from digest.names import _two_names

    # a brand, a double surname: one name
    assert not _two_names("Coca-Cola")
    assert not _two_names("Ocasio-Cortez")
    assert not _two_names("Mercedes-Benz")
    # a pair where one part is known alone: a place, a starter surname, an acronym
    assert _two_names("Biden-Putin")
    assert _two_names("Roma-Milano")
    assert _two_names("Usa-Iran")


def test_a_work_a_bill_a_competition_or_an_award_names_a_thing():
    assert names_in("Il film Oppenheimer ha vinto la statuetta.") == []
    assert names_in("Il Ddl Zan è stato affossato ieri.") == []
    assert names_in("Ieri la Champions League è ripartita, poi il Black Friday.") == []
    assert ("Oscar", "") not in names_in("La serata degli Oscar si è chiusa ieri.")


def test_a_name_with_a_place_s_noun_in_apposition_names_a_place():
    assert names_in("I combattenti hanno ripreso Kharbat, città strategica del nord.") == []
    assert names_in("La ricostruzione di Tal Hamis, la cittadina al confine, è iniziata.") == []
    # … not a person, nor a name whose apposition is no place
    assert names_in("Ha parlato Mario Bianchi, città per città, ai sindaci.") == [
        ("Mario Bianchi", "")
    ]
    assert names_in("Lo ha detto Hamdan Bakr, portavoce del gruppo.") == [("Hamdan Bakr", "")]


def test_a_unit_of_measure_is_no_name():
    text = "Le nuove centrali valgono 120 GW, e altri 54 GW sono in costruzione. In GWh, il doppio."
    assert names_in(text) == []


def test_a_picture_agency_credited_is_no_name():
    assert names_in("Il ministro ha parlato ai giornalisti. // Shutterstock") == []
    assert names_in("Il ministro durante il vertice (Getty Images) ha parlato.") == []


def test_the_first_names_before_a_name_found_are_its_own():
    registry = parse_registry(
        {
            "actors": [
                {
                    "id": "al-sisi",
                    "name": "Abdel Fattah al-Sisi",
                    "kind": "person",
                    "aliases": ["al Sisi"],
                    "description": "Presidente dell'Egitto.",
                    "source": "https://example.org",
                },
                {
                    "id": "rossi",
                    "name": "Luca Rossi",
                    "kind": "person",
                    "description": "Un sindaco.",
                    "source": "https://example.org",
                },
            ]
        },
        "r.yml",
    )[0]
    # "Abdel Fatah" before "al Sisi": no new person ("Mario Rossi" is someone else than the
    # registered Luca Rossi, and a name of its own)
    found = names_in("Il presidente Abdel Fatah al Sisi ha incontrato Mario Rossi.", registry)
    assert found == [("Mario Rossi", "")]
    # an unregistered name before one found is a name of its own
    found = names_in("Il portavoce dell'Unrwa Lazzarini ha incontrato Rossi.", registry)
    assert ("Unrwa Lazzarini", "") in found or ("Unrwa", "") in found


def test_a_body_of_the_state_is_one_name_and_a_boards_company_is_the_name():
    text = "Il Cda di Ferrovie dello Stato Italiane ha individuato il partner. Il Cda ha votato."
    names = [name for name, _ in names_in(text)]
    assert names[0] == "Ferrovie dello Stato Italiane"
    assert "Cda" not in names and "Stato Italiane" not in names


def test_a_mountain_pass_a_constituency_and_a_chapel_are_places():
    assert names_in("Il maltempo ha colpito anche il passo Vezzena, in Trentino.") == []
    text = "Ha vinto nel collegio londinese di Holborn e St Pancras, dove si è imposto."
    assert names_in(text) == []
    assert names_in("I cardinali si riuniranno nella Cappella Sistina.") == []
    # a person's defence team is no constituency
    assert names_in("Il collegio difensivo di Mario Rossi ricorre.") == [("Mario Rossi", "")]


def test_a_portfolio_a_scandals_nickname_and_a_festivals_prize_name_no_one():
    text = "Lo ha detto il ministro del Lavoro e dello Sviluppo economico Luigi Di Maio."
    assert names_in(text) == [("Luigi Di Maio", "")]
    assert names_in("Sono state ascoltate dalla commissione Lavoro del Senato ieri.") == []
    # an adjective of the office between ("il ministro turco per gli Affari europei"), or
    # any office before "per gli" ("l'Alto rappresentante Ue per gli Affari esteri")
    text = "Lo ha detto il ministro turco per gli Affari europei Omer Celik."
    assert ("Affari", "") not in names_in(text)
    assert names_in("Lo ha detto l'Alto rappresentante per gli Affari esteri.") == []
    assert names_in("Lo scandalo del Russiagate continua a pesare.") == []
    assert names_in("Il film ha vinto il Leone d’Oro alla Mostra.") == []
    assert names_in("La visita al Padiglione Italia è durata un'ora.") == []
    # a body's own word after the office is the body's name, not a portfolio
    text = "Ha incontrato il primo ministro del Governo di unità Abdulhamid Dabaiba."
    assert ("Governo di unità", "") in names_in(text)


def test_a_local_health_authority_is_named_with_its_territory():
    # "Asl", "Ausl", "Asst": a body's word, joined to its place as "Questura di Lecce" is;
    # "di" after the acronym is no first name, whatever lists of names say
    assert names_in("Il direttore generale dell’ASL di Lecce ha firmato.") == [("ASL di Lecce", "")]
    assert names_in("Lo dice la Asl di Teramo oggi.") == [("Asl di Teramo", "")]
    assert names_in("Lo ha detto la Asl.") == []  # the story's own, alone: no name
    assert names_in("Il capo della Bce Christine Lagarde oggi.") == [
        ("Bce", ""),
        ("Christine Lagarde", ""),
    ]


def test_after_a_towns_office_the_town_then_its_holder():
    # "Cavallino" is a word too, "Bruno" a colour: after "il sindaco di" they are a town and
    # a first name
    assert names_in("Oggi il sindaco di Cavallino Bruno Ciccarese Gorgoni ha detto no.") == [
        ("Bruno Ciccarese Gorgoni", "")
    ]
    assert names_in("Oggi il sindaco di Giugliano Nicola Pirozzi ha detto no.") == [
        ("Nicola Pirozzi", "")
    ]


def test_a_buildings_name_after_its_noun_is_no_actor():
    # the building's noun before its name, with "di" and an adjective between
    assert names_in("È arrivata a villa Pamphili per un incontro.") == []
    assert names_in("È morta nel castello scozzese di Balmoral ieri.") == []
    # a vehicle's "di" names its owner, and a person stays a person
    assert names_in("La motovedetta della Guardia di Finanza ha soccorso.") == [
        ("Guardia di Finanza", "")
    ]
    assert names_in("È entrata nella villa di Silvio Berlusconi ieri.") == [
        ("Silvio Berlusconi", "")
    ]


def test_a_single_word_a_verb_of_saying_follows_is_a_name():
    # "orban" is a word to the dictionary; mid-sentence, capitalised, and saying, it is a name
    assert names_in("Dopo la pronuncia, Orban ha ribadito che il governo non cambierà.") == [
        ("Orban", "")
    ]
    # not where a sentence opens, nor a body's bare word, nor a word the text writes in
    # lower case too
    assert names_in("Orban ha ribadito che il governo non cambierà.") == []
    assert names_in("Ieri, Stato ha detto no.") == []
    assert names_in("Ieri, Pace ha detto no. La pace è lontana.") == []


def test_after_a_groups_members_its_name_whatever_its_words():
    # "Ultima" and "Generazione" are words; after "attivisti di" they name the group
    for text in (
        "Diciannove attivisti di Ultima Generazione sono stati denunciati.",
        "I militanti di Ultima Generazione sono stati bloccati.",
    ):
        assert names_in(text) == [("Ultima Generazione", "")], text
    # elsewhere, common words name no one; and one word alone is still no name
    assert names_in("Una Ultima Generazione di telefoni arriva in autunno.") == []
    assert names_in("Gli attivisti di Domenica sono tornati in piazza.") == []


def test_a_surname_a_town_shares_after_a_title_or_a_governments_noun():
    # "Fontana" is a town (and a word) too; after a title, capitalised or not, a surname
    for text in (
        "Ieri il presidente Fontana ha detto no.",
        "Il Presidente Fontana ha consegnato il dossier.",
    ):
        assert names_in(text) == [("Fontana", "")], text
    # "Raggi" and "Sala" are words: after a government's noun, its head's surname
    assert names_in("Un guaio per l'amministrazione Raggi, si apprende.") == [("Raggi", "")]
    assert names_in("Oggi la giunta Sala ha approvato il bilancio.") == [("Sala", "")]
    # the town itself stays a place
    assert names_in("È arrivato a Fontana, in California.") == []


def test_a_body_named_by_its_noun_is_no_place_after_a_preposition():
    assert names_in("Le risorse vanno a Regione Lombardia, ha detto.") == [
        ("Regione Lombardia", "")
    ]
    assert names_in("Sono andati a Palazzo Chigi ieri.") == []


def test_an_offices_holder_after_the_place_it_is_held_in():
    # "regione" before a name says a place; after a title and "della", its holder
    assert names_in("Ha commentato il presidente della regione Stefano Bonaccini ieri.") == [
        ("Stefano Bonaccini", "")
    ]
    assert names_in("Sono arrivati nel distretto di Marco Polo ieri.") == []


def test_after_a_towns_office_a_city_then_a_holder_with_a_rare_first_name():
    # "Leoluca" is in no list of first names; after "il sindaco di" and a city, the holder
    assert names_in("Lo ha detto il sindaco di Palermo Leoluca Orlando in città.") == [
        ("Leoluca Orlando", "")
    ]
