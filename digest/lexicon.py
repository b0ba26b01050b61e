"""The Italian dictionary (simplemma's): is a word known, and what is its lemma.

simplemma decodes its dictionary from a compressed stream in every process that asks it
anything: about 0.35 s, which a one-article edit paid on every `digest build` (reading one
article asks a few hundred words). Here the decoded dictionary is a kept table
(digest.memo): a build with a cache folder reads it back pickled, in half the time. The answers are simplemma's own: the same lookup and lemmatizer, given the same
dictionary.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

from digest.memo import kept

if TYPE_CHECKING:
    from simplemma import Lemmatizer
    from simplemma.strategies import DictionaryLookupStrategy

LANGUAGE = "it"


def is_known(word: str) -> bool:
    """`simplemma.is_known(word, lang="it")`: the word is in the dictionary ("stato")."""
    return _lookup().get_lemma(unicodedata.normalize("NFC", word), LANGUAGE) is not None


def lemmatize(word: str) -> str:
    """`simplemma.lemmatize(word, lang="it")`: "melone" for "meloni"."""
    return _lemmatizer().lemmatize(word, LANGUAGE)


@kept
def dictionary() -> dict[str, str]:
    """simplemma's Italian dictionary, word → lemma, as its own factory gives it; a plain
    dict, which the cache's unpickler accepts (digest.cache.SafeUnpickler)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return dict(DefaultDictionaryFactory().get_dictionary(LANGUAGE).items())


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
