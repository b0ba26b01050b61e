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

PEOPLE_FILES = ("people.yml", "libya-people.yml")


def first_names() -> frozenset[str]:
    return _starter_people()[0]


def starter_surnames() -> frozenset[str]:
    """Last words that are never first words: a surname, not "Khalifa" of the Haftars."""
    given, last = _starter_people()
    return last - given


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
