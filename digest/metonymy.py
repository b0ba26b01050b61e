"""Does a capital or a seat of power act, or is it a place?

News Italian lets a capital or a seat of power stand for a state or an institution ("Mosca
condanna", "lodata da Ankara", "il Cremlino ha negoziato", "la posizione di Washington"),
and names the same word as a place ("a Mosca", "colloqui di Mosca", "volo per Ankara"). A
metonym (the registry's `metonyms:`) counts for its actor only where it acts.

The rules are data: each a name, the words it looks for just before or just after the
metonym, the reading it gives, and examples (the metonym in brackets) that
tests/test_metonymy.py reads both ways. The first rule that applies decides; where none
does, the metonym is a place: a missed mention costs less than an invented one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from digest import lexicon
from digest.prose import PERSON_TITLES, finite_verb

_W = r"[\w’'-]+"
# Articulated prepositions and articles that may sit between a word and the metonym.
_ART = r"(?:(?:il|lo|la|i|gli|le|l['’])\s*)?"
_DI = r"(?:di|del|dello|della|dell['’]|dei|degli|delle)\s*"
_DA = r"(?:da|dal|dallo|dalla|dall['’])\s*"

# A head noun that makes "… di Mosca" the state acting: who acts for it, and what it does
# or sends out ("_" joins the words of one noun: "il via libera del Viminale").
_WHO_ACTS = """
governo esecutivo regime autorità ministero ministro ministra portavoce fonti fonte leader
leadership vertici presidente premier diplomazia diplomatici ambasciatore intelligence servizi
partner alleati alleato nemici truppe forze militari esercito marina aviazione guardia
""".split()
STANCE_NOUNS = """
posizione reazione risposta richiesta richieste decisione sostegno appoggio pressioni pressione
ambizioni interessi mossa mosse accuse minacce condanna irritazione preoccupazione favore
veto appello invito offerta proposta ruolo influenza intervento ingerenza strategia politica
linea volontà disponibilità rifiuto protesta ira ultimatum sanzioni piani obiettivi
parere autorizzazione divieto bocciatura assenso benestare nullaosta placet via_libera
propositi intenzioni auspicio nota comunicato circolare direttiva ok
sentenza sentenze ordinanza ordinanze pronuncia verdetto decreto offensiva attacco attacchi
""".split()
ACTOR_NOUNS = _WHO_ACTS + STANCE_NOUNS
# Verbs of a stance one party takes towards another, by their stem: their object is a
# party, not a place ("Mosca accusa Kiev"; "i droni colpiscono Kiev" strikes the city).
STANCE_STEMS = """
accus ammon avvert avvis minacc critic condann sanzion esort sollecit sostien sosten
appogg ringraz elog biasim incolp sfid riconosc rassicur diffid redargu rimprover
irrit infastid preoccup allarm delus
""".split()
# Verbs of asking, answering, promising, by their stem: whom they address is a party, not a
# place ("chiede a Washington", "ha telefonato a Parigi"); not verbs of sending or going.
ADDRESS_STEMS = """
chied chies domand propon propos scriv telefon rispond rispos replic promett promess
garant offr suggerisc suggerit intim concess conced rivolg rivolt estes estend
""".split()
# Events and places named after a city: "colloqui di Mosca" is a place.
RELATION_NOUNS = """
rapporti relazioni tensioni dialogo negoziati negoziato trattative intesa alleanza asse
scontro crisi colloqui contatti telefonata cooperazione
""".split()
# Verbs of motion: "arrivato da Mosca" is where he came from, not who acted.
_MOTION = (
    r"(?:arriv|part|torn|rientr|giun|vol|fugg|rimpatri|espuls|provenient|sbarc|decoll|salp|"
    # "si è ritirato da Tripoli", "allontanato da Roma", "evacuati da Kiev": leaving a place
    r"ritirat|allontanat|evacuat|uscit|scappat|trasferit|rimoss)"
    r"[\w]*"
)
_PARTICIPLE = (
    r"(?:\w+(?:at|ut|it)[oaie]|dett[oaie]|fatt[oaie]|pres[oaie]|chiest[oaie]|scritt[oaie]|"
    r"mess[oaie]|espress[oaie]|diffus[oaie]|promoss[oaie]|decis[oaie]|propost[oaie]|"
    r"impost[oaie]|respint[oaie]|post[oaie]|vist[oaie]|condott[oaie]|sostenut[oaie]|"
    r"smentit[oaie]|annunciat[oaie]|accolt[oaie]|chiusa|chiuso|res[oaie])"
)
# A verb that reports what someone said, its speaker after it: with "lo" or "ne" in a
# compound tense ("lo ha detto", "ne ha dato notizia"; "ha attaccato Mosca" names what was
# attacked), or a verb of saying in the present.
_REPORTED = (
    r"(?:[Ll]o|[Ll]['’]|[Nn]e)\s*(?:ha|hanno|avrebbe|avrebbero)\s+"
    r"(?:[a-zà-ù]+(?:at|ut|it)[oaie]|dett[oaie]|scritt[oaie]|dat[oaie]|res[oaie]\s+not[oaie])"
    # "ha fatto filtrare Palazzo Chigi", "hanno fatto sapere": the speaker lets word out
    r"|(?:ha|hanno|avrebbe|avrebbero)\s+fatto\s+(?:sapere|filtrare|trapelare|notare)"
    r"|(?:[Ll]o\s+)?(?:afferma|affermano|riferisce|riferiscono|scrive|scrivono|annuncia|"
    r"annunciano|dichiara|dichiarano|comunica|comunicano|rende\s+noto|rendono\s+noto|"
    r"fa\s+sapere|fanno\s+sapere|precisa|precisano|ribadisce|ribadiscono|sottolinea|"
    r"sottolineano|"
    # "…, spiega Palazzo Chigi", "come conferma la Casa Bianca": more verbs of saying
    r"spiega|spiegano|replica|replicano|chiarisce|chiariscono|aggiunge|aggiungono|smentisce|"
    r"smentiscono|osserva|osservano|puntualizza|puntualizzano|informa|informano|conferma|"
    r"confermano|assicura|assicurano|avverte|avvertono|rilancia|rilanciano|insiste|insistono)"
)
# Words that may stand between a subject and its verb: "Mosca non ha", "Ankara si dice".
_BETWEEN = frozenset(
    """non si ne ci gli le lo l l' l’ anche già ora oggi ieri invece intanto infatti poi però
    dunque quindi ancora ormai inoltre stessa stesso sempre mai più""".split()
)
_AUXILIARIES = frozenset(
    """è ha hanno sono sarà saranno era erano aveva avevano avrebbe avrebbero sarebbe
    sarebbero fu viene vengono sta stanno può possono potrebbe deve devono dovrà vuole
    vogliono dice dicono chiede chiedono""".split()
)


@dataclass(frozen=True)
class Rule:
    name: str
    acting: bool
    before: re.Pattern[str] | None = None  # searched at the end of the text before
    after: re.Pattern[str] | None = None  # matched at the start of the text after
    verb_after: bool = False  # the next word (past negations, clitics) is a finite verb
    given_before: bool = False  # the word just before is a person's first name
    city: bool = False  # the metonym is a city's name (GeoNames), never a building's
    examples: tuple[str, ...] = ()  # the metonym in [brackets]


# "su richiesta di Nicosia e [Atene]": a second metonym joined to the first shares its reading.
_JOINED = r"(?:(?-i:[A-ZÀ-Ý][\w’'-]*)(?:\s+(?-i:[A-ZÀ-Ý][\w’'-]*)){0,2}\s+e\s+)?"


def _before(pattern: str, joined: bool = False) -> re.Pattern[str]:
    tail = _JOINED if joined else ""
    # A word starts after a space, a mark or an elided article: "l'appello di [Mosca]"
    return re.compile(rf"(?:^|(?<=[^\w-]))(?:{pattern}){tail}$", re.IGNORECASE)


def _nouns(words: list[str]) -> str:
    """Common nouns, in lower case only: "l'appello di Mosca", not "la Corte d'Appello di Roma"."""
    return "(?-i:" + "|".join(w.replace("_", r"\s+") for w in words) + ")"


def _after(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# The prepositions before a place: "a [Mosca]", "per [Ankara]", "alla [Farnesina]".
_PLACE_PREPOSITION = (
    r"(?:a|ad|in|per|verso|su|fino\s+a|presso|vicino\s+a|al|allo|alla|all['’]|ai|"
    r"nel|nello|nella|nell['’]|sul|sullo|sulla|sull['’]|da|dal|dalla|dall['’])"
)

# Readings where the metonym is a person's surname ("Joseph Muscat", "il premier Muscat"): the
# words are left to the person's name, which the suggestions may offer whole.
A_PERSONS_NAME = ("part of a person's name", "a surname after a title")

# What a state sends out, never who ("da Mosca è arrivato il ministro" is where he came from)
_STANCES = "|".join(w.replace("_", r"\s+") for w in STANCE_NOUNS)

RULES: tuple[Rule, ...] = (
    # "il dimissionario Joseph [Muscat]": a surname that is also a capital's name.
    Rule(
        A_PERSONS_NAME[0],
        False,
        given_before=True,
        examples=("il successore del dimissionario Joseph [Muscat] è stato eletto",),
    ),
    # "il premier [Muscat] aveva vinto": a person's title in lower case just before; a state
    # has no premier written before its capital's name.
    Rule(
        A_PERSONS_NAME[1],
        False,
        before=_before(rf"(?-i:{'|'.join(sorted(PERSON_TITLES, key=len, reverse=True))})\s+"),
        examples=("il premier [Muscat] aveva vinto le elezioni", "del presidente [Paris] ha detto"),
    ),
    # "Londra (-0,47%)", "Madrid che ha guadagnato lo 0,27%", "Parigi in rialzo": a market
    # report's stock exchange, named by its city and given its figure; not the state acting
    # ("Mosca ha alzato i tassi al 21%" has no market verb, and stays with the next rules).
    Rule(
        "stock exchange",
        False,
        after=_after(
            r"^\s*(?:\(\s*[-+−]?\s*\d[\d,.]*\s*%\s*\)"
            r"|(?:che\s+)?(?:ha\s+|hanno\s+|è\s+)?(?:guadagn|ced|perd|segn|chius|chiud|sal|scend|"
            r"apr|limit|arretr|avanz|recuper|lasci|bruci|termin|finisc|scivol|registr|croll|"
            r"vol|cal)\w*\b[^.;\n]{0,40}?"
            r"\d[\d,.]*\s*%"
            r"|(?:è\s+|resta\s+|chiude\s+)?in\s+(?:rialzo|ribasso|rosso|verde|calo|parità)\b)"
        ),
        examples=(
            "La peggiore è stata [Londra] (-0,47%), dopo la sentenza",
            "Voce fuori dal coro [Madrid] che ha guadagnato lo 0,27% a 9.118 punti",
            "[Londra] segna un calo finale dello 0,78%",
            "[Francoforte] in rialzo, Parigi in calo",
            "mentre [Madrid] è scivolata con una chiusura in ribasso del 2,51%",
        ),
    ),
    Rule(
        "part of a longer name",
        False,
        after=_after(r"^\s+[A-ZÀ-Ý][\w’'-]*"),
        examples=("il [Washington] Post", "la [Casa Bianca] Story"),
    ),
    # "i carabinieri della Stazione [Roma] piazza Farnese", "l'As [Roma]": a capitalised word
    # just before, inside the sentence (after a word in lower case), makes one name of both.
    Rule(
        "part of a longer name",
        False,
        before=_before(r"(?-i:[a-zà-ù]+['’]?\s*[A-ZÀ-Ý][\w’'-]*)\s+"),
        examples=(
            "una pattuglia della Stazione [Roma] piazza Farnese",
            "la vittoria dell'As [Roma]",
        ),
    ),
    # "gli obiettivi dell'Accordo di [Parigi]", "il Protocollo di [Kyoto]": a treaty, a
    # conference or a process named after the city where it was made, in capitals.
    Rule(
        "named after the city",
        False,
        before=_before(
            r"(?:[a-z]+['’])?(?-i:Accord[oi]|Trattat[oi]|Protocoll[oi]|Convenzione|Conferenza|Dichiarazione|"
            r"Patto|Processo|Vertice|Summit|Carta|Statuto|Formato|Intesa)"
            rf"(?:\s+[a-zà-ù]+)?\s+{_DI}"
        ),
        examples=("gli obiettivi dell'Accordo di [Parigi] del 2015", "il Processo di [Berlino]"),
    ),
    # "il treno Campobasso-Roma", "la tratta Roma-Milano": a route or a pair of places
    # joined by a hyphen, never a state acting.
    Rule(
        "route",
        False,
        before=_before(r"(?-i:[A-ZÀ-Ý])[\w’']*\s*[-–]\s*"),
        examples=("il treno Campobasso-[Roma]: ritardo di tre ore",),
    ),
    Rule(
        "route",
        False,
        after=_after(r"^\s*[-–]\s*[A-ZÀ-Ý]"),
        examples=("la tratta [Roma]-Milano ha chiuso",),
    ),
    # "la capitale Tripoli, che si trova…", "nella capitale, Tripoli,": the city, named by
    # its common noun just before it, is a place whatever follows
    Rule(
        "a city by its noun",
        False,
        before=_before(
            r"(?-i:capitale|città|cittadina|porto|aeroporto|periferia|centro|quartiere)\s*,?\s+"
        ),
        examples=(
            "un convoglio verso la capitale [Tripoli], che si trova a 160 chilometri",
            "tutte le parti nella capitale, [Tripoli], a esercitare moderazione",
        ),
    ),
    # "il raid russo contro [Kiev] ha ucciso", "Attacco israeliano contro [Beirut]: sei
    # morti": the city an attack strikes is a place, whatever follows ("le sanzioni contro
    # Mosca" name the state, and stay with the next rules)
    Rule(
        "target of an attack",
        False,
        before=_before(
            r"(?-i:raid|attacc\w*|Attacc\w*|Raid|offensiv\w*|missil\w*|Missil\w*|bombardament\w*|"
            r"Bombardament\w*|razz\w*|dron\w*|Dron\w*|incursion\w*|assalt\w*|colpi)"
            rf"(?:\s+{_W}){{0,3}}?\s+contro\s+",
            joined=True,
        ),
        examples=(
            "Il raid russo contro [Kiev] ha ucciso tre persone",
            "Attacco israeliano contro [Beirut]: sei morti",
            "I missili contro Kharkiv e [Kiev] sono arrivati all'alba",
        ),
    ),
    # "la decisione della [Roma] di silurare l'allenatore", "la [Roma] ha battuto il Milan":
    # a city's name after the feminine article is its football club (or the city of an age,
    # "la Roma dei papi"): Italian names a city with no article, never the state so. A seat
    # of power takes the article as its name does ("la Farnesina", "la Casa Bianca").
    Rule(
        "a club named by its city",
        False,
        before=_before(r"(?:la|della|alla|dalla|sulla|nella|contro\s+la|con\s+la|per\s+la)\s+"),
        city=True,
        examples=(
            "la decisione della [Roma] di silurare Di Francesco",
            "La [Roma] ha battuto il Milan due a zero",
        ),
    ),
    Rule(
        "opinion",
        True,
        before=_before(rf"(?:secondo\s+{_ART}|per\s+(?:il|lo|la|l['’])\s*)", joined=True),
        examples=("secondo [Mosca] la tregua regge", "per la [Casa Bianca] è un errore"),
    ),
    # "ha parlato da [Berlino]", "intervenendo da [Bruxelles]": where the speaker spoke
    # from, after a verb of saying in a compound tense (whose "da" is no agent's) or a
    # word of taking part from afar
    Rule(
        "speaking from",
        False,
        before=_before(
            r"(?:(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+(?:parlato|detto|dichiarato|"
            r"replicato|risposto|commentato|annunciato|scritto|spiegato|ribadito|affermato|"
            r"twittato|telefonato)|parlando|intervenendo|collegat[oaie]|in\s+collegamento|"
            r"in\s+diretta|in\s+videocollegamento)"
            rf"(?:\s+{_W}){{0,2}}\s+{_DA}"
        ),
        examples=(
            "Il ministro ha parlato da [Berlino] con i giornalisti",
            "il presidente ha replicato ieri da [Washington] alle accuse",
            "intervenendo da [Bruxelles] al vertice",
            "in collegamento da [Kiev] con il Parlamento",
        ),
    ),
    # "da [Londra] è arrivata la ferma condanna", "da [Mosca] arriva il via libera": what
    # comes from the state is its stance, one of STANCE_NOUNS (a person or a ship arriving
    # from it comes from a place: "da Mosca è arrivato il ministro")
    Rule(
        "a stance that comes from it",
        True,
        before=_before(_DA),
        after=_after(
            r"^\s*,?\s*(?:(?:è|sono)\s+)?(?:arriv|giun|vien|venut|ven)\w*\s+"
            r"(?:(?:anche|subito|poi|ieri|oggi|invece)\s+)?"
            r"(?:(?:il|lo|la|i|gli|le|un|una|uno)\s+|l['’]\s*)?"
            r"(?:(?:ferm[oaie]|dur[oaie]|net[oaie]|immediat[oaie]|nuov[oaie]|prim[oaie])\s+)?"
            rf"(?:{_STANCES}|replica|condann\w+|monito|plauso|apprezzamento|smentita|"
            r"conferma|annuncio)\b"
        ),
        examples=(
            "Mentre da [Londra] è arrivata la ferma condanna del ministro",
            "da [Mosca] arriva il via libera all'accordo",
        ),
    ),
    Rule(
        "agent",
        True,
        before=_before(
            rf"(?:(?!{_MOTION}){_PARTICIPLE})(?:\s+{_W}){{0,3}}\s+{_DA}|da\s+parte\s+{_DI}",
            joined=True,
        ),
        examples=(
            "lodata da [Mosca]",
            "smentita da [Palazzo Chigi]",
            "la notizia, smentita in modo categorico da [Palazzo Chigi]",
            "come riferito dalla [Casa Bianca]",
            "il piano proposto ieri da [Ankara]",
            "una richiesta da parte di [Bruxelles]",
        ),
    ),
    # "fanno notare da [Palazzo Chigi]", "filtra dalla [Farnesina]": where word of a decision
    # comes from, after the verb that leaks or reports it
    Rule(
        "source of a report",
        True,
        before=_before(
            r"(?:filtra|filtrano|trapela|trapelano|(?:fa|fanno)\s+(?:sapere|notare|presente)|"
            r"spiegano|osservano|precisano|sottolineano|ribadiscono|assicurano|"
            rf"si\s+apprende|si\s+fa\s+notare|si\s+sottolinea)\s+{_DA}"
            # "Fonti di Palazzo Chigi smentiscono": its sources, opening the sentence
            rf"|(?-i:Fonti)(?:\s+{_W}){{0,2}}?\s+{_DI}"
        ),
        examples=(
            "la cornice della visita, fanno notare da [Palazzo Chigi], è anche",
            "la volontà, filtra da [Chigi], è lavorare",
            "nessun rinvio, si apprende dalla [Farnesina]",
            "Fonti di [Palazzo Chigi] smentiscono",
        ),
    ),
    Rule(
        "whose action",
        True,
        before=_before(rf"{_nouns(ACTOR_NOUNS)}(?:\s+{_W}){{0,3}}?\s+{_DI}", joined=True),
        examples=(
            "il governo di [Teheran]",
            "il ministero della Difesa di [Mosca]",
            "fonti governative di [Ankara]",
            "la dura reazione di [Ankara]",
            "le ambizioni nucleari di [Teheran]",
            "l'appello di [Mosca] alla calma",
            "l'ok di [Tunisi] è arrivato",
            "il via libera del [Viminale] non ha tardato",
            "nei propositi del [Viminale] dovrà servire",
            "in una nota della [Farnesina] si legge",
            "una sentenza della [Consulta] ha dato il via libera",
            "su richiesta di Nicosia e [Atene]",
            "l'offensiva di [Tel Aviv] prosegue",
        ),
    ),
    Rule(
        "relation",
        True,
        before=_before(
            rf"{_nouns(RELATION_NOUNS)}(?:\s+{_W}){{0,3}}?\s+(?:con|tra|fra)\s+{_ART}",
            joined=True,
        ),
        examples=("rompere i rapporti diplomatici con [Doha]", "i colloqui con [Mosca]"),
    ),
    # "Ankara chiede a [Washington] l'estradizione", "ha telefonato ieri a [Parigi]": whom a
    # state asks, answers or promises is a state, right after the verb (not "propone un
    # vertice a [Roma]", where the meeting is held)
    Rule(
        "addressee",
        True,
        before=_before(
            rf"(?-i:(?:{'|'.join(ADDRESS_STEMS)})[a-zà-ù]*)"
            r"(?:\s+(?-i:ieri|oggi|anche|già|subito|direttamente|formalmente|ufficialmente))?"
            r"\s+(?:a|ad|al|alla|all['’])\s*"
        ),
        examples=(
            "Ankara chiede a [Washington] l'estradizione",
            "il premier ha telefonato ieri a [Parigi]",
            "la risposta, ha replicato a [Mosca] il ministro",
            "l'invito sarà esteso a [Kiev]",
        ),
    ),
    Rule(
        "of a place",
        False,
        before=_before(rf"{_DI}"),
        examples=("i colloqui di [Mosca]", "l'aeroporto di [Ankara]", "il sindaco di [Roma]"),
    ),
    Rule(
        "where",
        False,
        before=_before(rf"{_PLACE_PREPOSITION}\s*"),
        examples=(
            "è atteso a [Mosca]",
            "un volo per [Ankara]",
            "convocato alla [Farnesina]",
            "partito da [Mosca]",
            "si sarebbe ritirato da [Tripoli] poco dopo",
            "nella [Casa Bianca]",
        ),
    ),
    # "i voli per Roma, [Parigi], Londra e Berlino sono cancellati": a later member of a
    # list that a preposition of place opened is a place too, whatever verb ends the list.
    Rule(
        "where",
        False,
        before=_before(
            rf"(?:{_PLACE_PREPOSITION}|tra|fra)\s*"
            r"(?:(?-i:[A-ZÀ-Ý])[\w’'-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w’'-]*){0,2}\s*,\s*){1,4}"
        ),
        # … inside the list, which goes on after it (not "sullo stop al Memorandum,
        # [Palazzo Chigi] replica", a clause and then the subject)
        after=_after(r"^\s*(?:,|(?:e|ed)\s)"),
        examples=("i voli per Roma, [Parigi], Londra e Berlino sono cancellati",),
    ),
    # "Mosca accusa [Kiev]", "l'Ue condanna [Teheran]", "per avvertire [Pechino]": whom a
    # state's stance is taken towards (an accusation, a warning, a sanction, support) is a
    # state too, never a place; a place is what is reached, left, struck or visited.
    Rule(
        "whom a stance is towards",
        True,
        before=_before(rf"(?-i:(?:{'|'.join(STANCE_STEMS)})[a-zà-ù]*)\s+{_ART}"),
        examples=(
            "Mosca accusa [Kiev] di aver violato la tregua",
            "l'Unione europea condanna [Teheran] per la repressione",
            "Washington ha avvertito [Pechino]",
            "una telefonata per rassicurare [Ankara]",
            "il G7 sostiene [Kiev]",
            "la mossa ha irritato [Pechino]",
        ),
    ),
    # "tornati a visitare [Roma]", "per lasciare [Mosca]": what an infinitive acts on (not
    # "fa sapere [Mosca]", "ha fatto filtrare [Palazzo Chigi]", the formulas that give the
    # speaker after their verb)
    Rule(
        "object of an infinitive",
        False,
        before=_before(
            rf"(?-i:(?!(?:sapere|filtrare|trapelare|notare)\b)[a-zà-ù]+(?:are|ere|ire))\s+{_ART}"
        ),
        examples=("i viaggiatori tornati a visitare [Roma]", "prima di lasciare [Mosca]"),
    ),
    # "«Nessun accordo». Così il [Cremlino], in una nota": who said what the text just
    # quoted or told, after "Così"
    Rule(
        "speaker after «così»",
        True,
        before=_before(rf"(?-i:[Cc]osì)\s+{_ART}"),
        after=_after(r"^\s*[,:]"),
        examples=(
            "«Nessun accordo sul grano». Così il [Cremlino], in una nota",
            "Il conflitto è inammissibile. Così la [Consulta], sul ricorso della Regione",
            "Così [Pechino]: «Nessuna interferenza»",
        ),
    ),
    # "Lo ha scritto la [Consulta] nel comunicato", "riferisce il [Cremlino]", "fa sapere
    # [Mosca]": who said it, after the verb that reports it
    Rule(
        "speaker after the verb",
        True,
        before=_before(rf"(?-i:{_REPORTED})\s+{_ART}"),
        examples=(
            "Lo ha scritto la [Consulta] nel comunicato",
            "lo riferisce il [Cremlino] in una nota",
            "nessuna trattativa, fa sapere [Mosca]",
            "Meloni, ha fatto filtrare [Palazzo Chigi], ha sollevato il tema",
            "nessun rinvio, spiega [Palazzo Chigi].",
            "come conferma la [Casa Bianca], il vertice",
        ),
    ),
    Rule(
        "speaker",
        True,
        after=_after(r"^\s*(?::|,\s*che\b|\s+che\s)"),
        examples=("Il [Cremlino]: «Nessuna invasione»", "[Mosca], che sosteneva Haftar, tace"),
    ),
    Rule(
        "subject",
        True,
        verb_after=True,
        examples=(
            "[Mosca] condanna l'attacco",
            "il [Cremlino] ha negoziato",
            "[Ankara] non ha risposto",
            "[Il Cairo] e Khartoum vogliono garanzie",
            "Intanto Roma, [Parigi], Londra e Washington lanciano un appello",
            "Interpellato sullo stop al Memorandum, [Palazzo Chigi] replica con un no comment",
            "La [Farnesina], in una nota che esprime soddisfazione, ha sottolineato che",
            "Il [Viminale] e la Marina hanno così concesso il porto",
            "La [Farnesina] nelle prossime ore avvierà le iniziative necessarie",
            "il [Cremlino] in una nota ha respinto le accuse",
        ),
    ),
)
PLACE = "no rule: a place"


def reading(text: str, start: int, end: int) -> tuple[bool, str]:
    """(acts?, the rule that decided) for the metonym at text[start:end]."""
    before = text[max(0, start - 80) : start]
    after = text[end : end + 80]
    for rule in RULES:
        if rule.before is not None and not rule.before.search(before):
            continue
        if rule.after is not None and not rule.after.match(after):
            continue
        if rule.verb_after and not verb_follows(after):
            continue
        if rule.given_before and not _given_name_before(before):
            continue
        if rule.city and not _a_city(text[start:end]):
            continue
        return rule.acting, rule.name
    return False, PLACE


def _a_city(name: str) -> bool:
    """A city GeoNames has ("Roma"), never a building ("Farnesina")."""
    from digest.places import cities, key

    return key(name) in cities()


_LAST_WORD = re.compile(r"(?:^|\s)([A-ZÀ-Ý][a-zà-ÿ]+)\s+$")


def _given_name_before(before: str) -> bool:
    """Whether the word just before, capitalised, is a first name ("Joseph")."""
    from digest.firstnames import given_names

    word = _LAST_WORD.search(before)
    return word is not None and word[1].lower() in given_names()


_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
# "Il Cairo e Khartoum vogliono": another capitalised subject joined by "e".
# "[Il Cairo] e Khartoum vogliono", "[Parigi], Londra e Washington lanciano": the subject's
# other members, up to the verb they share.
# "[Il Viminale] e la Marina hanno concesso": the member may come with its article.
_COORDINATED = re.compile(
    r"^(?:\s*,\s*[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,2}){0,4}\s+e\s+"
    r"(?:(?:il|lo|la|i|gli|le|l['’])\s*)?(?:[A-ZÀ-Ý][\w’'-]*\s+){1,3}"
)


# "La [Farnesina], in una nota che esprime soddisfazione, ha sottolineato": how the subject
# spoke, between commas, before its verb
_ASIDE = re.compile(r"^\s*,\s*(?:in|con|attraverso|tramite|per bocca)\b[^,;.:!?]{0,100},")
# "La [Farnesina] nelle prossime ore avvierà", "il [Cremlino] in una nota ha detto": when or
# how the subject acts, without commas, before its verb
_WHEN_OR_HOW = re.compile(
    r"^\s+(?:(?:nelle|nei|negli|in|entro)\s+(?:queste|prossim[eio]|ultim[eio]|scors[eio])\s+"
    r"(?:ore|giorni|settimane|mesi)|in\s+(?:serata|mattinata|giornata|nottata|tarda\s+serata)|"
    r"(?:in|con|attraverso)\s+(?:una|un)\s+(?:nota|comunicato|dichiarazione))\b"
)


def verb_follows(after: str) -> bool:
    """Is the next word, past negations, clitics and adverbs, a finite verb?"""
    if match := _COORDINATED.match(after):
        after = after[match.end() - 1 :]
    if match := _ASIDE.match(after) or _WHEN_OR_HOW.match(after):
        after = after[match.end() :]
    for word in _WORD.findall(after[:60]):
        lowered = word.lower()
        if lowered in _BETWEEN:
            continue
        return lowered in _AUXILIARIES or finite_verb(word) or present_tense(lowered)
    return False


# Third persons of the present, and the infinitive they come from: "condanna" is also a
# noun, which the lemmatiser prefers; after a subject it is the verb.
_PRESENT = (
    ("iscono", "ire"),
    ("isce", "ire"),
    ("ano", "are"),
    ("ono", "ere"),
    ("ono", "ire"),
    ("a", "are"),
    ("e", "ere"),
    ("e", "ire"),
)


@functools.cache
def present_tense(word: str) -> bool:
    """ "condanna", "accusa", "minacciano": a verb in the third person of the present."""
    return any(
        word.endswith(ending)
        and len(word) > len(ending) + 2
        and lexicon.is_known(word[: -len(ending)] + infinitive)
        for ending, infinitive in _PRESENT
    )


def example_parts(example: str) -> tuple[str, int, int]:
    """ "lodata da [Mosca]" → ("lodata da Mosca", 10, 15): an example as text and span."""
    start = example.index("[")
    end = example.index("]") - 1
    return example.replace("[", "").replace("]", ""), start, end
