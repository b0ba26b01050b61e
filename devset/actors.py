"""Score the actors digest finds in real articles against our annotations (issue 10).

    python -m devset.actors --texts ../devset-texts                  # dev split
    python -m devset.actors --texts DIR --split holdout
    python -m devset.actors --texts DIR --show fp --show fn --show suggestions
    python -m devset.actors --texts DIR --registry actors.yml        # another registry

Two measures.

Registered actors (precision, recall): the matcher runs with the registry (by default the
starter registry shipped in the package). Each annotated actor is mapped to a registry id by
its name, else by one of its annotated forms (the same lookup the matcher uses: folded, lower
case, with the article's date for time-bound forms); an actor the registry does not know is
left out of both measures. An id found that no annotated actor maps to is a false positive;
an annotated, registered actor not found is a false negative.

Suggestions (leave-out): for each article, the registry minus the actors the annotation marks
central, so that every central actor is unregistered, and `digest actors suggest` run on that
one article. Scored over its first 20 suggestions:
- central found: each central actor matched by exactly one suggestion (its variants grouped);
  an actor the text never names with a capitalised word, a country name or a demonym
  ("il presidente turco" alone) cannot be suggested and is counted apart;
- not actors: suggestions that match no annotated actor (places, titles, common words);
- kinds right: among suggestions that match an annotated actor, the guessed kind is the
  annotated kind.
A suggestion matches an annotated actor when one of its variants is the actor's name or one
of its forms, or the first or last words of one (at least four letters): "Dbeibah" matches
the form "premier Abdul Hamid Dbeibah".
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from devset.score import SPLITS, normal, texts_of

SHOWN = 20  # suggestions a contributor reads: `digest actors suggest`'s default


# ---------------------------------------------------------------- the tool, behind one seam


def load(registry_path: Path | None) -> Any:
    from digest.registry import load_registry

    if registry_path is None:
        from digest.starter import starter_registry

        registry = starter_registry()
        if hasattr(registry, "home"):  # the site's `home:` (actors.yml): this corpus's country
            registry = dataclasses.replace(
                registry, home=os.environ.get("HOME_C", "italia") or None
            )
        return registry
    registry, findings = load_registry(registry_path)
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        raise SystemExit("\n".join(f.format() for f in errors))
    return registry


def read(note: dict[str, Any], data: bytes) -> Any:
    from digest.readers import read_article

    article, _ = read_article(f"articles/{note['id']}.txt", data, "it")
    return article


# The seam also fits digest before issue 10 (commit 6b55ec8), so that the figures before
# and after come from one scorer: run it with that tree first on PYTHONPATH and
# --registry pointing at its actors.yml.


def found_ids(article: Any, registry: Any) -> tuple[set[str], list[tuple[str, str]]]:
    """Ids the matcher finds, and (id, text) of every hit for --show."""
    from digest.matching import Matcher, tag

    tagging = tag(article, Matcher(registry))
    try:
        from digest.model import heads

        above = {index: text for index, text, _ in heads(article)}  # headline, standfirst
    except ImportError:  # before the headline was read for actors
        above = {}
    hits = []
    for hit in tagging.hits:
        actor_id, index, start, end = (
            (hit.actor_id, hit.paragraph, hit.start, hit.end) if hasattr(hit, "paragraph") else hit
        )
        if actor_id is not None:
            text = article.paragraphs[index].text if index >= 0 else above[index]
            hits.append((actor_id, text[start:end]))
    return {ref.actor_id for ref in tagging.actors}, hits


def suggestions(article: Any, registry: Any) -> list[Any]:
    from digest.matching import Matcher, tag
    from digest.suggest import suggest

    tagging = tag(article, Matcher(registry))
    try:
        from digest.names import unmatched_names

        names = unmatched_names(article, tagging.spans, registry)
    except ImportError:  # before issue 10
        from digest.matching import unmatched_names as old

        names = old(article, tagging.spans, registry.ignore)
    return suggest({article.source: names}, registry)


def kind_of(item: Any) -> str:
    return item.kind if isinstance(item.kind, str) else item.kind[0]


def without(registry: Any, ids: set[str]) -> Any:
    actors = {k: v for k, v in registry.actors.items() if k not in ids}
    return dataclasses.replace(registry, actors=actors)


def lookup(registry: Any) -> dict[str, list[tuple[str, Any]]]:
    """Folded form → (id, periods of the form): every form but surnames ("Farnesina
    (acting)" is the ministry's form)."""
    try:
        from digest.forms import actor_forms
    except ImportError:  # before issue 10: every form at every date
        return _old_lookup(registry)

    index: dict[str, list[tuple[str, Any]]] = {}
    for actor in registry.actors.values():
        for form in actor_forms(actor):
            if form.role not in ("surname", "domestic"):
                index.setdefault(form.key, []).append((actor.id, form.periods))
    return index


def domestic_lookup(registry: Any) -> dict[str, list[tuple[str, set[str], str]]]:
    """Bare institution word → (id, the words that say its country: the country's name and
    demonyms, the country's id). "Senato" annotated as "Senato della Bolivia" is not
    Italy's Senate."""
    from digest.normalise import match_key

    index: dict[str, list[tuple[str, set[str], str]]] = {}
    for actor in registry.actors.values():
        country = registry.actors.get(getattr(actor, "country", None) or "")
        if not country:
            continue
        words = {match_key(w) for w in (country.name, *country.aliases, *country.demonyms)}
        for word in getattr(actor, "domestic", ()):
            index.setdefault(match_key(word), []).append((actor.id, words, country.id))
    return index


class _Always:
    def overlaps(self, other: Any) -> bool:
        return True


def _old_lookup(registry: Any) -> dict[str, list[tuple[str, Any]]]:
    from digest.normalise import match_key

    index: dict[str, list[tuple[str, Any]]] = {}
    for actor in registry.actors.values():
        for form in (actor.name, *actor.aliases, *actor.exact, *actor.demonyms):
            index.setdefault(match_key(form), []).append((actor.id, (_Always(),)))
    return index


# ---------------------------------------------------------------- scoring

_ACTING = re.compile(r"\s*\(acting\)\s*$")


def forms_of(actor: dict[str, Any]) -> list[str]:
    """The annotated forms, without "(acting)", without an apposition after a comma, and
    without an article or preposition before the name, elided or not ("L’Isis", "dell’Isis"
    are "Isis", "il Pd", "del Pd" are "Pd": the tool finds and suggests names, not the words
    before them)."""
    forms = [_ACTING.sub("", f) for f in actor.get("forms") or []]
    # "Maria Corina Machado, leader dell’opposizione": a form quoted with its apposition
    forms += [f.split(",")[0].strip() for f in forms if "," in f]
    forms += [_BEFORE_NAME.sub("", f) for f in forms if _BEFORE_NAME.match(f)]
    # "Il parlamento libico": an article that opens a sentence, before a phrase
    return forms + [_OPENING_ARTICLE.sub("", f) for f in forms if _OPENING_ARTICLE.match(f)]


_OPENING_ARTICLE = re.compile(r"^(?:L['’]|(?:Il|Lo|La|I|Gli|Le)\s+)(?=[a-zà-ý])")


_BEFORE_NAME = re.compile(
    r"^(?:(?:[Ll]|[Dd]ell|[Aa]ll|[Nn]ell|[Dd]all|[Ss]ull|[Dd])['’]"
    r"|(?i:il|lo|la|i|gli|le|del|dello|della|dei|degli|delle|al|allo|alla|ai|agli|alle|dal|"
    r"dallo|dalla|dai|dagli|dalle|nel|nello|nella|nei|negli|nelle|sul|sullo|sulla|sui|sugli|"
    r"sulle|di|da|a|in|con|su|per|tra|fra)\s+)(?=[A-ZÀ-Ý])"
)


def map_actor(
    actor: dict[str, Any],
    index: dict[str, list[tuple[str, Any]]],
    when: Any,
    domestic: dict[str, list[tuple[str, set[str], str]]] | None = None,
    people: frozenset[str] | None = None,
    countries: frozenset[str] | None = None,
) -> str | None:
    """The registry id of an annotated actor: by its name, else by one of its forms, among
    the forms valid at the article's date. `people`: the registry's ids of persons, when
    known: a person is never mapped to a country or a body, nor one of those to a person
    (the annotated Joseph Muscat, by his form "Muscat", is not Oman's capital).
    `countries`: the ids of the countries the annotation names, and the site's home: a
    bare institution word is only theirs ("Partito Democratico", annotated in a story
    about Italy, is not the American party that the word names in American stories)."""
    from digest.normalise import match_key

    name = re.sub(r"\s*\([^)]*\)\s*$", "", actor["name"])  # "Ministero … (Italia)"
    person = actor.get("kind") == "person"
    # "Partito democratico (Stati Uniti)": the country in brackets says whose body the bare
    # word is, before the word alone picks the home country's party
    qualifier = re.search(r"\(([^)]*)\)\s*$", actor["name"])
    if qualifier and domestic:
        named = match_key(qualifier[1])
        for form in (name, *forms_of(actor)):
            for actor_id, country, _country_id in domestic.get(match_key(form), []):
                if named in country:
                    return actor_id
    for form in (actor["name"], name, *forms_of(actor)):
        claims = index.get(match_key(form), [])
        ids = {
            i
            for i, periods in claims
            if any(p.overlaps(when) for p in periods)
            and (people is None or (i in people) == person)
        }
        if len(ids) == 1:
            return next(iter(ids))
    # Named only by a bare institution word: the annotated name must be that word, or say
    # the country ("Governo italiano", "Parlamento (Italia)").
    words = set(match_key(name).split())
    for form in (name, *forms_of(actor)):
        for actor_id, country, country_id in (domestic or {}).get(match_key(form), []):
            if words & country or (
                match_key(name) == match_key(form)
                and (countries is None or country_id in countries)
            ):
                return actor_id
    return None


def matches(variant: str, actor: dict[str, Any], exact: bool) -> bool:
    """Is `variant` the actor's name or one of its forms (`exact`), or the first or last
    words of its name or of a form written with a capital ("Dbeibah" of "Abdul Hamid
    Dbeibah")?"""
    wanted = _comparable(variant)
    forms = [actor["name"], *forms_of(actor)]
    if exact:
        return any(_comparable(form) == wanted for form in forms)
    for form in forms:
        have = _comparable(form)
        if form != actor["name"] and not form[:1].isupper() and " " not in wanted:
            continue  # "Cirenaica" is not "uomo forte della Cirenaica"
        if len(wanted) >= 4 and have.startswith(wanted + " "):
            return True
        # "Haftar" of "il generale Khalifa Haftar"; not "Regione Sardegna" of "La presidente
        # della Regione Sardegna": a complement after a preposition names someone else.
        if len(wanted) >= 4 and have.endswith(" " + wanted):
            before = have[: -len(wanted)].split()
            # In a person's name "al" is the Arabic article ("Abdel Fattah al-Sisi"), not the
            # Italian preposition of a complement.
            arabic = actor.get("kind") == "person" and before and before[-1] in ("al", "el")
            if not before or before[-1].rstrip("'") not in _PREPOSITIONS or arabic:
                return True
    return False


def _comparable(text: str) -> str:
    """Typography, case and diacritics folded as the matcher folds them: the suggestion
    "Erdogan" names the annotated "Recep Tayyip Erdoğan"."""
    from digest.normalise import match_key

    return match_key(normal(text).replace("-", " "))


_PREPOSITIONS = frozenset(
    """di del dello della dei degli delle dell d da dal dallo dalla dai dagli dalle dall a al
    allo alla ai agli alle all in nel nello nella nei negli nelle nell su sul sullo sulla sui
    sugli sulle sull per con tra fra""".split()
)


def actor_of(variants: list[str], actors: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The annotated actor a suggestion names: one a variant names exactly, else in part."""
    for exact in (True, False):
        for actor in actors:
            if any(matches(v, actor, exact) for v in variants):
                return actor
    return None


def nameable(actor: dict[str, Any]) -> bool:
    """Named in the text by a form that starts with a capital ("Hamas", "Banca centrale
    libica"), or a country (its demonyms and seats of power are known): "il governo
    Serraj" alone names no one a suggestion could find; nor does "L'esercito sudanese",
    whose capital is the sentence's, not the name's. A person's name may follow a title in
    lower case ("tenente colonnello Paul-Henri Damiba")."""
    forms = [_OPENING_ARTICLE.sub("", f) for f in forms_of(actor)]
    if actor["kind"] == "person":
        return any(w[:1].isupper() for f in forms for w in f.split())
    return actor["kind"] == "country" or any(f[:1].isupper() for f in forms)


@dataclass
class Verdict:
    id: str
    tp: set[str] = field(default_factory=set)
    fp: set[str] = field(default_factory=set)
    fn: set[str] = field(default_factory=set)
    hits: list[tuple[str, str]] = field(default_factory=list)
    central: list[str] = field(default_factory=list)
    central_found: list[str] = field(default_factory=list)
    central_twice: list[str] = field(default_factory=list)
    unnameable: list[str] = field(default_factory=list)
    shown: list[tuple[str, str, str | None, bool | None]] = field(default_factory=list)
    # (suggestion, guessed kind, annotated actor or None, kind right)


def score(note: dict[str, Any], article: Any, registry: Any) -> Verdict:
    verdict = Verdict(note["id"])
    index = lookup(registry)
    actors = note.get("actors") or []
    try:
        from digest.model import Period

        when: Any = Period.of(article.date)
    except ImportError:  # before issue 10
        when = _Always()
    domestic = domestic_lookup(registry)
    people = frozenset(i for i, a in registry.actors.items() if kind_of(a) == "person")
    # The countries the annotation names (mapped first: a country is never named by a bare
    # institution word), and the site's home.
    named = {
        i
        for a in actors
        if a.get("kind") == "country" and (i := map_actor(a, index, when, None, people))
    }
    countries = frozenset(named | ({registry.home} if getattr(registry, "home", None) else set()))
    mapped = {a["name"]: map_actor(a, index, when, domestic, people, countries) for a in actors}
    wanted = {i for i in mapped.values() if i}
    found, verdict.hits = found_ids(article, registry)
    verdict.tp, verdict.fp, verdict.fn = found & wanted, found - wanted, wanted - found

    central = [a for a in actors if a.get("central")]
    left_out = without(registry, {i for a in central if (i := mapped[a["name"]])})
    shown = suggestions(article, left_out)[:SHOWN]
    for item in shown:
        variants = [item.name, *item.variants]
        actor = actor_of(variants, actors)
        kind = kind_of(item)
        right = None if actor is None else kind == actor["kind"]
        verdict.shown.append((item.name, kind, actor["name"] if actor else None, right))
    for actor in central:
        if not nameable(actor):
            verdict.unnameable.append(actor["name"])
            continue
        verdict.central.append(actor["name"])
        times = sum(1 for name, _, who, _ in verdict.shown if who == actor["name"])
        if times >= 1:
            verdict.central_found.append(actor["name"])
        if times > 1:
            verdict.central_twice.append(actor["name"])
    return verdict


def run(texts: Path, split: str, registry: Any, allow_missing: bool = False) -> list[Verdict]:
    verdicts = []
    for note, path in texts_of(texts, split, allow_missing):
        article = read(note, path.read_bytes())
        if article is None:
            raise SystemExit(f"{path}: not read by digest")
        verdicts.append(score(note, article, registry))
    return verdicts


def figures(verdicts: list[Verdict]) -> dict[str, float | int]:
    tp = sum(len(v.tp) for v in verdicts)
    fp = sum(len(v.fp) for v in verdicts)
    fn = sum(len(v.fn) for v in verdicts)
    central = sum(len(v.central) for v in verdicts)
    found = sum(len(v.central_found) for v in verdicts)
    once = found - sum(len(v.central_twice) for v in verdicts)
    shown = [s for v in verdicts for s in v.shown]
    judged = [s for s in shown if s[3] is not None]
    return {
        "articles": len(verdicts),
        "precision": tp / max(1, tp + fp),
        "recall": tp / max(1, tp + fn),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "central": central,
        "central_in_top20": found / max(1, central),
        "central_once": once / max(1, central),
        "unnameable_central": sum(len(v.unnameable) for v in verdicts),
        "suggestions": len(shown),
        "not_actors": sum(s[2] is None for s in shown) / max(1, len(shown)),
        "kinds_right": sum(bool(s[3]) for s in judged) / max(1, len(judged)),
    }


def table(numbers: dict[str, float | int]) -> str:
    rows = [
        ("registered actors: precision", f"{numbers['precision']:.3f}", "≥ 0.97"),
        ("registered actors: recall", f"{numbers['recall']:.3f}", "≥ 0.95"),
        ("  found / false / missed", f"{numbers['tp']} / {numbers['fp']} / {numbers['fn']}", ""),
        (
            "suggestions: central actors in the first 20",
            f"{numbers['central_in_top20']:.1%} of {numbers['central']}",
            "100%",
        ),
        ("suggestions: … and only once", f"{numbers['central_once']:.1%}", "100%"),
        (
            "suggestions: not actors",
            f"{numbers['not_actors']:.1%} of {numbers['suggestions']}",
            "≤ 15%",
        ),
        ("suggestions: kinds right", f"{numbers['kinds_right']:.1%}", "≥ 90%"),
        ("central actors no suggestion can name", f"{numbers['unnameable_central']}", ""),
    ]
    lines = [f"{numbers['articles']} articles", "", "| measure | value | target |", "|---|--:|--:|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def show(verdicts: list[Verdict], what: str) -> list[str]:
    lines = [f"\n## {what}"]
    for v in verdicts:
        if what == "fp" and v.fp:
            texts = sorted({t for i, t in v.hits if i in v.fp})
            lines.append(f"- {v.id}: {sorted(v.fp)} from {texts}")
        elif what == "fn" and v.fn:
            lines.append(f"- {v.id}: {sorted(v.fn)}")
        elif what == "central" and set(v.central) - set(v.central_found):
            lines.append(f"- {v.id}: {sorted(set(v.central) - set(v.central_found))}")
        elif what == "twice" and v.central_twice:
            lines.append(f"- {v.id}: {v.central_twice}")
        elif what == "suggestions":
            lines.append(f"- {v.id}")
            lines += [
                f"    {name} [{kind}] → {who or 'NOT AN ACTOR'}{'' if right in (None, True) else ' (kind wrong)'}"
                for name, kind, who, right in v.shown
            ]
        elif what == "notactors":
            bad = [name for name, _, who, _ in v.shown if who is None]
            if bad:
                lines.append(f"- {v.id}: {bad}")
        elif what == "kinds":
            bad = [f"{name} [{kind}]" for name, kind, _, right in v.shown if right is False]
            if bad:
                lines.append(f"- {v.id}: {bad}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, required=True, help="folder of <id>.txt texts")
    parser.add_argument("--split", default="dev", choices=SPLITS)
    parser.add_argument("--registry", type=Path, help="a registry file instead of the starter")
    parser.add_argument(
        "--show",
        action="append",
        default=[],
        choices=["fp", "fn", "central", "twice", "suggestions", "notactors", "kinds"],
        help="print the articles behind a figure",
    )
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    parser.add_argument(
        "--allow-missing", action="store_true", help="score the texts present, say how many are not"
    )
    args = parser.parse_args(argv)
    verdicts = run(args.texts, args.split, load(args.registry), args.allow_missing)
    numbers = figures(verdicts)
    print(table(numbers))
    for what in args.show:
        print("\n".join(show(verdicts, what)))
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
