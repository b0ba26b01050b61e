"""`digest actors suggest`: names that match no actor, grouped, ranked, each with a guessed
kind and a draft entry; `digest actors accept` writes one into the registry.

Pure functions over what `build.read_corpus` collected (digest.names finds and cleans the
names); the CLI only prints, and `registry_edit.add_entry` writes.

Spelling variants of one name become one suggestion, every variant an alias:
- a name that ends a longer one is its short form ("Dbeibah" of "Abdul Hamid Dbeibah"),
  unless two longer names end with it (two Haftars); so is a name that has some of one
  longer name's words in its order ("Marina libica" of "Marina militare libica");
- transliterations of one name ("Sarraj", "Serraj", "al-Sarraj"; "Dbeibah", "Dbeibeh",
  "Dabaiba") are grouped when their skeletons (see `skeleton`) are close for rapidfuzz and
  their first names agree;
- names the starter registry gives one actor ("Onu" and "Nazioni Unite", "Bruxelles" and
  "Unione europea") are one suggestion, even where the site does not use the starter.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from digest import lexicon
from digest.firstnames import given_names, world_given_names
from digest.model import Kind, Registry
from digest.names import (
    ACRONYM,
    CONNECTORS,
    MEMBERS_OF,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    NameSeen,
    a_country_name,
    common_word,
    is_country,
)
from digest.normalise import fold, lower, match_key
from digest.paths import slugify
from digest.places import cldr_countries
from digest.prose import DANGLING, NAME_PARTICLES

SIMILAR = 80  # rapidfuzz ratio of two skeletons that spell one name
SWAPPED = 88  # … of two that share only their first and last consonants: two letters swapped


@dataclass(frozen=True)
class Suggestion:
    name: str  # the fullest form seen
    variants: tuple[str, ...]  # every other form seen, the aliases of the draft entry
    articles: tuple[str, ...]  # paths of the articles that use it
    examples: tuple[NameSeen, ...]  # two places where it is seen
    kind: Kind
    why: str  # the evidence for the kind
    id: str
    # A country of the starter's data: its demonyms and seats of power come with it.
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()

    def entry(self) -> str:
        """The draft entry, as YAML lines under `actors:` (two-space indent), every value
        quoted safely, with what is left to fill as comments."""
        lines = [
            f"  - id: {self.id}",
            f"    name: {yaml_text(self.name)}",
            f"    kind: {self.kind}  # guessed: {comment(self.why)}",
        ]
        for key, values in (
            ("aliases", self.variants),
            ("demonyms", self.demonyms),
            ("metonyms", self.metonyms),
        ):
            if values:
                lines.append(f"    {key}: [{', '.join(yaml_text(v) for v in values)}]")
        lines += [
            "    # description: one line a reader can trust, true at any date",
            "    # source: https://… (the page the description was checked against)",
        ]
        if self.examples:
            seen = self.examples[0]
            lines.append(
                f"    # seen in {len(self.articles)} article(s), first in "
                f"{comment(seen.path)}:{seen.line}"
            )
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "id": self.id,
            "kind": self.kind,
            "why": self.why,
            "variants": list(self.variants),
            "demonyms": list(self.demonyms),
            "metonyms": list(self.metonyms),
            "articles": list(self.articles),
            "examples": [
                {"path": e.path, "line": e.line, "sentence": e.sentence} for e in self.examples
            ],
            "entry": self.entry(),
        }


@dataclass
class _Group:
    """A suggestion while it is built."""

    name: str
    variants: list[str]
    articles: set[str] = field(default_factory=set)
    examples: list[NameSeen] = field(default_factory=list)
    befores: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    short_for: list[str] = field(default_factory=list)  # longer names it is the acronym of

    def absorb(self, other: _Group) -> None:
        if len(other.name.split()) > len(self.name.split()):
            self.name = other.name
        self.variants += [v for v in other.variants if v not in self.variants]
        self.articles |= other.articles
        self.befores += other.befores
        self.demonyms += other.demonyms
        self.examples = (self.examples + other.examples)[:2]


def suggest(names: dict[str, list[NameSeen]], registry: Registry) -> list[Suggestion]:
    """Names no actor has, one suggestion per actor, most articles first; among names in
    as many articles, the most mentioned first (a story's protagonist before a name it
    drops once), then by name."""
    covered = covered_keys(registry)
    groups: dict[str, _Group] = {}
    for path in sorted(names):
        for seen in names[path]:
            key = match_key(seen.name)
            if key in covered:
                continue
            group = groups.setdefault(key, _Group(seen.name, [seen.name]))
            group.articles.add(path)
            group.befores.append(seen.before)
            if seen.demonym:
                group.demonyms.append(seen.demonym)
            if seen.short_for:
                group.short_for.append(seen.short_for)
            if len(group.examples) < 2:
                group.examples.append(seen)
    # Names with fewer words join first: "Diomaye Faye" into "Bassirou Diomaye Diakhar
    # Faye" leaves "Faye" one longer name to end.
    grouped = _first_words(_short_forms(_fewer_words(_bracketed(groups))))
    merged = _transliterations(_one_starter_actor(_initials(grouped)))
    first_names = _first_names(registry)
    taken = set(registry.actors)
    suggestions = []
    # Every sighting left its `before` in the group: their count is the mentions.
    for group in sorted(
        merged, key=lambda g: (-len(g.articles), -len(g.befores), g.name.casefold())
    ):
        kind, why = guess_kind(group, first_names)
        known = _country_data(group.name) if kind == "country" else {}
        actor_id = _free_id(known.get("id") or slugify(group.name) or "actor", taken)
        taken.add(actor_id)
        suggestions.append(
            Suggestion(
                name=group.name,
                # A country's other names come with it ("Birmania" with "Myanmar").
                variants=tuple(
                    v
                    for v in dict.fromkeys([*group.variants, *(known.get("aliases") or ())])
                    if v != group.name
                ),
                articles=tuple(sorted(group.articles)),
                examples=tuple(group.examples),
                kind=kind,
                why=why,
                id=actor_id,
                demonyms=tuple(known.get("demonyms") or ()),
                metonyms=tuple(known.get("metonyms") or ()),
            )
        )
    return suggestions


def _country_data(name: str) -> dict[str, Any]:
    """What the starter's country data knows of a country, by its name."""
    from digest.starter import country_entries, country_names, load_data

    hit = country_names().get(match_key(name))
    if hit is None:
        return {}
    for entry in country_entries(load_data("countries.yml"), "it"):
        if entry["id"] == hit[0]:
            return entry
    return {}


def covered_keys(registry: Registry) -> set[str]:
    """Every key that names an actor of the registry, or that the registry ignores. Not a
    country's bare institution words alone ("Camera dei rappresentanti", the American
    House's): where the matcher read one as no institution of the story's country, it is
    another's, a name to suggest."""
    from digest.forms import actor_forms

    keys: set[str] = set()
    for actor in registry.actors.values():
        keys |= {form.key for form in actor_forms(actor) if form.role != "domestic"}
    keys.update(match_key(name) for name in registry.ignore)
    return keys


def _short_forms(groups: dict[str, _Group]) -> dict[str, _Group]:
    """A shorter name that ends a longer one is a variant of it: "Dbeibah" of "Abdul Hamid
    Dbeibah", unless two longer names end with it (two Haftars). Indexed by every ending of
    every name, so this stays linear in the words of the names."""
    endings: dict[str, list[str]] = {}
    for key in groups:
        words = key.split()
        for i in range(1, len(words)):
            endings.setdefault(" ".join(words[i:]), []).append(key)
        # "González" of "Edmundo González Urrutia": a double surname's first half, too;
        # "Almasri" of "Najeem Osema Almasri Habish": a word inside a longer name
        for word in words[1:-1] if len(words) >= 3 else ():
            if word not in NAME_PARTICLES:
                endings.setdefault(word, []).append(key)
    for key in sorted(groups, key=lambda k: (-len(k.split()), k)):
        if key not in groups or groups[key].demonyms:
            # "Pakistan" ends "Tehrik-e-Taliban Pakistan": a country is its own actor, never
            # the short form of a name that ends on it (as _first_words, _fewer_words)
            continue
        longer = [k for k in endings.get(key, ()) if k in groups]
        if len(longer) > 1:
            # "Salvini" ends "Matteo Salvini" and "Intervento di Salvini" (a crosshead): the
            # one name a first name opens is the person's; two such are two people (two
            # Haftars), and the short form stays apart
            people = [k for k in longer if k.split()[0] in world_given_names()]
            longer = people if len(people) == 1 else longer
        if len(longer) == 1 and not _body_of(groups[key].name, groups[longer[0]].name):
            groups[longer[0]].absorb(groups.pop(key))
    return groups


def _body_of(short: str, longer: str) -> bool:
    """ "Ue" ending "Consiglio Ue": an acronym after an organisation's word names the body
    that one belongs to, not a short form of it ("Dbeibah" of "Abdul Hamid Dbeibah" is)."""
    first = longer.split()[0]
    return ACRONYM.fullmatch(short) is not None and first.lower() in ORGANISATION_WORDS


def _first_words(groups: dict[str, _Group]) -> dict[str, _Group]:
    """A name that opens exactly one longer name is a short form of it: "Kamala" of "Kamala
    Harris", "Banca centrale" of "Banca centrale libica" (as a surname ends one)."""
    openings: dict[str, list[str]] = {}
    for key in groups:
        words = key.split()
        for i in range(1, len(words)):
            openings.setdefault(" ".join(words[:i]), []).append(key)
    # Longest first: "Saif al-Islam" joins "Saif al-Islam Gheddafi" before "Saif" looks.
    for key in sorted(groups, key=lambda k: (-len(k.split()), k)):
        if key not in groups or groups[key].demonyms:
            continue
        longer = [k for k in openings.get(key, ()) if k in groups]
        if len(longer) == 1:
            groups[longer[0]].absorb(groups.pop(key))
    return groups


def _fewer_words(groups: dict[str, _Group]) -> dict[str, _Group]:
    """A name whose words are some of exactly one longer name's, in its order, with its
    first and last words or, among a few names, its last word only, is a short form of it:
    "Marina libica" of "Marina militare libica", "Corea Sud" of "Corea del Sud", "Diomaye
    Faye" of "Bassirou Diomaye Diakhar Faye" (as a surname ends one, and a first word opens
    one). Candidates are the names that share those words, at most _BUCKET_MAX of them:
    however large the corpus, each name is compared with a few others only."""
    by_ends: dict[tuple[str, str], set[str]] = {}
    by_last: dict[str, set[str]] = {}
    words_of = {key: [w for w in key.split() if w not in CONNECTORS] for key in groups}
    for key, words in words_of.items():
        if len(words) >= 2:
            by_ends.setdefault((words[0], words[-1]), set()).add(key)
            by_last.setdefault(words[-1], set()).add(key)
    for key in sorted(groups, key=lambda k: (len(words_of[k]), k)):
        words = words_of[key]
        if key not in groups or len(words) < 2 or groups[key].demonyms:
            continue
        candidates = set()
        for bucket in (by_ends[words[0], words[-1]], by_last[words[-1]]):
            if len(bucket) <= _BUCKET_MAX:
                candidates |= bucket
        longer = sorted(
            other
            for other in candidates
            if other != key
            and other in groups
            and len(words_of[other]) >= len(words)
            and _in_order(words, words_of[other])
        )
        if len(longer) == 1:
            groups[longer[0]].absorb(groups.pop(key))
    return groups


_BUCKET_MAX = 64  # names sharing a name's ends that are compared with it: past that, none


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Every word of `words` in `longer`, in the same order."""
    rest = iter(longer)
    return all(word in rest for word in words)


def _bracketed(groups: dict[str, _Group]) -> dict[str, _Group]:
    """An acronym the press put in brackets after a longer name is that name's short form,
    whatever language its letters come from: "Forze di supporto rapido (Rsf)", "Autorità di
    regolazione per energia, reti e ambiente (Arera)". The longer name most articles
    expand it to, where two do."""
    for key in list(groups):
        group = groups.get(key)
        if group is None or not group.short_for:
            continue
        counts = Counter(match_key(longer) for longer in group.short_for)
        target = max(sorted(counts), key=counts.__getitem__)  # ties: the first in order
        if target != key and target in groups:
            groups[target].absorb(groups.pop(key))
    return groups


def _initials(groups: dict[str, _Group]) -> dict[str, _Group]:
    """An acronym made of the initials of exactly one longer name is its short form: "Ue"
    of "Unione europea", "ISPR" of "Inter-Services Public Relations", "FdI" of "Fratelli
    d’Italia" (an elided article's letter counts). From three letters, in any order: the
    acronym of the name in another language, "Gna" of "Governo di accordo nazionale",
    "Tplf" of "Fronte popolare di liberazione del Tigrè". Failing those, an acronym as the
    press writes it whose letters begin with the initials of exactly one longer name of an
    article it is in, or that begins theirs: "OIM" of "Organizzazione Internazionale [per
    le migrazioni]", whose lower-case words the name's run left out; "CPI" of "Corte Penale
    Internazionale de L'Aja", which runs on to its seat."""
    by_initials: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}  # … in the name's order: prefixes of these count
    running_on: dict[str, set[str]] = {}  # the initials' beginnings, from three letters
    for key in groups:
        words = [w for w in re.split(r"[\s-]+", key) if w and w not in CONNECTORS]
        if len(words) < 2:
            continue
        elided = [w for w in re.split(r"[\s’'-]+", key) if w and w not in CONNECTORS]
        for found in {"".join(w[0] for w in words), "".join(w[0] for w in elided)}:
            by_initials.setdefault(found, set()).add(key)
            exact.setdefault(found, set()).add(key)
            for end in range(_ANY_ORDER_MIN, len(found)):
                running_on.setdefault(found[:end], set()).add(key)
            if len(found) >= _ANY_ORDER_MIN:
                by_initials.setdefault("".join(sorted(found)), set()).add(key)
    for key in [k for k in groups if " " not in k and 2 <= len(k) <= 6]:
        longer = by_initials.get(key) or (
            by_initials.get("".join(sorted(key)), set()) if len(key) >= _ANY_ORDER_MIN else set()
        )
        if not longer and len(key) >= _ANY_ORDER_MIN and ACRONYM.fullmatch(groups[key].name):
            cut = (exact.get(key[:end], set()) for end in range(2, len(key)))
            longer = {
                other
                for other in set().union(running_on.get(key, set()), *cut)
                if other in groups and groups[other].articles & groups[key].articles
            }
        if len(longer) == 1 and (target := next(iter(longer))) in groups:
            groups[target].absorb(groups.pop(key))
    return groups


_ANY_ORDER_MIN = 3  # letters: "Ue" and "Eu" are too short to tell a language's order by


def _one_starter_actor(groups: dict[str, _Group]) -> dict[str, _Group]:
    """Names the starter registry gives one actor are one suggestion: "Onu" and "Nazioni
    Unite", "Bruxelles" (a seat of power) and "Unione europea", forms whose letters tell
    nothing of each other. A form two starter actors share ("Conte") joins nothing."""
    owners = starter_owners()
    by_owner: dict[str, list[str]] = {}
    for key in groups:
        if (owner := owners.get(key)) is not None:
            by_owner.setdefault(owner, []).append(key)
    for keys in by_owner.values():
        # the longest name leads, as elsewhere ("Nazioni Unite" over "Onu")
        keys.sort(key=lambda k: (-len(k.split()), -len(k), k))
        for key in keys[1:]:
            groups[keys[0]].absorb(groups.pop(key))
    return groups


_NAMING_ROLES = frozenset({"name", "alias", "surname", "metonym"})


@functools.cache
def starter_owners() -> dict[str, str]:
    """Every name of a starter actor (its forms but demonyms and bare domestic words), by
    match key, to that actor's id: forms of one actor only."""
    from digest.forms import actor_forms
    from digest.starter import starter_registry

    owners: dict[str, set[str]] = {}
    for actor in starter_registry().actors.values():
        for form in actor_forms(actor):
            if form.role in _NAMING_ROLES:
                owners.setdefault(match_key(form.text), set()).add(actor.id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


# ---------------------------------------------------------------- transliterations

_PARTICLE = re.compile(r"\b(?:al|el|ad|as|ash|at|az|an|ar|ul)[- ]")
_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ch", "k"))


def skeleton(name: str) -> str:
    """How a transliterated name sounds, roughly: the Arabic article left out, digraphs and
    k/q/c/g merged, vowels merged, doubled letters single. "al-Sarraj" and "Serraj" →
    "saraj"; "Dbeibeh" and "Dbeibah" → "dbabah"; "Gheddafi", "Kadhafi", "Qaddafi" → "kadafa"."""
    text = _PARTICLE.sub("", lower(fold(name)).replace("’", " ").replace("'", " "))
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    text = re.sub("[kqcg]", "k", text)
    text = re.sub("[aeiouy]", "a", text)
    text = re.sub(r"[^a-z ]", "", text)
    return re.sub(r"(.)\1+", r"\1", text).strip()


def _block(surname_skeleton: str) -> str:
    """The first two consonants: names spelt alike share them ("dbabah", "dababa" → "db")."""
    return re.sub("[a ]", "", surname_skeleton)[:2]


def _blocks(surname_skeleton: str) -> tuple[str, ...]:
    """The blocks a surname is compared within: its first two consonants, and its first and
    last ones, so that two letters swapped near the start ("Puidgemont", "Puigdemont": "pd",
    "pg") still meet ("p…t")."""
    consonants = re.sub("[a ]", "", surname_skeleton)
    return (consonants[:2], f"{consonants[:1]}…{consonants[-1:]}")


def _transliterations(groups: dict[str, _Group]) -> list[_Group]:
    """Groups whose names spell one name in two ways, joined (union-find within blocks of
    names that share their surname's first consonants: never every pair of the corpus)."""
    from rapidfuzz import fuzz, process

    keys = list(groups)
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    parts = {k: _parts(groups[k].name) for k in keys}
    blocks: dict[str, list[str]] = {}
    for key in keys:
        surname = parts[key][1]
        if surname and _personal(groups[key]):
            for block in _blocks(surname):
                blocks.setdefault(block, []).append(key)
    for block, members in blocks.items():
        # Each name's close surnames, found by rapidfuzz in C over the block: the Python
        # loop sees only the pairs worth joining. Names that share only their ends are held
        # to two letters swapped at most ("Kulanu" is not "Kahlon").
        cutoff = SWAPPED if "…" in block else SIMILAR
        surnames = [parts[m][1] for m in members]
        close = [
            [
                j
                for _, _, j in process.extract(
                    s, surnames, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
                )
            ]
            for s in surnames
        ]
        for i, j_list in enumerate(close):
            given_a = parts[members[i]][0]
            for j in j_list:
                if j <= i:
                    continue
                given_b = parts[members[j]][0]
                if given_a and given_b and fuzz.ratio(given_a, given_b) < SIMILAR:
                    continue
                if not (given_a and given_b):
                    short = i if not given_a else j
                    if _two_people(short, close, members, parts):
                        continue
                parent[root(members[j])] = root(members[i])
    joined: dict[str, _Group] = {}
    for key in sorted(keys, key=lambda k: (-len(groups[k].name.split()), k)):
        top = root(key)
        if top not in joined:
            joined[top] = groups[key]
        elif joined[top] is not groups[key]:
            joined[top].absorb(groups[key])
    return list(joined.values())


def _personal(group: _Group) -> bool:
    """Could be a person's name: not a country, no organisation's word ("Banca centrale
    libica" and "Libia" are not two spellings of one name)."""
    if group.demonyms or is_country(group.name):
        return False
    words = re.split(r"[\s’']+", group.name.lower())
    # "Fim" and "Fiom", "Uil" and "Uilm": a word of four letters or fewer is an acronym as
    # the press writes it, spelt one way; merged vowels would join two unions
    if len(words) == 1 and len(words[0]) <= _ACRONYM_MAX:
        return False
    return not any(w in ORGANISATION_WORDS for w in words) and not group.name.isupper()


_ACRONYM_MAX = 4


def _parts(name: str) -> tuple[str, str]:
    """(given names, surname) as skeletons; one word is a surname alone."""
    words = [w for w in skeleton(name).split() if w not in CONNECTORS]
    if not words:
        return "", ""
    return "".join(words[:-1]), words[-1]


def _two_people(
    short: int, close: list[list[int]], members: list[str], parts: dict[str, tuple[str, str]]
) -> bool:
    """A bare surname close to names with two different first names: two people ("Haftar"
    with "Khalifa Haftar" and "Saddam Haftar")."""
    from rapidfuzz import fuzz

    distinct: list[str] = []
    for j in close[short]:
        given = parts[members[j]][0]
        if given and all(fuzz.ratio(given, d) < SIMILAR for d in distinct):
            distinct.append(given)
            if len(distinct) > 1:
                return True
    return False


# ---------------------------------------------------------------- kinds


_CAMEL = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")
_CAMEL_SURNAME = re.compile(r"^(?:Mc|Mac|De|Di|Da|Del|Della|Le|La|Lo|Van|Von|O')[A-ZÀ-Ý]")
# and what the association is of, a word of six letters or more: "Confcommercio", not
# "Conforti" (a surname, though "orti" is a word)
_ASSOCIATION = re.compile(r"^(?:Conf|Feder|Asso|Lega|Union|Coop)([a-zà-ÿA-ZÀ-Ý]{6,})$")


def guess_kind(group: _Group, first_names: frozenset[str]) -> tuple[Kind, str]:
    """(kind, the evidence), the strongest evidence first."""
    if group.demonyms:
        return "country", f"named by «{group.demonyms[0]}», a country's demonym"
    if any(match_key(v) in cldr_countries() for v in group.variants):
        return "country", "a country's name (CLDR)"
    if any(a_country_name(v) for v in group.variants):
        return "country", "another name of a country (the starter's countries.yml)"
    words = group.name.split()
    # "la viceministra degli Esteri, Marina Sereni", "il generale di brigata Raffaele
    # Covetti": a person's title and its complement, then a first name, say who before the
    # words of the name or of the complement do ("Marina", "brigata"). Not "il comandante
    # della Marina Militare": a title ending on a preposition has the name as complement.
    if len(words) > 1 and (
        words[0].lower() in first_names or words[0].lower() in world_given_names()
    ):
        for before in group.befores:
            lowered = before.lower().split()
            title = next((w for w in lowered if w in PERSON_TITLES), None)
            if title and lowered[-1] not in DANGLING:
                return "person", f"seen after «{title}», and «{words[0]}» is a first name"
    for variant in group.variants:
        for word in re.split(r"[\s’']+", variant.lower()):
            if word in ORGANISATION_WORDS:
                return "organisation", f"the name contains «{word}»"
    for before in group.befores:
        # "le brigate Ezzeddin al-Qassam", "il gruppo Wagner": the word just before, in lower
        # case ("presidente del Consiglio Giorgia Meloni" is a role).
        last = re.split(r"[\s’']+", before)[-1]
        if last in ORGANISATION_WORDS:
            return "organisation", f"seen after «{last}»"
        # "gli attivisti di Ultima Generazione": a group, which has members
        if members := MEMBERS_OF.search(before + " "):
            return "organisation", f"seen after «{members[0].strip()}», its members"
    # "Tehrik-e-Taliban Pakistan", "Reform UK": a name that ends on a country's, after a
    # word of its own, is a body's (a person's name never ends so)
    if (
        len(words) > 1
        and a_country_name(words[-1])
        and not a_country_name(group.name)
        # (not "Cristina Francia": a first name, then a surname spelled as a country)
        and words[0].lower() not in world_given_names()
        and words[0].lower() not in given_names()
    ):
        return "organisation", f"the name ends on «{words[-1]}», a country's name"
    # "il direttore della CIA": a title before an acronym is its head's, not the acronym's
    if any(v.isupper() and 2 <= len(v) <= 8 for v in group.variants):
        return "organisation", "an acronym"
    for before in group.befores:
        lowered = before.lower().split()
        if lowered and lowered[-1] in DANGLING:
            continue  # "la presidente della [Bce]": the title's complement, not its holder
        for word in reversed(lowered):
            if word in PERSON_TITLES:
                return "person", f"seen after «{word}»"
    if words[0].lower() in first_names:
        return "person", f"«{words[0]}» is a first name of a person in the registry"
    # "Eugenio Bruno", not "America": a first name of the dictionary, and a surname after it
    if len(words) > 1 and words[0].lower() in given_names():
        return "person", f"«{words[0]}» is a first name"
    if len(words) == 1 and match_key(words[0]) in surnames():
        return "person", f"«{words[0]}» is the surname of a person in the starter's data"
    singles = [v for v in group.variants if " " not in v]
    if 2 <= len(words) <= 4 and singles:
        return "person", f"named in full, then by «{singles[0]}» alone"
    if 2 <= len(words) <= 4 and (
        words[0].lower() in world_given_names()
        or any(w.lower() in NAME_PARTICLES or w[:3].lower() in ("al-", "el-") for w in words)
    ):
        return "person", "two to four capitalised words, the first a first name"
    if 2 <= len(words) <= 4 and (common := next((w for w in words if _a_word(w)), None)):
        # "Intesa Sanpaolo", "Human Technopole", "Snam Rete Gas": no first name, and a
        # word of the language
        return "organisation", f"no first name, and «{common}» is a word: check"
    if 2 <= len(words) <= 4:
        # "Abdelaziz Bouteflika", "Aung San Suu Kyi": names no dictionary knows
        return "person", "two to four capitalised words, none of them a word"
    if len(words) > 1:
        return "organisation", "five capitalised words or more, a body's name: check"
    if _CAMEL.search(words[0]) and not _CAMEL_SURNAME.match(words[0]):
        # "OpenAI", "AssoCalciatori": a capital inside the word, as brands and bodies write
        # their names (not "McCarthy", "DeSantis", "DiCaprio")
        return "organisation", "a capital inside the word, as brands write it: check"
    if (association := _ASSOCIATION.match(words[0])) and common_word(association[1]):
        # "Confcommercio", "Federconsumatori", "Unioncamere": an association named by the
        # clipped word for what it is (confederazione, federazione, unione…) and a word
        return "organisation", "an association's clipped word opens it: check"
    if len(words[0]) <= _ACRONYM_MAX:
        # "Fiom", "Figc", "Ocse": the press writes acronyms in lower case after the first letter
        return "organisation", "one short word, an acronym as the press writes it: check"
    if _a_word(words[0]):
        return "organisation", f"one word, and «{words[0]}» is a word: check"  # "Intesa"
    # "la Farnesina", "il Codacons", "dell’Eurostat", "gli Houthi": a body's name takes an
    # article, a surname almost never does. In the annotations (unseen splits aside), of
    # the one-word forms that the text has, 179 of 377 organisations' follow an article or
    # an articulated preposition somewhere, and 8 of 269 persons' (titles such as "il
    # Sindaco" among them).
    if any(_ARTICLE_BEFORE.search(before) for before in group.befores):
        return "organisation", "one word the dictionary lacks, after an article: a body's name"
    # "Stefano", "Bashar": a first name alone is a person's
    if words[0].lower() in world_given_names():
        return "person", f"«{words[0]}» is a first name: check"
    # "Gazprom", "Svimez", "Ryanair": a word no dictionary knows, that no article, title or
    # first name ever goes with. A person is named in full before the surname stands alone
    # (and so grouped with the full name), or after a title; what is left alone is a body
    # more often: in the seen texts, 32 of 44 suggestions that came to this rule were
    # organisations (surnames named alone, "Landini", "Blatter", were the other 12).
    return "organisation", "one word the dictionary lacks, with no first name or title: check"


_ARTICLE_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:il|lo|la|i|gli|le|(?:a|da|de|ne|su)(?:l|llo|lla|i|gli|lle))|"
    r"(?:l|all|dall|dell|nell|sull)['’])$",
    re.IGNORECASE,
)


_ACRONYM_MAX = 4  # letters


def _a_word(word: str) -> bool:
    """A word of Italian or English, not a name: "Intesa", "Rete", "Academy", "Helmets"."""
    from wordfreq import zipf_frequency

    lowered = word.lower()
    return (
        common_word(word)
        or zipf_frequency(lowered, "en") >= _WORD_ZIPF
        or (lexicon.zipf(lowered) >= _WORD_ZIPF and lowered not in world_given_names())
    )


_WORD_ZIPF = 3.5  # "helmets", "alliance"; "bouteflika", "lehecka" are far rarer


def surnames() -> frozenset[str]:
    from digest.firstnames import starter_surnames

    return starter_surnames()


def _first_names(registry: Registry) -> frozenset[str]:
    """The first words of persons' names, the registry's and the starter's: evidence that a
    name is a person's."""
    from digest.firstnames import first_names

    return first_names() | frozenset(
        form.split()[0].lower()
        for actor in registry.actors.values()
        if actor.kind == "person"
        for form in (actor.name, *actor.aliases)
        if " " in form and form[:1].isupper()
    )


def _free_id(wanted: str, taken: set[str]) -> str:
    actor_id, n = wanted, 2
    while actor_id in taken:
        actor_id, n = f"{wanted}-{n}", n + 1
    return actor_id


# ---------------------------------------------------------------- YAML, safely


_PLAIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][\w .’'-]*$")


def yaml_text(value: str) -> str:
    """A name as a YAML value: plain when it is plainly a name, else double-quoted with every
    character that YAML or a terminal could read otherwise escaped."""
    if _PLAIN.match(value) and value.strip() == value and value.lower() not in _YAML_WORDS:
        return value
    escaped = []
    for char in value:
        if char in '"\\':
            escaped.append("\\" + char)
        elif not char.isprintable() or char in "\u2028\u2029":
            escaped.append(f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


_YAML_WORDS = frozenset("yes no true false on off null y n ~".split())


def comment(text: str) -> str:
    """Text for a YAML comment: one line, printable."""
    return "".join(c if c.isprintable() else " " for c in text).replace("\n", " ")


def names_of(suggestions: Iterable[Suggestion]) -> dict[str, Suggestion]:
    """Every name and variant → its suggestion, by match key (what `accept` looks up)."""
    found: dict[str, Suggestion] = {}
    for item in suggestions:
        for form in (item.name, *item.variants):
            found.setdefault(match_key(form), item)
    return found
