"""How agency and newspaper copy is laid out, as data: every pattern the readers use to find a
headline, a dateline, closing material and page boilerplate, each with a name and examples.

A newsroom with a new format is one entry here, and tests/test_rules.py checks every entry
against its examples. Rules describe families of forms ("a desk's initials in brackets after
the last sentence"), never one outlet's strings.

- DATELINE_PARTS and DATELINES: a dateline is a sequence of parts (agency, place, country,
  day, time, dash…); each form is one sequence, tried in order at the start of the lead.
- LEADING: blocks (or starts of blocks) before the article: copyright, time stamps, sources.
- CLOSING: material at the end of the article, matched from the end, block by block.
- CHROME: words of the web page around the article (share buttons, counters, adverts),
  wherever they stand as a block of their own.
Each `Rule.field` says which metadata a match fills (`agency`, `desk`, `source`, `photo`,
`author`, `date`); None means the text is dropped, and listed with the rule's name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from babel.dates import get_day_names, get_month_names

from digest.model import SECTION_WORD_RULE

# Latin-1's letters, and Latin Extended-A's: the names of Central and Eastern Europe and
# Turkey are written with them ("Chişinău", "Łódź", "İstanbul", "Kılıçdaroğlu").
_EXTENDED_A = [chr(point) for point in range(0x100, 0x180)]
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(letter for letter in _EXTENDED_A if letter.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(letter for letter in _EXTENDED_A if letter.islower())
DASH = "[-–—]"
# A time of day, its hour and its minutes: "11:59", "18.10" (not "2.500", nor "35.20").
CLOCK = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    field: str | None = None  # the metadata a match fills; None: dropped
    # What every match holds, at or after its start, as a cheap pattern ("clicc" for a link's
    # prompt, "@" for an address): where it is absent the rule cannot match and is not tried.
    # A search for a rule's pattern over a block's tail costs up to a hundred times the
    # sign's. tests/test_rules.py checks the sign against every example.
    sign: re.Pattern[str] | None = None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The pattern's search from `pos`, where the sign is after it."""
        if self.sign is not None and not self.sign.search(text, pos):
            return None
        return self.pattern.search(text, pos)

    def match(self, text: str) -> re.Match[str] | None:
        """The pattern's match at the start, where the sign is in the text."""
        if self.sign is not None and not self.sign.search(text):
            return None
        return self.pattern.match(text)


def rule(
    name: str,
    pattern: str,
    *examples: str,
    field: str | None = None,
    flags: int = 0,
    sign: str | None = None,
) -> Rule:
    # The sign takes the pattern's flags: a case-blind rule has a case-blind sign.
    signed = re.compile(sign, flags) if sign is not None else None
    return Rule(name, re.compile(pattern, flags), examples, field, signed)


# ---------------------------------------------------------------- agencies

# Press agencies as their copy names them (canonical name: the forms seen in brackets, any
# case). A bracket holding one of these, or several joined by "/", is an agency tag.
AGENCIES: dict[str, tuple[str, ...]] = {
    "ANSA": ("ANSA",),
    "ANSAmed": ("ANSAmed",),
    "AGI": ("AGI",),
    # Labitalia: Adnkronos's labour desk, credited after it ("(Adnkronos/Labitalia)")
    "Adnkronos": ("Adnkronos", "Adn Kronos", "Adnkronos Salute", "Labitalia"),
    "askanews": ("askanews", "Askanews"),
    "Italpress": ("Italpress",),
    "LaPresse": ("LaPresse",),
    "Dire": ("Dire", "Agenzia Dire"),
    "Agenzia Nova": ("Agenzia Nova", "Nova"),
    "Agenzia Vista": ("Agenzia Vista",),
    "Agenpress": ("Agenpress",),
    "Agenparl": ("Agenparl",),
    "PrimaPress": ("PrimaPress",),
    "Teleborsa": ("Teleborsa",),
    "9colonne": ("9colonne",),
    "Public Policy": ("Public Policy",),
    "Prima Pagina News": ("Prima Pagina News", "PPN"),
    # Italian agencies of older copy: Asca and Apcom, merged into TMNews in 2011, which
    # became askanews in 2014; Il Velino; the Omni regional wires (Omniroma, Omnimilano…)
    "Asca": ("Asca",),
    "Apcom": ("Apcom",),
    "TMNews": ("TMNews",),
    "Il Velino": ("Il Velino", "Velino"),
    "Omni": ("Omniroma", "Omnimilano", "Omninapoli", "Omnitorino"),
    "Redattore Sociale": ("Redattore Sociale",),
    # (renamed "Radiocor Plus" in 2015)
    "Radiocor": (
        "Radiocor",
        "Il Sole 24 Ore Radiocor",
        "Radiocor Plus",
        "Il Sole 24 Ore Radiocor Plus",
    ),
    "MF-Dowjones": ("MF-Dowjones", "Mf-Dj"),
    "Aki": ("Aki", "Adnkronos International"),
    "Sputnik": ("Sputnik",),
    "Reuters": ("Reuters",),
    "AFP": ("AFP",),
    "AP": ("AP",),
    "Dpa": ("Dpa",),
    "EFE": ("EFE",),
    "Xinhua": ("Xinhua",),
    "TASS": ("TASS",),
    "Ria Novosti": ("Ria Novosti", "RIA"),
    "Anadolu": ("Anadolu",),
    "MNA": ("MNA",),
    "IPA": ("IPA",),
    # The Italian bishops' agency, and foreign agencies Italian copy credits ("Belga" is
    # not one: it is Belgium's demonym, a mention of the country)
    "SIR": ("SIR", "AgenSIR"),
    "Fides": ("Fides", "Agenzia Fides"),
    "Keystone-ATS": ("Keystone-ATS", "ATS", "SDA-ATS", "ATS-SDA", "SDA"),
    "APA": ("APA",),
    "Europa Press": ("Europa Press",),
    "Interfax": ("Interfax",),
    "IRNA": ("IRNA",),
    "WAFA": ("WAFA",),
    "SANA": ("SANA",),
    "Kyodo": ("Kyodo",),
    "Yonhap": ("Yonhap",),
    # press-release wires, between slashes after the date ("MILANO, 12 marzo 2024
    # /PRNewswire/ --")
    "PR Newswire": ("PRNewswire", "PR Newswire"),
    "Business Wire": ("Business Wire",),
}
_AGENCY_KEYS = {form.casefold(): name for name, forms in AGENCIES.items() for form in forms}
_AGENCY_KEYS_FORMS = [form for forms in AGENCIES.values() for form in forms]
# Every agency's form as one alternation, longest first ("Agenzia Nova" before "Nova").
_AGENCY_FORMS = "|".join(re.escape(f) for f in sorted(_AGENCY_KEYS_FORMS, key=len, reverse=True))


def agency(text: str) -> str | None:
    """The canonical name of a press agency, in any case ("ANSA", "Ansa"), or None; also
    after the word "agenzia" ("Agenzia Italpress"), where it is not the name's own
    ("Agenzia Nova")."""
    key = " ".join(text.split()).casefold()
    if key in _AGENCY_KEYS:
        return _AGENCY_KEYS[key]
    if key.startswith("agenzia "):
        return _AGENCY_KEYS.get(key.removeprefix("agenzia ").strip())
    return None


def agencies_in(text: str) -> tuple[str, ...] | None:
    """ "ITALPRESS/MNA" → ("Italpress", "MNA"), "ANSA-AFP" → ("ANSA", "AFP"); None unless every
    part is an agency."""
    if (whole := agency(text)) is not None:  # "MF-Dowjones" is one agency
        return (whole,)
    parts = [agency(part) for part in re.split(r"\s*[/-]\s*", text.strip())]
    if not parts or None in parts:
        return None
    # "Adnkronos/Labitalia" is one agency's two desks: named once
    return tuple(dict.fromkeys(p for p in parts if p is not None))


def desk_and_agencies(text: str) -> tuple[str, tuple[str, ...]] | None:
    """ "Vid/ Dire" → ("Vid", ("Dire",)), "Com/Tab/ Dire" → ("Com/Tab", ("Dire",)), "pon/ATS",
    "ATS/ANSA/M.Ang." → ("M.Ang.", ("Keystone-ATS", "ANSA")): an agency's tag that names
    the wires and the editors' initials, in either order; None otherwise."""
    parts = re.split(r"\s*/\s*", text.strip())
    initials, found = [], []
    for part in parts:
        if name := agency(part):
            found.append(name)
        elif re.fullmatch(_INITIALS, part):
            initials.append(part)
        else:
            return None
    if not found or not initials:
        return None
    return "/".join(initials), tuple(dict.fromkeys(found))


# An editor's or a desk's initials in a wire's tag: "red", "APe", "M.Ang.", "red.fs", "Red.MM"
_INITIALS = rf"[{UPPER}{LOWER}]{{1,4}}(?:\.[{UPPER}{LOWER}]{{1,4}})*\.?"
_WIRE_PART = rf"(?:{_AGENCY_FORMS}|{_INITIALS})"


# ---------------------------------------------------------------- dates in copy


@functools.cache
def _month_names() -> dict[str, int]:
    """Italian month names and abbreviations from CLDR ("gennaio", "gen"), lower case."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale="it").items():
            names[name.lower().rstrip(".")] = number
    return names


def month_number(token: str) -> int | None:
    """ "GEN", "gen.", "gennaio", "Luglio", and cut forms such as "LUGLI" → the month."""
    word = token.lower().rstrip(".")
    names = _month_names()
    if word in names:
        return names[word]
    # A form cut short by a full line ("LUGLI"): a prefix of exactly one month's name.
    matches = {n for name, n in names.items() if len(word) >= 4 and name.startswith(word)}
    return matches.pop() if len(matches) == 1 else None


@functools.cache
def month_pattern() -> str:
    """The Italian months' names, whole: "(?:settembre|…|maggio)", any case."""
    names = sorted({n for n in _month_names() if len(n) > 3}, key=len, reverse=True)
    return "(?i:" + "|".join(names) + ")"


@functools.cache
def month_and_year() -> str:
    """A month's name and its year: "MARZO 2018", a timeline's date (never a rubric)."""
    return rf"{month_pattern()}\s+(?:19|20)\d\d\b"


@functools.cache
def weekday_pattern() -> str:
    days = sorted(_weekday_numbers(), key=len)
    return "(?:" + "|".join(re.escape(day) for day in reversed(days)) + ")"


def weekday_number(word: str) -> int | None:
    """ "mercoledì", "Mercoledì", "mercoledi’" → 2 (Monday is 0, as `datetime.date.weekday`
    counts)."""
    return _weekday_numbers().get(word.lower())


@functools.cache
def _weekday_numbers() -> dict[str, int]:
    # Babel's names, read once; and as a keyboard without accents writes them: "martedi’",
    # "martedi'", "martedi" (an apostrophe, or nothing, for the accent)
    numbers = {}
    for number, name in get_day_names("wide", locale="it").items():
        name = name.lower()
        numbers[name] = number
        if name.endswith("ì"):
            for accent in ("’", "'", ""):
                numbers[name[:-1] + "i" + accent] = number
    # … and short, as a page's stamp sets them: "mer 6 aprile 2022 alle 11:08", "sab. 3
    # maggio" (always before the day's figure in the patterns that read them)
    for number, name in get_day_names("abbreviated", locale="it").items():
        name = name.lower()
        numbers.setdefault(name, number)
        numbers.setdefault(name + ".", number)
    return numbers


# Photo agencies, as credits and captions name them ("Foto Ansa", "COMEO/Shutterstock").
PHOTO_AGENCIES = (
    r"Shutterstock|Getty Images|Getty|LaPresse|Reuters|AFP|Afp|AP Photo|EPA|Epa|Imagoeconomica|"
    r"IPA|Ipa(?: Agency)?|Fotogramma|Agf|AGF|Ansa|ANSA|Keystone(?:-SDA| SDA)?|KEYSTONE|"
    # … in capitals, as captions set them: "…alla Global Sumud Flotilla (LAPRESSE)"
    r"LAPRESSE|REUTERS|GETTY IMAGES|GETTY|SHUTTERSTOCK|FOTOGRAMMA|IMAGOECONOMICA|"
    r"iStock|Unsplash|Pixabay|Alamy|Depositphotos|Adobe Stock"
)
# Agencies that sell pictures only: their name after a caption, with no dash between, is
# still its credit ("Il primo ministro della Groenlandia Jens-Frederik Nielsen Keystone").
PICTURE_ONLY_AGENCIES = (
    r"Keystone(?:-SDA| SDA)?|KEYSTONE|Getty Images|Shutterstock|Imagoeconomica|Fotogramma|"
    # stock libraries: "iStock", "Unsplash", "Pixabay"
    r"iStock|Unsplash|Pixabay|Alamy|Depositphotos|Adobe Stock"
)

# A numeric date: "02.12.2021", "2/12/2021".
NUMERIC_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{4}"
MONTH_WORD = rf"[{UPPER}{LOWER}]{{3,10}}\.?"


@functools.cache
def month_name_pattern() -> str:
    """A month's name, whole or abbreviated, in Italian or English (as some sites stamp
    pages), any case: "maggio", "Gen.", "SETTEMBRE", "March"."""
    names = set(_month_names())
    for width in ("wide", "abbreviated"):
        names |= {n.lower().rstrip(".") for n in get_month_names(width, locale="en").values()}
    alternatives = "|".join(sorted(names, key=len, reverse=True))
    return rf"(?i:(?:{alternatives})\.?)(?![{UPPER}{LOWER}])"


# "17 maggio 2022", "3 Luglio 2019", "12 gen. 2024"; not "6 mesi 2023", which ends a
# headline ("…nei primi 6 mesi 2023") as a count of months, not a day.
FULL_DATE = rf"\d{{1,2}}\s+{month_name_pattern()}\s+\d{{4}}"
# An item of a list of the site's latest news opens on its day: "30 Gen 2026 Rinnovo…"
LIST_ITEM = rf"{FULL_DATE}\b"

# A site's name as a page credits it: "quotidiano.net", "Lettera43.it", "Wired.it", and the
# Swiss sites Italian copy carries ("swissinfo.ch", "rsi.ch").
# (a letter with its accent too, as a site may be written: "Tuttocittà.it")
SITE_NAME = r"(?i:[a-z0-9à-ÿ-]+(?:\.[a-z0-9à-ÿ-]+)*\.(?:it|com|net|org|eu|info|news|ch))"
# "Genova24", "GenovaToday", "NewsBiella": a local site's name, one word glued from two or
# closed by figures, as no word of a headline is ("McDonald" is not: two letters before)
GLUED_SITE_NAME = r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,}|\d{2})"

# ---------------------------------------------------------------- datelines

# The parts a dateline is made of. Each is a pattern matched at the current position, with
# named groups the reader reads. "place" is checked afterwards (a gazetteer for weak forms).
_PLACE_UPPER = (
    # "SANT'ANGELO A CUPOLO", but "ROVIGO | A Palazzo Angeli": a word of one capital before a
    # name opens the sentence after the place
    rf"[{UPPER}][{UPPER}'’.]*(?:(?:[ -]|/)(?![AEIOÈ]\s+[{UPPER}][{LOWER}])"
    rf"(?:[{UPPER}'’.]+|DEL|DI|DELLA|DEI|EL|AL|AD|DE|SUL))*"
    # "NOVI DI MODENA, SOLIERA –": filed from two places, as with a slash; "TRICESIMO e
    # TARCENTO (Udine) -": or with "e", the province's code or name after them
    rf"(?:(?:,\s?|\s+e\s+)[{UPPER}]{{2}}[{UPPER}'’.]*(?:[ -](?:[{UPPER}'’.]+|DEL|DI|DELLA|DEI|DE|SUL))*"
    r"(?=\s*(?:\([^()\n]{2,30}\)\s*)?[–—-]\s))?"
)
# Where a sentence of prose opens, after capitals: a word in lower case after its capital
# ("Le navi"), a word of one capital before a word in lower case ("È il giorno") or before a
# name ("A Palazzo Angeli", "I Carabinieri": a one-letter preposition, conjunction or
# article), a quote.
SENTENCE_OPENS = (
    rf"(?:[{UPPER}](?:['’][{UPPER}]?)?[{LOWER}]|[{UPPER}]\s+[{LOWER}]|[AEIOÈ]\s+[{UPPER}][{LOWER}]"
    rf"|[«“\"'‘])"
)
# The words that join a place's names, in lower case inside a name written in title case
# ("Isola di Capo Rizzuto", "San Giorgio a Cremano", "San Giovanni in Fiore").
PLACE_PARTICLES = frozenset("del della delle dei degli di de sul sulla al el ad a in".split())
_PARTICLE = "|".join(sorted(PLACE_PARTICLES, key=len, reverse=True))
# A name's word, its article or "Sant'" perhaps elided onto it: "L'Aia", "Sant'Agata".
_PLACE_WORD = rf"(?:[{UPPER}][{LOWER}]{{0,4}}['’])?[{UPPER}][{LOWER}'’]+"
_PLACE_TITLE = (
    rf"{_PLACE_WORD}(?:[ -](?:{_PLACE_WORD}|(?:{_PARTICLE})(?=[ -][{UPPER}])))*"
    # "Savona/Pietra Ligure.": filed from two places, the second perhaps of two words
    rf"(?:/{_PLACE_WORD}(?:[ -](?:{_PLACE_WORD}|(?:{_PARTICLE})(?=[ -][{UPPER}])))*)?"
)
DATELINE_PARTS: dict[str, str] = {
    "agency": r"\s*\(\s*(?P<agency>[^()\n]{2,40}?)\s*\)",
    "agency_name": r"\s*(?P<agency_name>[A-Z][A-Za-z0-9]+(?: [A-Z][a-z]+)?)",
    "place": rf"\s*(?P<place>{_PLACE_UPPER}|{_PLACE_TITLE})",
    "place_upper": rf"\s*(?P<place>{_PLACE_UPPER})",
    "bracketed_place": rf"\s*\(\s*(?P<place>{_PLACE_UPPER}|{_PLACE_TITLE})\s*\)",
    # "LAMPEDUSA (AG) –": two capitals are a province's code (checked against PROVINCES)
    "country": r"\s*\(\s*(?P<country>[^()\d\n]{3,30}?|[A-Z]{2})\s*\)",
    # "Ouagadougou , 28 gen.": a space before the comma, as some sites' templates print it
    # "Cagliari, martedì 12 marzo 2024 -": the weekday may stand before the day
    # "(AGENPARL) – Roma, mar 12 marzo 2024 –": or its abbreviation, before the day's figures
    # "Roma, lì 12 marzo 2024 -": a press release's office word before the day
    "day": rf"\s*,?\s*(?:(?i:l[ìi])\s+)?(?:(?i:{weekday_pattern()}|lun|mar|mer|gio|ven|sab|dom)\.?,?\s+(?=\d))?(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_WORD})(?:\s+(?P<year>\d{{4}}))?",
    "bracketed_date": rf"\s*\(\s*(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_WORD})\s+(?P<year>\d{{4}})\s*\)",
    # "ROMA, 12/01/2024 -": the day in figures
    # "Roma, 12/3 -": the year left to the date line
    # "Roma, 12-03-2024 -": with dashes, the year is written (a dash alone is the dateline's)
    "numeric_day": r",?\s*(?:(?i:l[ìi])\s+)?(?:(?P<day>\d{1,2})[./](?P<month>\d{1,2})(?:[./](?P<year>\d{4}))?"
    r"|(?P<day2>\d{1,2})-(?P<month2>\d{1,2})-(?P<year2>\d{4}))",
    # "Roma, Palazzo Chigi —": the building the story was filed from, after the place
    "venue": (
        rf"\s*,\s*(?:Palazzo|Villa|Castel|Castello|Piazza|Sala|Aula|Teatro|Auditorium|Centro)"
        rf"\s+[{UPPER}][\w'’]+(?:\s+(?:di\s+|del\s+|della\s+)?[{UPPER}][\w'’]+){{0,2}}"
    ),
    # "da Milano", "DA TORINO", "dal nostro corrispondente a Bruxelles": where the writer
    # filed from, on a line of its own over the lead
    "filed_from": (
        r"\s*(?i:da|dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa]|corrispondente)(?:\s+speciale)?"
        r"\s+(?:a|da|in))\s+"
    ),
    # "03/06/2023 TRIESTE –": the page's date before the place, on the lead's line
    "date_first": r"\s*(?P<day>\d{1,2})[./-](?P<month>\d{1,2})[./-](?P<year>\d{4})\s+",
    # "Dal nostro inviato PARIGI -": the paper's own correspondent files from the place
    # ("Dall'inviato a Bruxelles –": the paper's own, without "nostro")
    "correspondent": (
        r"\s*(?i:(?:dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa]|corrispondente)|dall['’]\s*inviat[oa]"
        r"|dalla\s+inviata)(?:\s+speciale)?(?:\s+a)?)"
    ),
    # "ROMA (dall'inviato) -": the same, in brackets after the place
    "correspondent_bracket": (
        r"\s*\(\s*(?i:dal(?:la|l['’])?\s*(?:nostr[oa]\s+)?(?:inviat[oa]|corrispondente))\s*\)"
    ),
    # "ROMA, 12 marzo 2024, ore 14:30 -", "Roma, 12 marzo 2024 - Ore 14:30 -"
    "time": r"\s*(?:,|\s-|[–—])?\s*(?:(?i:ore)\s+)?(?P<time>\d{1,2}[:.]\d{2})",
    "comma": r"\s*,",
    # A dash between spaces: "Usa-Iran" and "Russia-Ucraina" are words, not datelines; or a
    # dash after a space that an opening quotation mark touches: 'AGI -"La Corea del Nord…'.
    # ("ROMA | Il governo…": a site's template may set a pipe there)
    # ("SFAX- Il porto…": a hyphen glued to the place in capitals, a space after it;
    # "MILANO (MF-DJ)--Il governo…": two glued after the agency's bracket)
    # ("ANCONA -Sono…": a hyphen after a space, touching the lead's first word; "Ancona-
    # Sono…": glued to a place in title case)
    "dash": r"(?:\s+-+|\s*[–—]+|\s+\||(?<=[A-ZÀ-Ýa-zà-ÿ])-(?=\s)|(?<=\))--)"
    r"(?=\s|$|[\"“«]|(?<=--)\S|(?<=\s-)[A-ZÀ-Ý][a-zà-ù])",
    # After a day, an en dash may touch the text: "Damasco, 8 dicembre 2024 –50 anni di";
    # a hyphen may touch the month, a space after it: "ROMA, 29 SET- Il governo", "Roma, 29
    # set.- Il governo"
    "date_dash": r"(?:\s+-+(?=\s|$)|\s*[–—]+|\s+\|(?=\s)|(?<=[A-Za-zÀ-ÿ.])-(?=\s))",
    # After an agency's bracket a dash may touch the text: "(Adnkronos/Dpa) -17 persone".
    "agency_dash": r"\s*[-–—]+",
    "country_only": r"\s*\(\s*(?P<country>[^()\d\n]{3,30}?)\s*\)",
    # "Palu, Indonesia (askanews) -": the country after a comma, before the agency's bracket
    "comma_country": (
        rf"\s*,\s*(?P<country>[{UPPER}][{LOWER}'’]+(?:\s+[{UPPER}{LOWER}][{LOWER}'’]+){{0,2}}?)"
        r"(?=\s*\()"
    ),
    # "/PRNewswire/": a press-release wire between slashes
    "slash_agency": r"\s*/\s*(?P<agency>[^/()\n]{2,30}?)\s*/",
    # ("PROV. DI PISA –", "LOC. BORGO NUOVO –": an abbreviation's full stop, then more
    # capitals, which open no sentence)
    "full_stop": rf"\.(?=\s+(?:{SENTENCE_OPENS}|[{UPPER}][{UPPER}]*['’]?\s*[{UPPER}]?[{LOWER}]))",
    # "Tripoli , 28. L'inviato": the day alone; the month is the date line's.
    "day_only": r"\s*,\s*(?P<day>\d{1,2})\.(?=\s+[A-ZÀ-ÖØ-Þ«“\"])",
    "space": r"\s+",
    "glued": rf"(?=[{UPPER}][{LOWER}])",
    "stop": r"\s+\.",
    "end": r"\s*$",
    "capital": rf"(?=\s+[{UPPER}«“\"'‘])",
    # A word opening the lead in lower case after its capital, not more capitals: "ROMA Le
    # navi…"; "NOVI DI | MODENA –" is one place's name, read whole or not at all
    "sentence": rf"(?=\s+{SENTENCE_OPENS})",
}


@dataclass(frozen=True)
class DatelineForm:
    name: str
    parts: tuple[str, ...]  # names from DATELINE_PARTS; a "?" suffix makes a part optional
    examples: tuple[str, ...]
    weak: bool = False  # a place alone: it must be a known place (gazetteer)

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        pieces = []
        for part in self.parts:
            optional = part.endswith("?")
            body = DATELINE_PARTS[part.rstrip("?")]
            pieces.append(f"(?:{body})?" if optional else body)
        return re.compile("^\\s*" + "".join(pieces))


# Italy's provinces by the two-letter code local copy puts after a town ("CEFALÙ (PA) –"),
# the 107 of today and the four Sardinian ones abolished in 2016 that older pages print.
# Source: ISTAT, "Codici statistici delle unità amministrative territoriali"
# (https://www.istat.it/classificazione/codici-dei-comuni-delle-province-e-delle-regioni/).
PROVINCES = frozenset(
    """AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS
    CT CZ EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT
    NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP
    SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV CI VS OG OT""".split()
)

# Tried in order; the first that matches (and whose parts check out) is the dateline.
DATELINES: tuple[DatelineForm, ...] = (
    DatelineForm(
        "filed from a place",
        ("filed_from", "place", "end"),
        ("da Milano", "DA TORINO", "dal nostro corrispondente a Bruxelles"),
        weak=True,
    ),
    DatelineForm(
        "place, building",
        ("place", "venue", "dash"),
        ("Roma, Palazzo Chigi — Il consiglio", "Bruxelles, Palazzo Berlaymont – La Commissione"),
        weak=True,
    ),
    DatelineForm(
        "date, place",
        ("date_first", "place", "country?", "dash"),
        ("03/06/2023 TRIESTE – 203 persone arrestate", "12.03.2024 Roma - Il governo"),
        weak=True,
    ),
    DatelineForm(
        "agency, place, day",
        ("agency", "dash", "place", "country?", "day?", "time?", "dash"),
        (
            "(ANSA) - ISTANBUL, 5 SET - Se una zona",
            "(AGI) - Roma, 3 mar - Il ministro",
            "(ANSAmed) - TRIPOLI, 16 MAR - Il nuovo",
            "(PRIMAPRESS) - TRIPOLI (LIBIA) - Il premier",
        ),
    ),
    DatelineForm(
        "agency, place, day, no dash",
        ("agency", "space", "place", "country?", "day", "time?", "date_dash"),
        ("(DIRE) Roma, 23 Apr. – “Sei mesi", "(ANSA) MOSCA, 5 FEB - Il Cremlino"),
    ),
    DatelineForm(
        "agency, place, no dash",
        ("agency", "space", "place_upper", "country?", "dash"),
        ("(ANSA) ROMA - Il governo",),
    ),
    DatelineForm(
        "place, day, agency",
        ("place", "country?", "day", "time?", "dash?", "space?", "agency", "agency_dash"),
        (
            "Roma, 23 nov. (LaPresse) – La Russia",
            "Tripoli (Libia), 8 apr. (LaPresse/AFP) - L'Onu",
            "Mostar (Bosnia), 3 mar. (LaPresse/AP) – Il tribunale",
            "MOSCA, 5 FEB (ANSA) – Il Cremlino",
            "Tripoli, 7 feb 14:30 - (Agenzia Nova) - Il governo",
        ),
    ),
    # "Roma, 12 marzo 2024 (Prima Pagina News) Il governo…": the agency's tag, no dash after
    DatelineForm(
        "place, day, agency, no dash",
        ("place", "country?", "day", "time?", "space?", "agency", "capital"),
        ("Roma, 12 marzo 2024 (Prima Pagina News) Il governo",),
    ),
    DatelineForm(
        "place, country after a comma, agency",
        ("place", "comma_country", "agency", "dash"),
        ("Palu, Indonesia (askanews) - È di almeno 384 morti", "Gaza, Palestina (ANSA) – Il"),
    ),
    DatelineForm(
        "place, agency",
        ("place", "country?", "comma?", "space?", "agency", "dash"),
        (
            "ROMA (ITALPRESS) – Il presidente",
            "KIEV (UCRAINA) (ITALPRESS) – Un'altra notte",
            "TRIPOLI (LIBIA) (ITALPRESS/MNA) – Il comandante",
            "Roma, (askanews) - L'accordo",
        ),
    ),
    DatelineForm(
        "agency, place, full date",
        ("agency", "dash?", "space?", "place", "day", "end"),
        ("(Agenzia Vista) Kiev, 26 febbraio 2022", "(AGENPARL) - Roma, 24 Agosto 2025"),
    ),
    # … and run into the lead without a dash: '(Agenzia Vista) Roma, 31 maggio 2024 "Sarà…'
    DatelineForm(
        "agency, place, full date, no dash",
        ("agency", "space", "place", "day", "capital"),
        ('(Agenzia Vista) Roma, 31 maggio 2024 "Sarà un grande vertice',),
    ),
    # "(Teleborsa) -La sonda…": the dash after the tag touches the lead's first word
    DatelineForm(
        "agency, dash touching the lead",
        ("agency", "agency_dash", "glued"),
        ("(Teleborsa) -La sonda europea", "(AGI) –Il governo"),
    ),
    DatelineForm(
        "agency",
        ("agency", "dash?", "space"),
        ("(Adnkronos) – L'Italia", '(LaPresse) "Oggi i leader'),
    ),
    # "(Teleborsa)Alitalia appesa a un filo": the tag glued to the lead where the page lost
    # the space after it (the agency must be one we know, as in every form)
    DatelineForm(
        "agency glued to the lead",
        ("agency", "glued"),
        ("(Teleborsa)Alitalia appesa a un filo", "(ANSA)Il governo"),
    ),
    DatelineForm("agency alone", ("agency", "end"), ("(Afp)",)),
    # "Roma" alone on its line between the headline and the lead
    DatelineForm("place alone", ("place", "end"), ("Roma", "Città del Messico"), weak=True),
    # "MILANO (Finanza.com)" on a line of its own, over the lead
    DatelineForm(
        "place, agency alone",
        ("place", "country?", "comma?", "space?", "agency", "end"),
        ("MILANO (Finanza.com)", "ROMA (ITALPRESS)"),
    ),
    DatelineForm("country", ("country_only", "dash"), ("(TURCHIA) - Una nuova ondata",)),
    DatelineForm(
        "place, day",
        ("place", "country?", "day", "time?", "date_dash"),
        (
            "ROMA, 12 GEN - Il governo",
            "TUNISI, 29 GIU - Le navi",
            "BENGASI (LIBIA), 3 LUGLI - Un raid",
            "Tripoli, 17 maggio 2022 – Duri scontri",
            "Damasco, 8 dicembre 2024 –50 anni di dominio",
            "Chişinău, 12 ottobre 2025 – Il partito",
            "İSTANBUL, 4 MAG - La polizia",
            "Roma, lì 12 marzo 2024 - Il governo",
            "Roma, 12 marzo 2024 - Ore 14:30 - Il governo",
            "ROMA, 29 SET- Il governo",
            "Roma, 29 set.- Il governo",
        ),
    ),
    # "Roma – 12 marzo 2024 –": the place, then the day, each closed by its dash
    DatelineForm(
        "place, dash, day",
        ("place", "dash", "day", "time?", "date_dash"),
        ("Roma – 12 marzo 2024 – Il governo", "ROMA - 12 MARZO - Le navi"),
    ),
    DatelineForm(
        "place, day in figures",
        ("place", "country?", "numeric_day", "time?", "date_dash"),
        ("ROMA, 12/01/2024 - Il governo", "Napoli, 3.5.2019 – La giunta"),
    ),
    # "Palermo, 20 dic. Ventiquattro udienze": the agency's tag the page dropped, and its dash
    DatelineForm(
        "place, day, no dash",
        ("place", "country?", "day", "capital"),
        ("Palermo, 20 dic. Ventiquattro udienze", "ROMA, 12 GEN Il governo"),
        weak=True,
    ),
    # "Roma, 12 marzo 2024. Il governo…": a press release's place and day, closed by a full stop
    DatelineForm(
        "place, day, full stop",
        ("place", "country?", "day", "full_stop"),
        ("Roma, 12 marzo 2024. Il governo", "MILANO, 3 MAGGIO 2024. La giunta"),
        weak=True,
    ),
    DatelineForm(
        "place, date in brackets",
        ("place", "bracketed_date", "dash"),
        ("MAZARA DEL VALLO (17 dicembre 2020) - I pescatori",),
    ),
    DatelineForm(
        "place, country",
        ("place", "country", "dash"),
        ("BRUXELLES (BELGIO) – La Commissione", "LAMPEDUSA (AG) – Non era una notte"),
    ),
    DatelineForm(
        "agency name",
        ("agency_name", "dash"),
        ("Agenpress – Obiettivo della Conferenza", 'AGI -"La Corea del Nord ha lanciato'),
    ),
    DatelineForm(
        "agency name, full stop",
        ("agency_name", "full_stop"),
        ("AgenPress. Il presidente Donald Trump",),
    ),
    DatelineForm(
        "correspondent, place",
        ("correspondent", "space", "place", "country?", "day?", "dash"),
        ("Dal nostro inviato PARIGI - Il presidente", "Dalla nostra corrispondente a Londra – Il"),
    ),
    DatelineForm(
        "place, correspondent",
        ("place", "dash?", "correspondent_bracket", "day?", "dash"),
        (
            "ROMA (dall'inviato) - Il presidente",
            "Kiev (dal nostro corrispondente) – La città",
            "PARIGI – (dal nostro corrispondente) – Il governo",
        ),
    ),
    # "MILANO, 12 marzo 2024 /PRNewswire/ -- La società…": a press release's wire
    DatelineForm(
        "place, day, wire",
        ("place", "country?", "day", "slash_agency", "dash"),
        ("MILANO, 12 marzo 2024 /PRNewswire/ -- La società",),
    ),
    DatelineForm(
        "place",
        ("place", "dash"),
        (
            "GINEVRA – Con uno strappo",
            "Palermo - Si apre",
            "SAVELLETRI DI FASANO - In una",
            "NOVI DI MODENA, SOLIERA – Nel pomeriggio",
        ),
        weak=True,
    ),
    DatelineForm(
        "place, full stop",
        ("place", "full_stop"),
        ("Roma. Ieri il presidente", "Savona/Pietra Ligure. Domani"),
        weak=True,
    ),
    DatelineForm(
        "place, day alone", ("place", "day_only"), ("Tripoli , 28. L’inviato Onu",), weak=True
    ),
    DatelineForm(
        "place, spaced stop", ("place_upper", "stop"), ("TRIPOLI . Attacco aereo",), weak=True
    ),
    # "MILANOMissione ad Algeri per…": a place in capitals glued to the lead where the page
    # lost the dash (or the line) after it
    DatelineForm(
        "place in capitals glued to the lead",
        ("place_upper", "glued"),
        ("MILANOMissione ad Algeri per l’amministratore", "TRIPOLIIl governo"),
        weak=True,
    ),
    DatelineForm(
        "place in capitals",
        ("place_upper", "sentence"),
        ("ROMA Le navi delle ong", "ROVIGO A Palazzo Angeli il portone"),
        weak=True,
    ),
    # "(Bruxelles) Una volta al mese…": an agency's place in brackets, no dash after it
    DatelineForm(
        "place in brackets",
        ("bracketed_place", "sentence"),
        ("(Bruxelles) Una volta al mese", "(STRASBURGO) Il Parlamento", "(Strasburgo) È il"),
        weak=True,
    ),
)

# "© RIPRODUZIONE RISERVATA": a copyright notice, above the article or after it.
COPYRIGHT_LINE = rule(
    "copyright",
    r"^\s*(?:©|\(c\)|copyright\b).{0,150}$"
    # (not after a sentence of the article's: "… in aula. - RIPRODUZIONE RISERVATA")
    r"|^(?:(?![.!?]\s).){0,150}riproduzione riservata.{0,40}$"
    # "Alcuni diritti riservati. Alcuni diritti riservati.": a licence's notice, as often twice
    # ("Tutti i diritti riservati. Vietata la riproduzione anche parziale.": both notices)
    r"|^\s*(?:(?:(?:alcuni|tutti i)\s+diritti\s+(?:sono\s+)?riservati"
    r"|(?:è\s+)?vietata\s+la\s+riproduzione[^.\n]{0,60})\.?\s*)+$"
    r"|^\s*(?:(?:la\s+)?riproduzione\s+(?:è\s+)?vietata|vietata\s+la\s+riproduzione)[^\n]{0,80}$",
    "© Agenzia Nova - Riproduzione riservata",
    "© RIPRODUZIONE RISERVATA",
    "COPYRIGHT LASICILIA.IT © RIPRODUZIONE RISERVATA",
    "Riproduzione riservata ©",
    "Alcuni diritti riservati. Alcuni diritti riservati.",
    "Tutti i diritti riservati. Vietata la riproduzione anche parziale.",
    "Tutti i diritti riservati",
    "Riproduzione vietata",
    "Tutti i diritti sono riservati",
    "Vietata la riproduzione",
    flags=re.I,
    sign=r"©|\(c\)|copyright|riproduzione|diritti",
)

# "AFRICA/NIGERIA - La rinascita…", "ASIA/PAKISTAN - Asia Bibi…": a wire's continent and
# country in capitals, parted by a slash, before its headline (a missionary agency files every
# story so; the papers that carry it keep the label).
REGION_LABEL = rule(
    "region label",
    rf"^\s*[{UPPER}]{{3,}}(?:[ -][{UPPER}]{{2,}})*\s*/\s*[{UPPER}]{{2,}}(?:[ -][{UPPER}]{{2,}}){{0,3}}"
    rf"\s*{DASH}\s+(?=[«“\"]?[{UPPER}])",
    "AFRICA/NIGERIA - La rinascita di due sacerdoti",
    "AFRICA/SUD SUDAN - Liberato il catechista",
    "ASIA/PAKISTAN - Asia Bibi è libera",
)

# "Fonte: Adnkronos": where the text comes from, on a line of its own, above the article or
# after it.
SOURCE_LINE = rule(
    "source",
    # (a picture's source, "Fonte foto: ANSA", "fonte immagine agoravox.it", is its credit)
    # ("Fonti: Reuters, Afp": several)
    r"^\s*\(?\s*(?:font[ei](?!\s+(?:foto|immagin[ei])\b)(?:\s+video|\s+originale)?\s*[:.]?"
    # "Source: Ilmattino.it": a feed's credit in English
    r"|source\s*:"
    # "La fonte di questa notizia è The Asian Age.": the attribution as a sentence
    r"|(?:la\s+)?fonte\s+(?:di\s+questa|della)\s+notizia\s*(?::|\s+è)"
    # "Questo articolo è stato pubblicato originariamente su The Conversation", "Leggi
    # l'articolo originale su ansa.it": a republished text names where it first ran
    r"|(?:questo\s+)?articolo\s+(?:è\s+stato\s+)?(?:originariamente\s+|in\s+origine\s+)?"
    r"pubblicato\s+(?:originariamente\s+|in\s+origine\s+)?(?:su|sul|sulla|da|dal|dalla)"
    r"|(?:leggi\s+)?l['’]\s*articolo\s+originale(?:\s+(?:è\s+)?(?:disponibile|pubblicato))?\s+"
    r"(?:su|sul|sulla|in)|articolo\s+originale(?:\s+pubblicato)?\s*(?::|su|sul|sulla)"
    # "Con informazioni di Reuters": the wire the text draws on
    r"|con\s+informazioni\s+(?:di|da)"
    # "Riceviamo e pubblichiamo da Agenzia Umbria Notizie.": a publisher's note naming who
    # sent the text
    r"|riceviamo\s+e\s+pubblichiamo\s+(?:da|dal|dalla|dall['’]|dagli|dalle)"
    # "Via: Reuters": the link's label for where the text comes from
    r"|via\s*:"
    # "Da ilgiorno.it": an aggregator's credit, a site's address alone after "da"
    r"|da(?=\s+(?:www\.)?[\w-]{2,40}\.(?:it|com|net|org|ch|eu|info)\s*$))\s+"
    # (never a link's label: "Fonte originale: Leggi ora la fonte" names no one)
    r"(?P<source>(?!(?i:leggi|clicca|vai)\b)[^()\n]{2,120}?)"
    # "FONTE: AGENZIA DI STAMPA DIRE (WWW.DIRE.IT)": the source's address in brackets after it
    r"(?:\s*\(\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?\s*\))?"
    r"\s*\)?\.?\s*$",
    "Fonte Ansa.it",
    "FONTE: AGENZIA DI STAMPA DIRE (WWW.DIRE.IT)",
    "Source: Ilmattino.it",
    "Fonte originale: Il Messaggero",
    "Fonti: Reuters, Afp",
    "La fonte di questa notizia è The Asian Age.",
    "Questo articolo è stato pubblicato originariamente su The Conversation",
    "Leggi l'articolo originale su ansa.it",
    "Articolo originale pubblicato su Il Post",
    "Con informazioni di Reuters",
    "Riceviamo e pubblichiamo da Agenzia Umbria Notizie.",
    "fonte. ANSA",
    "(Fonte: Adnkronos)",
    "Fonte: Agenzia Vista / Alexander Jakhnagiev agenziavista.it",
    "Via: Reuters",
    "Da ilgiorno.it",
    field="source",
    flags=re.I,
)

# "Dal giornale LA NAZIONE del 27/3/2020", "Articolo tratto da Avvenire del 17/02/2022": a
# press clipping's note, on the page of a club, a parish or a blog that reposts a paper's
# article: the paper it was cut from (the source) and the day it ran, above the article or
# after it. Only with the day: "Articolo pubblicato su …" alone is SOURCE_LINE's.
_PRESS_KIND = r"(?:quotidiano|giornale|settimanale|mensile|periodico|rivista|sito|testata)"
_CLIP_DATE = (
    rf"(?:{weekday_pattern()},?\s+)?"
    rf"(?P<date>{NUMERIC_DATE}|\d{{1,2}}\s+{month_name_pattern()}(?:\s+\d{{4}})?)"
    # "…, p. 7": the page of the printed edition
    r"(?:\s*,\s*p(?:ag)?\.\s*\d{1,3})?"
)
CLIPPING_NOTE = rule(
    "press clipping note",
    r"^\s*(?:"
    # "Articolo comparso sul quotidiano “La Stampa” del 1 Maggio", "L’articolo su Repubblica
    # online del 28 marzo 2018", "Articolo apparso sul quotidiano Il Cittadino del …"
    r"(?:l['’]\s*)?articolo\s+(?:(?:è\s+)?(?:stato\s+)?"
    r"(?:apparso|comparso|pubblicato|uscito|tratto|ripreso)\s+(?:oggi\s+)?)?"
    r"(?:(?:su|sul|sulla|da|dal|dalla|in|nel|nella)\s+|(?:sull|dall|nell)['’]\s*)"
    rf"(?:{_PRESS_KIND}\s+(?:online\s+)?)?"
    # "Dal giornale LA NAZIONE del 27/3/2020"
    rf"|(?:da|dal|dalla)\s+{_PRESS_KIND}\s+(?:online\s+)?"
    r")"
    rf"[«“\"]?(?P<source>[{UPPER}0-9][^\n«»“”\"]{{0,60}}?)[»”\"]?(?:\s+online)?\s*,?\s+"
    rf"(?:del|di|il)\s+{_CLIP_DATE}\s*\.?\s*$"
    # "Articolo del p. Luigi Sarteschi, in L’OSSERVATORE ROMANO, sabato 9 marzo 2024, p. 7.":
    # who wrote it, then the paper
    rf"|^\s*articolo\s+(?:di|del|della)\s+(?P<author>[^,\n]{{2,60}}?)\s*,\s+in\s+"
    rf"(?P<source2>[^,\n]{{2,60}}?)\s*,\s+{_CLIP_DATE.replace('<date>', '<date2>')}\s*\.?\s*$",
    "Dal giornale LA NAZIONE del 27/3/2020",
    "Articolo tratto da Avvenire del 17/02/2022",
    "Articolo comparso sul quotidiano “La Stampa” del 1 Maggio",
    "L’articolo su Repubblica online del 28 marzo 2018",
    "Articolo apparso sul quotidiano Il Cittadino del 12 dicembre 2015",
    "Articolo del p. Luigi Sarteschi, in L’OSSERVATORE ROMANO, sabato 9 marzo 2024, p. 7.",
    field="source",
    flags=re.I,
)

# "… 2,60 crore di elettori. La fonte di questa notizia è The Asian Age. Le elezioni…": a
# press review's credit, as a sentence of its own inside a paragraph. "Di questa notizia"
# names the page's own text; "la fonte della notizia è un funzionario…" is the story's.
SOURCE_SENTENCE = rule(
    "source sentence",
    r"(?<=[.!?\"”»’'])\s+(?i:la\s+)?(?i:fonte\s+di\s+questa\s+notizia)\s*(?::|\s+è)\s+"
    rf"(?P<source>[{UPPER}][^.!?\n]{{1,80}}?)\.(?=\s|$)",
    "elettori. La fonte di questa notizia è The Asian Age. Le elezioni",
    field="source",
    sign=r"(?i:fonte)",
)

# "Articolo in aggiornamento.", "In aggiornamento": the page promised more, which the text
# does not hold; above the article or after it.
# "In aggiornamento", "Notizia in costante aggiornamento": a live page's promise of updates,
# after the text (UPDATING_NOTICE) or in brackets before the lead
_BEING_UPDATED = r"(?:(?:articolo|notizia|news|pezzo)\s+)?in\s+(?:costante\s+)?aggiornamento"
UPDATING_NOTICE = rule(
    "updating notice",
    rf"(?:(?<=[.!?\"”»’')])|^)\s*[(\[]?(?:{_BEING_UPDATED}"
    r"|seguiranno\s+aggiornamenti|seguono\s+aggiornamenti"
    # "Notizia in evoluzione", "Questo è un evento in corso. Ulteriori informazioni
    # seguiranno...": the same promise in other words
    r"|(?:(?:articolo|notizia|news)\s+in\s+(?:evoluzione|via\s+di\s+aggiornamento)"
    r"|(?:questo\s+è\s+un|si\s+tratta\s+di\s+un)\s+evento\s+in\s+corso)"
    r"(?:\s*[.:]?\s*ulteriori\s+(?:informazioni|dettagli|aggiornamenti)\s+seguiranno)?(?:\.{3}|…)?"
    r"|ulteriori\s+(?:informazioni|dettagli|aggiornamenti)\s+seguiranno(?:\.{3}|…)?"
    # "[Aggiornato alle 15:00]": the hour of the last update, in brackets
    r"|aggiornat[oa]\s+(?:alle\s+)?(?:ore\s+)?\d{1,2}[:.]\d{2}(?=\s*[)\]]))[)\]]?\.?\s*$",
    'a produrre acciaio in Italia". Articolo in aggiornamento.',
    "(in aggiornamento)",
    "In aggiornamento",
    "Seguono aggiornamenti",
    "[Aggiornato alle 15:00]",
    "Notizia in evoluzione",
    "Questo è un evento in corso. Ulteriori informazioni seguiranno...",
    flags=re.I,
    sign=r"aggiornament|aggiornat[oa]|evoluzione|in\s+corso|seguiranno",
)

# "REDAZIONE", "A cura della Redazione": the newsroom signs the article; no one's name, no
# author; above the article or after it.
NEWSROOM_SIGNATURE = rule(
    "newsroom signature",
    # ("Autore: Redazione", "Pubblicato da: La Redazione": a byline's label before it)
    r"(?:(?<=[.!?\"”»’'])|^)\s*(?i:(?:(?:autore|autori|autrice|firmato|scritto\s+da|pubblicato\s+da)"
    r"\s*:?\s*)?(?:a\s+cura\s+della\s+|la\s+|di\s+|da\s+)?redazione"
    # "La Redazione 24", "Redazione Online": a word may name the newsroom
    rf"(?:\s+(?:online|web|digitale|(?!{NUMERIC_DATE})[\w.’'-]{{1,20}}))?"
    # "red. eco.": the word cut short, before the desk's own (economia, cronaca, esteri)
    r"|red\.(?:\s?[a-z]{2,4}\.)?)\.?"
    # "di Redazione 14/07/2015", "di Redazione | 12/03/2024": and the day it signed
    # ("Di Redazione / 07 Novembre 2016": after a slash, in words)
    rf"(?:\s*[|·•–/-]?\s+(?P<date>{NUMERIC_DATE}|{FULL_DATE}))?\s*$",
    "coesione territoriale.\n\nREDAZIONE",
    "Di Redazione / 07 Novembre 2016",
    "di Redazione 14/07/2015",
    "di Redazione | 12/03/2024",
    "Autore: Redazione",
    "La Redazione 24",
    "La Redazione",
    "A cura della Redazione",
    "di Redazione",
    "Redazione Online",
    "red. eco.",
    field="date",
    sign=r"(?i:redazione|\bred\.)",
)


# ---------------------------------------------------------------- before the article

# The sections news sites file their pages under, as a breadcrumb names them.
SECTIONS = "|".join(
    re.escape(" ".join(word.split()))
    for word in """News, Notizie, Ultime notizie, Ultima ora, Video, Videonews, Foto, Gallery,
    Fotogallery, Pillole, Podcast, Speciali, Dossier, Blog, Opinioni, Commenti, Editoriali,
    Interviste, Analisi, Approfondimenti, Primo piano, In evidenza, Breaking news, Attualità,
    Cronaca, Cronaca nera, Cronache, Politica, Economia, Finanza, Mercati, Esteri, Mondo, Internazionale, Europa,
    Medio Oriente, Africa, Asia, America, Americhe, Italia, Interni, Regioni, Sicilia,
    Sardegna, Roma, Milano, Napoli, Cultura, Spettacoli, Sport, Scienza, Tecnologia, Salute,
    Ambiente, Energia, Difesa, Sicurezza, Giustizia, Lavoro, Società, Università,
    Scuola, Nazionale, Regionale, Territorio, Dal territorio, Meteo, Clima, Green, Spazio,
    Scienze, Astronomia, Terremoti, Sanità, Benessere, Medicina, Tech, Hi-tech, Motori,
    Mobilità, Trasporti, Innovazione, Agricoltura, Esclusiva, Premium, Il caso""".split(",")
)

# The capitalised articles and prepositions a headline or a sentence opens on, which no
# phrase holds inside it ("Cronaca In Sardegna…": "In" opens the headline).
HEADLINE_OPENS = "|".join(
    """Il Lo La I Gli Le Un Uno Una In Nel Nella Nei Negli Nelle Dal Dalla Dai Per Con Su Sul
    Sulla Sui Tra Fra Da Di Del Della Dei Al Alla Ai Ad Dopo Ecco""".split()
)

WEEKDAY = weekday_pattern()
# A byline's name as a page prints it over the article: two to four capitalised words
# ("Gianni Di Capua"); and the time a stamp may give after its date ("- 16:04").
_BYLINE_NAME = rf"[{UPPER}][{LOWER}'’]+(?:\s+[{UPPER}][{LOWER}'’]+){{1,3}}"
_STAMP_TIME = rf"(?:\s*(?:,|{DASH})?\s*(?:ore\s+)?\d{{1,2}}[:.]\d{{2}})?"
# what stands between the name and the date: a space, or a separator ("-", "·", "|")
_BYLINE_GAP = rf"(?:\s*(?:{DASH}|[·•|,])\s*|\s+)"
# "Laura Naka Antonelli 14 marzo 2018 - 16:04": who wrote it, and when, on one line, in
# either order; the page's text-size buttons ("a a a") may trail it.
BYLINE_AND_STAMP = rule(
    "byline and time stamp",
    rf"^\s*(?:(?:(?i:di|by)\s+)?(?P<author>{_BYLINE_NAME}){_BYLINE_GAP}(?P<date>{FULL_DATE}){_STAMP_TIME}"
    rf"|(?P<date2>{FULL_DATE}){_STAMP_TIME}{_BYLINE_GAP}(?:(?i:di|by)\s+)?(?P<author2>{_BYLINE_NAME}))"
    # a reading time may close it: "· 3 min"
    rf"(?:\s*[·•|]\s*\d{{1,2}}\s*(?:min(?:uti|\.)?|['’])(?: di lettura)?)?"
    r"(?:\s+[aA][-+]?){0,3}\s*$",
    "Laura Naka Antonelli 14 marzo 2018 - 16:04",
    "Mario Rossi 3 luglio 2019",
    "Gianni Di Capua 17 gennaio 2026 a",
    "04 marzo 2018 Matteo Fantozzi",
    "di Mario Rossi 12 marzo 2024",
    "12 Marzo 2024 14:30 - di Mario Rossi",
    "di Mario Rossi · 12 marzo 2024 · 3 min",
    "26 Agosto 2016, di Carlo Benvenuti",
    field="author",
)

# A page's stamp, in the parts every stamp rule reads (one source for the top of the page,
# its end and a line anywhere): the words before it ("Pubblicato il", "Ultimo
# aggiornamento:", "Data:"), its day in figures ("12/03/2024", "12-03-2024", "2024-03-12",
# "2024-03-12T14:30:00"), its hour ("alle 14:30", "| 14:30", ", ore 14.30") and the update
# after it ("(aggiornato alle 15:00)", "- Ultimo aggiornamento: 03-07-2019 06:41").
STAMP_LABEL = (
    # the participle agrees with the page's noun: "Pubblicata il: 11/07/2023" (la notizia)
    r"(?:(?:questo (?:contenuto|articolo) è stato )?(?:pubblicat[oa]|aggiornat[oa]|modificat[oa]|"
    r"inserit[oa]|postat[oa]|ultimo aggiornamento|ultima modifica|"
    # "Data pubblicazione: 12/03/2024", "Agg. 12/03/2024 15:00"
    r"data(?: (?:di )?pubblicazione)?|agg\.|"
    # "Pubblicazione: 03 marzo 2019 alle ore 21:42": the noun
    r"pubblicazione)"
    r"(?:\s+il)?\s*:?\s+)"
)
STAMP_FIGURES = rf"(?:{NUMERIC_DATE}|\d{{1,2}}-\d{{1,2}}-\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}(?=T|\b))"
STAMP_TIME = (
    rf"(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?"
    # ("14.03.2024 h 10:12": the hour after "h")
    rf"|\s*(?:,|{DASH}|\||·|•)?\s*(?:alle\s+)?(?:ore\s+|h\.?\s*)?\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?)"
)
STAMP_UPDATED = (
    # ("… / Modificato il 1 luglio 2024 alle 15:20": after a slash too)
    rf"(?:\s*(?:{DASH}|\||/)?\s*\(?(?:ultimo\s+)?(?:aggiornato|aggiornamento|modificato)"
    rf"(?:\s+(?:il|alle))?(?:\s+ore)?\s*:?\s*"
    # "Ultimo aggiornamento: 8 Gennaio, 13:37": the update's day and month, then its hour
    rf"(?:(?:{WEEKDAY},?\s+)?\d{{1,2}}\s+{MONTH_WORD}(?:\s+\d{{4}})?\s*,?\s*)?(?:alle\s+)?(?:ore\s+)?"
    rf"[\d/ .:-]*\d\)?)"
)

# "19 settembre 2024 b": a lone lower-case letter closing the stamp's line, left by the page's
# layout (a button's or an avatar's letter beside the day); never a word of text
STAMP_STRAY_LETTER = rf"(?:\s+(?-i:[{LOWER}])(?=\s*$))"
# "2 ore fa", "un'ora fa", "Pubblicato 3 anni fa-", "OLTRE 6 MESI FA": how long ago the page
# was published, as its clock says it (not a day: the date line has the day)
STAMP_AGE = (
    r"(?:(?:pubblicat[oa]|aggiornat[oa])\s+)?(?:(?:oltre|più\s+di|circa)\s+)?"
    r"(?:\d{1,2}\s*|un['’]\s*|una\s+|un\s+)"
    r"(?:minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\s+fa(?:\s*[-–—])?"
)
# "24 Ottobre 2025 - 12:45 Redazione": the newsroom signing the page, after its day and hour
STAMP_NEWSROOM = rf"(?:\s*(?:{DASH}|\||·)?\s*(?i:redazione)(?=\s*$))"

# "venerdì, 21 Novembre , 25": the page's date with the year in two figures, after the
# weekday only (the day and month: the date line says the year)
STAMP_SHORT_YEAR = rf"{WEEKDAY},?\s+(?P<date2>\d{{1,2}}\s+{MONTH_WORD})\s*,\s*\d{{2}}(?!\d)"

# A teletext page's time before its headline, "12.27 Open Arms, Salvini conferma"; a
# live page's time or a video's length on a line of its own, "11:59", wherever it stands
# (copy.py takes a line that is the time alone from anywhere in the text).
TIME_OF_DAY = rule(
    "time of day",
    # ("aggiornamento ore 13.31", "Aggiornamento delle 16:01": a live page's update, its
    # hour labelled, on a line of its own)
    r"^\s*(?:(?i:aggiornamento|aggiornato|update)(?:\s+(?i:delle|alle))?\s*(?:ore\s+|:\s*)?)?"
    rf"{CLOCK}(?:(?:\s*{DASH})?\s+(?=[(A-ZÀ-ÖØ-Þ]|\d+°)|\s*$)",
    "12.27 Open Arms, Salvini",
    "aggiornamento ore 13.31",
    "Aggiornamento delle 16:01",
    "13.35 3°mandato, De Luca",
    "11:59",
    "21:50 – In Sudan la guerra",
    "13:52 (ANSA) - IL CAIRO - Il presidente",
)

LEADING: tuple[Rule, ...] = (
    # ". Lo spoglio interminabile…": the full stop of a headline the page lost, left
    # opening the text (a mark and no word: the lead starts after it)
    rule(
        "stray punctuation",
        rf"^\s*[.,;:]+\s*(?=[«“\"{UPPER}0-9])",
        ". Lo spoglio interminabile delle schede",
    ),
    BYLINE_AND_STAMP,  # before the time stamp, which would take its date alone
    # "(Afp) John Elkann": what is left of the opening picture, its credit in brackets and a
    # caption that is a name alone; a dateline's agency is followed by a dash or a sentence
    rule(
        "photo credit and name",
        rf"^\s*\(\s*(?P<photo>{PHOTO_AGENCIES})\s*\)\s+"
        rf"[{UPPER}][{LOWER}’'-]+(?:\s+(?:(?:de|di|da|del|van|von|al|el|bin)\s+)?[{UPPER}][{LOWER}’'-]+){{1,3}}\s*$",
        "(Afp) John Elkann",
        "(Ansa) Giorgia Meloni",
        field="photo",
    ),
    # "S.A. 30 gennaio 2022 Mattarella rieletto…": the author's initials before the page's
    # stamp, on the line the headline runs on; the stamp is the next rule's.
    rule(
        "initials before the time stamp",
        rf"^\s*(?P<author>(?-i:(?:[{UPPER}]\.\s?){{2,3}}))\s+(?=(?:{WEEKDAY},?\s+)?{FULL_DATE})",
        "S.A. 30 gennaio 2022 Mattarella rieletto presidente della Repubblica",
        "M.R. lunedì 3 marzo 2025 Il consiglio approva il bilancio",
        field="author",
        flags=re.I,
    ),
    # "Svizzera, 23 febbraio 2023", "Mondo, 12 marzo 2024" on a line of their own over the
    # headline or the lead: the page's section or place, then its date (the place is no
    # dateline there: the lead's own opens the lead)
    # "CONSIGLIO REGIONALE DELLA SARDEGNA", "COMUNE DI LUCCA": an institution's name in
    # capitals over its press office's notes, as its site prints it (a body's word first)
    rule(
        "institution's masthead",
        r"^\s*(?:CONSIGLIO|GIUNTA|REGIONE|COMUNE|CITTÀ|PROVINCIA|MINISTERO|PREFETTURA|QUESTURA|"
        r"ASSEMBLEA|PRESIDENZA|UNIVERSITÀ|AZIENDA|PARLAMENTO)\s+[A-ZÀ-Ý'’ ]{3,80}$",
        "CONSIGLIO REGIONALE DELLA SARDEGNA",
        "COMUNE DI LUCCA",
    ),
    # "Ufficio Stampa" above the note: the press office's label (after the article, the
    # same words sign it: CLOSING's byline)
    rule(
        "press office's label",
        r"^\s*(?i:ufficio\s+stampa|press\s+office)\s*$",
        "Ufficio Stampa",
    ),
    # "Direttore responsabile: Dott.ssa Carla Ventresca": a registered masthead's legal line
    rule(
        "editor of record",
        r"^\s*(?i:direttore|direttrice)\s+(?i:responsabile)\s*:?\s+[^\n]{2,200}$",
        "Direttore responsabile: Dott.ssa Carla Ventresca",
        "Direttore responsabile Laura Benedetti − martedì 30 aprile 2024 o consulta la mappa",
    ),
    # "Comunicato n° 48 del 4 febbraio 2019", "Nota stampa n. 50": a press office's number
    # for its release, and its day; "XVI Legislatura": the assembly's term, over its notes
    rule(
        "release number",
        r"^\s*(?i:comunicato(?:\s+stampa)?|nota(?:\s+stampa)?|notiziario|informazione|avviso)\s+"
        # ("Nota stampa della seduta n. 81 – Intera giornata": an assembly's sitting, and
        # which part of it)
        r"(?i:della\s+seduta\s+)?(?i:n\.?\s*°?|n°|nr\.?|numero)\s*\d{1,5}(?:/\d{2,4})?"
        rf"(?:\s*,?\s+(?i:del)\s+(?:{WEEKDAY},?\s+)?(?P<date>{FULL_DATE}|{NUMERIC_DATE}))?"
        r"(?:\s*[-–,]?\s*(?i:ore)\s*\d{1,2}[:.]\d{2})?(?:\s+[-–]\s+[^\n\d]{2,40})?\s*$"
        r"|^\s*[IVXL]{1,6}\s+(?i:legislatura)\s*$",
        "Comunicato n° 48 del 4 febbraio 2019",
        "Nota stampa n. 50",
        "Comunicato stampa n. 12 del 3 marzo 2024 ore 12:30",
        "Nota stampa della seduta n. 81 – Intera giornata",
        "XVI Legislatura",
        field="date",
    ),
    # "3 Luglio 2016 | Dalla Pro Loco, Eventi, Foto | Nessun commento": a blog's post line,
    # its day, its categories and its comments' count
    rule(
        "stamp, categories and comments",
        rf"^\s*(?:{WEEKDAY},?\s+)?(?P<date>{FULL_DATE}|{NUMERIC_DATE}){STAMP_TIME}?\s*\|"
        r"[^|\n]{1,160}\|\s*(?i:nessun\s+commento|\d{1,5}\s+comment[oi]|commenti(?:\s*\(?\d{1,5}\)?)?)\s*$",
        "3 Luglio 2016 | Dalla Pro Loco, Eventi, Foto, In evidenza | Nessun commento",
        "12/03/2024 | Cronaca | 2 commenti",
        field="date",
    ),
    rule(
        "section and time stamp",
        rf"^\s*(?P<label>[{UPPER}][{LOWER}’']+(?:\s+[{UPPER}]?[{LOWER}’']+){{0,2}}),\s+"
        rf"(?:{WEEKDAY},?\s+)?(?P<date>{FULL_DATE}){STAMP_TIME}?\s*$",
        "Svizzera, 23 febbraio 2023",
        "Mondo, 12 marzo 2024",
        "Ticino, 03 novembre 2022",
        field="date",
    ),
    rule(
        "time stamp",
        # "[19 Agosto 2019]": in square brackets, as some templates set it
        rf"^\s*(?P<square>\[\s*)?{STAMP_LABEL}?"
        # "05.59 - venerdì 12 settembre 2025": the time first
        # "| 14:34 - 28 Maggio 2022": a pipe left by the page's layout before it
        # "ore 14:30 del 12 marzo 2024": or with "del" between the two
        rf"(?:[|·]\s*)?(?:(?:ore\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:{DASH}|del\b)\s*)?"
        rf"(?:(?:{WEEKDAY},?\s+)?(?P<date>{FULL_DATE}|{MONTH_WORD}\s+\d{{1,2}},\s+\d{{4}}"
        # "martedì 12 Marzo, 2024": a comma before the year
        rf"|\d{{1,2}}\s+{month_name_pattern()},\s+\d{{4}}"
        # "12 marzo - 11:03": no year, where the time follows (the date line's year)
        rf"|\d{{1,2}}\s+{month_name_pattern()}(?=\s*(?:,|{DASH}|\|)?\s*\d{{1,2}}[:.]\d{{2}}))"
        rf"|{STAMP_SHORT_YEAR})"
        rf"{STAMP_TIME}?"
        # the same stamp again, in the page's other format: "… 9.30 07 maggio 2018 - 09:30"
        rf"(?:\s+{FULL_DATE}(?:\s*{DASH}?\s*\d{{1,2}}[:.]\d{{2}})?)?"
        rf"{STAMP_UPDATED}?(?(square)\s*\])"
        rf"(?:\s+{STAMP_AGE})?{STAMP_NEWSROOM}?{STAMP_STRAY_LETTER}?"
        r"\s*[_|]?\s*",
        "Mercoledì 3 Luglio 2019, 06:18 - Ultimo aggiornamento: 03-07-2019 06:41",
        "mer 6 aprile 2022 alle 11:08",
        "19 settembre 2024 b",
        "24 Ottobre 2025 - 12:45 Redazione",
        "Pubblicato il 23 Ottobre 2016 - 19:12 OLTRE 6 MESI FA",
        "[19 Agosto 2019]",
        "Sabato 7 Gennaio 2017, 15:34 - Ultimo aggiornamento: 8 Gennaio, 13:37",
        "Aggiornato il 12 marzo 2024 alle 14:30",
        "Pubblicazione: 03 marzo 2019 alle ore 21:42",
        "Ultimo aggiornamento: 12 marzo 2024, 14:30",
        "12 marzo 2024 (aggiornato alle 15:00)",
        "21 Agosto 2024_ L'ex primo ministro",
        "23 Marzo 2022",
        "3 settembre 2018 22:16",
        "Ottobre 31, 2022",
        "martedì 12 Marzo, 2024",
        "12 marzo - 11:03",
        "Martedì, 15 settembre 2020 - 18:00:00",
        "05.59 - venerdì 12 settembre 2025",
        "venerdì, 21 Novembre , 25",
        "| 14:34 - 28 Maggio 2022",
        "ore 14:30 del 12 marzo 2024",
        "12 marzo 2024 · 14:30",
        "Questo contenuto è stato pubblicato il 7 maggio 2018 9.30 07 maggio 2018 - 09:30",
        field="date",
        flags=re.I,
    ),
    # "06/09/2025 06:00:00": the page's day and time in figures, alone on its line, or
    # before the lead with a dash, as a dateline without a place ("20/01/2022 - C'è di…").
    rule(
        "numeric time stamp",
        # ("14:30 del 12/03/2024": the hour first)
        rf"^\s*(?:{STAMP_LABEL}|(?:{CLOCK}\s+)?del\s+)?(?P<date>{STAMP_FIGURES}){STAMP_TIME}?{STAMP_UPDATED}?"
        # ("… 10:12 commenti": the link to the comments the stamp's line ends on)
        rf"(?:\s+(?:\d{{1,5}}\s+)?commenti)?(?:\s*$|\s*{DASH}\s+(?=[{UPPER}«“\"]))",
        "06/09/2025 06:00:00",
        "Data: 12/03/2024",
        "12-03-2024",
        "2024-03-12T14:30:00",
        "12/03/2024 alle 14:30",
        "ultimo aggiornamento 12/03/2024 15:00",
        "12.03.2021 - 14:30",
        "Pubblicato il 18/12/2018 alle ore 17:54:00",
        "Pubblicata il: 11/07/2023",
        "del 2023-08-27",
        "14:30 del 12/03/2024",
        "14.03.2024 h 10:12 commenti",
        "20/01/2022 - C'è di nuovo il maceratese",
        field="date",
        flags=re.I,
    ),
    # After the stamps: "Venerdì 29 Dicembre 2017 - Ultimo aggiornamento: 08:56 ©
    # RIPRODUZIONE RISERVATA" gives its day before the notice goes.
    COPYRIGHT_LINE,
    CLIPPING_NOTE,
    SOURCE_LINE,
    # "Il Sindaco:", "La nota della Prefettura:": who speaks the text that follows, a label
    # of its own over a statement printed as it was issued.
    rule(
        "speaker label",
        rf"^\s*(?P<source>(?:il|lo|la|l['’]|i|gli|le)\s*[{UPPER}{LOWER}][{LOWER}]+"
        rf"(?:\s+[\w'’]+){{0,3}})\s*:\s*$",
        "Il Sindaco:",
        "La nota della Prefettura:",
        field="source",
        flags=re.I,
    ),
    rule(
        "source address",
        r"^\s*\(\s*fonte\s*:?\s*(?P<source>https?://[^\s)]+)\s*\)\s*(?:-\s*del\s+(?P<date>\d{4}-\d{2}-\d{2})\s*)?$",
        "(fonte: https://www.tgcom24.mediaset.it/) - del 2020-12-17",
        field="source",
        flags=re.I,
    ),
    rule(
        "source before the dateline",
        rf"^\s*(?i:da\s+)?(?P<source>{SITE_NAME})\s*{DASH}\s+",
        "quotidiano.net – Tripoli, 17 maggio 2022 –",
        "Liberoquotidiano.it - Medioriente, entrata in vigore la tregua",
        "da Wired.it – Proprio nei giorni in cui",
        field="source",
    ),
    # "Foto: Afp" alone above the article: the credit of the picture the page opened with.
    rule(
        "photo credit",
        # a gallery counts its pictures first: "1/22 credits: …"
        # ("Video: Reuters", "Fotografia: Ap": the opening video's credit, the word in full)
        r"^\s*(?:\d{1,3}\s*/\s*\d{1,3}\s+)?(?:fotografi[ae]|foto|photo|ph|credits?|video(?=\s*:\s*(?-i:[A-ZÀ-Ý])))\s*(?::|©)\s*(?P<photo>[^\n.!?]{2,60}?)\s*$",
        "Foto: Afp",
        "Video: Reuters",
        "Foto © ANSA",
        "1/22 credits: Brescia e Amisano/Teatro alla Scala",
        field="photo",
        flags=re.I,
    ),
    # "foto Ansa": the credit of the opening picture, without a colon, naming its agency.
    rule(
        "photo credit naming its agency",
        rf"^\s*(?i:foto|photo|ph)\s+(?P<photo>{PHOTO_AGENCIES})\s*$",
        "foto Ansa",
        "Foto Reuters",
        field="photo",
    ),
    # "foto Splash News", "Foto KCNA", "foto Ap/Lapresse": a credit without a colon, alone
    # on its line, naming someone in capitals, or two agencies with a slash (a gallery's
    # "Foto Gallery" is page chrome, not a credit); "Foto di Marco Lentini | Studio Lentini":
    # the photographer after "di", and the studio or agency after a bar
    rule(
        "photo credit without a colon",
        rf"^\s*(?i:foto|photo|ph)\s+(?:(?i:di|by)\s+)?(?!(?i:gallery|galleria|notizia|video)\b)"
        rf"(?P<photo>[{UPPER}][\w’'.&-]*(?:(?:[ \t]+|[ \t]*[/|][ \t]*)[{UPPER}][\w’'.&-]*){{0,4}})\s*$",
        "foto Splash News",
        "Foto KCNA",
        "foto Ap/Lapresse",
        "Foto di Marco Lentini | Studio Lentini",
        field="photo",
    ),
    rule(
        "photo credit in brackets",
        r"^\s*\(\s*(?i:foto)\s*:?\s*(?P<photo>[^()\n]{2,60}?)\s*\)\s*",
        "(foto: Omar Messinger-Pool/Getty Images) Sedici tra paesi",
        field="photo",
    ),
    # "Ufficio Stampa – Comando Provinciale dei Carabinieri di Pavia": the press office a
    # release comes from, over it, which is its source
    rule(
        "press office line",
        rf"^\s*(?i:ufficio\s+stampa|comunicato\s+stampa)\s*(?:{DASH}|:|\|)\s*(?P<source>[{UPPER}][^\n.!?]{{2,100}}?)\s*$",
        "Ufficio Stampa – Comando Provinciale dei Carabinieri di Pavia",
        "Comunicato stampa: Regione Umbria",
        field="source",
    ),
    # An aggregator names where it took the text from, alone on the first line.
    rule(
        "agency line",
        r"^\s*(?P<source>" + _AGENCY_FORMS + r")\s*$",
        "Agenzia Nova",
        field="source",
        flags=re.I,
    ),
    # "Agenzia Vista / Marco Delli / CorriereTv": a video agency's credit, its camera
    # operator and the site that carries it (a picture agency's "ANSA/ETTORE FERRARI" is a
    # photo credit, for its own rule)
    rule(
        "agency and its camera operator",
        rf"^\s*(?!(?:{PHOTO_AGENCIES})\s*/)(?P<agency>{_AGENCY_FORMS})\s*/\s*"
        rf"[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,3}}(?:\s*/\s*[\w'’. -]{{2,30}}?)?\s*$",
        "Agenzia Vista / Marco Delli / CorriereTv",
        "Agenzia Vista / Alexander Jakhnagiev",
        field="agency",
    ),
    # The page's own address: its `url`, and the day its path states ("/20211202/",
    # "/2021/12/02/").
    rule(
        "address",
        r"^\s*(?P<url>https?://\S+)\s*$",
        "https://it.sputniknews.com/mondo/2021.html",
        "https://it.sputniknews.com/20211202/in-libia-tribunale-14022087.html",
        field="url",
    ),
    TIME_OF_DAY,
    # "Home > Video > …": where the page sits in its site.
    rule(
        "breadcrumb",
        r"^\s*(?i:home|homepage)\s*[>›»]\s*(?:[^>›»\n]{1,40}?\s*[>›»]\s*)*"
        # The separators were pictures: "Home Video News Pillole Schifani …", the site's
        # sections by name.
        rf"|^\s*(?i:home|homepage)(?:\s+(?:{SECTIONS}))+\s+(?=[{UPPER}«“\"])"
        # "News | Software": a section and its subsection, alone on their line
        rf"|^\s*(?:{SECTIONS})\s*[|>›»/]\s*[{UPPER}][\w’' ]{{1,30}}\s*$"
        # "HomeNotizie ItaliaElezioni regionali…": the trail's words run together where its
        # separators were pictures, alone on their line
        rf"|^\s*Home(?=[{UPPER}][{LOWER}])[^\n]{{0,200}}$"
        # "Città di Novara > Ufficio Stampa > Comunicati stampa 2021 > MARZO": a trail of three
        # steps or more, whatever its first, alone on its line
        r"|^\s*[^>›»\n]{1,40}?(?:\s+[>›»]\s+[^>›»\n]{1,60}?){2,6}\s*$"
        # "Bosnia » Osservatorio Balcani Notizie": two steps, where the mark is a guillemet
        # that no opening one pairs (no quotation closes so)
        r"|^\s*[^>›»«‹\n]{1,40}?\s+[›»]\s+[^>›»«‹\n]{1,60}?\s*$"
        # "/ Cronaca", "| ANSA - VideoNews": a line opening on a separator, the rest of a
        # trail or of a bar of labels whose first step was a picture; no sentence opens so
        r"|^\s*[/|]\s*[^\n]{1,80}$",
        "Home > Video > Zelensky tornato a Kiev",
        "HomeNotizie ItaliaElezioni regionali Veneto, Stefani guida il nuovo Consiglio",
        "News | Software",
        "Città di Novara > Ufficio Stampa > Comunicati stampa 2021 > MARZO",
        "Bosnia » Osservatorio Balcani Notizie",
        "/ Cronaca",
        "| ANSA - VideoNews CONTINUA A LEGGERE »",
        "Home Video News Pillole Schifani “Rimpasto?”",
        "Home Esteri Medio Oriente Gaza, la tregua regge",
    ),
    rule(
        "section label",
        # "IN EVIDENZA": a label may open on a short word when more capitals follow (copy.py
        # then wants a headline after it: "IL MINISTRO Rossi ha detto…" opens a lead)
        rf"^\s*(?P<label>(?:[{UPPER}]{{4,20}}|[{UPPER}]{{2,3}}(?=\s+[{UPPER}]{{2}}))"
        # "CORONAVIRUS FONTANETTO PO. Primo caso…": closed by a full stop, as a kicker may be
        rf"(?:\s+[{UPPER}0-9]{{2,20}}){{0,3}})\.?\s+(?=[{UPPER}][{LOWER}])",
        "ESTERI Libia: Sarraj firma",
        "CORONAVIRUS FONTANETTO PO. Primo caso di coronavirus in paese.",
        "ELEZIONI POLITICHE 2022 Elezioni 2022. Vince il centrodestra",
        "IN EVIDENZA Il Leone D'Oro di Venezia 79 è stato vinto",
    ),
    # "CICLISMOL'arrivo all'Alpe d'Huez…", "BREAKING NEWSDalla Mare Jonio…": a kicker in
    # capitals glued to the lead where the page lost the line between; the glued word is
    # an article or a preposition in title case, which no word in capitals ends on (never a
    # one-letter one: "VILLA Il…" is no "VILL" glued to "A"). copy.py leaves a place to the
    # dateline ("TRIPOLIIl governo…").
    rule(
        "section label glued to the lead",
        rf"^\s*(?P<label>[{UPPER}]{{4,20}}(?:\s+[{UPPER}]{{2,20}}){{0,2}})"
        rf"(?=(?:{'|'.join(w for w in HEADLINE_OPENS.split('|') if len(w) > 1)})\s"
        rf"|L['’][{LOWER}])",
        "CICLISMOL'arrivo all'Alpe d'Huez consegna a Geraint Thomas",
        "BREAKING NEWSDalla Mare Jonio in pattugliamento",
    ),
    # "Attualità - Lo segnala…": the section the page was filed under, before a dash, over
    # its headline (copy.py leaves a place to the dateline: "Roma - Il governo…")
    rule(
        "section before a dash",
        # ("ESTERI - 12 marzo 2024": or before the page's date)
        rf"^\s*(?P<label>(?i:{SECTIONS}))\s*(?:{DASH}|\|)\s+(?=[{UPPER}«“\"]|{FULL_DATE}|{NUMERIC_DATE})",
        "Attualità - Lo segnala Emanuela Dei",
        "Esteri | 12 marzo 2024",
        "CRONACA – Incidente sulla statale",
    ),
    # "Cronaca In Sardegna si tornerà alle urne…": the section's name run into the headline
    # where the page set them on two lines. A capitalised article or preposition follows no
    # word inside a phrase, so it opens the headline (copy.py leaves a place to the dateline
    # and wants a headline after it).
    rule(
        "section run into the headline",
        rf"^\s*(?P<label>{SECTIONS})\s+(?=(?:{HEADLINE_OPENS})\s|L['’][{UPPER}{LOWER}])",
        "Cronaca In Sardegna si tornerà alle urne domenica 25 e lunedì 26 ottobre",
        "Politica Il governo prepara la manovra",
    ),
    # "PIERO CHIMENTI - Svolta storica…": the author in capitals before the lead's dash
    # (copy.py checks it names no place and ends on a surname).
    rule(
        "byline in capitals",
        rf"^\s*(?P<author>[{UPPER}][{UPPER}'’]+(?:\s+[{UPPER}][{UPPER}'’]+){{1,2}})\s+{DASH}\s+"
        rf"(?=[«“\"]?[{UPPER}])",
        "PIERO CHIMENTI - Svolta storica in Libia",
        field="author",
    ),
    # "#Elezioni 2018 Exit poll: M5s primo partito": the page's tag over its headline.
    rule(
        "hashtag label",
        rf"^\s*#[{UPPER}{LOWER}\d_]{{2,30}}(?:\s+\d{{4}})?\s+(?=[{UPPER}«“\"])",
        "#Elezioni 2018 Exit poll: M5s primo partito",
        "#Ucraina Zelensky a Roma",
    ),
    # "Ambiente", "Esteri", "Primo piano": the site's section, alone above the article; "IL
    # CASO", "L'intervista": a newspaper's kicker, its noun with its article, in capitals or
    # not (no sentence is an article and a noun alone).
    rule(
        SECTION_WORD_RULE,
        rf"^\s*(?P<label>[{UPPER}](?:[{LOWER}]{{3,20}}|[{UPPER}]{{3,20}})"
        rf"|(?:IL|LO|LA|I|GLI|LE)\s+[{UPPER}]{{3,20}}|L['’]\s*[{UPPER}]{{3,20}}"
        rf"|(?:Il|Lo|La|Gli|Le)\s+[{LOWER}]{{3,20}}|L['’]\s*[{LOWER}]{{3,20}}"
        rf"|(?i:{SECTIONS}))\s*$",
        "Ambiente",
        "Esteri",
        "CRONACA",
        "IL CASO",
        "L'INTERVISTA",
        "Il retroscena",
        "Primo piano",
    ),
    # "di: Mario Rossi - del 2019-12-20", "di: Comunicato Stampa - del 2019-12-20": the
    # byline and the page's date on one line (a press release is no one's name)
    rule(
        "byline and date",
        rf"^\s*di\s*:\s*(?:(?i:comunicato\s+stampa|redazione)|(?P<author>[{UPPER}][^\n]{{1,60}}?))"
        rf"\s*{DASH}\s*del\s+(?P<date>{STAMP_FIGURES}|{FULL_DATE})\s*$",
        "di: Comunicato Stampa - del 2019-12-20",
        "di: Mario Rossi - del 3 marzo 2021",
        field="date",
    ),
    # "Emilia Romagna", "Reggio Calabria", "Valle d'Aosta": the region or town the page was
    # filed under, its name alone above the page's date or headline (copy.py checks that it
    # is a place, and what follows)
    rule(
        "place tag",
        rf"^\s*(?P<label>[{UPPER}][{LOWER}'’]+(?:[ -](?:[{UPPER}][{LOWER}'’]+|d['’]\s?[{UPPER}][{LOWER}]+"
        rf"|di|del|della|sul|in)){{1,3}})\s*$",
        "Emilia Romagna",
        "Reggio Calabria",
        "Valle d'Aosta",
    ),
    # "Di euronews": the site as the byline, its name in lower case as it brands itself.
    rule(
        "site as byline",
        rf"^\s*(?i:di|by)\s+[{LOWER}][{LOWER}0-9.]{{2,30}}\s*$",
        "Di euronews",
    ),
    # "NordEst – “Ho chiesto…”": the outlet's name, written as it brands itself, where a
    # dateline would stand.
    rule(
        "site name before the lead",
        # not an agency's name, written the same way: "AgenPress –" is the dateline
        rf"^\s*(?!(?i:{_AGENCY_FORMS})\s*{DASH})"
        rf"[{UPPER}][{LOWER}]+[{UPPER}][{LOWER}]+\s*{DASH}\s+(?=[{UPPER}«“\"])",
        "NordEst – “Ho chiesto al presidente della Repubblica",
    ),
    # "Usa 2024 – Il presidente…", "Mondiali 2026 – La nazionale…": a rubric, an event's
    # name and its year, where a dateline would stand (no dateline gives a year alone);
    # not a month and its year, a timeline's date ("MARZO 2018 - Donald Trump annuncia…")
    rule(
        "rubric with its year",
        rf"^\s*(?!{month_and_year()})"
        rf"[{UPPER}][\w'’]+(?:\s+[\w'’]+){{0,2}}\s+(?:19|20)\d\d\s*{DASH}\s+"
        rf"(?=[«“\"]?[{UPPER}](?:[{LOWER}]|\s))",
        "Usa 2024 – Il presidente Usa Joe Biden si ritira dalla corsa",
        "Speciale Mondiali 2026 - La nazionale parte oggi",
    ),
    # "Giuseppe Sala (Fotogramma) C’è un folletto…": the opening picture's caption and its
    # agency in brackets, run into the lead where the page lost the line between them; an
    # agency that sells pictures only ("ROMA (ANSA) Il governo…" is a wire's dateline)
    rule(
        "photo caption run into the lead",
        rf"^\s*[{UPPER}][^()\n.!?]{{2,80}}?\s*\(\s*(?P<photo>{PICTURE_ONLY_AGENCIES})\s*\)\s+"
        rf"(?=[«“\"]?[{UPPER}](?:[{LOWER}'’]|\s))",
        "Giuseppe Sala (Fotogramma) C’è un folletto maligno",
        "Il presidente al Quirinale (Imagoeconomica) Il capo dello Stato ha firmato",
        field="photo",
    ),
    # "Versione stampabileÈ stata presentata…", "Tempo di lettura: < 1 minutoIeri sera…": a
    # page's button or reading time run into the lead where the page's layout lost its line
    rule(
        "button run into the lead",
        rf"^\s*(?:(?i:versione\s+stampabile|stampa|riproduci|ascolta)"
        rf"|(?i:tempo\s+di\s+lettura)\s*:?\s*<?\s*\d{{1,2}}\s*(?i:minut[oi]|min\.?)\s*)"
        rf"(?=[«“\"]?[{UPPER}](?:[{LOWER}'’]|\s))",
        "Versione stampabileÈ stata presentata questa mattina",
        "Tempo di lettura: < 1 minutoIeri sera, lungo la statale",
        "Tempo di lettura: 3 minuti Il consiglio comunale",
    ),
    # "Riceviamo e pubblichiamo – “Gentile direttore…": the publisher's note that a reader's
    # letter or a release follows, run into it (alone on its line, it is page chrome)
    rule(
        "publisher's note run into the text",
        rf"^\s*(?i:riceviamo\s+e\s+pubblichiamo)\s*(?:[.:]|{DASH})\s*(?=[«“\"]?[{UPPER}])",
        "Riceviamo e pubblichiamo – “Gentile direttore, in via Roveto",
        "RICEVIAMO E PUBBLICHIAMO – Gentile redazione, la strada",
        "Riceviamo e pubblichiamo: Il comitato di quartiere chiede",
    ),
    # "Mogadiscio attentato | Nella mattinata…": the page's keywords, a bar between them and
    # the lead (copy.py wants no verb in them); or a slash, after keywords in capitals ("IRAQ
    # ERBIL 400 ITALIANI / Sono ore di grande tensione…")
    rule(
        "keywords before a bar",
        rf"^\s*(?P<label>[{UPPER}][\w'’]+(?:\s+[\w'’]+){{0,3}})\s+(?:\||(?<=[{UPPER}0-9]\s)/)\s+"
        rf"(?=[«“\"]?[{UPPER}](?:[{LOWER}]|\s))",
        "Mogadiscio attentato | Nella mattinata un'autobomba",
        "Nairobi attentato | Un commando ha assaltato",
        "IRAQ ERBIL 400 ITALIANI / Sono ore di grande tensione",
    ),
    # "Giornale di Brescia", "Quotidiano di Gela": a local paper's masthead, alone above
    # the article, named as such papers are: a newspaper's noun and its town.
    rule(
        "masthead",
        rf"^\s*(?:(?:Il|La|Lo|L['’])\s*)?(?:Giornale|Quotidiano|Corriere|Gazzetta|Gazzettino|Eco"
        rf"|Voce|Cronache?|Tribuna|Provincia|Nuova|Messaggero|Notizie|Notiziario|Informatore"
        rf"|Piccolo|Settimanale|Diario)\s+(?:di|del|della|dello|dell['’]\s*|dei|degli|delle)\s*"
        rf"[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,2}}\s*$",
        "Giornale di Brescia",
        "Quotidiano di Gela",
        "La Voce di Rovigo",
    ),
    rule(
        "site name",
        rf"^\s*(?:[{LOWER}][{LOWER}0-9.]{{2,30}}|[{UPPER}][{LOWER}]+[{UPPER}][{LOWER}]+)\s*$",
        "globalist",
        "MeteoWeb",
    ),
    # "CALCIOWEEK.it", "TuttoBari.net", "www.shutterstock.com": a site's address alone on its
    # line, the site that printed the page or the one that sold its picture (which of them,
    # the line does not say: no field)
    rule(
        "site's address",
        rf"^\s*(?:www\.)?{SITE_NAME}\s*$",
        "CALCIOWEEK.it",
        "TuttoBari.net",
        "www.shutterstock.com",
    ),
    # An occhiello: a few words in lower case over the headline ("verso la tregua"), the
    # year of an event after them ("politiche 2022").
    rule(
        "kicker",
        rf"^\s*[{LOWER}][{LOWER}'’ ]{{2,40}}(?:\s+(?:19|20)\d\d)?\s*$",
        "verso la tregua",
        "politiche 2022",
    ),
    # "• Mondo • sabato 21 Novembre 2015", "• on giugno 4, 2021": a theme's labels, each
    # after its bullet, above the article (a bulleted summary's points are sentences)
    rule(
        "bulleted labels",
        r"^\s*(?:[•·▪]\s*[^•·▪\n.!?;]{1,30}?\s*){1,4}$",
        "• Mondo • sabato 21 Novembre 2015",
        "• on giugno 4, 2021",
    ),
    # "svezia Nato" over "Svezia presto nella Nato, …": the page's keywords, opening in lower
    # case as a tag list does, each a word of the headline under it (copy.py checks that)
    rule(
        "keywords over the headline",
        rf"^\s*[{LOWER}][\w'’-]*(?:\s+[\w'’-]+){{1,4}}\s*$",
        "svezia Nato",
        "migranti Lampedusa Ong",
    ),
    # "Marina Tomarro – Città del Vaticano": who wrote it, and where.
    rule(
        "byline and place",
        rf"^\s*(?P<author>[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}'’]+){{1,2}})\s+{DASH}\s+"
        rf"(?P<label>[{UPPER}][\w'’ ]{{2,40}}?)\s*$",
        "Marina Tomarro – Città del Vaticano",
        field="author",
    ),
    rule(
        "author's note",
        r"^\s*(?:redattore|redattrice|giornalista|scrittore|scrittrice|collaboratore|collaboratrice|"
        r"(?:web\s+)?content\s+writer|copywriter|blogger)"
        r"\b[^\n]{0,300}$",
        "Redattore esperto di economia, appassionato di tecnologia",
        "Web content writer e curiosa ricercatrice di notizie, ha collaborato con blog",
        flags=re.I,
    ),
    rule(
        "desk code",
        rf"^\s*(?P<desk>[{UPPER}]{{2,4}}-[{UPPER}]{{2,4}})\s*$",
        "GUE-CB",
        field="desk",
    ),
    # "(red.) Torna l’evento…": the desk's initials in lower case, in brackets, opening the
    # lead (an agency's tag is in capitals, "(ANSA) -", and read with the dateline).
    rule(
        "desk initials before the lead",
        # (not an agency's tag in lower case: "(dire) Roma, 12 mar. -" is the dateline's)
        rf"^\s*\((?!\s*(?i:{_AGENCY_FORMS})\s*\))(?P<desk>[{LOWER}]{{1,4}}\.?(?:[{LOWER}]{{1,4}}\.?){{0,3}})\)\s*(?=[{UPPER}«“\"])",
        "(red.) Torna l’evento di divulgazione scientifica",
        "(gp) Il sindaco ha firmato",
        field="desk",
    ),
    UPDATING_NOTICE,
    # "(Notizia in aggiornamento). Il Nobel 2022 per la Medicina va…": the same notice in
    # brackets, run into the lead
    rule(
        "updating notice before the lead",
        rf"^\s*[(\[]\s*{_BEING_UPDATED}\s*[)\]]\s*[.:]?\s*(?=(?-i:[{UPPER}«“\"]))",
        "(Notizia in aggiornamento). Il Nobel 2022 per la Medicina va",
        "[In aggiornamento] Il governo ha approvato",
        flags=re.I,
    ),
    NEWSROOM_SIGNATURE,
)

# A day in an address's path: "/20211202/", "/2021/12/02/", "/2021-12-02-".
URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})(?P<sep>[/-]?)(?P<month>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<day>0[1-9]|[12]\d|3[01])(?=[/_-]|\.html?\b|$)"
)
# "…alle elezioni... 02.12.2021, Sputnik Italia": a standfirst that ends on the page's date
# and the outlet's name.
STANDFIRST_STAMP = rule(
    "date after the standfirst",
    rf"\s*(?P<date>{NUMERIC_DATE})(?:\s*,\s*(?P<source>[{UPPER}][^,.\n]{{1,40}}))?\s*$"
    # "… su Google Play. Pubblicato il 03 giugno 2020 da Redazione": labelled, after the
    # standfirst's last sentence, and signed (copy.py keeps a person's name as the author)
    rf"|(?<=[.!?\"”»’'])\s+(?i:pubblicat[oa]|aggiornat[oa])(?:\s+il)?\s*:?\s*"
    rf"(?P<date2>(?i:{FULL_DATE})|{NUMERIC_DATE})(?:,?\s+(?i:alle\s+|ore\s+)?{CLOCK})?"
    rf"(?P<signature>\s+(?i:da|di)\s+[{UPPER}][\w’'.-]*(?:\s+[{UPPER}][\w’'.-]*){{0,3}})?\s*$",
    "alle elezioni... 02.12.2021, Sputnik Italia",
    "l'adesione del Paese alla NATO. 08.01.2023",
    "su Google Play. Pubblicato il 03 giugno 2020 da Redazione",
    field="date",
)
# "Attentato Nizza: terrore sulla Promenade, il camion piomba sulla folla 22 aprile 2021":
# the page's date run into the end of the headline.
HEADLINE_STAMP = rule(
    "date after the headline",
    # ("… di Fosson Pubblicato: Sabato, 14 Dicembre 2019 11:15": with its label, its weekday
    # and its hour)
    rf"\s+(?:(?i:pubblicato|aggiornato)(?:\s+il)?\s*:?\s*)?(?:(?i:{WEEKDAY}),?\s+)?"
    rf"(?P<date>{FULL_DATE})(?:,?\s+(?i:alle\s+|ore\s+)?\d{{1,2}}[:.]\d{{2}})?\s*$",
    "il camion piomba sulla folla 22 aprile 2021",
    "Regione, cosa accadrà dopo le dimissioni Pubblicato: Sabato, 14 Dicembre 2019 11:15",
    field="date",
)
# "…finanziati 3.700 «Prin» di Eugenio Bruno": the author run into the end of the headline
# (copy.py checks that the name opens on a first name and that the body never names it).
HEADLINE_BYLINE = rule(
    "byline after the headline",
    rf"\s+(?i:di|by)\s+(?P<author>[{UPPER}][{LOWER}’'-]+\s+"
    rf"(?:(?:de|di|da|del|della|van|von|la|le)\s+)?[{UPPER}][{LOWER}’'-]+)\s*$",
    "La ricerca fa il pieno di progetti: finanziati 3.700 «Prin» di Eugenio Bruno",
    field="author",
)
# A name in a byline: "Mario Rossi", "Luca Di Capua", "Adnkronos".
_AUTHOR_NAME = rf"[{UPPER}][\w’'.-]*(?:\s+(?:(?:de|di|da|del|della|van|von|la|le|al|el)\s+)?[{UPPER}][\w’'.-]*){{0,3}}"
# "dal nostro inviato", "dalla nostra corrispondente": a byline's label for who filed it
_ENVOY = r"dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa]|corrispondente)(?:\s+speciale)?"
# ", inviato a Bruxelles", ", corrispondente da Parigi": where the author filed from
_ENVOY_PLACE = (
    rf"\s*,\s*(?i:(?:nostr[oa]\s+)?(?:inviat[oa]|corrispondente)(?:\s+speciale)?)\s+"
    rf"(?i:a|da|in|ad)\s+[{UPPER}][\w'’-]*(?:\s+[\w'’-]+){{0,3}}"
)
# "di Mario Rossi | 12/03/2024 | 3 min": a reading time after the byline and its date
_READING_TIME = r"\d{1,2}\s*(?:min(?:uti|uto|\.)?|['’])(?:\s+di\s+lettura)?"
# "Di: Adnkronos, foto Tag43", "di Mario Rossi", "di Mario Rossi e Luca Bianchi": who wrote
# it, under the headline.
# "di Comando Provinciale Carabinieri Reggio Calabria", "Di: Ufficio stampa Comune di Lucca":
# a press office signing its release, however many words its name has
_OFFICE_AUTHOR = (
    rf"(?:Comando|Questura|Prefettura|Ufficio\s+[Ss]tampa|Polizia\s+[Ll]ocale|Comune\s+di|Regione)"
    rf"(?:\s+(?:di|del|della|dei|delle)?\s*[{UPPER}][\w’'.-]*){{1,6}}"
)
BYLINE_UNDER_HEADLINE = rule(
    "byline under the headline",
    # ("dal nostro inviato Mario Rossi", "di Mario Rossi, inviato a Bruxelles": and where
    # they filed from)
    rf"^\s*(?i:di|by|a cura di|scritto da|autore|autrice|(?:il |un )?(?:servizio|video|reportage) di|{_ENVOY})\s*:?\s+(?P<author>(?i:redazione)\s+(?!{NUMERIC_DATE}|[/|·•–-])\S+(?:\s+[{UPPER}][\w’'.-]*){{0,2}}|{_OFFICE_AUTHOR}|(?!(?i:redazione)\b){_AUTHOR_NAME}(?:(?:\s*,\s*(?!(?i:(?:nostr[oa]\s+)?(?:inviat|corrispondent)))|\s+e\s+){_AUTHOR_NAME}){{0,3}})"
    rf"(?:{_ENVOY_PLACE})?"
    # ("di Mario Rossi (ANSA)", "di Mario Rossi @mariorossi": the wire, or the writer's
    # handle, after the name)
    rf"(?:\s*[(\[]\s*(?P<agency>{_AGENCY_FORMS})\s*[)\]]|\s+@[\w.]{{2,30}})?"
    # ("di Mario Rossi - Roma", "… - Il Tempo": where they filed from, or for whom, after a dash)
    rf"(?:\s+[-–]\s+(?![{UPPER}][{LOWER}]+\s+[{LOWER}])[{UPPER}][{LOWER}'’]+(?:\s+[{UPPER}][{LOWER}'’]+)?(?=\s*$))?"
    # ("… il 4 marzo 2024", "…, pubblicato il 12 mar 2024": and the day, said so)
    # ("| Pubblicata il: 25/04/2023 - 00:02:23 Letto 720 volte": the label of the day, its
    # hour to the second, and the page's count of readers)
    rf"(?:\s*,\s*(?i:foto)\s*:?\s+(?P<photo>[^,\n]{{2,40}}?))?(?:(?:\s*,?\s+(?i:pubblicat[oa]\s+)?(?i:il)\s+|\s+|\s*[-–|·•/]\s*(?:(?i:pubblicat[oa]\s+il)\s*:?\s*)?)(?:{WEEKDAY},?\s+)?(?P<date>{FULL_DATE}|{NUMERIC_DATE})"
    # ("- 12/03/2024 14:30": and the hour)
    rf"(?:\s*[,|-]?\s*(?:(?i:ore)\s+)?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?)?(?:\s+(?i:letto\s+\d[\d.]*\s+volte))?)?"
    # ("di Giulia Verdi -": a dash the template sets after it)
    rf"(?:\s*[-–|·•]\s*{_READING_TIME})?(?:\s*[-–—])?\s*$"
    # "(di Andrea Rossi)-", "(dall'inviata Laura Bianchi)": in brackets
    rf"|^\s*\(\s*(?i:di|a cura di|{_ENVOY}|dall['’]\s*inviat[oa]|dalla\s+inviata)\s+"
    rf"(?P<author2>{_AUTHOR_NAME}(?:\s+e\s+{_AUTHOR_NAME})?)\s*\)\s*(?:[-–—]+)?\s*$"
    # "Giulia Ferri - Paolo Neri martedì 12 marzo 2024", "Giulia Ferri, Pesaro martedì…",
    # "Redazione Internet venerdì 8 marzo 2024": the writers (or the newsroom), perhaps
    # their place, then the day with its weekday, as a page prints them under its headline
    rf"|^\s*(?:(?P<author3>{_AUTHOR_NAME}(?:\s*[-–]\s*{_AUTHOR_NAME})?)|(?i:redazione)(?:\s+[\w.]+)?)"
    rf"(?:\s*,\s*[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)?)?\s+(?i:{WEEKDAY}),?\s+(?P<date3>{FULL_DATE})\s*$"
    # "di mad": a desk's initials in lower case, where a name would stand
    rf"|^\s*di\s+(?P<desk>[{LOWER}]{{2,4}})\s*$"
    # "Dalla nostra inviata": the label alone, the name on the page's other line
    rf"|^\s*(?i:{_ENVOY})\s*$",
    "Di: Adnkronos, foto Tag43",
    "di Mario Rossi",
    "Di: Redazione Sardegna Live",
    "di Comando Provinciale Carabinieri Reggio Calabria",
    "dal nostro inviato Mario Rossi",
    "di Mario Rossi, inviato a Bruxelles",
    "di Giulia Verdi -",
    "Scritto da Marco Toniolo il 4 marzo 2024",
    "Giulia Ferri - Paolo Neri martedì 12 marzo 2024",
    "Redazione Internet venerdì 8 marzo 2024",
    "di Mario Rossi, pubblicato il 12 marzo 2024",
    "(di Andrea Rossi)-",
    "(dall'inviata Laura Bianchi)",
    "di Mario Rossi | 12/03/2024 | 3 min",
    "di Palermomania.it | Pubblicata il: 25/04/2023 - 00:02:23 Letto 720 volte",
    "Dalla nostra inviata",
    "Di redazione Blogo.it mercoledì 3 luglio 2019",
    "di Redazione Zazoom - martedì 20 febbraio 2024",
    "Il servizio di Silvia Pelliccioni",
    "di mad",
    "di Simona Neri e Luca Bianchi",
    "di Mario Rossi (ANSA)",
    "di Mario Rossi - 12/03/2024 14:30",
    "di Mario Rossi - Roma",
    field="author",
)

# "Marco Grigis,": a name alone over the lead, without "di" (copy.py checks that it opens on
# a first name and that prose follows, not a headline). "Valentina Lupia per “la Repubblica”",
# "Michele Arnese per www.startmag.com": the author and the outlet a page took the article
# from, as a press review credits a reprint; the outlet is the source.
BYLINE_ABOVE_LEAD = rule(
    "byline above the lead",
    rf"^\s*(?P<author>[{UPPER}][{LOWER}’'-]+(?:\s+(?:(?:de|di|da|del|della|van|von|la|le)\s+)?"
    rf"[{UPPER}][{LOWER}’'-]+){{1,2}})\s*(?:,?\s*$|\s+per\s+(?:[«“\"](?P<source>[^«»“”\"\n]{{2,60}})[»”\"]\s*$"
    rf"|(?P<source2>{SITE_NAME}|(?:www\.)?[\w-]{{2,40}}\.(?i:it|com|net|org))"
    # the caption under it in lower case, its line run into the byline's (copy.py reads it)
    rf"(?:\s*$|\s+(?=[{LOWER}][^.!?\n]{{2,200}}$))))",
    "Marco Grigis,",
    "Lucia Giannini",
    "Valentina Lupia per “la Repubblica - Roma”",
    "Michele Arnese per www.startmag.com",
    field="author",
)

# One name or two joined by "e", the last word glued to what follows: "Marco Rossi[La…]",
# "Luca Verdi e Anna Neri[Il…]"
_GLUED_NAME = rf"[{UPPER}][{LOWER}’'-]+(?:\s+[{UPPER}][{LOWER}’'-]+){{0,2}}?"
_GLUED_NAMES = (
    rf"(?:{_GLUED_NAME}\s+[{UPPER}][{LOWER}’'-]+\s+e\s+)?{_GLUED_NAME}\s+[{UPPER}][{LOWER}’'-]+?"
)

# "di Mario Rossi - Il governo ha approvato…": the byline on the lead's line, closed by a
# dash, as "PIERO CHIMENTI - …" is in capitals (copy.py takes it under the headline).
BYLINE_BEFORE_LEAD = rule(
    "byline before the lead",
    # "di Mario Ventura ROMA - Il Congresso…": a name in capital and small letters, then the
    # dateline's place in capitals, which is no part of the name
    rf"^\s*(?i:di|by)\s+(?P<author5>{_BYLINE_NAME})\s+(?=[{UPPER}]{{2,}}(?:\s+[{UPPER}]{{2,}}){{0,3}}"
    rf"\s*(?:,|{DASH}|\(|\.\s))"
    rf"|^\s*(?i:di|by)\s+(?P<author>{_AUTHOR_NAME}(?:\s+e\s+{_AUTHOR_NAME})?)\s+{DASH}\s+"
    rf"(?=[«“\"]?[{UPPER}](?:[{LOWER}]|\s))"
    # "di Paolo Neri Il governo…": or run into the lead, where an article or a
    # preposition in capitals opens its first sentence
    rf"|^\s*(?i:di|by)\s+(?P<author3>{_AUTHOR_NAME})\s+(?=(?:Il|Lo|La|I|Gli|Le|L['’]|Un|Una|Uno|"
    rf"Dopo|Nel|Nella|Con|Per|In|Da|Dal|Dalla|Alla|Al|A)\s*[\w«“\"])"
    # "di Marco RossiLa polizia…": or glued to it, where the page lost the line between
    rf"|^\s*(?i:di|by)\s+(?P<author4>{_GLUED_NAMES})(?=(?:Il|Lo|La|I|Gli|Le|L['’]|Un|Una|Uno|"
    rf"Dopo|Nel|Nella|Con|Per|In|Da|Dal|Dalla|Alla|Al|A|È|E['’]|Era|Sono|Non|Si|Ieri|Oggi|"
    rf"Secondo|Mentre|Quando|Questa|Questo)\s)"
    # "(di Mario Rossi) Il governo…": or in brackets, as ANSA closes a story with it
    rf"|^\s*\(\s*(?i:di|a\s+cura\s+di)\s+(?P<author2>{_AUTHOR_NAME}(?:\s+e\s+{_AUTHOR_NAME})?)\s*\)"
    rf"\s*(?:{DASH}\s*)?(?=[«“\"]?[{UPPER}](?:[{LOWER}]|\s))",
    "di Mario Rossi - Il governo ha approvato il decreto",
    "di Mario Ventura ROMA - Il Congresso ha dato il via libera",
    "di Carlo Menichetti - I vigili del fuoco sono intervenuti",
    "di Paolo Neri Il governo ha approvato il decreto",
    "di Marco RossiLa polizia ha chiuso le strade",
    "(di Mario Rossi) Il governo ha approvato il decreto",
    field="author",
)

# "20 APR – Il governo…": the wire's day alone, in capitals, where it gave no place: no
# dateline (no place, no agency), the day the story was filed.
DAY_BEFORE_LEAD = rule(
    "day before the lead",
    rf"^\s*(?P<date>\d{{1,2}}\s+[A-Z]{{3,9}})\.?\s*{DASH}+\s+(?=[«“\"]?[{UPPER}])",
    "20 APR – Il governo ha approvato",
    "5 MAR - La Camera ha votato",
    field="date",
)

# "(Daniele Amadasi) Per la seconda stagione…", "(daniele amadasi) …": the writer's name in
# brackets opening the lead, in any case (copy.py checks that it opens on a first name, so
# that "(Reuters)", "(Lna)" stay what they are).
NAME_IN_BRACKETS_BEFORE_LEAD = rule(
    "name in brackets before the lead",
    rf"^\s*\(\s*(?P<author>[{UPPER}{LOWER}][{LOWER}'’]+(?:\s+[{UPPER}{LOWER}][{LOWER}'’]+){{1,3}})\s*\)"
    rf"\s*(?=[«“\"]?[{UPPER}](?:[{LOWER}]|\s))",
    "(Daniele Amadasi) Per la seconda stagione",
    "(daniele amadasi) Per la seconda stagione",
    field="author",
)

# ---------------------------------------------------------------- page chrome, anywhere

# Where the rest of the story is: the outlet's paper edition or app ("Tutti i dettagli su
# L'Unione Sarda in edicola e sull'App.", "Maggiori dettagli sulla nostra edizione cartacea
# in edicola oggi"). A line of its own (CHROME) or the last paragraph's last sentence (CLOSING).
_PRINT_EDITION = (
    r"(?:tutti i dettagli|(?:maggiori|altri|ulteriori) (?:dettagli|particolari)|tutte le notizie|"
    r"l['’]articolo(?: completo)?|il servizio(?: completo)?|"
    r"l['’]intervista(?: completa)?|l['’]inchiesta|lo speciale|approfondimenti|leggi)\b[^\n]{0,120}?"
    r"\b(?:in edicola|sull['’]app|nell['’]edizione (?:digitale|cartacea|di oggi))\b[^\n]{0,80}$"
)
# "Continua a leggere su “IL FOGLIO” >>": the link to the rest of the story on another site.
_CONTINUE_READING = (
    # "Per leggere il resto dell'articolo devi collegarti direttamente sul sito della fonte:"
    r"(?:per leggere (?:il resto dell['’]articolo|l['’]articolo completo|tutto l['’]articolo|"
    r"la notizia completa)[^\n]{0,100}|"
    # "… sul sito di riferimento", "… sulla pagina di Repubblica"
    # ("Continua a leggere e commenta su Marchenotizie.info": and to comment there)
    r"continua a leggere(?: l['’]articolo)?(?: e commenta)?(?: su(?:l|lla)? [^\n]{2,40}?)?(?::.{0,60})?)"
    # "Continua a leggere dopo la pubblicità": past the page's advert or picture
    r"(?: (?:dopo|sotto|oltre) (?:la pubblicit[àa]|la foto|il video|l['’]annuncio|la gallery|la galleria))?"
    r"\s*[»›>]*"
)

# The social networks an outlet or a writer asks readers to follow it on, one or a list:
# "Facebook, Twitter e Instagram".
_NETWORK = (
    r"(?:facebook|instagram|telegram|whatsapp|twitter|x|youtube|tiktok|linkedin|threads|"
    r"bluesky|google\s+news)"
)
_NETWORKS = rf"{_NETWORK}(?:\s*(?:,|\be\b|-|\||/)\s*{_NETWORK})*"
# "Segui la diretta con tutti gli aggiornamenti…": the link to the outlet's live blog, on a
# line of its own (CHROME) or after a paragraph's last sentence (POINTER_AFTER_PARAGRAPH).
_LIVE_PROMPT = r"(?:segui|guarda) (?:in diretta|la diretta|live)\b"

# The labels of a site's menus, footer, player, gallery, comments and reading tools, each a
# line of its own where the page's text was copied with them: a label names no news, and
# no paragraph of an article is one of them alone.
SITE_LABELS = "|".join(
    re.escape(" ".join(label.split())).replace("\\ ", r"\s+")
    for label in """chi siamo, contatti, contattaci, lavora con noi, mappa del sito, note legali,
    termini e condizioni, termini di servizio, privacy policy, cookie policy, informativa sulla
    privacy, play, pausa, riproduci, riproduci video, ingrandisci immagine, apri la galleria,
    apri la gallery, scorri per continuare, consigliati per te, più visti, più letti, altri
    articoli, leggi altro, leggi di più, carica altri, mostra altro, commenta la notizia, scrivi
    un commento, nessun commento ancora, accedi per commentare, login, accedi, registrati,
    sblocca l'articolo, salva l'articolo, modalità lettura, modalità scura, sponsor, contenuto
    sponsorizzato, in collaborazione con, powered by wordpress, contenuto esterno, immagine di
    copertina, espandi, i commenti dei lettori, torna alla home, torna alle notizie, torna alle
    notizie in home, clicca per votare questo articolo, vota questo articolo, exit mobile
    version, lascia un feedback, annuncio pubblicitario, adv, pubblicita', immagine, contenuto
    audio, contenuto video, leave a reply, source link, impostazioni privacy, annunci ppn,
    annunci google, contenuti sponsorizzati, condividi questo articolo, date, author, nessun
    commento, posta un commento, lascia un commento, scrivi, share to, post a comment, messaggio
    promozionale, aree tematiche, chiudi, scrivi il tuo commento, questo sondaggio è chiuso.,
    questo sondaggio è chiuso, vai alla pagina dei sondaggi, caricamento sondaggio...,
    caricamento sondaggio…, da non perdere, ascolta anche, share this article, share this post,
    leggi ora la fonte, fonte originale: leggi ora la fonte, inserisci un commento,
    su altre testate, partecipa alla discussione, commenti recenti, no responses yet,
    no comments:, no comments, lascia una replica, lascia una risposta, facebook comments box,
    stampa articolo, stampa articolo stampa articolo, buona lettura!, buona lettura,
    questa è una notizia in evoluzione..., questa è una notizia in evoluzione,
    notizia in aggiornamento, lascia un tuo commento, questo articolo ha ricevuto commenti!,
    questo articolo ha ricevuto commenti, torna indietro, < torna indietro""".split(",")
)

# "- dal lunedì al venerdì dalle ore 10:00 alle ore 20:00": a shop's or a customer service's
# hours, which a page's footer prints after the article, on their lines or glued to it.
OPENING_HOURS = (
    r"\s*[-–•]?\s*(?i:(?:dal\s+)?luned[iì]\s+al\s+(?:venerd[iì]|sabato)|"
    r"sabato(?:\s*,\s*|\s+e\s+)domenica(?:\s+e\s+festivi)?|domenica\s+e\s+festivi|festivi)"
    r"\s*:?\s*(?i:dalle)\s+(?i:ore\s+)?\d{1,2}(?:[:.]\d{2})?\s+(?i:alle)\s+(?i:ore\s+)?\d{1,2}"
    r"(?:[:.]\d{2})?\s*\.?\s*$"
)

# An item of a list of the site's latest news: its day, then its headline up to the next day
# (the page's lines may be joined by then), as long as a headline and its wrapped lines.
_NEWS_ITEM = rf"\s*{LIST_ITEM}(?:(?!\s*{LIST_ITEM})[\s\S]){{0,240}}"

CHROME: tuple[Rule, ...] = (
    # "Pubblicata il: 11/07/2023" between the standfirst and the lead: a stamp whose label
    # says what it is stands on a line of its own wherever the page's layout put it (the
    # unlabelled date alone is read only at the top and the end, where a date is a stamp).
    rule(
        "labelled time stamp",
        rf"^\s*{STAMP_LABEL}(?:{WEEKDAY},?\s+)?"
        rf"(?P<date>{FULL_DATE}|{STAMP_FIGURES}){STAMP_TIME}?{STAMP_UPDATED}?\.?\s*$",
        "Pubblicata il: 11/07/2023",
        "Aggiornato il 12 marzo 2024 alle 14:30",
        "Ultima modifica: martedì 3 ottobre 2023",
        field="date",
        flags=re.I,
    ),
    # "Articolo precedenteIl governo approva…", "Articolo successivo Il governo…": the link
    # to the site's previous or next piece, its headline run on (the label alone is a label)
    rule(
        "previous or next article",
        rf"^\s*(?i:articolo|post|notizia)\s+(?i:precedente|successiv[oa])\s*:?\s*(?=[{UPPER}«“\"])[^\n]{{3,200}}$",
        "Articolo precedenteIl governo approva la manovra",
        "Articolo successivo Il governo approva la manovra",
    ),
    # "VN:F [1.9.22_1171]", "Rating: 5.0/5 (1 vote cast)", "…, 5.0 out of 5 based on 1
    # rating", "Share on Facebook0Tweet about this on Twitter0": a rating plugin's and a
    # share counter's lines, in the page's English
    rule(
        "rating widget",
        r"^\s*(?:VN:[A-Z]\s*\[[\d._]+\]"
        r"|Rating:\s*\d+(?:[.,]\d+)?/\d+\s*\(\d+\s+votes?\s+cast\)"
        r"|[^\n]{0,200}?,\s*\d+(?:[.,]\d+)?\s+out\s+of\s+\d+\s+based\s+on\s+\d+\s+ratings?"
        # (a network's name is letters, its counter figures: one way to read each, so that
        # a long run of them fails fast)
        r"|(?:(?:Share\s+on\s+[A-Za-z]+\+?|Tweet\s+about\s+this\s+on\s+Twitter|Pin\s+on\s+Pinterest)\d*\s*)+)\s*$",
        "VN:F [1.9.22_1171]",
        "Rating: 5.0/5 (1 vote cast)",
        "Il gruppo investe 8 miliardi, 5.0 out of 5 based on 1 rating",
        "Share on Facebook0Share on Google+0Tweet about this on Twitter0Share on LinkedIn0",
    ),
    # "Keystone", "Getty Images" alone on a line, wherever the picture stood: its credit. Only
    # an agency that sells pictures alone ("Reuters" alone may be the wire's tag).
    rule(
        "picture agency alone",
        rf"^\s*(?P<photo>{PICTURE_ONLY_AGENCIES})\s*$",
        "Keystone",
        "Getty Images",
        field="photo",
    ),
    # "closefacebookgpluslinkedinmailphotosearchsharetwitterwhatsapp",
    # "Facebook/Twitter/Instagram/YouTube/RSS": the names of a page's buttons, run together
    # where their icons were, or parted by slashes; nothing else on the line
    rule(
        "share buttons",
        r"^\s*(?i:(?:close|facebook|gplus|google\+?|linkedin|e-?mail|mail|photo|search|share|twitter|"
        r"whatsapp|telegram|pinterest|print|rss|instagram|youtube|tiktok|copy|link|reddit|"
        r"messenger|threads|bluesky)(?:\s*[/|·•,]\s*|\s+)?){2,}\s*$",
        "closefacebookgpluslinkedinmailphotosearchsharetwitterwhatsapp",
        "Facebook/Twitter/Instagram/YouTube/RSS",
        sign=r"(?i:facebook|twitter|whatsapp|linkedin|instagram|youtube|mail|share)",
    ),
    # "Da oltre 20 anni informa in modo indipendente… Virgilio Notizie è alimentato da un team
    # di giornalisti…": the site's words about itself, printed over or under every article.
    # A story about a newsroom says what it did; these say what the site is.
    rule(
        "site's description of itself",
        r"^(?=[^\n]{0,900}$)[^\n]*?\b(?i:(?:è|sono)\s+(?:alimentat[oa]|curat[oa]|realizzat[oa]|"
        r"scritt[oa])\s+da\s+(?:un|una)\s+(?:team|squadra|redazione|gruppo)\s+di\s+giornalist[ei]"
        r"|informa\s+in\s+modo\s+(?:indipendente|libero|serio)"
        r"|è\s+una\s+testata\s+giornalistica\s+(?:online|registrata|indipendente|iscritta))"
        r"[^\n]*$",
        "Da oltre 20 anni informa in modo indipendente su quanto accade in Italia e nel mondo.",
        "Il sito è alimentato da un team di giornalisti under 35.",
        "Il Giornale di Ghevio è una testata giornalistica registrata presso il Tribunale.",
        sign=r"(?i:giornalist|informa\s+in\s+modo|testata)",
    ),
    rule(
        "opening hours",
        rf"^{OPENING_HOURS}",
        "- sabato, domenica e festivi dalle ore 10:00 alle ore 18:00.",
        "Dal lunedì al venerdì dalle 9 alle 18",
    ),
    rule(
        "site label",
        rf"^\s*(?i:{SITE_LABELS})\s*[.:!»›>…]*\s*$"
        # "Durata: 02:35": a player's length; "1 di 12": a gallery's counter; "Caricamento del
        # video...": a player loading
        r"|^\s*(?i:durata)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?\s*$|^\s*\d{1,3}\s+di\s+\d{1,3}\s*$"
        r"|^\s*(?i:caricamento\s+(?:del\s+video|del\s+player|dell['’]audio|della\s+pagina))\s*(?:\.\.\.|…)?\s*$"
        # "Getting your Trinity Audio player ready...": an audio player loading, in English
        r"|^\s*(?i:getting\s+your\s+(?:[\w-]+\s+){0,3}player\s+ready|loading\s+(?:the\s+)?(?:player|audio|video))"
        r"\s*(?:\.\.\.|…)?\s*$"
        # "Questo sito utilizza cookie tecnici e di profilazione.": the cookie banner
        r"|^\s*(?i:(?:questo|il\s+nostro)\s+sito(?:\s+web)?\s+(?:utilizza|usa)\s+(?:i\s+)?cookies?)\b[^\n]{0,300}$"
        # a blog's comment form and counter: "La tua email non sarà pubblicata", "0 comments
        # so far, add yours"
        r"|^\s*(?i:(?:la\s+tua\s+(?:e-?mail|indirizzo\s+e-?mail)|il\s+tuo\s+indirizzo(?:\s+e-?mail)?)\s+"
        r"non\s+sarà\s+pubblicat[oa])\b[^\n]{0,160}$"
        r"|^\s*\d{1,5}\s+(?i:comments?)\b[^\n]{0,40}$",
        "Chi siamo",
        "Mappa del sito",
        "Riproduci video",
        "Scrivi un commento",
        "Durata: 02:35",
        "1 di 12",
        "Questo sito utilizza cookie tecnici e di profilazione.",
        "QUESTO SITO WEB UTILIZZA COOKIES. Continuando la navigazione accetti.",
        "Getting your Trinity Audio player ready...",
        "Nessun commento:",
        "Posta un commento",
        "La tua email non sarà pubblicata. I campi obbligatori sono contrassegnati *",
        "0 comments so far,add yours",
    ),
    # "Caucaso, il conflitto dimenticato" / "RSI Info 02.10.2020, 18:40": an embedded video,
    # its title over the programme and the day and hour it aired (copy.py takes the title
    # with it)
    rule(
        "programme and its airing",
        rf"^\s*[{UPPER}][\w'’ .-]{{1,40}}?\s+\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\s*,\s*\d{{1,2}}[:.]\d{{2}}\s*$",
        "RSI Info 02.10.2020, 18:40",
        "Telegiornale 10.10.2020, 20:00",
    ),
    rule(
        "page chrome",
        r"^\s*(?:condividi(?: su(?: \w+)?| l['’]articolo| la notizia| questo articolo)?(?:\s*(?:\.\.\.|…|:))?|"
        r"spread the love|"
        # an advertisement's label: "Pubblicità", "Pubblicità in concessione a Google", "-
        # Advertisement -" (a theme's label in English, between dashes)
        # ("Pubblicità - Continua a leggere sotto": and its prompt to read on past it)
        r"[-–—]?\s*(?:pubblicit[àa](?:\s+in\s+concessione\s+a\s+[\w .-]{2,30})?|advertisement)\s*[-–—]?"
        r"(?:\s*continua a leggere(?: sotto| di seguito| dopo la pubblicit[àa])?)?|"
        r"\d+\s+visite|"
        # the page's counters: "Letto 1.234 volte", "1.234 visualizzazioni", "Visite: 1234"
        r"lett[oa]\s+[\d.]+\s+volte|[\d.]+\s+(?:visualizzazioni|letture)|"
        r"(?:visite|letture|visualizzazioni|commenti)\s*:\s*[\d.]+|"
        # an advertisement's slot, numbered: "- Spazio Pubblicitario 01 -"
        r"[-–—]?\s*spazio\s+pubblicitario(?:\s+\d{1,3})?\s*[-–—]?|"
        # … or named after the advertising service, as a theme labels its slot: "adsense –
        # Responsive – Post Articolo"
        r"(?:google\s+)?adsense(?:\s*[-–—|]\s*[\w ]{2,30}){0,3}|"
        # "CorriereTv CONTINUA A LEGGERE »": the prompt, after the name of the site's section
        r"leggi dopo|slideshow|ingrandisci|(?:[\w.-]{2,30}\s+)?" + _CONTINUE_READING + "|"
        # the article's tags and the prompts around its comments and its social accounts:
        # "Tags: ·", "Partecipa al dibattito: commenta questo articolo", "Segui LiveSicilia
        # sui social", "Ricevi le nostre ultime notizie da Google News: clicca su SEGUICI…"
        r"tags?\s*:[^\n]{0,200}|partecipa al dibattito[^\n]{0,80}|lascia un commento|"
        # "COMMENTA SU tgcom24": the prompt to comment on the site, named
        r"commenta\s+su\s+[\w.-]{2,30}|"
        # ("Segui Mario Rossi su Twitter", "Segui le ultime notizie su Telegram": the line
        # names networks and nothing else after them; "Segui la vicenda su Facebook, dove il
        # sindaco…" is the story's)
        r"segui\s+[^\n.!?,:;]{2,60}?(?:\s+anche)?\s+su(?:i\s+social|\s+"
        + _NETWORKS
        + r")\b\s*[.!]?|"
        r"(?:ricevi|segui|leggi)[^\n]{0,60}\bgoogle news\b[^\n]{0,200}|"
        # a live blog's prompt: "Segui in diretta l'intervento di Puigdemont"
         + _LIVE_PROMPT + r"[^\n]{0,120}|"
        # a video player's notices where the player was: "Devi attivare javascript per
        # riprodurre il video.", "Caricamento…"; a counter's, "caricamento letture"
        r"devi (?:attivare|abilitare) (?:il )?javascript[^\n]{0,80}|"
        # … and a script's statement left where the page ran it, an advert's or a tracker's:
        # "(adsbygoogle = window.adsbygoogle || []).push({});", "googletag.cmd.push(function()
        # { googletag.display('div-gpt-ad-1'); });"
        r"[^\n]{0,200}?(?:\bwindow\.|\bdocument\.|\bgoogletag\.|\badsbygoogle\b|\bfunction\s*\()"
        r"[^\n]{0,300}?[;})]|"
        # an attachment's link, its file's name alone: "decisione-n-0063-cfa.pdf"
        r"[\w .()-]{1,120}\.(?i:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rtf)|"
        # … and a picture's address alone, where the page lost the picture:
        # "https://cdn.example.com/img/856/79/8567906_0:44:2381_1920x0.jpg"
        r"(?:https?://|www\.)\S{1,400}?\.(?i:jpe?g|png|gif|webp|avif)(?:\?\S{0,200})?|"
        # … the browser's, where it cannot play it: "Your browser does not support the video
        # tag.", "Il tuo browser non supporta il tag video."
        # ("This browser does not support the video element.": HTML's own fallback text)
        r"(?:(?:your|this) browser does not support|il (?:tuo )?browser non supporta)[^\n]{0,60}|"
        # … or where the video is gone: "Questo video non è disponibile"
        r"(?:questo |il )?video non (?:è )?(?:più )?disponibile[^\n]{0,60}|"
        # a prompt to subscribe to the site's push notifications: "Attiva le notifiche per
        # ricevere gli aggiornamenti su … ATTIVA GLI AGGIORNAMENTI"
        r"attiva le notifiche[^\n]{0,200}|(?:caricamento|loading)"
        r"(?:\s+in\s+corso|\s+letture|\s+commenti)?\s*(?:\.\.\.|…)?|"
        # the site's prompt to follow it: "Continua a leggere le notizie di GenovaToday, segui
        # la nostra pagina Facebook…", "Leggi qui tutte le notizie di Palermo"
        r"(?:continua a leggere|leggi qui tutte) le notizie di [^\n]{2,200}|seguici|"
        r"tutte le ultime notizie su .{2,60}|gli aggiornamenti ora per ora|"
        # an audio player: "Ascolta ora 00:00 00:00"
        r"ascolta(?: ora| l['’]articolo| la notizia| questo articolo)?(?:\s+\d{1,2}:\d{2}){0,2}|"
        # … for subscribers only: "L'ascolto è riservato agli abbonati premium"
        r"l['’]ascolto (?:è )?riservato (?:agli|ai) (?:abbonati|iscritti)(?: premium| plus)?|"
        # the page's buttons: "Stampa", "Commenta", "Salva" (to read later)
        r"stampa|commenta|salva|vedi anche|guarda il video|"
        # the page's clock: "Aggiornato alle 14:30", "Ore 14:30", "Ultimo aggiornamento:
        # 15:35" (its day left to the date line), "2 ore fa", "un'ora fa"
        r"(?:(?:aggiornat[oa]\s+(?:alle\s+)?|(?:ultimo\s+)?agg\.\s*(?:alle\s+)?|(?:ultimo\s+aggiornamento|ultima\s+modifica)\s*:?\s*)"
        r"(?:ore\s+)?|ore\s+|(?:oggi|ieri)\s*,?\s*(?:alle\s+)?(?:ore\s+)?)\d{1,2}[:.]\d{2}|"
        r"(?:(?:pubblicat[oa]|aggiornat[oa])\s+)?"
        rf"{STAMP_AGE}|"
        # a gallery's prompt: "clicca per guardare tutte le foto della gallery"
        r"(?:clicca|tocca)(?: qui)? per (?:guardare|vedere|sfogliare|aprire) (?:tutte )?(?:le )?"
        r"foto(?: della (?:foto)?gallery)?|(?:guarda|sfoglia|apri) (?:la )?(?:foto)?gallery|"
        # a picture's alternative text where the picture was: "logo-icon"
        r"logo(?:[- ]icon)?|icon|"
        # … or the site's logo by its name, "Logo Tgcom24"; or an icon described by its shape
        # and colour, "circle x black", "arrow left white" (English words of a theme's markup)
        r"logo\s+[\w.-]{2,30}|"
        r"(?:(?:circle|square|arrow|chevron|caret|close|x|plus|minus|black|white|grey|gray|"
        r"left|right|up|down|outline|filled)\s*){2,5}|"
        # Site navigation and counters: "Home", "Close Menu", "Nessun commento", "4 ' di lettura".
        r"home|menu|close menu|chiudi menu|nessun commento|\d+\s*commenti\s*:?|diritto d'autore|"
        # the link that skips the site's menu ("Vai al contenuto"), the text-size buttons
        r"(?:skip to|vai al|salta al)\s+(?:main\s+)?(?:content|contenuto)(?:\s+principale)?|"
        r"a\s+a\s+a|a\s*[-+]\s*a\s*[-+]|(?:[•·]\s*a\s*){2,3}|"
        # a share counter alone, "15 CONDIVISIONI"; the pages of a long article, "Pages: 1 2",
        # "1 2 Successiva »"; an embed's prompt, "Copia e incolla il codice embed…"
        r"\d[\d.]*\s+(?:shares?|condivisioni)|(?:pages?|pagine?)\s*:?(?:\s*\d{1,2}){1,9}|"
        r"(?:\d{1,2}\s+){1,9}(?:successiva|successivo|next)\s*[»›>]*|"
        r"condividi questo articolo\s*commenti|copia e incolla il codice embed[^\n]{0,120}|"
        r"share this(?: with)?(?: close)?|"
        r"please follow and like us:?|ultime news|ultim['’]ora|ultima ora|"
        # a theme's widgets, named as their platforms print them: the search box ("Search
        # for: Search Button"), a counter's badge ("Web Analytics Made Easy - StatCounter"),
        # a like button ("Like me!"), a network's notice ("Questo sito contribuisce
        # all'audience di Quotidiano Nazionale"), a video channel's strip ("I migliori video
        # scelti dal nostro canale")
        r"search for\s*:?(?:\s*search(?:\s+button)?)?|(?:cerca|search)\s*(?:button|pulsante)|"
        # … and its label in Italian: "Ricerca per:" (the same theme translated), "Cerca nel
        # sito"
        r"(?:ricerca|cerca)\s+per\s*:|cerca\s+nel\s+sito\s*(?:\.\.\.|…|:)?|"
        # a share button with its label ("Share on: WhatsApp", "Condividi su: Facebook"); a
        # print page's jump ("SEGUE A PAGINA 3"); a blog's subscription box ("Scopri di più da
        # X", "Abbonati per ricevere gli ultimi articoli inviati alla tua e-mail."); a feed
        # importer's signature ("Powered by WPeMatico")
        r"(?:share\s+on|condividi\s+su)\s*:\s*" + _NETWORKS + r"|"
        r"(?:segue|continua)\s+a\s+pag(?:ina|\.)\s*\d{1,3}|"
        r"scopri di più da\s+[^\n.!?]{2,60}|abbonati per ricevere gli ultimi articoli[^\n]{0,80}|"
        r"powered by\s+[\w.-]{2,30}|"
        # a blog platform's help under its comment form: "Chi non ha un account Google o un
        # blog può lasciare un commento cliccando su…"
        r"chi non ha un account google[^\n]{0,200}|"
        # a player's plea for its plugin: "Get the Flash Plugin to listen to music."
        r"get the flash plugin[^\n]{0,80}|"
        # a blog platform's share box: "Share this:", "- Fai clic per condividere su
        # Facebook (Si apre in una nuova finestra)", "Mi piace Caricamento..."
        r"share this\s*:|(?:[-–•]\s*)?fai clic (?:qui )?per (?:condividere|stampare|inviare)[^\n]{0,100}|"
        r"mi piace\s*:?(?:\s*caricamento\s*(?:\.\.\.|…)?)?|"
        # a prev/next link's word alone: "next", "prev"
        r"next|prev|previous|"
        # a network's notice on a contributed text: "Nota - Questo comunicato è stato
        # pubblicato integralmente come contributo esterno…"; a publisher's note alone,
        # "Riceviamo e pubblichiamo."
        r"(?:nota\s*[-–:]\s*)?questo\s+comunicato\s+è\s+stato\s+pubblicato\s+integralmente[^\n]{0,300}|"
        r"riceviamo\s+e\s+pubblichiamo\s*[.:]?|"
        # a page's day in short figures or in ISO form in brackets, alone on its line, where
        # the page gave it a second time ("08/03/16", "(2014-10-09)")
        r"\d{1,2}/\d{1,2}/\d{2}|\(\s*\d{4}-\d{2}-\d{2}\s*\)|"
        # a publisher's legal line: "Testata giornalistica registrata presso il Tribunale
        # di Roma n. 123/2015 - P.IVA 01234567890"
        r"testata\s+(?:giornalistica\s+)?registrata\s+(?:presso\s+il\s+)?tribunale[^\n]{0,200}|"
        # a counter alone on its line ("387": the page's views), never a year ("2019", a
        # timeline's heading)
        r"(?!(?:19|20)\d\d\s*$)\d{1,6}|"
        r"web analytics made easy\s*[-–—]?\s*(?:statcounter)?|statcounter|like me\s*!?|"
        r"questo sito contribuisce all['’]audience di\s+[^\n]{2,60}|"
        r"i migliori video scelti dal nostro canale|"
        r"vuoi la tua pubblicit[àa] qui\?.{0,80}|"
        # ("33 secondi di lettura", "1 minuto di lettura", "Leggi in 2 minuti")
        r"\d{1,2}\s*(?:'|’|min\.?|minut[oi]|second[oi])\s*di\s+lettura|"
        r"leggi in\s+\d{1,2}\s*(?:min(?:\.|ut[oi])?|second[oi])|"
        # a counter of comments after its label: "Commenti 0", "Commenti (3)"
        r"commenti\s*\(?\d{1,5}\)?|"
        # a publishing system's labels whose values the page lost: "editato in: da",
        # "Pubblicato il:", "Scritto da:"
        r"(?:editato|pubblicato|pubblicata|scritto|scritta|postato|inserito|aggiornato)"
        r"(?:\s+(?:in|il|da|alle|su))?\s*:\s*(?:(?:da|il|in|alle|su)\s*:?\s*)?|"
        # a share bar: "0 SHARES Facebook Twitter Google Pinterest Reddit Tumblr"
        # or "0 Condivisioni acebook Twitter", its count in Italian and an icon for an initial
        r"(?:\d+\s+(?:shares?|condivisioni)\s+)?(?:(?:f?acebook|twitter|google\+?|pinterest|reddit|tumblr|whatsapp|"
        r"telegram|linkedin|messenger|e-?mail)\s*)+|"
        r"(?:download|scarica)(?:\s+(?:il|in))?\s+pdf\s*©?|"
        # a weather widget's temperature: "6.5 C", "12°C"
        r"-?\d{1,2}(?:[.,]\d)?\s*(?:°\s*[CF]?|[CF])|"
        # a gallery's counter and caption: "1 di 5 Galleria fotografica Tromba d'aria a Sturla"
        r"(?:\d{1,3}\s+)?di\s+\d{1,3}\s+(?:galleria fotografica|fotogallery|foto|immagini)\b[^\n]{0,120}|"
        # the label of a TV report's player where the player was: "Il servizio.", "Il video"
        r"(?:guarda\s+)?il\s+(?:servizio|video)(?:\s+completo)?\s*[.:]?|"
        r"video|foto|fotogallery|gallery|no comment|embed|\d{1,3}\s*/\s*\d{1,3}(?:\s*©\s*(?P<photo>[\w .-]{2,30}?(?:/[\w .-]{2,30}?)?))?)"
        r"(?:\s+(?:leggi dopo|slideshow|ingrandisci))*\s*$",
        "Condividi",
        "Search for: Search Button",
        "Ricerca per:",
        "Cerca nel sito",
        "Share on: WhatsApp",
        "SEGUE A PAGINA 3",
        "Scopri di più da Sardegna Ventiquattro",
        "Abbonati per ricevere gli ultimi articoli inviati alla tua e-mail.",
        "Powered by WPeMatico",
        "Chi non ha un account Google o un blog può lasciare un commento cliccando su commenta",
        "Get the Flash Plugin to listen to music.",
        "Share this:",
        "- Fai clic per condividere su Facebook (Si apre in una nuova finestra)",
        "Mi piace Caricamento...",
        "Nota - Questo comunicato è stato pubblicato integralmente come contributo esterno.",
        "Riceviamo e pubblichiamo.",
        "08/03/16",
        "(2014-10-09)",
        "Testata giornalistica registrata presso il Tribunale di Roma n. 123/2015 - P.IVA 0123",
        "387",
        "Web Analytics Made Easy - StatCounter",
        "Like me!",
        "Questo sito contribuisce all’audience di Quotidiano Nazionale",
        "I migliori video scelti dal nostro canale",
        "Vai al contenuto",
        "A A A",
        "- Spazio Pubblicitario 01 -",
        "Spread the love",
        "Ultimo agg. 16:42",
        "15 CONDIVISIONI",
        "• a • a • a",
        "Pages: 1 2",
        "1 2 Successiva »",
        "Condividi questo articoloCommenti",
        "Copia e incolla il codice embed del video qui sotto:Copy to clipboardCopied",
        "Pubblicità in concessione a Google",
        "- Advertisement -",
        "Pubblicità - Continua a leggere sotto",
        "adsense – Responsive – Post Articolo",
        "62 Visite",
        "Letto 1.234 volte",
        "Visite: 1234",
        "CONTINUA A LEGGERE L'ARTICOLO",
        "CONTINUA A LEGGERE L'ARTICOLO: Accesso illimitato agli articoli",
        "CONTINUA A LEGGERE SU LIVESICILIA.IT",
        "Per leggere il resto dell’articolo devi collegarti al sito della fonte:",
        "continua a leggere sul sito di riferimento",
        "Tags: ·",
        "Partecipa al dibattito: commenta questo articolo",
        "COMMENTA SU tgcom24",
        "Segui LiveSicilia sui social",
        "Segui Il Giornale anche su Facebook, Twitter e Instagram",
        "Segui Mario Rossi su Twitter",
        "Segui le ultime notizie su Telegram",
        "Ricevi le nostre ultime notizie da Google News: clicca su SEGUICI",
        "Segui in diretta l'intervento di Puigdemont",
        "leggi dopo slideshow ingrandisci",
        "1 di 5 Galleria fotografica Tromba d'aria a Sturla",
        "6.5 C",
        "TUTTE LE ULTIME NOTIZIE SU MEDIASET PLAY MAGAZINE",
        "no comment",
        "Close Menu",
        "Please follow and like us:",
        "Vuoi la tua pubblicità qui? Le pubblicità sostengono il servizio",
        "4 ' di lettura",
        "33 secondi di lettura",
        "1 minuto di lettura",
        "Leggi in 2 minuti",
        "Commenti 0",
        "Diritto d'autore",
        "Il servizio.",
        "2/16",
        "1/8 ©Getty",
        "EMBED",
        "0 SHARES Facebook Twitter Google Pinterest Reddit Tumblr",
        "Condividi su...",
        "Linkedin",
        "CONTINUA A LEGGERE »",
        "CorriereTv CONTINUA A LEGGERE »",
        "Devi attivare javascript per riprodurre il video.",
        "(adsbygoogle = window.adsbygoogle || []).push({});",
        "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
        "sez-unite-decisione-n-0063-cfa-del-30-gennaio-2023.pdf",
        "Your browser does not support the video tag.",
        "Questo video non è disponibile",
        "Attiva le notifiche per ricevere gli aggiornamenti su Meteo ATTIVA GLI AGGIORNAMENTI",
        "Caricamento…",
        "caricamento letture",
        "Continua a leggere le notizie di GenovaToday, segui la nostra pagina Facebook",
        "Leggi qui tutte le notizie di Palermo",
        "SEGUICI",
        "0 Condivisioni acebook Twitter",
        "Share this with Close",
        "Download in PDF©",
        "Condividi l'articolo",
        "Ascolta ora 00:00 00:00",
        "clicca per guardare tutte le foto della gallery",
        "logo-icon",
        "Logo Tgcom24",
        "editato in: da",
        "Pubblicato il:",
        "circle x black",
        "Aggiornato alle 14:30",
        "Ultimo aggiornamento: 15:35",
        "Salva",
        "2 ore fa",
        "un'ora fa",
        "Pubblicato 2 giorni fa",
        "Pubblicato 3 anni fa-",
        "OLTRE 6 MESI FA",
        "This browser does not support the video element.",
        "L'ascolto è riservato agli abbonati premium",
        "ieri alle 14:30",
        "Oggi, 14:30",
        field="photo",
        flags=re.I,
    ),
    # "[Banner_Google_ADS]", "[caption id="attachment_12" align="alignleft"]": a publishing
    # system's code for an advert or a picture, left where the page had it, on a line of its
    # own. A word joined by underscores or an attribute's "=" is no text's ("[GUARDA IL
    # VIDEO]", "[1]" stay for their own rules).
    rule(
        "publishing code",
        r"^\s*\[/?[A-Za-z][A-Za-z0-9]*(?:(?:_[A-Za-z0-9]+)+|(?:\s+[a-z_-]+=[\"“”'][^\]\n]{0,120}?[\"“”'])+)\]\s*$"
        # "videoid(i9J19I04oT0)finevideoid-categoria(tg)finecategoria": a template's tokens
        # and their arguments, one run without a space; no line of prose is one
        r"|^\s*[a-z][\w-]*\([^\s()]+\)(?:[\w-]*\([^\s()]*\))*[\w-]*\s*$"
        # "#show_tweet#": a template's placeholder, left where it stood
        r"|^\s*#[a-z]+(?:_[a-z]+)+#\s*$",
        "[Banner_Google_ADS]",
        '[caption id="attachment_12" align="alignleft"]',
        "videoid(i9J19I04oT0)finevideoid-categoria(tg)finecategoria",
        "#show_tweet#",
        sign=r"[\])#]\s*$|\)[\w-]+\s*$",
    ),
    # "2018-01-28_1281711075", "IMG_20230512.jpg": a picture's file name where the picture
    # was, on a line of its own: one token with an image's extension, or joined by an
    # underscore and holding a long run of figures. No sentence is one such token.
    rule(
        "picture file name",
        r"^\s*(?:[\w.-]{1,80}\.(?i:jpe?g|png|webp|gif)|(?=[\w-]{0,80}\d{6})[\w-]{0,80}_[\w-]{1,80})\s*$",
        "2018-01-28_1281711075",
        "IMG_20230512.jpg",
        "foto-sindaco.png",
        sign=r"[_.]",
    ),
    # "Una persona con l'influenza" / "Una persona con l'influenza": a picture's alternative
    # text and its caption, the same words on two lines in a row where the picture was. A
    # writer never sets a line twice; a headline said twice at the top is the headline's
    # rules' (copy.py leaves the first block to them).
    rule(
        "picture's text said twice",
        # (the page's lines are joined into one paragraph before the rules read it)
        # (never a sentence closed by its full stop: "Alcuni diritti riservati. Alcuni
        # diritti riservati." is a licence's notice, said twice as often)
        r"^\s*(?P<caption>[^\n]{9,199}?[^\s.!?])\s+(?P=caption)\s*$",
        "Una persona con l'influenza Una persona con l'influenza",
        "Il ministro alla Camera\nIl ministro alla Camera",
    ),
    # A picture's alternative text where an icon was, wherever the page put it: "• close-icon
    # close-icon", "- logo-icon". No Italian word ends in "-icon".
    rule(
        "icon label",
        r"(?:(?<=\s)|^)(?:[•·\-–]\s*)?(?:[a-z]+-)+icon\b(?:\s+(?:[a-z]+-)+icon\b)*",
        "• close-icon close-icon",
        "- logo-icon",
        "arrow-left-icon",
    ),
    rule(
        "photo gallery",
        r"\b(?P<photo>[A-Z][A-Za-z]{1,20})\s+\d{1,3}\s+di\s+\d{1,3}\b"
        r"(?:\s+[A-Z][A-Za-z]{1,20}\s+\d{1,3}\s+di\s+\d{1,3}\b)+"
        r"(?:\s+(?:leggi dopo|slideshow|ingrandisci))*",
        "Afp 1 di 10 Afp 2 di 10 Afp 3 di 10 leggi dopo slideshow ingrandisci",
        field="photo",
    ),
    # A slideshow whose every picture repeats the caption: "Aleppo, spari… 1 di 10 Afp
    # Aleppo, spari… 2 di 10 Afp …". The pattern finds the counters; copy.py checks that
    # they run from 1 to the last and that each picture says the caption again.
    rule(
        "captioned photo gallery",
        r"\s(?P<number>\d{1,3})\s+di\s+(?P<count>\d{1,3})\b",
        "Aleppo, spari sui convogli 1 di 3 Afp Aleppo, spari sui convogli 2 di 3 Afp Aleppo,"
        " spari sui convogli 3 di 3 Afp leggi dopo slideshow ingrandisci",
    ),
    rule(
        "read more",
        # ("Segui su affaritaliani.it": or to follow it on the site it comes from; "Segui su
        # Facebook" asks readers to follow the outlet, and is the chrome's)
        rf"^\s*(?:🔗\s*)?(?:leggi(?:\s+(?:tutta\s+)?la\s+notizia(?:\s+completa)?)?|segui)\s+su\s+"
        rf"(?!{_NETWORK}\b)(?P<source>[\w.-]{{2,40}})\s*$",
        "Leggi su ilfattoquotidiano",
        "Segui su affaritaliani.it",
        "Leggi tutta la notizia su lanazione",
        field="source",
        flags=re.I,
    ),
    # A list of the site's latest articles, each line opening on its day: "11 Nov 2025 103
    # mila euro dalla Regione / per chi non riesce… / 11 Nov 2025 Asili nido, …".
    # (each item no longer than a headline: "24 Ottobre 2025 - 12:45 Redazione (Agenzia Vista)
    # Bruxelles, 24 ottobre 2025 “Il Mediterraneo…” …" is the page's stamp over a lead, whose
    # dateline's day opens no item)
    rule(
        "news list",
        rf"^(?:{_NEWS_ITEM}){{2,}}\s*$",
        "11 Nov 2025 103 mila euro dalla Regione\nper chi non riesce a pagare l’affitto\n"
        "11 Nov 2025 Asili nido, Casalmaggiore risponde\nalle richieste con tre strutture",
    ),
    # "Il gioco è vietato ai minori di 18 anni…": the notice Italian law puts beside a
    # betting advert.
    rule(
        "betting notice",
        r"^\s*(?:il\s+)?gioco\s+(?:è\s+)?vietato\s+ai\s+minori\b[^\n]{0,120}$",
        "Il gioco è vietato ai minori di 18 anni e può causare dipendenza patologica 18+",
        flags=re.I,
    ),
    # "Da anni Lapressa.it offre una informazione libera e indipendente ai suoi lettori… Per
    # questo chiediamo a chi ci legge … un contributo": the outlet's appeal for funds, a
    # paragraph of its own, in the first person, asking its readers for support
    rule(
        "funding appeal",
        r"^(?=[^\n]*\b(?:informazione|giornalismo)\s+(?:liber[oa]|indipendente)\b)"
        r"(?=[^\n]*\b(?:chiediamo|ci\s+legge|ci\s+leggono|ci\s+segue|ci\s+seguono|sostienici|"
        r"sostenerci|(?:nostri|suoi)\s+lettori)\b)"
        r"(?=[^\n]*\b(?:contributo|sostegno|donazione|abbonamento)\b)[^\n]{40,1200}$",
        "Da anni Lapressa.it offre una informazione libera e indipendente ai suoi lettori senza "
        "contributo pubblico. Per questo chiediamo a chi ci legge un contributo.",
        flags=re.I,
    ),
    # "Fascinated", "Happy", "Sad", "Angry", "Bored", "Afraid": a blog theme's reaction
    # buttons under the text, each a line of its own, their labels in English whatever the
    # page's language (an Italian article has no English word alone as a paragraph)
    rule(
        "reaction buttons",
        r"^\s*(?:Fascinated|Happy|Sad|Angry|Bored|Afraid|Funny|Surprised|Excited|Sleepy|Love|"
        r"Haha|Wow|Like|Dislike|Confused|Scared|Inspired|Amused|Shocked)(?:\s+\d{1,6})?\s*$",
        "Fascinated",
        "Afraid",
        "Sad 2",
    ),
    # An aggregator's ticker of posts: "handle : text… - handle : text… -".
    rule(
        "post ticker",
        # the last post may be short enough to stand whole, without its "…"
        r"^\s*(?:[\w.]{2,30}\s+:\s+[^\n]{5,200}?…\s*-\s*)+(?:[\w.]{2,30}\s+:\s+[^\n…]{5,200}?\s+-\s*)?$",
        "matteosalvinimi : Per i trafficanti… - eziomauro : Sea Watch, autorizzato… -",
        "repubblica : Raid Usa a Bagdad… - cantuale : Raid Usa su Baghdad: ucciso il generale -",
    ),
    # A link to another article: its headline, its author and its date, as one block.
    rule(
        "related article",
        rf"^\s*[^\n]{{10,200}}?\s+(?:di|(?i:dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa]|corrispondente)))"
        rf"\s+[{UPPER}][\w'’]+(?:\s+[{UPPER}][\w'’]+){{1,3}}\s+{FULL_DATE}\s*$",
        "Ginevra, Putin-Biden mai soli al vertice dalla nostra inviata Rosalba Castelletti 16 Giugno 2021",
        sign=r"\d\s*$",
    ),
    # "Potrebbero interessarti …", "Leggi anche: …": links to the outlet's other articles.
    rule(
        "related links",
        # a list's dash or bullet may open it: "– Leggi anche: …"
        r"^\s*(?:[-–—•]\s*)?(?:potrebbero interessarti|ti potrebbe(?:ro)? interessare|leggi anche|"
        r"articol[oi] correlat[oi]|correlati|potrebbe interessarti anche|tag correlati|"
        # a theme's label in English: "Related posts", "You may also like"
        r"related\s+(?:posts?|articles?|news|stories)|you\s+(?:may|might)\s+also\s+like|"
        # "Gli approfondimenti:" over the links, never "Gli approfondimenti della procura…"
        r"(?:gli\s+)?approfondimenti(?=\s*:)|"
        # "APPROFONDIMENTI IN SVIZZERA Biden e Putin, …": the label in capitals, each linked
        # headline after it under a kicker in capitals
        rf"(?-i:APPROFONDIMENTI(?=\s+[{UPPER}]{{2,}}\b)))\b\s*:?[^\n]*$",
        "Potrebbero interessarti L'intervista di TPI alla deputata",
        "Leggi anche: Libia, la tregua regge",
        "– Leggi anche: Le debolezze della Nato",
        "Gli approfondimenti:",
        "APPROFONDIMENTI IN SVIZZERA Biden e Putin, iniziato l'incontro MOSCA Russia, la replica",
        "Related posts",
        "TAG CORRELATI",
        flags=re.I,
    ),
    # The site's navigation and its prompts, on a line of their own wherever they stand:
    # links to the next article or to more of the same, a reading time, a prompt to
    # subscribe, to follow a channel or to print.
    rule(
        "site navigation",
        r"^\s*(?:"
        r"leggi (?:tutto|di più|l['’]articolo(?: completo)?|la notizia(?: completa)?)(?: su [\w.-]{2,40})?|"
        r"leggi altre notizie(?: su| di)? [^\n]{2,60}|"
        r"clicca qui(?: per [^\n]{2,60})?|scopri di più|vai all['’]articolo|guarda anche|"
        r"per approfondire|approfondisci|(?:ti )?potrebbe interessarti(?: anche)?|"
        r"(?:articolo|notizia) (?:precedente|successiv[oa])|(?:prossimo|precedente) articolo|"
        r"torna (?:su|all['’]inizio|alla home(?:page)?)|stampa (?:questo articolo|l['’]articolo)|"
        r"(?:ultime|altre) notizie|(?:i |le |gli articoli )?più lett[ie](?: (?:della settimana|del giorno|del mese|di oggi))?|notizie correlate|"
        # the page's topics: "Argomenti: …", "In questa notizia si parla di: scuola - cantiere"
        r"(?:argomenti|in quest[oa] (?:notizia|articolo) si parla di)\s*:[^\n]{0,200}|commenti|abbonati(?: ora| a [^\n]{2,40})?|"
        r"resta aggiornat[oa](?: [^\n]{2,80})?|sostieni (?:il|la|l['’])[^\n]{2,80}|"
        r"(?:ricevi|segui) (?:le )?(?:notizie|news|aggiornamenti)[^\n]{0,40} su "
        r"(?:whatsapp|telegram|google news|facebook|instagram)[^\n]{0,60}|"
        r"(?:iscriviti|unisciti) (?:al|alla|ai) (?:nostr[oa] )?(?:canale|gruppo|community)[^\n]{0,60}|"
        r"(?:tempo di )?lettura\s*:\s*\d{1,2}\s*(?:min(?:uti|\.)?|')|"
        r"ascolta (?:questo articolo|l['’]articolo|l['’]audio)[^\n]{0,20}|"
        r"hai trovato un errore\?[^\n]{0,40}|commenta per primo|vota (?:questo articolo|la notizia)|"
        # a blog's widgets and prompts: "Clicca per condividere su Facebook (Si apre in una
        # nuova finestra)", "Mi piace Caricamento...", "Lascia un commento Annulla risposta",
        # "Cosa ne pensi? …", "Ti è piaciuto questo articolo?", "Hai già un account? Accedi"
        r"clicca per (?:condividere|stampare|inviare|inviare via e-?mail)\b[^\n]{0,80}|"
        r"\(?si apre in una nuova finestra\)?|mi piace(?:\s+caricamento\s*(?:\.\.\.|…)?)?|"
        r"(?:lascia un commento\s+)?annulla risposta|cosa ne pensi\?[^\n]{0,60}|"
        r"ti è piaciut[oa] (?:questo|quest['’]|l['’])\s*(?:articolo|notizia)\?[^\n]{0,80}|"
        r"hai già un account\?[^\n]{0,30}|"
        r"clicca (?:sull['’]\s*immagine|sulla foto|qui)? ?per ingrandir(?:la|e|le)|"
        # the reader's tools: "Stampa articolo", "Dimensione testo", "Riduci testo"
        r"stampa articolo|dimensione (?:del )?(?:testo|carattere)|(?:riduci|aumenta) (?:il )?(?:testo|carattere)|"
        # the outlet's paper and app: "Sfoglia il giornale", "Edicola digitale", "Leggi in app"
        r"sfoglia (?:il giornale|l['’]edizione|la rivista|il quotidiano)[^\n]{0,40}|"
        r"edicola(?: digitale)?|leggi il giornale|(?:leggi|apri) (?:nell['’]\s*|in |sull['’]\s*)app|"
        r"vai alla home(?:page)?|"
        # a push to the outlet's own feed: "Ricevi le news sul tuo smartphone", "Notizie su:
        # Libia", "Segui tutte le notizie su"
        r"ricevi (?:le )?(?:ultime )?(?:news|notizie)[^\n]{0,40}\b(?:smartphone|cellulare|telefono|e-?mail|casella)\b[^\n]{0,40}|"
        r"(?:altre |tutte le )?notizie su\s*:[^\n]{0,120}|segui tutte le notizie(?: su)?[^\n]{0,60}|"
        # the same article in another language: "Questo articolo è disponibile anche in
        # inglese", "Versione in inglese", "Read in English"
        r"(?:questo articolo è )?disponibile anche in (?:inglese|francese|tedesco|spagnolo|arabo)|"
        r"(?:leggi la )?versione (?:in )?(?:inglese|francese|tedesco|spagnolo|arabo)|"
        r"read (?:it |this |the article )?in english|english version|"
        # a player's and a box's labels, and a rating: "Riproduci", "Video del giorno",
        # "Live blog", "Sommario", "Punti chiave", "Votazione: 4.5/5", "(4 voti)"
        r"riproduci|video del giorno|segui il live|live ?blog|sommario|indice|in breve|punti chiave|"
        r"keywords?|argomenti|entra|votazione\s*:\s*[\d.,/ ]{1,10}|\(?\d{1,5}\s+vot[oi]\)?|"
        # the page's tags as hashtags: "#Roma #Cronaca"
        r"(?:#[\w-]{2,30}\s*){1,10}|"
        # the buttons round the text: "Share", "Copia link", "Invia per email", "Mostra altro",
        # "Leggi i commenti", "Segnala un errore"
        r"share|tweet|copia(?: il)? link|link copiato|invia (?:per |via )?e-?mail|"
        r"aggiungi ai preferiti|mostra (?:altro|di più|tutto)|leggi (?:i|tutti i) commenti|"
        r"segnala (?:un )?errore|"
        # the page's labels: "Tags", "Categorie: Politica", "Contenuto sponsorizzato", "Annuncio"
        r"tags?|categori[ae]\s*:[^\n]{0,120}|(?:contenuto )?sponsorizzato|"
        r"contenuto (?:pubblicitario|promozionale)|annuncio|"
        # the reader's account and the site's app and policies: "Accedi", "Iscriviti",
        # "Newsletter", "Scarica l'app", "Cookie policy"
        r"accedi|registrati|iscriviti|newsletter|scarica (?:l['’] ?)?app[^\n]{0,40}|"
        r"(?:cookie|privacy) policy|informativa (?:sui cookie|(?:sulla )?privacy)|"
        # the site's sections around the text: "In evidenza", "Dalla stessa sezione"
        r"in evidenza|approfondimenti|dalla stessa sezione|galleria fotografica|"
        # a channel to join: "Entra nel canale WhatsApp di Repubblica", "Ricevi gratis le
        # notizie sul tuo Messenger"
        r"(?:entra|unisciti|iscriviti)(?: gratis)? (?:nel|al|alla) (?:nostr[oa] )?(?:nuov[oa] )?(?:canale|gruppo|community)[^\n]{0,60}|"
        r"ricevi (?:gratis |gratuitamente )?(?:le |tutte le )?(?:nostre )?(?:ultime )?(?:notizie|news|aggiornamenti)"
        r"[^\n]{0,30}\b(?:messenger|whatsapp|telegram)\b[^\n]{0,60}|"
        # an appeal to fund the site, its last word the prompt: "L'informazione è un bene
        # comune. Sostienila" (not a quotation that asks for a gift, which goes on)
        r"[^\n«»“”\"]{0,80}\b(?:sostienici|sostienila|sostienilo|fai una donazione|dona ora)[.!]?|"
        # the publisher's imprint: "P.IVA 01234567890", "Partita Iva: …"
        r"(?:p\.\s?iva|partita iva|c\.f\.)\s*:?\s*[^\n]{0,80}|"
        # the audio player: "Ascolta la versione audio dell'articolo"
        r"ascolta la versione audio[^\n]{0,30}|"
        # a reading time: "Lettura 3 min", "Tempo di lettura 4'", "3 min"
        r"(?:(?:tempo di )?lettura\s*:?\s*)?" + _READING_TIME + "|"
        # a social post's frame where the page embedded it: "Visualizza questo post su
        # Instagram", "Un post condiviso da Giorgia Meloni (@giorgiameloni)"
        r"(?:visualizza|guarda) questo (?:post|video|reel) su (?:instagram|facebook|tiktok|x|youtube|threads)|"
        r"un (?:post|video|reel) condiviso da [^\n]{2,80}|"
        # … and a timeline's, where its posts did not load: "Tweets by InfoMinZW"
        r"tweets? by @?\w{2,30}|"
        # the cookie banner's buttons: "Accetta", "Rifiuta tutti", "Gestisci le preferenze"
        r"(?:accetta|rifiuta|accetto|rifiuto)(?: tutti| tutto| e chiudi)?|"
        r"(?:gestisci|personalizza)(?: le)? (?:preferenze|opzioni|cookie)|"
        # a blog's comment form: "Il tuo indirizzo email non sarà pubblicato. I campi
        # obbligatori sono contrassegnati *", "Salva il mio nome, email e sito web…"
        r"il tuo indirizzo email non sarà pubblicato[^\n]{0,120}|"
        r"i campi obbligatori sono contrassegnati[^\n]{0,20}|"
        r"salva il mio nome, email e sito web[^\n]{0,120}|"
        r"(?:commento|nome|email|e-mail|sito web)\s*\*?|invia (?:il )?commento|"
        # what kind of text follows, as a press office labels it: "Comunicato stampa"
        r"(?:comunicato|nota) stampa|"
        # an account's handle alone, the author's or the site's: "@mariorossi", "Twitter: @ansa"
        r"(?:(?:twitter|x|instagram|facebook|threads|bluesky)\s*:\s*)?@[\w.]{2,30}|"
        # the trail to the page through the site's sections: "Home » Politica", "Sei in: Home
        # / Politica" (a headline at its end is the headline's, for the breadcrumb rule)
        rf"(?:(?:tu\s+)?sei\s+(?:in|qui)\s*:\s*)?home(?:page)?(?:\s*[>›»/|]\s*(?:{SECTIONS}))+)"
        r"\s*[.:!»›>…]*\s*$",
        "Leggi tutto",
        "Tu sei qui: Home / Politica",
        "In questa notizia si parla di: scuola - cantiere - dirigente",
        "Leggi l'articolo completo su Repubblica.it",
        "Clicca qui per leggere l'articolo",
        "Articolo successivo",
        "Torna su",
        "Argomenti: politica, governo",
        "I più letti",
        "I più letti della settimana:",
        "Ricevi le notizie su WhatsApp",
        "Unisciti al canale Telegram",
        "Tempo di lettura: 3 minuti",
        "Ascolta questo articolo ora...",
        "Clicca per condividere su Facebook (Si apre in una nuova finestra)",
        "Mi piace Caricamento...",
        "Lascia un commento Annulla risposta",
        "Cosa ne pensi?",
        "Ti è piaciuto questo articolo?",
        "Hai già un account? Accedi",
        "Clicca sull'immagine per ingrandirla",
        "Stampa articolo",
        "Dimensione testo",
        "Sfoglia il giornale",
        "Leggi in app",
        "Ricevi le news sul tuo smartphone",
        "Notizie su: Libia",
        "Questo articolo è disponibile anche in inglese",
        "Versione in inglese",
        "Riproduci",
        "Punti chiave",
        "Votazione: 4.5/5",
        "(4 voti)",
        "ASCOLTA L'AUDIO",
        "Hai trovato un errore? Segnalacelo",
        "#Roma #Cronaca",
        "Share",
        "Copia link",
        "Invia per email",
        "Leggi i commenti",
        "Categorie: Politica",
        "Contenuto sponsorizzato",
        "Scarica l'app",
        "Cookie policy",
        "Dalla stessa sezione",
        "Entra nel canale WhatsApp di Repubblica",
        "Entra nel nuovo canale WhatsApp di Fanpage.it",
        "Ricevi gratis le notizie sul tuo Messenger",
        "L'informazione è un bene comune. Sostienila",
        "P.IVA 01234567890",
        "Ascolta la versione audio dell'articolo",
        "Lettura 3 min",
        "Tempo di lettura 4'",
        "3 min",
        "1 Minuto",
        "Home » Politica",
        "Sei in: Home / Politica",
        "@mariorossi",
        "Twitter: @mariorossi",
        "Comunicato stampa",
        "Visualizza questo post su Instagram",
        "Un post condiviso da Giorgia Meloni (@giorgiameloni)",
        "Tweets by InfoMinZW",
        "Rifiuta tutti",
        "Gestisci le preferenze",
        "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
        "Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.",
        "Nome *",
        flags=re.I,
    ),
    # "© Sputnik . Ekaterina Lislova Lavrov ha discusso con Pompeo…": a photo's credit and
    # the headline of the article its picture links to, in the middle of the text.
    rule(
        "photo credit and related link",
        rf"^\s*©\s*(?P<photo>[^\n.]{{2,30}}?\s*\.\s*[{UPPER}][\w'’-]+\s+[{UPPER}][\w'’-]+)"
        r"(?:\s+[^.!?\n]{10,200})?\s*$",
        "© Sputnik . Ekaterina Lislova Lavrov ha discusso con Pompeo la questione dell'INF",
        field="photo",
    ),
    rule("fragment", r"^\s*\S{1,2}\s*$", "a"),
    # "///", "* * *", "-----", "●●●": a line the page drew between parts of the text, in any
    # drawing mark; "٠٠٠٠٠" is Arabic-Indic zeros, which a page's fonts draw as dots
    rule(
        "separator",
        r"^\s*(?:[-–—_*=~#/\\|•·+●○◆◇♦★☆✱✦❖■□▪٠۰^°.:]\s*){3,}$",
        "///",
        "^^^^^^^^",
        "* * *",
        "●●●",
        "٠٠٠٠٠",
    ),
    # "(Traduzione realizzata da redazione …)": who translated the text, not the text
    rule(
        "translation notice",
        r"^\s*\(?\s*(?:traduzione|tradotto|testo tradotto)\s+(?:a cura|realizzat[ao]|"
        r"automatica|di|da|dall['’]|dal|della|dello)\b[^\n]{0,200}?\)?\.?\s*$",
        "(Traduzione realizzata da redazione Opinione tramite Intelligenza artificiale)",
        "Traduzione a cura di Mario Rossi",
        flags=re.I,
    ),
    # "(Frederic Legrand - COMEO/Shutterstock)": a picture's credit naming a photo agency.
    rule(
        "photo agency credit",
        # (a label before the credit is none of it: "(Foto: Imagoeconomica)")
        rf"^\s*\(\s*(?:(?i:foto|photo|ph)\s*:?\s*)?(?P<photo>[^()\n]{{0,60}}?\b(?:{PHOTO_AGENCIES}|"
        # stock and free picture libraries, as credits name them ("Nome_Cognome/pixabay")
        r"(?i:pixabay|unsplash|istock(?:photo)?|depositphotos|adobe ?stock|123rf|pexels|"
        r"wikimedia(?: commons)?|flickr|dreamstime))\b[^()\n]{0,40}?)"
        r"\s*\)\s*$",
        "(Frederic Legrand - COMEO/Shutterstock)",
        "(foto Ansa)",
        "(Leonhard_Niederwimmer/pixabay)",
        "(Foto: Imagoeconomica)",
        field="photo",
    ),
    # "AFP PHOTO / Issouf Sanogo": a wire picture's credit as the wire prints it, its
    # agency, the word for photo and the photographer after a slash
    rule(
        "wire photo credit",
        rf"^\s*(?P<photo>(?:{PHOTO_AGENCIES})\s+(?i:photo|foto)\s*/\s*[^\n/()]{{2,40}}?)\s*$",
        "AFP PHOTO / Issouf Sanogo",
        "EPA PHOTO / Mario Rossi",
        field="photo",
    ),
    # "[ZEUS News - www.zeusnews.it - 07-11-2023]", "SPORTAL.IT | 16-03-2019 08:40": the site
    # that ran the piece and its day, in figures, a line of their own (a link to the
    # comments after them)
    rule(
        "site and time stamp",
        rf"^\s*\[?\s*(?:(?P<source>{SITE_NAME})|(?P<source2>[{UPPER}][\w’'.&]*(?:\s+[\w’'.&]+){{0,3}})"
        rf"\s*(?:{DASH}|\|)\s*(?:www\.)?{SITE_NAME})\s*(?:{DASH}|\|)\s*(?P<date>{STAMP_FIGURES})"
        rf"(?:\s+\d{{1,2}}[:.]\d{{2}})?\s*\]?(?:\s*(?i:commenti|\d+\s+commenti))?\s*$",
        "[ZEUS News - www.zeusnews.it - 07-11-2023] Commenti",
        "SPORTAL.IT | 16-03-2019 08:40",
        field="source",
    ),
    # "Fonte foto: ANSA", "fonte immagine agoravox.it": a picture's credit with its label,
    # wherever the picture stood
    rule(
        "labelled photo credit",
        r"^\s*(?:fonte|credit[oi]|crediti)\s+(?:foto|immagin[ei])\s*:?\s*"
        r"(?P<photo>[^\n!?]{2,60}?)\.?\s*$",
        "Fonte foto: ANSA",
        "Credito immagine: Getty Images",
        "fonte immagine agoravox.it",
        field="photo",
        flags=re.I,
    ),
    # … and the caption after it on its line, where the page set the credit first: "Fonte
    # foto: ANSA Il presidente della Turchia a New York", "Fonte foto: Tuttocittà.it Il luogo
    # dello scontro". The credit is a picture agency or a site's address, so where it ends
    # is known.
    rule(
        "labelled photo credit and its caption",
        rf"^\s*(?i:fonte|credit[oi]|crediti)\s+(?i:foto|immagin[ei])\s*:\s*"
        rf"(?P<photo>{PHOTO_AGENCIES}|{SITE_NAME})"
        rf"\s+(?P<caption>[{UPPER}][^\n]{{4,300}})$",
        "Fonte foto: ANSA Il presidente della Turchia Recep Tayyip Erdogan a New York in occasi",
        "Fonte foto: Tuttocittà.it Il luogo in cui è avvenuto lo scontro frontale",
        field="photo",
        sign=r"(?i:foto|immagin)",
    ),
    # "Baloncici via Getty Images": the photographer, and the agency that sold the picture.
    rule(
        "photo credit via an agency",
        rf"^\s*(?P<photo>[{UPPER}][\w.'’ -]{{1,40}}?\s+via\s+(?:{PHOTO_AGENCIES}))\s*$",
        "Baloncici via Getty Images",
        "Anadolu Agency via Getty Images",
        field="photo",
    ),
    # A picture's caption and its credit, wherever the page put it.
    rule(
        "photo caption",
        # (not a headline and the page's section before the agency: "… - Mondo - ANSA", a
        # browser tab's title, for the headline's rules)
        rf"^(?![^\n]*\s(?:{DASH}|\|)\s+(?:{SECTIONS})\s+(?:{DASH}|\|)\s+[^\n]{{2,40}}$)"
        # ("… a Casalpusterlengo, LaPresse": or after a comma)
        rf"(?P<caption>[^.!?]{{10,200}}?)(?:\s+(?:{DASH}|\|)|\s*,)\s+(?:(?i:foto|ph)\s*:?\s*)?(?P<photo>(?:{PHOTO_AGENCIES}|Ap|AP|"
        r"Sintesi|Ansa Foto))(?:\s*©\s*[\w.-]{2,40})?\s*$",
        "Il fumo degli scontri nella periferia di Tripoli verso l'aeroporto - Reuters",
        "Donne afghane avvolte dal burqa - Foto Ansa © www.giornaledibrescia.it",
        "Da sinistra, il portavoce e il presidente | Foto Ansa",
        "Lo scontro del 20 giugno 2023 a Casalpusterlengo, LaPresse",
        field="photo",
        sign=r"\s[-–—|]\s|,\s",
    ),
    # "Aleksandar Vučić durante il suo intervento. (Belgrado, 21.8.2022) Darko Vojinovic/
    # Copyright 2022 The Associated Press. All rights reserved": a caption, and its credit
    # as the photographer and the holder of the copyright, with the year (or the credit
    # alone on its line).
    rule(
        "photo caption with its copyright",
        rf"^(?:(?P<caption>[^\n]{{10,300}}?)\s+)?(?P<photo>[{UPPER}][\w.'’-]+(?:\s+[{UPPER}][\w.'’-]+){{0,3}}"
        r"\s*/\s*(?i:copyright)\s+(?:©\s*)?\d{4}\s+[^\n]{2,60}?)\.?"
        r"(?:\s*(?i:all rights reserved|tutti i diritti riservati)\.?)?\s*$",
        "Il presidente in tv. (Belgrado, 21.8.2022) Darko Vojinovic/Copyright 2022 The "
        "Associated Press. All rights reserved",
        "Mario Rossi/Copyright 2023 The AP. All rights reserved.",
        field="photo",
        sign=r"(?i:copyright)",
    ),
    # … or after the caption's one sentence, closed: a picture-only agency's name after the
    # full stop of a block's only sentence credits a picture, wherever the block stands.
    rule(
        "photo caption with its credit run in",
        # ("… Keystone / Ettore Ferrari": the agency, then its photographer behind a slash)
        rf"^(?P<caption>[{UPPER}][^.!?\n]{{10,200}}?\.?)\s+(?P<photo>(?:{PICTURE_ONLY_AGENCIES})"
        rf"(?:\s*/\s*[{UPPER}][\w'’.-]+(?:\s+[{UPPER}][\w'’.-]+){{0,2}})?)\s*$",
        "Il primo ministro della Groenlandia Jens-Frederik Nielsen Keystone",
        "Il ministro degli Esteri non commenta le dichiarazioni del collega. Keystone",
        "La regista Audrey Diwan con il massimo premio veneziano Keystone / Ettore Ferrari",
        field="photo",
        sign=rf"(?:{PICTURE_ONLY_AGENCIES})(?:\s*/[^\n/]{{2,40}})?\s*$",
    ),
    # "Giuseppe Sala … a Milano, 19 ottobre 2025. ANSA/MOURAD BALTI TOUATI": a wire
    # picture's caption as the wire writes it, closed on the day it was taken, and its
    # agency and photographer in capitals after a slash (the wire's own tag is "(ANSA)",
    # never a name behind a slash). The date makes it a caption: a paragraph of the text
    # that a credit follows ends on a sentence, not on the day.
    rule(
        "wire photo caption with its photographer",
        rf"^(?P<caption>[^\n]{{10,400}}?\d{{1,2}}\s+[{UPPER}{LOWER}]{{3,10}}\s+\d{{4}}\.)\s+"
        rf"(?P<photo>(?:{PHOTO_AGENCIES})\s*/\s*[{UPPER}][{UPPER}'’.-]+(?:\s+[{UPPER}][{UPPER}'’.-]+){{1,3}})\s*$",
        "Giuseppe Sala, sindaco di Milano, a un evento a Milano, 19 ottobre 2025. ANSA/MOURAD "
        "BALTI TOUATI",
        "Il premier arriva al vertice a Bruxelles, 26 giugno 2024. EPA/OLIVIER HOSLET",
        field="photo",
        sign=r"/\s*[A-Z]",
    ),
    # "I festeggiamenti a New Delhi dei sostenitori del premier Narendra Modi (Ansa)": a
    # caption whose credit closes it in brackets, a paragraph without a full stop.
    rule(
        "photo caption with credit in brackets",
        # the credit names a photo agency, in any case ("(reuters)"), or says it is one
        # ("Foto Novi")
        # (not "(Fotogramma/Ipa)", an agency whose name starts as the word does)
        # (not "(FOTO E VIDEO)", the label of the page's media after a headline)
        rf"^(?P<caption>[{UPPER}][^.!?\n]{{10,200}}?)\s+\(\s*(?:(?i:foto|ph)(?![{LOWER}])"
        rf"(?!\s+(?i:e|and)\s+(?i:video|audio)\b)\s*:?\s*|"
        rf"(?=(?i:{PHOTO_AGENCIES}|ap)\s*(?:/[^()\n]{{2,30}})?\)))(?P<photo>[^()\n]{{2,40}}?)\s*\)\s*$",
        "I festeggiamenti a New Delhi dei sostenitori del premier Narendra Modi (Ansa)",
        "Soldati turchi al confine con la Siria (foto Afp)",
        "La squadra a Piombino per la presentazione della nave (Foto Novi)",
        "Manifestazione “Blocchiamo Tutto” in solidarietà alla Flotilla (LAPRESSE)",
        "La presidente della banca centrale, Anna Rossi (reuters)",
        "Donald Trump e Volodymyr Zelensky in un incontro precedente (Fotogramma/Ipa)",
        field="photo",
        sign=r"\)\s*$",
    ),
    # "Di seguito l'intervista a Donato Toma, realizzata questa mattina.", "Nel box qui sotto
    # è possibile consultare l'elenco…": a pointer to what the page embedded (a player, a
    # box), which the text does not hold. Not "Di seguito l'elenco dei Comuni:", whose list
    # follows in the text.
    rule(
        "pointer to embedded media",
        r"^\s*(?:nel box|nel player|nella (?:foto)?gallery|nel video(?= qui sotto| in basso))\b[^\n]{0,250}$"
        r"|^\s*(?:qui\s+)?(?:di seguito|qui sotto|in basso)\b[^\n.!?]{0,40}?"
        r"(?:intervista|videointervista|video|audio|servizio|gallery|galleria|fotogallery|"
        r"infografica|podcast|player)\b[^\n]{0,200}$"
        # "Di seguito è possibile avere l'ultima posizione aggiornata della nave...": what the
        # reader can do with a widget below; a list the text gives ends on its colon
        r"|^\s*(?:qui\s+)?(?:di seguito|qui sotto|in basso)\s+(?:è possibile|si può|potete|puoi)\s"
        r"[^\n]{0,200}(?<!:)$",
        "Di seguito l’intervista a Donato Toma, realizzata questa mattina, 23 aprile, alle 6.",
        "Di seguito è possibile avere l'ultima posizione sempre aggiornata della nave...",
        "Nel box qui sotto è possibile consultare e scaricare l’elenco completo dei Comuni.",
        "Qui sotto il video della conferenza stampa",
        flags=re.I,
    ),
    # "Un momento dell'inaugurazione della nuova scuola.", "Foto di repertorio": a caption
    # without its credit, a paragraph of its own that says it shows a picture. Not "Nella
    # foto ufficiale, da sinistra, erano presenti:", whose colon opens the text's own list.
    rule(
        "photo caption alone",
        r"^\s*(?:un momento (?:del|dello|della|dei|degli|delle|dell['’])|nella foto|in foto|"
        r"nell['’]immagine|(?:foto|immagine) (?:di repertorio|d['’]archivio))"
        r"\b[^\n.!?]{0,160}(?<![:;])\.?\s*$"
        # "Un brutto incidente stradale, foto generica": … or that ends saying so
        r"|^[^\n.!?]{3,160}?(?:,|\(|\s[-–])\s*(?:foto|immagine)\s+(?:generica|di repertorio|"
        r"d['’]archivio)\)?\.?\s*$",
        "Un momento dell'inaugurazione della nuova scuola materna di Pennabilli.",
        "Nella foto, il sindaco con gli assessori",
        "Foto di repertorio",
        "Un brutto incidente stradale, foto generica",
        "Auto in coda al casello (foto d'archivio)",
        flags=re.I,
    ),
    # A wire's caption, in English, opening on EPA's code for the picture ("epa11524689 An
    # unidentified person sets fire to a motorcycle… EPA/MONIRUL ALAM") or on AFP's mark
    # for its picture of the day ("TOPSHOT - French far-right … President Jordan Bardella…").
    rule(
        "wire photo caption",
        r"^\s*(?:epa\d{6,}|TOPSHOT\s*[-–])\s[^\n]*$"
        # … or on the notice of a handout picture ANSA distributes: "… ANSA/MINISTRY PRESS
        # OFFICE +++ ANSA PROVIDES ACCESS TO THIS HANDOUT PHOTO … NO LICENSING +++"
        r"|^[^\n]{0,600}?\+\+\+\s*[A-Z]{2,10}\s+PROVIDES\s+ACCESS\s+TO\s+THIS\s+HANDOUT[^\n]{0,400}$",
        "epa11524689 An unidentified person sets fire to a motorcycle in Dhaka, 04 August 2024.",
        "Italian Minister Paolo Rossi in Rome, 12 March 2024. ANSA/PRESS OFFICE +++ ANSA PROVIDES "
        "ACCESS TO THIS HANDOUT PHOTO TO BE USED SOLELY TO ILLUSTRATE NEWS REPORTING +++",
        "TOPSHOT - French far-right party President Jordan Bardella looks on in Paris.",
    ),
    # A notice in place of an embedded video or post the page could not show.
    rule(
        "embed notice",
        r"^\s*(?:il seguente contenuto (?:proviene|è fornito) da (?:partner|fornitori|servizi|"
        r"piattaforme|terze parti)|questo contenuto (?:è ospitato|proviene) da (?:terze parti|"
        r"partner|una piattaforma)|per (?:visualizzare|vedere) questo contenuto"
        # "Questo contenuto non è disponibile per via delle tue preferenze sui cookie"
        r"|questo contenuto non è (?:disponibile|visibile)\b[^\n]{0,80}\bcookie)[^\n]{0,200}$",
        "Il seguente contenuto proviene da partner esterni. Non possiamo dunque garantire che sia "
        "accessibile per tutti gli utenti.",
        "Per visualizzare questo contenuto è necessario accettare i cookie",
        "Questo contenuto non è disponibile per via delle tue preferenze sui cookie",
        flags=re.I,
    ),
    # "Iscriviti a RUMORE, la newsletter di …": the outlet's promotion of itself.
    rule(
        "newsletter",
        r"^\s*(?:iscriviti|abbonati|registrati)\b[^\n]{0,120}\bnewsletter\b[^\n]{0,120}$",
        "Iscriviti alla newsletter di Esteri: ogni venerdì nella tua casella",
        flags=re.I,
    ),
    # "Vuoi ricevere le notizie di … nella tua Inbox? Iscriviti alla nostra newsletter!",
    # "Vuoi pubblicare i contenuti di … sul tuo sito web? Contattaci …": the outlet's question
    # to the reader and what it asks them to do; "Per ricevere le notizie di …:" over its links.
    rule(
        "call to the reader",
        r"^\s*(?:(?:vuoi|volete|desideri)\s+(?:ricevere|pubblicare|restare|rimanere|essere|"
        r"leggere|promuovere|segnalare|sostenere)\b[^\n?]{0,200}\?\s*(?:(?:allora\s+)?(?:iscriviti|"
        r"contattaci|scrivici|scrivi|clicca|abbonati|scarica|seguici|registrati|entra|sostienici)\b"
        r"[^\n]{0,200})?|per\s+ricevere\s+(?:tutte\s+)?(?:le\s+)?(?:notizie|news|aggiornamenti)\b"
        r"[^\n:]{0,60}:)\s*$",
        "Vuoi ricevere le notizie di Gazzetta Economica direttamente nella tua Inbox? Iscriviti alla "
        "nostra newsletter!",
        "Vuoi pubblicare i contenuti di Notizie.com sul tuo sito web o vuoi promuovere la tua "
        "attività? Contattaci all'indirizzo [email protected]",
        "Per ricevere le notizie di Tg Lombardia:",
        flags=re.I,
    ),
    # "Abbonati per continuare a leggere …", "Questo articolo è riservato agli abbonati": a
    # paywall's offer where the free part of the article stops, with its prices and buttons.
    rule(
        "paywall",
        r"^\s*(?:(?:abbonati|accedi|registrati|iscriviti)(?:\s+ora)?\s+per\s+(?:continuare\s+a\s+)?leggere|"
        r"per\s+(?:continuare\s+a\s+leggere|leggere\s+(?:l['’]articolo|tutto)|proseguire\s+la\s+lettura)|"
        r"(?:questo|il\s+presente|il|l['’])\s*(?:articolo|contenuto)\s+è\s+riservato\s+(?:agli|ai)\s+(?:abbonati|iscritti)|"
        # "Il testo completo di questo contenuto a pagamento è disponibile agli utenti abbonati"
        r"(?:il\s+testo\s+(?:completo|integrale)\s+di\s+)?(?:questo|quest['’])\s*(?:articolo|contenuto)"
        r"(?:\s+a\s+pagamento|\s+premium)?\s+è\s+(?:disponibile|riservato|accessibile)\s+(?:solo\s+)?"
        r"(?:agli|ai|per\s+gli|per\s+i)\s+(?:utenti\s+|lettori\s+)?(?:abbonati|iscritti|registrati)|"
        r"sei\s+già\s+abbonat[oa])\b[^\n]{0,600}$",
        "Abbonati per continuare a leggere Resta informato ovunque ti trovi",
        "Questo articolo è riservato agli abbonati",
        "Il contenuto è riservato agli abbonati.",
        "Il testo completo di questo contenuto a pagamento è disponibile agli utenti abbonati",
        "Per continuare a leggere l'articolo abbonati",
        flags=re.I,
    ),
    # "Per essere sempre aggiornato, seguici su: Facebook - Twitter - Telegram": the outlet's
    # accounts, not the article.
    rule(
        "follow us",
        r"^\s*(?:per (?:essere|restare|rimanere) sempre aggiornat[oaie]\s*,?\s*)?"
        r"seguici(?:\s+anche)?\s+su\b[^\n]{0,200}$",
        "Per essere sempre aggiornato, seguici su: Facebook - Twitter - Telegram - Youtube",
        "Seguici su Instagram",
        flags=re.I,
    ),
    # "Nota: Questo articolo è stato creato con l'Intelligenza Artificiale (IA).": how the
    # text was made, said by the page.
    rule(
        "machine-made notice",
        r"^\s*(?:nota\s*:\s*)?(?:questo|il presente|l['’])\s*(?:articolo|testo|contenuto)\s+è\s+"
        r"stato\s+(?:creato|generato|scritto|realizzato|prodotto|redatto)\b[^\n]{0,80}?"
        r"intelligenza artificiale[^\n]{0,150}$"
        # "Articolo generato con il supporto dell'IA": the short label
        r"|^\s*(?:articolo|testo|contenuto)\s+(?:generat|creat|realizzat|scritt|prodott|redatt)[oa]\s+"
        r"(?:con|grazie a|tramite|mediante)\s+(?:il\s+supporto\s+|l['’]\s*aiuto\s+|l['’]\s*ausilio\s+)?"
        r"(?:dell['’]\s*|di\s+|l['’]\s*)?(?:ia|ai|intelligenza artificiale)\b[^\n]{0,100}$",
        "Nota: Questo articolo è stato creato con l'Intelligenza Artificiale (IA).",
        "Articolo generato con il supporto dell'IA",
        flags=re.I,
    ),
    # "L’ARTICOLO DI PAOLO MARINO SU LIBERTA’": the full piece is in the paper, by its author.
    rule(
        "print edition reference",
        rf"^\s*(?:(?i:leggi)\s+)?(?i:l['’]articolo(?:\s+completo)?)\s+(?i:di)\s+"
        rf"(?P<author>[{UPPER}][\w'’.-]+(?:\s+[{UPPER}][\w'’.-]+){{1,3}})\s+"
        rf"(?i:su|sul|sulla|in edicola su)\s+[{UPPER}][\w'’. ]{{1,40}}?\s*$",
        "L’ARTICOLO DI PAOLO MARINO SU LIBERTA’",
        "L'articolo completo di Mario Rossi sul Corriere",
        field="author",
    ),
    # A label left alone by an embedded post or a live blog: "BREAKING:", "ULTIM'ORA:".
    rule(
        "lone label",
        rf"^\s*(?:[^\w\s]{{1,3}}\s*)?[{UPPER}][{UPPER}'’ ]{{2,20}}:\s*$",
        "BREAKING:",
        "ULTIM'ORA:",
        "🚨 BREAKING:",
    ),
)

# ---------------------------------------------------------------- inside a block

# The page's date inside a block: in brackets, run into its headline with the hour, or run
# into the text between two sentences.
INLINE_TIME_STAMP = rule(
    "time stamp in the text",
    # "(Di sabato 18 gennaio 2020)", "(ULTIME NOTIZIE OGGI, 27 DICEMBRE 2016) -": the page's
    # date in brackets, after "di" or a label, and the dash that may follow it
    rf"\(\s*(?:(?i:di)|[{UPPER}][{UPPER}{LOWER}' ]{{2,30}},)\s+(?:(?i:{WEEKDAY})\s+)?(?P<date>{FULL_DATE})\s*\)"
    rf"(?:\s*{DASH}(?=\s))?"
    # A page's date and time run into its headline: "Usa e Iran 19 luglio 2019 - 14:33 Il".
    # (not a stamp's own: "Pubblicato il 12 marzo 2024 - 14:30 OLTRE 6 MESI FA" is one stamp)
    rf"|(?<=[\w\"”»’'] )(?<!\bil )(?<!\bdel )(?P<date2>{FULL_DATE})\s*{DASH}\s*\d{{1,2}}[:.]\d{{2}}(?=\s+[{UPPER}«“\"])"
    # … or run into the text between two sentences: "…a Tripoli. 12 marzo 2024 14:30 Il
    # governo…", a date with its year that no sentence opens on without an article
    rf"|(?<=[.!?»”\"] )(?P<date3>\d{{1,2}}\s+{month_pattern()}\s+\d{{4}}|{NUMERIC_DATE})"
    rf"{STAMP_TIME}?(?=\s+[{UPPER}«“\"])"
    # … or between two dashes after a headline: "…nelle prossime ore – 29 Ottobre 2018 –
    # Situazione critica…"
    rf"|(?<=[\w\"”»’'] ){DASH}\s*(?P<date4>{FULL_DATE})\s*{DASH}(?=\s+[{UPPER}«“\"])",
    "(Di sabato 18 gennaio 2020)",
    "INCIDENTE STRADALE NEWS: DECESSI IN AUMENTO (ULTIME NOTIZIE OGGI, 27 DICEMBRE 2016) - Aumento",
    "attesi forti piogge nelle prossime ore – 29 Ottobre 2018 – Situazione critica",
    "La guerra del drone tra Usa e Iran 19 luglio 2019 - 14:33 Il presidente",
    "La tregua regge a Tripoli. 12 marzo 2024 14:30 Il governo ha annunciato",
    field="date",
)
# "… larga vittoria da Luigi Cignoni - 16 aprile 2017 0 21 A voter": a page's byline, date
# and counters (comments, views) run into its headline.
INLINE_BYLINE = rule(
    "byline and date in the text",
    rf"(?<=[\w\"”»’'] )(?i:di|da|by)\s+(?P<author>[{UPPER}][\w’'.-]+(?:\s+[{UPPER}][\w’'.-]+){{1,2}})"
    rf"\s*{DASH}\s*(?P<date>{FULL_DATE})(?:\s+\d{{1,6}}){{0,3}}(?=\s+[{UPPER}«“\"])"
    # "… 25 morti di Redazione 05/08/2015 Nuova tragedia": the staff, who are no author,
    # and the day in figures
    rf"|(?<=[\w\"”»’'] )(?i:di|da|by)\s+(?i:redazione)\s+(?P<date2>{NUMERIC_DATE})(?=\s+[{UPPER}«“\"])",
    "Erdogan verso una larga vittoria da Luigi Cignoni - 16 aprile 2017 0 21 A voter casts",
    "al largo coste libiche: 25 morti di Redazione 05/08/2015 Nuova tragedia",
    field="author",
)
# "…una soluzione interna.LEGGI ANCHE Chi è Mike Manley LEGGI ANCHEManley, nato…": a link
# to another article inside a paragraph, its label in capitals (copy.py takes the linked
# headline with it, when another label or the paragraph's end closes it).
INLINE_READ_ALSO = rule(
    "read also in the text",
    # (not inside a bracket: "(LEGGI ANCHE: …)" is a link in brackets, whole)
    r"(?<![(\[])(?<![(\[] )\b(?:LEGGI ANCHE|GUARDA ANCHE|VEDI ANCHE|ARTICOLO CORRELATO|ARTICOLI CORRELATI)"
    r"(?:\s*:)?"
    # "… del centro. Leggi anche: Georgia, il parlamento…": in small letters, after a
    # sentence's stop and with its colon
    r"|(?<=[.!?»”\"] )(?:Leggi|Guarda|Vedi) anche\s*:",
    "ha optato per una soluzione interna.LEGGI ANCHE Chi è Mike Manley LEGGI ANCHEManley, nato",
    "chiuso le strade del centro. Leggi anche: Georgia, il parlamento approva la legge",
)
# "Ore 16. Un barchino…", "Ore 10:45. Venti tunisini…": a live page's time, opening an entry.
TIME_LABEL = rule(
    "time label",
    # (the minutes after a comma too, as Italian writes them: "Ore 18,50. Altri 81…")
    rf"^\s*(?i:ore)\s+\d{{1,2}}(?:[:.,]\d{{2}})?\s*(?:\.|{DASH})\s+(?=[{UPPER}«“\"])"
    # a live blog's entry: "18.10 Il discorso è rimandato…", the hour and its minutes
    # (an elided word keeps its apostrophe before the capital: "8.10 'Ndrangheta, …")
    # (or followed by a comma: "10:30, Il Presidente della Tunisia…")
    rf"|^\s*{CLOCK},?\s+(?=[{UPPER}«“\"]|['’][{UPPER}])",
    "Ore 16. Un barchino, con a bordo 44 migranti",
    "10:30, Il presidente ha annunciato",
    "Ore 10:45. Venti tunisini",
    "Ore 18,50. Altri 81 migranti sono giunti",
    "18.10 Il discorso è rimandato, metà del parlamento non si presenta",
    "8.10 'Ndrangheta, maxi-blitz a Catanzaro",
)
# "Ore 13,10 - Alla fine del comizio…", "Ore 14 circa - Il Campidoglio…": an hour opening a
# paragraph, however the label goes on. Read only for the order of a page's hours: a live
# page posts its newest entry first, a chronology tells its hours in order, and these are
# the events' own times, which stay (`copy._time_labels`).
ENTRY_HOUR = rule(
    "hour opening a paragraph",
    r"^\s*(?i:ore)\s+(?P<hour>[01]?\d|2[0-3])(?:[:.,](?P<minute>[0-5]\d))?\b",
    "Ore 13,10 - Alla fine del suo comizio",
    "Ore 14 circa - Il Campidoglio in lockdown.",
)
# "in programma oggi, 28 gennaio": the article names its own day.
TODAY = rule(
    "today's date in the text",
    rf"\b(?i:oggi|stasera|stamattina|stamane|(?:questa|questo)\s+(?:sera|mattina|pomeriggio))"
    # (the first of the month in words or with its sign: "venerdì primo giugno", "1° maggio")
    rf"\s*(?:,|{DASH}|\()?\s*(?:(?:(?i:{WEEKDAY})\s+)?(?P<date>(?:\d{{1,2}}|(?i:primo)|1[°º])\s+{MONTH_WORD}(?:\s+\d{{4}})?)\b"
    # "oggi, mercoledì 11": the weekday and the day, the month the date line's; the
    # weekday must fall on that day of it (`text.refine_date`), or the day is not taken
    rf"|(?P<weekday>(?i:{WEEKDAY}))\s+(?P<day>\d{{1,2}})\b(?!\s*(?:[.:/]\d|{MONTH_WORD})))",
    "la missione in programma oggi, 28 gennaio, guidata dalla premier",
    "Nella tarda mattinata di oggi, mercoledì 11, il sindaco ha comunicato",
    "nel pomeriggio di oggi, martedi’ 22 dicembre, si terrà una riunione",
    "Si vota oggi – domenica 23 giugno 2024 dalle 7 alle 23",
    "dopo il voto di questa sera, sabato 29 gennaio 2022",
    "Stasera (domenica 8 dicembre), avrà luogo la cerimonia",
    "intorno alle 12 di oggi, venerdì primo giugno. Per cause",
    field="date",
)
INLINE_READ_MORE = rule(
    "read more",
    # ("… la concessione. Segui su affaritaliani.it": or to follow it there)
    # (the prompt to follow opens on its capital: "la segui su Rai1" is a sentence's)
    rf"(?:🔗\s*)?(?:(?i:leggi(?:\s+la\s+notizia)?)|Segui)\s+(?i:su)\s+(?!(?i:{_NETWORK})\b)"
    r"(?P<source>[\w.-]{2,40})(?=\s|$)",
    "… nella ... Leggi su zon (Di lunedì 23 maggio 2022) Giorno 89",
    "la concessione. Segui su affaritaliani.it Leggi su affaritaliani",
    field="source",
)
# "(L'ANDAMENTO IN TEMPO REALE DELLO SPREAD)", "(LO SPECIALE MIGRANTI)": a link to another
# page inside a paragraph, in capitals and brackets, opening on an article (an agency's tag,
# an acronym or its expansion never does).
INLINE_LINK = rule(
    "link in brackets",
    # ("(TUTTE LE NEWS SULLA CRISI IN MEDIO ORIENTE)": or on "all the")
    # (a year or a number in it too: "( LE PRINCIPALI ELEZIONI NEL MONDO NEL 2026 )")
    rf"\(\s*(?:(?:IL|LO|LA|I|GLI|LE|TUTTE\s+LE|TUTTI\s+GLI)\s+|L['’]\s*)[{UPPER}][{UPPER}0-9'’ ]{{2,80}}(?:\s[-–—]\s[{UPPER}0-9'’ ]{{2,80}})?[{UPPER}0-9]\s*\)"
    # "(SEGUI LE CONSULTAZIONI)", "(GUARDA IL VIDEO)": or on the link's imperative
    rf"|\((?:SEGUI|LEGGI|GUARDA|ASCOLTA|SCOPRI|VEDI|CLICCA)\s+[{UPPER}][{UPPER}'’ ]{{1,80}}[{UPPER}]\)"
    # "come ha spiegato il procuratore (video)": the marker of a video or pictures the page
    # linked there, in any case
    r"|[(\[]\s*(?i:video|foto|audio|(?:foto)?gallery|foto\s+e\s+video|video\s+e\s+foto|guarda|"
    r"ascolta(?:\s+l['’]audio)?|guarda\s+il\s+video)\s*[)\]]"
    # "[Leggi anche: Il governo approva la manovra]": a link to another article, in brackets
    r"|[(\[]\s*(?i:leggi\s+anche|guarda\s+anche|vedi\s+anche|articolo\s+correlato)\s*:?\s*[^()\[\]\n]{2,150}[)\]]"
    # "(Continua a leggere dopo la foto)": the page's prompt past its picture or advert
    r"|\(\s*(?i:continua\s+a\s+leggere|l['’]articolo\s+continua)\b[^()\n]{0,60}\)"
    # "… al Collatino Continua dopo la foto": the same prompt without brackets, run onto the
    # text where the picture was
    r"|(?:(?<=[\s.!?])|^)(?i:continua\s+(?:a\s+leggere\s+)?dopo\s+(?:la\s+foto|la\s+pubblicit[àa]|"
    r"il\s+video|l['’]immagine|la\s+gallery))\b"
    # "– continua sotto –": the page's prompt past an advert, set between dashes
    r"|[-–—]\s*(?i:continua\s+(?:sotto|qui\s+sotto|dopo\s+la\s+pubblicit[àa]|a\s+leggere\s+sotto))\s*[-–—]"
    # "(segue)" on a line of its own between paragraphs: the wire's continuation mark
    r"|^\s*\(\s*(?i:segue|continua)\s*\)\s*$"
    # "(clicca qui)", "(Leggi anche)", "(vedi video)", "(VAI ALLA GALLERY)": the prompt alone,
    # its link the page lost; "(aggiornamento)": a live page's mark of an update
    # "(segui la diretta)": the live page's link, in any case
    r"|\(\s*(?i:" + _LIVE_PROMPT + r")\s*\)"
    r"|\(\s*(?i:leggi(?:\s+anche|\s+qui)?|clicca\s+qui|vedi\s+(?:il\s+)?video|"
    r"vai\s+alla\s+(?:foto)?gallery|aggiornamento)\s*\)"
    # "(sotto, il video)", "(qui sotto il video)": a pointer to the player under the text
    r"|\(\s*(?i:(?:qui\s+)?sotto\s*,?\s+(?:il|lo|la|i|gli|le|l['’])\s*)"
    r"(?i:video|foto|immagini|audio|intervista|servizio)\s*\)"
    # "…Bellaria Igea Marina (qui le immagini di Faenza delle scorse settimane).": a pointer
    # to what the page linked on "qui", in any case
    r"|\(\s*(?i:(?:leggi\s+|guarda\s+)?qui)\s+(?i:(?:tutt[ie]\s+)?(?:il|lo|la|i|gli|le|l['’])\s*)?"
    r"(?i:immagini|video|foto|articolo|diretta|speciale|dettagli|approfondimento|intervista|"
    # ("(qui il link)", "(qui l'elenco)": the link, or the list it leads to)
    r"galleria|mappa|documento|testo|notizie|notizia|scheda|aggiornamenti|link|elenco|lista)\b"
    r"[^()\n]{0,80}\)"
    # "…a 2.506,88 punti ( gli indici in diretta ).": live figures linked, in any case
    r"|\(\s*(?i:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)[^()\n]{2,60}?\s(?i:in\s+diretta|in\s+tempo\s+reale)\s*\)"
    # "…ParasiteLink esterno ”": the mark a site sets after a link that leaves it, glued to
    # the linked words where the page lost the link
    r"|(?:(?<=[\w\"”’»])|\s+|^)Link\s+esterno\b",
    "lasciando sul terreno l’1,54% a 2.506,88 punti ( gli indici in diretta ).",
    "a 15.314 punti (L'ANDAMENTO IN TEMPO REALE DELLA BORSA DI MILANO). Lo spread",
    "vengono assegnati i 529 seggi ( LE PRINCIPALI ELEZIONI NEL MONDO NEL 2026 ).",
    "Bellaria Igea Marina (qui le immagini di Faenza relative alle scorse settimane).",
    "La lista dei treni garantiti è disponibile sul sito (qui il link). Alcuni treni",
    "Mattarella dà il via alle consultazioni (SEGUI LE CONSULTAZIONI), un passaggio",
    "è morta sul colpo al Collatino Continua dopo la foto",
    "salito del sette per cento. (TUTTE LE NEWS SULLA CRISI IN MEDIO ORIENTE)",
    "la sentenza (qui il testo integrale) è stata",
    "come ha spiegato il procuratore (video)",
    "la riunione. [Leggi anche: Il governo approva la manovra] La misura",
    "la riunione. (Continua a leggere dopo la foto) La misura",
    "la riunione. (Ascolta l'audio) La misura",
    "sbarchi a Lampedusa (LO SPECIALE MIGRANTI), dove",
    "dopo l'invasione dell'Ucraina (LO SPECIALE - TUTTI GLI AGGIORNAMENTI IN DIRETTA), è",
    "(IL VIDEO)",
    "(I DETTAGLI)",
    "la riunione. (clicca qui) La misura",
    "la riunione. (qui sotto il video) La misura",
    "tutte giovanissime. – continua sotto – A Torre del Colle",
    "dopo ParasiteLink esterno ” di Bong Joon-ho",
)
# "(Adnkronos) – Il governo…" after a dateline's dash, "(Teleborsa) 12-03-2024 15:00" after
# the article: an agency's tag opening a line, in round or square brackets, before more
# text (copy.py checks that the agency is known, and what follows it).
TAG_OPENING_A_LINE = rule(
    "agency tag opening a line",
    rf"^\s*[(\[]\s*(?P<agency>[^()\[\]\n]{{2,40}}?)\s*[)\]]\.?\s*(?:{DASH}+\s*)?(?=[\w©@\[(«“\"'‘])",
    "(Adnkronos) – Il governo ha approvato",
    "[ANSA] - Il governo ha approvato",
    "(Teleborsa) 12-03-2024 15:00",
    field="agency",
)
# "Mario Rossi (AGI)", "di Mario Rossi [ANSA]": an agency's tag closing a line after a
# name (copy.py checks that the agency is known, and that a byline comes before it).
TAG_CLOSING_A_LINE = rule(
    "agency tag closing a line",
    r"(?<=\S)\s*[(\[]\s*(?P<agency>[^()\[\]\n]{2,40}?)\s*[)\]]\.?\s*$",
    "Mario Rossi (AGI)",
    "di Mario Rossi [ANSA]",
    field="agency",
)
# "… in aula. - Mario Rossi", "… in aula. | Il Fatto Quotidiano", "… in aula. – RIPRODUZIONE
# RISERVATA": closing material a page ran onto the last sentence after a dash or a pipe (a
# byline, the paper's name, a credit, a notice). copy.py splits it off, so that it leaves by
# its own rule, or stays as a line of its own; the sentence before it stays whole. A few
# words without a stop of their own: no one goes on with a sentence after its full stop and
# a dash ("… ha detto. - Ma poi…" has a verb and would have to say more).
TAIL_AFTER_A_DASH = rule(
    "closing material after a dash",
    # ("di Mario Rossi": a byline keeps its "di")
    rf"(?<=[.!?\"”»])\s+(?:{DASH}+|\|)\s*(?P<tail>(?:(?i:di|a\s+cura\s+di)\s+)?[{UPPER}©@(\[]"
    rf"[^.!?\n]{{0,60}}?)\s*(?:{DASH}+)?\.?\s*$",
    "Le opposizioni hanno protestato in aula. - Mario Rossi",
    "Le opposizioni hanno protestato in aula. - di Mario Rossi",
    "Le opposizioni hanno protestato in aula. | Il Fatto Quotidiano",
    "Le opposizioni hanno protestato in aula. – RIPRODUZIONE RISERVATA",
    sign=r"[-–—|]",
)
# "Comunicato stampa - Il…" after a dateline: what kind of text follows, as a press office
# labels it
RELEASE_LABEL = rule(
    "press release label",
    rf"^\s*(?:(?i:comunicato\s+stampa|nota\s+stampa)\s*(?:{DASH}+|:)"
    # "(NOTA STAMPA). Si svolgerà domani…": or in brackets, before the lead with or without
    # a dateline
    rf"|\(\s*(?i:comunicato\s+stampa|nota\s+stampa)\s*\)\s*(?:[.:]|{DASH}+)?)\s*(?=[{UPPER}«“\"])",
    "Comunicato stampa - Il governo ha approvato",
    "(NOTA STAMPA). Si svolgerà domani dalle 12 alle 13",
    "(Comunicato stampa) Il sindaco ha firmato",
)
# "… dopo una lunga riunione. (ANSA) La misura…", "… (segue) …": an agency's tag, or the
# wire's continuation mark, between two sentences, where the page joined two of its items
TAG_BETWEEN_SENTENCES = rule(
    "agency tag between sentences",
    # (a sentence after it, not the desks' codes that close the wire: "(ANSA). COM-BUO")
    rf"(?<=[.!?\"”»’'] )\(\s*(?:(?P<agency>{_AGENCY_FORMS})|(?i:segue|continua))\s*\)\.?(?=\s+[«“\"]?[{UPPER}][{LOWER}])",
    "dopo una lunga riunione. (ANSA) La misura vale un miliardo",
    "dopo una lunga riunione. (segue) La misura vale un miliardo",
    field="agency",
    sign=r"\(",
)
# "per Giulio Ciccone (nella foto© Gian Mattia D’Alberto LaPresse) che, …", "il sindaco (in
# foto) ha detto": a pointer to the page's picture inside a sentence, and its credit after ©.
CAPTION_IN_BRACKETS = rule(
    "photo caption in brackets",
    # … or the credit alone, marked as one: "(foto © Vatican Media)"
    r"\(\s*(?i:nella\s+foto|in\s+foto|nell['’]immagine|foto\s+in\s+alto|foto(?=\s*©))"
    r"(?:\s*©\s*(?P<photo>[^()\n©]{2,60}?)|\b[^()\n]{0,120}?)\s*\)"
    # "(Foto Ansa)", "(foto di repertorio)": a credit naming its agency, or a file picture
    rf"|\(\s*(?i:foto|photo|ph\.?)\s*:?\s*(?P<photo2>{PHOTO_AGENCIES})\s*\)"
    r"|\(\s*(?i:foto|immagine)\s+(?i:di\s+repertorio|d['’]archivio|archivio)\s*\)",
    "per Giulio Ciccone (nella foto© Gian Mattia D’Alberto LaPresse) che,",
    "la riunione. (Foto Ansa) La misura",
    "la riunione. (foto di repertorio) La misura",
    "i vescovi della regione in visita (foto © Vatican Media).",
    "il sindaco (in foto) ha detto",
    "la presidente (nella foto a destra) ha aperto i lavori",
    field="photo",
    sign=r"\(",
)
# "… le proteste. Video: Reuters": the credit of the picture or video the page put after a
# paragraph, at its end.
CREDIT_AFTER_PARAGRAPH = rule(
    "credit after a paragraph",
    r"(?<=[.!?\"”»’'])\s*(?i:foto|photo|video)\s*:\s*(?P<photo>[A-ZÀ-Ý][^\n.:;!?]{1,40}?)\s*$",
    "sono state organizzate le proteste. Video: Reuters",
    "nel centro della città. Foto: Ansa",
    field="photo",
    sign=r":",
)
# "…in 5 regioni e giallo in molti altri. Qui trovate anche le previsioni.": a sentence that
# points at what the page linked on "qui", at the end of any paragraph.
POINTER_AFTER_PARAGRAPH = rule(
    "link prompt",
    r"(?<=[.!?\"”»’'])\s+(?i:qui)\s+(?i:(?:potete|puoi|potrete|potrai)\s+)?(?i:trovate|trovi|trovare|"
    r"leggere|vedere|consultare|scaricare|guardare|seguire|ascoltare)\b[^.!?\n]{0,100}[.!]?\s*$"
    rf"|(?<=[.!?\"”»’'])\s+(?i:{_LIVE_PROMPT})[^.!?\n]{{0,120}}[.!]?\s*$",
    "ha annunciato la riconquista di 2500 chilometri quadrati. Segui la diretta con tutti gli "
    "aggiornamenti sul conflitto in Ucraina",
    "nuova allerta in 5 regioni e giallo in molti altri. Qui trovate anche le previsioni.",
    "Il decreto è stato firmato ieri. Qui potete leggere il testo integrale",
    sign=r"(?i:qui|segui|guarda)",
)
# "…sotto il comando del generale Khalifa Haftar. (in foto copertina veduta del porto di
# Bengasi)": the caption of the page's picture, in brackets, left at the end of a paragraph.
CAPTION_AFTER_PARAGRAPH = rule(
    "photo caption after a paragraph",
    r"(?<=[.!?\"”»’'])\s*\(\s*(?i:in foto|nella foto|foto di copertina|in copertina|"
    r"nell['’]immagine)\b[^()\n]{0,200}\)\s*$",
    "sotto il comando del generale Khalifa Haftar. (in foto copertina veduta del porto)",
    "in piazza. (Nella foto, il corteo)",
    sign=r"\(",
)
LEAD_DASH = rule("dash before the lead", rf"^\s*{DASH}\s+", "- Il presidente egiziano")
HEADLINE_NUMBER = rule("continuation number", r"\s*\(\d{1,2}\)\s*$", "Libia: Di Maio torna (2)")
# "Il governo approva il decreto | Il Giornale", "… - la Repubblica", "… – Corriere.it": the
# site's name after the headline, as a browser's tab shows the page's title (copy.py takes
# it after a pipe, or after a dash where it names an outlet, an agency or a site). The
# player's label may close the headline too: "… VIDEO", "… [FOTO]".
# A site's name as a browser's tab shows it after the headline, no dash inside it (the
# first of two dashes may part the headline's own phrases: "Libia - Scontri - Rai News")
_TAB_NAME = rf"{SITE_NAME}|(?:(?!\s{DASH}\s)[^|\n.!?:;«»“”\"]){{2,40}}?"
HEADLINE_SITE = rule(
    "site's name after the headline",
    # … after the section the page is filed under: "… - Mondo - ANSA", "… - Cronaca"
    # (copy.py takes a section alone only where it names no place: "Accordo Libia - Italia")
    # ("… :: Il Tempo", "… » Il Dubbio": other templates' separators, read as a pipe)
    rf"\s+(?:(?P<pipe>\||::|»)|{DASH})\s+(?:(?P<section>{SECTIONS})"
    rf"(?:\s+(?:\||{DASH})\s+(?P<source>{_TAB_NAME}))?|(?P<source2>{_TAB_NAME}))\s*$",
    "Il governo approva il decreto | Il Giornale",
    "Il governo approva il decreto - la Repubblica",
    "Il governo approva il decreto – Corriere.it",
    "Il governo approva il decreto - Politica - ANSA",
    "Il governo approva il decreto - Cronaca",
    "Il governo approva il decreto :: Il Tempo",
    field="source",
)
# "Ultim'ora: il governo approva…", "ESCLUSIVO – …": the page's flag of urgency or of a
# scoop, opening the headline; no news in it.
# A pictograph a page sets by its headline: "🔴 LIVE …", "… 🔴"
PICTOGRAPH = "[\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]\ufe0f?"
_FLAGS = (
    r"ultim['’]ora|ultima\s+ora|breaking(?:\s+news)?|flash|urgente|esclusiv[oa]|in\s+diretta|"
    r"diretta|live|aggiornamento|aggiornato"
)
_FLAGS_SHOUTED = (
    r"(?:ULTIM['’]ORA|ULTIMA\s+ORA|BREAKING(?:\s+NEWS)?|FLASH|URGENTE|ESCLUSIV[OA]|IN\s+DIRETTA|"
    r"DIRETTA|LIVE|AGGIORNAMENTO|AGGIORNATO)"
)
# "# Il governo…", "Titolo: Il governo…": a Markdown heading's mark, or the label of the
# field the headline was copied from, before it.
HEADLINE_LABEL = rule(
    "label before the headline",
    r"^\s*(?:#{1,6}[ \t]+|(?i:titolo|title)\s*:\s*)(?=\S)",
    "# Il governo approva il decreto",
    "Titolo: Il governo approva il decreto",
)
HEADLINE_FLAG = rule(
    "flag before the headline",
    rf"^\s*(?:{PICTOGRAPH}\s*)*(?:(?i:{_FLAGS})\s*(?::|{DASH}|\|)\s*"
    # … in capitals, it needs no colon ("🔴 LIVE Scontri a Tripoli"); a pictograph alone
    # is a flag too
    rf"|{_FLAGS_SHOUTED}\s+(?=[{UPPER}«“\"])|(?<=\S)\s*)(?=[«“\"{UPPER}{LOWER}])",
    "Ultim'ora: il governo approva il decreto",
    "ESCLUSIVO – Il piano del governo",
    "BREAKING NEWS: Il governo cade",
    "ESCLUSIVA | Il piano del governo",
    "🔴 LIVE Il governo cade",
)
HEADLINE_PLAYER = rule(
    "player's label after the headline",
    # ("… [AGGIORNATO]", "… - aggiornamento": or the page's label of an update)
    r"\s+(?:[-–—|]\s+)?(?:[\[(]\s*(?i:video|foto|audio|(?:foto)?gallery|diretta|live|aggiornat[oa]|"
    r"aggiornamento)(?:\s+(?i:e)\s+(?i:video|foto))?\s*[\])]"
    r"|(?:VIDEO|FOTO|AUDIO|GALLERY|FOTOGALLERY|DIRETTA|LIVE)(?:\s+E\s+(?:VIDEO|FOTO))?)\s*$"
    # … in any case after a dash or a pipe: "… - Video", "… | Foto"
    r"|\s+[-–—|]\s+(?i:video|foto|audio|(?:foto)?gallery|diretta|live|aggiornamento)"
    r"(?:\s+(?i:e)\s+(?i:video|foto))?\s*$"
    # … or a pictograph the page set after it: "… 🔴"
    rf"|(?<=\S)\s*(?:{PICTOGRAPH}\s*)+$",
    "Il governo approva il decreto VIDEO",
    "Bollette: il governo approva il decreto [VIDEO]",
    "Alluvione a Valencia - FOTO E VIDEO",
    "Alluvione a Valencia - Video",
    "Alluvione a Valencia 🔴",
    "Alluvione a Valencia (FOTO E VIDEO)",
    "Alluvione a Valencia [AGGIORNATO]",
)
# A label opening a paragraph: a date in a timeline, a word, or a subheading run into the
# paragraph with a dash ('Ministro Difesa: "Due anni di transizione" - Durerà').
PARAGRAPH_LABEL = rule(
    "paragraph label",
    rf"^\s*(?P<label>\d{{1,2}}\s+[{UPPER}]{{3,10}}(?=\s*{DASH}\s)"
    rf"|[{UPPER}][^.!?\n–—]{{2,100}}?[\w\"”»'’](?=\s+{DASH}\s+[{UPPER}«“\"])"
    # a quotation alone, its own question mark and all: '"Riforme? Sono giuste" - Le…'
    rf"|[«“\"][{UPPER}][^«»“”\"\n]{{2,80}}[»”\"](?=\s+{DASH}\s+[{UPPER}«“\"]))"
    rf"\s*{DASH}\s+",
    "18 GENNAIO - sabato 18 gennaio",
    "Target - Tra gli obiettivi",
    'Ministro Difesa: "Due anni di transizione militare" - Durerà',
    '"Riforme del governo? Sono la ricetta giusta" - Le riforme sono la ricetta giusta?',
)
# 'Il sindaco di Mazara: "Liberazione imminente" "E' un grande giorno…': a subheading of
# a speaker and a quotation, run into the paragraph that quotes them at length.
QUOTED_LABEL = rule(
    "paragraph label",
    rf"^\s*(?P<label>[{UPPER}][^.!?\n\"“”«»:]{{2,60}}?:\s*[«“\"][^«»“”\"\n]{{3,80}}[»”\"])"
    rf"\s*(?=[«“\"][{UPPER}])",
    'Il sindaco di Mazara: "Liberazione imminente" "È un grande giorno per tutti noi',
    'Armatore peschereccio: "Ho pianto come un bambino""Aspettiamo la conferma',
)
# "I vaccini Il 27 arriveranno 875 fiale", "Il perché del ritiro «La nostra ordinanza…": a
# crosshead run into its paragraph without a dash, told by the capital that opens the
# sentence after it: an article, or a quotation opening on a capital, right after a word in
# lower case. The label opens on an article and has two to five words.
# Capitalised, the words that open a sentence and no name: conjunctions, prepositions,
# adverbs of time ("Come", "Per", "Dopo", "Secondo", "Intanto").
_SENTENCE_OPENERS = (
    "Come|Per|Dopo|Secondo|In|Nel|Nella|Non|Ma|Anche|Oggi|Ieri|Da|Dal|Dalla|Con|Tra|Fra|"
    "Sono|È|Si|Ci|A|Al|Alla|Ad|Già|Intanto|Mentre|Se|Quando|Ora|Poi"
)
RUN_IN_LABEL = rule(
    "paragraph label",
    rf"^\s*(?P<label>(?:(?:Il|Lo|La|I|Gli|Le)\s+|L['’])[{LOWER}][{LOWER}'’]*(?:\s+[{LOWER}'’]+){{0,3}}?)"
    # (never a surname that opens on an article: "il ministro La Russa", "la leader Le Pen")
    # … or before a word that opens sentences, never names: "I numeri Come spesso accade…"
    rf"\s+(?=(?:Il|Lo|La|I|Gli|Le|Un|Una|Uno|{_SENTENCE_OPENERS})\s+[{LOWER}\d]|L['’][{LOWER}]"
    rf"|[«“\"][{UPPER}])",
    "I vaccini Il 27 arriveranno 875 fiale, dovremo farlo entro quattro ore.",
    "Il perché del ritiro «La nostra ordinanza è più blanda del Dpcm».",
    "Le reazioni Il sindaco ha convocato la giunta per domani mattina.",
    "I numeri Come spesso accade negli scioperi, le altre compagnie non comunicano nulla.",
)
# "Il ricorso. Potrebbe essere presentato…": the same label closed by a full stop, as some
# papers print their crossheads; copy.py takes it only where two paragraphs open so (one
# might be a short sentence).
RUN_IN_CLOSED_LABEL = rule(
    "paragraph label closed by a full stop",
    rf"^\s*(?P<label>(?:(?:Il|Lo|La|I|Gli|Le)\s+|L['’])[{LOWER}]{{4,}}(?:\s+[{LOWER}'’]+){{0,3}}?)"
    rf"\.\s+(?=[{UPPER}«“\"])",
    "Il ricorso. Potrebbe essere presentato entro giovedì",
    "La telefonata. «Ho parlato a lungo con il presidente»",
)
# "PROCLAMATI I 60 CONSIGLIERI REGIONALI. A circa un mese…": a crosshead in capitals, of
# two words or more, closed by a full stop and run into a paragraph in the case of prose.
SHOUTED_CLOSED_LABEL = rule(
    "paragraph label closed by a full stop",
    rf"^\s*(?P<label>[{UPPER}][{UPPER}\d'’,]*(?:\s+[{UPPER}\d'’,]+){{1,12}})"
    rf"\.\s+(?={SENTENCE_OPENS})",
    "PROCLAMATI I 60 CONSIGLIERI REGIONALI. A circa un mese dalle elezioni",
    "LA REAZIONE. Il sindaco ha convocato",
)

# One of the page's tags, in lower case as links set them: "serbia", "guerra in ucraina"
PAGE_TAG = rf"[{LOWER}]{{4,}}(?:[ '’-][{LOWER}]+){{0,3}}"
# "serbia" / "nato" under the standfirst: the page's tags, over the lead (copy.py reads
# them there, where prose follows)
TAGS_OVER_THE_LEAD = rule(
    "tags over the lead",
    rf"^\s*{PAGE_TAG}\s*$",
    "serbia",
    "guerra in ucraina",
)

# ---------------------------------------------------------------- after the article

# "Leggi l'articolo: <headline>", "Guarda il video: <headline>": a link to another page
# "Leggi l'articolo: Himalaya conteso…", "GUARDA IL VIDEO: …"; a label in capitals needs no
# colon ("L'ARTICOLO L’India è sulla Luna. La missione…": the linked page's headline and
# standfirst)
_LINK_BY_HEADLINE = (
    r"\s*(?:(?:leggi l['’]articolo|guarda(?: anche)? il video)\s*:"
    r"|(?-i:(?:LEGGI\s+)?L['’](?:ARTICOLO|APPROFONDIMENTO)|GUARDA IL VIDEO)(?=\s+[A-ZÀ-Þ«“\"]))"
    r"\s*\S.{3,200}$"
)
# "Per informazioni", "Info e prenotazioni": the label of a press release's contacts
_INFO = r"(?:per\s+(?:maggiori\s+|ulteriori\s+)?)?info(?:rmazioni)?(?:\s+e\s+(?:prenotazioni|iscrizioni))?"
# … and what follows it: a site, an address or a telephone number
_CONTACT = r"(?:(?i:https?://|www\.)\S+|[^\s@]+@[^\s@]+\.[a-z]{2,6}|\+?\d[\d ./]{5,20}\d)"
_AGENCY_TAG = r"\(\s*(?P<agency>[^()\n]{2,30}?)\s*\)\.?"
# The offices that sign a statement, capitalised as a signature writes them or not
_SIGNER_OFFICE = (
    r"(?:(?:Vice|Ex\s+)?(?:(?i:Presidente)|Sindac[oa]|sindac[oa]|Assessor[ea]|Consiglier[ea]|"
    r"Segretari[oa]|Deputat[oa]|Senat(?:ore|rice)|Portavoce|Coordinat(?:ore|rice)|Capogruppo|"
    r"Direttore|Direttrice|Responsabile|Commissari[oa]|Europarlamentare|Parlamentare|Ministr[oa]|"
    r"Dirigente|Referente|Fondat(?:ore|rice)|Garante|Rettore|Rettrice|Questore|Prefetto))"
)
CLOSING: tuple[Rule, ...] = (
    # "Matteo Giusti, giornalista professionista, africanista e scrittore, collabora con
    # Limes…": the author's box after the article, their name (once, or twice as the box
    # prints it over the note) and what they do; a paragraph of news about a writer has no
    # "collabora con" in it.
    rule(
        "author's box",
        rf"^\s*(?P<author>[{UPPER}][{LOWER}'’]+(?:\s+[{UPPER}][{LOWER}'’]+){{1,3}}?)(?:\s+(?P=author))?"
        r"\s*,\s*(?i:giornalista|scrittore|"
        r"scrittrice|redattore|redattrice|blogger|analista|ricercatore|ricercatrice|docente)\b"
        r"[^\n]{0,400}?\b(?i:collabora|ha collaborato|scrive per|si occupa di|è autore|è autrice)\b"
        r"[^\n]{0,400}$",
        "Mario Bianchi, giornalista professionista, collabora con diverse riviste.",
        "Anna Verdi Anna Verdi, giornalista e scrittrice, si occupa di Africa dal 2010.",
        field="author",
    ),
    # "Il Sindaco Mario Rossi", "La presidente, Anna Bianchi": a statement signed by office
    # and name on one line, after the article; no sentence is an office and a name alone
    rule(
        "signature with office",
        rf"^\s*(?:(?i:il|la|l['’])\s*)?{_SIGNER_OFFICE}\s*,?\s+"
        rf"(?P<author>[{UPPER}][{LOWER}'’]+(?:\s+[{UPPER}][{LOWER}'’]+){{1,3}})\s*$",
        "Il Sindaco Mario Rossi",
        "La presidente, Anna Bianchi",
        "Il Presidente Mario Rossi",
        field="author",
    ),
    # "Mauro Rotelli¶Presidente della Commissione Ambiente della Camera dei Deputati": the
    # office of the person who signs a statement, under their name (copy.py takes it only
    # there; the name is then the "byline").
    rule(
        "signer's office",
        # ("Il Sindaco" over "Dr. Luigi Carbone": the office alone, with its article, over
        # the name that signs a notice)
        rf"^\s*(?:(?i:il|la|l['’])\s*)?{_SIGNER_OFFICE}\b"
        r"[^\n.!?]{0,160}$",
        "Presidente della Commissione Ambiente, Infrastrutture e Territorio della Camera",
        "Consigliere comunale di Fratelli d'Italia",
        "Il Sindaco",
    ),
    # "Il servizio di Marta Brena - Orobie Tv.": a broadcaster's credit for the report the
    # page carried, its reporter and, after a dash, the channel
    rule(
        "report's credit",
        rf"^\s*(?i:(?:il|nel)\s+)?(?i:servizio|video|reportage)\s+(?i:di)\s+"
        rf"(?P<author>[{UPPER}][\w’'.-]*(?:\s+(?:(?:de|di|da|del|della)\s+)?[{UPPER}][\w’'.-]*){{1,3}})"
        rf"(?:\s*{DASH}\s*(?P<source>[{UPPER}][^\n.!?]{{1,40}}?))?\s*\.?\s*$",
        "Il servizio di Marta Brena - Orobie Tv.",
        "Servizio di Luca Bianchi",
        field="author",
    ),
    # "Giulia Marchetti Segretaria generale Fnp Cisl", "Mario Rossi, Presidente della
    # Provincia": who signs a statement and their office, on one line after it (copy.py
    # wants a first name)
    rule(
        "name and office",
        rf"^\s*(?P<author>[{UPPER}][{LOWER}'’]+(?:\s+[{UPPER}][{LOWER}'’]+){{1,2}})\s*[,–-]?\s+"
        rf"{_SIGNER_OFFICE}\b[^\n.!?]{{0,120}}$",
        "Giulia Marchetti Segretaria generale Fnp Cisl",
        "Mario Rossi, Presidente della Provincia di Lucca",
        field="author",
    ),
    # "Dalla Residenza Municipale, 20 gennaio 2026", "Roma, lì 12/03/2024": where and when a
    # notice was signed, over its signature
    rule(
        "place and day of the signature",
        rf"^\s*(?:(?i:dalla|dal|da)\s+)?(?P<label>[{UPPER}][\w'’]+(?:\s+[\w'’]+){{0,3}})\s*,\s*"
        rf"(?:(?i:lì|li|addì)\s+)?(?:{WEEKDAY},?\s+)?(?P<date>{FULL_DATE}|{NUMERIC_DATE})\s*\.?\s*$",
        "Dalla Residenza Municipale, 20 gennaio 2026",
        "Roma, lì 12/03/2024",
        field="date",
    ),
    rule(
        "continuation",
        # … and the end of the wire's piece between dashes: "-fine-"
        # ("[fine]", "Fine": the end mark alone, in brackets or not)
        rf"\s*(?:\(\s*segue\s*\)|^\s*{DASH}?\s*(?:\d+\s*{DASH}\s*)?continua\s*{DASH}?|^\s*{DASH}+\s*fine\s*{DASH}+"
        rf"|^\s*[\[(]?\s*fine\s*[\])]?)\s*$",
        "(segue)",
        "- continua -",
        "-fine-",
        "[fine]",
        flags=re.I,
        sign=r"segue|continua|fine",
    ),
    # "… legato all'aspettativa di vita. (continua su tgcom24.it)": the rest of the story on
    # the site it came from, which is its source
    rule(
        "continuation on another site",
        r"(?:(?<=[.!?\"”»’'])|^)\s*\(\s*(?i:continua|leggi(?:\s+tutto)?|segue)\s+(?i:su|in)\s+"
        r"(?P<source>[^()\n]{2,40}?)\s*\)\.?\s*$",
        "vita. (continua su tgcom24.it)",
        field="source",
        sign=r"\)\.?\s*$",
    ),
    # "(Mario Rossi - www.ftaonline.com)": the writer and the site that ran the piece
    rule(
        "byline and site in brackets",
        rf"(?:(?<=[.!?\"”»’'])|^)\s*\(\s*(?P<author>{_AUTHOR_NAME})\s*[-–—,|]\s*"
        rf"(?P<source>(?:www\.)?{SITE_NAME})\s*\)\.?\s*$",
        "(Mario Rossi - www.ftaonline.com)",
        field="author",
        sign=r"\)\.?\s*$",
    ),
    # "(Giulia Rossi, editing Paolo Bianchi)", "(Mario Bianchi, in redazione a Milano Laura
    # Verdi)": the wire's signature, the writer and the editor
    rule(
        "writer and editor",
        rf"(?:(?<=[.!?\"”»’'])|^)\s*\(\s*(?P<author>{_AUTHOR_NAME})\s*,\s*(?i:editing|in\s+redazione"
        rf"(?:\s+a\s+[{UPPER}][{LOWER}]+)?|a\s+cura\s+di|con\s+la\s+collaborazione\s+di)\s+"
        rf"{_AUTHOR_NAME}(?:\s*(?:,|e)\s*{_AUTHOR_NAME})*\s*\)\.?\s*$",
        "(Giulia Rossi, editing Paolo Bianchi)",
        "(Mario Bianchi, in redazione a Milano Laura Verdi)",
        field="author",
        sign=r"\)\.?\s*$",
    ),
    # "di Mario Rossi 12 marzo 2024": who wrote it, and when, signing the end of the page
    BYLINE_AND_STAMP,
    # "… Lollobrigida. (Vid/ Dire) 16:45 23-04-23": the wire's time and day of issue, after
    # its tag.
    rule(
        "time of issue",
        r"(?:(?<=[.!?\"”»’')])|^)\s*(?P<time>\d{1,2}[:.]\d{2})\s+(?P<date>\d{1,2}-\d{1,2}-\d{2}(?:\d{2})?)\s*$"
        # "(ITALPRESS). ads/red 12-Mar-20 18:32": the day first, its month in letters, after
        # the editors' codes
        r"|(?:^|\s)(?P<date2>\d{1,2}-[A-Za-z]{3}-\d{2})\s+\d{1,2}:\d{2}\s*$"
        # "(RADIOCOR) 27-07-25 14:32:28 (0279) 5 NNNN": the wire's tag, day, time, its
        # numbers and the end-of-message mark; a page that cut the mark still shows the
        # time to the second, which no sentence gives ("17-03-17 14:56:47 (0346) 5")
        r"|(?:^|(?<=\s))\s*(?:\(\s*(?P<agency>[A-Za-z][\w ]{1,30}?)\s*\)\s*)?(?P<date3>\d{1,2}-\d{1,2}-\d{2})"
        r"\s+\d{1,2}:\d{2}(?::\d{2}(?:\s+\(\d{1,6}\))?(?:\s+\d{1,4})?(?:\s+NNNN)?"
        r"|(?:\s+\(\d{1,6}\))?(?:\s+\d{1,4})?\s+NNNN)\s*$",
        "Lollobrigida. (Vid/ Dire) 16:45 23-04-23",
        "(RADIOCOR) 27-07-25 14:32:28 (0279) 5 NNNN",
        "(RADIOCOR) 17-03-17 14:56:47 (0346) 5",
        "(Red/Dire) 12:02 05-11-2019",
        "(ITALPRESS). ads/red 12-Mar-20 18:32",
        field="date",
        sign=r"\d-",
    ),
    UPDATING_NOTICE,
    # A dash left after the last sentence, where the page had a link or a credit.
    rule(
        "end dash",
        r"(?<=[.!?\"”»’'])\s*[-–—]\s*$",
        "delle autorità portuali italiane. –",
        sign=r"[-–—]\s*$",
    ),
    # A magazine's end mark: "… dopo il voto. ◆".
    # … or a separator the page's template left after it: "…a cui si è chiamati.” |"
    rule(
        "end mark",
        r"(?:(?<=[.!?\"”»’'])|^)\s*[◆■●|]\s*$",
        "il voto. ◆",
        "a cui si è chiamati.” |",
        sign="[◆■●|]",
    ),
    # A page stored cut inside a bracket that closes the text: a link's label in capitals
    # ("tra le macerie [GUAR", of "[GUARDA IL VIDEO]") or a credit after the last sentence
    # ("sospesi dal servizio. (Immagini Paolo").
    rule(
        "bracket left open by the cut",
        r"\s*\[[A-ZÀ-Ý][A-ZÀ-Ý ]{0,29}$|(?<=[.!?\"”»’'])\s*\([^()\n]{1,40}$",
        "i soccorritori stanno cercando tra le macerie [GUAR",
        "sono stati immediatamente sospesi dal servizio. (Immagini Paolo",
        sign=r"[\[(]",
    ),
    # The caption of the article's picture, as its last sentence: "Nella foto, manifestazioni
    # a favore del golpe."
    # ("… Beckenbauer. In alto e a seguire l’esultanza del presidente Macron (Epa)": or the
    # pointer to a gallery's pictures, "in alto e a seguire", its agency's credit closing it)
    rule(
        "photo caption sentence",
        r"(?:(?<=[.!?\"”»’'])|^)\s*(?:nella foto|in foto|nell['’]immagine|in alto|in copertina)"
        r"(?:\s*[,:]|\s+e\s+(?:a\s+)?(?:seguire|sguire|sotto|in\s+basso|nelle\s+altre)\b)"
        rf"[^\n.]{{3,200}}?(?:\s*\((?P<photo>{PHOTO_AGENCIES})\))?\.?\s*$",
        "dopo il voto. Nella foto, manifestazioni a favore del golpe.",
        "Beckenbauer. In alto e a seguire l’esultanza del presidente Emmanuel Macron (Epa)",
        field="photo",
        flags=re.I,
    ),
    # "Qui il filmato girato nell'abitazione:", "Ecco il video:": the pointer to a video or
    # pictures the page embedded after it, as the last sentence; its colon points at what
    # the text no longer has.
    rule(
        "pointer to the page's video",
        r"(?:(?<=[.!?\"”»’'])|^)\s*(?:qui|ecco|guarda|sotto|di seguito|in basso)\s+"
        r"(?:il video|i video|il filmato|i filmati|le immagini|le foto)\b[^\n.!?:]{0,120}:\s*$",
        "Qui il filmato girato nell'abitazione israeliana:",
        "lo ha detto in una nota. Ecco il video:",
        flags=re.I,
        sign=r":\s*$",
    ),
    # What the page's video or pictures show, as the last sentence: "… qualche stoccata. Il
    # video del suo arrivo in sala stampa.", "Le immagini dell'incendio." (copy.py checks that
    # no verb of its own follows: "Il video dell'arresto è stato diffuso…" is news). A name
    # there is whose video it is, the source: "Il video del New York Times.".
    rule(
        "media caption sentence",
        r"(?:(?<=[.!?\"”»’'])|^)\s*(?:(?:ecco|guarda|qui)\s+)?(?:il video|i video|le immagini|le foto)"
        # (the longest article first: "della Rai" is no "del" before "la Rai")
        r"\s+(?:dello|della|dell['’]|degli|delle|dei|del|di)\s*"
        rf"(?:(?-i:(?P<source>[{UPPER}][\w'’&-]*(?:\s+[{UPPER}][\w'’&-]*){{0,4}}))|[^\n.!?]{{3,100}})\.?\s*$",
        "qualche stoccata. Il video del suo arrivo in sala stampa.",
        "Le immagini dell'incendio",
        "almeno 32 persone. Il video del New York Times.",
        field="source",
        flags=re.I,
    ),
    # "… con Erika Alessandri. © RIPRODUZIONE RISERVATA": the notice run into the last
    # paragraph, where the page lost the line break before it, perhaps after the page's
    # update stamp ("… in borsa. Ultimo aggiornamento: 08:20 © RIPRODUZIONE RISERVATA")
    rule(
        "copyright",
        rf"(?<=[.!?\"”»’'])(?:{STAMP_UPDATED})?"
        r"\s*(?:©\s*(?:[^\n©.]{1,40}?\s*[-–—]\s*)?riproduzione\s+riservata"
        r"|riproduzione\s+riservata\s*©?)\.?\s*$",
        "e i 5 Stelle con Erika Alessandri. © RIPRODUZIONE RISERVATA",
        "lo ha detto il ministro. © Agenzia Nova - Riproduzione riservata",
        "il titolo in borsa. Ultimo aggiornamento: 08:20 © RIPRODUZIONE RISERVATA",
        flags=re.I,
    ),
    # The rest of the story is in the paper, or on another site: "… costa 2 milioni. Maggiori
    # dettagli sulla nostra edizione cartacea in edicola oggi 5 dicembre.", "… (ministero
    # dell continua a leggere su “IL FOGLIO” >>" (a page cut where its link began).
    rule(
        "print edition",
        rf"(?<=[.!?\"”»’'])\s*{_PRINT_EDITION}",
        "costa 2 milioni. Maggiori dettagli sulla nostra edizione cartacea in edicola oggi 5 dicembre.",
        flags=re.I,
    ),
    rule(
        "continue reading",
        # after a sentence, or run into a word the cut left when arrows close the link
        rf"(?:(?<=[.!?\"”»’'])\s*|\s+(?=continua a leggere[^\n]*[»›>]\s*$)){_CONTINUE_READING}\s*$"
        # "… le foto del loro primo giorno - LEGGI L'ARTICOLO": a video's summary, and the
        # link to the article it comes from behind a dash
        rf"|\s+{DASH}\s*leggi\s+(?:l['’]articolo|la\s+notizia|tutto)(?:\s+complet[oa])?\s*[»›>]*\s*$",
        "(ministero dell continua a leggere su “IL FOGLIO” >>",
        "della Regione. Continua a leggere",
        "hanno postato sui social le foto del loro primo giorno - LEGGI L'ARTICOLO",
        flags=re.I,
    ),
    # A link's prompt as the last sentence: "… allo sciopero. Segui gli ultimi aggiornamenti
    # sull'emergenza coronavirus in Italia cliccando qui", "Iscriviti gratis al canale WhatsApp
    # di QdS.it, news e aggiornamenti CLICCA QUI".
    rule(
        "link prompt",
        r"(?:(?<=[.!?\"”»’'])|^)\s*(?:[^.!?\n]|\.(?=\w)){0,160}\b(?:clicca|cliccando|cliccate|cliccare)\s+qui\b"
        r"(?:[^.!?\n]|\.(?=\w)){0,60}[.!:]?\s*$",
        "allo sciopero. Segui gli ultimi aggiornamenti sull'emergenza coronavirus in Italia cliccando qui",
        "Iscriviti gratis al canale WhatsApp di QdS.it, news e aggiornamenti CLICCA QUI",
        "Per leggere il documento clicca qui.",
        flags=re.I,
        sign=r"clicc",
    ),
    # A wire video's notice to broadcasters, after the last sentence.
    rule(
        "distribution notice",
        r"(?:(?<=[.!?\"”»’'])|^)\s*distribution free of charge(?:\s*-\s*not for sale)?\s*$",
        "momenti. DISTRIBUTION FREE OF CHARGE - NOT FOR SALE",
        flags=re.I,
    ),
    # "… firmato da talebani* e Stati Uniti.*Organizzazione terroristica vietata in Russia": a
    # footnote to a starred name, after the last sentence (its full stop optional), that
    # states the legal status a law makes the publisher print (banned, extremist, terrorist,
    # a foreign agent). A key to the text's own stars ("* Brescia e Sassuolo una gara in
    # meno", under a league table) is the article's, and stays.
    rule(
        "footnote",
        rf"(?:(?<=[.!?\"”»’'])|^)\s*\*\s*[{UPPER}]"
        r"(?=[^*\n]{0,200}\b(?i:vietat|illegal|bandit|messa\s+al\s+bando|fuorileg|proibit|"
        r"terroristic|estremist|indesiderat|agente\s+stranier|agenti\s+stranier))"
        rf"[^*\n]{{5,200}}?\.?\s*$",
        "da talebani* e Stati Uniti.*Organizzazione terroristica illegale in Russia e altrove",
        "*Organizzazione terroristica vietata in Russia.",
        "*Riconosciuto in Russia come agente straniero",
        sign=r"\*",
    ),
    rule(
        "desk initials",
        # After the last sentence: "(Res)", "(Geb)", "(t.d.b.)"; an acronym closing a
        # sentence, "(Onu).", has its full stop after the bracket and is left alone; an
        # agency's name, "(Ansa)", is its tag (below).
        # ("…i testimoni,(Rer)": after a comma the page left where its stop was; no
        # sentence closes on a comma and a bracket)
        rf"(?:(?<=[.!?\"”»)’'])|^)\s*\((?!\s*(?i:{_AGENCY_FORMS})\s*\))(?P<desk>[{UPPER}][{LOWER}]{{1,3}}|[{LOWER}]{{1,4}}(?:\.\s?[{LOWER}]{{1,4}}){{0,3}}\.?)\)\s*$"
        rf"|(?<=[,;])\s*\((?P<desk2>[{UPPER}][{LOWER}]{{1,3}})\)\s*$",
        "fine. (Res)",
        "i testimoni,(Rer)",
        "della guardia medica». (f. m.)",
        "(Cae)",
        "(t.d.b.)",
        field="desk",
        sign=r"\)\s*$",
    ),
    # "… Abdiqani Mohamoud Ateye.Res (segue) (Res)": the desk's initials echoed, glued to
    # the last sentence (copy.py takes them only when they are the desk already read).
    # "- dal lunedì al venerdì dalle ore 10:00 alle ore 20:00": a shop's or a customer
    # service's hours, which a page's footer prints after the article, or glued to it
    rule(
        "opening hours run onto the last sentence",
        rf"(?:(?<=[.!?])|(?<=\d)){OPENING_HOURS}",
        "per le altre Borse europee.- dal lunedì al venerdì dalle ore 10:00 alle ore 20:00",
        "alle ore 20:00 - sabato, domenica e festivi dalle ore 10:00 alle ore 18:00.",
    ),
    # "Ma.Ross.", "Fra.Bern.": a local paper's reporter signed by the first letters of
    # their given name and surname, on a line of its own after the article
    rule(
        "abbreviated signature",
        rf"^\s*(?P<desk>[{UPPER}][{LOWER}]{{1,3}}\.\s?[{UPPER}][{LOWER}]{{1,5}}\.?)\s*$",
        "Ma.Ross.",
        "Fra.Bern.",
        field="desk",
    ),
    rule(
        "desk initials glued to the text",
        r"(?<=[.!?\"”»’])(?P<desk>[A-Z][a-z]{1,3})\s*$",
        "il ministro della Difesa.Res",
        field="desk",
        sign=r"[a-z]\s*$",
    ),
    # "… per l’intera assemblea. Lettera43.it": the site an aggregator took the text from,
    # after the last sentence or on a line of its own.
    # An aggregator's extras after the article: a social post's snippet, its network's
    # address closing it ('"Sciopero per la dignità" - facebook.com facebook', "Confermato
    # lo #sciopero… x.com"); other pieces' headlines set side by side with semicolons; a
    # headline in capitals.
    rule(
        "social post snippet",
        r"^[^\n]{0,400}?\s(?:[-–—]\s*)?(?:facebook\.com(?:\s+facebook)?|x\.com|twitter\.com|"
        r"instagram\.com|t\.me|tiktok\.com)\s*$",
        '"Sciopero per la dignità di chi lavora in corsia" - facebook.com facebook',
        "Confermato lo #sciopero del personale sanitario. Garantite le urgenze. x.com",
    ),
    rule(
        "headlines side by side",
        rf"^\s*[{UPPER}][^.!?\n;]{{10,120}}(?:;\s*[{UPPER}][^.!?\n;]{{10,120}}){{1,6}}\.?\s*$",
        "Sciopero sanità 20 e 21 gennaio, cosa sapere; Ospedali, due giornate di protesta",
    ),
    rule(
        "headline in capitals after the article",
        rf"^\s*(?=(?:\S+\s+){{3}})[{UPPER}0-9][{UPPER}0-9 ,'’:;!?«»\"-]{{15,160}}$",
        "SANITÀ, NUOVO SCIOPERO DI DUE GIORNI: GLI OSPEDALI RESTERANNO APERTI?",
    ),
    rule(
        "source site after the article",
        rf"(?:(?<=[.!?\"”»’')])\s+|^\s*)(?P<source>{SITE_NAME})\s*$",
        "una «fonte di garanzia» per l’intera assemblea. Lettera43.it",
        "Ilfattoquotidiano.it",
        field="source",
        sign=r"\.(?i:it|com|net|org|eu|info|news)\s*$",  # SITE_NAME's end
    ),
    # "… tra i due blocchi. Shutterstock": the credit of the page's picture, after the last
    # sentence or on a line of its own. Only an agency that sells pictures alone: "Reuters" or
    # "Ansa" there is the wire's tag.
    rule(
        "picture agency after the article",
        rf"(?:(?<=[.!?\"”»’')])\s+|^\s*)(?P<photo>{PICTURE_ONLY_AGENCIES})\s*$",
        "nell'esportazione di merci tra i due blocchi. Shutterstock",
        "Getty Images",
        field="photo",
        sign=rf"(?:{PICTURE_ONLY_AGENCIES})\s*$",
    ),
    # "ROMA": the place the wire filed from, alone after the article (copy.py checks it is a
    # place; other capitals are an editor's initials, below).
    rule(
        "place after the article",
        rf"^\s*(?P<label>[{UPPER}][{UPPER}'’ ]{{1,30}}[{UPPER}])\s*$",
        "ROMA",
        "BRUXELLES",
    ),
    # "giappone", "serbia" / "2022": the page's tags, in lower case as links set them, and a
    # year alone, after the article's last full stop (copy.py checks it). No paragraph of
    # prose is a few words in lower case without a stop; an editor's initials ("fdm") are
    # shorter than any tag's first word.
    rule(
        "tags after the article",
        rf"^\s*(?:{PAGE_TAG}|(?:19|20)\d{{2}})\s*$",
        "giappone",
        "serbia",
        "2022",
        "guerra in ucraina",
    ),
    # "STT": an editor's initials in capitals, alone after the article (not an agency's name)
    rule(
        "desk initials in capitals",
        rf"^\s*(?!(?:{'|'.join(re.escape(f) for f in _AGENCY_KEYS_FORMS if len(f) <= 4)})\s*$)"
        r"(?P<desk>[A-Z]{2,4})\s*$",
        "STT",
        field="desk",
    ),
    # "(ANSA). COM-BUO", "Col-Mad": the desks' codes joined by a dash, after the last sentence
    # or on a line of their own.
    rule(
        "desk initials with a dash",
        r"(?:(?<=[.!?\"”»’')])\s+|^\s*)(?P<desk>[A-Z]{2,4}-[A-Z]{2,4}|[A-Z][a-z]{1,3}-[A-Z][a-z]{1,3})\s*$",
        "accusati dei reati di avvelenamento di acque. (ANSA). COM-BUO",
        "Col-Mad",
        field="desk",
        sign=r"-[A-Z][A-Za-z]{1,3}\s*$",  # either form's second code, at the end
    ),
    # "… (Fonte Afp) Mos MAZ": the desks' codes, one in mixed case and one in capitals, after
    # the bracket that names the source or the agency (no sentence ends on a name there).
    rule(
        "desk initials after the source",
        r"(?<=\))\s+(?P<desk>[A-Z][a-z]{1,3}\s+[A-Z]{2,4})\s*$",
        "sono arrivati a rispettarla. (Fonte Afp) Mos MAZ",
        field="desk",
        sign=r"\s[A-Z]{2,4}\s*$",
    ),
    # "ANSA", "LaPresse": the agency's name alone after the article, without its brackets
    rule(
        "agency name after the article",
        # ("ANSA -": the dash a template sets after it)
        # ("MF-DJ NEWS": the wire's service, named with it; "ATS/AlAn", "ANSA/mr": the
        # wire, then its desk's initials after a slash)
        rf"^\s*(?P<agency>{_AGENCY_FORMS})(?:\s+(?i:news))?\.?(?:\s*{DASH}+)?\s*$"
        # ("pon/ATS", "ANSA/AFP/red", "ATS/ANSA/M.Ang.": the wires and the editor's initials,
        # in either order, one of them at least a known wire; copy.py tells them apart)
        rf"|^\s*(?=[^\n]*?(?<![\w.])(?:{_AGENCY_FORMS})(?![\w.]))(?P<agency2>{_WIRE_PART}"
        rf"(?:\s*/\s*{_WIRE_PART}){{1,3}})\s*$",
        "ANSA",
        "LaPresse",
        "Adnkronos.",
        "ANSA -",
        "MF-DJ NEWS",
        "ATS/AlAn",
        "pon/ATS",
        "ANSA/AFP/red",
        "ATS/ANSA/M.Ang.",
        "Red.MM/ATS",
        field="agency",
        flags=re.I,
    ),
    # "https://www.esteri.it/it/sala_stampa": an address alone after the article, the page
    # a copy tool appends or the link the page's "read more" button held. No sentence of an
    # article is an address alone (one inside a sentence stays).
    rule(
        "address after the article",
        r"^\s*<?(?:https?://|www\.)[^\s<>]{3,300}>?\s*$",
        "https://www.esteri.it/it/sala_stampa",
        "www.comune.roma.it/notizie",
    ),
    # "MESSAGGERO", "TUTTI": one word in capitals alone after the article, longer than a
    # desk's initials and no place (those are above): the name of the paper the story came
    # from, or the label of a link the page lost. No sentence of an article is one shouted
    # word; an agency's name alone is its tag, below.
    rule(
        "word in capitals after the article",
        # (the newsroom's signature, "REDAZIONE", is its own rule)
        # ("TGCOM24": a channel's name may end on figures)
        rf"^\s*(?!(?:{'|'.join(re.escape(f) for f in _AGENCY_KEYS_FORMS)}|REDAZIONE)\s*$)(?=[A-ZÀ-Ý0-9]{{5,}}\s*$)[A-ZÀ-Ý]{{3,20}}\d{{0,3}}\s*$",
        "MESSAGGERO",
        "TGCOM24",
        "TUTTI",
    ),
    rule(
        "desk initials with a slash",
        # editors' codes may carry a digit: "xd6/vbo/mca3"; the second editor's may be
        # missing, "Meloni. sat/". They stand alone, after a sentence or after "di": not
        # "… servito a 1,797 euro/li", a unit cut by the page's end.
        # Each code may open on its capital, "Red/Ros", and run into the agency's bracket:
        # "(AGI)Red/Ros"; and carry a desk's number, "Fth/Int9".
        # ("/gtr": or the first editor's missing, the slash before the second)
        rf"(?:^\s*|(?<=[.!?\"”»’')])\s*|(?<=\bdi)\s+)/?(?P<desk>[{LOWER}][{LOWER}0-9]{{1,3}}(?:/[{LOWER}][{LOWER}0-9]{{1,3}})+"
        rf"|[{UPPER}][{LOWER}]{{1,3}}\d{{0,2}}(?:/[{UPPER}][{LOWER}]{{1,3}}\d{{0,2}})+"
        rf"|(?<=[.!?\"”»’'] )[{LOWER}]{{2,4}}(?=/\s*$)|(?<=/)[{LOWER}]{{2,4}}(?=\s*$))/?\s*$",
        "sat/gsl",
        "/gtr",
        "del TAR Sicilia. xd6/vbo/mca3",
        "con il premier Giorgia Meloni. sat/",
        "di mrc/vln",
        "(AGI)Red/Ros",
        "Ska/Mau",
        "Fth/Int9",
        field="desk",
        sign=r"/",
    ),
    # "… sulle decisioni dell’Unione. mrv": an editor's initials in lower case, alone after
    # the last sentence (no slash, no bracket). Not after an abbreviation ("ecc. per", "n.
    # 5"): the word before the full stop has four letters or more.
    rule(
        "desk initials in lower case",
        rf"(?:(?<=\w{{4}}[.!?])|(?<=[\"”»][.!?]))\s+(?P<desk>[{LOWER}]{{2,4}})\s*$",
        "il tema dell’unanimità sulle decisioni dell’Unione. mrv",
        "ha detto il ministro». fdm",
        field="desk",
        sign=r"\s[a-z]{2,4}\s*$",
    ),
    NEWSROOM_SIGNATURE,
    # "…chi più differenzia meno paga”. Il Gruppo consiliare M5Stelle.": the body that signs
    # the statement the article quoted, after its closing quote: a council group, a party's
    # office, a committee. Its name is the author.
    rule(
        "signature of a statement",
        r"(?<=[”\"»][.!?])\s*(?:(?:Il|La|I|Le|L['’])\s+)?(?P<author>(?i:gruppo\s+consiliare|gruppi\s+"
        r"consiliari|segreteria|direttivo|coordinamento|comitato|circolo|ufficio\s+stampa|"
        r"consiglio\s+direttivo|esecutivo)\b[^\n.!?]{0,80}?)\.?\s*$",
        "chi più differenzia meno paga”. Il Gruppo consiliare M5Stelle.",
        "«per il bene della città». La segreteria provinciale del Pd",
        field="author",
    ),
    # "… Nessuno si è fatto male. Lorenzo Baldini": the writer's name run onto the last
    # sentence where the page lost its line (copy.py checks that it opens on a first name);
    # a broadcaster's "Servizio di Lorenzo Baldini" the same
    rule(
        "signature after the last sentence",
        rf"(?<=[a-zà-ù0-9][.!?])\s+(?:(?i:servizio\s+di)\s+)?"
        rf"(?P<author>[{UPPER}][{LOWER}'’]+(?:\s+[{UPPER}][{LOWER}'’]+){{1,2}})\s*$",
        "Nessuno si è fatto male. Lorenzo Baldini",
        "davanti al parlamento. Servizio di Lorenzo Baldini",
        field="author",
    ),
    # "Hanno collaborato Mario Rossi e Anna Bianchi", "(con agenzie)": who else worked on
    # the text, or the wires it draws on, after the article
    rule(
        "contributors",
        r"^\s*\(?\s*(?:(?:ha|hanno)\s+collaborato\s*:?\s+[^()\n]{2,120}?"
        r"|con\s+(?:(?:le\s+)?agenzie(?:\s+di\s+stampa)?|fonti\s+di\s+agenzia|agenzie\s+internazionali)"
        # "swissinfo.ch e agenzie": the site and the wires
        rf"|{SITE_NAME}\s+e\s+agenzie)"
        r"\s*\)?\.?\s*$",
        "Hanno collaborato Mario Rossi e Anna Bianchi",
        "swissinfo.ch e agenzie",
        "(ha collaborato Mario Rossi)",
        "Con agenzie",
        flags=re.I,
    ),
    rule(
        "source in brackets",
        r"\s*\(\s*fonte(?:\s+(?:video|foto))?\s*:?\s*(?P<source>[^()\n]{2,120}?)\s*\)\.?\s*$",
        "sat/gsl (Fonte video: Canale Telegram Zelenskiy / Official)",
        "della tragedia di Genova” (fonte Ansa).",
        field="source",
        flags=re.I,
    ),
    # "…delle norme di sicurezza.(ilgiornaledelsud.it) foto archivio": the site the text was
    # taken from, its address in brackets after the last sentence, with its picture's note
    rule(
        "site's address in brackets",
        r"(?<=[.!?\"”»’'])\s*\(\s*(?P<source>(?:www\.)?[\w-]{2,40}\.(?:it|com|net|org|eu|info|ch))\s*\)"
        r"(?:\s*(?i:foto(?:\s+d['’]\s*archivio|\s+archivio)?))?\s*\.?\s*$",
        "delle norme di sicurezza.(ilgiornaledelsud.it) foto archivio",
        "ha detto il sindaco. (leggo.it)",
        field="source",
        sign=r"\.(?:it|com|net|org|eu|info|ch)\s*\)",
    ),
    # "… pari a circa l'85% (ANSA).": the agency's tag run into the last sentence, whose
    # full stop follows it (a known agency only: "… votato dall'Onu (Onu)." is a sentence's).
    rule(
        "agency tag in the sentence",
        r"(?<=[\w%)\"”»’'])\s+\(\s*(?P<agency>" + _AGENCY_FORMS + r")\s*\)\.\s*$",
        "Hanno votato in 561 su 660 aventi diritto, pari a circa l'85% (ANSA).",
        field="agency",
        sign=r"\)\.",
    ),
    # "(di Mario Rossi)": ANSA's byline, in brackets after the last sentence or alone
    rule(
        "byline in brackets",
        # ("(Servizio di Mario Rossi)": a broadcaster's piece)
        rf"(?:(?<=[.!?\"”»’'])|^)\s*\(\s*(?i:(?:servizio\s+)?di|a cura di)\s+(?P<author>[{UPPER}][\w’'.-]*"
        rf"(?:\s+(?:(?:de|di|da|del|della|van|von|la|le)\s+)?[{UPPER}][\w’'.-]*){{1,3}})\s*\)\.?\s*$",
        "(di Mario Rossi)",
        "partiranno ad aprile. (di Anna Maria De Luca)",
        "in piazza. (Servizio di Mario Rossi)",
        field="author",
        sign=r"\(\s*(?i:servizio\s+di|di|a cura di)\s",
    ),
    rule(
        "agency tag",
        # the credit of the article's picture may stand before it: "- foto Ipa Agency -"
        # ("….foto: IPA Agency(ITALPRESS).": or glued to the last sentence, with its colon)
        rf"(?:(?<=[.!?\"”»’'])|^)\s*(?:(?:{DASH}\s*(?i:foto)\s*:?\s+|(?i:foto)\s*:\s*)"
        rf"(?P<photo>[^()\n]{{2,40}}?)\s*)?"
        rf"(?:{DASH}\s*)?{_AGENCY_TAG}\s*$"
        # "[ANSA]", "/AGI": a known agency's tag in square brackets or after a slash
        rf"|(?:(?<=[.!?\"”»’'])|^)\s*(?:(?P<square>\[)|/)\s*(?P<agency2>{_AGENCY_FORMS})\s*(?(square)\])\.?\s*$"
        # "… in aula. - ANSA", "-AGI-": a known agency's name after a dash, in any case,
        # where a sentence or the line ends; no sentence ends on a dash and a wire's name
        rf"|(?:(?<=[.!?\"”»’'])|^)\s*{DASH}+\s*(?P<agency3>(?i:{_AGENCY_FORMS}))\s*(?:{DASH}+\s*)?\.?\s*$"
        # "… ricorso al Tar. ANSAMED": or after the last sentence's stop alone
        # (not a source's label: "… riconosciuti. fonte. ANSA")
        rf"|(?<=[.!?\"”»’'])(?<![Ff]onte\.)\s+(?P<agency4>(?i:{_AGENCY_FORMS}))\.?\s*$"
        # "… nel nord est siriano.ANSA": glued to the stop where the page lost the space, in
        # capitals only (no sentence opens on a word in capitals and ends the text there)
        rf"|(?<=[.!?\"”»’'])(?P<agency5>(?=[A-Z]{{2,}}\b)(?i:{_AGENCY_FORMS}))\.?\s*$",
        "differenze. (ANSA).",
        "nel nord est siriano.ANSA",
        "ricorso al Tar. ANSAMED",
        "[ANSA]",
        "/AGI",
        "in aula. - ANSA",
        "-AGI-",
        "(ANSAmed).",
        "ore. - (PRIMAPRESS)",
        "in Giappone. - foto Ipa Agency -(ITALPRESS).",
        field="agency",
        sign=rf"[(\[/\-–—]|(?i:{_AGENCY_FORMS})\.?\s*$",
    ),
    COPYRIGHT_LINE,
    CLIPPING_NOTE,
    SOURCE_LINE,
    rule(
        "read more",
        r"^\s*(?:leggi(?:\s+(?:tutta\s+)?la\s+notizia|\s+l'articolo(?:\s+completo)?|\s+tutto)?\s+(?:su|integralmente su)\s+"
        r"(?P<source>\S.{0,60}?)|l'articolo\s+.{0,300}?\s+proviene da\s+(?P<source2>.{2,60}?)\.?)\s*$",
        "Leggi la notizia su ilfattoquotidiano",
        "Leggi su iltempo",
        "Leggi tutta la notizia su cittadinoweb",
        "L'articolo Libia, domani al via proviene da Il Fatto Quotidiano.",
        field="source",
        flags=re.I,
    ),
    # "… delle elezioni.Per approfondire:": the label of links the page lost, run into the
    # last sentence.
    rule(
        "read also label",
        r"(?<=[.!?\"”»’'])\s*(?:per approfondire|leggi anche|approfondisci|guarda anche|vedi anche)\s*:?\s*$",
        "rispettare i risultati delle elezioni.Per approfondire:",
        flags=re.I,
    ),
    rule(
        "read also",
        r"^\s*(?:leggi anche|potrebbero interessarti|potrebbe interessarti|articoli correlati|"
        r"sullo stesso argomento|per approfondire)\b.{0,400}$"
        # "GUARDA IL VIDEO: Con lo stop del gas…": a link to another page by its headline
        rf"|^{_LINK_BY_HEADLINE}",
        "Leggi anche: Libia, scontri a Tripoli",
        "Potrebbero interessarti L'intervista di TPI",
        "GUARDA IL VIDEO: Con lo stop del gas russo l'Italia perde il 10% dell'import",
        flags=re.I,
    ),
    # … run into the article's last sentence, where the link's line was lost
    # … run into the article's last sentence: "I giochi sono aperti. TOPSHOT - French…"
    rule(
        "wire photo caption run in",
        r"(?<=[.!?\"”»’'])\s*TOPSHOT\s*[-–]\s+[A-Z][^\n]{20,600}$",
        "I giochi sono aperti insomma. TOPSHOT - French far-right party President Jordan Bardella "
        "looks on during the results evening in Paris on June 30, 2024.",
    ),
    rule(
        "read also run in",
        rf"(?<=[.!?\"”»’']){_LINK_BY_HEADLINE}",
        "un lago di alta montagna.Leggi l'articolo: Himalaya conteso, 20 soldati indiani morti",
        "polo sud della Luna. L'ARTICOLO L’India è sulla Luna. La missione è scesa",
        flags=re.I,
    ),
    rule(
        "photo credit",
        # ("Credit foto: Ansa", "Foto di Mario Rossi": the label may be two words, or end on
        # "di", neither of them the credit)
        # ("-- Foto: Ansa", "Fotografia: Reuters": a doubled dash, the word in full)
        # ("Picture by Associazione Strade Sicure", "Photo by Mario Rossi": in English)
        rf"^\s*(?:{DASH}+\s*)?\(?\s*(?:credits?\s+(?:foto|photo)|(?:foto|photo)\s+credits?|(?:picture|photo)\s+by|fotografi[ae]|foto|photo|ph|video(?=\s*[:/]\s*(?-i:[A-ZÀ-Ý]))"
        rf"|credits?|(?:immagine|image)(?:\s+(?:tratta\s+)?da)?)"
        # ("Video/Ansa", "Foto/Reuters": a slash after the label)
        rf"\.?\s*(?::|©|/|\s)\s*(?:di\s+)?(?P<photo>[^()\n]{{2,80}}?)\s*\)?\s*(?:{DASH}\s*)?"
        # "– foto: da video Guardia Costiera (ITALPRESS).": the agency's tag on the same line
        rf"(?:{_AGENCY_TAG}\s*)?$",
        "– foto IPA Agency –",
        "– foto: da video Guardia Costiera (ITALPRESS).",
        "(ph: Imagoeconomica)",
        "Foto © ANSA",
        "immagine da www.gainako.com",
        "Credit foto: Ansa",
        "Picture by Associazione Strade Sicure",
        "Foto di Mario Rossi",
        "Fotografia: Reuters",
        "Video: Reuters",
        "Video/Ansa",
        "-- Foto: Ansa",
        field="photo",
        flags=re.I,
    ),
    # "Le foto sono state scattate da Arif Yaman in diversi campi…": who took the article's
    # pictures, said in a sentence of its own after the text
    rule(
        "photo note",
        rf"^\s*(?i:le\s+)?(?i:foto(?:grafie)?|immagini)\s+(?i:sono\s+(?:state\s+)?(?:scattate|realizzate)\s+da|"
        rf"sono\s+di)\s+(?P<photo>[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,3}})[^\n]{{0,200}}$",
        "Le foto sono state scattate da Arif Yaman in diversi campi della regione, a marzo.",
        "Le immagini sono di Mario Rossi",
        field="photo",
    ),
    # "ANSA/ANGELO CARCONI", "EPA/Mario Rossi": a picture's agency and its photographer,
    # alone on a line where the picture was
    rule(
        "photo agency and photographer",
        rf"^\s*(?P<photo>(?:{PHOTO_AGENCIES})\s*/\s*[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,3}})\s*$",
        "ANSA/ANGELO CARCONI",
        "EPA/Mario Rossi",
        field="photo",
        sign="/",
    ),
    # "Tutti i dettagli su L'Unione Sarda in edicola e sull'App.": the outlet's paper edition
    # holds the rest of the story (CLOSING takes the same words run into the last paragraph).
    rule(
        "print edition",
        rf"^\s*{_PRINT_EDITION}",
        "Tutti i dettagli su L’Unione Sarda in edicola e sull’App.",
        "L'intervista completa sul giornale in edicola oggi",
        "Maggiori dettagli sulla nostra edizione cartacea in edicola oggi 5 dicembre.",
        flags=re.I,
    ),
    # "L'ordinanza completa", "Il testo integrale": the label of a link to a document.
    rule(
        "document link",
        r"^\s*(?:qui\s+|scarica\s+|leggi\s+)?(?:il|la|lo|l['’])\s*[\w]{3,20}\s+(?:complet[oa]|integrale)"
        r"(?:\s+in\s+pdf)?\s*[:.]?\s*$",
        "L’ordinanza completa",
        "Il testo integrale",
        "Qui il documento completo",
        flags=re.I,
    ),
    # "M.C.", "p. l. t.": the author's initials, each with its full stop, in either case,
    # alone after the article or after its last sentence ("… dovesse peggiorare. a.r.").
    # After a sentence only past a word of four letters, as for the desk's: "nel 44 a.C." is
    # a date's.
    rule(
        "author's initials",
        # ("[M.R.]": in square brackets too)
        # ("sa. fe.", "al.gu.", "Fr. Fa.": two letters of each name)
        r"(?:^|(?<=\w{4}[.!?])|(?<=[\"”»][.!?]))\s*\[?(?P<author>[A-Z][a-z]?\.\s?[A-Z][a-z]?\.(?:\s?[A-Z]\.)?"
        r"|[a-z]{1,2}\.\s?[a-z]{1,2}\.(?:\s?[a-z]\.)?)\]?\s*$",
        "M.C.",
        "[M.R.]",
        "p. l. t.",
        "la situazione dovesse peggiorare. a.r.",
        "sa. fe.",
        "Fr. Fa.",
        field="author",
        sign=r"\.\]?\s*$",
    ),
    rule(
        "date in brackets",
        rf"^\s*\(\s*(?P<date>{FULL_DATE})\s*\)\s*$",
        "(12 settembre 2023)",
        field="date",
    ),
    rule(
        "published",
        rf"^\s*(?:{STAMP_LABEL}|{CLOCK}\s+del\s+)?(?:(?:{WEEKDAY},?\s+)?"
        rf"(?P<date>{FULL_DATE}|{STAMP_FIGURES}|{MONTH_WORD}\s+\d{{1,2}},\s+\d{{4}}"
        # "Ultimo aggiornamento: 5 Febbraio, 22:13": no year where the time follows (the date
        # line's year), as the stamps before the article may
        rf"|\d{{1,2}}\s+{month_name_pattern()}(?=\s*(?:,|{DASH}|\|)?\s*\d{{1,2}}[:.]\d{{2}}))"
        rf"|{STAMP_SHORT_YEAR}){STAMP_TIME}?{STAMP_UPDATED}?\.?(?:\s+{STAMP_AGE})?{STAMP_NEWSROOM}?{STAMP_STRAY_LETTER}?\s*$",
        "Pubblicato il 18 Febbraio 2025",
        "Ultimo aggiornamento: 5 Febbraio, 22:13",
        "12 marzo 2024 b",
        "14:30 del 12/03/2024",
        "venerdì, 21 Novembre , 25",
        "mercoledì 25 Marzo 2020.",
        "Modificato il 12/03/2024",
        "12 marzo 2024 - 14:30 | Aggiornato 15:00",
        "2024-03-12T14:30:00",
        "Ultima modifica: 10 giugno 2018",
        "Ultimo aggiornamento: Sabato 23 Luglio 2022, 19:41",
        field="date",
        flags=re.I,
    ),
    rule(
        "contact footer",
        # The address may reach us hidden by the site's mail protection: "[email protected]".
        # "Se avete correzioni, suggerimenti o commenti scrivete a dir@agi.it": the line that
        # asks for the reader's mail, whole
        r"(?:^\s*[^\n@]{0,120}?\b(?i:scrivete|scriveteci|scrivi|scrivici|inviate|invia|contattate|"
        r"contattaci|contattateci)\b[^\n@]{0,30}?\s"
        r"|(?:^|(?<=\s))(?i:(?:e-?mail|mail|contatti|scrivi a|scrivici a|" + _INFO + r")\s*:?\s*)?)"
        # the feed's section path before it, glued or not: "—internazionale/ webinfo@…"
        r"(?:[—–-][a-z]+/[a-z/]*\s+)?[—–-]?[^\s@\[]*(?:@[^\s@]+\.[a-z]{2,6}\b|\[email\s*protected\])"
        r"(?:\s*\([^()\n]{1,40}\))?\s*$"
        # "Tel. 06 1234567": the newsroom's telephone, on a line of its own
        r"|^\s*(?i:tel|telefono|cell|fax)\.?\s*:?\s*\+?\d[\d ./-]{5,20}\s*$"
        # "Per informazioni: www.comune.roma.it", "Info e prenotazioni: 06 1234567": where a
        # press release's reader asks more, a site or a telephone (or several)
        r"|^\s*(?i:" + _INFO + r")\s*:\s*" + _CONTACT + r"(?:\s*[-–,;|/]\s*" + _CONTACT + r")*\s*$"
        # "Contatti stampa: Mario Rossi, mario.rossi@…", "Ufficio stampa: Mario Rossi - 333…":
        # the press office's person, then how to reach them
        r"|^\s*(?i:contatti\s+stampa|ufficio\s+stampa|press\s+office|media\s+contacts?)\s*:\s*"
        r"[^\n@:]{0,80}?\s*[-–,;|]?\s*" + _CONTACT + r"(?:\s*[-–,;|/]\s*" + _CONTACT + r")*\s*$",
        "Per informazioni: www.comune.roma.it",
        "Ufficio stampa: Mario Rossi - 333 1234567",
        "Se avete correzioni, suggerimenti o commenti scrivete a redazione@giornale.it",
        "Per info e prenotazioni: 06 1234567 - info@comune.it",
        "Per informazioni: info@comune.it",
        "—internazionale/esteriwebinfo@adnkronos.com (Web Info)",
        "Email: redazione@giornale.it",
        "Tel. 06 1234567",
        "—internazionale/[email protected] (Web Info)",
        "—internazionale/ [email protected] (Web Info)",
        sign=r"@|\[email|(?i:tel|cell|fax|info|stampa|press|media)",
    ),
    # "Le opinioni espresse in questo articolo sono dell'autore.": the page's disclaimer
    rule(
        "disclaimer",
        r"^\s*(?i:(?:disclaimer|nota)\s*:\s*)?(?i:le\s+)?(?i:opinioni|idee)\s+(?i:espresse|riportate)\b"
        r"[^\n]{0,200}$",
        "Le opinioni espresse in questo articolo sono dell'autore.",
        "Disclaimer: le opinioni espresse sono dell'autore",
    ),
    rule(
        "advert",
        r"(?:^|(?<=\s))(?i:vuoi la tua pubblicit[àa] qui\?)[^\n]{0,80}$",
        "(Web Info) Vuoi la tua pubblicità qui? Le pubblicità sostengono il servizio",
        sign=r"(?i:vuoi la tua)",
    ),
    # "… riportati in Israele”. fonte. ANSA": the source named after the last sentence.
    rule(
        "source after the text",
        # "Youtube Nato – Fonte: Agenzia Vista", "/ Nato Fonte: …": where the video was, then
        # who supplied it (an agency, and after a slash who filmed it); where the video was
        # after a slash needs no sentence's end before it ("conclude Trenta / Facebook…")
        # ("Fonte Ebs Fonte: Agenzia Vista / …": the footage's source named first, the same way)
        r"(?:(?<=[.!?\"”»’'])\s*(?:[A-Z][\w.' ]{1,30}?\s+[-–—]\s+|/\s*[A-Z][\w.' ]{1,30}?\s+"
        r"|(?i:fonte)\s+[A-Z][\w.' ]{0,30}?\s+(?=(?i:fonte)\s*:)"
        # ("Courtesy: Instagram Vigili del Fuoco Fonte: …": the footage's credit, labelled)
        r"|(?i:courtesy)\s*:?\s*(?P<photo>[A-Z][\w.' ]{1,40}?)\s+(?=(?i:fonte)\s*:))?"
        r"|\s+/\s*[A-Z][\w.' ]{1,30}?\s+(?=(?i:fonte)\s*:))"
        r"(?i:fonte)\s*[:.]?\s+(?P<source>[A-Z][\w.' -]{1,40}?(?:\s*/\s*[A-Z][\w.' -]{1,40}?)?)"
        r"\.?\s*$",
        "riportati in Israele”. fonte. ANSA",
        "Così il Segretario generale della Nato, Mark Rutte. Youtube Nato – Fonte: Agenzia Vista",
        "al vertice Nato. / Nato Fonte: Agenzia Vista / Alexander Jakhnagiev",
        "conclude Trenta / Facebook Movimento 5 Stelle Fonte: Agenzia Vista / Alexander Jakhnagiev",
        "più forte, con più integrazione. Fonte Ebs Fonte: Agenzia Vista / Alexander Jakhnagiev",
        "su Instagram. Courtesy: Instagram Vigili del Fuoco Fonte: Agenzia Vista / Mario Rossi",
        field="source",
    ),
    # "… Le immagini. / Palazzo Chigi (Marco Delli)", "… ordine pubblico. / Viminale": a
    # video's footage credited after the last sentence, behind a slash (who supplied it,
    # and in brackets who filmed it); no sentence of a text opens on a slash
    rule(
        "footage credit after the text",
        r"(?<=[.!?\"”»’'])\s+/\s*[A-Z][\w.'’ -]{1,40}?(?:\s*\([A-Z][\w.'’ -]{1,40}\))?\s*$",
        "Le immagini. / Palazzo Chigi (Marco Delli)",
        "dopo il comitato per l'ordine pubblico. / Viminale",
        sign=r"\s/",
    ),
    # "LE ULTIME NOTIZIE", "GLI ARTICOLI PIÙ LETTI": a page's label in capitals after the
    # article, opening on an article (no one's name does; copy.py keeps the byline from it).
    rule(
        "label in capitals",
        rf"^\s*(?:IL|LO|LA|I|GLI|LE|UN|UNA|L['’])\s*[{UPPER}][{UPPER}'’ ]{{2,40}}\s*$",
        "LE ULTIME NOTIZIE",
        "GLI ARTICOLI PIÙ LETTI",
    ),
    # "Pubblicato da Marta R. a 21:14": a blog's post signature, its writer and its hour
    rule(
        "post signature",
        r"^\s*(?i:pubblicato|postato|inviato|scritto)\s+(?i:da)\s+"
        rf"(?P<author>[{UPPER}][\w’'.-]*(?:\s+[{UPPER}][\w’'.-]*){{0,3}})"
        r"\s+(?i:a|alle|ore)\s+\d{1,2}[:.]\d{2}\s*$",
        "Pubblicato da Marta R. a 21:14",
        "Postato da Luca Bianchi alle 09:30",
        field="author",
    ),
    rule(
        "byline",
        # the label may say it: "Autore: Mario Rossi", "Firmato: …", "Scritto da …"
        # … or say where they filed from: "dal nostro inviato Mario Rossi", "di Mario Rossi,
        # inviato a Bruxelles"
        # ("-Mario Rossi-", "— Mario Rossi": set off by dashes)
        rf"^\s*(?:[-–—~]\s*)?(?:(?i:di\s*:|di|by|a cura di|(?:autore|autrice|firmato|firmata|testo)\s*:|(?:questo articolo è stato\s+)?scritt[oa] da|{_ENVOY})\s*)?(?P<author>(?:(?i:redazione)\s+\S+|(?!(?i:di|by|da)\s)[{UPPER}][\w’'.-]*(?:\s+(?:(?:de|di|da|del|della|van|von|la|le)\s+)?[{UPPER}][\w’'.-]*){{1,3}}))"
        # ("Luca Ferrandi *": an asterisk that points to a note on the writer)
        rf"(?:{_ENVOY_PLACE})?(?:\s*[-–—~])?(?:\s*\*)?\s*$"
        # "Di Euronews": a newsroom's one name after the label, which is no part of it
        rf"|^\s*(?i:di|by)\s+(?P<author2>[{UPPER}][\w’'.-]+)\s*$",
        "Lucia Giannini",
        "-Mario Rossi-",
        "di Mario Rossi",
        "dal nostro inviato Mario Rossi",
        "di Mario Rossi, inviato a Bruxelles",
        "Anna Bianchi, corrispondente da Parigi",
        "Questo articolo è stato scritto da Mario Rossi",
        "Di redazione Blogo.it",
        "Autore: Mario Rossi",
        "Firmato: Mario Rossi",
        "Di Euronews",
        "di: Chiara BASSI",
        "Luca Ferrandi *",
        field="author",
    ),
    # "…concerto in piazza … Continua a leggere Il coro compie cinquant'anni", "[…] LEGGI
    # TUTTO": an excerpt's cut, then the link to the rest (with its headline, perhaps)
    rule(
        "cut mark and link to the rest",
        r"(?<=\S)\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…)\s*(?i:leggi\s+tutto|leggi\s+di\s+più|"
        r"continua\s+a\s+leggere|read\s+more)\b[^\n]{0,150}$",
        "In serata concerto in piazza … Continua a leggere Il coro compie cinquant'anni",
        "In serata il concerto […] LEGGI TUTTO",
    ),
    rule(
        "cut mark",
        # "…per la fornitura di Gnl....": the sentence's own full stop, then the cut
        # "…e [...]", "…e […]": the cut in brackets, as an excerpt marks it
        r"(?<=[\w,;:.])\s*(?:\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\])\s*$",
        "È quanto prevede...",
        "del presidente, ...",
        "all’asta per la fornitura di Gnl....",
        "presidi fissi a bordo dei treni serali e […]",
        "presidi fissi a bordo dei treni serali e [...]",
        sign=r"\.\.\.|…",
    ),
    # A feed's footer: "L'articolo <headline> proviene da Il Fatto Quotidiano.", the
    # headline left out where an aggregator strips it.
    rule(
        "feed footer",
        r"(?:^|\s)L['’]articolo(?:\s+[^\n]{5,300}?)?\s+proviene da\s+(?P<source>[^\n]{2,60}?)\.?\s*$",
        "L'articolo Iraq, ucciso il generale proviene da Il Fatto Quotidiano.",
        "… Continua L'articolo proviene da il manifesto.",
        field="source",
        sign="proviene da",
    ),
    # A paywalled page's snippet: cut, then the link to the rest ("…le prime placche di
    # ghiac... continua"), which names no site.
    rule(
        "cut mark and continuation",
        # (the cut may fall after an aside's dash: "festeggiata da governo – … Continua")
        r"(?<=[\w,;:–—-])\s*(?:\.\.\.|…)\s+(?:continua(?:\s+a\s+leggere)?|leggi\s+tutto|segue)\s*$",
        "mostrando lo scoprimento delle prime placche di ghiac... continua",
        "Una scelta festeggiata da governo – … Continua",
        flags=re.I,
        sign=r"\.\.\.|…",
    ),
    # An aggregator's snippet: cut, then the site it came from ("né hanno partecipato ... wired").
    rule(
        "cut mark and site",
        r"(?<=[\w,;:])\s*(?:\.\.\.|…)\s+(?P<source>[a-z][a-z0-9.-]{2,30})\s*$",
        "né hanno partecipato ... wired",
        field="source",
        sign=r"\.\.\.|…",
    ),
    # … or whole, after its last sentence: "… in tutto il gruppo. fanpage". Only an outlet
    # media.yml knows, or a site's address: a word in lower case after a full stop may be
    # the desk's initials ("… dell'Unione. mrv") or a signature ("… cedimenti. redazione").
    rule(
        "outlet's name after the last sentence",
        r"(?<=[.!?»”\"])\s+(?P<source>[a-z][a-z0-9.-]{2,30})\s*$",
        "Sono state annunciate 16 ore di scioperi in tutto il gruppo. fanpage",
        "Lo ha detto il ministro. open.online",
        field="source",
        sign=r"[a-z]\s*$",
    ),
)

# ---------------------------------------------------------------- posts embedded in the page

# "…il loro voto. August 11, 2020 Per tutta la notte…": the date an embedded post ends on,
# left in the text where the page lost the post and its signature. An English date, in
# copy that is not English: the article's own dates are written in its language.
EMBED_DATE = rule(
    "embedded post's date",
    r"(?<=[.!?»”\"] )(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{1,2}, \d{4}(?= |$)",
    "i cittadini chiedono che venga rispettato il loro voto. August 11, 2020 Per tutta la notte",
)

EMBED_SIGNATURE = rule(
    "embedded post",
    # at the end of a block, or run into the article's next sentence
    r"(?:(?:^|\s)-|[—–])\s*[^\n—–]{1,80}\(@\w{1,30}\)\s+(?:\w+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\w+\s+\d{4})(?=\s|$)",
    "— Recep Tayyip Erdoğan (@RTErdogan) October 9, 2019",
    "pic.twitter.com/JC8TOh8XrC— Strategic News (@StrategicNews1) January 2, 2020 L’ordine",
    "— FC Barcelona (@FCBarcelona_es) 17 agosto 2017",
)
