"""digest.lexicon: the Italian dictionary's answers that the rules ask."""

from __future__ import annotations

import pytest

from digest import lexicon


@pytest.mark.parametrize("word", ["costituzionale", "superiore", "Federale", "libico"])
def test_an_adjective_is_a_word_morphit_tags_so(word):
    assert lexicon.is_adjective(word)


# "uscente" is also a verb's participle; "ha" a verb; "dei" an article; "Tajani" a name.
@pytest.mark.parametrize("word", ["uscente", "ha", "dei", "Tajani", ""])
def test_a_verb_a_function_word_or_a_name_is_no_adjective(word):
    assert not lexicon.is_adjective(word)


def test_a_stump_opens_a_longer_word_and_a_rare_whole_word_opens_none():
    assert lexicon.opens_a_word("potr") and lexicon.opens_a_word("responsabilit")
    assert lexicon.opens_a_word("Ucrai")  # any case
    assert not lexicon.opens_a_word("scialpinisti")
    assert not lexicon.opens_a_word("neonatologia")
    assert not lexicon.opens_a_word("zzzzzz")
