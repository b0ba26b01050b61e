"""The actor registry: one YAML file listing every actor once, loaded and validated.

actors:
  - id: khalifa-haftar            # stable, used in URLs: never change it
    name: Khalifa Haftar
    kind: person                  # person | organisation | country
    aliases: [maresciallo Haftar] # matched ignoring case; ALL-CAPS acronyms keep their case
    exact: [Lna]                  # matched only with this exact case
    demonyms: [libico, libica]    # countries: adjectives that count as mentions
    surname: Haftar               # persons: defaults to the last word of the name
    description: …
    wikidata: Q…
ignore: [Bengasi, Nord Africa]    # capitalised names that are not actors
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from digest.findings import Finding, error, printable
from digest.model import KINDS, Actor, Registry
from digest.normalise import match_key
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
    "surname",
    "description",
    "wikidata",
)
LIST_KEYS = ("aliases", "exact", "demonyms")
_WIKIDATA = re.compile(r"^Q[1-9]\d*$")


MAX_NAME = 200  # characters of a name or alias: every actor page and link prints them
MAX_DESCRIPTION = 1000
MAX_FORMS = 500  # aliases, exact forms or demonyms of one actor


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
        return Registry({}, source=shown), [
            error(
                "R500",
                shown,
                "the actor registry does not exist",
                "create it (see README.md) or set extra.digest.registry",
            )
        ]
    try:
        text = path.read_text(encoding="utf-8")
        problem = check_yaml(text, REGISTRY_MAX)
        if problem:
            line = problem.line + 1 if problem.line is not None else None
            return Registry({}, source=shown), [
                error(
                    "R503",
                    shown,
                    f"registry refused: {problem.message}",
                    "write each actor out in full, without anchors or tags",
                    line,
                )
            ]
        data = load(text, _LineLoader)
    except DuplicateKeyError as exc:
        line = error_line(exc)
        return Registry({}, source=shown), [
            error(
                "R510",
                shown,
                f"the registry gives a {error_message(exc)}",
                "keep one of the two; to list several names, use one list: aliases: [a, b]",
                line + 1 if line is not None else None,
            )
        ]
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        line = error_line(exc) if isinstance(exc, yaml.YAMLError) else None
        message = error_message(exc) if isinstance(exc, yaml.YAMLError) else str(exc)
        return Registry({}, source=shown), [
            error(
                "R503",
                shown,
                f"the registry is not valid YAML: {message}",
                "check the indentation and quoting",
                line + 1 if line is not None else None,
            )
        ]
    return parse_registry(data, shown)


def parse_registry(data: Any, shown: str) -> tuple[Registry, list[Finding]]:
    findings: list[Finding] = []
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        return Registry({}, source=shown), [
            error(
                "R503",
                shown,
                "the registry must have an `actors:` list",
                "see the example at the top of actors.yml",
            )
        ]
    for key in sorted(set(data) - {"actors", "ignore", "__line__"}):
        findings.append(
            error("R503", shown, f"unknown top-level key `{key}`", "use `actors:` and `ignore:`")
        )
    actors: dict[str, Actor] = {}
    for entry in data["actors"]:
        actor, problems = _parse_actor(entry, shown)
        findings += problems
        if actor is None:
            continue
        if actor.id in actors:
            first = actors[actor.id]
            findings.append(
                error(
                    "R501",
                    shown,
                    f"actor id `{actor.id}` is listed twice (first at line {first.line})",
                    "merge the two entries: keep one id, move the aliases into it",
                    actor.line,
                )
            )
            continue
        actors[actor.id] = actor
    ignore = data.get("ignore") or []
    if not isinstance(ignore, list) or not all(isinstance(i, str) for i in ignore):
        findings.append(
            error("R503", shown, "`ignore` must be a list of names", "ignore: [Bengasi, Tripoli]")
        )
        ignore = []
    for name in ignore:
        findings += value_problems(shown, "a name in `ignore`", name, data.get("__line__"))
    registry = Registry(actors, frozenset(ignore), shown)
    findings += _claimed_twice(registry)
    return registry, findings


def _parse_actor(entry: Any, shown: str) -> tuple[Actor | None, list[Finding]]:
    if not isinstance(entry, dict):
        return None, [
            error(
                "R503",
                shown,
                "each actor must be a mapping with id, name and kind",
                "- id: khalifa-haftar\n      name: Khalifa Haftar\n      kind: person",
            )
        ]
    line = entry.get("__line__", 0)
    findings: list[Finding] = []
    for key in sorted(set(entry) - {*ACTOR_KEYS, "__line__"}):
        findings.append(
            error(
                "R503",
                shown,
                f"unknown actor key `{key}`",
                f"allowed keys: {', '.join(ACTOR_KEYS)}",
                line,
            )
        )
    actor_id, name, kind = entry.get("id"), entry.get("name"), entry.get("kind")
    if not isinstance(actor_id, str) or (problem := slug_problem(actor_id)):
        reason = problem if isinstance(actor_id, str) else "it is missing or not text"
        findings.append(
            error(
                "R506",
                shown,
                f"actor id {actor_id!r} cannot be used: {reason}",
                "use lowercase words separated by hyphens, e.g. khalifa-haftar",
                line,
            )
        )
    if not isinstance(name, str) or not name.strip():
        findings.append(
            error("R503", shown, f"actor `{actor_id}` has no name", "add name: …", line)
        )
    if kind not in KINDS:
        findings.append(
            error(
                "R504",
                shown,
                f"actor `{actor_id}` has kind {kind!r}",
                f"use one of: {', '.join(KINDS)}",
                line,
            )
        )
    lists: dict[str, tuple[str, ...]] = {}
    for key in LIST_KEYS:
        value = entry.get(key) or []
        if isinstance(value, list) and len(value) > MAX_FORMS:
            findings.append(
                error(
                    "R511",
                    shown,
                    f"`{key}` of `{printable(str(actor_id))}` lists {len(value)} names, over {MAX_FORMS}",
                    "keep the forms the press uses",
                    line,
                )
            )
            value = []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            findings.append(
                error(
                    "R503",
                    shown,
                    f"`{key}` of `{actor_id}` must be a list of names",
                    f"{key}: [first, second]",
                    line,
                )
            )
            value = []
        lists[key] = tuple(v.strip() for v in value)
    for key in ("surname", "description"):
        if key in entry and not isinstance(entry[key], str | None):
            findings.append(
                error(
                    "R503", shown, f"`{key}` of `{printable(str(actor_id))}` must be text", "", line
                )
            )
    texts = [
        (key, value)
        for key in ("id", "name", "surname", "description")
        if isinstance(value := entry.get(key), str)
    ] + [(key, value) for key in LIST_KEYS for value in lists[key]]
    for key, value in texts:
        limit = MAX_DESCRIPTION if key == "description" else MAX_NAME
        if len(value) > limit:
            findings.append(
                error(
                    "R511",
                    shown,
                    f"`{key}` of `{printable(str(actor_id))[:40]}` is {len(value):,} characters, over {limit}",
                    "shorten it: it is printed on every page that names the actor",
                    line,
                )
            )
        findings += value_problems(
            shown,
            f"`{key}` of `{printable(str(actor_id))[:40]}`",
            value,
            line,
            key == "description",
        )
    warnings = [f for f in findings if f.severity != "error"]
    findings = [f for f in findings if f.severity == "error"]
    wikidata = entry.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _WIKIDATA.match(wikidata)):
        findings.append(
            error(
                "R505",
                shown,
                f"wikidata id {wikidata!r} of `{actor_id}` is not like Q1016",
                "copy the Q-number from the Wikidata page, or remove the key",
                line,
            )
        )
        wikidata = None
    if findings:
        return None, findings + warnings
    surname = entry.get("surname", default_surname(name) if kind == "person" else None)
    return Actor(
        id=actor_id,
        name=name.strip(),
        kind=kind,
        aliases=lists["aliases"],
        exact=lists["exact"],
        demonyms=lists["demonyms"],
        surname=surname or None,
        description=(entry.get("description") or "").strip() or None,
        wikidata=wikidata,
        line=line,
    ), warnings


def _claimed_twice(registry: Registry) -> list[Finding]:
    """An alias (or name, or demonym) may point to one actor only; surnames may be shared."""
    owner: dict[str, str] = {}
    findings: list[Finding] = []
    for actor in registry.actors.values():
        for form in {actor.name, *actor.aliases, *actor.exact, *actor.demonyms}:
            key = match_key(form)
            if key in owner and owner[key] != actor.id:
                findings.append(
                    error(
                        "R502",
                        registry.source,
                        f"alias {form!r} of `{actor.id}` is also claimed by `{owner[key]}`",
                        "keep the alias on one actor only; if both are meant, use the full names",
                        actor.line,
                    )
                )
            owner.setdefault(key, actor.id)
    return findings
