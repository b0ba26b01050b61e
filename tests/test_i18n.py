from __future__ import annotations

import pytest

from digest.i18n import LABELS, Labels
from digest.model import ArticleDate


def test_italian_dates_keep_their_precision():
    labels = Labels("it")
    assert labels.date(ArticleDate(2025, 12, 20)) == "20 dicembre 2025"
    assert labels.date(ArticleDate(2025, 5)) == "maggio 2025"
    assert labels.month(2025, 1) == "gennaio 2025"


def test_english_dates():
    labels = Labels("en")
    assert labels.date(ArticleDate(2025, 12, 20)) == "December 20, 2025"
    assert labels.date(ArticleDate(2025, 5)) == "May 2025"


def test_counts():
    assert Labels("it").count("article", 1) == "1 articolo"
    assert Labels("it").count("article", 3) == "3 articoli"
    assert Labels("en").count("mention", 2) == "2 mentions"


def test_every_language_has_every_label():
    assert set(LABELS["it"]) == set(LABELS["en"])


def test_unknown_language():
    with pytest.raises(ValueError):
        Labels("xx")


def test_every_label_is_used_somewhere():
    """A label no page shows is a translation nobody reads: the set stays what the site uses."""
    import re

    from digest.i18n import LABELS
    from tests.conftest import ROOT

    sources = [
        p
        for p in (ROOT / "digest").rglob("*")
        if p.suffix in (".py", ".js", ".html") and p.name != "i18n.py"
    ]
    text = "\n".join(p.read_text(encoding="utf-8") for p in sources)
    # Keys built by Labels: count("article") → article_one/_many, kind() → kind_/kinds_,
    # and the feed names read from paths.FEED_FILES.
    dynamic = re.compile(r"^(?:\w+_(?:one|many)|kinds?_\w+|feed_(?:rss|atom|json))$")
    unused = [
        key
        for key in LABELS["it"]
        if not dynamic.match(key) and not re.search(rf"['\"]{re.escape(key)}['\"]", text)
    ]
    assert unused == []
