"""Every form that names an actor, and how it matches: one function, used by the matcher, the
registry's checks, the suggestions and the search index, so that they agree on what a form is.

Case, by the kind of form:
- ALL-CAPS acronyms ("LNA", "GNA") and the registry's `exact:` forms ("Lna", "Mosca") match
  only as written;
- a person's or a country's name or alias written with a capital ("Mali", "Fayez al-Sarraj"),
  and a person's bare surname ("Haftar", "Conte"), match only with a capital initial: "Mali"
  is not "i mali", "Conte" not "il conte"; the rest may be in any case ("HAFTAR", "Emirati
  arabi uniti"); a person's alias that opens on an office ("Guida suprema iraniana")
  matches in either case, as prose writes titles both ways;
- capitals and seats of power ("Mosca", "Farnesina") likewise need their capital initial;
- a country's institution's bare words (`domestic:` "Senato", "senato") match as written, a
  role of several words also with its capital ("Ministro della Giustizia") and in title case
  ("ministero dello Sviluppo Economico");
- every other form ignores case ("governo di accordo nazionale", "libico").
Diacritics, apostrophes and spaces are always folded (digest.normalise).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Literal

from digest.model import ALWAYS, Actor, Period
from digest.normalise import match_key
from digest.prose import DANGLING, PERSON_TITLES

Role = Literal["name", "alias", "surname", "demonym", "metonym", "domestic", "ignore"]
Case = Literal["any", "initial", "exact"]
ACRONYM = re.compile(r"^[A-Z0-9&.-]{2,}$")  # "LNA", "G7", "AT&T"
_STRICTER: dict[Case, int] = {"any": 0, "initial": 1, "exact": 2}


def _titled(form: str) -> str:
    """The form with every word after its first capitalised one in capitals, small words
    aside (the prepositions, articles and conjunctions no name ends on, which title case
    leaves in lower case: "Camera dei Deputati"): "ministero dello Sviluppo economico" →
    "ministero dello Sviluppo Economico"; a form without a capital stays as it is."""
    words = form.split(" ")
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    if first is None:
        return form
    return " ".join(
        w if i <= first or w.lower() in DANGLING else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


@dataclass(frozen=True)
class Form:
    text: str  # as written in the registry
    role: Role
    case: Case
    periods: tuple[Period, ...] = (ALWAYS,)
    key: str = ""  # what the form is looked up by: folded, lower case, single spaces

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", match_key(self.text))


def _case(actor: Actor, text: str) -> Case:
    if ACRONYM.match(text):
        return "exact"
    if actor.kind == "person" and _role(text):
        return "any"  # "la Guida suprema iraniana", "la guida suprema iraniana"
    if actor.kind in ("person", "country") and text[:1].isupper():
        return "initial"
    return "any"


def _role(text: str) -> bool:
    """ "Guida suprema iraniana", "Alto rappresentante Ue": a person's alias that opens on
    the word for an office. Its capital is a style some copy writes the title in, not a
    name's, so the alias matches in either case."""
    words = text.split()
    return len(words) > 1 and words[0].lower() in _OFFICE_WORDS


_OFFICE_WORDS = PERSON_TITLES | {"alto", "alta", "guida"}


def _metonym_case(metonym: str) -> Case:
    """A seat of power is written as a name ("Cremlino", "Farnesina"), an acronym exactly;
    one named after its building or its street also with that word in lower case
    ("palazzo Chigi", "via Arenula", as much of the press writes them)."""
    if ACRONYM.match(metonym):
        return "exact"
    if metonym.split()[0].lower() in _BUILDINGS and len(metonym.split()) > 1:
        return "any"
    return "initial"


_BUILDINGS = frozenset({"palazzo", "via"})


# Arabic article before a name, as the press writes it: "al-Sarraj", "al Sarraj", "el-Sisi".
_PARTICLE = re.compile(r"(?<![\w’'])(?:al|el)[- ](?=[A-ZÀ-Ý])", re.IGNORECASE)
PARTICLES = ("al-", "al ", "el-", "el ", "")


# "ministro Esteri turco" as well as "ministro degli Esteri turco": roles written in a hurry.
_ROLE_PREPOSITION = re.compile(r" (?:degli|dei|della|delle|del|dello|dell['’]) ?")


# Offices the press names two ways, each word for word the other's: a registry's "sindaco
# di Roma" also matches "primo cittadino di Roma". (name of the office, one way, the other)
ROLE_SYNONYMS: tuple[tuple[str, str, str], ...] = (
    ("mayor", "sindaco ", "primo cittadino "),
    ("mayor, a woman", "sindaca ", "prima cittadina "),
)


def role_spellings(text: str) -> list[str]:
    """A role (an alias in lower case) with and without its articulated prepositions, and
    under the other name of its office (ROLE_SYNONYMS)."""
    if not text[:1].islower():
        return [text]
    found = [text]
    for _, one, other in ROLE_SYNONYMS:
        for a, b in ((one, other), (other, one)):
            if text.startswith(a):
                found.append(b + text[len(a) :])
    if _ROLE_PREPOSITION.search(text):
        found += [_ROLE_PREPOSITION.sub(" ", t) for t in found]
    return list(dict.fromkeys(found))


def spellings(text: str) -> list[str]:
    """ "Fayez al-Sarraj" → also "Fayez al Sarraj", "Fayez el-Sarraj", "Fayez el Sarraj",
    "Fayez Sarraj": one transliteration, every way the article is written (or left out)."""
    if not _PARTICLE.search(text):
        return [text]
    return list(dict.fromkeys([text, *(_PARTICLE.sub(p, text) for p in PARTICLES)]))


@functools.lru_cache(maxsize=65536)
def actor_forms(actor: Actor) -> tuple[Form, ...]:
    """The actor's forms, each once. A form listed twice keeps its strictest case ("Mali" as
    the name and under `exact:`); a capital that is also a name counts as the name; the
    surname, for persons, comes last and only when no other form has its key."""
    # A name also listed as a timed alias names the actor in that period only: "Governo di
    # unità nazionale" is Dbeibah's government from 2021, al-Sarraj's before.
    name_key = match_key(actor.name)
    name_periods = next(
        (actor.periods(a) for a in (*actor.aliases, *actor.exact) if match_key(a) == name_key),
        (ALWAYS,),
    )
    names = [Form(actor.name, "name", _case(actor, actor.name), name_periods)]
    names += [
        Form(variant, "alias", _case(actor, variant), actor.periods(text))
        for text in (actor.name, *actor.aliases)
        if actor.kind != "country"
        for variant in spellings(text)[1:]
    ]
    names += [Form(a, "alias", _case(actor, a), actor.periods(a)) for a in actor.aliases]
    names += [
        Form(variant, "alias", "any", actor.periods(a))
        for a in actor.aliases
        if actor.kind == "person"
        for variant in role_spellings(a)[1:]
    ]
    names += [Form(a, "alias", "exact", actor.periods(a)) for a in actor.exact]
    # "vaticano" and "il Vaticano": a people's adjective spelled as a seat of power the actor
    # lists is the adjective only as written, in lower case ("la diplomazia vaticana"); the
    # capitalised word is the metonym ("in Vaticano" a place, "il Vaticano ha condannato")
    seats = {match_key(m) for m in actor.metonyms} & {
        match_key(d) for d in actor.demonyms if d.islower()
    }
    names += [
        Form(d, "demonym", "exact" if match_key(d) in seats and d.islower() else "any")
        for d in actor.demonyms
    ]
    # "milizie filo-iraniane", "i filorussi": a side named after its patron names the patron.
    names += [
        Form(f"{prefix}{d}", "demonym", "any")
        for d in actor.demonyms
        if d[:1].islower()
        for prefix in _PATRON_PREFIXES
    ]
    strictest: dict[str, Case] = {}
    for form in names:
        if _STRICTER[form.case] >= _STRICTER[strictest.get(form.key, "any")]:
            strictest[form.key] = form.case
    kept: list[Form] = []
    seen: set[tuple[str, str]] = set()
    for form in names:
        if strictest[form.key] == "exact" and form.role in ("name", "alias"):
            # "FS Italiane" beside the exact "Fs Italiane", "CDU/CSU" beside "Cdu/Csu": a
            # name the registry also lists as written is matched as written, each spelling
            # as its own, and neither is lost (the alias matching any case would undo the
            # exact one)
            form = dataclasses.replace(form, case="exact")
        ident = (form.key, form.text if form.case == "exact" else "")
        if form.case == strictest[form.key] and ident not in seen:
            seen.add(ident)
            kept.append(form)
    for demonym in actor.demonyms:
        # "la capitale ucraina", "la nazionale argentina": a demonym spelled as the name,
        # which matches only with its capital, is the demonym in lower case as written
        form = Form(demonym, "demonym", "exact")
        ident = (form.key, form.text)
        if demonym.islower() and strictest[form.key] != "any" and ident not in seen:
            seen.add(ident)
            kept.append(form)
    for metonym in actor.metonyms:
        # "Tripoli" for the government seated there in its period only
        form = Form(metonym, "metonym", _metonym_case(metonym), actor.periods(metonym))
        if form.key not in strictest or form.key in seats:
            strictest[form.key] = form.case
            kept.append(form)
    # Bare institution words ("Senato", "senato"), each as written: "Camera" is not the
    # "camera" of a hotel. Read only in a story about the actor's country (matching.py).
    if actor.country:
        written: set[str] = set()
        for word in actor.domestic:
            # "capo dello Stato" in a story about Italy: the holder of its period only
            form = Form(word, "domestic", "exact", actor.periods(word))
            if form.key in strictest:
                continue
            # A role of several words is also written with its capital ("Il Ministro della
            # Giustizia"), as prose writes titles both ways; a bare word is not ("Camera").
            opened = word[:1].upper() + word[1:] if " " in word.strip() else word
            # … and a name's later words in capitals too, as much copy titles a name
            # ("ministero dello Sviluppo Economico" for "… Sviluppo economico")
            titled = [_titled(word), _titled(opened)]
            for text in dict.fromkeys((word, opened, *titled)):
                if text not in written:
                    written.add(text)
                    kept.append(dataclasses.replace(form, text=text))
    if actor.kind == "person" and actor.surname and match_key(actor.surname) not in strictest:
        kept.append(Form(actor.surname, "surname", "initial"))
    return tuple(kept)


_PATRON_PREFIXES = ("filo", "filo-")


def form_keys(actor: Actor) -> set[str]:
    """Every key the actor is found by, surname included."""
    return {form.key for form in actor_forms(actor)}
