"""A reader finds their way by clicking links only, never by typing an address:
home → actor → article → that article's month → back to the actor."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from digest.readers import read_article
from tests.browser.conftest import BELOUSOV, Reader, expect

pytestmark = pytest.mark.browser


def _seed_title(path: str) -> str:
    article, _ = read_article(path, (Path(__file__).parents[2] / path).read_bytes(), "it")
    assert article is not None
    return article.title


# The title the reader infers from the seed's lead: what the actor page links by.
BELOUSOV_TITLE = _seed_title("articles/2025-05-haftar-a-mosca-con-belousov.txt")


def after_heading(page, text: str):
    """The block that follows the h2 reading `text` (a table sits in Material's wrapper)."""
    return page.locator(f"xpath=//h2[normalize-space()='{text}']/following-sibling::*[1]")


def test_home_actor_article_month_and_back(reader: Reader):
    page = reader.open()
    expect(reader.heading()).to_have_text("Digest Libia")

    after_heading(page, "Attori più presenti").get_by_role(
        "link", name="Khalifa Haftar", exact=True
    ).click()
    expect(page).to_have_url(re.compile(r"/attori/khalifa-haftar/$"))
    expect(reader.heading()).to_have_text("Khalifa Haftar")

    page.locator(".md-content").get_by_role("link", name=BELOUSOV_TITLE, exact=True).click()
    expect(page).to_have_url(re.compile(re.escape(BELOUSOV) + "$"))
    expect(reader.heading()).to_have_text(BELOUSOV_TITLE)

    footer = page.locator(".digest-footer")
    expect(footer).to_contain_text("Mese: maggio 2025")
    footer.get_by_role("link", name="maggio 2025", exact=True).click()
    expect(page).to_have_url(re.compile(r"/mesi/2025-05/$"))
    expect(reader.heading()).to_have_text("maggio 2025")

    after_heading(page, "Attori del mese").get_by_role(
        "link", name="Khalifa Haftar", exact=True
    ).click()
    expect(page).to_have_url(re.compile(r"/attori/khalifa-haftar/$"))
    expect(reader.heading()).to_have_text("Khalifa Haftar")
