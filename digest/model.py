"""The nouns of the domain: articles, actors, mentions, months, the corpus.

Plain dataclasses, no I/O. Readers produce `Article`s, the registry produces
`Actor`s, the matcher produces `ActorRef`s, `corpus.build_corpus` ties them together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "month"]
Format = Literal["text", "markdown"]  # the readers an article can come from
Kind = Literal["person", "organisation", "country"]
KINDS: tuple[Kind, ...] = ("person", "organisation", "country")


@dataclass(frozen=True, order=True)
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
    def month_key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        # A month-precision article sorts before the dated ones of its month (day 0):
        # we know it belongs to the month, not where in it.
        return (self.year, self.month, self.day or 0)


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int  # 1-based line in the source file where the paragraph starts
    kind: Literal["text", "heading"] = "text"  # a heading inside the body ("Disordini a Islamabad")


@dataclass(frozen=True)
class Removal:
    """Text a reader took out of the body, and the rule that did: nothing goes unaccounted."""

    text: str
    line: int
    rule: str


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class ActorRef:
    """One actor's presence in one article."""

    actor_id: str
    mentions: int  # 0 when added by hand in front matter without a textual mention
    first_sentence: str
    first_line: int  # source line of the first mention (0 when none)
    manual: bool = False


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: Kind
    aliases: tuple[str, ...] = ()  # matched ignoring case (acronyms excepted)
    exact: tuple[str, ...] = ()  # matched only with this exact case
    demonyms: tuple[str, ...] = ()  # countries: "libico", "libica"… count as mentions
    surname: str | None = None  # persons: matched alone with its case
    description: str | None = None
    wikidata: str | None = None
    line: int = 0  # where the entry starts in the registry file


@dataclass(frozen=True)
class Registry:
    actors: dict[str, Actor]  # by id, in file order
    ignore: frozenset[str] = frozenset()  # capitalised names that are not actors
    source: str = "actors.yml"


@dataclass(frozen=True)
class Month:
    key: str  # "2025-05"
    year: int
    month: int
    article_ids: tuple[str, ...]  # newest first
    actor_counts: tuple[tuple[str, int], ...]  # (actor id, articles), most first


@dataclass(frozen=True)
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
