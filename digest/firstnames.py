"""The first names of the people in the starter registry's data ("donald", "luigi", "recep"):
evidence that a capitalised word opens a person's name, for the titles made from a lead
(digest.prose) and for suggestions (digest.names, digest.suggest).

Read from the data files themselves, not from the registry built on them, so that the
readers, which come before the registry, can use them."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

PEOPLE_FILES = ("people.yml", "libya-people.yml")


@functools.cache
def first_names() -> frozenset[str]:
    from digest.safeyaml import load

    names: set[str] = set()
    for name in PEOPLE_FILES:
        text = resources.files("digest.starter").joinpath(name).read_text(encoding="utf-8")
        data: Any = load(text)
        for entry in (data or {}).get("actors") or ():
            if not isinstance(entry, dict) or entry.get("kind") != "person":
                continue
            for form in [entry.get("name"), *(entry.get("aliases") or ())]:
                if isinstance(form, str) and " " in form and form[:1].isupper():
                    names.add(form.split()[0].lower())
    return frozenset(names)
