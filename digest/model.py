"""The nouns of the domain: articles, actors, mentions, months, the corpus.

Plain dataclasses, no I/O. Readers produce `Article`s, the registry produces
`Actor`s, the matcher produces `ActorRef`s, `corpus.build_corpus` ties them together.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from digest.frozen import by_fields

Precision = Literal["day", "month"]
Format = Literal["text", "markdown"]  # the readers an article can come from
Kind = Literal["person", "organisation", "country"]
KINDS: tuple[Kind, ...] = ("person", "organisation", "country")


class MonthKey(str):
    """ "2025-05": a month, as the site's month pages and indexes name it. A string (a dict
    key, a JSON value, part of a URL) that also knows its arithmetic, in one place."""

    __slots__ = ()

    @classmethod
    def of(cls, year: int, month: int) -> MonthKey:
        return cls(f"{year:04d}-{month:02d}")

    @property
    def year(self) -> int:
        return int(self[:4])

    @property
    def month(self) -> int:
        return int(self[5:7])

    def previous(self, n: int = 1) -> MonthKey:
        """The month `n` months earlier: "2025-01".previous(2) → "2024-11"."""
        index = self.year * 12 + self.month - 1 - n
        return MonthKey.of(index // 12, index % 12 + 1)

    def span_to(self, last: str) -> list[MonthKey]:
        """Every month from this one to `last`, inclusive, in order."""
        end = MonthKey(last)
        first = self.year * 12 + self.month - 1
        return [MonthKey.of(i // 12, i % 12 + 1) for i in range(first, end.year * 12 + end.month)]


@by_fields
@dataclass(frozen=True, order=True, slots=True)
class ArticleDate:
    """A date as precise as the article gives it: never a day the file does not state."""

    year: int
    month: int
    day: int | None = None

    @property
    def precision(self) -> Precision:
        return "month" if self.day is None else "day"

    @property
    def iso(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def month_key(self) -> MonthKey:
        return MonthKey.of(self.year, self.month)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        # A month-precision article sorts before the dated ones of its month (day 0):
        # we know it belongs to the month, not where in it.
        return (self.year, self.month, self.day or 0)


@by_fields
@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    line: int  # 1-based line in the source file where the paragraph starts
    kind: Literal["text", "heading"] = "text"  # a heading inside the body ("Disordini a Islamabad")


@by_fields
@dataclass(frozen=True, slots=True)
class Removal:
    """Text a reader took out of the body, and the rule that did: nothing goes unaccounted."""

    text: str
    line: int
    rule: str


@by_fields
@dataclass(frozen=True, slots=True)
class Dateline:
    """ "TRIPOLI (LIBIA), 3 LUG (ANSA) –" as read: the place, country, agencies and date it gives."""

    text: str
    place: str | None
    country: str | None
    agencies: tuple[str, ...]
    day: int | None
    month: int | None
    year: int | None
    time: str | None
    rule: str


@by_fields
@dataclass(frozen=True, slots=True)
class ActorRef:
    """One actor's presence in one article."""

    actor_id: str
    mentions: int  # 0 when added by hand in front matter without a textual mention
    first_sentence: str
    first_line: int  # source line of the first mention (0 when none)
    manual: bool = False


@by_fields
@dataclass(frozen=True, slots=True)
class Article:
    # Stable identity and URL slug: front matter `slug`, else the file name without its
    # extension; unique in the corpus (a numbered suffix is added on collisions).
    id: str
    source: str  # path of the file, relative to the repository root, POSIX style
    format: Format
    date: ArticleDate
    title: str
    title_inferred: bool  # made from the lead (no headline, no front matter title)
    summary: str
    paragraphs: tuple[Paragraph, ...]  # plain text view, used for matching and excerpts
    body_html: str | None = None  # Markdown articles: their formatting, rendered and sanitised
    lang: str = "it"
    place: str | None = None
    country: str | None = None
    agencies: tuple[str, ...] = ()
    author: str | None = None
    photo_credit: str | None = None
    url: str | None = None
    source_name: str | None = None
    words: int = 0
    reading_minutes: int = 1
    subtitle: str | None = None
    dateline: Dateline | None = None
    desk: str | None = None  # desk or editor initials: "Res", "t.d.b."
    removed: tuple[Removal, ...] = ()  # text taken out of the body, with its rule
    provenance: tuple[tuple[str, str], ...] = ()  # (field, rule that set it), for `digest explain`
    actors_added: tuple[str, ...] = ()  # front matter `actors`
    actors_removed: tuple[str, ...] = ()  # front matter `not_actors`
    actors: tuple[ActorRef, ...] = ()  # filled by the matcher, most mentioned first


@dataclass(frozen=True, order=True)
class Period:
    """Days from `start` to `end`, both inclusive; None is open ("until: 2021-03-14" alone)."""

    start: dt.date | None = None
    end: dt.date | None = None

    @staticmethod
    def of(date: ArticleDate) -> Period:
        """The days an article's date may mean: its day, or its whole month."""
        if date.day is not None:
            day = dt.date(date.year, date.month, date.day)
            return Period(day, day)
        last = calendar.monthrange(date.year, date.month)[1]
        return Period(dt.date(date.year, date.month, 1), dt.date(date.year, date.month, last))

    def overlaps(self, other: Period) -> bool:
        """Share a day: a month-precision article overlaps a term ending mid-month."""
        return (self.start is None or other.end is None or self.start <= other.end) and (
            other.start is None or self.end is None or other.start <= self.end
        )

    @property
    def always(self) -> bool:
        return self.start is None and self.end is None

    def __str__(self) -> str:
        start = self.start.isoformat() if self.start else "…"
        end = self.end.isoformat() if self.end else "…"
        return f"{start} – {end}"


ALWAYS = Period()


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: Kind
    aliases: tuple[str, ...] = ()  # matched ignoring case (acronyms excepted)
    exact: tuple[str, ...] = ()  # matched only with this exact case
    demonyms: tuple[str, ...] = ()  # countries: "libico", "libica"… count as mentions
    surname: str | None = None  # persons: matched alone with its case
    # Of persons who share a surname, the one the bare surname means where the article names
    # none of them in full (the Haftars' father: "Haftar" is Khalifa Haftar in the news).
    known_by_surname: bool = False
    description: str | None = None
    wikidata: str | None = None
    line: int = 0  # where the entry starts in the registry file
    # Capitals and seats of power ("Mosca", "Cremlino", "Farnesina"): a mention only where
    # they act ("Mosca condanna", "lodata da Mosca"), never as a place ("a Mosca").
    metonyms: tuple[str, ...] = ()
    # When the actor existed, or held the office its entry describes: among actors that
    # share a form, the article's date prefers the one of its time.
    period: Period = ALWAYS
    # Aliases and exact forms valid only in some periods ("premier libico": 2016–2021 for
    # al-Sarraj, from 2021 for Dbeibah), as (form, periods); other forms are always valid.
    timed: tuple[tuple[str, tuple[Period, ...]], ...] = ()
    source: str | None = None  # the page the description was checked against
    origin: str = "site"  # whose entry: the site's registry, or the "starter" registry
    # A country's institution ("senato-della-repubblica" of "italia") and the bare words
    # that name it only in a story about that country ("Senato", "Camera", "governo"):
    # every country has a senate, so they are read with the story's country (matching.py).
    country: str | None = None
    domestic: tuple[str, ...] = ()
    # A body of one of its country's territories ("Campania" for the Regione Campania): its
    # `domestic` words ("Regione"), which the country's other such bodies share, name it in
    # a story about that territory, the one the story names most by these names.
    territory: tuple[str, ...] = ()

    def periods(self, form: str) -> tuple[Period, ...]:
        """When `form` (an alias or exact form, as written) names this actor."""
        for timed_form, periods in self.timed:
            if timed_form == form:
                return periods
        return (ALWAYS,)


@dataclass(frozen=True)
class Registry:
    actors: dict[str, Actor]  # by id, in file order
    ignore: frozenset[str] = frozenset()  # capitalised names that are not actors
    source: str = "actors.yml"
    drop: frozenset[str] = frozenset()  # ids of the starter registry the site leaves out
    # The country a story naming no country is about (`home:`): an Italian site's domestic
    # copy says "il Senato" and never "Italia".
    home: str | None = None


@by_fields
@dataclass(frozen=True, slots=True)
class Month:
    key: str  # "2025-05"
    year: int
    month: int
    article_ids: tuple[str, ...]  # newest first
    actor_counts: tuple[tuple[str, int], ...]  # (actor id, articles), most first


@by_fields
@dataclass(frozen=True, slots=True)
class ActorStats:
    actor_id: str
    article_ids: tuple[str, ...]  # newest first
    mentions: int
    first: ArticleDate | None
    last: ArticleDate | None
    co_actors: tuple[tuple[str, int], ...]  # (actor id, shared articles), most first
    by_month: tuple[
        tuple[str, int], ...
    ] = ()  # (month key, articles), oldest first, months with articles


@dataclass
class Corpus:
    articles: dict[str, Article]  # by id, newest first
    registry: Registry
    actors: dict[str, ActorStats] = field(default_factory=dict)  # only actors with articles
    months: dict[str, Month] = field(default_factory=dict)  # newest first
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)  # article id → related ids
    order: list[str] = field(default_factory=list)  # article ids, newest first
    position: dict[str, int] = field(default_factory=dict)  # article id → index in `order`

    def neighbours(self, article_id: str) -> tuple[str | None, str | None]:
        """(older, newer) article in time."""
        ids = self.order
        index = self.position[article_id]
        older = ids[index + 1] if index + 1 < len(ids) else None
        newer = ids[index - 1] if index > 0 else None
        return older, newer


HEADLINE = -1  # Hit.paragraph of a form found in the article's headline
SUBTITLE = -2  # … in its subtitle or standfirst
KICKER = -3  # … in the kicker over its headline ("Libia" / "Scontri a Tripoli, …")
# The Removals that hold it (digest.readers): a kicker, and a word alone over the headline
# (a section's, "Esteri", or the story's subject, "Ucraina", "Erdogan")
KICKER_RULE = "kicker over the headline"
SECTION_WORD_RULE = "section word"


def heads(article: Article) -> list[tuple[int, str, int]]:
    """(HEADLINE, SUBTITLE or KICKER, its text, its line) of the texts above the body that
    the article states: a title made from the lead is not one."""
    found = []
    if article.title and not article.title_inferred:
        found.append((HEADLINE, article.title, _line_of(article, ("headline",), 1)))
    if article.subtitle:
        line = _line_of(article, ("subtitle", "standfirst"), found[0][2] if found else 1)
        found.append((SUBTITLE, article.subtitle, line))
    # the kicker names what the story is about as the headline does ("Ucraina")
    kicker = next((r for r in article.removed if r.rule in (KICKER_RULE, SECTION_WORD_RULE)), None)
    if kicker is not None:
        found.append((KICKER, kicker.text, kicker.line))
    return found


def _line_of(article: Article, rules: tuple[str, ...], default: int) -> int:
    return next((r.line for r in article.removed if r.rule.startswith(rules)), default)
