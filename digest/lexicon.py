"""The Italian dictionary (simplemma's): is a word known, and what is its lemma; and the
words of the language as Morph-it! writes them (`is_word`).

simplemma decodes its dictionary from a compressed stream in every process that asks it
anything: about 0.35 s, which a one-article edit paid on every `digest build` (reading one
article asks a few hundred words). Here the decoded dictionary is a kept table
(digest.memo): a build with a cache folder reads it back pickled, in half the time. The answers are simplemma's own: the same lookup and lemmatizer, given the same
dictionary.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

from digest.memo import kept, kept_by_key

if TYPE_CHECKING:
    from simplemma import Lemmatizer
    from simplemma.strategies import DictionaryLookupStrategy

LANGUAGE = "it"


def is_known(word: str) -> bool:
    """`simplemma.is_known(word, lang="it")`: the word is in the dictionary ("stato")."""
    return _lookup().get_lemma(unicodedata.normalize("NFC", word), LANGUAGE) is not None


def is_word(word: str) -> bool:
    """A word the language writes in lower case: simplemma's dictionary, or Morph-it!'s
    lexicon, which also lists the words simplemma does not inflect ("davvero", "piuttosto",
    "lavoro", "caos", "gas"), and writes names with their capital ("Hamas", "Putin")."""
    lowered = unicodedata.normalize("NFC", word.lower())
    return is_known(lowered) or lowered in _morphit_words()


def opens_a_word(stump: str) -> bool:
    """Some longer word the language writes opens on these letters: "potr" ("potrebbe"),
    "responsabilit" ("responsabilità"), the stump a cut leaves; not "scialpinisti", a whole
    word too rare for the dictionaries."""
    stump = unicodedata.normalize("NFC", stump.lower())
    words = _sorted_words()
    at = bisect.bisect_right(words, stump)
    return at < len(words) and words[at].startswith(stump)


@kept
def _sorted_words() -> tuple[str, ...]:
    """The words the word counts see often enough (ZIPF_FLOOR) and Morph-it!'s, in lower
    case, sorted for `opens_a_word`'s binary search: about 115,000. A stump is cut from a
    word the text uses, a common one; simplemma's 358,000 inflections would cost a
    process four times the memory for the rare rest."""
    words = set(_morphit_words())
    words.update(w for w in _zipf_table() if w.islower())
    return tuple(sorted(words))


# Morph-it!'s tables by part of speech, as spacy-lookups-data ships them (data only: no
# spaCy). Its older, untagged table is left out: it writes names in lower case too.
_MORPHIT_TABLES = "noun adj adv verb pron det adp aux num other".split()


@kept
def _morphit_words() -> frozenset[str]:
    """The forms and lemmas Morph-it! writes in lower case that simplemma's dictionary
    lacks: about 51,000 of 384,000, kept small so that a build reads them back at once."""
    words: set[str] = set()
    for part in _MORPHIT_TABLES:
        table = _morphit_table(part)
        words.update(w for pair in table.items() for w in pair if w.islower())
    return frozenset(w for w in words if not is_known(w))


def is_adjective(word: str) -> bool:
    """A word Morph-it! tags as an adjective and never as a verb ("costituzionale",
    "superiore"; not "uscente", also a participle, nor "ha")."""
    return unicodedata.normalize("NFC", word.lower()) in _adjectives()


@kept
def _adjectives() -> frozenset[str]:
    """Morph-it!'s adjectives, forms and lemmas, less every verb's: about 59,000 words."""
    tables = {part: _morphit_table(part) for part in ("adj", "verb", "aux")}
    verbs = {w for part in ("verb", "aux") for pair in tables[part].items() for w in pair}
    return frozenset(w for pair in tables["adj"].items() for w in pair if w not in verbs)


def _morphit_table(part: str) -> dict[str, str]:
    import gzip
    import json
    from importlib.resources import files

    packed = files("spacy_lookups_data").joinpath("data", f"it_lemma_lookup_{part}.json.gz")
    table: dict[str, str] = json.loads(gzip.decompress(packed.read_bytes()))
    return table


# The lowest Zipf frequency any Italian rule asks about ("potr" 2.1 is a stump below it):
# rarer words are kept out of the table, and read as 0.
ZIPF_FLOOR = 2.5


def zipf(word: str) -> float:
    """`wordfreq.zipf_frequency(word, "it")` for a word of letters, exact from ZIPF_FLOOR up
    (0.0 below it): read from a kept table of 67,000 words instead of wordfreq's list of
    323,000, which a build of one article loaded for a handful of questions (0.09 s).
    Other words ("ultim'ora") are asked of wordfreq, which tokenizes them."""
    if not word.isalpha():
        from wordfreq import zipf_frequency

        return float(zipf_frequency(word, LANGUAGE))
    return _zipf_table().get(unicodedata.normalize("NFC", word.casefold()), 0.0)


@kept_by_key
def _zipf_table() -> Mapping[str, float]:
    import math

    from wordfreq import get_frequency_dict

    table = {}
    for word, frequency in get_frequency_dict(LANGUAGE).items():
        value = round(math.log10(frequency) + 9, 2)  # as zipf_frequency rounds it
        if value >= ZIPF_FLOOR:
            table[word] = value
    return table


def lemmatize(word: str) -> str:
    """`simplemma.lemmatize(word, lang="it")`: "melone" for "meloni"."""
    return _lemmatizer().lemmatize(word, LANGUAGE)


@kept_by_key
def dictionary() -> Mapping[str, str]:
    """simplemma's Italian dictionary, word → lemma, as its own factory gives it; a plain
    dict, which the cache's unpickler accepts (digest.cache.SafeUnpickler)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    # One string object per distinct word, whether word or lemma: 358,000 entries name only
    # 27,000 lemmas, so the table is a third smaller in memory and on disk (55 MB → 35 MB in
    # each process that reads it; the pickle keeps one copy of a shared object).
    pool: dict[str, str] = {}
    items = DefaultDictionaryFactory().get_dictionary(LANGUAGE).items()
    return {pool.setdefault(word, word): pool.setdefault(lemma, lemma) for word, lemma in items}


class _Kept:
    """A simplemma dictionary factory that gives the kept dictionary for Italian."""

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        if lang == LANGUAGE:
            return dictionary()
        from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY

        return DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)


@functools.cache
def _lookup() -> DictionaryLookupStrategy:
    from simplemma.strategies import DictionaryLookupStrategy

    return DictionaryLookupStrategy(_Kept())


@functools.cache
def _lemmatizer() -> Lemmatizer:
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_Kept()))


def _number_words() -> frozenset[str]:
    """Italian cardinals from one to nine hundred and ninety-nine, as words: the tens drop
    their vowel before "uno" and "otto" ("ventuno", "trentotto"), "tre" takes its accent
    at the end of a compound ("ventitré")."""
    units = "uno due tre quattro cinque sei sette otto nove".split()
    teens = (
        "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove"
    )
    tens = "venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split()
    below_100 = [*units, *teens.split()]
    for ten in tens:
        below_100.append(ten)
        for unit in units:
            joined = (ten[:-1] if unit in ("uno", "otto") else ten) + unit
            below_100.append(joined[:-3] + "tré" if unit == "tre" else joined)
    words = set(below_100)
    for hundred in ["cento", *(u + "cento" for u in units[1:])]:
        words.add(hundred)
        words.update(hundred + rest for rest in below_100)
    return frozenset(words | {w.replace("tré", "tre") for w in words})


# Italian cardinals spelled out: a count, not a name ("Diciotto candidati…") nor a noun
NUMBER_WORDS = _number_words()
