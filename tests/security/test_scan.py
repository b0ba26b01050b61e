"""The scanner finds what it is meant to find: each test plants one active thing."""

from __future__ import annotations

import gzip
import json

import pytest

from tests.security.scan import html_fragment_problems, scan_site

PAGE = """<!doctype html><html><head><script src="assets/javascripts/bundle.0123abcd.min.js">
</script><script>__md_scope=new URL(".",location)</script></head><body>{}</body></html>"""


@pytest.mark.parametrize(
    "planted",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        '<a href="  java\tscript:alert(1)">x</a>',
        '<iframe src="https://x.example"></iframe>',
        '<meta http-equiv="refresh" content="0;url=https://x.example">',
        '<div style="background:url(javascript:alert(1))">x</div>',
        '<form action="https://x.example"><input type="text"></form>',
        '<svg><a href="data:text/html,x">x</a></svg>',
    ],
)
def test_active_content_on_a_page_is_found(tmp_path, planted):
    (tmp_path / "index.html").write_text(PAGE.format(planted))
    assert scan_site(tmp_path)


def test_the_themes_own_scripts_pass(tmp_path):
    (tmp_path / "index.html").write_text(PAGE.format("<p>testo &lt;script&gt;</p>"))
    assert scan_site(tmp_path) == {}


def test_rss_fields_are_read_as_html(tmp_path):
    (tmp_path / "rss.xml").write_text(
        "<rss><channel><item><title>&lt;img src=x onerror=alert(1)&gt;</title>"
        "<description>&lt;p&gt;ok&lt;/p&gt;</description></item></channel></rss>"
    )
    assert list(scan_site(tmp_path)) == ["rss.xml"]


def test_json_feed_html_and_urls_are_checked(tmp_path):
    feed = {"items": [{"url": "javascript:alert(1)", "content_html": "<p>ok</p>"}]}
    (tmp_path / "feed.json").write_text(json.dumps(feed))
    assert list(scan_site(tmp_path)) == ["feed.json"]
    feed = {"items": [{"url": "https://x.example/a", "content_html": "<img src=x onerror=a()>"}]}
    (tmp_path / "feed.json").write_text(json.dumps(feed))
    assert list(scan_site(tmp_path)) == ["feed.json"]


def test_raw_markup_in_the_search_index_is_found(tmp_path):
    (tmp_path / "pagefind" / "fragment").mkdir(parents=True)
    record = {"url": "/a/", "content": "testo <img src=x onerror=alert(1)>", "meta": {}}
    data = b"pagefind_dcd" + json.dumps(record).encode()
    (tmp_path / "pagefind" / "fragment" / "it_1.pf_fragment").write_bytes(gzip.compress(data))
    assert list(scan_site(tmp_path)) == ["pagefind/"]


def test_text_that_only_looks_like_markup_passes():
    assert html_fragment_problems("Titolo &lt;script&gt; &amp; co") == []
