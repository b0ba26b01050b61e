"""Screenshots of the pages readers see most, at desktop and phone widths, kept in
tests/browser/output/ for a person to look at; and no sideways scrolling on a phone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import conftest
from tests.browser.conftest import DESKTOP, PAGES, PHONE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("device, viewport", [("desktop", DESKTOP), ("phone", PHONE)])
@pytest.mark.parametrize("kind", ["home", "actor", "article"])
def test_screenshot(open_reader, output: Path, record_property, kind, device, viewport):
    reader = open_reader(viewport)
    page = reader.open(PAGES[kind])
    page.wait_for_load_state("networkidle")
    path = output / f"{kind}-{device}.png"
    page.screenshot(path=path, full_page=True)
    conftest.screenshots.append(path)
    record_property("screenshot", str(path))
    assert path.stat().st_size > 0
    # Wide tables scroll inside their own box; the page itself never scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert reader.errors == []
