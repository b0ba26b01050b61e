"""Screenshots of the pages readers see most, and of the search page with results, at
desktop and phone widths, kept in tests/browser/output/ for a person to look at; no sideways
scrolling on a phone, and the search page's controls never drawn over one another."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser import conftest
from tests.browser.conftest import DESKTOP, PAGES, PHONE, expect

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


def search_with_results(reader, query: str = "Haftar"):
    page = reader.open("cerca/")
    page.get_by_role("searchbox").fill(query)
    expect(page.get_by_role("status")).to_contain_text(query)
    expect(page.locator("#digest-search-results li").first).to_be_visible()
    return page


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("device, viewport", [("desktop", DESKTOP), ("phone", PHONE)])
def test_search_screenshot(open_reader, output: Path, record_property, device, viewport, scheme):
    reader = open_reader(viewport, color_scheme=scheme)
    page = search_with_results(reader)
    page.wait_for_load_state("networkidle")  # every result's fragment is in
    suffix = "" if scheme == "light" else "-dark"
    path = output / f"search-{device}{suffix}.png"
    page.screenshot(path=path, full_page=True)
    conftest.screenshots.append(path)
    record_property("screenshot", str(path))
    assert path.stat().st_size > 0
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert reader.errors == []


# Where each control of the search page is drawn, as rectangles (x, y, right, bottom).
CONTROLS = """() => {
  const box = (el) => { const r = el.getBoundingClientRect();
                        return [r.left, r.top, r.right, r.bottom]; };
  const input = document.querySelector(".digest-search__input");
  const inputBox = box(input);
  inputBox[0] += parseFloat(getComputedStyle(input).paddingLeft);  // where typing starts
  return {
    label: box(document.querySelector(".digest-search__label")),
    field: box(document.querySelector(".digest-search__box")),
    icon: box(document.querySelector(".digest-search__icon")),
    text: inputBox,
    clear: box(document.querySelector(".digest-search__clear")),
    chips: [...document.querySelectorAll(".digest-search__type .md-tag")].map(box),
    status: box(document.querySelector(".digest-search__status")),
    first: box(document.querySelector(".digest-search__result")),
  };
}"""


def overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("width", [320, 390, 768, 1024, 1440])
def test_search_controls_never_overlap(open_reader, width: int):
    """From the narrowest phone to a wide desktop: label, field, icon, clear button, the
    filter row and the results each keep their own place, inside the window."""
    reader = open_reader({"width": width, "height": 900})
    page = search_with_results(reader)
    drawn = page.evaluate(CONTROLS)
    everything = [drawn[k] for k in ("label", "field", "status", "first")] + drawn["chips"]
    for rect in everything:
        assert rect[0] >= 0 and rect[2] <= width, (width, rect)
    assert drawn["icon"][2] <= drawn["text"][0], "the icon covers the typed text"
    assert drawn["text"][2] <= drawn["clear"][0], "the clear button covers the typed text"
    assert not overlap(drawn["icon"], drawn["clear"])
    assert drawn["label"][3] <= drawn["field"][1]
    chips = drawn["chips"]
    assert len(chips) == 3
    for i, chip in enumerate(chips):
        assert drawn["field"][3] <= chip[1], "a filter overlaps the field"
        assert chip[3] <= drawn["status"][1], "a filter overlaps the result count"
        assert all(not overlap(chip, other) for other in chips[i + 1 :])
    assert drawn["status"][3] <= drawn["first"][1]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
