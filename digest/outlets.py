"""News outlets and platforms, by match key, from the starter's media.yml: the sources a
story cites (digest.starter adds the press agencies for `digest actors suggest`), and the
names a page's title may end on ("… | Il Giornale", digest.readers.copy).

Read from the data file itself, not from the registry, so that the readers, which come
before the registry, can use it (as digest.firstnames reads the starter's people)."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from digest.normalise import match_key

MEDIA_FILE = "media.yml"


@functools.cache  # a list of a few hundred names: read once a process
def outlet_keys() -> frozenset[str]:
    """The match keys of every news outlet and platform of media.yml."""
    from digest.safeyaml import load

    text = resources.files("digest.starter").joinpath(MEDIA_FILE).read_text(encoding="utf-8")
    data: Any = load(text) or {}
    forms = [form for line in data.get("media") or () for form in line]
    return frozenset(match_key(form) for form in forms if isinstance(form, str))
