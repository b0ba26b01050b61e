"""Properties that hold for any input (Hypothesis): the readers and the registry loader never
raise, every refusal names the file, no article is lost, a failed build changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from digest.build import build, read_corpus
from digest.matching import Matcher
from digest.readers import read_article
from digest.readers.text import parse_date
from digest.registry import ACTOR_KEYS, load_registry, parse_registry
from tests.conftest import copy_site_inputs, site_config
from tests.security.payloads import ALL
from tests.security.test_filesystem import snapshot

# Words that steer the readers into their interesting branches, mixed with any text.
TOKENS = [
    " date ",
    "date:",
    "2025-12-20",
    "2025-05",
    "0001-01",
    "2025-02-30",
    "---",
    "----",
    "\n",
    "\n\n",
    "TRIPOLI (LIBIA) (ITALPRESS/MNA) –",
    "(ANSA).",
    "– foto IPA –",
    "Khalifa Haftar",
    "Lucia Giannini",
    "# Titolo",
    "title:",
    "slug:",
    "actors: [x]",
    "<",
    ">",
    "&#106;",
    "[",
    "](",
    "`",
    "*",
    "{",
    "}",
    "'",
    '"',
    "\x1b",
    "\ufffe",
    "\u202e",
    "é",
    "\xe9",
    "\r\n",
    "\t",
    "\x00",
    ":",
    "- ",
    "&",
    "!!python/object",
    "*a",
    "&a",
    *ALL,
]
pieces = st.one_of(st.sampled_from(TOKENS), st.text(max_size=20))
texts = st.lists(pieces, max_size=40).map("".join)
SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _check(path: str, data: bytes) -> None:
    article, findings = read_article(path, data, "it")
    assert all(f.path == path for f in findings)
    errors = [f for f in findings if f.severity == "error"]
    if article is None:
        assert errors, "a refused article must say why"
    else:
        assert not errors and article.source == path and article.paragraphs
    for finding in findings:
        line = finding.format()
        # One message line and one fix line, whatever the input held.
        assert len(line.split("\n")) <= 2 and "\x1b" not in line and "\r" not in line


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_as_a_text_article(data):
    _check("articles/x.txt", data)


@SETTINGS
@given(texts)
def test_any_text_after_a_date_line(body):
    _check("articles/x.txt", f" date 2025-12-20 {body}".encode("utf-8", "surrogatepass"))


@SETTINGS
@given(texts, texts)
def test_any_front_matter_and_body(meta, body):
    _check(
        "articles/x.md",
        f"---\ndate: 2025-12-20\n{meta}\n---\n{body}".encode("utf-8", "surrogatepass"),
    )


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_as_a_markdown_article(data):
    _check("articles/x.md", b"---\n" + data)


@SETTINGS
@given(st.text(max_size=30))
def test_any_date_value(value):
    date, findings = parse_date(value, "x", 1, 1)
    if date is None:
        assert [f.code for f in findings] in (["D102"], ["D103"])
    else:
        assert dt.date(date.year, date.month, date.day or 1) and not findings


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=30), st.sampled_from(ALL)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
actor_keys = st.sampled_from(ACTOR_KEYS)  # every key the registry knows, from its one list
actors = st.dictionaries(actor_keys, json_values, max_size=9)


@SETTINGS
@given(
    st.dictionaries(
        st.sampled_from(["actors", "ignore", "drop", "x"]),
        st.one_of(json_values, st.lists(actors, max_size=3)),
    )
)
def test_any_registry_structure(data):
    registry, findings = parse_registry(data, "actors.yml")
    assert all(f.path == "actors.yml" for f in findings)
    for actor in registry.actors.values():
        assert isinstance(actor.name, str) and actor.kind in ("person", "organisation", "country")
        assert all(isinstance(form, str) for form, _ in actor.timed)
    # Whatever loaded, the matcher is built from it and runs.
    Matcher(registry).find("Attore a Mosca, governo di Tripoli")


@SETTINGS
@given(text=texts)
def test_any_registry_text(text, tmp_path_factory):
    path = tmp_path_factory.mktemp("registry") / "actors.yml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    registry, findings = load_registry(path, "actors.yml")
    assert all(f.path == "actors.yml" for f in findings)
    if registry.actors:
        # A registry refused as a whole (not YAML, not UTF-8, refused, no `actors:` list)
        # loads no actor.
        assert not [f for f in findings if f.code in ("R503", "R510", "R517", "R518", "R519")]


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    bodies=st.lists(
        st.one_of(texts.map(lambda t: f" date 2025-11-03 {t}"), texts), min_size=1, max_size=6
    )
)
def test_no_article_is_lost(tmp_path_factory, bodies):
    root = copy_site_inputs(tmp_path_factory.mktemp("corpus"))
    names = [f"2025-11-03-prova-{n}.txt" for n in range(len(bodies))]
    for name, body in zip(names, bodies, strict=True):
        (root / "articles" / name).write_bytes(body.encode("utf-8", "surrogatepass"))
    reading = read_corpus(site_config(root))
    published = {a.source for a in reading.articles}
    refused = {f.path for f in reading.findings if f.severity == "error"}
    for name in names:
        assert f"articles/{name}" in published | refused


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=texts)
def test_a_build_with_an_error_changes_nothing(tmp_path_factory, body):
    root = copy_site_inputs(tmp_path_factory.mktemp("built"))
    config = site_config(root)
    assert build(config).ok
    before = snapshot(root / "docs")
    (root / "articles" / "2025-11-04-nuovo.md").write_text(
        f"---\ndate: 2025-11-04\n{body}\n---\nKhalifa Haftar.\n<script>x</script>\n",
        encoding="utf-8",
        errors="surrogatepass",
    )
    result = build(config)
    assume(not result.ok)  # the <script> line makes almost every example an error
    assert snapshot(root / "docs") == before


def test_the_payload_list_is_json_safe():
    # The channel tests write payloads into JSON-as-YAML registries.
    assert json.loads(json.dumps(ALL)) == ALL and Path(__file__).exists()
