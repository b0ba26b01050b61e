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


def test_front_matter_escapes_every_value_a_theme_may_print():
    # Material prints title, description and author without escaping; another theme may
    # print any key, in lists and mappings too.
    block = front_matter(
        {
            "title": '"><script>x</script>',
            "description": "a & b",
            "author": 'M"><script>alert(1)</script>',
            "actors": [{"name": "<img src=x onerror=alert(1)>", "mentions": 2}],
        }
    )
    loaded = yaml.safe_load(block.strip("-\n"))
    assert loaded == {
        "title": "&quot;&gt;&lt;script&gt;x&lt;/script&gt;",
        "description": "a &amp; b",
        "author": "M&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
        "actors": [{"name": "&lt;img src=x onerror=alert(1)&gt;", "mentions": 2}],
    }
    assert "<" not in block and '\\"' not in block.replace('\\"', "")


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
    expected = {k: v for k, v in data.items() if v is not None}
    expected["headline"] = "L’esercito &quot;libico&quot;: #1"  # HTML-escaped, see above
    assert loaded == expected


@pytest.mark.parametrize("char", ["\ufffe", "\uffff", "\x85", "\x9b", "\u2029", "\ud800"])
def test_front_matter_stays_yaml_whatever_the_characters(char):
    block = front_matter({"title": f"a{char}b"})
    loaded = yaml.safe_load(block.strip("-\n"))
    assert loaded == {"title": f"a{char}b"}
