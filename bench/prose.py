"""One synthetic article: Italian news prose naming its actors as the press does.

The first mention of an actor is in full ("il ministro degli Esteri libico, Omar Mansour,"),
later ones use the surname, an alias or an acronym ("Mansour", "la BCL"), and countries
appear by name or demonym ("le autorità libiche"). An article depends only on the plan and
its index, so articles can be written in any order, by any number of processes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass

from bench import vocabulary as v
from bench.cast import Cast, Member, draw
from bench.grammar import Phrase, capitalise, phrase, with_prep
from digest.paths import slugify

HEADS = tuple(phrase(h) for h in v.HEADS)
TOPICS = tuple(phrase(t) for t in v.TOPICS)
MARKDOWN_SHARE = 0.15
MONTH_ONLY_SHARE = 0.05
RELATIONS = (
    "restano solidi",
    "sono al centro dell’agenda diplomatica",
    "hanno conosciuto una fase di tensione",
    "si sono rafforzati negli ultimi anni",
    "sono stati al centro dei colloqui",
)
OPEN_QUESTIONS = (
    "resta una sfida aperta",
    "potrebbe diventare il vero banco di prova dei prossimi mesi",
    "dipenderà dalla tenuta degli equilibri interni",
    "è stato finora sottovalutato dalla comunità internazionale",
)
MEETINGS = (
    ("ha incontrato", None),
    ("ha ricevuto", None),
    ("ha avuto un colloquio", "con"),
    ("ha avuto una conversazione telefonica", "con"),
    ("si è riunito", "con"),
)


@dataclass(frozen=True)
class Plan:
    """What every article shares: the actors and the span of dates."""

    cast: Cast
    seed: int
    first_day: int  # proleptic ordinal of the first possible date
    days: int


@dataclass(frozen=True)
class Draft:
    path: str  # relative to the corpus folder: "articles/2024/2024-05-17-….txt"
    text: str
    year: int
    markdown: bool
    month_only: bool


def _at(place: str) -> str:
    # "al Cairo", "a Tripoli"
    return "al " + place[3:] if place.startswith("Il ") else "a " + place


class _Writer:
    """The text of one article, sentence by sentence; remembers who is already named."""

    def __init__(self, rng: random.Random, cast: Cast) -> None:
        self.rng = rng
        self.cast = cast
        self.main = cast.figures[draw(rng, cast.figure_weights)]
        others: dict[str, Member] = {}
        for _ in range(1 + (rng.random() < 0.7) + (rng.random() < 0.4) + (rng.random() < 0.2)):
            other = cast.figures[draw(rng, cast.figure_weights)]
            if other.id != self.main.id:
                others.setdefault(other.id, other)
        self.others = list(others.values())
        home = self.main.country
        first = cast.countries[home if home is not None else draw(rng, cast.country_weights)]
        self.countries = [first]
        if rng.random() < 0.6:
            second = cast.countries[draw(rng, cast.country_weights)]
            if second.id != first.id:
                self.countries.append(second)
        self.place = rng.choice(first.places)
        self.commentator = rng.choice(cast.commentators) if rng.random() < 0.15 else None
        self.named: set[str] = set()

    # Names -----------------------------------------------------------------------------

    def name(self, member: Member, prep: str | None = None, apposition: bool = False) -> str:
        """How the article names `member` here: in full the first time, shorter later."""
        rng = self.rng
        first = member.id not in self.named
        self.named.add(member.id)
        if member.kind == "person":
            if first:
                r = rng.random()
                if member.role and r < 0.7:
                    role = with_prep(prep, member.role)
                    return (
                        f"{role}, {member.name},"
                        if apposition and r < 0.4
                        else f"{role} {member.name}"
                    )
                return with_prep(prep, ("", member.name))
            form = rng.choice(member.later) if member.later and rng.random() < 0.3 else member.short
            return with_prep(prep, ("", form))
        if member.kind == "organisation":
            if first:
                text = with_prep(prep, (member.article, member.name))
                if member.short != member.name and rng.random() < 0.6:
                    text += f" ({member.short})"
                return text
            form = member.short if rng.random() < 0.7 else member.name
            article = member.article
            if form.isupper() and form[0] in "AEIOUFLMNRS":
                article = "l’"  # "l’LNA", read "elle-enne-a"
            return with_prep(prep, (article, form))
        return with_prep(prep, (member.article, member.name))

    def headline_name(self, member: Member) -> str:
        return member.short if member.kind != "country" else member.name

    def topic(self) -> Phrase:
        return self.rng.choice(TOPICS)

    def object(self) -> str:
        """ "il rafforzamento della cooperazione militare"."""
        return f"{with_prep(None, self.rng.choice(HEADS))} {with_prep('di', self.topic())}"

    def subject(self, apposition: bool = True) -> tuple[str, bool]:
        """A subject and whether it is plural: an actor of the article, or a generic one."""
        rng = self.rng
        r = rng.random()
        if r < 0.4 or (r < 0.65 and not self.others):
            return self.name(self.main, apposition=apposition), False
        if r < 0.65:
            return self.name(rng.choice(self.others), apposition=apposition), False
        if r < 0.82:
            return self.demonym_subject()
        return rng.choice(v.GENERIC_SUBJECTS)

    def demonym_subject(self) -> tuple[str, bool]:
        country = self.rng.choice(self.countries)
        noun, form, plural = self.rng.choice(v.DEMONYM_SUBJECTS)
        if country.forms:
            return f"{noun} {country.forms[form]}", plural
        return f"{noun} {with_prep('di', (country.article, country.name))}", plural

    def fill(self, template: str) -> str:
        rng = self.rng
        topic, other = self.topic(), self.topic()
        plural = topic[0] in ("i", "gli", "le")
        return template.format(
            resta="restano" if plural else "resta",
            richiede="richiedono" if plural else "richiede",
            T=capitalise(with_prep(None, topic)),
            t=with_prep(None, topic),
            a=rng.choice(v.QUOTE_ADJECTIVES),
            di_t=with_prep("di", topic),
            di_t2=with_prep("di", other),
            su_t=with_prep("su", topic),
        )

    # Sentences -------------------------------------------------------------------------

    def opener(self, plural: bool) -> str:
        opener = self.rng.choice(v.OPENERS)
        return "Da parte loro, " if plural and opener == "Da parte sua, " else opener

    def statement(self) -> str:
        rng = self.rng
        subject, plural = self.subject()
        verb = rng.choice(v.VERBS)[plural]
        return f"{self.opener(plural)}{subject} {verb} {self.object()}{rng.choice(v.TAILS)}."

    def meeting(self, host: Member, guest: Member, opener: str = "") -> str:
        rng = self.rng
        verb, prep = rng.choice(MEETINGS)
        return (
            f"{opener}{self.name(host, apposition=True)} {verb} {self.name(guest, prep)} "
            f"{_at(self.place)} {rng.choice(v.TIMES)} per discutere "
            f"{with_prep('di', self.topic())}{rng.choice(v.TAILS)}."
        )

    def quote(self) -> str:
        rng = self.rng
        if self.commentator and rng.random() < 0.3:
            speaker = self.commentator
        else:
            speaker = self.name(rng.choice([self.main, self.main, *self.others]))
        return f"“{self.fill(rng.choice(v.QUOTES))}”, {rng.choice(v.SAY_VERBS)} {speaker}."

    def note(self) -> str:
        rng = self.rng
        bodies = [m for m in (self.main, *self.others) if m.kind == "organisation"]
        if not bodies:
            return self.statement()
        body = self.name(rng.choice(bodies))
        clause = self.fill(rng.choice(v.NOTE_CLAUSES))
        if rng.random() < 0.5:
            return f"In una nota, {body} ha fatto sapere che {clause}."
        return f"{body} ha reso noto che {clause}{rng.choice(v.TAILS)}."

    def relation(self) -> str:
        rng = self.rng
        if len(self.countries) < 2:
            subject, plural = self.demonym_subject()
            verb = rng.choice(v.VERBS)[plural]
            return f"{self.opener(plural)}{subject} {verb} {self.object()}{rng.choice(v.TAILS)}."
        first, second = self.countries[0], self.countries[1]
        return (
            f"I rapporti tra {self.name(first)} e {self.name(second)} "
            f"{rng.choice(RELATIONS)}{rng.choice(v.TAILS)}."
        )

    def reported(self) -> str:
        rng = self.rng
        subject, plural = self.subject(apposition=False)
        verb = rng.choice(v.VERBS)[plural]
        return f"Secondo quanto riporta {rng.choice(v.SOURCES)}, {subject} {verb} {self.object()}."

    def comment(self) -> str:
        rng = self.rng
        if not self.commentator:
            return self.quote()
        return (
            f"Secondo {self.commentator}, {with_prep(None, self.topic())} "
            f"{rng.choice(OPEN_QUESTIONS)}{rng.choice(v.TAILS)}."
        )

    def generic(self) -> str:
        rng = self.rng
        subject, plural = rng.choice(v.GENERIC_SUBJECTS)
        verb = rng.choice(v.VERBS)[plural]
        return f"{self.opener(plural)}{subject} {verb} {self.object()}{rng.choice(v.TAILS)}."

    def sentence(self) -> str:
        r = self.rng.random()
        if r < 0.28:
            text = self.statement()
        elif r < 0.43:
            text = self.quote()
        elif r < 0.51:
            text = self.note()
        elif r < 0.58:
            text = self.relation()
        elif r < 0.63:
            text = self.reported()
        elif r < 0.68:
            text = self.comment()
        elif r < 0.72 and self.others:
            opener = self.rng.choice(("In seguito, ", "Più tardi, ", "Successivamente, ", ""))
            text = self.meeting(self.rng.choice(self.others), self.main, opener)
        else:
            text = self.generic()
        return capitalise(text)

    # Paragraphs ------------------------------------------------------------------------

    def lead(self) -> tuple[str, list[str]]:
        """The headline and the first sentences, which name the main actor."""
        rng = self.rng
        main = self.main
        if self.others and rng.random() < 0.5:
            guest = self.others[0]
            first = self.meeting(main, guest)
            headline = (
                f"{self.headline_name(main)} {rng.choice(v.HEADLINE_MEET)} "
                f"{self.headline_name(guest)} {_at(self.place)}"
            )
        else:
            topic = self.topic()
            verb = rng.choice(v.VERBS)[0]
            first = (
                f"{self.name(main, apposition=True)} {verb} {rng.choice(v.TIMES)} "
                f"{_at(self.place)} {with_prep(None, rng.choice(HEADS))} "
                f"{with_prep('di', topic)}{rng.choice(v.TAILS)}."
            )
            headline = f"{self.headline_name(main)} {rng.choice(v.HEADLINE_TOPIC)} {with_prep(None, topic)}"
        sentences = [capitalise(first)]
        sentences += [self.sentence() for _ in range(rng.randint(1, 3))]
        return headline, sentences

    def body(self, words: int) -> tuple[str, list[list[str]]]:
        """The headline and the paragraphs, as lists of sentences, about `words` long."""
        headline, lead = self.lead()
        paragraphs = [lead]
        count = sum(s.count(" ") + 1 for s in lead)
        while count < words:
            paragraph: list[str] = []
            for _ in range(self.rng.randint(3, 5)):
                paragraph.append(self.sentence())
                count += paragraph[-1].count(" ") + 1
                if count >= words:
                    break
            paragraphs.append(paragraph)
        return headline, paragraphs


def _plain_text(rng: random.Random, date: str, writer: _Writer, paragraphs: list[str]) -> str:
    """The newsroom's format, as in articles/: date line, optional dateline and closings."""
    dateline = ""
    if rng.random() < 0.45:
        place = writer.place.upper()
        if rng.random() < 0.6:
            dateline = f"{place} ({writer.countries[0].name.upper()}) (ITALPRESS/MNA) – "
        else:
            dateline = f"{place} (ITALPRESS) – "
    paragraphs = [f" date {date} {dateline}{paragraphs[0]}", *paragraphs[1:]]
    if rng.random() < 0.35:
        paragraphs.append(rng.choice(v.PHOTO_CREDITS))
    r = rng.random()
    if r < 0.4:
        paragraphs.append("(ITALPRESS).")
    elif r < 0.65:
        paragraphs.append(rng.choice(v.BYLINES))
    elif r < 0.75:
        paragraphs += [rng.choice(v.BYLINES), "(ITALPRESS)."]
    elif r < 0.85:
        paragraphs[-1] += " (ITALPRESS)."
    return "\n\n".join(paragraphs) + "\n"


def _markdown(
    rng: random.Random,
    date: str,
    writer: _Writer,
    headline: str,
    paragraphs: list[list[str]],
    index: int,
    slug: str,
) -> str:
    """Front matter with keys the Markdown reader allows, and a little formatting."""
    meta = [f"date: {date}"]
    title = rng.random()
    if title < 0.7:
        meta.append(f"title: {json.dumps(headline, ensure_ascii=False)}")
    if rng.random() < 0.3:
        ids = [writer.main.id, *(c.id for c in writer.countries[:1])]
        meta.append(f"actors: {json.dumps(ids)}")
    if rng.random() < 0.5:
        meta.append(f"source: {json.dumps(rng.choice(v.SOURCES), ensure_ascii=False)}")
    if rng.random() < 0.6:
        meta.append(f"url: https://example.org/{date[:4]}/{slug}-{index}")
    if rng.random() < 0.3:
        meta.append(f"summary: {json.dumps(paragraphs[0][0], ensure_ascii=False)}")
    if rng.random() < 0.2:
        meta.append(f"author: {json.dumps(rng.choice(v.BYLINES[:6]), ensure_ascii=False)}")

    blocks = [" ".join(p) for p in paragraphs]
    if len(paragraphs) > 2 and rng.random() < 0.6:
        sentences = list(paragraphs[1])
        k = rng.randrange(len(sentences))
        sentences[k] = f"**{sentences[k]}**"
        blocks[1] = " ".join(sentences)
    if rng.random() < 0.4:
        blocks[-1] += (
            f" Il testo integrale è nella [nota ufficiale](https://example.org/note/{index})."
        )
    if len(blocks) > 3 and rng.random() < 0.3:
        items = "\n".join(f"- {with_prep(None, writer.topic())};" for _ in range(3))
        blocks.insert(3, f"Tra i temi affrontati:\n\n{items[:-1]}.")
    if len(blocks) > 2 and rng.random() < 0.5:
        blocks.insert(2, f"## {rng.choice(v.SUBHEADINGS)}")
    if rng.random() < 0.2:
        blocks.append(f"> “{writer.fill(rng.choice(v.QUOTES))}”")
    if title >= 0.85:
        blocks.insert(0, f"# {headline}")
    return "---\n" + "\n".join(meta) + "\n---\n" + "\n\n".join(blocks) + "\n"


def write_article(plan: Plan, index: int) -> Draft:
    """Article number `index` of the corpus: the same text for the same plan and index."""
    rng = random.Random(f"digest-bench/{plan.seed}/{index}")
    day = dt.date.fromordinal(plan.first_day + rng.randrange(plan.days))
    month_only = rng.random() < MONTH_ONLY_SHARE
    markdown = rng.random() < MARKDOWN_SHARE
    date = day.isoformat()[:7] if month_only else day.isoformat()
    writer = _Writer(rng, plan.cast)
    headline, paragraphs = writer.body(rng.randint(440, 530))
    headline = capitalise(headline)
    slug = "-".join(slugify(headline).split("-")[:6])
    stem = f"{date}-{slug}-{index}"
    if markdown:
        text = _markdown(rng, date, writer, headline, paragraphs, index, slug)
        path = f"articles/{day.year}/{stem}.md"
    else:
        text = _plain_text(rng, date, writer, [" ".join(p) for p in paragraphs])
        path = f"articles/{day.year}/{stem}.txt"
    return Draft(path, text, day.year, markdown, month_only)
