"""The actors of the synthetic corpus: the project's registry plus invented ones.

Every invented actor must load cleanly (`digest.registry.load_registry` gives no finding):
ids are unique slugs and no name, alias or demonym is claimed twice. Surnames may be shared
("Omar Mansour", "Leila Mansour"), as the registry allows; a surname never equals another
actor's alias, or the matcher would drop it ("Nasr" against an acronym "NASR").
"""

from __future__ import annotations

import bisect
import json
import random
import re
from dataclasses import dataclass, field

from bench import vocabulary as v
from bench.grammar import Phrase, phrase, with_prep
from digest.model import Actor, Registry
from digest.normalise import match_key
from digest.paths import slug_problem, slugify
from digest.readers.rules import AGENCIES
from digest.registry import default_surname

INVENTED = "Attore inventato per il benchmark di digest."
# Zipf-like popularity, 1 / (rank + OFFSET) ** EXPONENT: a few actors in many articles,
# most in a few. The offset keeps the top one from taking every article.
EXPONENT = 1.1
OFFSET = 2
# Words capitalised inside role phrases ("il ministro degli Esteri"): never candidates.
TITLE_WORDS = ("Esteri", "Petrolio", "Difesa")


@dataclass(frozen=True)
class Member:
    """One actor: what the registry says about it, and how the prose names it."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    surname: str | None = None  # written to the registry only when not the default
    description: str | None = None
    wikidata: str | None = None
    article: str = ""  # "la" Libia, "il" Ministero…; persons have none
    role: Phrase | None = None  # persons: ("il", "ministro degli Esteri libico")
    short: str = ""  # later mentions: surname, acronym or name
    later: tuple[str, ...] = ()  # other later mentions: title aliases, other spellings
    forms: tuple[str, str, str, str] | None = None  # countries: demonyms m.sg f.sg m.pl f.pl
    places: tuple[str, ...] = ()  # countries
    country: int | None = None  # persons and organisations: index into Cast.countries


@dataclass(frozen=True)
class Cast:
    members: tuple[Member, ...]  # registry order: the project's actors, then invented ones
    figures: tuple[Member, ...]  # persons and organisations, most popular first
    countries: tuple[Member, ...]  # most popular first
    commentators: tuple[str, ...]  # "l’analista Marco Bellini": deliberately not registered
    ignore: tuple[str, ...]
    figure_weights: tuple[float, ...] = field(default=(), repr=False)  # cumulative
    country_weights: tuple[float, ...] = field(default=(), repr=False)  # cumulative


def actor_total(n: int, registered: int = 0) -> int:
    """About 300 actors for 10,000 articles, growing like the square root of the corpus."""
    return max(registered + 12, round(3 * n**0.5))


def zipf_weights(count: int) -> tuple[float, ...]:
    total, cumulative = 0.0, []
    for rank in range(1, count + 1):
        total += 1 / (rank + OFFSET) ** EXPONENT
        cumulative.append(total)
    return tuple(cumulative)


def draw(rng: random.Random, cumulative: tuple[float, ...]) -> int:
    return bisect.bisect(cumulative, rng.random() * cumulative[-1])


def _article_for(name: str) -> str:
    """A guess for registry actors: "la Libia", "l’Esercito…", "il Governo…"."""
    first = name.split()[0]
    if first[0].lower() in "aeiou" or (first.isupper() and first[0] in "FLMNRS"):
        return "l’"
    return "la" if first.endswith("a") else "il"


class _Claims:
    """Every form an actor claims, by match key; surnames and ids apart."""

    def __init__(self) -> None:
        self.forms: set[str] = {match_key(form) for forms in AGENCIES.values() for form in forms}
        self.surnames: set[str] = set()
        self.ids: set[str] = set()

    def free(self, *forms: str) -> bool:
        keys = [match_key(f) for f in forms]
        return len(set(keys)) == len(keys) and not any(
            k in self.forms or k in self.surnames for k in keys
        )

    def claim(self, member: Member | Actor) -> None:
        self.ids.add(member.id)
        for form in (member.name, *member.aliases, *member.exact, *member.demonyms):
            self.forms.add(match_key(form))
        surname = member.surname or (
            default_surname(member.name) if member.kind == "person" else None
        )
        if surname:
            self.surnames.add(match_key(surname))


def _from_registry(actor: Actor, countries: list[Member]) -> Member:
    acronyms = [a for a in actor.aliases if a.isupper() and len(a) > 1]
    surname = actor.surname if actor.kind == "person" else None
    short = (
        surname if surname and surname[0].isupper() else (acronyms[0] if acronyms else actor.name)
    )
    explicit = actor.surname if actor.surname != default_surname(actor.name) else None
    # Persons' aliases read as names ("maresciallo Haftar"); an organisation's later
    # mentions are its acronym, which takes its article ("l’LNA").
    later = tuple(a for a in actor.aliases if a not in acronyms) if surname else ()
    words = set(re.findall(r"\w+", f"{actor.name} {actor.description or ''}".lower()))
    home = next(
        (
            i
            for i, c in enumerate(countries)
            if words & {match_key(f) for f in (c.name, *c.demonyms)}
        ),
        None,
    )
    return Member(
        id=actor.id,
        name=actor.name,
        kind=actor.kind,
        aliases=actor.aliases,
        exact=actor.exact,
        demonyms=actor.demonyms,
        surname=explicit if actor.kind == "person" else actor.surname,
        description=actor.description,
        wikidata=actor.wikidata,
        article="" if actor.kind == "person" else _article_for(actor.name),
        short=short,
        later=later,
        forms=actor.demonyms if len(actor.demonyms) == 4 else None,  # type: ignore[arg-type]
        places=v.PLACES.get(actor.name, v.NEUTRAL_PLACES) if actor.kind == "country" else (),
        country=home if actor.kind != "country" else None,
    )


def _invent_countries(count: int, claims: _Claims) -> list[Member]:
    members: list[Member] = []
    for name, article, forms, places in v.COUNTRIES:
        if len(members) == count:
            break
        member = Member(
            id=slugify(name),
            name=name,
            kind="country",
            demonyms=tuple(dict.fromkeys(forms)),
            description=INVENTED,
            article=article,
            short=name,
            forms=forms,
            places=places,
        )
        if member.id in claims.ids or not claims.free(name, *member.demonyms):
            continue
        claims.claim(member)
        members.append(member)
    return members


def _surname(tradition: tuple, feminine: bool, rng: random.Random) -> str:
    surname = rng.choice(tradition[2])
    # "Ivanov" → "Ivanova": Russian surnames agree with the person.
    if feminine and tradition is v.RUSSIAN and surname.endswith(("ov", "ev", "in")):
        surname += "a"
    return surname


def _invent_person(
    rng: random.Random, claims: _Claims, countries: list[Member], country_weights: tuple
) -> Member | None:
    for _ in range(50):
        tradition = v.TRADITIONS[draw(rng, (0.25, 0.75, 1.0))]
        feminine = rng.random() < 0.2
        first = rng.choice(tradition[1] if feminine else tradition[0])
        surname = _surname(tradition, feminine, rng)
        name = f"{first} {surname}"
        person_id = slugify(name)
        if person_id in claims.ids or slug_problem(person_id) or not claims.free(name):
            continue
        if match_key(surname) in claims.forms:
            continue
        home = draw(rng, country_weights)
        forms = countries[home].forms
        male, female, title = rng.choice(v.ROLES)
        role = phrase(female if feminine else male)
        if forms:
            role = (role[0], f"{role[1]} {forms[1 if feminine else 0]}")
        aliases: list[str] = []
        if first in v.SPELLINGS and rng.random() < 0.5:
            aliases.append(f"{v.SPELLINGS[first]} {surname}")
        if surname.startswith("al-") and rng.random() < 0.5:
            aliases.append(f"{first} el-{surname[3:]}")  # "al-Mismari", also "el-Mismari"
        if title and rng.random() < 0.3:
            if feminine and title == "ministro":
                title = "ministra"
            aliases.append(f"{title} {surname}")
        aliases = [a for a in aliases if claims.free(name, a)]
        return Member(
            id=person_id,
            name=name,
            kind="person",
            aliases=tuple(aliases),
            description=f"{role[1][0].upper()}{role[1][1:]}. {INVENTED}",
            role=role,
            # "al-Mismari" cannot open a sentence with its case: use the full name there.
            short=surname if surname[0].isupper() else name,
            later=tuple(aliases),
            country=home,
        )
    return None


def _acronym(name: str) -> str:
    """ "Banca Centrale della Libia" → "BCL"."""
    return "".join(w[0] for w in re.split(r"[\s’']+", name) if w[:1].isupper())


def _invent_organisations(
    count: int, rng: random.Random, claims: _Claims, countries: list[Member]
) -> list[Member]:
    options = [
        (article, pattern, acronym, index)
        for article, pattern, acronym in v.ORGANISATIONS
        for index in (range(len(countries)) if "{" in pattern else (None,))
    ]
    rng.shuffle(options)
    members: list[Member] = []
    for article, pattern, wants_acronym, index in options:
        if len(members) == count:
            break
        country = countries[index] if index is not None else None
        if country and ("{m}" in pattern or "{f}" in pattern) and not country.forms:
            continue
        forms = country.forms if country and country.forms else ("",) * 4
        of = with_prep("di", (country.article, country.name)) if country else ""
        name = pattern.format(m=forms[0], f=forms[1], di=of)
        acronym = _acronym(name) if wants_acronym else ""
        aliases = (acronym,) if len(acronym) >= 3 and claims.free(name, acronym) else ()
        member = Member(
            id=slugify(name),
            name=name,
            kind="organisation",
            aliases=aliases,
            description=INVENTED,
            article=article,
            short=aliases[0] if aliases else name,
            later=aliases,
            country=index,
        )
        if member.id in claims.ids or slug_problem(member.id) or not claims.free(name):
            continue
        claims.claim(member)
        members.append(member)
    return members


def _commentators(count: int, rng: random.Random, claims: _Claims) -> tuple[str, ...]:
    names: dict[str, str] = {}
    for _ in range(count * 5):
        if len(names) == count:
            break
        feminine = rng.random() < 0.4
        first = rng.choice(v.ITALIAN[1] if feminine else v.ITALIAN[0])
        name = f"{first} {rng.choice(v.COMMENTATOR_SURNAMES)}"
        if name not in names and claims.free(name):
            role = rng.choice(v.COMMENTATOR_ROLES)[feminine]
            names[name] = f"{role} {name}"
    return tuple(names.values())


def _ignore_forms(name: str) -> list[str]:
    """ "Il Cairo" also as "Cairo": the candidate finder drops a leading article."""
    first, _, rest = name.partition(" ")
    return [name, rest] if rest and first.lower() in ("il", "la", "al", "el", "le") else [name]


def invent_cast(registry: Registry, total: int, rng: random.Random) -> Cast:
    """The registry's actors plus invented ones, about `total` in all."""
    claims = _Claims()
    for actor in registry.actors.values():
        claims.claim(actor)
    own_countries = [_from_registry(a, []) for a in registry.actors.values() if a.kind == "country"]
    own_figures = [
        _from_registry(a, own_countries) for a in registry.actors.values() if a.kind != "country"
    ]
    invented = max(0, total - len(registry.actors))
    new_countries = _invent_countries(max(2, round(invented * 0.08)), claims)
    countries = own_countries + new_countries
    country_weights = zipf_weights(len(countries))

    people_count = round((invented - len(new_countries)) * 0.62)
    people: list[Member] = []
    for _ in range(people_count):
        person = _invent_person(rng, claims, countries, country_weights)
        if person is None:
            break  # the name lists are exhausted
        claims.claim(person)
        people.append(person)
    organisations = _invent_organisations(
        invented - len(new_countries) - len(people), rng, claims, countries
    )
    new_figures = people + organisations
    rng.shuffle(new_figures)
    figures = own_figures + new_figures

    by_id = {m.id: m for m in (*own_countries, *own_figures)}
    members = (
        *(by_id[a] for a in registry.actors),
        *new_countries,
        *people,
        *organisations,
    )
    places = [p for c in countries for p in c.places]
    names = [*registry.ignore, *places, *v.NEUTRAL_PLACES, *v.SOURCES, *TITLE_WORDS]
    ignore = sorted({form for name in names for form in _ignore_forms(name)})
    return Cast(
        members=members,
        figures=tuple(figures),
        countries=tuple(countries),
        commentators=_commentators(max(8, total // 10), rng, claims),
        ignore=tuple(ignore),
        figure_weights=zipf_weights(len(figures)),
        country_weights=country_weights,
    )


def _scalar(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # JSON strings are YAML strings


def _list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(_scalar(x) for x in values) + "]"


def registry_yaml(cast: Cast, header: str) -> str:
    """The registry file for the corpus, in the project's `actors.yml` format."""
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    lines += ["", "actors:"]
    for m in cast.members:
        lines += [f"  - id: {m.id}", f"    name: {_scalar(m.name)}", f"    kind: {m.kind}"]
        for key, values in (("aliases", m.aliases), ("exact", m.exact), ("demonyms", m.demonyms)):
            if values:
                lines.append(f"    {key}: {_list(values)}")
        if m.surname:
            lines.append(f"    surname: {_scalar(m.surname)}")
        if m.description:
            lines.append(f"    description: {_scalar(m.description)}")
        if m.wikidata:
            lines.append(f"    wikidata: {m.wikidata}")
        lines.append("")
    lines.append("ignore:")
    lines += [f"  - {_scalar(name)}" for name in cast.ignore]
    return "\n".join(lines) + "\n"
