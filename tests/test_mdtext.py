from __future__ import annotations

import markdown
import pytest
import yaml

from digest.mdtext import front_matter, text

EXTENSIONS = ["attr_list", "tables", "toc", "pymdownx.snippets"]


@pytest.mark.parametrize(
    "raw",
    [
        "*stelle* e _trattini_ e **grassetto**",
        "# non un titolo",
        "<script>alert(1)</script>",
        "[link](javascript:alert(1)) e ![img](x.png)",
        "a | b | c",
        "1. non una lista",
        "- non una lista",
        "`codice` e \\barra",
        "&amp; e &lt;",
        "{: .classe } e ~~barrato~~ e ==evidenziato==",
    ],
)
def test_text_renders_literally(raw):
    html = markdown.markdown(text(raw), extensions=EXTENSIONS)
    assert html.startswith("<p>") and html.endswith("</p>")
    inner = html[3:-4]
    unescaped = (
        inner.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    )
    import html as html_module

    assert html_module.unescape(inner) == raw, inner
    assert "<a" not in unescaped.replace(raw, "") and "<script" not in inner
    del unescaped


def test_text_collapses_whitespace():
    assert text("  a \n b  ") == "a b"


def test_front_matter_escapes_what_the_theme_writes_unescaped():
    block = front_matter(
        {"title": '"><script>x</script>', "description": "a & b", "summary": "<b>"}
    )
    loaded = yaml.safe_load(block.strip("-\n"))
    assert loaded == {
        "title": "&quot;&gt;&lt;script&gt;x&lt;/script&gt;",
        "description": "a &amp; b",
        "summary": "<b>",
    }


def test_front_matter_is_yaml_with_json_values():
    data = {
        "headline": 'L’esercito "libico": #1',
        "n": 3,
        "list": ["a", "b"],
        "none": None,
        "nested": [{"id": "x", "mentions": 2}],
        "odd": "a\u2028b\x85c",
    }
    block = front_matter(data)
    assert block.startswith("---\n") and block.endswith("---\n")
    loaded = yaml.safe_load(block.strip("-\n"))
    assert loaded == {k: v for k, v in data.items() if v is not None}
