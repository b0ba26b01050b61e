"""Untrusted input: hostile Markdown, YAML bombs, unsafe names. Every vector has a test."""

from __future__ import annotations

import time

import pytest

from digest.readers import read_article
from digest.registry import load_registry
from digest.safeyaml import check_yaml
from digest.sanitize import active_content, render
from tests.conftest import FIXTURES

HOSTILE = FIXTURES / "hostile"


def read_hostile(name: str):
    return read_article(f"articles/{name}", (HOSTILE / name).read_bytes(), "it")


@pytest.mark.parametrize(
    ("name", "line", "what"),
    [
        ("script.md", 7, "a <script> element"),
        ("iframe.md", 7, "a <iframe> element"),
        ("style.md", 7, "a <style> element"),
        ("onerror.md", 7, "an event handler attribute (onerror=)"),
        ("javascript-link.md", 5, "a javascript: URL"),
        ("data-url.md", 5, "a data: URL"),
    ],
)
def test_active_content_is_an_error_with_its_line(name, line, what):
    article, findings = read_hostile(name)
    assert article is None
    assert [(f.code, f.line) for f in findings] == [("H701", line)]
    assert what in findings[0].message


@pytest.mark.parametrize(
    "vector",
    [
        "<script>alert(1)</script>",
        "<iframe src='https://evil.example'></iframe>",
        "<style>body{display:none}</style>",
        "<img src=x onerror=alert(1)>",
        "[clicca](javascript:alert(1))",
        "<a href='javascript:alert(1)'>x</a>",
        "<a href='data:text/html;base64,PHNjcmlwdD4='>x</a>",
        "<svg><script>alert(1)</script></svg>",
        "<object data='x.swf'></object>",
        "<p style='background:url(javascript:alert(1))'>x</p>",
        "<form action='https://evil.example'><input name=x></form>",
        "<a href='JaVaScRiPt:alert(1)'>x</a>",
    ],
)
def test_sanitiser_removes_every_vector(vector):
    html = render(f"Testo.\n\n{vector}\n").lower()
    for bad in (
        "<script",
        "<iframe",
        "<style",
        "onerror",
        "javascript:",
        "data:",
        "<svg",
        "<object",
        "style=",
        "<form",
        "<input",
    ):
        assert bad not in html, (vector, html)
    assert active_content(vector, 1), vector


def test_sanitiser_keeps_formatting_and_safe_links():
    html = render(
        "Il **generale** *Munir* e [la fonte](https://example.org/x).\n\n> citazione\n\n- uno\n- due\n"
    )
    assert "<strong>generale</strong>" in html and "<em>Munir</em>" in html
    assert '<a href="https://example.org/x" rel="noopener nofollow ugc">la fonte</a>' in html
    assert "<blockquote>" in html and "<li>uno</li>" in html


def test_python_object_tags_are_refused():
    article, findings = read_hostile("object-tag.md")
    assert article is None and [f.code for f in findings] == ["F305"]
    assert "tags" in findings[0].message


def test_alias_bomb_is_refused_at_once():
    started = time.perf_counter()
    article, findings = read_hostile("alias-bomb.md")
    assert time.perf_counter() - started < 5  # a sanity bound against a hang, not a benchmark
    assert article is None and [(f.code, f.line) for f in findings] == [("F305", 3)]


def test_huge_front_matter_is_refused():
    article, findings = read_hostile("huge-front-matter.md")
    assert article is None and [f.code for f in findings] == ["F305"]
    assert "limit" in findings[0].message


def test_registry_with_anchors_is_refused():
    registry, findings = load_registry(HOSTILE / "registry-bomb.yml", "actors.yml")
    assert registry.actors == {} and [(f.code, f.line) for f in findings] == [("R518", 1)]


def test_check_yaml_passes_plain_metadata():
    assert (
        check_yaml("date: 2025-12-20\ntitle: 'Un titolo: con due punti'\nactors: [a, b]\n", 1000)
        is None
    )


@pytest.mark.parametrize(
    ("file_name", "ok"),
    [
        ("articles/con.txt", False),
        ("articles/aux.md", False),
        ("articles/index.txt", False),
        ("articles/2025-12-20-con.txt", True),
    ],
)
def test_reserved_file_names_cannot_name_a_page(file_name, ok):
    body = (
        b" date 2025-12-20 Testo.\n"
        if file_name.endswith(".txt")
        else b"---\ndate: 2025-12-20\n---\nTesto.\n"
    )
    article, findings = read_article(file_name, body, "it")
    assert (article is not None) == ok, findings
    if not ok:
        assert [f.code for f in findings] == ["S602"]


@pytest.mark.parametrize(
    "slug", ["../x", "/etc/passwd", "a/b", "x\x00y", "nul", "com1", ".hidden", "Maiuscolo"]
)
def test_front_matter_slug_that_escapes_or_is_reserved(slug):
    body = f'---\ndate: 2025-12-20\nslug: "{slug.encode("unicode_escape").decode()}"\n---\nTesto.\n'.encode()
    article, findings = read_article("articles/x.md", body, "it")
    # A NUL byte is refused as a control character before it is looked at as a slug.
    assert article is None and [f.code for f in findings] == (
        ["E207"] if "\x00" in slug else ["S602"]
    ), findings
