"""The starter registry shipped with digest: every country, the international organisations,
the Libyan institutions and the people who recur in news about Libya, the Mediterranean, the
Middle East, Africa and the great powers. A site opts in with `extra.digest.starter: true`;
its own `actors.yml` adds to it, replaces entries (same id) or drops them (`drop:`).

The data are YAML files beside this module, one per kind (countries.yml, organisations.yml,
people.yml, the Libyan ones, and Italy's institutions in italy-organisations.yml), in the
registry's own format, each entry with a description checked against the page in its
`source:`. Countries are listed by ISO code: their names come from CLDR through Babel, in the
site's language (see countries.yml).
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

from babel import Locale

from digest.catalogue import finding
from digest.findings import Finding
from digest.memo import kept
from digest.model import Registry
from digest.places import name_parts
from digest.registry import (
    STARTER,
    claimed_twice,
    combine,
    home_problems,
    load_registry,
    parse_registry,
)

FILES = (
    "countries.yml",
    "organisations.yml",
    "libya-organisations.yml",
    "italy-organisations.yml",
    "people.yml",
    "libya-people.yml",
)
COUNTRY_KEYS = ("id", "name", "demonyms", "metonyms", "aliases", "exact")


def data_text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def load_data(name: str) -> Any:
    from digest.registry import _LineLoader
    from digest.safeyaml import load

    return load(data_text(name), _LineLoader)


def country_entries(data: Any, language: str) -> list[dict[str, Any]]:
    """countries.yml's entries as registry entries, named by CLDR in `language`."""
    names = {lang: Locale.parse(lang).territories for lang in dict.fromkeys((language, "it", "en"))}
    entries = []
    for code, extra in (data.get("countries") or {}).items():
        if code == "__line__" or not isinstance(code, str) or not isinstance(extra, dict):
            continue  # a test reads every code: "NO" must be quoted, or YAML reads false
        cldr = [names[lang].get(code) for lang in names]
        display = extra.get("name") or cldr[0] or code
        aliases = [*(extra.get("aliases") or ())]
        for name in cldr if "name" not in extra else ():
            if not name:
                continue
            parts = name_parts(name)
            if len(parts) > 1:
                aliases += parts
            elif name != display:
                aliases.append(name)
        entries.append(
            {
                "__line__": extra.get("__line__", 0),
                "id": extra.get("id"),
                "name": display,
                "kind": "country",
                "aliases": [a for a in dict.fromkeys(aliases) if a != display],
                **{k: extra[k] for k in ("demonyms", "metonyms", "exact") if k in extra},
                **{k: v for k, v in extra.items() if k not in COUNTRY_KEYS and k != "__line__"},
            }
        )
    return entries


def starter_with_findings(language: str = "it") -> tuple[Registry, tuple[Finding, ...]]:
    """The starter registry, and what its own checks say (a test keeps them empty). Parsed
    once per language and kept (digest.memo): a build that reads one edited article reads
    the parsed registry back instead of parsing a few thousand lines of YAML again."""
    return _starter_english() if language == "en" else _starter_italian()


@kept
def _starter_italian() -> tuple[Registry, tuple[Finding, ...]]:
    return _parse_starter("it")


@kept
def _starter_english() -> tuple[Registry, tuple[Finding, ...]]:
    return _parse_starter("en")


def _parse_starter(language: str) -> tuple[Registry, tuple[Finding, ...]]:
    entries: list[Any] = []
    findings: list[Finding] = []
    for name in FILES:
        data = load_data(name)
        shown = f"digest/starter/{name}"
        if name == "countries.yml":
            data = {"actors": country_entries(data, language), "ignore": data.get("ignore") or []}
        registry, problems = parse_registry(data, shown, STARTER)
        findings += problems
        entries.append(registry)
    actors: dict[str, Any] = {}
    where: dict[str, str] = {}
    for registry in entries:
        for actor_id, actor in registry.actors.items():
            if actor_id in actors:
                first = actors[actor_id]
                findings.append(
                    finding(
                        "R501",
                        registry.source,
                        line=actor.line,
                        variant="starter",
                        actor_id=actor_id,
                        other=where[actor_id],
                        first_line=first.line,
                    )
                )
                continue
            actors[actor_id] = actor
            where[actor_id] = registry.source
    # The set phrases that hide a form inside them ("America Latina"), from every file.
    ignore = frozenset().union(*(registry.ignore for registry in entries))
    combined = Registry(actors, ignore, STARTER)
    findings += claimed_twice(combined)
    return combined, tuple(findings)


def starter_registry(language: str = "it") -> Registry:
    return starter_with_findings(language)[0]


def demonym_countries(language: str = "it") -> dict[str, tuple[str, str]]:
    """Every demonym of countries.yml ("turche") → (country id, name in `language`), read
    from the data whether or not the site uses the starter registry: a demonym of a country
    the registry lacks suggests that country. Italian's is kept (digest.memo): a build that
    reads one edited article does not parse countries.yml for it."""
    return _demonym_countries_it() if language == "it" else _demonym_countries(language)


@kept
def _demonym_countries_it() -> dict[str, tuple[str, str]]:
    return _demonym_countries("it")


@functools.cache
def _demonym_countries(language: str) -> dict[str, tuple[str, str]]:
    data = load_data("countries.yml")
    found: dict[str, tuple[str, str]] = {}
    for entry in country_entries(data, language):
        for demonym in entry.get("demonyms") or ():
            if isinstance(demonym, str) and not demonym.endswith("-"):
                found.setdefault(demonym.lower(), (entry["id"], entry["name"]))
    return found


def country_names(language: str = "it") -> dict[str, tuple[str, str, bool]]:
    """Every name, alias and seat of power of countries.yml, by match key ("usa",
    "cremlino") → (country id, name in `language`, a seat of power?), read whether or not
    the site uses the starter registry: a country the registry lacks is suggested from
    them (a seat of power only where it acts). Italian's is kept, as the demonyms are."""
    return _country_names_it() if language == "it" else _country_names(language)


@kept
def _country_names_it() -> dict[str, tuple[str, str, bool]]:
    return _country_names("it")


@functools.cache
def _country_names(language: str) -> dict[str, tuple[str, str, bool]]:
    from digest.normalise import match_key

    data = load_data("countries.yml")
    found: dict[str, tuple[str, str, bool]] = {}
    for entry in country_entries(data, language):
        forms = [entry["name"], *(entry.get("aliases") or ()), *(entry.get("exact") or ())]
        for form in forms:
            if isinstance(form, str):
                found.setdefault(match_key(form), (entry["id"], entry["name"], False))
        for metonym in entry.get("metonyms") or ():
            if isinstance(metonym, str):
                found.setdefault(match_key(metonym), (entry["id"], entry["name"], True))
    return found


@kept
def media_keys() -> frozenset[str]:
    """The match keys of every news outlet, press agency and platform (media.yml, and the
    agencies of digest.readers.rules): sources a story cites, never its actors."""
    from digest.normalise import match_key
    from digest.outlets import outlet_keys
    from digest.readers.rules import AGENCIES

    agencies = [form for forms_ in AGENCIES.values() for form in forms_]
    return outlet_keys() | frozenset(match_key(form) for form in agencies)


@kept
def thing_keys() -> frozenset[str]:
    """The match keys of the things of things.yml ("Pnrr", "Ftse Mib", "Brexit"): what a
    story's actors fund, trade or oppose, never its actors."""
    from digest.normalise import match_key

    data = load_data("things.yml")
    forms = [form for line in data.get("things") or () for form in line]
    return frozenset(match_key(form) for form in forms if isinstance(form, str))


@functools.cache
def countries_by_id(language: str = "it") -> dict[str, dict[str, Any]]:
    """countries.yml's entries as registry entries, by id."""
    return {entry["id"]: entry for entry in country_entries(load_data("countries.yml"), language)}


def site_registry(
    path: Path, shown: str, starter: bool, language: str
) -> tuple[Registry, list[Finding]]:
    """The registry a site's pages are built with: its own file, on top of the starter
    registry when the site opts in (`extra.digest.starter: true`)."""
    local, findings = load_registry(path, shown)
    if not starter:
        if local.drop:
            findings.append(finding("R514", shown, variant="no-starter"))
        return local, findings + home_problems(local)
    combined, more = combine(starter_registry(language), local)
    return combined, findings + more + home_problems(combined)
