"""The first names and surnames of the people in the starter registry's data ("donald",
"luigi", "recep"; "putin", "dbeibah"): evidence that a capitalised word opens a person's
name, for the titles made from a lead (digest.prose) and for suggestions (digest.names,
digest.suggest), or is a person's surname standing alone.

Read from the data files themselves, not from the registry built on them, so that the
readers, which come before the registry, can use them."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from digest import lexicon
from digest.memo import kept

PEOPLE_FILES = ("people.yml", "libya-people.yml")


def first_names() -> frozenset[str]:
    """The first names of the starter's people: where a person's name starts in a run of
    capitals ("Air Force One Donald Trump")."""
    return _starter_people()[0]


@functools.cache
def given_names() -> frozenset[str]:
    """Evidence that a capitalised word opens a person's name: the starter's people's first
    names, and the Italian first names of Jörg Michael's dictionary (through
    gender-guesser), less the words of the Italian dictionary ("Nato", "Marina",
    "Speranza"). "Eugenio Bruno" after a headline is its author. Not where a name starts
    in a run of capitals: the dictionary knows "Christian" but not "Roch" or "Marc"."""
    return _starter_people()[0] | _italian_first_names()


@kept  # 2,400 dictionary look-ups: a fifth of a second of every one-article build
def _italian_first_names() -> frozenset[str]:
    return frozenset(n for n in any_given_names() if not lexicon.is_known(n))


@functools.cache
def any_given_names() -> frozenset[str]:
    """Every Italian first name of Jörg Michael's dictionary, words of the language among
    them ("Luca", "Massimo", "Chiara", but also "Marina"): evidence only where nothing but
    a person's name can stand ("della Regione Veneto Luca Zaia")."""
    raw = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text("utf-8")
    names = set()
    for line in raw.splitlines():
        # A name line: its sex in columns 1-2, the name from column 4, a frequency per
        # country from column 31 (Italy is the fourth); "+" in column 30 marks a copy of
        # a name spelled with its umlauts expanded.
        if line[:1] in "#=" or len(line) < 34 or line[29] == "+" or not line[33].strip():
            continue
        name = line[3:29].strip().lower()
        if len(name) >= 3 and name.isalpha():
            names.add(name)
    return frozenset(names)


@kept  # parsing the names dictionary: 0.085 s; read back from the cache: 0.006 s
def world_given_names() -> frozenset[str]:
    """Every first name of Jörg Michael's dictionary, whatever its country ("Kamala",
    "Jens", "Volodymyr"; words of many languages among them, and not every name: "Evo" is
    missing): evidence that a run of capitalised words may be a person's name."""
    raw = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text("utf-8")
    names = set()
    for line in raw.splitlines():
        if line[:1] in "#=" or len(line) < 30 or line[29] == "+":
            continue
        name = line[3:29].strip().lower()
        if len(name) >= 2 and name.replace("-", "").isalpha():
            names.add(name)
    return frozenset(names)


def starter_surnames() -> frozenset[str]:
    """Last words that are never first words: a surname, not "Khalifa" of the Haftars; as
    the matcher folds them ("erdogan" for Erdoğan: the copy rarely keeps the breve)."""
    from digest.normalise import match_key

    given, last = _starter_people()
    return frozenset(match_key(word) for word in last - given)


@functools.cache
def _starter_people() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last words of every name and alias of the starter's people."""
    from digest.safeyaml import load

    given: set[str] = set()
    last: set[str] = set()
    for name in PEOPLE_FILES:
        text = resources.files("digest.starter").joinpath(name).read_text(encoding="utf-8")
        data: Any = load(text)
        for entry in (data or {}).get("actors") or ():
            if not isinstance(entry, dict) or entry.get("kind") != "person":
                continue
            for form in [entry.get("name"), *(entry.get("aliases") or ())]:
                if isinstance(form, str) and " " in form and form[:1].isupper():
                    given.add(form.split()[0].lower())
                    last.add(form.split()[-1].lower())
    return frozenset(given), frozenset(last)
