"""Every kind of page loads without a console error or an uncaught exception, and asks no
other host for anything but the theme's web font."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import PAGES, Reader

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("kind", PAGES)
def test_page_loads_without_errors(reader: Reader, kind: str):
    page = reader.open(PAGES[kind])
    # Network idle: the search worker has fetched its index and the Italian stemmer too,
    # so an error from either has been reported by now.
    page.wait_for_load_state("networkidle")
    assert reader.errors == [], f"{kind} ({PAGES[kind] or '/'}): {reader.errors}"


def test_pages_ask_no_other_host_than_google_fonts(reader: Reader):
    for path in PAGES.values():
        reader.open(path).wait_for_load_state("networkidle")
    # Material's default `theme.font` loads Roboto from Google Fonts; anything else
    # (analytics, a CDN) would be a new dependency on a third party, and on the network.
    hosts = {urlsplit(url).hostname for url in reader.elsewhere}
    assert hosts <= {"fonts.googleapis.com"}, reader.elsewhere
