"""What every article derives from its text, whatever its format: title, summary, counts."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Callable

from digest import lexicon
from digest.memo import per_text

TITLE_MAX = 90  # an editor's headline: the main clause, cut at a phrase boundary
SUMMARY_MAX = 300
WORDS_PER_MINUTE = 200

# A sentence ends at . ! ? or … (optionally closed by a quote or bracket) followed by a
# space and a capital letter or an opening quote; or, glued by a lost space, at a full stop
# between a word and a capitalised one ("al-Sarraj.Gentiloni ha spiegato").
# A sentence's end glued to the next sentence by a lost space or line break: "al-Sarraj.
# Gentiloni", "a rischio?Idf attacca" (a word of two letters or more before: not "S.p.A.").
GLUED_END = r"(?<=[a-zà-ÿ]{2}[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"
# (Quotations open and close with single marks too: "…denuclearizzazione. 'Il congelamento…")
_SENTENCE_END = re.compile(rf"(?<=[.!?…])[\"”»’')]*\s+(?=[\"“«‘'(]?[A-ZÀ-ÖØ-Þ])|{GLUED_END}")
# "sig. Rossi", "On. Meloni": abbreviations that end with a dot but do not end a sentence.
_ABBREVIATIONS = frozenset(
    "sig. sigg. dott. prof. on. sen. avv. ing. gen. col. magg. cap. mons. st. dr. mr. mrs. ms. n.".split()
)


# An article before a number with its dot makes it an ordinal ("la 58. Mostra"); a year
# ("nel 2019.") has four figures and ends its sentence.
_ORDINAL_ARTICLE = re.compile(
    r"(?:^|\s)(?P<article>il|la|al|alla|del|della|nel|nella|dal|dalla|sul|sulla)\s+$", re.I
)
_ORDINAL_LOOKBACK = 8  # characters: the article and its space


def _ordinal(word: str, before: str) -> bool:
    """ "alla 58. Esposizione", "il 76. Festival": a number with its dot after an article is
    an ordinal, not a sentence's end; but "per il 5. Il ministro…" may be a day of the month."""
    if not re.fullmatch(r"\d{1,3}\.", word):
        return False
    article = _ORDINAL_ARTICLE.search(before)
    return article is not None and (article["article"].lower().endswith("a") or int(word[:-1]) > 31)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of each sentence of a paragraph."""
    return list(_sentence_spans(text))


# A paragraph is split by the matcher (where an actor is first named), by the name analysis
# (where a name is reported, and again at each demonym) and by the reader: each split once.
@per_text(1024)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # The whole last word: "Pakistan." ends with "n." but is no abbreviation.
        # (rfind scans back from the end only as far as the last space: linear overall.)
        word_start = text.rfind(" ", start, match.start()) + 1 or start
        word = text[max(start, word_start) : match.start()].lstrip("(“\"«'’")
        if word.lower() in _ABBREVIATIONS or re.fullmatch(r"[A-ZÀ-ÖØ-Þ]\.", word):
            continue  # "sig." or an initial ("A. Munir"); "a." in lower case ends a sentence
        if _ordinal(word, text[max(start, word_start - _ORDINAL_LOOKBACK) : word_start]):
            continue
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


QUOTE_MAX = 300  # characters of a sentence quoted for an actor or in a finding


def sentence_at(spans: list[tuple[int, int]], position: int, length: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding `position`: a binary search, so quoting every
    name of a one-line article with thousands of sentences stays linear."""
    index = bisect.bisect_right(spans, (position, length + 1)) - 1
    if index >= 0 and spans[index][0] <= position < spans[index][1]:
        return spans[index]
    return (0, length)


def window(text: str, start: int, end: int, focus: int, limit: int = QUOTE_MAX) -> str:
    """Like `quote`, but the part kept is the one around `focus` (where a name is)."""
    sentence = text[start:end]
    if len(sentence.strip()) <= limit:
        return sentence.strip()
    half = limit // 2
    left = max(start, focus - half)
    right = min(end, left + limit)
    left = max(start, right - limit)
    piece = text[left:right]
    if left > start:
        piece = "…" + piece.split(" ", 1)[-1]
    if right < end:
        piece = piece.rsplit(" ", 1)[0] + "…"
    return " ".join(piece.split())


def first_sentence(text: str) -> str:
    spans = sentence_spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else text


def shorten(text: str, limit: int) -> str:
    """Cut at a word boundary to at most `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–—-") + "…"


def lead_of(paragraphs: list[str]) -> str:
    """The paragraph a title and summary are made from: the first that opens like a sentence.
    An aggregator's snippet cut mid-sentence (", nella notte, da parte dell'aviazione…")
    is kept in the body but is no lead."""
    for index, text in enumerate(paragraphs):
        if not _OPENS_MID_SENTENCE.match(text):
            # "…sbarcate in Italia”,¶Queste le parole del ministro…": a quotation whose
            # sentence goes on in the next paragraph, where its speaker is named.
            if _QUOTE_THEN_COMMA.search(text) and index + 1 < len(paragraphs):
                return f"{text} {paragraphs[index + 1]}"
            # '"Se Xi incontrasse i manifestanti, …".¶Così in un tweet il presidente…': a
            # paragraph that is all quotation, its speaker named in the next one.
            if _WHOLE_QUOTE.match(text) and index + 1 < len(paragraphs):
                return f"{text} {paragraphs[index + 1]}"
            # "Caro sindaco," over the letter: the salutation alone opens the letter's first
            # sentence, whose title drops it (`infer_title`)
            greeting = _GREETING.match(text)
            if greeting and greeting.end() == len(text) and index + 1 < len(paragraphs):
                return f"{text.rstrip()} {paragraphs[index + 1]}"
            return text
    return paragraphs[0] if paragraphs else ""


_QUOTE_THEN_COMMA = re.compile(r"[”»\"],\s*$")
_WHOLE_QUOTE = re.compile(r"^\s*[«“\"][^«»“”\"]{10,}[»”\"]\.?\s*$")


# A paragraph may open in lower case after a label ("18 GENNAIO - sabato 18 gennaio, …"),
# never on the punctuation that ends a clause.
_OPENS_MID_SENTENCE = re.compile(r"^\s*[,;:.)\]…]")


def infer_title(lead: str, first_names: frozenset[str] = frozenset(), *, scene: bool = True) -> str:
    """A headline made from the lead, as an editor writes one: its first sentence's main
    clause, without brackets, appositions, roles before names and the clauses around it, at
    most TITLE_MAX characters, cut at a phrase boundary and never on an article or a
    preposition. `first_names` ("donald", "luigi") tell where a name starts after a role
    whose complement is capitalised ("il ministro degli Esteri Luigi Di Maio"). `scene`:
    whether a verbless opening sentence may lead the news that follows (once: the news is
    titled without it, so a lead of many short sentences costs one more pass, not one per
    sentence)."""
    flat = " ".join(lead.split())
    if quoted := _quotation_title(flat):
        return quoted
    sentence = first_sentence(flat).strip()
    rest = flat[flat.find(sentence) + len(sentence) :].strip()
    # '"Arrestate Vladimir Putin". Con una decisione…, la Corte penale internazionale ha
    # emesso…': a slogan of a few words nobody is said to speak opens on the news, which
    # the next sentence tells.
    if (
        scene
        and _WHOLE_QUOTE.match(sentence)
        and len(sentence.split()) <= _SLOGAN_WORDS
        and has_verb(first_sentence(rest))
    ):
        return infer_title(rest, first_names, scene=False)
    # "Tragico disastro in Libano. Due potenti esplosioni hanno devastato il porto di
    # Beirut.": a lead that opens on a few words without a verb sets the scene; the news is
    # the next sentence, and the headline gives both ("Tragico disastro in Libano: due…").
    if (
        scene
        and (
            (len(sentence) <= _SCENE_MAX and not has_verb(sentence))
            # "L’economia italiana va meglio del previsto. Il Pil è cresciuto…", "Non era
            # mai stato fotografato. Oggi è apparsa la foto di un buco nero": a short
            # sentence that names no one and asks nothing is the lead's hook, not its news
            or (
                len(sentence) <= _HOOK_MAX
                and not _CAPITALISED_INSIDE.search(sentence)
                and not sentence.rstrip(" .").endswith("?")
            )
        )
        and not _QUOTE_OPEN.match(sentence)
        # the news has a verb; or, after a scene that has none, is a sentence at all ("Tutto
        # come da previsioni. Il presidente della Regione nomina…": "nomina" reads as a noun)
        and (
            has_verb(first_sentence(rest))
            or (not has_verb(sentence) and len(first_sentence(rest)) >= _NEWS_MIN)
        )
    ):
        setting = sentence.rstrip(" .!")
        news = infer_title(rest, first_names, scene=False)
        opener = news.split(" ", 1)[0].lower()
        # "…: l'ha annunciata Erdogan": an elided pronoun or article in lower case too
        if opener.rstrip("'’") in _LOWER_OPENERS or re.match(r"^l['’][a-zà-ù]", opener):
            # a shouted opener in lower case whole ("SU RAI1 …" → "su RAI1 …", not "sU")
            first, space, others = news.partition(" ")
            first = first.lower() if first.isupper() else first[:1].lower() + first[1:]
            news = first + space + others
        title = f"{setting}: {news}"
        if len(title) > TITLE_MAX:
            title = _cut(title, TITLE_MAX)
        # "Blocco di internet in Iran: uno stop per impedire che": news cut before its verb
        # says less than the scene alone.
        told = title[len(setting) + 1 :]
        if has_verb(told) or (not has_verb(sentence) and len(told) >= _NEWS_MIN):
            return _closed_quotes(_without_dangling(title.rstrip(" ,;:-–—")))
        return setting
    # "Cari concittadini, oggi la Asl…": the greeting of a letter or a message, not its news.
    if (greeting := _GREETING.match(sentence)) and len(sentence) - greeting.end() >= 30:
        sentence = sentence[greeting.end() :]
        sentence = sentence[:1].upper() + sentence[1:]
    # " (Lna)", " (l’unico governo riconosciuto dall’Onu)": asides; not "f(1)"
    sentence = re.sub(r"\s+\([^()]{1,120}\)", "", sentence)
    sentence = _without_asides(sentence)
    # "A quanto si apprende, la segreteria ha votato…", "Secondo quanto riporta l’Ansa, …":
    # how the news is known, which its headline does not say.
    if (known := _AS_REPORTED.match(sentence)) and len(sentence) - known.end() >= 30:
        sentence = sentence[known.end() :]
    # "Ore 13,10 - Alla fine del suo comizio…": a live page's entry opens on its hour
    if (hour := _LIVE_HOUR.match(sentence)) and len(sentence) - hour.end() >= 30:
        sentence = sentence[hour.end() :]
    # "Pochi minuti prima delle 2 del 29 giugno la nave Sea Watch 3 è attraccata…",
    # "Avvenuto nella notte tra il 15 e il 16 luglio 2016 il tentato golpe…": a when that
    # ends on a date, without a comma, before the subject's article.
    when = _WHEN_BEFORE_SUBJECT.match(sentence)
    if when and not has_verb(when["when"]) and has_verb(sentence[when.end() :]):
        sentence = sentence[when.end() :]
    segments = _segments(sentence.rstrip(" .;:"))
    if not segments:  # a lead of brackets and punctuation only: its own words, cut
        return shorten(lead, TITLE_MAX)
    title = _without_relative(_main_clause(segments, first_names)).strip()
    # "Ieri pomeriggio, quando la Centrale … era stata informata…, che dopo essersi fatto
    # consegnare 400 euro si era allontanato…": a sentence of subordinate clauses only has no
    # main clause to title; the next sentence tells the news.
    if title.split(" ", 1)[0].lower() in _RELATIVES and scene and has_verb(first_sentence(rest)):
        return infer_title(rest, first_names, scene=False)
    # "Il 10 settembre l'Etiopia ha annunciato…", "Sabato ci sono stati scontri…": the when
    # opens the lead, not the title.
    # "Oggi alle ore 13:30 la Asl…": a day, then its hour.
    while (when := _LEADING_TIME.match(title)) and when.end() and len(title) - when.end() >= 30:
        title = title[when.end() :]
    # "Intanto però il gas continua…": the words that tie the lead to what came before.
    if (tie := _CONNECTIVES.match(title)) and len(title) - tie.end() >= 30:
        title = title[tie.end() :]
    title = _without_roles(title, first_names)
    title = _without_inner_time(title)
    # "Erdogan ha detto che potrebbe mandare truppe": a headline writes "Erdogan: potrebbe…".
    if (
        (said := _SAID_THAT.search(title))
        and not has_verb(title[: said.start()])
        # "Mentre annuncia che…": a subordinate clause's verb, no speaker before it
        and (title[: said.start()].split() or ["se"])[0].lower() not in _CONJUNCTIONS
    ):
        # What was said names its people as the title does: "Peskov: Putin non terrà…".
        reported = _without_roles(title[said.end() :], first_names)
        title = f"{title[: said.start()]}: {reported}"
    title = title[:1].upper() + title[1:]
    whole = len(title) <= TITLE_MAX
    if not whole:
        title = _cut(_shorter_subject(title, first_names), TITLE_MAX)
    # A main clause kept whole may end on a number ("l'azzurro ha vinto gli altri due"); a
    # cut one may not ("sono morti due | civili").
    title = _closed_quotes(_without_dangling(title.rstrip(" ,;:-–—"), numbers=not whole))
    # "Per, dopo il 2019 da record (…), ma. È l'allarme…": a first sentence the page lost
    # words from leaves a title of a few words that ends on one no title ends on ("Per
    # ma"); the next sentence is whole.
    if scene and _unfinished_end((title.split() or [""])[-1]) and has_verb(first_sentence(rest)):
        return infer_title(rest, first_names, scene=False)
    return title


# A complement that may end a subject shortened: "I Carabinieri del Nucleo Operativo e
# Radiomobile | della Compagnia CC di Campobasso".
_SUBJECT_WORDS = 24  # words: where the predicate of a subject worth shortening starts
# (A whole word: "delegazioni" opens on "del", and is no complement.)
_SUBJECT_COMPLEMENT = re.compile(
    r"\s(?:(?:di|del|della|dello|dei|degli|delle)(?=\s)|dell['’](?=\w))"
)


_PURPOSE = re.compile(r"\s(?:per|pur di)\s+[a-zà-ù]+(?:are|ere|ire)(?:[a-z]{0,4})?\b")


def _shorter_subject(title: str, first_names: frozenset[str]) -> str:
    """ "I Carabinieri del Nucleo Operativo e Radiomobile della Compagnia CC di Campobasso
    hanno messo a segno un altro affondo" → "I Carabinieri del Nucleo Operativo e Radiomobile
    hanno messo…": a subject so long that cutting the title would leave no room for what it
    did loses its last complements, as an editor shortens it, keeping its first."""
    # The verb is looked for among the first words only: a subject longer than that is no
    # subject an editor shortens, and the search stays short whatever the input.
    words = title.split(" ")
    head = words[:_SUBJECT_WORDS]
    verb = next((i for i in range(1, len(head)) if has_verb(" ".join(head[: i + 1]))), len(words))
    # The predicate opens on its negation and its clitics: "… della Calabria | non sarà
    # approvato", "… di Casamicciola | non si terrà". A cut between them would drop "non"
    # with the last complement and turn the news around.
    while verb > 1 and verb < len(words) and words[verb - 1].lower() in _BEFORE_VERB:
        verb -= 1
    subject = " ".join(words[:verb])
    room = TITLE_MAX - _PREDICATE_ROOM - 1
    opening = words[0].lower()
    if (
        len(subject) <= room
        or verb == len(words)
        # a noun's phrase, not "Del 2016 alle 3.36…"; or a count ("Quarantaquattro dei 49…")
        or not (
            _ARTICLE_START.match(subject) or opening.isdigit() or opening in lexicon.NUMBER_WORDS
        )
        or re.search(r"[,;:«“\"()]", subject)
    ):
        return title
    # "Quarantaquattro dei 49 barchini soccorsi per arrivare sulla terraferma di Lampedusa
    # sono salpati": the purpose goes first, an infinitive's clause that the subject can lose
    if (purpose := _PURPOSE.search(subject)) and len(subject[: purpose.start()].split()) >= 3:
        return f"{subject[: purpose.start()]} {' '.join(words[verb:])}"
    ends = [m.start() for m in _SUBJECT_COMPLEMENT.finditer(subject)]
    kept = [end for end in ends[1:] if end <= room]  # the first complement stays
    # "Il Sindaco della Città di Lamezia Terme Mario Murone": never a person's name
    # … nor one whose first name we do not know ("di opposizione Rached Ghannouchi": two
    # capitalised words after a noun in lower case, not after a preposition, "della Ong Mare
    # Aperto"); nor the complement a locution needs ("da parte | degli Stati Uniti")
    dropped = subject[kept[-1] :] if kept else ""
    if (
        not kept
        or any(w.lower() in first_names for w in dropped.split())
        or _NAME_AFTER_NOUN.search(dropped)
        or _WANTS_COMPLEMENT.search(subject[: kept[-1]])
    ):
        return title
    # "Gli occhi dei principali partiti e | dei loro leader": a conjunction left by the cut
    # goes with the complement it joined.
    shorter = re.sub(r"\s+(?:e|ed|o|od)$", "", subject[: kept[-1]])
    return f"{shorter} {' '.join(words[verb:])}"


_RELATIVES = frozenset("che cui".split())
# words that stand between a subject and its verb as part of the predicate
_BEFORE_VERB = frozenset("non né ne si ci mi ti vi li lo la le gli ce se me te ve già mai".split())
_NAME_AFTER_NOUN = re.compile(
    r"\s(?!(?:di|del|della|dello|dei|degli|delle|da|dal|dalla|dai|a|al|alla|in|nel|nella|su|sul"
    r"|sulla|per|tra|fra|con|e|ed)\s)[a-zà-ù]+\s[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,3}$"
)
_WANTS_COMPLEMENT = re.compile(
    r"\b(?:da|dalla|per|dalle) parte\s*$|\ba causa\s*$|\bnei confronti\s*$"
)
_SCENE_MAX = 35  # characters of a verbless sentence that opens a lead on its scene
_HOOK_MAX = 45  # characters of a sentence with a verb that may be a lead's hook
_NEWS_MIN = 40  # characters of the sentence after a verbless scene: news, not another scene
_CAPITALISED_INSIDE = re.compile(r"(?<=[\s'’(«“\"])[A-ZÀ-Ý]")  # a name after the first word
_SLOGAN_WORDS = 5  # words of a quotation that opens a lead on its effect
_RELATIVE_INSIDE = re.compile(r"\s(?:che|cui|il quale|la quale|i quali|le quali)\s")

_DASH = re.compile(r"\s+[-–—]\s+")
_ASIDE_MAX = 80  # characters of an aside between dashes inside a clause
_LONG_ASIDE_MAX = 200  # … and of one that closes an opening subordinate clause


def _without_asides(sentence: str) -> str:
    """The sentence without its asides between dashes: "la Corte - con una maggioranza di
    due a uno - spicca" → "la Corte spicca". After an opening subordinate clause the aside
    also stands for the comma that closes it, however long it runs: "Se ha ragione lui – il
    presidente della Camera …, uomo della Cirenaica … – la Libia è" → "Se ha ragione lui, la
    Libia è", which leaves the main clause to the title."""
    dashes = list(_DASH.finditer(sentence))
    opening = sentence.split()[:1]
    opens_subordinate = bool(opening) and opening[0].lower() in _STRONG_SUBORDINATE
    pieces, cursor, index = [], 0, 0
    while index + 1 < len(dashes):
        first, second = dashes[index], dashes[index + 1]
        aside = sentence[first.end() : second.start()]
        if len(aside) <= _ASIDE_MAX:
            pieces += [sentence[cursor : first.start()], " "]
        elif opens_subordinate and index == 0 and len(aside) <= _LONG_ASIDE_MAX:
            pieces += [sentence[cursor : first.start()], ", "]
        else:
            index += 1
            continue
        cursor = second.end()
        index += 2
    return "".join([*pieces, sentence[cursor:]])


# Never "E’" (è): a connective is a word of its own.
_GREETING = re.compile(
    r"^(?:car[aeio]|carissim[aeio]|gentil[ei]|egregi[oe]|buongiorno|buonasera)\b[^,.!?:;]{0,60}[,!:]\s*",
    re.I,
)
_LIVE_HOUR = re.compile(r"^(?:ore\s+)?(?:[01]?\d|2[0-3])[.:,][0-5]\d\s*[-–—]\s+", re.I)
_AS_REPORTED = re.compile(
    r"^(?:(?:a|secondo|da|stando a|per) quanto (?:si )?|come (?:si )?)"
    r"(?:apprende|è appreso|appreso|riferito|riferisce|riferiscono|riporta|riportano|riportato|"
    r"scrive|scrivono|emerge|risulta|spiega|spiegano|rende noto|annuncia|annunciato|"
    r"comunica|comunicato|reso noto|si legge)\b[^,;:]{0,60},\s*",
    re.I,
)
_CONNECTIVES = re.compile(
    r"^(?:(?:intanto|però|ma|e|ed|quindi|dunque|poi|infatti|inoltre|tuttavia|insomma|ebbene|"
    r"anzi|comunque|ora|ecco che)(?=[\s,])[\s,]*)+",
    re.I,
)


def _quotation_title(lead: str) -> str | None:
    """'"Abbiamo preparato un pacchetto molto duro", ha detto l'Alto rappresentante Josep
    Borrell.' → 'Borrell: "Abbiamo preparato un pacchetto molto duro"': a lead that opens on
    a quotation, titled as headlines title one, with the speaker's surname. None when the
    lead does not open on a quotation or names no speaker soon after it."""
    opening = _QUOTE_OPEN.match(lead)
    if opening is None:
        return None
    close = {"«": "»", "“": "”", '"': '"'}[opening[1]]
    end = lead.find(close, opening.end())
    if end < 0 or end - opening.end() < 10:
        return None
    quote = lead[opening.end() : end].strip().rstrip(",")
    quote = first_sentence(quote).strip()  # a quotation of several sentences: its first
    # "Giorgia Meloni lo ha detto a proposito del caso di Ilaria Salis": the name before
    # the reporting verb is the speaker's, not the name after it.
    speaker = _near(_SPEAKER_BEFORE, lead, end + 1) or _near(_SPEAKER, lead, end + 1)
    if speaker is None:
        return None
    name = speaker["name"]
    # "ha detto il ministro degli Esteri, Enzo Moavero Milanesi,": the capitals were the
    # role's complement; the name stands after the comma.
    if apposition := _APPOSITION_NAME.match(lead, speaker.end()):
        name = apposition["name"]
    elif _ROLE_GOES_ON.match(lead, speaker.end()) and (
        later := _APPOSITION_NAME.search(lead, speaker.end(), speaker.end() + _ROLE_TAIL)
    ):
        # "Così l’Alto rappresentante Ue per la politica estera, Josep Borrell,": the
        # capitals were inside the role, which goes on in lower case to the name.
        name = later["name"]
    # "Di Maio", "von der Leyen": the surname with its particles
    words = name.split()
    start = len(words) - 1
    while start > 0 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    surname = " ".join(words[start:])
    title = f"{surname}: {opening[1]}{quote.rstrip('.')}{close}"
    if len(title) > TITLE_MAX:
        title = _closed_quotes(_cut(title[:-1], TITLE_MAX - 1))
    return title


def _near(pattern: re.Pattern[str], lead: str, start: int) -> re.Match[str] | None:
    """The pattern's first match that starts within _SPEAKER_WINDOW characters of `start`,
    read to its end in the whole lead: the window's edge never cuts a name ("ha detto
    Dec|aro")."""
    found = pattern.search(lead, start, start + _SPEAKER_WINDOW)
    return found and pattern.match(lead, found.start())


_QUOTE_OPEN = re.compile(r"^\s*([«“\"])")
_APPOSITION_NAME = re.compile(
    r",\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|von|der|de|di)\s+)?[A-Z][\w'’-]+){1,3})"
    r"(?=\s*[,.;:)]|\s+[a-zà-ù])"
)
_ROLE_GOES_ON = re.compile(r"\s+[a-zà-ù]")
_ROLE_TAIL = 60  # characters from capitals inside a role to the name after its comma
_SPEAKER_WINDOW = 160  # characters after the quotation where its speaker is named
# "…», ha detto il ministro degli Esteri Antonio Tajani", "Così il presidente Mario Draghi":
# a reporting word, then (after a role in lower case, and its "di …" complements) the name.
_SPEAKER = re.compile(
    r"(?:\b(?:ha|hanno)\s+(?:detto|dichiarato|affermato|scritto|spiegato|aggiunto|annunciato|"
    r"sottolineato|ribadito|commentato|twittato|avvertito|assicurato)|\bdice|\bafferma|\bspiega|"
    r"\bscrive|\bsottolinea|\bannuncia|\b[Cc]osì|\blo definisce|\bla definisce|\bha esordito|"
    r"\b(?:[Qq]ueste|[Ss]ono)\s+le\s+parole|"
    # "Ad affermarlo su Twitter è il ministro…", "A dirlo è…"
    r"\b[Aa]d?\s+(?:affermarlo|dirlo|dichiararlo|scriverlo|spiegarlo|annunciarlo|"
    r"sottolinearlo|ribadirlo|sostenerlo|parlare)(?:\s+[\w'’]+){0,4}?\s+è)"
    r"(?:\s+(?:[a-zà-ù'’]+|[a-zà-ù]*['’]\w+|[A-Z][a-z]+(?=\s+[a-z])),?){0,8}?"
    r"\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|von|der|de|di)\s+)?[A-Z][\w'’-]+){0,3})"
    # "Così su Telegram il presidente…": a name an article follows is where, not who
    r"(?![\w'’-]|\s+(?:il|lo|la|i|gli|le|l['’]|un|una)\s)"
)


# ". Giorgia Meloni lo ha detto…", "», Mario Rossi l’ha scritto": a name, then the reporting
# verb with its pronoun (the name after it is someone the speaker spoke of).
_SPEAKER_BEFORE = re.compile(
    r"(?:^|[.,;:»”\"]\s+|\s)(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|von|der|de|di)\s+)?"
    r"[A-Z][\w'’-]+){0,3})\s+(?:lo|l['’])\s*(?:ha|aveva)\s+(?:detto|dichiarato|affermato|scritto|"
    r"spiegato|sottolineato|ribadito|annunciato|twittato)\b"
)


# Words that open a clause an editor leaves out of a title ("Se …, Ankara è pronta").
_SUBORDINATE = frozenset(
    """se qualora quando mentre dopo prima secondo piuttosto anziché nonostante benché sebbene poiché perché
    dato visto vista visti viste considerato considerata considerati considerate
    durante malgrado pur come in a al alla allo ai agli alle nel nella nei negli
    nelle dal dalla dai con per tra fra su sul sulla dopo ieri oggi stamane stasera
    nell dall all sull""".split()
)
_VERBISH = re.compile(
    # not after "un'", an article only: "un'era" is an age
    r"(?<!\bun['’])\b(?:è|ha|hanno|sono|sarà|saranno|era|erano|aveva|avevano|fu|viene|vengono|"
    r"sta|stanno|può|possono|deve|devono|dice|dicono|afferma|ha detto)\b"
    r"|\be['’](?=\s)",  # "E' fallito": the accent typed as an apostrophe
    re.I,
)
# "…, approvata ieri, …"; and the irregular ones that open an absolute clause ("…, vista la
# grave criticità prevista, ha disposto": what was seen, not what was done).
# "insediatosi dopo le elezioni": with its pronoun too
_PARTICIPLE = re.compile(
    r"^(?:\w+(?:at|ut|it)[oaie](?:si)?|vist[oaie]|pres[oaie]|attes[oaie])\b", re.I
)
_GERUND = re.compile(r"^\w+(?:ando|endo)\b", re.I)
# ("aver", "esser", "far": an infinitive cut short, as in "dopo aver intercettato"; an
# infinitive in "-rre" is "porre", "trarre", "condurre", while "soccorre", "occorre" are the
# present of "-correre")
_NOT_FINITE = re.compile(
    r"(?:[aiu]t[oaie]|[aeiu]ndo|[aei]re|(?<!co)rre|[aei]rsi|[aei]rne|(?<=\w)[aei]r)$"
)


@functools.cache
def finite_verb(word: str) -> bool:
    """ "devono", "ha", "chiede": a verb form that can carry a clause (simplemma's Italian
    lemmas: the form of a verb that is not its infinitive, participle or gerund)."""
    form = _verb_form(word)
    if form is None:
        return False
    lowered, lemma = form
    return (
        not _NOT_FINITE.search(lowered) and not _irregular_participle(lowered, lemma)
    ) or _present_in_t(lowered, lemma)


def _verb_form(word: str) -> tuple[str, str] | None:
    """The word in lower case and its verb's infinitive, when the dictionary reads it as a
    form of a verb ("ospita": "ospitare"); None when it does not."""
    lowered = word.lower().strip("«»“”\"'‘’.,;:!?()")
    if len(lowered) < 2 or not lowered.isalpha():
        return None
    lemma = lexicon.lemmatize(lowered)
    if lemma == lowered or not lemma.endswith(("are", "ere", "ire", "rre")):
        return None
    return lowered, lemma


# The endings of irregular past participles: "detto", "messo", "visto", "aperto", "scelto",
# "vinto", "introdotto", "chiusa". Not "-se": "decise", "prese", "disse" are also the
# simple past, which carries a clause.
_IRREGULAR_ENDING = re.compile(r"(?:tt|st|nt|lt|rt)[oaie]$|s[oai]$")
# What follows a verb's stem in its presents and imperfects: "mette", "costa", "sentono".
_STEM_ENDINGS = frozenset("a o i e ano ono iamo ava avano eva evano iva ivano".split())


def _irregular_participle(word: str, lemma: str) -> bool:
    """ "introdotto" (introdurre), "messo" (mettere), "fatto" (fare): a participle that is
    not its verb's stem and a regular ending, so _NOT_FINITE does not see it; "mette",
    "costa", "resto" are that verb's stem and a present's ending."""
    if not _IRREGULAR_ENDING.search(word):
        return False
    stem = lemma[:-3]
    return not (word.startswith(stem) and word[len(stem) :] in _STEM_ENDINGS)


def participle(word: str) -> bool:
    """ "approvata", "insediatosi", "introdotto", "vista": a past participle, regular or
    not."""
    if _PARTICIPLE.match(word.lower().strip("«»“”\"'‘’.,;:!?()")):
        return True
    form = _verb_form(word)
    return form is not None and _irregular_participle(*form)


def _present_in_t(word: str, lemma: str) -> bool:
    """ "ospita", "invita", "evita", "vota", "aiuta": a present whose stem ends in "t", which
    the participle's ending ("-ato", "-ita", "-uto") hides; the participle is the stem with
    that ending ("ospitata", "salita"), the present is the stem with a vowel."""
    if not lemma.endswith("are") or not _NOT_FINITE.search(word):
        return False
    stem = lemma[:-3]
    return stem.endswith("t") and word[len(stem) :] in ("a", "ano")


def _after_clitic(before: str, word: str) -> bool:
    """ "lo accusa", "si dice", "ne parla": a pronoun that only stands before a verb (an
    article "lo" never stands before a vowel: "l’accusa")."""
    before = before.lower()
    if not word.isalpha() or not word.islower():
        return False
    return before in _CLITICS or (before == "lo" and word[0] in "aeiouàèéìòù")


_CLITICS = frozenset("si ci ne mi ti vi li".split())


def _opens_on_verb(segment: str) -> bool:
    words = segment.split()
    return len(words) > 1 and _before_article(words[0], words[1])


def _before_article(word: str, after: str) -> bool:
    """ "accusa i capi": a word that an article follows directly is a verb, unless it is a
    preposition, a conjunction, a quantifier or an adverb ("contro il", "tutti i",
    "solamente la"). A noun is never followed by an article but where a time phrase opens a
    lead ("il 29 giugno la nave"): so this is asked only right after a subject."""
    lowered = word.lower()
    return (
        after.lower() in _ARTICLES
        and word.isalpha()
        and word.islower()
        and len(lowered) > 3
        and lowered not in DANGLING
        and lowered not in OPENERS
        and lowered not in _NOT_VERBS
        and not lowered.endswith("mente")
        # "conquistare il controllo": an infinitive, a participle or a gerund carries no
        # clause of its own
        and not _NOT_FINITE.search(lowered)
    )


_ARTICLES = frozenset("il lo la i gli le un uno una".split())
# Prepositions, quantifiers and adverbs that an article may follow.
_NOT_VERBS = frozenset(
    """tutti tutte tutto tutta entrambi entrambe verso contro senza presso sopra sotto dietro
    dentro fuori lungo tramite mediante attraverso solo soltanto quasi appunto oppure nonché
    circa oltre prima dopo durante secondo mentre tranne eccetto salvo fino insieme accanto
    intorno attorno davanti vicino lontano riguardo rispetto ovvero ossia cioè ecco anche
    ancora già più meno molto poco tanto quanto come però quindi pure persino perfino
    dunque infatti inoltre tuttavia""".split()
)


def has_auxiliary(text: str) -> bool:
    """ "ha scritto", "sono stati", "può": a clause, told by its commonest verbs alone."""
    return bool(_VERBISH.search(text))


def has_verb(text: str) -> bool:
    """A finite verb in `text`. A capitalised word inside it is a name ("Affari Esteri"),
    never a verb."""
    words = text.split()
    return bool(_VERBISH.search(text)) or any(
        (finite_verb(w) or (i > 0 and _after_clitic(words[i - 1], w)))
        for i, w in enumerate(words)
        if (i == 0 or not w[:1].isupper())
        # "il controllo", "della capitale", "su richiesta": after an article or a
        # preposition a word is a noun, never a finite verb ("richiesta" is also a form of
        # "richiedere")
        and not (i and words[i - 1].lower() in _DETERMINERS)
        and not _ELIDED_ARTICLE.match(w)
        and not _six(w, words[i + 1] if i + 1 < len(words) else "")
    )


_INFINITIVE = re.compile(r"(?:are|ere|ire|rre)$")


def participle_predicate(text: str) -> bool:
    """ "Bilancio approvato dal consiglio", "Arrestato un uomo per rapina": a headline whose
    predicate is a past participle, its auxiliary left out as headlines do. After an article
    or a preposition the participle is a noun ("il risultato", "dello Stato"), and so is a
    capitalised one inside the line ("il Senato"), and so is one the dictionary gives as a
    noun of its own ("Lunga telefonata tra i due")."""
    words = text.split()
    return any(
        participle(w)
        and _INFINITIVE.search(lexicon.dictionary().get(w.lower().strip("«»“”\"'‘’.,;:!?()"), ""))
        and (i == 0 or not w[:1].isupper())
        and not (i and words[i - 1].lower() in _DETERMINERS)
        and not _ELIDED_ARTICLE.match(w)
        for i, w in enumerate(words)
    )


def _six(word: str, after: str) -> bool:
    """ "Sei giorni dopo…", "sei mesi": the number before a plural noun, not "you are"
    ("sei stato", "sei il primo")."""
    return (
        word.lower() == "sei"
        and after.isalpha()
        and after.islower()
        and after.endswith(("i", "e"))
        and after not in DANGLING
        and not participle(after)
    )


# Articles and articulated prepositions: the word after one is a noun, whatever else it
# could be ("il controllo", "della volta", "dei governi"). Not "lo", "la", "le", "gli",
# which are pronouns too ("lo accusa").
_DETERMINERS = frozenset(
    """il i un uno una di ad da in con su per tra fra del dello della dei degli delle al allo alla ai agli alle
    dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul sullo sulla sui sugli
    sulle""".split()
)
_ELIDED_ARTICLE = re.compile(r"^(?:l|un|dell|all|dall|nell|sull)['’]", re.I)  # "l’accordo"
# An article is a word of its own or elided onto the next: "I" opens "Instagram" too.
_ARTICLE_START = re.compile(r"^(?:(?:il|lo|la|i|gli|le|un|uno|una)\s+|(?:l|un)['’]\s*)", re.I)
# Words that open sentences and are never part of a name: adverbs, conjunctions,
# prepositions of time and manner, days ("Durante l’attacco…", "Almeno 40 morti", "Lunedì").
# A capitalised one is capitalised for its place: it starts a sentence run into a headline
# (digest.readers.copy) and names no one (digest.names).
# Words that, just before a name, say it names a person ("il ministro Belousov"): the
# names' module reads them there, and titles read a role's head noun with them.
PERSON_TITLES = frozenset(
    """
generale maresciallo feldmaresciallo colonnello ammiraglio comandante capo ministro
ministra viceministro sottosegretario presidente presidentessa vicepresidente premier
primo leader portavoce segretario segretaria ambasciatore ambasciatrice inviato inviata
deputato deputata senatore senatrice sindaco sindaca governatore re regina principe emiro
sceicco sultano papa cardinale monsignor don padre sig signor signora dottor dottoressa
professor professoressa avvocato avvocata giudice procuratore direttore direttrice
fondatore figlio figlia fratello sorella moglie marito vice signore cancelliere
cancelliera zar ayatollah imam mullah commissario commissaria guardasigilli
contrammiraglio viceammiraglio capitano tenente sheikh sceik onorevole vescovo arcivescovo
patriarca rabbino magistrato pm
viceministra sottosegretaria vicesindaco vicesindaca assessore assessora consigliere
consigliera rettore rettrice prefetto questore vicequestore europarlamentare eurodeputato
eurodeputata parlamentare capogruppo omologo omologa
avv on dott dr prof ing sen gen col mons sig arch geom
""".split()
)
OPENERS = frozenset(
    """
    durante secondo dopo mentre intanto ieri oggi domani stamattina stamani stamane stanotte stasera
    persino perfino lì là
    ma però anche così quando dove poi infatti inoltre tuttavia nonostante malgrado già
    ancora proprio nel nella nei negli nelle sul sulla sui sugli sulle dalle dagli almeno
    finora sempre ecco accanto quindi dunque pertanto oltre anzi ormai soprattutto circa
    forse neanche nemmeno neppure purtroppo insomma perciò cioè ossia ovvero oppure bensì appena
    subito ciò adesso se qualora perché poiché benché sebbene
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    si ci non
    """.split()
    # (the clitics and the negation, "… cinque i morti Si cercano i dispersi": never a
    # name's word, capitalised only where a sentence opens)
)
# Titles never end on these: articles, prepositions, conjunctions, auxiliaries, determiners.
DANGLING = frozenset(
    """il lo la i gli le l un uno una di a da in con su per tra fra del dello della dei degli
    delle al allo alla ai agli alle dal dallo dalla dai dagli dalle nel nello nella nei negli
    nelle col sul sullo sulla sui sugli sulle e ed o od ma che se come perché mentre quando
    dove anche non è ha hanno sono stato stata si ci ne mi ti vi gli due tre quattro cinque
    sei sette otto nove dieci cui quale quali fino dopo durante verso contro senza presso
    tramite mediante entro ad attraverso lungo oltre sopra sotto dentro fuori tranne
    tutta ogni qualche ciascun ciascuna nessun nessuna quel quei quegli""".split()
    # (the last line: determiners a noun must follow, "in tutta | Italia: nel mirino…")
    # and the elided ones, their apostrophe set aside: "capo di Stato dell’ | Algeria"
    + "dell all dall nell sull coll quell d".split()
)


# Words that open the news after a scene's colon in lower case ("…Libano: due esplosioni",
# "…Polonia: si registra"), where a name keeps its capital ("…Tunisia: Kais Saied").
_LOWER_OPENERS = (
    DANGLING
    | OPENERS
    | frozenset("si questa questo questi queste uno l un dall nell sull all dell".split())
    # quantities: "…Papam: pochi minuti dopo le 18", "…Lampedusa: centinaia di migranti"
    | frozenset(
        """pochi poche molti molte alcuni alcune tutti tutte nessuno decine centinaia migliaia
        milioni oltre circa""".split()
    )
)


_DECIMAL = re.compile(r"\d,\d")  # "il 74,22%": a decimal comma parts no clauses


def _segments(sentence: str) -> list[str]:
    """The sentence split at commas that stand outside quotes and brackets."""
    segments, depth, quote, start = [], 0, False, 0
    for index, char in enumerate(sentence):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char in "«“":
            depth += 1
        elif char in "»”":
            depth = max(0, depth - 1)
        elif char == '"':
            quote = not quote
        elif char == "," and not depth and not quote and not _DECIMAL.match(sentence, index - 1):
            segments.append(sentence[start:index].strip())
            start = index + 1
    segments.append(sentence[start:].strip())
    return [s for s in segments if s]


def _name_like(segment: str) -> bool:
    """ "Khalifa Haftar", "il generale Asim Munir": a name, or a title and a name."""
    words = _ARTICLE_START.sub("", segment).split()
    capitals = [w for w in words if w[:1].isupper()]
    return (
        0 < len(words) <= 8
        and len(capitals) >= max(1, len(words) - 3)
        # A name ends on one of its words: "Instagram e Whatsapp pressoché inaccessibili"
        # is the rest of a list and its predicate.
        and words[-1].strip("»”\"')")[:1].isupper()
        and not _VERBISH.search(segment)
    )


# A leading segment that only says when: a weekday, a time word, "quindi".
_WHEN = frozenset(
    """lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi domani stamattina
    stamane stasera stanotte quindi poi dunque intanto""".split()
)
_MONTH = r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)"
_LEADING_TIME = re.compile(
    rf"^(?:(?:il|l['’])\s*\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?\b"
    # "Nella notte tra mercoledì 15 e giovedì 16 dicembre", "In serata", "Nel pomeriggio di ieri"
    r"|(?:nella|in|nel)\s+(?:notte|mattinata|serata|giornata|pomeriggio|tarda serata|prima mattinata"
    r"|primo pomeriggio|tardo pomeriggio|prima serata|tarda mattinata|tarda notte)"
    # … "Nel pomeriggio del 18 ottobre", "Nel tardo pomeriggio del 23 febbraio 2026"
    rf"(?:\s+(?:di|del|tra|fra)\s+(?:[^,.;]{{0,40}}{_MONTH}(?:\s+\d{{4}})?|ieri|oggi|\w+dì|sabato|domenica)\b)?"
    # "Nel fine settimana più di cento persone…", "Lo scorso weekend": the week's end
    r"|(?:nel|durante\s+il|questo|lo\s+scorso)\s+(?:fine\s+settimana|week[- ]?end)\b"
    # "È il 9 ottobre 2019, il presidente…": the when as a sentence of its own.
    rf"|(?:è|era)\s+(?:il|l['’])\s*\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?\b"
    # "Da luglio a settembre, il Pil…", "Tra gennaio e marzo 2024 le vendite…": a span of months
    rf"|(?:da|tra|fra)\s+{_MONTH}(?:\s+\d{{4}})?\s+(?:a|e)\s+{_MONTH}(?:\s+\d{{4}})?\b"
    # "Questa domenica le tensioni…", "Questa mattina il governo…"
    r"|quest[oa'’]\s*(?:mattina|sera|notte|pomeriggio|settimana|lunedì|martedì|mercoledì|giovedì|"
    r"venerdì|sabato|domenica)\b"
    r"|(?:ieri|oggi|stamattina|stamane|stasera|stanotte|lunedì|martedì|mercoledì|giovedì|venerdì|"
    rf"sabato|domenica)(?:\s+(?:sera|mattina|notte|pomeriggio|scorso|scorsa))?(?:\s+\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)?"
    # … not a day that is the subject: "Domenica di fuoco in provincia di Trapani"
    r"(?!\s+(?:di|del|della|dei|delle)\s)"
    # "Alle 13:30 la Asl…", "Intorno alle ore 8": the hour; "Alle 12 locali" by the clock
    # of the place the news is from, "Alle ore 4.30 italiane" by Italy's
    r"|(?:alle|verso le|intorno alle|poco dopo le|poco prima delle)\s+(?:ore\s+)?\d{1,2}(?:[:.]\d{2})?\b"
    r"(?:\s+(?:locali|italiane|ora\s+locale|ora\s+italiana)\b)?"
    # "Il pomeriggio del 15 settembre", "La sera di sabato": a part of a day named by its day
    rf"|(?:il|la)\s+(?:notte|mattina|mattinata|sera|serata|giornata|pomeriggio)\s+(?:di|del)\s+"
    rf"(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|ieri|oggi|\w+dì|sabato|domenica)\b"
    # "…, ora locale,": the clock the when is told by, a segment of its own
    r"|ora\s+(?:locale|italiana)\b)"
    r"[\s,]*",
    re.I,
)
_WHEN_BEFORE_SUBJECT = re.compile(
    rf"^(?P<when>[^,.;:«“\"]{{0,80}}?\b\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)\s+"
    r"(?=(?:il|lo|la|i|gli|le|un|una)\s+[a-zà-ù]|l['’][a-zà-ù])",
    re.I,
)
_SPAN_OF_TIME = re.compile(
    rf"\b(?:secondi|minuti|ore|giorni|settimane|mesi|anni|decenni|secoli|dopo|fa|prima|{_MONTH})\b",
    re.I,
)
# "Due uomini di 34 e 35 anni": an age, no span of time
_AGE = re.compile(r"\bdi\s+\d{1,3}(?:\s+e\s+\d{1,3})?\s+anni\b", re.I)
_AGE_APPOSITION = re.compile(r"\d{1,3}\s+anni(?:\s+compiuti)?", re.I)
_NUMBERS = frozenset(
    "due tre quattro cinque sei sette otto nove dieci dodici venti cento mille".split()
)
_STRONG_SUBORDINATE = frozenset(
    "se qualora quando mentre nonostante benché sebbene poiché secondo malgrado".split()
)


# Adverbs that stress the conjunction after them: "anche se", "solo quando", "pur se".
_STRESSING = frozenset("anche pure pur solo soltanto proprio neanche nemmeno".split())

# Subordinating conjunctions: the clause they open has its own verb ("Se", "Mentre").
_CONJUNCTIONS = _STRONG_SUBORDINATE - {"nonostante", "secondo", "malgrado"}  # not prepositions


def _predicate(segment: str, index: int) -> bool:
    """A segment that holds a clause's verb: one with a finite verb, or one after the first
    that opens on a word in lower case that is no article, preposition or conjunction
    ("marcia verso Tripoli" after "Mentre l'uomo forte della Cirenaica, il generale …")."""
    if has_verb(segment):
        return True
    opener = re.split(r"['’]", segment.split()[0])[0]
    return (
        index > 0
        and opener.islower()
        and not _ARTICLE_START.match(segment)
        and opener not in _SUBORDINATE
        and opener not in DANGLING
    )


def _tally_item(segment: str) -> bool:
    """ "284 contrari", "15 astensioni e 7 schede nulle": a figure and what it counts."""
    words = segment.split()
    return bool(words) and (words[0][:1].isdigit() or words[0].lower() in _NUMBERS)


# Where the subject opens after a tally run into it: "… e 7 schede nulle il Parlamento"
_SUBJECT_AFTER_TALLY = re.compile(r"\s(?:il|lo|la|i|gli|le|l['’])\s*(?=[A-ZÀ-Ý])")


def _main_clause(segments: list[str], first_names: frozenset[str] = frozenset()) -> str:
    """The segments of the main clause, joined: without a clause that leads into it, the
    appositions inside it and the clause that trails it."""
    while len(segments) > 1:
        lead = segments[0]
        rest = ", ".join(segments[1:])
        if len(rest) < 30 or lead[:1] in "«“\"'‘":
            break  # a quotation opening the lead is what the lead is about
        first = re.split(r"['’]", lead.split()[0].lower())[0]  # "nell’est" → "nell"
        # "Anche se la Conferenza … ha confermato la data, non è certo che…": a conjunction
        # after the adverb that stresses it opens the same clause.
        if first in _STRESSING and len(lead.split()) > 1:
            first = lead.split()[1].lower()
        if first in _STRONG_SUBORDINATE:
            # "Se …, Ankara è pronta"; "Mentre l'uomo forte della Cirenaica, il generale
            # Khalifa Haftar, marcia verso Tripoli, il premier…": the clause runs to its verb.
            verb = next((i for i, s in enumerate(segments) if _predicate(s, i)), 0)
            if (
                first in _CONJUNCTIONS
                and verb + 1 < len(segments)
                and len(", ".join(segments[verb + 1 :])) >= 30
            ):
                segments = segments[verb + 1 :]
            else:
                segments = segments[1:]
            continue
        # A when or a connective opening the segment goes: "Ieri il presidente turco, …"
        # keeps its subject; "Sabato 18 gennaio, quindi …, la Corte" loses both segments.
        when = _LEADING_TIME.match(lead) or re.match(
            r"^(?:quindi|poi|dunque|intanto|infine)\b[\s,]*", lead, re.I
        )
        if when:
            lead = lead[when.end() :].strip()
            if not lead:
                segments = segments[1:]
                continue
            segments = [lead, *segments[1:]]
            first = lead.split()[0].lower()
        # "Spazzato via da una slavina…, i soccorritori hanno lavorato": a participle and its
        # agent open the sentence; the main clause follows.
        if _PASSIVE_OPENING.match(lead) and has_verb(rest) and _ARTICLE_START.match(segments[1]):
            segments = segments[1:]
            continue
        # "Arrivato a Roma nella serata di ieri, il presidente…", "Persuaso che le probabilità
        # siano esigue, Netanyahu ha deciso…": a participle opens a clause of its own (its
        # subject is the main clause's), which ends at the comma before that subject.
        opening, _, after = lead.partition(" ")
        if (
            participle(opening)
            # its own words have no verb, or a clause of their own: "Persuaso che … siano"
            and (not has_verb(after) or after.split()[:1] in (["che"], ["di"]))
            and _SUBJECT_OPENS.match(segments[1])
            and has_verb(segments[1])
        ):
            segments = segments[1:]
            continue
        # "Tre giorni dopo, il ministro…", "10 anni fa, …": a number opens a when; not
        # "Due incendi, uno all’interno di una serra, …", which is the news itself
        counted = (first.isdigit() or first in _NUMBERS) and bool(
            _SPAN_OF_TIME.search(_AGE.sub("", lead))
        )
        adverbial = first in _SUBORDINATE or counted
        # "Con una decisione che era nell'aria…": a relative clause inside the circumstance
        # does not make it the main clause.
        core = _RELATIVE_INSIDE.split(lead, maxsplit=1)[0]
        if adverbial and not has_verb(core) and has_verb(rest):
            # "Per la prima volta dalla fine dell’apartheid l’African National Congress, il
            # movimento di Nelson Mandela, ha perso…": the circumstance ends on the subject,
            # whose apposition follows; the subject stays.
            subject = _TRAILING_SUBJECT.search(lead)
            # "A scrutinio ultimato Silvia Salis, candidata del centrosinistra, è eletta…":
            # a person's name, first name first, with a role after it, ends it too
            person = _TRAILING_NAME.search(lead)
            if person and person[0].split()[0].lower() in first_names:
                subject = person
            if (
                subject
                and len(segments) > 2
                and (
                    _ARTICLE_START.match(segments[1])
                    or (subject is person and segments[1][:1].islower())
                )
                and not has_verb(segments[1])
            ):
                # without its article, as headlines name ("African National Congress ha
                # perso"), and no role for the apposition's name to follow
                segments = [_ARTICLE_START.sub("", subject[0]), *segments[1:]]
                break
            segments = segments[1:]  # "In un discorso al Paese, il primo ministro…"
            # "Con la maggior parte delle schede scrutinate, raccolte in 44 giorni, che…, le
            # elezioni sanciscono": the circumstance's own asides go with it.
            while (
                len(segments) > 1
                and (participle(segments[0].split()[0]) or segments[0].split()[0].lower() == "che")
                and has_verb(", ".join(segments[1:]))
            ):
                segments = segments[1:]
            # "Con 401 voti a favore, 284 contrari, 15 astensioni e 7 schede nulle il
            # Parlamento europeo ha riconfermato…": a tally's items go with the circumstance
            # that opened it, up to the subject (its comma may be missing)
            while (
                len(segments) > 1
                and _tally_item(segments[0])
                and not has_verb(segments[0])
                and has_verb(", ".join(segments[1:]))
            ):
                segments = segments[1:]
            if _tally_item(segments[0]) and (subject := _SUBJECT_AFTER_TALLY.search(segments[0])):
                head, tail = segments[0][: subject.start()], segments[0][subject.start() :]
                if not has_verb(head) and has_verb(tail):
                    segments = [tail.strip(), *segments[1:]]
            # "Dopo la visita del presidente del Consiglio europeo, Charles Michel, questa
            # mattina arrivano…": the name in apposition to what the circumstance named.
            # "Negli ultimi giorni a Kinshasa, capitale della Repubblica Democratica del
            # Congo, ci sono stati scontri": what the place it ended on is, in apposition.
            # … but not the first of a list of names that is the subject ("Vista
            # l'emergenza, Fim, Fiom, Uilm ritengono…").
            if (
                len(segments) > 1
                and not _subject_list(segments)
                and (
                    (_name_like(segments[0]) and _proper_name(segments[0]))
                    or _apposition_of_place(lead, segments)
                )
            ):
                segments = segments[1:]
            continue
        break
    # Appositions: a name between commas after the noun it names ("Il presidente egiziano,
    # Abdul-Fattah Al Sisi, ha dichiarato"), or closing the sentence; insertions ("…, tra cui
    # 4 civili, …", "…, che da nord combattono…, sono"): the words around them join without
    # the commas. A clause that trails the main one (a gerund, a relative, "…, segnala la
    # Cnn") ends the title.
    # "Fim, Fiom, Uilm ritengono necessario…": a list of names is the subject, its last
    # name running into the verb; none of them is in apposition to the one before.
    if listed := _subject_list(segments):
        segments = [", ".join(segments[: listed + 1]), *segments[listed + 1 :]]
    title = segments[0]
    joiner = ", "
    if (
        len(segments) > 2
        and not _role(title)
        and _ARTICLE_START.match(title)
        and not has_auxiliary(title)
        and _proper_name(segments[1])
        and len(segments[1].split()) >= 2
        and _opens_finite(segments[2])
    ):
        # "Il figlio del dittatore libico ucciso 10 anni fa, Saif Al-Islam Gheddafi, ha
        # presentato…": who the subject is, named in apposition to the words that describe
        # them, is what the title says ("Saif Al-Islam Gheddafi ha presentato…")
        title = segments[1]
        segments = segments[1:]
        joiner = " "
    elif len(segments) > 2 and _role(title) and _proper_name(_without_role(segments[1])):
        # "Il ministro della Difesa russo, Sergej Shoigu, ha compiuto 67 anni": role and name
        # run together, as headlines write them, when the predicate keeps its room; "Il primo
        # ministro ad interim del governo di Unità nazionale libico, Abdul Hamid Dbeibeh, è
        # arrivato": the name alone, which says who.
        room = TITLE_MAX - len(title) - len(segments[1]) - 2
        predicate = len(", ".join(segments[2:]))
        # "Gli accordi sul gas firmati dal presidente del Consiglio, Giorgia Meloni, …": what
        # a person signed or leads is the subject, never left for the name of its agent
        both = room >= min(_PREDICATE_ROOM, predicate) or _led_by(title)
        title = f"{title} {segments[1]}" if both else segments[1]
        segments = segments[1:]
        joiner = " "
    # "È morto da soldato, il presidente ciadiano Idriss Déby, difendendo…": a clause that
    # opens on its verb has its subject after it, between commas, which stays.
    first_word = title.split()[0] if title.split() else ""
    subject_after = bool(_VERBISH.fullmatch(first_word)) or finite_verb(first_word)
    object_next = in_subordinate = named = after_gerund = False
    skip = 0
    for index, segment in enumerate(segments[1:], start=1):
        last = index == len(segments) - 1
        if skip:  # a segment already joined to the title
            skip -= 1
            continue
        if object_next:
            title = f"{title} {segment}"
            object_next = False
            joiner = ", "
            continue
        if named:  # the name already stands for its role
            named = False
            joiner = " "
            continue
        # "…ha contattato il ministro dell’Interno, Matteo Piantedosi, per discutere", "…e lo
        # sfidante del centrosinistra, Pasquale Tridico, tra il 35,5…": a headline names the
        # person, not the role the name is in apposition to.
        if _proper_name(segment) and (role := _ROLE_CLOSING.search(title)) and _named_role(role):
            title = _name_for_role(title, role, segment)
            joiner = " "
            continue
        following = segments[index + 1] if not last else ""
        if (
            _proper_name(following)
            and (role := _ROLE_CLOSING.search(segment))
            and _named_role(role)
            and role.start()
        ):
            title = f"{title}{joiner}{_name_for_role(segment, role, following)}"
            named = True
            continue
        # "…puntati soprattutto su Verona, Parma e Catanzaro": the rest of a list of names
        # that the title ends on, not a name in apposition.
        # … a predicate's: "Circa 250 migranti, provenienti da Senegal, Camerun e Nigeria,
        # sono stati recuperati" is a subject and its aside, whose verb follows.
        if (
            (run := _list_tail(segments[index : index + _LIST_MAX]))
            and _TRAILING_CAPITAL.search(title)
            and has_verb(title)
            and not has_verb(", ".join(run))
        ):
            title = ", ".join([title, *run])
            skip = len(run) - 1
            joiner = ", "
            continue
        # "Schifani ha presentato alla stampa, a Palazzo d’Orleans, la nuova Giunta": a
        # circumstance between the verb and its object goes; the object stays.
        if (
            not last
            and _opens_circumstance(segment)
            and not has_verb(segment)
            # right after the verb's own segment, which has no object yet
            and has_verb(segments[index - 1])
            and not _opens_circumstance(segments[index - 1])
            and _ARTICLE_START.match(segments[index + 1])
            and not has_verb(segments[index + 1])
            # an object, not a when ("la sera del 27 settembre") or a name's role
            and not _TIME_NOUN.match(_ARTICLE_START.sub("", segments[index + 1]))
            and not _proper_name(_without_role(segments[index + 1]))
        ):
            object_next = True
            continue
        # "La guerra commerciale tra Stati Uniti e Cina, con il nuovo aumento dei dazi…, non
        # sembra fermarsi": a circumstance between the subject and its verb goes.
        if (
            not last
            and _opens_circumstance(segment)
            and not has_verb(segment)
            and not has_verb(title)
            # not "Uno stop per impedire che, a un mese dalla repressione, sui social…": a
            # clause the circumstance interrupts is no subject
            and title.split()[-1].lower() not in _CLAUSE_WORDS
            and not _ARTICLE_START.match(segments[index + 1])
            and _predicate(segments[index + 1], index + 1)
        ):
            joiner = " "
            continue
        if subject_after and _name_like(segment) and not _INSERTION.match(segment):
            title = f"{title}, {segment}"
            subject_after = False
            continue
        opener = segment.split()[0].lower()
        subordinate = bool(_GERUND.match(segment)) or opener in (
            "che",
            "dove",
            "mentre",
            "il cui",
            "la cui",
        )
        # "Tempo di elezioni anche in Brasile, dove oltre 150 milioni di persone sono
        # chiamate alle urne": a lead without a verb of its own tells its news in the
        # clause of place that follows, which the title keeps.
        if opener == "dove" and not has_verb(title) and has_verb(segment):
            # … naming its people as a title does ("dove Yoon Suk-yeol ha dichiarato")
            clause = _without_roles(segment[len(opener) :].lstrip(), first_names)
            title = f"{title}{joiner}{opener} {clause}"
            joiner = ", "
            in_subordinate = False
            continue
        trails = subordinate or _REPORTING.match(segment)
        if len(title) >= 30 and last and trails and has_auxiliary(title):
            break
        # "Chiusura in calo per lo spread tra Btp e Bund, che si attesta a 301 punti": a
        # relative clause trailing a lead without a verb adds to a headline already whole
        # (as "dove…" does not: there the news is the clause's, above); cut, it ended on its
        # verb ("…Claudio Descalzi, che incontra").
        if len(title) >= 30 and last and opener == "che" and not has_verb(title):
            break
        # A clause of cause or concession ends the title even after a predicate without a
        # verb: "Email, Instagram e Whatsapp pressoché inaccessibili, perché i sistemi…".
        if len(title) >= 30 and opener in _TRAILING_CONJUNCTIONS:
            break
        # "Alexei Navalny, il dissidente e oppositore russo, è morto": a role after a name;
        # "le tensioni, controllate da uno e rivendicate dall'altro, sono": a participle's aside.
        # "Il primo ministro libico Fayez al Serraj, capo del governo di accordo nazionale,
        # ha incontrato": a role after a name (a role before it too), with or without article.
        role_after_name = (
            not last
            and _proper_name(_without_role(title))
            and (_role(segment) or (segment[:1].islower() and not has_verb(segment)))
            # "Prigozhin, accusa i capi della Difesa": a word an article follows is the verb
            and not _opens_on_verb(segment)
        )
        aside = not last and participle(segment.split()[0]) and not has_auxiliary(segment)
        # "Kais Saied, 66 anni, è stato rieletto": a person's age, in apposition to the name
        aside = aside or (not last and bool(_AGE_APPOSITION.fullmatch(segment)))
        # "…nella giornata di oggi, domenica 2 ottobre": a day in apposition to a when
        when_only = (when := _LEADING_TIME.match(segment)) is not None and not segment[
            when.end() :
        ].strip(" ,")
        # "…in India, dove la coalizione non solo va confermando i seggi, ma guadagna…": the
        # clause joined to a dropped subordinate one is part of it.
        continues_dropped = in_subordinate and opener in COORDINATING
        if (
            (_name_like(segment) and (not last or len(title) >= 30))
            or _INSERTION.match(segment)
            # "La questione, hanno affermato le fonti del governo, non si può risolvere": who
            # said it, between the subject and its verb
            or (not last and _REPORTING.match(segment) and _predicate_follows(title, following))
            or (subordinate and not last)
            or role_after_name
            or aside
            or continues_dropped
            or when_only
        ):
            in_subordinate = (subordinate and not last) or continues_dropped
            after_gerund = bool(_GERUND.match(segment))
            joiner = " "
            continue
        in_subordinate = False
        # "Il leader … Rached Ghannouchi, è stato arrestato": a comma the copy set between a
        # subject that ends on a name and its verb, which no sentence has; the title runs
        # them together
        if (
            joiner == ", "
            and _ARTICLE_START.match(title)
            and not has_verb(title)
            and _opens_finite(segment)
            and _TRAILING_NAME.search(title)
        ):
            joiner = " "
        # "Hanno protestato in strada, esponendo striscioni…, hanno fatto lezione": a clause
        # of its own after the dropped one keeps its comma.
        if after_gerund and has_verb(title) and _opens_finite(segment):
            joiner = ", "
        title = f"{title}{joiner}{segment}"
        joiner = ", "
    return title


def _predicate_follows(subject: str, following: str) -> bool:
    """A subject without its verb, and the verb in the segment after the one between them:
    "La questione | hanno affermato le fonti | non si può risolvere"; not "Imran Khan | ha
    dichiarato l'inizio delle proteste | che si svolgeranno…", where the verb was between."""
    opener = following.split()[0].lower() if following.split() else ""
    return (
        not has_verb(subject)
        and has_verb(following)
        and not _GERUND.match(following)
        and opener not in ("che", "dove", "mentre", "cui", "quando", "e", "ed", "ma")
    )


def _apposition_of_place(circumstance: str, segments: list[str]) -> bool:
    """After a circumstance that ends on a name ("a Kinshasa"), a segment in lower case
    without a verb that opens no circumstance of its own ("capitale della Repubblica…"),
    before a verb."""
    return (
        bool(_TRAILING_CAPITAL.search(circumstance))
        and segments[0][:1].islower()
        and not has_verb(segments[0])
        and not _opens_circumstance(segments[0])
        and has_verb(", ".join(segments[1:]))
    )


_NAME_WORDS = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}"  # a name of a list: "Fiom"
_LIST_NAME = re.compile(rf"^{_NAME_WORDS}$")
_LIST_END = re.compile(rf"^{_NAME_WORDS}\s+(?:e|ed)\s+{_NAME_WORDS}[.;:]?$")
_TRAILING_CAPITAL = re.compile(r"(?:^|\s)[A-ZÀ-Ý][\w'’-]*$")


_LIST_MAX = 6  # segments: the rest of a list a title may end on


# The last name of a list that is a sentence's subject, its verb after it: "Uilm ritengono",
# "Fiom e Uilm chiedono".
_LIST_LAST = re.compile(rf"^{_NAME_WORDS}(?:\s+(?:e|ed)\s+{_NAME_WORDS})?\s+(?=[a-zà-ù])")


def _subject_list(segments: list[str]) -> int:
    """How many segments after the first make, with it, a list of names that is the
    subject: names alone, then one whose name runs into its verb ("Fim", "Fiom", "Uilm
    ritengono…"); 0 when they do not."""
    for end, segment in enumerate(segments[:_LIST_MAX]):
        if (
            end
            and (last := _LIST_LAST.match(segment))
            and finite_verb(segment[last.end() :].split()[0])
        ):
            return end
        if not _LIST_NAME.match(segment):
            return 0
    return 0


def _list_tail(segments: list[str]) -> list[str]:
    """The segments that close a list of names ("Parma", "Bari e Catanzaro"): names alone,
    the last joined by "e"; empty when they do not."""
    for end, segment in enumerate(segments[:_LIST_MAX]):
        if _LIST_END.match(segment):
            return segments[: end + 1]
        if not _LIST_NAME.match(segment):
            return []
    return []


def _opens_finite(segment: str) -> bool:
    first = segment.split()[0] if segment.split() else ""
    return bool(_VERBISH.fullmatch(first)) or (first.islower() and finite_verb(first))


# A role that closes a clause, its article or articulated preposition first: "il ministro
# dell’Interno", "al rappresentante speciale dell'Unione europea", "lo sfidante del
# centrosinistra". The name in apposition after it takes its place in a title.
_ROLE_CLOSING = re.compile(
    r"(?:(?<=\s)|^)(?P<article>(?:il|lo|la|i|gli|le|(?:a|da|su|ne|de)(?:l|llo|lla|i|gli|lle))\s+|"
    r"(?:l|all|dall|sull|nell|dell)['’])(?P<head>[a-zà-ù]+)(?P<rest>(?:\s+[\w'’-]+){0,8})$",
    re.I,
)
_ROLE_PREPOSITION = {"a": "a", "d": "da", "s": "su", "n": "in"}  # "al" → "a", "dall’" → "da"
_ROLE_NOUNS = PERSON_TITLES | frozenset("rappresentante sfidante candidato candidata".split())
_ROLE_CLOSING_MAX = 80  # characters: a role, not a clause that happens to end on a noun


def _named_role(role: re.Match[str]) -> bool:
    return (
        role["head"].lower() in _ROLE_NOUNS
        and len(role[0]) <= _ROLE_CLOSING_MAX
        and not has_verb(role["rest"])
    )


def _name_for_role(text: str, role: re.Match[str], name: str) -> str:
    """ "…ha contattato il ministro dell’Interno" + "Matteo Piantedosi" → "…ha contattato
    Matteo Piantedosi"; "al rappresentante speciale" → "a Miroslav Lajcak"."""
    article = role["article"].lower().rstrip("'’ ")
    preposition = ""
    if article not in ("il", "lo", "la", "i", "gli", "le", "l"):
        # "della", "dell’" → "di": the preposition stays, its article goes
        preposition = "di " if article.startswith("de") else f"{_ROLE_PREPOSITION[article[0]]} "
    return f"{text[: role.start()]}{preposition}{name}"


_CLAUSE_WORDS = DANGLING | frozenset("che se quando perché come dove mentre".split())
# A clause's subject opening a segment: an article ("il presidente"), or a name ("Benjamin
# Netanyahu ha deciso").
_SUBJECT_OPENS = re.compile(
    r"^(?:(?:il|lo|la|i|gli|le|un|uno|una)\s+|(?:l|un)['’]\s*|[A-ZÀ-Ý][\w’'-]+\s+(?:[A-ZÀ-Ý]|[a-zà-ù]))",
)
_PASSIVE_OPENING = re.compile(
    r"^\w+(?:at|ut|it)[oaie]\s+(?:\w+\s+){0,2}?(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])(?=[\s\w])",
    re.I,
)
COORDINATING = frozenset("ma e ed o oppure però bensì anzi".split())


# Words that open a circumstance set off by commas inside a clause ("…, a Palazzo Chigi,",
# "…, e sicuramente in accordo con Salvini,").
_CIRCUMSTANCE_OPENERS = frozenset(
    """a ad al alla allo ai agli alle in nel nella nello nei negli nelle con per tra fra su sul
    sulla durante dopo prima ieri oggi stamane stamattina da dal dalla davanti presso e ed
    anche insieme""".split()
)


_TIME_NOUN = re.compile(
    r"(?:sera|serata|notte|mattina|mattinata|giorno|giornata|pomeriggio|settimana|mese|anno|"
    r"vigilia|domenica|sabato|\w+dì)\b",
    re.I,
)


def _opens_circumstance(segment: str) -> bool:
    words = segment.split()
    return bool(words) and re.split(r"['’]", words[0].lower())[0] in _CIRCUMSTANCE_OPENERS


# A subject at the end of a circumstance: an article, then capitalised words ("… dalla fine
# dell’apartheid l’African National Congress").
_TRAILING_SUBJECT = re.compile(
    r"(?<![\w’'])(?:(?:il|lo|la|i|gli|le)\s+|l['’])"
    r"[A-ZÀ-Ý][\w’'-]*(?:\s+(?:[A-ZÀ-Ý][\w’'-]*|di|del|della|dei|degli|delle))*$"
)
_TRAILING_NAME = re.compile(r"(?<=\s)[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,3}$")
_TRAILING_CONJUNCTIONS = frozenset("perché poiché affinché benché sebbene giacché".split())
_PREDICATE_ROOM = 40  # characters a title keeps for what the subject did


def _role(segment: str) -> bool:
    """ "Il primo ministro di Israele", "La presidente della Commissione europea": a subject
    that names a role, with no verb."""
    return bool(_ARTICLE_START.match(segment)) and not has_verb(segment) and len(segment) <= 120


def _without_role(segment: str) -> str:
    """ "il generale Asim Munir" → "Asim Munir"."""
    role = _ROLE_BEFORE_NAME.match(segment + " x")  # the pattern wants a word after the name
    return segment[role.end() :] if role and not has_verb(role[0]) else segment


def _without_roles(title: str, first_names: frozenset[str]) -> str:
    """ "Il presidente degli Stati Uniti Donald Trump e il presidente russo Vladimir Putin
    hanno avuto…" → "Donald Trump e Vladimir Putin hanno avuto…": a headline names people
    without their roles, which the lead has room for."""
    title = title[_role_end(title, first_names) :]
    pair = re.match(rf"^((?:{_CAPS}\s+(?:(?:al|el|bin|von|der|de|di)\s+)?){{1,3}})(e|ed)\s+", title)
    if pair and _proper_name(pair[1].strip()):
        rest = title[pair.end() :]
        if end := _role_end(rest, first_names):
            title = f"{title[: pair.end()]}{rest[end:]}"
    return title


_CAPS = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
# A role's complement in capitals: "degli Stati Uniti", "dell’Interno", "della Difesa".
_COMPLEMENT = re.compile(r"^(?:di|del|dello|della|dei|degli|delle|dell['’]|d['’])", re.I)


def _role_end(text: str, first_names: frozenset[str]) -> int:
    """Where the name starts after the role that opens `text`; 0 when no role opens it. "il
    presidente turco Recep Tayyip Erdogan ha" → at "Recep"; "il presidente degli Stati Uniti
    Donald Trump ha" → at "Donald", one of `first_names`. "Il
    segretario di Stato Antony Blinken" keeps its role when the name's first word is unknown:
    where "di Stato" ends is not known then."""
    text = _role_lowered(text)
    role = _ROLE_BEFORE_NAME.match(text)
    if (
        role
        and not has_verb(role[0])
        and role[0].split()[-1].lower() not in DANGLING
        and not _led_by(role[0])
        and _a_persons_role(role[0])
    ):
        # "il presidente Usa Joe Biden", "il presidente Ucraino Vladimyr Zelenskiy": the
        # role's complement in capitals, then the name, which a first name opens or a word
        # of the language before a name of two words shows
        complement = re.match(
            r"([A-Z][\w'’-]*)\s+([A-Z][\w'’-]*)(\s+[A-Z][\w'’-]*)?\s", text[role.end() :]
        )
        if (
            complement
            and complement[1].lower() not in first_names
            and (
                complement[2].lower() in first_names
                or (complement[3] and lexicon.is_known(complement[1].lower()))
            )
        ):
            return role.end() + complement.start(2)
        return role.end()
    if not _ARTICLE_START.match(text):
        return 0
    words = list(re.finditer(r"[^\s’']+(?:['’](?=\S))?|['’]", text))
    tokens = [w[0] for w in words]
    i = 1 if tokens[0].lower() in ("il", "lo", "la", "i", "gli", "le") else 0
    first = i  # the role's head noun
    role_words = 0
    while i < len(tokens) and tokens[i][:1].islower() and role_words < 8:
        i += 1
        role_words += 1
    # "il ministro degli Esteri", "il capo della compagnia militare privata russa Wagner": a
    # complement opened by a preposition, its adjectives in lower case.
    if role_words == 0 or i >= len(tokens):
        return 0
    if not any(t.lower() in _PREPOSITIONS for t in tokens[max(0, i - role_words) : i]):
        return 0
    # tokens[i:] opens with the capitalised complement, then the name, then the verb
    end = i
    while end < len(tokens) and (tokens[end][:1].isupper() or tokens[end] in NAME_PARTICLES):
        end += 1
    if end >= len(tokens) or not tokens[end][:1].islower():
        return 0
    if not _a_persons_role(text[: words[i].start()]):
        return 0  # "la sentenza per l’ex sindaco di | San Giovanni Incarico"
    for start in range(i + 1, end - 1):
        if tokens[start].lower() in first_names and tokens[start][:1].isupper():
            # the role's head noun may look like a verb ("il capitano"): the words after it
            if has_verb(text[words[min(first + 1, start)].start() : words[start].start()]):
                return 0
            return words[start].start()
    return 0


# "Il Primo Ministro indiano Narendra Modi", "Il Presidente Rocca": a role that some copy
# capitalises, read as the same role in lower case (its words only: "Il Movimento per la
# Libertà", "La Guida Suprema" keep their capitals).
_CAPITALISED_ROLE = re.compile(r"^(?:[Ii]l|[Ll]a|[Ll]o|[Ll]['’])\s*((?:[A-Z][a-z]+\s+){1,3})")


def _role_lowered(text: str) -> str:
    """`text` with the capitalised title words that open it after their article in lower
    case (the same length: offsets into it are offsets into `text`)."""
    if not (opening := _CAPITALISED_ROLE.match(text)):
        return text
    words = opening[1].split()
    count = next((i for i, w in enumerate(words) if w.lower() not in PERSON_TITLES), len(words))
    if count == 0:
        return text
    end = opening.start(1) + len(" ".join(words[:count]))
    return f"{text[: opening.start(1)]}{text[opening.start(1) : end].lower()}{text[end:]}"


_PREPOSITIONS = frozenset("di del dello della dei degli delle dell' dell’ d' d’".split())
_AGENT = frozenset("da dal dallo dalla dai dagli dalle dall' dall’".split())


def _a_persons_role(words: str) -> bool:
    """ "il presidente turco", "l’ex premier britannico", "il capo dello Stato": a person's
    title before the first preposition; not "la sentenza per l’ex sindaco di [San Giovanni
    Incarico]", whose head is no person's."""
    head = re.split(
        r"\s(?:di|del|della|dello|dei|degli|delle|dell['’]|per|a|al|alla|da|dal|con|in|su)\s", words
    )[0]
    return any(w in PERSON_TITLES or w in _PERSON_NOUNS for w in re.split(r"[\s'’]+", head.lower()))


# Words for people that are no titles ("l’oppositore russo Alexei Navalny", "il cantante
# Marco Mengoni"): the title names the person without them, as it does without a title.
_PERSON_NOUNS = frozenset(
    """oppositore oppositrice dissidente attivista giornalista scrittore scrittrice cantante
    attore attrice calciatore calciatrice allenatore allenatrice tecnico imprenditore
    imprenditrice economista candidato candidata magnate miliardario miliardaria rapper
    regista pilota tennista campione campionessa studente studentessa medico ricercatore
    ricercatrice sacerdote militante esponente fondatrice amministratore amministratrice
    ad ceo manager capitano bomber fuoriclasse artista poeta poetessa filosofo storico
    scienziato scienziata astronauta uomo donna ragazzo ragazza bambino bambina""".split()
)


def _led_by(words: str) -> bool:
    """ "il governo guidato dal presidente", "la coalizione sostenuta dal premier": a body
    that a person leads, no role of theirs; its name is the subject, not the person's."""
    tokens = words.lower().split()
    return any(
        participle(word) and (after in _AGENT or after.startswith(("dall'", "dall’")))
        for word, after in itertools.pairwise(tokens)
    )


def _proper_name(segment: str) -> bool:
    """ "Abdul Hamid Dbeibeh", "Recep Tayyip Erdogan", "Ursula von der Leyen": capitalised
    words, with the particles of names."""
    words = segment.split()
    return (
        1 <= len(words) <= 5
        and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)
        and words[0][:1].isupper()
    )


# The particles of names, in lower case ("Di Maio", "von der Leyen", "bin Salman").
NAME_PARTICLES = frozenset("al el bin ben ibn abu von van der de di del da dos la le".split())
# "il presidente statunitense Donald Trump ha proclamato": a role in lower case before the
# name; the title keeps the name ("Donald Trump ha proclamato").
# One person's role: a singular article ("Gli studenti del liceo Quasimodo di Magenta", "I
# carabinieri della Compagnia di Bari" name a school and a unit, not a person).
_ROLE_BEFORE_NAME = re.compile(
    r"^(?:[Ii]l|[Ll]o|[Ll]a|[Ll]['’])\s*(?:[a-zà-ù'’]+\s+){1,5}?"
    r"(?=(?:[A-Z][\w'’-]+\s+(?:(?:al|el|bin|von|der|de|di)\s+)?){1,3}[A-Z][\w'’-]+(?:\s+[a-zà-ù]|:))"
)
# "Blinken ieri ha dovuto", "ha incontrato mercoledì scorso a Bengasi": the when is the
# lead's, not the title's; "la Libia di oggi" keeps it (after a preposition it is a noun).
_INNER_TIME = re.compile(
    r"(?P<before>\S+)\s+(?:ieri|oggi|stamane|stamattina|stasera|stanotte|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)"
    r"(?:\s+(?:sera|mattina|pomeriggio|notte|scors[oa]|prossim[oa]))?(?P<after>,?)(?=\s)"
    r"(?!\s+(?:e|o)\s)"  # "oggi e domani": a span of days, which the title keeps
    r"(?!\s+(?:quando|che|come)\b)"  # "Sembra ieri quando…": the day is what is told
    r"(?!\s+\d)"  # "giovedì 5 febbraio": a date, which the title keeps whole
    # "l'ultimo sabato di agosto": a day that a complement names is a noun, not a when
    r"(?!\s+(?:di|del|dello|della|dei|degli|delle|dell['’])\b)",
    re.I,
)


# "hanno soccorso la scorsa notte un barchino", "è stato arrestato nel pomeriggio di ieri
# dai carabinieri": a when of several words inside the clause, which a headline leaves to
# the lead (the words around it stay as they were).
_INNER_WHEN = re.compile(
    r"(?<=\s)(?:"
    r"(?:la|lo)\s+scors[oa]\s+(?:notte|settimana|mattina|sera|fine\s+settimana|weekend)"
    r"|(?:questa|stamattina|ieri|oggi)\s+(?:mattina|sera|pomeriggio|notte)"
    r"|quest['’]oggi|in\s+(?:tarda\s+)?(?:serata|mattinata|nottata)"
    r"|(?:nella|nel)\s+(?:tarda\s+|prima\s+)?(?:notte|mattinata|serata|giornata|pomeriggio)"
    r"(?:\s+(?:di|del)\s+(?:ieri|oggi|domenica|sabato|\w+dì))?"
    r"|nei\s+giorni\s+scorsi|nelle\s+scorse\s+ore|nelle\s+ultime\s+ore"
    r")(?!\s+(?:di|del|della|dei|delle)\b)(?=\s+[\w«“\"])",
    re.I,
)


def _without_inner_time(title: str) -> str:
    quoted = _quoted_when_asked(title)

    def drop(match: re.Match[str]) -> str:
        before = match["before"]
        if before.lower() in _DANGLING_NOT_AUXILIARY or quoted()[match.end("before")]:
            return match[0]  # "“Anche oggi non abbiamo…”": a quotation keeps its words
        if before.endswith(",") and match["after"]:
            return before[:-1]  # "garante, sabato scorso, di un accordo": the aside goes whole
        if before.endswith((":", ";")):
            return before  # "passa per Parigi: martedì, a tre mesi…": the colon stays alone
        return before + match["after"]

    title = _INNER_TIME.sub(drop, title)
    quoted = _quoted_when_asked(title)

    def drop_phrase(match: re.Match[str]) -> str:
        # "da ieri notte", "tra il pomeriggio di ieri e questa mattina", "convocato per questa
        # mattina": a when a preposition or a conjunction governs is the clause's own
        word = title[title.rfind(" ", 0, match.start() - 1) + 1 : match.start()].strip()
        if word.lower() in DANGLING or quoted()[match.start()]:
            return match[0]
        return ""

    return re.sub(r"\s{2,}", " ", _INNER_WHEN.sub(drop_phrase, title))


_AUXILIARIES = frozenset("è ha hanno sono".split())
_DANGLING_NOT_AUXILIARY = DANGLING - _AUXILIARIES


def _quoted_when_asked(text: str) -> Callable[[], list[bool]]:
    """`_quoted(text)`, made at the first question: a pass over every character of the
    title, which a title without a time to drop never needs."""
    return functools.cache(lambda: _quoted(text))


def _quoted(text: str) -> list[bool]:
    """For each position of `text` (and its end), whether a quotation opened before it is
    still open: one pass, so asking at every match stays linear."""
    inside, guillemets, curly, straight = [], 0, 0, False
    for char in text:
        inside.append(guillemets > 0 or curly > 0 or straight)
        if char == "«":
            guillemets += 1
        elif char == "»":
            guillemets -= 1
        elif char == "“":
            curly += 1
        elif char == "”":
            curly -= 1
        elif char == '"':
            straight = not straight
    inside.append(guillemets > 0 or curly > 0 or straight)
    return inside


_SAID_THAT = re.compile(
    # "la Asl mi ha comunicato che": the one told, a clitic before the verb
    r",?\s+(?:(?:mi|ci|ti|vi|gli|le)\s+)?(?:ha|hanno)\s+(?:detto|comunicato|scritto|aggiunto|dichiarato|affermato|annunciato|spiegato|sottolineato|"
    r"assicurato|ribadito|avvertito|fatto sapere|reso noto|ammesso|confermato|precisato|"
    r"chiarito|sostenuto|denunciato|riferito)(?:\s+che\s+|\s*:\s*)(?=\S)"
    # "I rappresentanti del centrodestra ricordano che…": the same verbs in the present
    r"|,?\s+(?:(?:mi|ci|ti|vi|gli|le)\s+)?(?:dice|dicono|comunica|comunicano|scrive|scrivono|"
    r"aggiunge|aggiungono|dichiara|dichiarano|afferma|affermano|annuncia|annunciano|"
    r"spiega|spiegano|sottolinea|sottolineano|assicura|assicurano|ribadisce|ribadiscono|"
    r"avverte|avvertono|fa sapere|fanno sapere|rende noto|rendono noto|ammette|ammettono|"
    r"conferma|confermano|precisa|precisano|chiarisce|chiariscono|sostiene|sostengono|"
    r"denuncia|denunciano|riferisce|riferiscono|ricorda|ricordano)\s+che\s+(?=\S)"
)


_INSERTION = re.compile(
    r"^(?:tra cui|tra i quali|tra le quali|fra cui|compres[oaie]|inclus[oaie]|in particolare|"
    r"a quanto pare|a quanto si apprende|come (?:riferisce|riporta|spiega|scrive))\b",
    re.I,
)
_REPORTING = re.compile(
    r"^(?:(?:ha|hanno)\s+(?:detto|dichiarato|spiegato|affermato|riferito|sottolineato|scritto|"
    r"annunciato|aggiunto|fatto sapere|reso noto)|segnala|riferisce|riporta|riportano|dice|dicono|"
    r"afferma|spiega|sottolinea|scrive|annuncia|aggiunge|fa sapere|secondo)\b",
    re.I,
)


def _without_relative(title: str) -> str:
    """ "Le navi delle ong che intendono svolgere soccorsi in acque libiche devono essere
    autorizzate": a relative clause between subject and main verb, without commas, goes."""
    words = title.split()
    if not words or not _ARTICLE_START.match(title):
        return title  # only after a subject ("Le navi delle ong che…")
    try:
        at = next(i for i, w in enumerate(words) if w.lower() == "che")
    except StopIteration:
        return title
    if at < 2 or any(finite_verb(w) or _VERBISH.fullmatch(w) for w in words[:at]):
        return title  # "ha dichiarato che …": an object clause, the title's own
    verbs = [
        i
        for i in range(at + 1, len(words))
        if finite_verb(words[i]) or _VERBISH.fullmatch(words[i])
    ]
    if len(verbs) < 2 or verbs[1] - at > 16:
        return title
    if any(w.lower() == "che" for w in words[verbs[0] : verbs[1]]):
        return title  # "…che è arrivato in anticipo e che ha già registrato": two relatives
    if re.search(r"[«»“”\"]", " ".join(words[: verbs[1]])):
        return title  # never inside a quotation
    if any(w.endswith((":", ";")) for w in words[at : verbs[1]]):
        # "una nottata che si preannuncia peggio delle precedenti: è la cartina rossa": the
        # verb after a colon opens a sentence of its own, not the subject's predicate
        return title
    return " ".join(words[:at] + words[verbs[1] :])


_CLAUSE_ROOM = 0.6  # of the title's room: a whole clause that fills it ends the title


def _opens_subordinate(text: str) -> bool:
    first = re.split(r"['’\s]", text.strip("«“\"'‘ "), maxsplit=1)[0].lower()
    return first in _SUBORDINATE or first in _CONJUNCTIONS


HEADLINE_SLACK = 5  # characters over TITLE_MAX a page's own headline keeps whole
_HEADLINE_ROOM = 0.6  # of TITLE_MAX: the least a headline cut at a phrase keeps


def headline_title(headline: str) -> str:
    """A page's headline as the title: whole, unless longer than a title can be; then as an
    editor cuts it, to the statement before its colon ("In arrivo in Umbria bimbi di Gaza
    malati e feriti: tre voli speciali dell'Aeronautica" → its first part), else before a
    phrase a preposition opens ("…si congratula con von der Leyen | per elezione a
    presidente…") or a clause a comma and a conjunction join ("…dopo attacco di Hamas, |
    ma l'organizzazione respinge le accuse"), else whole. The page's whole headline stays
    in the article's list of removed lines."""
    if len(headline) <= TITLE_MAX + HEADLINE_SLACK:
        return headline
    least = _HEADLINE_ROOM * TITLE_MAX
    parts = headline.split(": ")
    for count in range(len(parts) - 1, 0, -1):
        first = ": ".join(parts[:count])
        if least <= len(first) <= TITLE_MAX and len(parts[count - 1].split()) >= 4:
            return first
    words = headline.split()
    for index in range(len(words) - 1, 0, -1):
        kept = " ".join(words[:index])
        if len(kept) > TITLE_MAX:
            continue
        if len(kept) < least:
            break
        # "…dopo attacco di Hamas, | ma l'organizzazione respinge le accuse": a clause
        # joined by a comma and a conjunction, which the headline can end before
        joined = words[index - 1].endswith(",") and words[index].lower() in _CLAUSE_JOINERS
        if (
            (words[index].lower() in _PHRASE_OPENERS or joined)
            and words[index - 1].lower().strip(",") not in DANGLING
            and not _inside_name(words, index - 1)
            and kept.count("(") == kept.count(")")
            and kept.count("«") == kept.count("»")
            and kept.count("“") == kept.count("”")
            and kept.count('"') % 2 == 0
        ):
            return kept.rstrip(",")
    # no such phrase: the headline whole, as its page wrote it, rather than a cut that may
    # part a verb from its subject or a quotation from its end
    return headline


# Conjunctions that, after a comma, open a clause a headline can end before.
_CLAUSE_JOINERS = frozenset("ma mentre però e ed".split())
# Prepositions that open a phrase a headline can end before.
_PHRASE_OPENERS = frozenset(
    """per con contro dopo verso tra fra senza durante dal dallo dalla dai dagli dalle dall'
    dall’ nel nello nella nei negli nelle nell' nell’ sul sullo sulla sui sugli sulle sull'
    sull’""".split()
)


def _cut(title: str, limit: int) -> str:
    """At most `limit` characters: before a comma, a conjunction or a preposition when that
    keeps most of the room; otherwise after the last word that may end a title. Never inside
    a name ("Sir Keir | Starmer") nor after an article or a preposition."""
    words = title.split()
    clause, boundary, anywhere = "", "", ""
    for index, word in enumerate(words):
        text = " ".join(words[: index + 1])
        if len(text) > limit:
            break
        bare = word.lower().strip("«“\"'‘,;:")
        following = words[index + 1] if index + 1 < len(words) else ""
        if (
            bare in _UNFINISHED
            or bare in _AUXILIARY_OR_MODAL
            or _inside_name(words, index)
            or _inside_quantity(words, index)
        ):
            continue
        # "…con le coperte addosso portando": a gerund cut from its object (not the one of
        # "stanno cercando", which the verb before it needs)
        if _GERUND.match(bare) and following and words[index - 1].lower() not in _STARE:
            continue
        if text.count("(") > text.count(")"):
            continue  # "…nella tarda serata di ieri (17 aprile": never inside a bracket
        anywhere = text
        if word.endswith(",") or following.lower() in _UNFINISHED:
            boundary = text
        # a clause: its own verb, after any colon ("…epocale: democrazia," is a list's)
        if (
            word.endswith((",", ";"))
            and has_verb(text.rsplit(":", 1)[-1])
            and not _opens_subordinate(text)
        ):
            clause = text
    # "…è stato arrestato da alcuni militari, | durante il tentativo di colpo di Stato": a
    # clause whole rather than a phrase cut, when it fills half the room.
    chosen = (
        clause
        if len(clause) >= _CLAUSE_ROOM * limit
        else boundary
        if len(boundary) >= 0.8 * limit
        else anywhere or boundary
    )
    chosen = _without_dangling((chosen or title[:limit]).rstrip(","))
    # "…la protesta dei cittadini che questa volta": a clause cut before its verb says
    # nothing; the title ends before it.
    # "…non conosce confini e, ancora una volta": so does a conjunction before an aside.
    kept = chosen.split()
    opener = max(
        (
            i
            for i, w in enumerate(kept)
            if w.lower().strip(",") in _CLAUSE_OPENERS or w.lower() in _CONJUNCTION_ASIDE
        ),
        default=0,
    )
    if (
        opener
        and len(" ".join(kept[:opener])) >= _CLAUSE_KEEP
        and not has_verb(" ".join(kept[opener + 1 :]))
    ):
        return _without_dangling(" ".join(kept[:opener]).rstrip(","))
    return chosen


_CLAUSE_OPENERS = frozenset("che cui dove quando mentre perché se".split())
_CONJUNCTION_ASIDE = frozenset("e, ed, ma, o,".split())
_STARE = frozenset("sta stanno stava stavano stiamo state stia stiano stesse".split())
_CLAUSE_KEEP = 40  # characters a title keeps when a clause cut before its verb goes


def _inside_quantity(words: list[str], index: int) -> bool:
    """Whether a cut after words[index] would part a figure from its unit: "dello 0,5 | per
    cento", "2,6 | miliardi di euro"."""
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", words[index]) or index + 1 >= len(words):
        return False
    unit = words[index + 1].lower().strip(",;:.")
    return unit in _UNITS


_UNITS = frozenset(
    """per percento mila mln milioni miliardi mld euro dollari anni mesi giorni ore chilometri
    km metri tonnellate gradi punti voti seggi""".split()
)


def _inside_name(words: list[str], index: int) -> bool:
    """Whether a cut after words[index] would split a name: "Sir Keir | Starmer", "Ursula |
    von der Leyen", "Ursula von der | Leyen". Particles ("von", "der", "al", "bin") join
    the capitalised words around them."""
    if words[index].endswith((",", ";", ":")):
        return False
    left = index
    while left >= 0 and words[left].lower() in NAME_PARTICLES:
        left -= 1
    right = index + 1
    while right < len(words) and words[right].lower() in NAME_PARTICLES:
        right += 1
    return (
        left >= 0
        and right < len(words)
        # a quotation mark may open the name: «all'ospedale "San | Giovanni di Dio"»
        and words[left].lstrip(_OPENING_MARKS)[:1].isupper()
        and words[right].lstrip(_OPENING_MARKS)[:1].isupper()
        and not words[left].endswith((",", ";", ":", *_CLOSING_MARKS))
    )


_OPENING_MARKS = "«“\"‘'("
_CLOSING_MARKS = ("»", "”", '"', "’", ")")


# A title never ends on these either: words that tie a clause to the next ("…che questa
# volta, però", "…appartenente quindi").
_UNFINISHED = DANGLING | frozenset(
    """però quindi dunque inoltre infatti tuttavia cioè ossia ovvero oppure bensì anzi poi
    rispetto grazie insieme davanti accanto vicino dietro
    alcuni alcune qualche ogni ciascun nessun numerosi numerose svariati svariate""".split()
)
# An auxiliary or a modal verb whose verb the cut would leave out: no title ends on one
# ("…le istituzioni democratiche che avevano | retto", "…dopo essere | fuggito"), but a
# cut before one is no phrase boundary (it parts a subject from its verb).
_AUXILIARY_OR_MODAL = frozenset(
    """aveva avevano avrà avranno avrebbe avrebbero abbia abbiano avere essere era erano sarà
    saranno sarebbe sarebbero sia siano stati state viene vengono veniva venivano verrà
    può possono potrebbe potrebbero deve devono dovrebbe dovrebbero vuole vogliono""".split()
)
# "…Zuccherini, a seguito", "…a causa": the opening of a compound preposition, whose
# complement the cut left out ("a bordo" may end a title: "90 persone a bordo").
_COMPOUND_OPENINGS = frozenset(
    tuple(pair.split("+"))
    for pair in """a+seguito in+seguito a+causa in+merito a+favore nel+corso in+vista a+fronte
    in+occasione a+partire in+base sulla+base per+conto da+parte al+fine in+attesa in+cambio
    a+proposito in+materia""".split()
)


_NUMBER_WORDS = frozenset("due tre quattro cinque sei sette otto nove dieci".split())


def _without_dangling(text: str, numbers: bool = True) -> str:
    """The text without the words a title never ends on; `numbers`: a number too, which a
    cut parted from its noun."""
    words = text.split()
    while len(words) > 3:
        # (an apostrophe after the word elides it: "dell’" is "dell")
        last = words[-1].lower().strip("«“\"'‘,;:").rstrip("’'")
        if last in _NUMBER_WORDS and not numbers:
            break
        if _unfinished_end(words[-1]):
            words.pop()
        elif numbers and _FIGURE.fullmatch(last) and _counts_after(words[-2]):
            # "…costringe Alitalia a cancellare 172 | voli": a figure the cut parted from its
            # noun, after a verb or "circa"; after a noun it is the noun's ("di magnitudo
            # 3.7", "Chandrayaan 2"), after a preposition a year or a day ("nel 2019")
            words.pop()
        elif len(words) > 4 and (words[-2].lower(), last) in _COMPOUND_OPENINGS:
            del words[-2:]
        elif numbers and len(words) > 5 and words[-2].lower() == "per" and _INFINITIVE.match(last):
            # "… convocati per una seduta per discutere": a purpose the cut left without what
            # it is about goes with it (only where the title was cut: whole, "… in piazza per
            # protestare" ends as it should)
            del words[-2:]
        else:
            break
    return " ".join(words).rstrip(" ,;:")


def _unfinished_end(word: str) -> bool:
    """Whether a title ending on `word` is unfinished: an article, a preposition, a
    conjunction, an auxiliary ("capo di Stato": the noun, capitalised, ends it well)."""
    # (an apostrophe after the word elides it: "dell’" is "dell")
    last = word.lower().strip("«“\"'‘,;:").rstrip("’'")
    if last in _AUXILIARY_NOUNS and word[:1].isupper():
        return False
    return last in _UNFINISHED


_INFINITIVE = re.compile(r"^[a-zà-ù]{2,}(?:are|ere|ire)$")
_AUXILIARY_NOUNS = frozenset("stato stati".split())
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_ABOUT = frozenset("circa oltre quasi almeno ben appena solo".split())


def _counts_after(word: str) -> bool:
    """A word a count follows, whose noun comes after it: a verb ("cancellare", "ha
    ottenuto", "sono morti") or an adverb of quantity ("circa")."""
    word = word.lower()
    return word in _ABOUT or bool(_INFINITIVE.match(word)) or finite_verb(word) or participle(word)


def unclosed_quotes(text: str) -> str:
    """The closing marks of the quotations `text` opens and does not close ("una tesi su
    “Mafia" → "”"), in the order they close."""
    closings = "".join(
        closing
        for opening, closing in (("«", "»"), ("“", "”"))
        if text.count(opening) > text.count(closing)
    )
    return closings + ('"' if text.count('"') % 2 else "")


def _closed_quotes(title: str) -> str:
    """A cut inside a quotation closes it, as an editor would."""
    return title + unclosed_quotes(title)


def tidy(title: str) -> str:
    """Spaces as a title sets them, no word changed: "Raid Usa a Baghdad , «ucciso…»" →
    "Baghdad, «ucciso…»"; "“ATALANTA”:CONTINUA" → "“ATALANTA”: CONTINUA"; "Usa,Banca" →
    "Usa, Banca"."""
    title = re.sub(r"(?<=\S)\s+([,;:!?])(?=\s|$)", r"\1", title)
    # after a word or a closing quote, never inside a figure ("0,5", "12:30")
    return re.sub(r"(?<=[^\W\d_]|[»”\"'])([,:])(?=[^\W\d_]|[«“])", r"\1 ", title)


def unshout(title: str, body: str, is_name: Callable[[str], bool] = lambda _: False) -> str:
    """A headline in capitals ("IL MINISTRO DI MAIO A TRIPOLI"), as a title: each word as the
    body writes it ("Di Maio", "Tripoli"), or capitalised where `is_name` knows it ("L'ITALIA"
    over a body that never says "Italia": a country's name); others in lower case; an acronym
    the language does not know as a word ("LNA") stays in capitals."""
    letters = [c for c in title if c.isalpha()]
    shouted = len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.6 * len(letters)
    # "DUE COLPI di Stato uno dopo l’altro": a lead that opens in capitals, as some papers
    # print its first words; only those words are unshouted.
    opening = None if shouted else _SHOUTED_OPENING.match(title)
    if not shouted and opening is None:
        return title

    casings: dict[str, str] = {}
    opening_only: dict[str, str] = {}  # capitalised only where a sentence opens
    for found in re.finditer(r"[^\W\d_]+", body):
        word = found[0]
        if word.isupper():
            continue
        # a word the body writes in lower case anywhere is a common word, even where a
        # sentence opens with it ("Si è svolta… che si è"): "LA CITTA’ SI BLOCCA" is "la
        # citta’ si blocca"
        if word.islower() or word.lower() not in casings:
            if word.islower() or not _opens_sentence(body, found.start()):
                casings[word.lower()] = word
            else:
                opening_only.setdefault(word.lower(), word)
    for lowered, word in opening_only.items():
        # "La serata televisiva…", "Su Canale5…": a capital a sentence's opening gives is
        # no evidence of a name when the word is one of the language's commonest; a rarer
        # one keeps it ("Meloni ha detto…")
        casings.setdefault(lowered, lowered if lexicon.zipf(lowered) >= _COMMON_ZIPF else word)

    def fix(match: re.Match[str]) -> str:
        word = match[0]
        if word in casings.values() or not word.isupper():
            return word
        known = casings.get(word.lower())
        if known is not None:
            return known
        if is_name(word):
            return word.capitalize()
        if len(word) <= 5 and lexicon.zipf(word.lower()) < 2.5:
            return word  # an acronym
        return word.lower()

    if opening is not None:
        head = re.sub(r"[^\W\d_]+", fix, opening[1])
        fixed = head + title[opening.end(1) :]
    else:
        fixed = re.sub(r"[^\W\d_]+", fix, title)
        # "CHE SERATA! LA FICTION…": a sentence the shouted title opens inside it
        fixed = re.sub(r"(?<=[.!?] )[a-zà-ù]", lambda m: m[0].upper(), fixed)
    return fixed[:1].upper() + fixed[1:]


_COMMON_ZIPF = 4.5  # "la", "su", "il", "nuovo": a word this common is no name


def _opens_sentence(text: str, at: int) -> bool:
    """Does the word at `at` open a sentence or a paragraph (after its quotation mark)?"""
    return re.search(r"(?:^|[.!?\n])[\s«“\"'‘(]*$", text[max(0, at - 6) : at]) is not None or (
        at <= 2
    )


# Two or more words in capitals (six letters at least) opening a title, then one in lower
# case or a name: "DUE COLPI di Stato", "IL MINISTRO dell’Interno", "IL MINISTRO
# DELL'INTERNO Matteo Piantedosi".
_SHOUTED_OPENING = re.compile(
    r"^((?=(?:[^a-zà-ÿ]*?[A-ZÀ-Þ]){6})[A-ZÀ-Þ]{2,}(?:['’][A-ZÀ-Þ]+)*['’]?"
    r"(?:[ \t]+[A-ZÀ-Þ]+(?:['’][A-ZÀ-Þ]+)*['’]?)+)"
    r"(?=[ \t]+[A-ZÀ-Þ]?[a-zà-ÿ])"
)


def summarise(lead: str) -> str:
    """The lead, cut after whole sentences where possible, at most SUMMARY_MAX characters."""
    lead = " ".join(lead.split())
    if len(lead) <= SUMMARY_MAX:
        return lead
    summary = ""
    for _start, end in sentence_spans(lead):
        candidate = lead[:end]
        if len(candidate) > SUMMARY_MAX:
            break
        summary = candidate
    return summary or shorten(lead, SUMMARY_MAX)


def count_words(texts: list[str]) -> int:
    """Words separated by spaces ("dell’esercito" is one): str.split runs in C."""
    return sum(len(t.split()) for t in texts)


def reading_minutes(words: int) -> int:
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
