"""Frozen values pickle by their fields and come back equal."""

from __future__ import annotations

import pickle
from dataclasses import dataclass

import pytest

from digest.cache import sha1
from digest.findings import Finding
from digest.frozen import by_fields
from digest.ingest import ingest
from tests.conftest import ROOT


def test_an_article_and_a_finding_come_back_equal(matcher):
    file = sorted((ROOT / "articles").glob("*.txt"))[0]
    data = file.read_bytes()
    result = ingest(f"articles/{file.name}", data, sha1(data), "it", matcher)
    article = result.article
    assert article is not None and article.actors and article.paragraphs
    assert pickle.loads(pickle.dumps(result)) == result
    again = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == article and type(again.date) is type(article.date)
    finding = Finding("warning", "A404", "articles/x.txt", "no actor", "add one", 3, 1)
    assert pickle.loads(pickle.dumps(finding)) == finding


def test_a_class_it_cannot_make_again_is_refused():
    @dataclass(frozen=True, slots=True)
    class One:
        value: int

    with pytest.raises(TypeError):
        by_fields(One)
