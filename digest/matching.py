"""Finding registered actors in an article's text, offline and in one pass.

Rules (see tests/test_matching.py for an Italian example of each):
- leftmost-longest, non-overlapping, on Unicode word boundaries: "Saddam Khalifa Haftar"
  is Saddam, not Khalifa; "Haftar" never matches inside another word;
- typographic apostrophes, diacritics and non-breaking spaces are normalised, so that
  "dell’LNA" and "l'Lna" match, with offsets into the original text;
- ALL-CAPS acronyms and the registry's `exact` aliases match only with their case;
  persons' surnames match alone, with their case;
- a surname two persons share ("Haftar") goes to the one already named in full in the
  same article; when none is, to neither, and it is reported;
- demonyms ("libico", "russa") count as mentions of their country.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

import ahocorasick

from digest.findings import Finding, error, info, warning
from digest.model import Actor, ActorRef, Article, Registry
from digest.normalise import fold, lower, match_key
from digest.prose import sentence_at, sentence_spans, window

Form = Literal["name", "alias", "surname", "demonym"]
_ACRONYM = re.compile(r"^[A-Z0-9&.-]{2,}$")


@dataclass(frozen=True)
class Key:
    actor_ids: tuple[str, ...]  # more than one only for a shared surname
    form: str  # folded, original case: compared when the key is case-sensitive
    case_sensitive: bool
    kind: Form


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    key: Key


class Matcher:
    """An Aho-Corasick automaton over every alias of the registry, built once per build."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        keys: dict[str, list[Key]] = {}
        surnames: dict[str, list[str]] = {}
        explicit: set[str] = set()
        for actor in registry.actors.values():
            for form, kind, exact in _forms(actor):
                keys.setdefault(match_key(form), []).append(
                    Key((actor.id,), fold(form), exact, kind)
                )
                explicit.add(match_key(form))
            if actor.kind == "person" and actor.surname:
                surnames.setdefault(actor.surname, []).append(actor.id)
        for surname, owners in surnames.items():
            # An explicit alias wins over a derived surname ("Haftar: khalifa-haftar").
            if match_key(surname) not in explicit:
                keys.setdefault(match_key(surname), []).append(
                    Key(tuple(owners), fold(surname), True, "surname")
                )
        self._automaton = ahocorasick.Automaton()
        for key, values in keys.items():
            self._automaton.add_word(key, (len(key), tuple(values)))
        if keys:
            self._automaton.make_automaton()
        self._empty = not keys

    def find(self, text: str) -> list[Match]:
        """Leftmost-longest, non-overlapping matches in `text`."""
        if self._empty:
            return []
        folded = fold(text)
        lowered = lower(folded)
        candidates: list[Match] = []
        for end_index, (length, keys) in self._automaton.iter(lowered):
            start, end = end_index - length + 1, end_index + 1
            if (start > 0 and lowered[start - 1].isalnum()) or (
                end < len(lowered) and lowered[end].isalnum()
            ):
                continue
            for key in keys:
                if key.case_sensitive and folded[start:end] != key.form:
                    continue
                candidates.append(Match(start, end, key))
                break
        candidates.sort(key=lambda m: (m.start, m.start - m.end))
        chosen: list[Match] = []
        taken_until = 0
        for match in candidates:
            if match.start >= taken_until:
                chosen.append(match)
                taken_until = match.end
        return chosen


def _forms(actor: Actor) -> list[tuple[str, Form, bool]]:
    forms: list[tuple[str, Form, bool]] = [(actor.name, "name", bool(_ACRONYM.match(actor.name)))]
    forms += [(a, "alias", bool(_ACRONYM.match(a))) for a in actor.aliases]
    forms += [(a, "alias", True) for a in actor.exact]
    forms += [(d, "demonym", False) for d in actor.demonyms]
    return forms


@dataclass(frozen=True)
class Tagging:
    actors: tuple[ActorRef, ...]
    spans: tuple[tuple[int, int, int], ...]  # (paragraph index, start, end) of every match
    findings: tuple[Finding, ...]
    # (actor id or None when unresolved, paragraph index, start, end): what `explain` shows
    hits: tuple[tuple[str | None, int, int, int], ...] = ()


def tag(article: Article, matcher: Matcher) -> Tagging:
    """Which actors an article mentions, how often, and where first."""
    registry = matcher.registry
    counts: Counter[str] = Counter()
    full_counts: Counter[str] = Counter()
    first: dict[str, tuple[str, int]] = {}
    order: dict[str, int] = {}
    spans: list[tuple[int, int, int]] = []
    hits: list[tuple[str | None, int, int, int]] = []
    findings: list[Finding] = []
    unresolved: set[str] = set()
    sentences: dict[int, list[tuple[int, int]]] = {}  # by paragraph, split when first needed
    # One pass over the whole article (paragraphs joined by a newline, which no alias
    # spans), then each match is placed in its paragraph.
    texts = [p.text for p in article.paragraphs]
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    for whole in matcher.find("\n".join(texts)):
        index = bisect.bisect_right(starts, whole.start) - 1
        paragraph, text = article.paragraphs[index], texts[index]
        start, end = whole.start - starts[index], whole.end - starts[index]
        spans.append((index, start, end))
        actor_id = _resolve(whole.key, full_counts, first)
        hits.append((actor_id, index, start, end))
        if actor_id is None:
            surname = text[start:end]
            if surname not in unresolved:
                unresolved.add(surname)
                names = " or ".join(registry.actors[a].name for a in whole.key.actor_ids)
                findings.append(
                    warning(
                        "A402",
                        article.source,
                        f"“{surname}” could be {names}: none is named in full earlier, so it is linked to neither",
                        "name the person in full at the first mention"
                        + (
                            ", or list the id under `actors:`"
                            if article.format == "markdown"
                            else ""
                        ),
                        paragraph.line,
                    )
                )
            continue
        if whole.key.kind != "surname":
            full_counts[actor_id] += 1
        counts[actor_id] += 1
        if actor_id not in first:
            if index not in sentences:
                sentences[index] = sentence_spans(text)
            s_start, s_end = sentence_at(sentences[index], start, len(text))
            first[actor_id] = (window(text, s_start, s_end, start), paragraph.line)
            order[actor_id] = len(order)

    for actor_id in (*article.actors_added, *article.actors_removed):
        if actor_id not in registry.actors:
            findings.append(
                error(
                    "A401",
                    article.source,
                    f"actor id `{actor_id}` is not in the registry",
                    f"add it to {registry.source}, or fix the id (ids look like khalifa-haftar)",
                )
            )
    refs = [
        ActorRef(a, counts[a], first[a][0], first[a][1])
        for a in counts
        if a not in article.actors_removed
    ]
    for actor_id in article.actors_added:
        if (
            actor_id in registry.actors
            and actor_id not in counts
            and actor_id not in article.actors_removed
        ):
            refs.append(ActorRef(actor_id, 0, "", 0, manual=True))
            order[actor_id] = len(order)
    refs.sort(key=lambda r: (-r.mentions, order[r.actor_id]))
    return Tagging(tuple(refs), tuple(spans), tuple(findings), tuple(hits))


def _resolve(key: Key, full_counts: Counter[str], first: dict[str, tuple[str, int]]) -> str | None:
    if len(key.actor_ids) == 1:
        return key.actor_ids[0]
    named = [a for a in key.actor_ids if full_counts[a]]
    if not named:
        return None
    # Both named in full: the one named most so far, then the one named first.
    order = list(first)
    return min(named, key=lambda a: (-full_counts[a], order.index(a)))


# Capitalised words that open sentences or name no one ("Il", "Durante", "Paese").
_STOP = frozenset(
    """
    a ad al alla alle allo ai agli anche che chi ci come con contro da dal dalla dai dagli
    de dei del della delle dello degli di dopo dove durante e ed entrambe entrambi gli ha
    hanno i il in invece io la le lo ma mentre ne nel nella nei negli nelle non o oggi ora
    per però poi qui quando quanto questa queste questi questo se secondo si sia stando su
    sua sul sulla suo tale tra fra tutti un una uno ieri domani
    """.split()
)
_CONNECTORS = frozenset(
    {"di", "de", "del", "della", "dei", "da", "al", "el", "bin", "ibn", "von", "van", "der", "la"}
)
# "al-Mismari", "el-Sisi", "bin-Salman": Arabic names whose particle is written lowercase.
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ash|as|at|an|ar|az|bin|ben|abu|ibn)-[A-ZÀ-Ý]")
_TOKEN = re.compile(r"[\w’'-]+")
NAME_MAX = 80  # characters: the longest institution names are about 60
NAME_QUOTE_MAX = 200  # characters of the sentence a candidate name is quoted in


@dataclass(frozen=True)
class NameSeen:
    """A capitalised name that matched no actor, where it was seen."""

    name: str
    path: str
    line: int
    sentence: str
    before: str  # the words just before it, lower case: "il ministro", "il premier"


def unmatched_names(
    article: Article, spans: tuple[tuple[int, int, int], ...], ignore: frozenset[str]
) -> list[NameSeen]:
    """Capitalised names that match no actor, once per article, in reading order."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for index, start, end in spans:
        taken.setdefault(index, []).append((start, end))
    ignored = _ignore_keys(ignore)
    seen: set[str] = set()
    names: list[NameSeen] = []
    for index, paragraph in enumerate(article.paragraphs):
        text = paragraph.text
        sentences: list[tuple[int, int]] | None = None  # split only if a name is reported
        for name, start in _capitalised_runs(text, sorted(taken.get(index, []))):
            key = match_key(name)
            if key in seen or key in ignored:
                continue
            seen.add(key)
            sentences = sentences if sentences is not None else sentence_spans(text)
            s, e = sentence_at(sentences, start, len(text))
            before = " ".join(_TOKEN.findall(text[max(s, start - 40) : start])[-3:]).lower()
            quoted = window(text, s, e, start, NAME_QUOTE_MAX)
            names.append(NameSeen(name, article.source, paragraph.line, quoted, before))
    return names


@functools.cache
def _ignore_keys(ignore: frozenset[str]) -> frozenset[str]:
    return frozenset(match_key(name) for name in ignore)


def candidates(names: list[NameSeen]) -> list[Finding]:
    """Capitalised names that match no actor: leads for the registry, with file, line and sentence."""
    return [
        info(
            "A403",
            seen.path,
            f"“{seen.name}” matches no actor (in: “{seen.sentence}”)",
            "if it is a person, organisation or country, add it to the registry "
            "(`digest actors suggest` drafts the entry); if not, add it to `ignore:`",
            seen.line,
        )
        for seen in names
    ]


_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*"
_CONNECTOR = "(?:" + "|".join(sorted(_CONNECTORS, key=len, reverse=True)) + ")"
# A run of capitalised words, connectors allowed between them ("Capo di Stato Maggiore"):
# found by the regex engine, so the Python loop below sees a few runs, not every word.
# The pattern starts with a character class (no look-behind), which lets the engine skip
# ahead to capitals: five times faster; what precedes a run is checked in Python.
_PARTICLES = "(?:al|el|ad|ash|as|at|an|ar|az|bin|ben|abu|ibn)-"
_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_CONNECTOR}\s+)*(?:{_PARTICLES})?{_NAME_WORD})*")
# "al-Mismari", "el-Sisi", "bin-Salman": a lowercase particle glued to the name.
_PARTICLE = re.compile(rf"(?:^|(?<=[^\w’'\-])){_PARTICLES}$")
_RUN_WORD = re.compile(r"[\w’'\-]+")


def _capitalised_runs(text: str, taken: list[tuple[int, int]]) -> list[tuple[str, int]]:
    starts = [s for s, _ in taken]
    result: list[tuple[str, int]] = []
    for run in _RUN.finditer(text):
        begin = run.start()
        before = text[begin - 1] if begin else " "
        if before == "-" and (particle := _PARTICLE.search(text, max(0, begin - 5), begin)):
            begin = particle.start()
        elif before.isalnum() or before == "-":
            continue  # a capital inside a word ("McDonald")
        word = run[0]
        if (
            " " not in word
            and begin == run.start()
            and (len(word) < 3 or _opens_sentence(text, begin))
        ):
            continue  # the common case, decided before splitting the run into words
        groups: list[list[re.Match[str]]] = [[]]
        for word in _RUN_WORD.finditer(text, begin, run.end()):
            index = bisect.bisect_right(starts, word.start()) - 1
            if index >= 0 and word.start() < taken[index][1]:
                groups.append([])  # a matched actor splits the run
            else:
                groups[-1].append(word)
        for words in groups:
            # Indexes, not slices: a run of a hundred thousand "A" must stay linear.
            first, last = 0, len(words)
            while first < last and (
                words[first][0].lower() in _STOP or words[first][0] in _CONNECTORS
            ):
                first += 1
            while last > first and words[last - 1][0] in _CONNECTORS:
                last -= 1
            if first == last:
                continue
            group = words[first:last]
            if len(group) == 1 and (
                len(group[0][0]) < 3 or _opens_sentence(text, group[0].start())
            ):
                continue  # "Ieri": a word capitalised by its position
            if group[-1].end() - group[0].start() > NAME_MAX:
                continue  # a run of capitals longer than any name: a shouted sentence
            result.append((text[group[0].start() : group[-1].end()], group[0].start()))
    return result


def _opens_sentence(text: str, position: int) -> bool:
    """True for "Ieri…" at the start of the paragraph or after ". ", '.” ', "? «"."""
    window_start = max(0, position - 8)
    head = text[window_start:position].rstrip(" \u00a0“\"«(‘'")
    if not head:
        return window_start == 0
    return head.rstrip("”\"»)’'")[-1:] in (".", "!", "?", "…")
