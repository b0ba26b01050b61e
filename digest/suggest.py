"""`digest actors suggest`: names that match no actor, ranked, grouped, with a draft entry.

Pure functions over what `build.read_corpus` collected; the CLI only prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from digest.matching import NameSeen
from digest.model import Registry
from digest.normalise import match_key
from digest.paths import slugify

# Words that, just before a name, say what it names ("il ministro Belousov").
PERSON_TITLES = frozenset(
    """
generale maresciallo feldmaresciallo colonnello ammiraglio comandante capo ministro
viceministro sottosegretario presidente vicepresidente premier primo leader portavoce
segretario ambasciatore inviato deputato senatore sindaco governatore re principe emiro
sceicco sultano papa cardinale monsignor don padre sig signor signora dottor dottoressa
professor professoressa avvocato giudice procuratore direttore direttrice fondatore figlio
figlia fratello moglie marito vice signore
""".split()
)
ORGANISATION_WORDS = frozenset(
    """
ministero consiglio esercito forze forza agenzia banca partito governo fondo unione
organizzazione commissione corte parlamento camera senato nazioni radio news tv times
press post compagnia società gruppo brigata brigate milizia milizie guardia comitato
federazione lega movimento fronte alleanza istituto università autorità ufficio dipartimento
servizio servizi polizia marina aeronautica corporation company bank council army agency
""".split()
)


@dataclass
class Suggestion:
    name: str  # the fullest form seen
    variants: list[str]
    articles: set[str] = field(default_factory=set)
    examples: list[NameSeen] = field(default_factory=list)
    befores: list[str] = field(default_factory=list)

    @property
    def kind(self) -> tuple[str, str]:
        """(guessed kind, why)."""
        for word in self.name.lower().replace("’", " ").replace("'", " ").split():
            if word in ORGANISATION_WORDS:
                return "organisation", f"the name contains «{word}»"
        for before in self.befores:
            for word in reversed(before.split()):
                if word in PERSON_TITLES:
                    return "person", f"seen after «{word}»"
        if 2 <= len(self.name.split()) <= 4:
            return "person", "two to four capitalised words"
        return "organisation", "no title seen before it; check"

    def entry(self) -> str:
        kind, why = self.kind
        lines = [
            f"  - id: {slugify(self.name)}",
            f"    name: {self.name}",
            f"    kind: {kind}  # guessed: {why}",
        ]
        others = [v for v in self.variants if v != self.name]
        if others:
            lines.append(f"    aliases: [{', '.join(others)}]")
        return "\n".join(lines)


def covered_keys(registry: Registry) -> set[str]:
    keys: set[str] = set()
    for actor in registry.actors.values():
        keys.update(
            match_key(f) for f in (actor.name, *actor.aliases, *actor.exact, *actor.demonyms)
        )
        if actor.surname:
            keys.add(match_key(actor.surname))
    keys.update(match_key(name) for name in registry.ignore)
    return keys


def suggest(names: dict[str, list[NameSeen]], registry: Registry) -> list[Suggestion]:
    """Group variants of one name ("Dbeibah", "Abdul Hamid Dbeibah"), rank by articles."""
    covered = covered_keys(registry)
    groups: dict[str, Suggestion] = {}
    for path in sorted(names):
        for seen in names[path]:
            key = match_key(seen.name)
            if key in covered:
                continue
            group = groups.setdefault(key, Suggestion(seen.name, [seen.name]))
            group.articles.add(path)
            group.befores.append(seen.before)
            if len(group.examples) < 2:
                group.examples.append(seen)
    # A shorter name that ends a longer one is a variant of it: "Dbeibah" of
    # "Abdul Hamid Dbeibah". Indexed by last word, so this stays linear.
    by_last: dict[str, list[str]] = {}
    for key in groups:
        by_last.setdefault(key.split()[-1], []).append(key)
    for key in sorted(groups, key=lambda k: (-len(k.split()), k)):
        if key not in groups:
            continue
        longer = [
            k
            for k in by_last.get(key.split()[-1], [])
            if k != key and k in groups and k.endswith(" " + key)
        ]
        if len(longer) != 1:
            continue  # none, or ambiguous between two people: keep apart
        target, source = groups[longer[0]], groups.pop(key)
        target.variants += [v for v in source.variants if v not in target.variants]
        target.articles |= source.articles
        target.befores += source.befores
        target.examples = (target.examples + source.examples)[:2]
    return sorted(groups.values(), key=lambda s: (-len(s.articles), s.name.casefold()))
