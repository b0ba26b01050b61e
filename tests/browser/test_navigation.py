"""A reader finds their way by clicking links only, never by typing an address:
home → actor → article → that article's month → back to the actor."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import BELOUSOV, Reader, expect

pytestmark = pytest.mark.browser

# The title the reader infers from the seed's lead (its main clause; see tests/golden).
BELOUSOV_TITLE = (
    "Il comandante dell’esercito nazionale libico ha avuto colloqui di alto livello a Mosca"
)


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
