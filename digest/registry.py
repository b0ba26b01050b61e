"""The actor registry: one YAML file listing every actor once, loaded and validated.

actors:
  - id: khalifa-haftar            # stable, used in URLs: never change it
    name: Khalifa Haftar
    kind: person                  # person | organisation | country
    aliases: [maresciallo Haftar] # matched ignoring case; ALL-CAPS acronyms keep their case
    exact: [Lna]                  # matched only with this exact case
    demonyms: [libico, libica]    # countries: adjectives that count as mentions
    metonyms: [Mosca, Cremlino]   # capitals, seats of power: mentions only where they act
    surname: Haftar               # persons: defaults to the last word of the name
    known_by_surname: true        # … which, shared, means this one where none is named in full
    description: …
    source: https://…             # where the description was checked
    wikidata: Q…
    from: 2015-03-02              # when the actor existed or held the office it is
    until: 2021-03-15             #   described by (YYYY, YYYY-MM or YYYY-MM-DD, inclusive)
  - id: …
    aliases:
      - name: premier libico      # a form valid only in a period
        from: 2016-03-30
        until: 2021-03-14
ignore: [Bengasi, Nord Africa]    # capitalised names that are not actors
drop: [russia]                    # starter registry entries this site does not want

The site's registry adds to the starter registry (digest.starter) when the site opts in:
`combine` says what the site's entries replace, take over or drop.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any, cast

import yaml

from digest.catalogue import finding
from digest.findings import Finding, printable
from digest.forms import Form, actor_forms
from digest.model import ALWAYS, KINDS, Actor, Kind, Period, Registry
from digest.paths import slug_problem
from digest.readers.source import value_problems
from digest.safeyaml import (
    REGISTRY_MAX,
    DuplicateKeyError,
    SafeLoader,
    check_yaml,
    error_line,
    error_message,
    load,
)

ACTOR_KEYS = (
    "id",
    "name",
    "kind",
    "aliases",
    "exact",
    "demonyms",
    "metonyms",
    "surname",
    "known_by_surname",
    "description",
    "source",
    "wikidata",
    "from",
    "until",
    "country",
    "domestic",
    "territory",
)
LIST_KEYS = ("aliases", "exact", "demonyms", "metonyms", "domestic", "territory")
TIMED_KEYS = ("aliases", "exact", "domestic", "metonyms")  # items may be {name, from, until}
TOP_KEYS = ("actors", "ignore", "drop", "home")
_WIKIDATA = re.compile(r"^Q[1-9]\d*$")
_SOURCE = re.compile(r"^https?://[^\s<>\"'`\\]+$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
STARTER = "starter"  # the origin of the shipped registry's entries
SITE = "site"  # the origin of the site's own


MAX_NAME = 200  # characters of a name or alias: every actor page and link prints them
MAX_DESCRIPTION = 1000
MAX_FORMS = 500  # aliases, exact forms, demonyms or metonyms of one actor


class _LineLoader(SafeLoader):
    """Safe loader that remembers the line of every mapping, for error messages."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def default_surname(name: str) -> str | None:
    words = name.split()
    return words[-1] if len(words) > 1 else None


def load_registry(path: Path, shown_as: str | None = None) -> tuple[Registry, list[Finding]]:
    shown = shown_as or path.as_posix()
    if not path.exists():
        return Registry({}, source=shown), [finding("R500", shown)]
    try:
        return parse_registry_text(path.read_text(encoding="utf-8"), shown)
    except UnicodeDecodeError as exc:
        return Registry({}, source=shown), [finding("R517", shown, error=str(exc))]


def parse_registry_text(text: str, shown: str) -> tuple[Registry, list[Finding]]:
    """YAML text (checked for anchors, tags and size first) → registry and findings."""
    problem = check_yaml(text, REGISTRY_MAX)
    if problem:
        line = problem.line + 1 if problem.line is not None else None
        return Registry({}, source=shown), [
            finding("R518", shown, line=line, problem=problem.message)
        ]
    try:
        data = load(text, _LineLoader)
    except DuplicateKeyError as exc:
        line = error_line(exc)
        return Registry({}, source=shown), [
            finding(
                "R510",
                shown,
                line=line + 1 if line is not None else None,
                error=error_message(exc),
            )
        ]
    except yaml.YAMLError as exc:
        line = error_line(exc)
        return Registry({}, source=shown), [
            finding(
                "R503",
                shown,
                line=line + 1 if line is not None else None,
                error=error_message(exc),
            )
        ]
    return parse_registry(data, shown)


def parse_registry(
    data: Any, shown: str, origin: str | None = None
) -> tuple[Registry, list[Finding]]:
    """A loaded registry document → registry and findings; `origin` marks its entries:
    "site" (the default) or "starter"."""
    findings: list[Finding] = []
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        return Registry({}, source=shown), [finding("R519", shown)]
    for key in sorted(set(data) - {*TOP_KEYS, "__line__"}, key=str):
        findings.append(finding("R520", shown, variant="top", key=printable(str(key))))
    actors: dict[str, Actor] = {}
    for entry in data["actors"]:
        actor, problems = _parse_actor(entry, shown, origin or SITE)
        findings += problems
        if actor is None:
            continue
        if actor.id in actors:
            first = actors[actor.id]
            findings.append(
                finding("R501", shown, line=actor.line, actor_id=actor.id, first_line=first.line)
            )
            continue
        actors[actor.id] = actor
    names: dict[str, list[str]] = {}
    for key in ("ignore", "drop"):
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(i, str) for i in value):
            findings.append(finding("R523", shown, variant=key))
            value = []
        for name in value:
            findings += value_problems(shown, f"a name in `{key}`", name, data.get("__line__"))
        names[key] = value
    home = data.get("home")
    if home is not None and not (isinstance(home, str) and not slug_problem(home)):
        findings.append(finding("R523", shown, line=data.get("__line__"), variant="home"))
        home = None
    registry = Registry(
        actors, frozenset(names["ignore"]), shown, frozenset(names["drop"]), home or None
    )
    findings += claimed_twice(registry)
    return registry, findings


def _parse_actor(entry: Any, shown: str, origin: str) -> tuple[Actor | None, list[Finding]]:
    if not isinstance(entry, dict):
        return None, [finding("R521", shown)]
    line = entry.get("__line__", 0)
    findings: list[Finding] = []
    for key in sorted(set(entry) - {*ACTOR_KEYS, "__line__"}, key=str):
        findings.append(
            finding("R520", shown, line=line, key=printable(str(key)), keys=", ".join(ACTOR_KEYS))
        )
    actor_id, name, kind = entry.get("id"), entry.get("name"), entry.get("kind")
    shown_id = printable(str(actor_id))[:40]
    if not isinstance(actor_id, str) or (problem := slug_problem(actor_id)):
        reason = problem if isinstance(actor_id, str) else "it is missing or not text"
        findings.append(
            finding("R506", shown, line=line, value=printable(repr(actor_id))[:60], reason=reason)
        )
    if not isinstance(name, str) or not name.strip():
        findings.append(finding("R522", shown, line=line, actor_id=shown_id))
    if kind not in KINDS:
        findings.append(
            finding(
                "R504",
                shown,
                line=line,
                actor_id=shown_id,
                kind=printable(repr(kind))[:60],
                kinds=", ".join(KINDS),
            )
        )
    lists, timed, problems = _form_lists(entry, shown, shown_id, line)
    findings += problems
    for key in ("surname", "description", "source", "country"):
        if key in entry and not isinstance(entry[key], str | None):
            findings.append(finding("R523", shown, line=line, key=key, actor_id=shown_id))
    if "known_by_surname" in entry and not isinstance(entry["known_by_surname"], bool):
        findings.append(
            finding(
                "R523", shown, line=line, variant="flag", key="known_by_surname", actor_id=shown_id
            )
        )
    texts = [
        (key, value)
        for key in ("id", "name", "surname", "description", "source", "country")
        if isinstance(value := entry.get(key), str)
    ] + [(key, value) for key in LIST_KEYS for value in lists[key]]
    for key, value in texts:
        limit = MAX_DESCRIPTION if key in ("description", "source") else MAX_NAME
        if len(value) > limit:
            findings.append(
                finding(
                    "R511",
                    shown,
                    line=line,
                    key=key,
                    actor_id=shown_id,
                    length=len(value),
                    limit=limit,
                )
            )
        findings += value_problems(
            shown, f"`{key}` of `{shown_id}`", value, line, key == "description"
        )
    warnings = [f for f in findings if f.severity != "error"]
    findings = [f for f in findings if f.severity == "error"]
    wikidata = entry.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _WIKIDATA.match(wikidata)):
        findings.append(
            finding(
                "R505", shown, line=line, value=printable(repr(wikidata))[:40], actor_id=shown_id
            )
        )
    source = entry.get("source")
    if isinstance(source, str) and not _SOURCE.match(source.strip()):
        findings.append(finding("R516", shown, line=line, actor_id=shown_id))
    period, problem = parse_period(entry.get("from"), entry.get("until"))
    if problem:
        findings.append(finding("R515", shown, line=line, actor_id=shown_id, problem=problem))
    if findings:
        return None, findings + warnings
    # What the checks above proved (each problem returned early), said to the type checker.
    assert isinstance(actor_id, str) and isinstance(name, str) and kind in KINDS
    kind = cast(Kind, kind)
    surname = entry.get("surname", default_surname(name) if kind == "person" else None)
    return Actor(
        id=actor_id,
        name=name.strip(),
        kind=kind,
        aliases=lists["aliases"],
        exact=lists["exact"],
        demonyms=lists["demonyms"],
        surname=surname or None,
        known_by_surname=entry.get("known_by_surname") is True,
        description=(entry.get("description") or "").strip() or None,
        wikidata=wikidata,
        line=line,
        metonyms=lists["metonyms"],
        period=period,
        timed=timed,
        source=(source or "").strip() or None,
        origin=origin,
        country=(entry.get("country") or "").strip() or None,
        domestic=lists["domestic"],
        territory=lists["territory"],
    ), warnings


def _form_lists(
    entry: dict[str, Any], shown: str, shown_id: str, line: int
) -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, tuple[Period, ...]], ...], list[Finding]]:
    """The lists of forms, and the periods of the forms given as {name, from, until}."""
    findings: list[Finding] = []
    lists: dict[str, tuple[str, ...]] = {}
    timed: dict[str, list[Period]] = {}
    for key in LIST_KEYS:
        value = entry.get(key) or []
        if isinstance(value, list) and len(value) > MAX_FORMS:
            findings.append(
                finding(
                    "R511",
                    shown,
                    line=line,
                    variant="forms",
                    key=key,
                    actor_id=shown_id,
                    count=len(value),
                    limit=MAX_FORMS,
                )
            )
            value = []
        if not isinstance(value, list):
            value = [value]  # reported below as not a list of names
        names: list[str] = []
        for item in value:
            if isinstance(item, dict) and key in TIMED_KEYS:
                name, periods, problems = _timed_form(item, shown, shown_id, line)
                findings += problems
                if name is None:
                    continue
                timed.setdefault(name, []).extend(periods)
                item = name
            if not isinstance(item, str) or not item.strip():
                # `aliases` and `exact` may also hold forms given with a period.
                variant = "dated-list" if key in TIMED_KEYS else "list"
                findings.append(
                    finding("R523", shown, line=line, variant=variant, key=key, actor_id=shown_id)
                )
                break
            if item.strip() not in names:
                names.append(item.strip())
        lists[key] = tuple(names)
    return lists, tuple((k, tuple(sorted(v))) for k, v in timed.items()), findings


def _timed_form(
    item: dict[str, Any], shown: str, shown_id: str, line: int
) -> tuple[str | None, list[Period], list[Finding]]:
    at = item.get("__line__", line)
    unknown = sorted(set(item) - {"name", "from", "until", "__line__"}, key=str)
    name = item.get("name")
    if unknown:
        key = printable(str(unknown[0]))
        return (
            None,
            [],
            [finding("R520", shown, line=at, variant="form", actor_id=shown_id, key=key)],
        )
    if not isinstance(name, str) or not name.strip():
        return None, [], [finding("R522", shown, line=at, variant="form", actor_id=shown_id)]
    period, problem = parse_period(item.get("from"), item.get("until"))
    if problem:
        form = printable(repr(name.strip()))[:60]
        return (
            None,
            [],
            [
                finding(
                    "R515",
                    shown,
                    line=at,
                    variant="form",
                    form=form,
                    actor_id=shown_id,
                    problem=problem,
                )
            ],
        )
    return name.strip(), [period], []


def parse_period(start: Any, end: Any) -> tuple[Period, str | None]:
    """`from`/`until` values → the days they cover (inclusive), or why they cannot be read.
    "2016" from the first of January, until the 31st of December; "2021-03" the month."""
    first, problem = _bound(start, "from")
    if problem:
        return ALWAYS, problem
    last, problem = _bound(end, "until")
    if problem:
        return ALWAYS, problem
    if first and last and last < first:
        return ALWAYS, f"`until` ({last.isoformat()}) is before `from` ({first.isoformat()})"
    return Period(first, last), None


def _bound(value: Any, key: str) -> tuple[dt.date | None, str | None]:
    if value is None:
        return None, None
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None, f"`{key}` must be a date such as 2021-03-15, 2021-03 or 2021"
    match = _DATE.match(str(value).strip())
    if not match:
        return None, f"`{key}` {printable(repr(value))[:40]} is not YYYY, YYYY-MM or YYYY-MM-DD"
    year = int(match[1])
    month = int(match[2]) if match[2] else (1 if key == "from" else 12)
    if not 1 <= month <= 12 or year < 1:
        return None, f"`{key}` {value} has no month {month}"
    last_day = calendar.monthrange(year, month)[1]
    day = int(match[3]) if match[3] else (1 if key == "from" else last_day)
    if not 1 <= day <= last_day:
        return None, f"`{key}` {value}: month {month} of {year} has no day {day}"
    return dt.date(year, month, day), None


def claimed_twice(registry: Registry) -> list[Finding]:
    """A form (name, alias, demonym, capital) names one actor at a time: two actors may share
    it only in periods that do not overlap ("governo di Tripoli"). Surnames may be shared."""
    owners: dict[str, list[tuple[str, tuple[Period, ...], str]]] = {}
    findings: list[Finding] = []
    for actor in registry.actors.values():
        for form in actor_forms(actor):
            if form.role == "surname":
                continue
            # A bare word the bodies of one country's territories share is claimed once per
            # territory; a body of none claims it in all of them.
            base, where = _claim_parts(actor, form)
            claims = owners.setdefault(base, [])
            for other, periods, other_where in claims:
                if (
                    other != actor.id
                    and _overlap(periods, form.periods)
                    and (where == other_where or not where or not other_where)
                ):
                    findings.append(
                        finding(
                            "R502",
                            registry.source,
                            line=actor.line,
                            alias=printable(repr(form.text)),
                            actor_id=actor.id,
                            other=other,
                        )
                    )
                    break
            claims.append((actor.id, form.periods, where))
    return findings


def claim(actor: Actor, form: Form) -> str:
    """What a form claims: its words, or for a bare institution word its words in its
    country's stories ("Senato" is Italy's Senate and Spain's, each in its country), and
    for a body of one of the country's territories in that territory's ("Regione" is the
    Regione Campania's in a story about Campania, the Regione Lazio's in one about Lazio)."""
    base, where = _claim_parts(actor, form)
    return f"{base}\x00{where}" if where else base


def _claim_parts(actor: Actor, form: Form) -> tuple[str, str]:
    """The words a form claims, and the territory it claims them in ("" for all)."""
    if form.role != "domestic":
        return form.key, ""
    from digest.normalise import match_key

    where = match_key(actor.territory[0]) if actor.territory else ""
    return f"{actor.country}\x00{form.key}", where


def home_problems(registry: Registry) -> list[Finding]:
    """`country:` names a country of the registry, or a union of states (an organisation:
    the European Commission's is the European Union), and `home:` a country (the starter's
    included, once combined): an institution of an unknown one is found by its other forms
    only."""
    findings: list[Finding] = []

    def country(actor_id: str, union: bool = False) -> bool:
        actor = registry.actors.get(actor_id)
        kinds = ("country", "organisation") if union else ("country",)
        return actor is not None and actor.kind in kinds

    for actor in registry.actors.values():
        if actor.origin == "starter" and actor.country in registry.drop:
            continue  # the site dropped the country: its starter bodies lose their bare words
        # a body of a union of states ("la Commissione", the European Union's) names the union
        if actor.country and not country(actor.country, union=True):
            findings.append(
                finding(
                    "R524",
                    registry.source,
                    line=actor.line,
                    actor_id=actor.id,
                    country=printable(actor.country)[:40],
                )
            )
        elif actor.domestic and not actor.country:
            findings.append(
                finding("R524", registry.source, line=actor.line, variant="none", actor_id=actor.id)
            )
    if registry.home and not country(registry.home):
        findings.append(
            finding("R524", registry.source, variant="home", country=printable(registry.home)[:40])
        )
    return findings


def _overlap(first: tuple[Period, ...], second: tuple[Period, ...]) -> bool:
    return any(a.overlaps(b) for a in first for b in second)


# ---------------------------------------------------------------- the starter and the site


def combine(starter: Registry, site: Registry) -> tuple[Registry, list[Finding]]:
    """The starter registry with the site's on top: the site's entries are added; one with a
    starter id replaces that entry (R512, a note); a form the site gives to another actor is
    taken from the starter's (R513, a warning); `drop:` removes starter entries (R514 when
    it names none)."""
    findings: list[Finding] = []
    for actor_id in sorted(site.drop - starter.actors.keys()):
        findings.append(finding("R514", site.source, actor_id=printable(actor_id)))
    kept = {k: a for k, a in starter.actors.items() if k not in site.drop}
    for actor in site.actors.values():
        if actor.id in kept:
            findings.append(finding("R512", site.source, line=actor.line, actor_id=actor.id))
            del kept[actor.id]
    claimed = {
        claim(actor, form): actor
        for actor in site.actors.values()
        for form in actor_forms(actor)
        if form.role != "surname"  # a surname may be shared: the matcher decides by context
    }

    def owner_of(actor: Actor, form: Form) -> Actor | None:
        # A site's form takes the starter's forms of the same words; a site's bare
        # institution word only the starter's of the same country.
        return claimed.get(form.key) or claimed.get(claim(actor, form))

    for actor_id, actor in list(kept.items()):
        taken = [
            (f, owner)
            for f in actor_forms(actor)
            if f.role != "surname" and (owner := owner_of(actor, f))
        ]
        if not taken:
            continue
        for form, owner in taken:
            findings.append(
                finding(
                    "R513",
                    site.source,
                    line=owner.line,
                    form=printable(repr(form.text)),
                    owner=owner.id,
                    actor_id=actor_id,
                )
            )
        kept[actor_id] = _without_forms(actor, {f.key for f, _ in taken})
    actors = {**kept, **site.actors}
    combined = Registry(
        actors, starter.ignore | site.ignore, site.source, site.drop, site.home or starter.home
    )
    return combined, findings


def _without_forms(actor: Actor, keys: set[str]) -> Actor:
    from digest.normalise import match_key

    def keep(forms: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(f for f in forms if match_key(f) not in keys)

    return dataclasses.replace(
        actor,
        aliases=keep(actor.aliases),
        exact=keep(actor.exact),
        demonyms=keep(actor.demonyms),
        metonyms=keep(actor.metonyms),
        domestic=keep(actor.domestic),
    )
