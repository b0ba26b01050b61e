"""Each case of issue 8, as it was reported, with the outcome now: a finding with file and
line, or safe output. (Links, read-only folders and a full disk: test_filesystem.py; every
payload in every channel: test_channels.py; any bytes: test_properties.py.)"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
import yaml

from digest import paths
from digest.build import build
from digest.cache import Cache
from digest.config import load_config
from digest.findings import Finding, github_annotation
from digest.readers import read_article
from digest.registry import load_registry
from tests.conftest import ROOT, build_site, site_config
from tests.security.scan import scan_page


def read(name: str, data: bytes):
    return read_article(f"articles/{name}", data, "it")


def codes(findings, severity=None) -> list[tuple[str, int | None]]:
    return [(f.code, f.line) for f in findings if severity in (None, f.severity)]


# ---------------------------------------------------------------- critical and high


def test_author_with_markup_is_inert_in_the_page_head(site):
    (site / "articles" / "2025-12-21-autore.md").write_text(
        "---\ndate: 2025-12-21\nauthor: 'M\"><script>alert(document.domain)</script>'\n---\n"
        "Khalifa Haftar a Roma.\n",
        encoding="utf-8",
    )
    out = build_site(site)
    page = out / "articoli" / "2025" / "2025-12-21-autore" / "index.html"
    head = lxml.html.parse(str(page)).getroot().find("head")
    (meta,) = head.findall("meta[@name='author']")
    # The attribute holds the text as written, and nothing became markup.
    assert meta.get("content") == 'M"><script>alert(document.domain)</script>'
    assert scan_page(page) == []
    assert "<script>alert" not in page.read_text(encoding="utf-8")


def test_generated_folders_are_not_tracked_by_git():
    tracked = subprocess.run(
        ["git", "ls-files", "docs"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    generated = ("docs/api/", "docs/feeds/", "docs/articoli/", "docs/attori/", "docs/mesi/")
    assert not [path for path in tracked if path.startswith(generated)]


# ---------------------------------------------------------------- medium: no traceback


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("esc.txt", b" date 2025-12-01 Testo \x1b[31m rosso.\n", [("E207", 1)]),
        ("fffe.txt", " date 2025-12-01 Testo \ufffe qui.\n".encode(), [("E207", 1)]),
        ("ffff.txt", " date 2025-12-01 Testo\n\n\uffff qui.\n".encode(), [("E207", 3)]),
        ("nul.md", b'---\ndate: 2025-12-01\ntitle: "a\\0b"\n---\nTesto.\n', [("E207", 3)]),
        ("esc.md", b'---\ndate: 2025-12-01\ntitle: "a\\x1bb"\n---\nTesto.\n', [("E207", 3)]),
        ("anno.txt", b" date 0001-01 Testo antico.\n", [("D102", 1)]),
        ("data.md", b"---\ndate: 2025-02-30\n---\nTesto.\n", [("D102", 2)]),
        ("mese.md", b"---\ndate: 2025-13-01\n---\nTesto.\n", [("D102", 2)]),
        ("content.md", b"---\ndate: 2025-12-01\ncontent: x\n---\nTesto.\n", [("F302", 3)]),
        ("handler.md", b"---\ndate: 2025-12-01\nhandler: x\n---\nTesto.\n", [("F302", 3)]),
        ("uno.md", b"---\ndate: 2025-12-01\n1: x\n---\nTesto.\n", [("F302", 3)]),
        ("tilde.md", b"---\ndate: 2025-12-01\n~: x\n---\nTesto.\n", [("F302", 3)]),
        ("doppio.md", b"---\ndate: 2025-12-01\ntitle: a\ntitle: b\n---\nT.\n", [("F307", 4)]),
        (
            "nido.md",
            b"---\ndate: 2025-12-01\nx: " + b"[" * 30 + b"]" * 30 + b"\n---\nT.\n",
            [("F305", 3)],
        ),
    ],
)
def test_inputs_that_crashed_the_build_are_findings(name, data, expected):
    article, findings = read(name, data)
    assert article is None
    assert codes(findings, "error") == expected


def test_an_actor_name_with_a_control_character_is_refused(tmp_path):
    path = tmp_path / "actors.yml"
    path.write_text(
        'actors:\n  - id: x\n    name: "Khalifa \\x1b[31mHaftar"\n    kind: person\n'
        '  - id: y\n    name: "Khalifa\\n::error::Haftar"\n    kind: person\n'
    )
    _registry, findings = load_registry(path, "actors.yml")
    assert codes(findings, "error") == [("E207", 2), ("E207", 5)]


def test_a_one_line_article_of_200000_characters_is_checked_with_bounded_output(site):
    words = ["Haftar", "il", "Generale", "Mosca", "Roma.", "ha", "detto", "Ansa", "Libia"]
    text = " ".join(words[i % len(words)] + str(i % 7) * (i % 3) for i in range(30000))
    (site / "articles" / "2025-12-01-lungo.txt").write_text(
        " date 2025-12-01 " + text[:200_000] + "\n", encoding="utf-8"
    )
    run = subprocess.run(
        [sys.executable, "-m", "digest", "check", "--strict"],
        cwd=site,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in run.stderr
    assert len(run.stdout) < 200_000  # was 673 MB: each note quoted the whole line


def test_rss_carries_escaped_html_not_markup(site):
    (site / "articles" / "2025-12-21-rss.txt").write_text(
        " date 2025-12-21 Khalifa Haftar e <img src=x onerror=alert(1)> a Roma.\n",
        encoding="utf-8",
    )
    assert build(site_config(site)).ok
    rss = (site / "docs" / "feeds" / "rss.xml").read_text(encoding="utf-8")
    description = rss.split("<description>")[2].split("</description>")[0]
    # Once decoded from XML, a reader renders "&lt;img…" as text.
    assert "&amp;lt;img src=x onerror=alert(1)&amp;gt;" in description


@pytest.mark.parametrize(
    "html",
    [
        "<b>grassetto</b>",
        "<div>blocco</div>",
        "<table><tr><td>cella</td></tr></table>",
        "<details><summary>Sommario</summary>dettagli</details>",
    ],
)
def test_allowed_raw_html_keeps_its_text(html):
    article, findings = read(
        "html.md", f"---\ndate: 2025-12-01\n---\nPrima. {html} Dopo.\n".encode()
    )
    assert article is not None, findings
    text = lxml.html.fragment_fromstring(article.body_html, create_parent="div").text_content()
    for word in ("grassetto", "blocco", "cella", "Sommario", "dettagli"):
        if word in html:
            assert word in text


def test_a_four_dash_line_closes_the_front_matter_and_loses_nothing():
    article, _findings = read("trattini.md", b"---\ndate: 2025-12-01\n----\nPrimo.\n\nSecondo.\n")
    assert article is not None and [p.text for p in article.paragraphs] == ["Primo.", "Secondo."]


def test_findings_print_no_workflow_command():
    finding = Finding(
        "error", "R503", "actors.yml", "name “a\n::error::x” \r::add-mask::y", "fix\n::warning::z"
    )
    printed = finding.format().split("\n") + github_annotation(finding).split("\n")
    assert not [line for line in printed if line.startswith("::") and "file=" not in line]
    assert len(printed) == 3


def test_a_slug_claiming_an_established_page_fails_check_on_the_newcomer(site):
    (site / "articles" / "2025-12-21-nuovo.md").write_text(
        "---\ndate: 2025-12-21\nslug: 2025-12-20-munir-incontra-haftar-a-bengasi\n---\nTesto.\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "digest", "check", "--strict", "articles/2025-12-21-nuovo.md"],
        cwd=site,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert "articles/2025-12-21-nuovo.md: error S601" in run.stdout


# ---------------------------------------------------------------- low


def test_an_entity_encoded_script_url_is_reported():
    article, findings = read(
        "link.md", b"---\ndate: 2025-12-01\n---\n[x](&#106;avascript:alert(1))\n"
    )
    assert article is None and codes(findings) == [("H701", 4)]


def test_fences_inside_code_are_not_rendered_again(site):
    (site / "articles" / "2025-12-21-codice.md").write_text(
        "---\ndate: 2025-12-21\n---\nKhalifa Haftar.\n\n````\n```{ #preso data-x=y }\ncodice\n```\n````\n",
        encoding="utf-8",
    )
    out = build_site(site)
    page = out / "articoli" / "2025" / "2025-12-21-codice" / "index.html"
    root = lxml.html.parse(str(page)).getroot()
    assert root.get_element_by_id("preso", None) is None
    assert not root.xpath("//*[@data-x]")
    assert "```{ #preso data-x=y }" in root.text_content()


def test_a_far_off_date_is_a_warning_and_keeps_pages_small(site):
    (site / "articles" / "1000-01-antico.txt").write_text(
        " date 1000-01 Khalifa Haftar, in un testo antico.\n", encoding="utf-8"
    )
    result = build(site_config(site))
    assert result.ok and ("D105", 1) in codes(result.findings, "warning")
    assert (site / "docs" / "attori" / "khalifa-haftar.md").stat().st_size < 60_000


@pytest.mark.parametrize(
    ("field", "good", "bad"),
    [
        ("lang", "pt-BR", "xx-not-a-lang"),
        ("url", "https://example.org/a?b=1#c", "https://exa mple.org/"),
    ],
)
def test_lang_and_url_are_checked(field, good, bad):
    for value, ok in ((good, True), (bad, False)):
        data = f"---\ndate: 2025-12-01\n{field}: '{value}'\n---\nTesto.\n".encode()
        article, findings = read("campo.md", data)
        assert (article is not None) == ok, findings


def test_bidi_and_zero_width_characters_are_warnings_with_their_place():
    article, findings = read(
        "bidi.txt", " date 2025-12-01 Testo\n\nal\u202eevil e zero\u200bwidth.\n".encode()
    )
    assert article is not None
    assert [(f.code, f.line, f.column) for f in findings] == [("E208", 3, 3)]


def test_a_mostly_utf8_file_is_not_told_to_convert_everything():
    article, findings = read("misto.txt", b" date 2025-12-01 Perch\xc3\xa9 e perch\xe9.\n")
    assert article is not None and "Perché e perché" in article.paragraphs[0].text
    (finding,) = findings
    assert finding.code == "E201" and "iconv" not in finding.fix


def test_a_build_with_site_url_leaves_tracked_files_alone(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    env = {**os.environ, "SITE_URL": "https://example.org/digest/"}
    subprocess.run(
        [sys.executable, "-m", "digest", "build"],
        cwd=clone,
        env=env,
        check=True,
        capture_output=True,
    )
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=clone, capture_output=True, text=True, check=True
    ).stdout
    assert status == ""


def test_a_committed_cache_cannot_run_code(site):
    build(site_config(site))
    marker = site / "ran"

    class Payload:
        def __reduce__(self):
            return (Path.touch, (marker,))

    (site / paths.CACHE / "state.pickle").write_bytes(pickle.dumps(Payload()))
    assert Cache(site / paths.CACHE).state("any") is None
    assert build(site_config(site)).ok and not marker.exists()


@pytest.mark.parametrize(("setting", "value"), [("docs_dir", "/etc"), ("docs_dir", "../x")])
def test_configured_folders_stay_inside_the_repository(tmp_path, setting, value):
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump({setting: value}))
    config, findings = load_config(tmp_path)
    assert [f.code for f in findings] == ["C006"] and config.docs_dir == tmp_path / "docs"
