"""What a reader's browser and feed reader see: feeds announced in <head>, the chart drawn
with its text alternative."""

from __future__ import annotations

import pytest

from tests.browser.conftest import BELOUSOV, Reader, expect

pytestmark = pytest.mark.browser

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


def feed_links(page) -> list[tuple[str, str]]:
    return page.eval_on_selector_all(
        'head link[rel~="alternate"]', "links => links.map(l => [l.type, l.href])"
    )


@pytest.mark.parametrize("path", ["", BELOUSOV, "mesi/2025-05/", "attori/"])
def test_every_page_announces_the_site_feeds(reader: Reader, path: str):
    links = feed_links(reader.open(path))
    for kind in FEED_TYPES:
        assert any(t == kind and h.startswith(reader.site_url) for t, h in links), (kind, links)


def test_actor_page_announces_its_own_feeds_and_they_load(reader: Reader):
    page = reader.open("attori/khalifa-haftar/")
    own = [h for _, h in feed_links(page) if "/feeds/attori/khalifa-haftar/" in h]
    assert len(own) == 3
    for href in own:
        response = page.request.get(href)
        assert response.ok and b"Haftar" in response.body(), href
    subscribe = page.locator(".digest-subscribe")
    expect(subscribe).to_contain_text("Segui")
    expect(subscribe.get_by_role("link", name="RSS")).to_have_attribute(
        "href", "../../feeds/attori/khalifa-haftar/rss.xml"
    )


def test_chart_is_drawn_with_its_text_alternative(reader: Reader):
    page = reader.open("attori/khalifa-haftar/")
    chart = page.locator("figure.digest-chart svg[role=img]")
    expect(chart).to_be_visible()
    assert chart.bounding_box()["width"] > 100
    labelled = chart.get_attribute("aria-labelledby").split()
    assert [page.locator(f"#{i}").count() for i in labelled] == [1, 1]
    expect(page.locator("#chart-desc")).to_contain_text("da maggio 2025 a dicembre 2025")
    assert chart.locator("rect").count() == 8
    page.locator(".digest-chart-data summary").click()
    expect(page.locator(".digest-chart-data table")).to_contain_text("maggio 2025")
