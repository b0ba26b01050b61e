from __future__ import annotations

import datetime as dt

import pytest

from digest.draft import DraftError, draft_article
from digest.readers import read_article
from tests.conftest import ROOT, site_config

TODAY = dt.date(2026, 11, 23)
TEXT = "Il premier Abdul Hamid Dbeibah ha incontrato a Roma il ministro Antonio Tajani.\n\nSecondo paragrafo.\n"


def test_new_article_is_named_dated_and_readable(site):
    config = site_config(site)
    target, text = draft_article(TEXT.encode(), config, None, None, TODAY)
    assert target == site / "articles/2026/2026-11-23-abdul-hamid-dbeibah-ha-incontrato-a-roma.txt"
    assert text.startswith(" date 2026-11-23 Il premier Abdul Hamid Dbeibah")
    article, findings = read_article("articles/x.txt", text.encode(), "it")
    assert findings == [] and article.paragraphs[1].text == "Secondo paragrafo."


def test_given_date_and_slug(site):
    target, text = draft_article(
        TEXT.encode(), site_config(site), "2025-05", "Dbeibah a Roma", TODAY
    )
    assert target.name == "2025-05-dbeibah-a-roma.txt" and text.startswith(
        " date 2025-05 Il premier"
    )


def test_text_with_its_own_date_line(site):
    seed = (ROOT / "articles/2025-05-haftar-a-mosca-con-belousov.txt").read_bytes()
    target, text = draft_article(seed, site_config(site), None, "haftar-mosca", TODAY)
    assert target.name == "2025-05-haftar-mosca.txt"
    assert text.startswith(" date 2025-05 TRIPOLI (LIBIA)")


@pytest.mark.parametrize(
    ("date", "slug", "message"),
    [
        ("2025-13-01", None, "impossible"),
        ("ieri", None, "is not YYYY-MM-DD"),
        (None, "!!!", "cannot name the file"),
    ],
)
def test_bad_options(site, date, slug, message):
    with pytest.raises(DraftError, match=message):
        draft_article(TEXT.encode(), site_config(site), date, slug, TODAY)


def test_never_overwrites(site):
    config = site_config(site)
    target, _ = draft_article(TEXT.encode(), config, None, "x", TODAY)
    target.parent.mkdir(parents=True)
    target.write_text("x")
    with pytest.raises(DraftError, match="already exists"):
        draft_article(TEXT.encode(), config, None, "x", TODAY)


def test_empty_text(site):
    with pytest.raises(DraftError, match="empty"):
        draft_article(b"\n\n", site_config(site), None, None, TODAY)
